import { AnyTransitionDefinition, getNextTransitions, initialTransition, transition } from 'xstate';
import { EventType, EVENT_TYPES } from './agreement.catalog';
import { AgreementContext, AgreementInput, agreementMachine, allowed, GuardParams } from './agreement.machine';
import { Actor, AgreementEvent, Facts, Problem, problemsOf, roleAllowed, RuleId, RULES } from './agreement.rules';

/**
 * The pure façade the service uses: restore a persisted snapshot, decide an event (with the reason when it is
 * refused), list what a caller could send now. Everything is read from the machine's own transitions.
 */
export type AgreementSnapshot = ReturnType<typeof agreementMachine.resolveState>;

export interface PersistedAgreement {
  value: unknown;
  context: AgreementContext;
}

export function initialState(input: AgreementInput): AgreementSnapshot {
  return initialTransition(agreementMachine, input)[0];
}

/** A successor agreement created by RENEW starts at drafting with a fresh context. */
export function draftingState(input: AgreementInput): AgreementSnapshot {
  return agreementMachine.resolveState({ value: { agreement: 'drafting' }, context: initialState(input).context });
}

export function persist(snapshot: AgreementSnapshot): PersistedAgreement {
  const persisted = agreementMachine.getPersistedSnapshot(snapshot) as unknown as PersistedAgreement;
  return { value: persisted.value, context: persisted.context };
}

export function restore(persisted: PersistedAgreement): AgreementSnapshot {
  return agreementMachine.resolveState({ value: persisted.value as never, context: persisted.context });
}

/** Dotted path of the active leaf: `agreement.legalReview`. */
export function statePath(snapshot: AgreementSnapshot): string {
  const walk = (v: unknown): string => (typeof v === 'string' ? v : Object.entries(v as Record<string, unknown>).map(([k, sub]) => `${k}.${walk(sub)}`)[0]);
  return walk(snapshot.value);
}

export function stageOf(snapshot: AgreementSnapshot): string {
  return statePath(snapshot).split('.')[0];
}

export function isFinal(snapshot: AgreementSnapshot): boolean {
  return snapshot.status === 'done';
}

function transitionsFor(snapshot: AgreementSnapshot, type: EventType): AnyTransitionDefinition[] {
  if (snapshot.status !== 'active') return [];
  return getNextTransitions(snapshot).filter((t) => t.eventType === type);
}

function paramsOf(t: AnyTransitionDefinition): GuardParams {
  return (t.guard as { params: GuardParams }).params;
}

export type Decision =
  | { ok: true; next: AgreementSnapshot; from: string; to: string; rule: RuleId }
  | { ok: false; reason: 'not_allowed_in_state' }
  | { ok: false; reason: 'forbidden_role'; roles: string[] }
  | { ok: false; reason: 'guard_failed'; problems: Problem[] };

/** Applies `event` if the machine accepts it; otherwise says why: wrong state, wrong role, or what is missing. */
export function decide(snapshot: AgreementSnapshot, event: AgreementEvent): Decision {
  const candidates = transitionsFor(snapshot, event.type);
  if (candidates.length === 0) return { ok: false, reason: 'not_allowed_in_state' };
  const chosen = candidates.find((t) => allowed({ context: snapshot.context, event }, paramsOf(t)));
  if (chosen && snapshot.can(event)) {
    const [next] = transition(agreementMachine, snapshot, event);
    return { ok: true, next, from: statePath(snapshot), to: statePath(next), rule: paramsOf(chosen).rule };
  }
  const byRole = candidates.filter((t) => roleAllowed(RULES[paramsOf(t).rule], event.actor));
  if (byRole.length === 0) {
    const roles = [...new Set(candidates.flatMap((t) => RULES[paramsOf(t).rule].roles))];
    return { ok: false, reason: 'forbidden_role', roles };
  }
  return { ok: false, reason: 'guard_failed', problems: explain(snapshot, byRole, event) };
}

/** The problems of the branch the event aims at; when a branch's data condition fails, that field is the problem. */
function explain(snapshot: AgreementSnapshot, transitions: AnyTransitionDefinition[], event: AgreementEvent): Problem[] {
  let best: Problem[] | undefined;
  for (const t of transitions) {
    const problems = problemsOf(RULES[paramsOf(t).rule], event);
    if (!best || problems.length < best.length) best = problems;
  }
  if (best && best.length) return best;
  if (event.type === 'SUBMIT_SELF_CHECK') return [{ code: 'invalid_field', field: 'semester', detail: 'this semester’s self-check has already passed review' }];
  return [{ code: 'invalid_field', field: 'data', detail: `not accepted in ${statePath(snapshot)}` }];
}

export interface AllowedEvent {
  type: EventType;
  ready: boolean;
  missing: Problem[];
  fields: string[];
  comment: 'required' | 'optional' | 'none';
  documents: string[];
}

/**
 * The events `actor` could send now, each with what is still missing given `facts`. Data-only problems
 * (a comment, a date, figures) are listed as fields to supply, not as blockers.
 */
export function allowedEvents(snapshot: AgreementSnapshot, actor: Actor, facts: Facts): AllowedEvent[] {
  const out: AllowedEvent[] = [];
  for (const type of EVENT_TYPES) {
    const mine = transitionsFor(snapshot, type).filter((t) => roleAllowed(RULES[paramsOf(t).rule], actor));
    if (mine.length === 0) continue;
    const rule = RULES[paramsOf(mine[0]).rule];
    const missing = problemsOf(rule, { type, actor, facts, comment: 'x', data: undefined }).filter(
      (p) => p.code === 'missing_document' || p.code === 'stale_document' || p.code === 'missing_any_document' || p.code === 'missing_content' || (p.code === 'invalid_field' && p.field === 'endDate') || p.code === 'outside_window',
    );
    const r = rule as { fields?: readonly string[]; comment?: 'required' | 'optional'; documents?: readonly string[]; anyDocument?: readonly string[] };
    out.push({ type, ready: missing.length === 0, missing, fields: [...(r.fields ?? [])], comment: r.comment ?? 'none', documents: [...(r.documents ?? r.anyDocument ?? [])] });
  }
  return out;
}
