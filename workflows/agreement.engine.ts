import { EVENT_TYPES, SIDE_EVENTS, STATE_LABELS } from './agreement.catalog';
import { AgreementContext, AgreementInput, agreementMachine, allowed, AGREEMENT_MACHINE_ID, AGREEMENT_MACHINE_NUMBER, CONDITIONS } from './agreement.machine';
import { RULES } from './agreement.rules';
import type { AgreementEvent, Facts } from './agreement.rules';
import { createEngine, Persisted, WorkflowDefinition } from './engine';
import type { Actor } from './kernel';
import { isDate, localDate } from './time';

/**
 * The agreement workflow as the one engine sees it, and the typed façade the service uses: restore a persisted
 * snapshot (migrating older machine versions), decide an event with the reason when it is refused, list what a
 * caller could send now. Everything is read from the machine's own transitions.
 */
export const agreementWorkflow: WorkflowDefinition<typeof agreementMachine> = {
  id: AGREEMENT_MACHINE_ID,
  version: AGREEMENT_MACHINE_NUMBER,
  machine: agreementMachine,
  rules: RULES,
  conditions: CONDITIONS,
  allowed,
  events: EVENT_TYPES,
  stateLabels: STATE_LABELS,
  sideEvents: SIDE_EVENTS,
  migrations: {
    /** 1 → 2: the signing date became a Shanghai calendar date; the demonstration panel (会签) was added. */
    1: (p) => {
      const c = p.context as Record<string, unknown>;
      const signedAt = typeof c.signedAt === 'string' && !isDate(c.signedAt) ? localDate(new Date(c.signedAt)) : c.signedAt ?? null;
      return { value: p.value, context: { ...c, signedAt, experts: c.experts ?? [], opinions: c.opinions ?? {} } };
    },
  },
};

export const agreementEngine = createEngine(agreementWorkflow);

export type AgreementSnapshot = ReturnType<typeof agreementMachine.resolveState>;
export type PersistedAgreement = Persisted & { context: AgreementContext };
export type { AllowedEvent, Decision as GenericDecision } from './engine';
export type Decision = ReturnType<typeof agreementEngine.decide>;

export function initialState(input: AgreementInput): AgreementSnapshot {
  return agreementEngine.initial(input);
}

/** A successor agreement created by RENEW starts at drafting with a fresh context. */
export function draftingState(input: AgreementInput): AgreementSnapshot {
  return agreementEngine.at({ agreement: 'drafting' }, initialState(input).context as unknown as Record<string, unknown>);
}

export function persist(snapshot: AgreementSnapshot): PersistedAgreement {
  return agreementEngine.persist(snapshot) as PersistedAgreement;
}

/** Restores a snapshot stored under `machineVersion` (default: the current one), migrating it first. */
export function restore(persisted: Persisted, machineVersion?: string): AgreementSnapshot {
  return agreementEngine.restore(persisted, machineVersion);
}

/** Dotted path of the active leaf: `agreement.legalReview`. */
export function statePath(snapshot: { value: unknown }): string {
  return agreementEngine.statePath(snapshot);
}

export function stageOf(snapshot: { value: unknown }): string {
  return statePath(snapshot).split('.')[0];
}

export function isFinal(snapshot: AgreementSnapshot): boolean {
  return agreementEngine.isFinal(snapshot);
}

export function decide(snapshot: AgreementSnapshot, event: AgreementEvent): Decision {
  return agreementEngine.decide(snapshot, event);
}

export function allowedEvents(snapshot: AgreementSnapshot, actor: Actor, facts: Facts) {
  return agreementEngine.allowedEvents(snapshot, actor, facts);
}

export function hasStepFor(actor: Actor, type: string): boolean {
  return agreementEngine.hasStepFor(actor, type);
}
