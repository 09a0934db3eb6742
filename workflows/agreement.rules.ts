import { CONTENT_FIELDS, ContentField, DocumentKind, EXPIRY_WINDOW_DAYS, EventType, SELF_CHECK_FIGURES } from './agreement.catalog';
import { effectiveRoles } from './roles';
import type { Role } from './roles';
import { deadlineInstant, isDateOrDateTime, localDate, startOfLocalDate } from './time';

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
  createdAt: string; // ISO instant the agreement was created
  /** Kinds the steps already taken required: each must still have a current version when the record is archived. */
  pathDocuments: DocumentKind[];
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
  const opens = startOfLocalDate(e.facts.endDate).getTime() - EXPIRY_WINDOW_DAYS * DAY;
  return Date.parse(e.facts.now) >= opens ? [] : [{ code: 'outside_window', detail: `opens ${EXPIRY_WINDOW_DAYS} days before endDate` }];
}

/** The signing date is a Shanghai calendar date: not after today (at any hour), not before the agreement was created. */
function signingProblems(e: AgreementEvent): Problem[] {
  const at = e.data?.signedAt;
  if (at === undefined || at === null) return [{ code: 'missing_field', field: 'signedAt' }];
  if (!isDateOrDateTime(at)) return [{ code: 'invalid_field', field: 'signedAt', detail: 'not a date' }];
  const day = localDate(at);
  if (day > localDate(e.facts.now)) return [{ code: 'invalid_field', field: 'signedAt', detail: 'in the future' }];
  if (day < localDate(e.facts.createdAt)) return [{ code: 'invalid_field', field: 'signedAt', detail: 'before the agreement was created' }];
  return [];
}

function selfCheckProblems(e: AgreementEvent): Problem[] {
  const problems: Problem[] = [];
  if (blank(e.data?.semester)) problems.push({ code: 'missing_field', field: 'semester' });
  const figures = (e.data?.figures ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(SELF_CHECK_FIGURES)) if (blank(figures[key])) problems.push({ code: 'missing_field', field: `figures.${key}` });
  return problems;
}

/** 归档: the catalog, at least one photo (the rule's documents) and a current version of every kind the path required. */
function archiveProblems(e: AgreementEvent): Problem[] {
  return e.facts.pathDocuments.filter((k) => !e.facts.documents.includes(k)).map((kind) => ({ code: 'missing_document' as const, kind }));
}

export const RULES = {
  'research.submit': { roles: COLLEGE, documents: ['research_report'] },
  /** The package carries the 党政联席会议 minutes: a college decision, so only the college leader sends it to the center. */
  'feasibility.submit': { roles: ['college_leader'], documents: ['inspection_report', 'cooperation_plan', 'meeting_minutes', 'feasibility_report'] },
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
  'signing.record': { roles: COLLEGE, documents: ['signoff_form', 'signed_agreement'], fields: ['signedAt'], check: signingProblems },
  'filing.submit': { roles: COLLEGE },
  'filing.register': { roles: ['center_staff'], comment: 'optional' },
  'deadline.filing': { roles: ['system'], fields: ['kind'] },
  'deadline.supervision': { roles: ['system'], fields: ['kind'] },
  'selfCheck.submit': {
    roles: COLLEGE,
    documents: ['self_check_report'],
    fresh: ['self_check_report'], // each semester (and each resubmission) has its own report
    fields: ['semester', 'figures'],
    check: selfCheckProblems,
  },
  'review.pass': {
    roles: ['center_staff'],
    attachments: ['review_conclusion'],
    fields: ['conclusion'],
    check: (e) => (blank(e.data?.conclusion) ? [{ code: 'missing_field', field: 'conclusion' }] : []),
  },
  'review.rectify': { roles: ['center_staff'], attachments: ['review_conclusion'], comment: 'required' },
  /** 督查通知单: issued by the college leader (seeds/001 第十一条); the center and the school leaders are told. */
  'supervision.issue': {
    roles: ['college_leader'],
    documents: ['supervision_notice'],
    fresh: ['supervision_notice'],
    fields: ['deadline'],
    check: (e) => {
      const d = e.data?.deadline;
      if (d === undefined || d === null) return [{ code: 'missing_field', field: 'deadline' }];
      if (!isDateOrDateTime(d)) return [{ code: 'invalid_field', field: 'deadline', detail: 'not a date' }];
      return deadlineInstant(d).getTime() <= Date.parse(e.facts.now) ? [{ code: 'invalid_field', field: 'deadline', detail: 'not in the future' }] : [];
    },
  },
  /** Not rectified by the deadline: the center decides to start the termination for non-performance (第十一条). */
  'supervision.terminate': { roles: ['center_staff'], comment: 'optional' },
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
  /** The joint termination ends with finance's settlement record, made for this settlement (第十二条). */
  'termination.complete': { roles: ['center_staff'], documents: ['settlement_record'], fresh: ['settlement_record'], comment: 'optional' },
  'expiry.renew': { roles: ['college_leader'], comment: 'optional', check: inExpiryWindow },
  'expiry.exit': { roles: ['college_leader'], comment: 'optional', check: inExpiryWindow },
  archive: { roles: ['center_staff'], documents: ['archive_catalog', 'archive_photo'], comment: 'optional', check: archiveProblems },
  /** 项目论证 asked for by the school's leaders (seeds/002: 学校书记、院长、各分管院长) or the center's head. */
  'demonstration.require': { roles: ['school_leader', 'center_director'], comment: 'optional' },
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
