import { DocumentKind, EventType } from './agreement.catalog';
import { decide, initialState, isFinal, persist, restore } from './agreement.engine';
import type { ActorRole } from './agreement.rules';
import { at, ev, FIGURES, FULL_CONTENT, MEETING, NOW, pathOf } from './testing/fixtures';

type Row = {
  from: string;
  type: EventType;
  role: ActorRole;
  to: string;
  wrongRole: ActorRole;
  needs?: DocumentKind[];
  data?: Record<string, unknown>;
  comment?: string;
  demo?: boolean;
};

/** Every row of the lifecycle table: allowed for the right role, refused for a wrong one, refused without its documents. */
const TABLE: Row[] = [
  { from: 'research', type: 'SUBMIT', role: 'college_staff', to: 'feasibility.preparing', wrongRole: 'center_staff', needs: ['research_report'] },
  { from: 'feasibility.preparing', type: 'SUBMIT', role: 'college_leader', to: 'feasibility.centerReview', wrongRole: 'legal', needs: ['inspection_report', 'cooperation_plan', 'meeting_minutes', 'feasibility_report'] },
  { from: 'feasibility.preparing', type: 'SUBMIT', role: 'college_leader', to: 'feasibility.demonstration', wrongRole: 'college_staff', needs: ['feasibility_report'], demo: true },
  { from: 'feasibility.demonstration', type: 'RECORD_DEMONSTRATION', role: 'center_staff', to: 'feasibility.centerReview', wrongRole: 'college_leader', needs: ['demonstration_opinion'], data: { passed: true }, demo: true },
  { from: 'feasibility.demonstration', type: 'RECORD_DEMONSTRATION', role: 'center_staff', to: 'feasibility.preparing', wrongRole: 'legal', needs: ['demonstration_opinion'], data: { passed: false }, demo: true },
  { from: 'feasibility.centerReview', type: 'APPROVE', role: 'center_staff', to: 'agreement.drafting', wrongRole: 'college_leader' },
  { from: 'feasibility.centerReview', type: 'REJECT', role: 'center_staff', to: 'feasibility.preparing', wrongRole: 'legal', comment: '材料不全' },
  { from: 'agreement.drafting', type: 'SUBMIT', role: 'college_staff', to: 'agreement.centerReview', wrongRole: 'center_staff', needs: ['agreement_draft'] },
  { from: 'agreement.centerReview', type: 'APPROVE', role: 'center_staff', to: 'agreement.legalReview', wrongRole: 'legal' },
  { from: 'agreement.centerReview', type: 'REJECT', role: 'center_staff', to: 'agreement.drafting', wrongRole: 'school_leader', comment: '修改' },
  { from: 'agreement.legalReview', type: 'APPROVE', role: 'legal', to: 'agreement.presidentMeeting', wrongRole: 'center_staff' },
  { from: 'agreement.legalReview', type: 'REJECT', role: 'legal', to: 'agreement.drafting', wrongRole: 'center_staff', comment: '条款不合规' },
  { from: 'agreement.presidentMeeting', type: 'APPROVE', role: 'school_leader', to: 'agreement.partyCommittee', wrongRole: 'legal', data: MEETING },
  { from: 'agreement.presidentMeeting', type: 'REJECT', role: 'school_leader', to: 'agreement.drafting', wrongRole: 'center_staff', comment: '再议' },
  { from: 'agreement.partyCommittee', type: 'APPROVE', role: 'school_leader', to: 'signing', wrongRole: 'center_director', data: MEETING },
  { from: 'agreement.partyCommittee', type: 'REJECT', role: 'school_leader', to: 'agreement.drafting', wrongRole: 'legal', comment: '再议' },
  { from: 'feasibility.demonstration', type: 'DECLINE', role: 'center_director', to: 'terminated', wrongRole: 'center_staff', comment: '不可行', demo: true },
  { from: 'feasibility.centerReview', type: 'DECLINE', role: 'center_director', to: 'terminated', wrongRole: 'center_staff', comment: '不可行' },
  { from: 'agreement.centerReview', type: 'DECLINE', role: 'center_director', to: 'terminated', wrongRole: 'center_staff', comment: '不可行' },
  { from: 'agreement.legalReview', type: 'DECLINE', role: 'center_director', to: 'terminated', wrongRole: 'legal', comment: '风险过高' },
  { from: 'agreement.presidentMeeting', type: 'DECLINE', role: 'school_leader', to: 'terminated', wrongRole: 'center_staff', comment: '不同意' },
  { from: 'agreement.partyCommittee', type: 'DECLINE', role: 'center_director', to: 'terminated', wrongRole: 'legal', comment: '不同意' },
  { from: 'research', type: 'WITHDRAW', role: 'college_leader', to: 'terminated', wrongRole: 'college_staff' },
  { from: 'feasibility.centerReview', type: 'WITHDRAW', role: 'college_leader', to: 'terminated', wrongRole: 'college_staff' },
  { from: 'agreement.legalReview', type: 'WITHDRAW', role: 'college_leader', to: 'terminated', wrongRole: 'center_staff' },
  { from: 'signing', type: 'WITHDRAW', role: 'college_leader', to: 'terminated', wrongRole: 'college_staff' },
  { from: 'signing', type: 'RECORD_SIGNING', role: 'college_staff', to: 'filing.awaitingSubmission', wrongRole: 'center_staff', needs: ['signoff_form', 'signed_agreement'], data: { signedAt: '2026-11-20' } },
  { from: 'filing.awaitingSubmission', type: 'SUBMIT', role: 'college_leader', to: 'filing.awaitingRegistration', wrongRole: 'center_staff' },
  { from: 'filing.awaitingRegistration', type: 'REGISTER_FILING', role: 'center_staff', to: 'selfCheck', wrongRole: 'college_leader', data: { filingNumber: 'BA-1' } },
  { from: 'selfCheck', type: 'SUBMIT_SELF_CHECK', role: 'college_staff', to: 'review', wrongRole: 'center_staff', needs: ['self_check_report'], data: { semester: '2026-2027-1', figures: FIGURES } },
  { from: 'review', type: 'REVIEW_PASS', role: 'center_staff', to: 'selfCheck', wrongRole: 'college_leader', data: { conclusion: '合格' } },
  { from: 'review', type: 'REVIEW_RECTIFY', role: 'center_staff', to: 'selfCheck', wrongRole: 'legal', comment: '设备投入不足' },
  { from: 'selfCheck', type: 'ISSUE_SUPERVISION_NOTICE', role: 'college_leader', to: 'supervision', wrongRole: 'college_staff', needs: ['supervision_notice'], data: { deadline: '2026-12-31' } },
  { from: 'review', type: 'ISSUE_SUPERVISION_NOTICE', role: 'college_leader', to: 'supervision', wrongRole: 'center_staff', needs: ['supervision_notice'], data: { deadline: '2026-12-31' } },
  { from: 'supervision', type: 'CONFIRM_RECTIFIED', role: 'center_staff', to: 'selfCheck', wrongRole: 'college_leader' },
  { from: 'selfCheck', type: 'REQUEST_TERMINATION', role: 'college_leader', to: 'terminating.awaitingApproval', wrongRole: 'center_staff', needs: ['termination_application'], data: { reason: 'early' } },
  { from: 'review', type: 'REQUEST_TERMINATION', role: 'college_leader', to: 'terminating.awaitingApproval', wrongRole: 'college_staff', needs: ['termination_application'], data: { reason: 'non_performance' } },
  { from: 'supervision', type: 'REQUEST_TERMINATION', role: 'college_leader', to: 'terminating.awaitingApproval', wrongRole: 'center_staff', needs: ['termination_application'], data: { reason: 'non_performance' } },
  { from: 'terminating.awaitingApproval', type: 'APPROVE', role: 'school_leader', to: 'terminating.settlement', wrongRole: 'center_staff' },
  { from: 'terminating.awaitingApproval', type: 'REJECT', role: 'center_director', to: 'selfCheck', wrongRole: 'college_leader', comment: '继续履约' },
  { from: 'terminating.settlement', type: 'COMPLETE_TERMINATION', role: 'center_staff', to: 'archiving', wrongRole: 'department', needs: ['settlement_record'] },
  { from: 'archiving', type: 'ARCHIVE', role: 'center_staff', to: 'terminated', wrongRole: 'college_leader', needs: ['archive_catalog', 'archive_photo'] },
  { from: 'research', type: 'REQUIRE_DEMONSTRATION', role: 'school_leader', to: 'research', wrongRole: 'college_leader' },
  { from: 'feasibility.preparing', type: 'REQUIRE_DEMONSTRATION', role: 'center_director', to: 'feasibility.preparing', wrongRole: 'center_staff' },
  { from: 'feasibility.centerReview', type: 'REQUIRE_DEMONSTRATION', role: 'school_leader', to: 'feasibility.demonstration', wrongRole: 'legal' },
];
const EXPIRING = { endDate: '2027-01-31' }; // 70 days after NOW: inside the 90-day window
const EXPIRY_ROWS: Row[] = [
  { from: 'selfCheck', type: 'RENEW', role: 'college_leader', to: 'archiving', wrongRole: 'college_staff' },
  { from: 'review', type: 'RENEW', role: 'college_leader', to: 'archiving', wrongRole: 'center_staff' },
  { from: 'selfCheck', type: 'EXIT', role: 'college_leader', to: 'archiving', wrongRole: 'college_staff' },
  { from: 'review', type: 'EXIT', role: 'college_leader', to: 'archiving', wrongRole: 'center_director' },
];

