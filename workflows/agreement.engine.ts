import { AnyStateNode, AnyTransitionDefinition, getNextTransitions, initialTransition, transition } from 'xstate';
import { EventType, EVENT_TYPES } from './agreement.catalog';
import { AgreementContext, AgreementInput, agreementMachine, allowed, CONDITIONS, GuardParams } from './agreement.machine';
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
  | { ok: true; next: AgreementSnapshot; from: string; to: string; rule: RuleId; changed: boolean }
  | { ok: false; reason: 'not_allowed_in_state' }
  | { ok: false; reason: 'forbidden_role'; roles: string[] }
  | { ok: false; reason: 'guard_failed'; problems: Problem[] };

/** For each event, every role that has a step taking it somewhere in the machine. */
const EVENT_ROLES: Map<EventType, Set<string>> = (() => {
  const out = new Map<EventType, Set<string>>();
  const walk = (node: AnyStateNode) => {
    for (const t of [...node.transitions.values()].flat()) {
      const roles = out.get(t.eventType as EventType) ?? new Set<string>();
      for (const r of RULES[paramsOf(t).rule].roles) roles.add(r);
      out.set(t.eventType as EventType, roles);
    }
    Object.values(node.states).forEach(walk);
  };
  walk(agreementMachine.root);
  return out;
})();

/** Whether `actor` has a step taking `type` anywhere in the lifecycle (then a refusal is about *when*, not *who*). */
export function hasStepFor(actor: Actor, type: EventType): boolean {
  const roles = EVENT_ROLES.get(type);
  return !!roles && roleAllowed({ roles: [...roles] as Actor['roles'] }, actor);
}

/**
 * Applies `event` if the machine accepts it; otherwise says why. 403 answers *who*: the caller's role never takes
 * this event. 409 answers *when*: the role has such a step, but not in this state (or not yet). 422: the step is
 * the caller's now, but documents or fields are missing.
 */
export function decide(snapshot: AgreementSnapshot, event: AgreementEvent): Decision {
  const candidates = transitionsFor(snapshot, event.type);
  const mine = candidates.filter((t) => roleAllowed(RULES[paramsOf(t).rule], event.actor));
  if (mine.length === 0) {
    if (hasStepFor(event.actor, event.type)) return { ok: false, reason: 'not_allowed_in_state' };
    const roles = [...(EVENT_ROLES.get(event.type) ?? [])].filter((r) => r !== 'system');
    return { ok: false, reason: 'forbidden_role', roles };
  }
  const chosen = mine.find((t) => allowed({ context: snapshot.context, event }, paramsOf(t)));
  if (chosen && snapshot.can(event)) {
    const [next] = transition(agreementMachine, snapshot, event);
    const changed = JSON.stringify(next.value) !== JSON.stringify(snapshot.value) || JSON.stringify(next.context) !== JSON.stringify(snapshot.context);
    return { ok: true, next, from: statePath(snapshot), to: statePath(next), rule: paramsOf(chosen).rule, changed };
  }
  return explain(snapshot, mine, event);
}

/**
 * Why none of the caller's branches was taken. The branch with the fewest unmet requirements speaks; when every
 * requirement is met and only a branch condition fails, a condition on the data names its field (422), and a
 * condition on the state or the time means "not now" (409).
 */
function explain(snapshot: AgreementSnapshot, transitions: AnyTransitionDefinition[], event: AgreementEvent): Decision {
  let best: Problem[] | undefined;
  for (const t of transitions) {
    const problems = problemsOf(RULES[paramsOf(t).rule], event);
    if (!best || problems.length < best.length) best = problems;
  }
  if (best && best.length) return { ok: false, reason: 'guard_failed', problems: best };
  const failing = transitions.flatMap((t) => (paramsOf(t).when ?? []).filter((c) => !CONDITIONS[c].test({ context: snapshot.context, event })));
  const dataCondition = failing.map((c) => CONDITIONS[c]).find((c) => c.kind === 'data') as { field: string } | undefined;
  if (!dataCondition) return { ok: false, reason: 'not_allowed_in_state' };
  if (event.type === 'SUBMIT_SELF_CHECK') {
    return { ok: false, reason: 'guard_failed', problems: [{ code: 'invalid_field', field: 'semester', detail: 'this semester’s self-check has already passed review' }] };
  }
  return { ok: false, reason: 'guard_failed', problems: [{ code: 'missing_field', field: dataCondition.field }] };
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
    const probe: AgreementEvent = { type, actor, facts, comment: 'x', data: undefined };
    const mine = transitionsFor(snapshot, type).filter(
      (t) => roleAllowed(RULES[paramsOf(t).rule], actor) && (paramsOf(t).when ?? []).every((c) => CONDITIONS[c].kind === 'data' || CONDITIONS[c].test({ context: snapshot.context, event: probe })),
    );
    if (mine.length === 0) continue;
    const rule = RULES[paramsOf(mine[0]).rule];
    const missing = problemsOf(rule, probe).filter(
      (p) => p.code === 'missing_document' || p.code === 'stale_document' || p.code === 'missing_any_document' || p.code === 'missing_content' || (p.code === 'invalid_field' && p.field === 'endDate') || p.code === 'outside_window',
    );
    const r = rule as { fields?: readonly string[]; comment?: 'required' | 'optional'; documents?: readonly string[]; anyDocument?: readonly string[] };
    out.push({ type, ready: missing.length === 0, missing, fields: [...(r.fields ?? [])], comment: r.comment ?? 'none', documents: [...(r.documents ?? r.anyDocument ?? [])] });
  }
  return out;
}
