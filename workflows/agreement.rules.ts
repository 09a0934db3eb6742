import { effectiveRoles } from '../src/common/roles';
import type { Role } from '../src/common/roles';
import { CONTENT_FIELDS, ContentField, DocumentKind, EXPIRY_WINDOW_DAYS, EventType, SELF_CHECK_FIGURES } from './agreement.catalog';

/** Who sends an event. `system` is the scheduler (deadlines), never a person. */
export type ActorRole = Role | 'system';
export interface Actor {
  id: string;
  roles: ActorRole[];
}

/** What the service knows about the agreement when an event arrives; the guards decide from these alone. */
export interface Facts {
  now: string; // ISO instant
  documents: DocumentKind[]; // kinds with a current version
  freshDocuments: DocumentKind[]; // kinds with a version uploaded since the agreement entered its current state
  content: Partial<Record<ContentField, unknown>>;
  startDate: string | null; // YYYY-MM-DD
  endDate: string | null;
}

export interface AgreementEvent {
  type: EventType;
  actor: Actor;
  facts: Facts;
  comment?: string;
  data?: Record<string, unknown>;
}

export type Problem =
  | { code: 'missing_document'; kind: DocumentKind }
  | { code: 'stale_document'; kind: DocumentKind }
  | { code: 'missing_any_document'; kinds: DocumentKind[] }
  | { code: 'missing_content'; field: string }
  | { code: 'missing_field'; field: string }
  | { code: 'invalid_field'; field: string; detail: string }
  | { code: 'outside_window'; detail: string };

/** One guarded permission: who may send the event there, and what must be present. */
export interface Rule {
  roles: readonly ActorRole[];
  documents?: readonly DocumentKind[];
  /** Of `documents`, those that must be new for this step (uploaded since the current state was entered). */
  fresh?: readonly DocumentKind[];
  anyDocument?: readonly DocumentKind[];
  /** Kinds the sender may attach without being required to. */
  attachments?: readonly DocumentKind[];
  comment?: 'required' | 'optional';
  /** Fields of `data` the event takes, for the API description. */
  fields?: readonly string[];
  check?: (event: AgreementEvent) => Problem[];
}

const COLLEGE: readonly ActorRole[] = ['college_staff', 'college_leader'];
const DAY = 24 * 3600 * 1000;

/** A real calendar date: `2026-02-30` is refused, not rolled over to March. */
function isDate(v: unknown): v is string {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v + 'T00:00:00Z')) && new Date(v + 'T00:00:00Z').toISOString().startsWith(v);
}
function isInstant(v: unknown): v is string {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(v) && isDate(v.slice(0, 10)) && !Number.isNaN(Date.parse(v));
}

/** A deadline given as a date lasts to the end of that day in Shanghai; an instant is kept as it is. */
export function deadlineInstant(v: string): string {
  return isDate(v) ? new Date(Date.parse(`${v}T23:59:59.999+08:00`)).toISOString() : new Date(v).toISOString();
}
function blank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

/** The twelve contents of seeds/002: eleven texts plus a term whose start precedes its end. */
export function contentProblems(facts: Pick<Facts, 'content' | 'startDate' | 'endDate'>): Problem[] {
  const problems: Problem[] = [];
  for (const field of Object.keys(CONTENT_FIELDS)) {
    if (blank(facts.content[field as ContentField])) problems.push({ code: 'missing_content', field });
  }
  if (!facts.startDate) problems.push({ code: 'missing_content', field: 'startDate' });
  if (!facts.endDate) problems.push({ code: 'missing_content', field: 'endDate' });
  if (facts.startDate && facts.endDate && facts.startDate >= facts.endDate) {
    problems.push({ code: 'invalid_field', field: 'endDate', detail: 'startDate must be before endDate' });
  }
  return problems;
}

function inExpiryWindow(e: AgreementEvent): Problem[] {
  if (!e.facts.endDate) return [{ code: 'missing_content', field: 'endDate' }];
  const opens = Date.parse(e.facts.endDate + 'T00:00:00+08:00') - EXPIRY_WINDOW_DAYS * DAY;
  return Date.parse(e.facts.now) >= opens ? [] : [{ code: 'outside_window', detail: `opens ${EXPIRY_WINDOW_DAYS} days before endDate` }];
}

export const SEMESTER_PATTERN = /^\d{4}-\d{4}-[12]$/;