/** From the table itself (not the machine): does `role` send `type` in some row? The director acts as center staff. */
function takesEventSomewhere(role: ActorRole, type: EventType): boolean {
  const roles: ActorRole[] = role === 'center_director' ? ['center_director', 'center_staff'] : [role];
  return [...TABLE, ...EXPIRY_ROWS, ...OTHER_SENDERS].some((r) => r.type === type && roles.includes(r.role));
}
/** Senders the table rows do not name but the lifecycle has (several roles share these steps). */
const OTHER_SENDERS: Array<Pick<Row, 'type' | 'role'>> = [
  { type: 'APPROVE', role: 'center_director' }, { type: 'REJECT', role: 'center_director' }, { type: 'DECLINE', role: 'school_leader' },
  { type: 'RETURN', role: 'center_staff' }, { type: 'RETURN', role: 'legal' }, { type: 'RETURN', role: 'school_leader' },
  { type: 'SUBMIT', role: 'college_staff' }, { type: 'REQUEST_TERMINATION', role: 'center_staff' }, { type: 'REQUIRE_DEMONSTRATION', role: 'center_director' },
];

const name = (r: Row) => `${r.from} —${r.type}${r.data ? JSON.stringify(r.data) : ''}→ ${r.to}`;
const send = (r: Row, role: ActorRole, docs?: DocumentKind[]) =>
  decide(at(r.from, r.demo), ev(r.type, role, { data: r.data, comment: r.comment, facts: { ...(EXPIRY_ROWS.includes(r) ? EXPIRING : {}), ...(docs ? { documents: docs } : {}) } }));

