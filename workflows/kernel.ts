import { effectiveRoles } from './roles';
import type { Role } from './roles';

/**
 * What every workflow shares: who acts, what the service knows when an event arrives, the problems a guard can
 * name, and the one guarded permission (`Rule`) every transition is checked against. Pure: no framework imports.
 */
export type ActorRole = Role | 'system';
export interface Actor {
  id: string;
  roles: ActorRole[];
}

export interface Label {
  zh: string;
  en: string;
}

/** The facts every workflow's guards may read; a workflow adds its own. */
export interface BaseFacts {
  now: string; // ISO instant
  documents: string[]; // kinds with a current version
  freshDocuments: string[]; // kinds with a version uploaded since the subject entered its current state
  /** Of `freshDocuments`, those the acting user uploaded themselves. */
  ownFreshDocuments?: string[];
  /** The last step taken on the subject, for RECALL: who sent it and from where. */
  lastStep?: { actorId: string | null; from: string | null; event: string } | null;
  /** Who sent the few steps before the last: a RECALL from one of them came too late (409), not from a stranger (403). */
  earlierSenders?: string[];
  /** False once the person the last step went to has acted on their work item (transferred, delegated, opined). */
  untouched?: boolean;
}

export interface WorkflowEvent<F extends BaseFacts = BaseFacts, T extends string = string> {
  type: T;
  actor: Actor;
  facts: F;
  comment?: string;
  data?: Record<string, unknown>;
}

export type Problem =
  | { code: 'missing_document'; kind: string }
  | { code: 'stale_document'; kind: string }
  | { code: 'missing_own_document'; kind: string }
  | { code: 'missing_any_document'; kinds: string[] }
  | { code: 'missing_content'; field: string }
  | { code: 'missing_field'; field: string }
  | { code: 'invalid_field'; field: string; detail: string }
  | { code: 'outside_window'; detail: string };

/** One guarded permission: who may send the event there, and what must be present. */
export interface Rule<E extends WorkflowEvent = WorkflowEvent> {
  roles: readonly ActorRole[];
  documents?: readonly string[];
  /** Of `documents`, those that must be new for this step (uploaded since the current state was entered). */
  fresh?: readonly string[];
  /** Kinds the sender must have uploaded themselves since the state was entered (an expert's own opinion). */
  own?: readonly string[];
  anyDocument?: readonly string[];
  /** Kinds the sender may attach without being required to. */
  attachments?: readonly string[];
  comment?: 'required' | 'optional';
  /** Fields of `data` the event takes, for the API description. */
  fields?: readonly string[];
  check?: (event: E) => Problem[];
}

/**
 * A branch condition beside the rule. `state`: where the subject is or what time it is (failing it is a 409,
 * not now); `data`: what the event carries (a 422 naming `field`); `actor`: who sends it beyond their role (a 403).
 */
export interface Condition<C = unknown, E extends WorkflowEvent = WorkflowEvent> {
  kind: 'state' | 'data' | 'actor';
  field?: string;
  /** For a data condition: why the value is refused (an `invalid_field`); without it the field is `missing_field`. */
  detail?: string;
  test: (args: { context: C; event: E }) => boolean;
}

/** The parameters of the one guard type: the rule, extra conditions, and for RETURN/RECALL the target state. */
export interface GuardParams {
  rule: string;
  when?: string[];
  /** RETURN and RECALL: the state path the event names in `data.to` (RETURN) or the step being taken back (RECALL). */
  to?: string;
}

export function blank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

export function roleAllowed(rule: Pick<Rule, 'roles'>, actor: Actor): boolean {
  return effectiveRoles(actor.roles).some((r) => rule.roles.includes(r));
}

/** Everything still missing for `event` under `rule`, in a stable order: documents, contents, fields. */
export function problemsOf<E extends WorkflowEvent>(rule: Rule<E>, event: E): Problem[] {
  const problems: Problem[] = [];
  for (const kind of rule.documents ?? []) {
    if (!event.facts.documents.includes(kind)) problems.push({ code: 'missing_document', kind });
    else if (rule.fresh?.includes(kind) && !event.facts.freshDocuments.includes(kind)) problems.push({ code: 'stale_document', kind });
  }
  for (const kind of rule.own ?? []) {
    if (!(event.facts.ownFreshDocuments ?? []).includes(kind)) problems.push({ code: 'missing_own_document', kind });
  }
  if (rule.anyDocument && !rule.anyDocument.some((k) => event.facts.documents.includes(k))) {
    problems.push({ code: 'missing_any_document', kinds: [...rule.anyDocument] });
  }
  if (rule.comment === 'required' && blank(event.comment)) problems.push({ code: 'missing_field', field: 'comment' });
  problems.push(...(rule.check?.(event) ?? []));
  return problems;
}

/**
 * The one guard every transition of every machine uses: the rule's roles and requirements, the branch's
 * conditions, and for RETURN the target the event names.
 */
export function makeGuard<C, E extends WorkflowEvent>(rules: Record<string, Rule<E>>, conditions: Record<string, Condition<C, E>>) {
  return (args: { context: C; event: E }, params: GuardParams): boolean => {
    const rule = rules[params.rule];
    if (!roleAllowed(rule, args.event.actor)) return false;
    if (!(params.when ?? []).every((c) => conditions[c].test(args))) return false;
    if (params.to !== undefined && args.event.type === 'RETURN' && args.event.data?.to !== params.to) return false;
    if (params.to !== undefined && args.event.type === 'RECALL' && !recallable(args.event, params.to)) return false;
    return problemsOf(rule, args.event).length === 0;
  };
}

/** RECALL takes back the last step: only its sender, only from the state it left, only while nobody acted on it. */
export function recallable(event: WorkflowEvent, from: string): boolean {
  const last = event.facts.lastStep;
  return !!last && last.actorId === event.actor.id && last.from === from && event.facts.untouched !== false;
}