export const RULES = {
  'research.submit': { roles: COLLEGE, documents: ['research_report'] },
  'feasibility.submit': { roles: COLLEGE, documents: ['inspection_report', 'cooperation_plan', 'meeting_minutes', 'feasibility_report'] },
  'feasibility.recordDemonstration': {
    roles: ['center_staff'],
    documents: ['demonstration_opinion'],
    fields: ['passed'],
    check: (e) => (typeof e.data?.passed === 'boolean' ? [] : [{ code: 'missing_field', field: 'passed' }]),
  },
  'feasibility.approve': { roles: ['center_staff'], comment: 'optional' },
  'feasibility.reject': { roles: ['center_staff'], comment: 'required' },
  'agreement.submit': {
    roles: COLLEGE,
    documents: ['agreement_draft'],
    check: (e) => contentProblems(e.facts),
  },
  'agreement.centerApprove': { roles: ['center_staff'], comment: 'optional' },
  'agreement.centerReject': { roles: ['center_staff'], comment: 'required' },
  'agreement.legalApprove': { roles: ['legal'], attachments: ['legal_opinion'], comment: 'optional' },
  'agreement.legalReject': { roles: ['legal'], attachments: ['legal_opinion'], comment: 'required' },
  'agreement.leadershipApprove': { roles: ['school_leader'], comment: 'optional' },
  'agreement.leadershipReject': { roles: ['school_leader'], comment: 'required' },
  'review.declineByCenter': { roles: ['center_director'], comment: 'required' },
  'review.declineByLeadership': { roles: ['center_director', 'school_leader'], comment: 'required' },
  withdraw: { roles: ['college_leader'], comment: 'optional' },
  'signing.record': {
    roles: COLLEGE,
    documents: ['signoff_form', 'signed_agreement'],
    fields: ['signedAt'],
    check: (e) => {
      const at = e.data?.signedAt;
      if (at === undefined) return [{ code: 'missing_field', field: 'signedAt' }];
      if (!isInstant(at)) return [{ code: 'invalid_field', field: 'signedAt', detail: 'not a date' }];
      return Date.parse(at) > Date.parse(e.facts.now) ? [{ code: 'invalid_field', field: 'signedAt', detail: 'in the future' }] : [];
    },
  },
  'filing.submit': { roles: COLLEGE },
  'filing.register': { roles: ['center_staff'], comment: 'optional' },
  'deadline.filing': { roles: ['system'], fields: ['kind'] },
  'deadline.supervision': { roles: ['system'], fields: ['kind'] },
  'selfCheck.submit': {
    roles: COLLEGE,
    documents: ['self_check_report'],
    fresh: ['self_check_report'], // each semester (and each resubmission) has its own report
    fields: ['semester', 'figures'],
    check: (e) => {
      const problems: Problem[] = [];
      const semester = e.data?.semester;
      if (semester === undefined) problems.push({ code: 'missing_field', field: 'semester' });
      else if (typeof semester !== 'string' || !SEMESTER_PATTERN.test(semester)) problems.push({ code: 'invalid_field', field: 'semester', detail: 'expected like 2026-2027-1' });
      const figures = (e.data?.figures ?? {}) as Record<string, unknown>;
      if (typeof figures !== 'object' || Array.isArray(figures)) return [...problems, { code: 'invalid_field', field: 'figures', detail: 'expected an object' }];
      for (const key of Object.keys(SELF_CHECK_FIGURES)) if (blank(figures[key])) problems.push({ code: 'missing_field', field: `figures.${key}` });
      return problems;
    },
  },
  'review.pass': {
    roles: ['center_staff'],
    attachments: ['review_conclusion'],
    fields: ['conclusion'],
    check: (e) => (blank(e.data?.conclusion) ? [{ code: 'missing_field', field: 'conclusion' }] : []),
  },
  'review.rectify': { roles: ['center_staff'], attachments: ['review_conclusion'], comment: 'required' },
  'supervision.issue': {
    roles: ['college_leader', 'center_staff'],
    documents: ['supervision_notice'],
    fresh: ['supervision_notice'],
    fields: ['deadline'],
    check: (e) => {
      const d = e.data?.deadline;
      if (d === undefined) return [{ code: 'missing_field', field: 'deadline' }];
      if (!isInstant(d)) return [{ code: 'invalid_field', field: 'deadline', detail: 'not a date' }];
      return Date.parse(deadlineInstant(d)) <= Date.parse(e.facts.now) ? [{ code: 'invalid_field', field: 'deadline', detail: 'not in the future' }] : [];
    },
  },
  'supervision.confirm': { roles: ['center_staff'], comment: 'optional' },
  'termination.request': {
    roles: ['college_leader'],
    documents: ['termination_application'],
    fresh: ['termination_application'],
    fields: ['reason'],
    comment: 'optional',
    check: (e) => {
      const r = e.data?.reason;
      if (r === undefined) return [{ code: 'missing_field', field: 'reason' }];
      return r === 'early' || r === 'non_performance' ? [] : [{ code: 'invalid_field', field: 'reason', detail: 'early or non_performance' }];
    },
  },
  'termination.approve': { roles: ['center_director', 'school_leader'], comment: 'optional' },
  'termination.reject': { roles: ['center_director', 'school_leader'], comment: 'required' },
  'termination.complete': { roles: ['center_staff'], documents: ['settlement_record'], comment: 'optional' },
  'expiry.renew': { roles: ['college_leader'], comment: 'optional', check: inExpiryWindow },
  'expiry.exit': { roles: ['college_leader'], comment: 'optional', check: inExpiryWindow },
  archive: { roles: ['center_staff'], anyDocument: ['archive_catalog', 'archive_photo'], attachments: ['archive_catalog', 'archive_photo'], comment: 'optional' },
} as const satisfies Record<string, Rule>;
export type RuleId = keyof typeof RULES;

export function ruleOf(id: RuleId): Rule {
  return RULES[id];
}

export function roleAllowed(rule: Rule, actor: Actor): boolean {
  return effectiveRoles(actor.roles).some((r) => rule.roles.includes(r));
}

/** Everything still missing for `event` under `rule`, in a stable order: documents, contents, fields. */
export function problemsOf(rule: Rule, event: AgreementEvent): Problem[] {
  const problems: Problem[] = [];
  for (const kind of rule.documents ?? []) {
    if (!event.facts.documents.includes(kind)) problems.push({ code: 'missing_document', kind });
    else if (rule.fresh?.includes(kind) && !event.facts.freshDocuments.includes(kind)) problems.push({ code: 'stale_document', kind });
  }
  if (rule.anyDocument && !rule.anyDocument.some((k) => event.facts.documents.includes(k))) {
    problems.push({ code: 'missing_any_document', kinds: [...rule.anyDocument] });
  }
  if (rule.comment === 'required' && blank(event.comment)) problems.push({ code: 'missing_field', field: 'comment' });
  problems.push(...(rule.check?.(event) ?? []));
  return problems;
}
