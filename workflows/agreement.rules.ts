import { CONTENT_FIELDS, ContentField, DocumentKind, EXPIRY_WINDOW_DAYS, EventType, SELF_CHECK_FIGURES } from './agreement.catalog';
import { blank } from './kernel';
import type { ActorRole, BaseFacts, Problem, Rule, WorkflowEvent } from './kernel';
import { deadlineInstant, isDateOrDateTime, localDate, startOfLocalDate } from './time';

export type { Actor, ActorRole, Problem, Rule } from './kernel';
export { problemsOf, roleAllowed } from './kernel';

/** What the service knows about the agreement when an event arrives; the guards decide from these alone. */
export interface Facts extends BaseFacts {
  documents: DocumentKind[]; // kinds with a current version
  freshDocuments: DocumentKind[]; // kinds with a version uploaded since the agreement entered its current state
  content: Partial<Record<ContentField, unknown>>;
  startDate: string | null; // YYYY-MM-DD
  endDate: string | null;
  createdAt: string; // ISO instant the agreement was created
  /** Kinds the steps already taken required: each must still have a current version when the record is archived. */
  pathDocuments: DocumentKind[];
}

export type AgreementEvent = WorkflowEvent<Facts, EventType>;

const COLLEGE: readonly ActorRole[] = ['college_staff', 'college_leader'];
const DAY = 24 * 3600 * 1000;


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

function meetingProblems(e: AgreementEvent): Problem[] {
  const problems: Problem[] = [];
  if (blank(e.data?.meetingDate)) problems.push({ code: 'missing_field', field: 'meetingDate' });
  else if (String(e.data?.meetingDate) > localDate(e.facts.now)) problems.push({ code: 'invalid_field', field: 'meetingDate', detail: 'in the future' });
  if (blank(e.data?.minutesNumber)) problems.push({ code: 'missing_field', field: 'minutesNumber' });
  return problems;
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
  /** 校长办公会 / 党委会 decisions: the meeting's date and its minutes number are part of the record. */
  'agreement.leadershipApprove': { roles: ['school_leader'], comment: 'optional', fields: ['meetingDate', 'minutesNumber'], check: meetingProblems },
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
  /** 会签: the center invites experts (users with the role `expert`), each of whom records an opinion. */
  'demonstration.invite': { roles: ['center_staff'], fields: ['userIds'], comment: 'optional', check: (e) => (blank(e.data?.userIds) ? [{ code: 'missing_field', field: 'userIds' }] : []) },
  'demonstration.opinion': {
    roles: ['expert'],
    own: ['demonstration_opinion'],
    fields: ['opinion'],
    comment: 'optional',
    check: (e) => (blank(e.data?.opinion) ? [{ code: 'missing_field', field: 'opinion' }] : []),
  },
  /** 退回: a reviewer sends the agreement back to an earlier step the machine declares returnable, with a reason. */
  'return.center': { roles: ['center_staff'], comment: 'required', fields: ['to'] },
  'return.legal': { roles: ['legal'], comment: 'required', fields: ['to'] },
  'return.leadership': { roles: ['school_leader'], comment: 'required', fields: ['to'] },
  /** 撤回: the sender of the last step takes it back while the next person has not acted. */
  'recall.college': { roles: COLLEGE, comment: 'optional' },
  'recall.center': { roles: ['center_staff'], comment: 'optional' },
  'recall.legal': { roles: ['legal'], comment: 'optional' },
  'recall.leadership': { roles: ['school_leader'], comment: 'optional' },
  /** 项目论证 asked for by the school's leaders (seeds/002: 学校书记、院长、各分管院长) or the center's head. */
  'demonstration.require': { roles: ['school_leader', 'center_director'], comment: 'optional' },
} as const satisfies Record<string, Rule<AgreementEvent>>;
export type RuleId = keyof typeof RULES;

export function ruleOf(id: string): Rule<AgreementEvent> {
  return (RULES as Record<string, Rule<AgreementEvent>>)[id];
}
