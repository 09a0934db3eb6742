import { allowedEvents, decide, restore } from './agreement.engine';
import type { ActorRole } from './agreement.rules';
import { at, ev, facts, MEETING, pathOf } from './testing/fixtures';

/** The approval steps of a mature OA on the agreement machine: return, recall, countersign, meeting data, versions. */
describe('agreement machine: approvals', () => {
  const problemsOf = (d: ReturnType<typeof decide>) => (!d.ok && d.reason === 'guard_failed' ? d.problems : []);

  it('returns to any earlier step the machine declares, with a reason, and lists the targets', () => {
    const ret = (from: string, role: ActorRole, to: unknown, comment = '请修改') => decide(at(from), ev('RETURN', role, { comment, data: { to } }));
    const toLegal = ret('agreement.partyCommittee', 'school_leader', 'agreement.legalReview');
    expect(toLegal.ok && pathOf(toLegal.next)).toBe('agreement.legalReview');
    expect(problemsOf(ret('agreement.partyCommittee', 'school_leader', 'agreement.legalReview', ' '))).toEqual([{ code: 'missing_field', field: 'comment' }]);
    expect(problemsOf(ret('agreement.legalReview', 'legal', 'research'))).toEqual([{ code: 'invalid_field', field: 'to', detail: 'one of agreement.drafting, agreement.centerReview' }]);
    expect(problemsOf(decide(at('agreement.legalReview'), ev('RETURN', 'legal', { comment: 'x' })))).toEqual([{ code: 'missing_field', field: 'to' }]);
    expect(ret('agreement.legalReview', 'college_leader', 'agreement.drafting')).toMatchObject({ ok: false, reason: 'forbidden_role' });
    const listed = allowedEvents(at('agreement.presidentMeeting'), { id: 'u', roles: ['school_leader'] }, facts());
    expect(listed.find((e) => e.type === 'RETURN')).toMatchObject({ comment: 'required', targets: ['agreement.drafting', 'agreement.centerReview', 'agreement.legalReview'] });
  });

  it('recalls the last step only for its sender, only while untouched, restoring what the step set', () => {
    const lastStep = { actorId: 'user-college_staff', from: 'filing.awaitingSubmission', event: 'SUBMIT' };
    const s = at('filing.awaitingRegistration');
    expect(s.context.filedAt).not.toBeNull();
    const recalled = decide(s, ev('RECALL', 'college_staff', { facts: { lastStep, untouched: true } }));
    expect(recalled.ok && [pathOf(recalled.next), recalled.next.context.filedAt, recalled.next.context.filingLate]).toEqual(['filing.awaitingSubmission', null, false]);
    const someoneElse = decide(s, { ...ev('RECALL', 'college_staff', { facts: { lastStep, untouched: true } }), actor: { id: 'user-other', roles: ['college_staff'] } });
    expect(someoneElse).toMatchObject({ ok: false, reason: 'forbidden_role' });
    expect(decide(s, ev('RECALL', 'college_staff', { facts: { lastStep, untouched: false } }))).toEqual({ ok: false, reason: 'not_allowed_in_state' });
    expect(decide(s, ev('RECALL', 'legal', { facts: { lastStep, untouched: true } }))).toMatchObject({ ok: false, reason: 'forbidden_role' });
    const approved = { actorId: 'user-center_staff', from: 'agreement.centerReview', event: 'APPROVE' };
    const back = decide(at('agreement.legalReview'), ev('RECALL', 'center_staff', { facts: { lastStep: approved, untouched: true } }));
    expect(back.ok && pathOf(back.next)).toBe('agreement.centerReview');
    const listed = allowedEvents(at('agreement.legalReview'), { id: 'user-center_staff', roles: ['center_staff'] }, facts({ lastStep: approved, untouched: true }));
    expect(listed.map((e) => e.type)).toEqual(['RECALL']);
  });

  it('countersign (会签): every invited expert must approve; one rejection returns the project to the college', () => {
    const expert = (id: string, opinion: string, over: Partial<ReturnType<typeof facts>> = {}) =>
      ({ ...ev('RECORD_OPINION', 'expert', { data: { opinion }, facts: over }), actor: { id, roles: ['expert' as const] } });
    const invited = decide(at('feasibility.demonstration', true), ev('INVITE_EXPERTS', 'center_staff', { data: { userIds: ['e1', 'e2'] } }));
    if (!invited.ok) throw new Error('invite refused');
    expect(invited.next.context.experts).toEqual(['e1', 'e2']);
    expect(decide(invited.next, expert('e9', 'approve'))).toMatchObject({ ok: false, reason: 'forbidden_role' });
    expect(problemsOf(decide(invited.next, expert('e1', 'approve', { ownFreshDocuments: [] })))).toEqual([{ code: 'missing_own_document', kind: 'demonstration_opinion' }]);
    const first = decide(invited.next, expert('e1', 'approve'));
    if (!first.ok) throw new Error('first opinion refused');
    expect([pathOf(first.next), first.next.context.opinions]).toEqual(['feasibility.demonstration', { e1: 'approve' }]);
    expect(decide(first.next, expert('e1', 'approve'))).toMatchObject({ ok: false, reason: 'forbidden_role' }); // once each
    const all = decide(first.next, expert('e2', 'approve'));
    expect(all.ok && [pathOf(all.next), all.next.context.demonstrationPassed]).toEqual(['feasibility.centerReview', true]);
    const rejected = decide(first.next, expert('e2', 'reject'));
    expect(rejected.ok && [pathOf(rejected.next), rejected.next.context.demonstrationPassed, rejected.next.context.experts]).toEqual(['feasibility.preparing', false, []]);
  });

  it('a 校长办公会 or 党委会 decision carries the meeting date and the minutes number', () => {
    const approve = (data?: Record<string, unknown>) => decide(at('agreement.presidentMeeting'), ev('APPROVE', 'school_leader', { data }));
    expect(problemsOf(approve())).toEqual([{ code: 'missing_field', field: 'meetingDate' }, { code: 'missing_field', field: 'minutesNumber' }]);
    expect(problemsOf(approve({ ...MEETING, meetingDate: '2026-11-23' }))).toEqual([{ code: 'invalid_field', field: 'meetingDate', detail: 'in the future' }]);
    expect(approve(MEETING).ok).toBe(true);
  });

  it('migrates a version-1 snapshot: the signing instant becomes a Shanghai date, the panel starts empty', () => {
    const v2 = at('filing.awaitingSubmission');
    const { experts: _e, opinions: _o, ...rest } = v2.context;
    const v1 = { value: v2.value, context: { ...rest, signedAt: '2026-11-19T16:30:00.000Z' } };
    const restored = restore(v1, 'agreement@1');
    expect([restored.context.signedAt, restored.context.experts, restored.context.opinions]).toEqual(['2026-11-20', [], {}]);
    const filed = decide(restored, ev('SUBMIT', 'college_staff'));
    expect(filed.ok && pathOf(filed.next)).toBe('filing.awaitingRegistration');
    expect(() => restore(v1, 'agreement@3')).toThrow(/newer/);
    expect(() => restore(v1, 'monthlyReport@1')).toThrow(/cannot be restored/);
  });
});