describe('agreement machine: the table', () => {
  describe.each([...TABLE, ...EXPIRY_ROWS].map((r) => [name(r), r] as const))('%s', (_, row) => {
    it(`is allowed for ${row.role}`, () => {
      const d = send(row, row.role);
      expect(d.ok).toBe(true);
      if (d.ok) expect(pathOf(d.next)).toBe(row.to);
    });

    // 403 answers who (the role never takes this event), 409 answers when (it does, elsewhere in the lifecycle)
    const elsewhere = takesEventSomewhere(row.wrongRole, row.type);
    it(`is refused for ${row.wrongRole} with ${elsewhere ? '409 (not now)' : '403 (never)'}`, () => {
      const d = send(row, row.wrongRole);
      if (elsewhere) expect(d).toMatchObject({ ok: false, reason: 'not_allowed_in_state' });
      else {
        expect(d).toMatchObject({ ok: false, reason: 'forbidden_role' });
        if (!d.ok && d.reason === 'forbidden_role') expect(d.roles).toContain(row.role);
      }
    });

    if (row.needs) {
      it(`is refused without ${row.needs.join(', ')}`, () => {
        const d = send(row, row.role, []);
        expect(d.ok).toBe(false);
        if (!d.ok && d.reason === 'guard_failed') {
          const missing = d.problems.flatMap((p) => (p.code === 'missing_document' ? [p.kind] : p.code === 'missing_any_document' ? p.kinds : []));
          expect(missing).toEqual(expect.arrayContaining(row.needs!));
        } else throw new Error(`expected guard_failed, got ${JSON.stringify(d)}`);
      });
    }
  });
});

