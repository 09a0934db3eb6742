import { CONTENT_FIELDS, DOCUMENT_KINDS, DocumentKind, EventType, SELF_CHECK_FIGURES } from '../agreement.catalog';
import { AgreementSnapshot, decide, initialState, statePath } from '../agreement.engine';
import type { ActorRole, AgreementEvent, Facts } from '../agreement.rules';

/** Test fixtures for the pure machine: complete facts, events by role, and known-good paths to every state. */
export const NOW = '2026-11-22T02:00:00.000Z';
export const ALL_DOCUMENTS = Object.keys(DOCUMENT_KINDS) as DocumentKind[];
export const FULL_CONTENT = Object.fromEntries(Object.keys(CONTENT_FIELDS).map((k) => [k, `${k} text`]));
export const FIGURES = Object.fromEntries(Object.keys(SELF_CHECK_FIGURES).map((k) => [k, 1]));

/** A leadership decision carries its meeting's date and minutes number. */
export const MEETING = { meetingDate: '2026-11-20', minutesNumber: '校办〔2026〕12号' };

export function facts(over: Partial<Facts> = {}): Facts {
  return { now: NOW, documents: ALL_DOCUMENTS, freshDocuments: ALL_DOCUMENTS, content: FULL_CONTENT, startDate: '2026-01-01', endDate: '2028-12-31', createdAt: '2026-01-05T02:00:00.000Z', pathDocuments: [], ownFreshDocuments: ALL_DOCUMENTS, ...over };
}

export function ev(type: EventType, role: ActorRole, opts: { data?: Record<string, unknown>; comment?: string; facts?: Partial<Facts> } = {}): AgreementEvent {
  return { type, actor: { id: `user-${role}`, roles: [role] }, facts: facts(opts.facts), comment: opts.comment, data: opts.data };
}

/** The event (with everything it needs) that moves an agreement forward along the main line from each state. */
export const FORWARD: Record<string, AgreementEvent> = {
  research: ev('SUBMIT', 'college_staff'),
  'feasibility.preparing': ev('SUBMIT', 'college_leader'),
  'feasibility.demonstration': ev('RECORD_DEMONSTRATION', 'center_staff', { data: { passed: true } }),
  'feasibility.centerReview': ev('APPROVE', 'center_staff'),
  'agreement.drafting': ev('SUBMIT', 'college_staff'),
  'agreement.centerReview': ev('APPROVE', 'center_staff'),
  'agreement.legalReview': ev('APPROVE', 'legal'),
  'agreement.presidentMeeting': ev('APPROVE', 'school_leader', { data: MEETING }),
  'agreement.partyCommittee': ev('APPROVE', 'school_leader', { data: MEETING }),
  signing: ev('RECORD_SIGNING', 'college_staff', { data: { signedAt: '2026-11-20T09:00:00+08:00' } }),
  'filing.awaitingSubmission': ev('SUBMIT', 'college_staff'),
  'filing.awaitingRegistration': ev('REGISTER_FILING', 'center_staff', { data: { filingNumber: 'BA-2026-0001' } }),
  selfCheck: ev('SUBMIT_SELF_CHECK', 'college_staff', { data: { semester: '2026-2027-1', figures: FIGURES } }),
};

const SIDE: Record<string, [string, AgreementEvent]> = {
  supervision: ['selfCheck', ev('ISSUE_SUPERVISION_NOTICE', 'college_leader', { data: { deadline: '2026-12-31' } })],
  'terminating.awaitingApproval': ['selfCheck', ev('REQUEST_TERMINATION', 'college_leader', { data: { reason: 'early' } })],
  'terminating.settlement': ['terminating.awaitingApproval', ev('APPROVE', 'center_director')],
  archiving: ['terminating.settlement', ev('COMPLETE_TERMINATION', 'center_staff')],
  terminated: ['archiving', ev('ARCHIVE', 'center_staff')],
};

export function apply(snapshot: AgreementSnapshot, event: AgreementEvent): AgreementSnapshot {
  const d = decide(snapshot, event);
  if (!d.ok) throw new Error(`${event.type} refused in ${JSON.stringify(snapshot.value)}: ${JSON.stringify(d)}`);
  return d.next;
}

/** Drives a fresh agreement to `target` along known-good events. */
export function at(target: string, requiresDemonstration = false): AgreementSnapshot {
  if (SIDE[target]) return apply(at(SIDE[target][0], requiresDemonstration), SIDE[target][1]);
  const order = Object.keys(FORWARD).filter((s) => requiresDemonstration || s !== 'feasibility.demonstration');
  let snapshot = initialState({ requiresDemonstration });
  for (let step = 0; step <= order.length; step++) {
    const path = pathOf(snapshot);
    if (path === target) return snapshot;
    snapshot = apply(snapshot, FORWARD[path]);
  }
  throw new Error(`no path to ${target}`);
}

export const pathOf = statePath;