describe('agreement machine: guards and effects', () => {
  const problemsOf = (d: ReturnType<typeof decide>) => (!d.ok && d.reason === 'guard_failed' ? d.problems : []);

  it('refuses an event the state does not take: 409 for a role that has the step elsewhere, 403 for one that never has it', () => {
    expect(decide(at('research'), ev('APPROVE', 'center_staff'))).toEqual({ ok: false, reason: 'not_allowed_in_state' });
    expect(decide(at('filing.awaitingSubmission'), ev('WITHDRAW', 'college_leader'))).toEqual({ ok: false, reason: 'not_allowed_in_state' });
    expect(decide(at('terminated'), ev('ARCHIVE', 'center_staff'))).toEqual({ ok: false, reason: 'not_allowed_in_state' });
    // the center approved once; its second click finds legal review: its role approves elsewhere, so "not now"
    expect(decide(at('agreement.legalReview'), ev('APPROVE', 'center_staff'))).toEqual({ ok: false, reason: 'not_allowed_in_state', roles: ['legal'] });
    expect(decide(at('research'), ev('REGISTER_FILING', 'legal'))).toMatchObject({ ok: false, reason: 'forbidden_role', roles: ['center_staff'] });
    expect(decide(at('terminated'), ev('ARCHIVE', 'college_leader'))).toMatchObject({ ok: false, reason: 'forbidden_role' });
  });

  it('needs every one of the twelve contents and a term that starts before it ends', () => {
    const d = decide(at('agreement.drafting'), ev('SUBMIT', 'college_staff', { facts: { content: { ...FULL_CONTENT, purpose: ' ', breachLiability: undefined }, startDate: '2027-01-01', endDate: '2026-01-01' } }));
    expect(problemsOf(d)).toEqual([
      { code: 'missing_content', field: 'purpose' },
      { code: 'missing_content', field: 'breachLiability' },
      { code: 'invalid_field', field: 'endDate', detail: 'startDate must be before endDate' },
    ]);
    const noTerm = decide(at('agreement.drafting'), ev('SUBMIT', 'college_staff', { facts: { startDate: null, endDate: null } }));
    expect(problemsOf(noTerm)).toEqual([{ code: 'missing_content', field: 'startDate' }, { code: 'missing_content', field: 'endDate' }]);
  });

  it('requires a comment to reject or decline', () => {
    expect(problemsOf(decide(at('feasibility.centerReview'), ev('REJECT', 'center_staff')))).toEqual([{ code: 'missing_field', field: 'comment' }]);
    expect(problemsOf(decide(at('agreement.partyCommittee'), ev('DECLINE', 'school_leader', { comment: '  ' })))).toEqual([{ code: 'missing_field', field: 'comment' }]);
  });

  it('records the signing date in Shanghai and makes filing due at the end of the 7th day after it', () => {
    const sign = (signedAt: string, now = NOW) => decide(at('signing'), ev('RECORD_SIGNING', 'college_staff', { data: { signedAt }, facts: { now } }));
    const impossible = sign('2026-02-30T10:00:00Z');
    expect(problemsOf(impossible)).toEqual([{ code: 'invalid_field', field: 'signedAt', detail: 'not a date' }]);
    expect(problemsOf(sign('2026-11-23T09:00:00+08:00'))).toEqual([{ code: 'invalid_field', field: 'signedAt', detail: 'in the future' }]);
    expect(problemsOf(sign('2026-11-23'))).toEqual([{ code: 'invalid_field', field: 'signedAt', detail: 'in the future' }]);
    // today in Shanghai is allowed at any hour: 00:30 on the 22nd in Shanghai is 16:30 on the 21st in UTC
    const earlyMorning = sign('2026-11-22', '2026-11-21T16:30:00.000Z');
    expect(earlyMorning.ok && earlyMorning.next.context.signedAt).toBe('2026-11-22');
    expect(problemsOf(sign('2026-11-22', '2026-11-21T15:59:59.999Z'))).toEqual([{ code: 'invalid_field', field: 'signedAt', detail: 'in the future' }]);
    // a time later today is still today's date; a date-time without a zone is Shanghai time
    expect(sign('2026-11-22T23:30:00+08:00').ok).toBe(true);
    const noZone = sign('2026-11-22T07:00:00', '2026-11-21T16:30:00.000Z');
    expect(noZone.ok && noZone.next.context.signedAt).toBe('2026-11-22');
    // not before the agreement was created (2026-01-05 in the fixture)
    expect(problemsOf(sign('2026-01-04'))).toEqual([{ code: 'invalid_field', field: 'signedAt', detail: 'before the agreement was created' }]);
    expect(sign('2026-01-05').ok).toBe(true);
    const s = at('filing.awaitingSubmission');
    expect(s.context.signedAt).toBe('2026-11-20');
    expect(s.context.filingDueAt).toBe('2026-11-27T15:59:59.999Z'); // 23:59:59.999 on the 27th in Shanghai
  });

  it('marks a filing submitted after its deadline late, and DEADLINE_PASSED marks it overdue (system only)', () => {
    const s = at('filing.awaitingSubmission');
    expect(decide(s, ev('DEADLINE_PASSED', 'center_staff', { data: { kind: 'filing' } }))).toMatchObject({ ok: false, reason: 'forbidden_role' });
    const overdue = decide(s, ev('DEADLINE_PASSED', 'system', { data: { kind: 'filing' } }));
    expect(overdue.ok && overdue.next.context.filingOverdue).toBe(true);
    expect(overdue.ok && pathOf(overdue.next)).toBe('filing.awaitingSubmission');
    const twice = overdue.ok ? decide(overdue.next, ev('DEADLINE_PASSED', 'system', { data: { kind: 'filing' } })) : undefined;
    expect(twice).toEqual({ ok: false, reason: 'not_allowed_in_state' });
    expect(decide(s, ev('DEADLINE_PASSED', 'system', { data: { kind: 'supervision' } })).ok).toBe(false);
    const lastMinute = decide(s, ev('SUBMIT', 'college_staff', { facts: { now: '2026-11-27T15:59:00.000Z' } }));
    expect(lastMinute.ok && lastMinute.next.context.filingLate).toBe(false);
    const late = decide(s, ev('SUBMIT', 'college_staff', { facts: { now: '2026-11-27T16:00:00.000Z' } }));
    expect(late.ok && late.next.context).toMatchObject({ filingLate: true, filedAt: '2026-11-27T16:00:00.000Z' });
    const onTime = decide(s, ev('SUBMIT', 'college_staff'));
    expect(onTime.ok && onTime.next.context.filingLate).toBe(false);
  });

  it('checks the self-check figures and semester, and does not take a passed semester twice', () => {
    const missing = decide(at('selfCheck'), ev('SUBMIT_SELF_CHECK', 'college_staff', { data: { figures: { funds: 3 } } }));
    expect(problemsOf(missing).map((p) => ('field' in p ? p.field : p.code))).toEqual([
      'semester', 'figures.equipment', 'figures.studentsTrained', 'figures.majorBuilding', 'figures.trainingConditions', 'figures.teacherDevelopment', 'figures.technicalServices',
    ]);
    const passed = decide(at('review'), ev('REVIEW_PASS', 'center_staff', { data: { conclusion: '合格' } }));
    expect(passed.ok && passed.next.context.passedSemesters).toEqual(['2026-2027-1']);
    const again = passed.ok ? decide(passed.next, ev('SUBMIT_SELF_CHECK', 'college_staff', { data: { semester: '2026-2027-1', figures: FIGURES } })) : undefined;
    expect(again).toMatchObject({ ok: false, reason: 'guard_failed' });
  });

  it('wants a new self-check report, supervision notice or termination application, not one left from before', () => {
    const stale = decide(at('selfCheck'), ev('SUBMIT_SELF_CHECK', 'college_staff', { data: { semester: '2026-2027-2', figures: FIGURES }, facts: { freshDocuments: [] } }));
    expect(problemsOf(stale)).toEqual([{ code: 'stale_document', kind: 'self_check_report' }]);
    const oldApplication = decide(at('review'), ev('REQUEST_TERMINATION', 'college_leader', { data: { reason: 'early' }, facts: { freshDocuments: [] } }));
    expect(problemsOf(oldApplication)).toEqual([{ code: 'stale_document', kind: 'termination_application' }]);
  });

  it('a review that passes after the term has ended goes to archiving as expired', () => {
    const d = decide(at('review'), ev('REVIEW_PASS', 'center_staff', { data: { conclusion: '合格' }, facts: { endDate: '2026-11-01' } }));
    expect(d.ok && [pathOf(d.next), d.next.context.terminationReason]).toEqual(['archiving', 'expired']);
  });

  it('returns from supervision, and from a refused termination, to where it was', () => {
    const fromReview = decide(at('review'), ev('ISSUE_SUPERVISION_NOTICE', 'college_leader', { data: { deadline: '2026-12-31' } }));
    const back = fromReview.ok ? decide(fromReview.next, ev('CONFIRM_RECTIFIED', 'center_staff')) : undefined;
    expect(back?.ok && pathOf(back.next)).toBe('review');
    const past = decide(at('review'), ev('ISSUE_SUPERVISION_NOTICE', 'college_leader', { data: { deadline: '2026-11-01' } }));
    expect(problemsOf(past)).toEqual([{ code: 'invalid_field', field: 'deadline', detail: 'not in the future' }]);
    const requested = decide(at('supervision'), ev('REQUEST_TERMINATION', 'college_leader', { data: { reason: 'non_performance' } }));
    const refused = requested.ok ? decide(requested.next, ev('REJECT', 'school_leader', { comment: '继续督查' })) : undefined;
    expect(refused?.ok && pathOf(refused.next)).toBe('supervision');
    expect(at('supervision').context.supervisionDeadline).toBe('2026-12-31T15:59:59.999Z'); // the end of the day in Shanghai
    const bad = decide(at('review'), ev('ISSUE_SUPERVISION_NOTICE', 'college_leader', { data: { deadline: '2026-12-32' } }));
    expect(problemsOf(bad)).toEqual([{ code: 'invalid_field', field: 'deadline', detail: 'not a date' }]);
    const overdue = decide(at('supervision'), ev('DEADLINE_PASSED', 'system', { data: { kind: 'supervision' } }));
    expect(overdue.ok && overdue.next.context.supervisionOverdue).toBe(true);
  });

  it('carries the termination reason to the end: non_performance, early_termination, renewed, expired, withdrawn, declined', () => {
    const walk = (s: ReturnType<typeof at>, ...events: ReturnType<typeof ev>[]) =>
      events.reduce((snap, e) => {
        const d = decide(snap, e);
        if (!d.ok) throw new Error(`${e.type}: ${JSON.stringify(d)}`);
        return d.next;
      }, s);
    const settle = [ev('APPROVE', 'center_director'), ev('COMPLETE_TERMINATION', 'center_staff'), ev('ARCHIVE', 'center_staff')];
    const np = walk(at('supervision'), ev('REQUEST_TERMINATION', 'college_leader', { data: { reason: 'non_performance' } }), ...settle);
    expect([isFinal(np), np.context.terminationReason]).toEqual([true, 'non_performance']);
    expect(at('terminated').context.terminationReason).toBe('early_termination');
    const renewed = walk(at('selfCheck'), ev('RENEW', 'college_leader', { facts: EXPIRING }), ev('ARCHIVE', 'center_staff'));
    expect(renewed.context.terminationReason).toBe('renewed');
    const outside = decide(at('selfCheck'), ev('EXIT', 'college_leader'));
    expect(problemsOf(outside)).toEqual([{ code: 'outside_window', detail: 'opens 90 days before endDate' }]);
    expect(walk(at('research'), ev('WITHDRAW', 'college_leader')).context.terminationReason).toBe('withdrawn');
    expect(walk(at('agreement.legalReview'), ev('DECLINE', 'center_director', { comment: 'x' })).context.terminationReason).toBe('declined');
  });

  it('survives persistence: a restored snapshot decides exactly as the original', () => {
    const s = at('agreement.legalReview', true);
    const restored = restore(JSON.parse(JSON.stringify(persist(s))));
    expect(restored.value).toEqual(s.value);
    expect(restored.context).toEqual(s.context);
    const a = decide(s, ev('APPROVE', 'legal'));
    const b = decide(restored, ev('APPROVE', 'legal'));
    expect(a.ok && b.ok && [a.to, b.to]).toEqual(['agreement.presidentMeeting', 'agreement.presidentMeeting']);
    expect(initialState({ requiresDemonstration: true }).context.requiresDemonstration).toBe(true);
  });

  it('a supervision deadline without a zone is Shanghai time; one given as a date lasts to the end of that day', () => {
    const noZone = decide(at('review'), ev('ISSUE_SUPERVISION_NOTICE', 'college_leader', { data: { deadline: '2026-12-10T17:00:00' } }));
    expect(noZone.ok && noZone.next.context.supervisionDeadline).toBe('2026-12-10T09:00:00.000Z');
    expect(decide(at('selfCheck'), ev('ISSUE_SUPERVISION_NOTICE', 'center_staff', { data: { deadline: '2026-12-31' } }))).toMatchObject({ ok: false, reason: 'forbidden_role', roles: ['college_leader'] });
  });

  it('gives the center the termination for non-performance once the supervision deadline has passed, not before', () => {
    const early = decide(at('supervision'), ev('REQUEST_TERMINATION', 'center_staff'));
    expect(early).toEqual({ ok: false, reason: 'not_allowed_in_state' });
    const overdue = decide(at('supervision'), ev('DEADLINE_PASSED', 'system', { data: { kind: 'supervision' } }));
    if (!overdue.ok) throw new Error('DEADLINE_PASSED refused');
    const started = decide(overdue.next, ev('REQUEST_TERMINATION', 'center_staff', { comment: '逾期未整改' }));
    expect(started.ok && [pathOf(started.next), started.next.context.terminationRequest]).toEqual(['terminating.awaitingApproval', 'non_performance']);
    // the center cannot start it from a running agreement: that application is the college's
    expect(decide(at('selfCheck'), ev('REQUEST_TERMINATION', 'center_staff'))).toEqual({ ok: false, reason: 'not_allowed_in_state', roles: ['college_leader'] });
  });

  it('lets a school leader or the center director flag a project for demonstration, once', () => {
    const flagged = decide(at('research'), ev('REQUIRE_DEMONSTRATION', 'school_leader'));
    if (!flagged.ok) throw new Error('flag refused');
    expect([pathOf(flagged.next), flagged.next.context.requiresDemonstration, flagged.changed]).toEqual(['research', true, true]);
    expect(decide(flagged.next, ev('REQUIRE_DEMONSTRATION', 'center_director'))).toEqual({ ok: false, reason: 'not_allowed_in_state' });
    expect(decide(at('research'), ev('REQUIRE_DEMONSTRATION', 'college_leader'))).toMatchObject({ ok: false, reason: 'forbidden_role' });
    const atReview = decide(at('feasibility.centerReview'), ev('REQUIRE_DEMONSTRATION', 'center_director'));
    expect(atReview.ok && pathOf(atReview.next)).toBe('feasibility.demonstration');
  });

  it('archives only with the catalog, a photo and every document the path required', () => {
    const archive = (documents: DocumentKind[], pathDocuments: DocumentKind[]) => decide(at('archiving'), ev('ARCHIVE', 'center_staff', { facts: { documents, pathDocuments } }));
    expect(problemsOf(archive(['archive_catalog'], []))).toEqual([{ code: 'missing_document', kind: 'archive_photo' }]);
    expect(problemsOf(archive(['archive_photo', 'research_report'], ['research_report', 'signed_agreement']))).toEqual([
      { code: 'missing_document', kind: 'archive_catalog' },
      { code: 'missing_document', kind: 'signed_agreement' },
    ]);
    expect(archive(['archive_catalog', 'archive_photo', 'research_report'], ['research_report']).ok).toBe(true);
  });

  it('completes a termination only with a settlement record made for it', () => {
    const complete = (documents: DocumentKind[], freshDocuments: DocumentKind[]) =>
      decide(at('terminating.settlement'), ev('COMPLETE_TERMINATION', 'center_staff', { facts: { documents, freshDocuments } }));
    expect(problemsOf(complete([], []))).toEqual([{ code: 'missing_document', kind: 'settlement_record' }]);
    expect(problemsOf(complete(['settlement_record'], []))).toEqual([{ code: 'stale_document', kind: 'settlement_record' }]);
    expect(complete(['settlement_record'], ['settlement_record']).ok).toBe(true);
  });
});
