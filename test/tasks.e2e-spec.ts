import { MEETING } from './support/agreements';
import { TEST_REDIS_URL } from './support/services';
import { startServer } from './support/server';
import { client, eventually, Stack, startStack } from './support/stack';
import { atCenterReview, query, uploadTo } from './support/stack-flows';

/**
 * Work items (待办) and the approval features of a mature OA over the one workflow engine: waiting for me, recall,
 * return, transfer, delegate, deputies, cc, countersign and urge — each with its concurrency case.
 */
describe('work items (待办)', () => {
  let stack: Stack;
  let api: ReturnType<typeof client>;
  const ids: Record<string, string> = {};
  const events = (id: string) => `/api/v1/agreements/${id}/events`;
  const send = (user: string, id: string, type: string, extra: object = {}) => api.call('POST', events(id), user, { type, ...extra });
  const tasks = async (user: string, query = '') => (await api.ok('GET', `/api/v1/tasks?pageSize=100${query}`, user)) as { items: any[]; total: number; counts: Record<string, number> };
  const itemFor = async (user: string, subjectId: string) => (await tasks(user)).items.find((t) => t.subjectId === subjectId);

  beforeAll(async () => {
    stack = await startStack({ redisUrl: TEST_REDIS_URL });
    api = client(stack.url);
    await api.setClock('2026-12-01T02:00:00.000Z');
    const me = await api.ok('GET', '/api/v1/auth/me', 'c1staff');
    ids.college = me.collegeId;
    for (const [username, roles] of [['expert1', ['expert']], ['expert2', ['expert']], ['leader2', ['school_leader']]] as const) {
      const u = await api.ok('POST', '/api/v1/users', 'admin', { username, displayName: username, password: 'demo123456', roles });
      ids[username] = u.id;
    }
    for (const u of ['c1staff', 'c1leader', 'center', 'director', 'legal', 'leader', 'finance', 'c2staff']) ids[u] = (await api.ok('GET', '/api/v1/auth/me', u)).id;
  }, 120_000);
  afterAll(() => stack?.stop());

  it('waits for the college at 调研 and for its leader with the package; done items close with who and which event', async () => {
    const me = await api.ok('GET', '/api/v1/auth/me', 'c1staff');
    const partner = (await api.ok('GET', '/api/v1/partners?status=active', 'c1staff')).items[0];
    const major = (await api.ok('GET', `/api/v1/majors?collegeId=${me.collegeId}`, 'c1staff')).items[0];
    const a = await api.ok('POST', '/api/v1/agreements', 'c1staff', { title: '待办起点', partnerId: partner.id, cooperationType: 'internship', majorIds: [major.id] });
    const research = await itemFor('c1staff', a.id);
    expect(research).toMatchObject({ kind: 'agreement', state: 'research', step: 'research', status: 'open', assignees: { roles: ['college_staff', 'college_leader'], collegeId: ids.college, userIds: [] } });
    expect(await itemFor('c1leader', a.id)).toMatchObject({ id: research.id });
    expect(await itemFor('c2staff', a.id)).toBeUndefined();
    expect(await itemFor('center', a.id)).toBeUndefined();
    expect((await api.call('GET', `/api/v1/tasks/${research.id}`, 'c2staff')).status).toBe(403);
    await uploadTo(stack, api, a.id, 'research_report');
    await api.ok('POST', events(a.id), 'c1staff', { type: 'SUBMIT' });
    const closed = await api.ok('GET', `/api/v1/tasks/${research.id}`, 'c1staff');
    expect(closed).toMatchObject({ status: 'done', closedBy: ids.c1staff, closedEvent: 'SUBMIT' });
    expect(await itemFor('c1staff', a.id)).toBeUndefined(); // the package is the leader's to send
    expect(await itemFor('c1leader', a.id)).toMatchObject({ state: 'feasibility.preparing', assignees: { roles: ['college_leader'] } });
    const filtered = await tasks('c1leader', '&kind=monthlyReport');
    expect(filtered.items.filter((t) => t.subjectId === a.id)).toEqual([]);
    expect(filtered.counts.agreement).toBeGreaterThanOrEqual(1);
  });

  it('recall (撤回): the sender takes the last step back while untouched; a stranger 403; once acted upon 409; recall racing an approval: one wins', async () => {
    const a = await atCenterReview(stack, api, '撤回测试');
    expect((await send('legal', a.id, 'RECALL')).status).toBe(403); // a stranger to the agreement's steps
    expect((await send('c1staff', a.id, 'RECALL')).status).toBe(409); // the staff's own step (调研) was acted on since: too late
    const leaderView = await api.ok('GET', `/api/v1/agreements/${a.id}`, 'c1leader');
    expect(leaderView.allowedEvents.map((e: any) => e.type)).toContain('RECALL');
    const recalled = await send('c1leader', a.id, 'RECALL', { comment: '补充材料' });
    expect([recalled.status, recalled.body.statePath]).toEqual([200, 'feasibility.preparing']);
    const history = await api.ok('GET', `/api/v1/agreements/${a.id}/history`, 'c1leader');
    expect(history.at(-1)).toMatchObject({ event: 'RECALL', from: 'feasibility.centerReview', to: 'feasibility.preparing', comment: '补充材料' });
    expect(await itemFor('center', a.id)).toBeUndefined();
    expect(await itemFor('c1leader', a.id)).toMatchObject({ state: 'feasibility.preparing' });
    // once the center acted on its item (here: a transfer), the step is no longer the sender's to take back
    await api.ok('POST', events(a.id), 'c1leader', { type: 'SUBMIT' });
    const item = await itemFor('center', a.id);
    await api.ok('POST', `/api/v1/tasks/${item.id}/transfer`, 'center', { userId: ids.director, note: '请主任处理' });
    const late = await send('c1leader', a.id, 'RECALL');
    expect([late.status, late.body.code]).toEqual([409, 'event_not_allowed']);

    const b = await atCenterReview(stack, api, '撤回与审批竞争');
    await api.token('center');
    const race = await Promise.all([send('c1leader', b.id, 'RECALL'), send('center', b.id, 'APPROVE'), send('c1leader', b.id, 'RECALL'), send('center', b.id, 'APPROVE')]);
    expect(race.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
    const rows = await query(stack, `SELECT event FROM workflow_transitions WHERE subject_id = $1 AND event IN ('RECALL', 'APPROVE')`, [b.id]);
    expect(rows).toHaveLength(1);
  });

  it('return (退回) to any earlier step the machine declares, with a reason', async () => {
    const a = await atCenterReview(stack, api, '退回测试');
    for (const [user, type] of [['center', 'APPROVE'], ['c1staff', 'SUBMIT'], ['center', 'APPROVE']]) await api.ok('POST', events(a.id), user, { type });
    const legalView = await api.ok('GET', `/api/v1/agreements/${a.id}`, 'legal');
    expect(legalView.allowedEvents.find((e: any) => e.type === 'RETURN')).toMatchObject({ comment: 'required', targets: ['agreement.drafting', 'agreement.centerReview'] });
    const noReason = await send('legal', a.id, 'RETURN', { data: { to: 'agreement.centerReview' } });
    expect([noReason.status, noReason.body.errors]).toEqual([422, [expect.objectContaining({ code: 'missing_field', field: 'comment' })]]);
    const nowhere = await send('legal', a.id, 'RETURN', { comment: '退回', data: { to: 'research' } });
    expect([nowhere.status, nowhere.body.errors[0].field]).toEqual([422, 'to']);
    await api.token('legal');
    const both = await Promise.all([1, 2].map(() => send('legal', a.id, 'RETURN', { comment: '请中心复核第 7 条', data: { to: 'agreement.centerReview' } })));
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const back = both.find((r) => r.status === 200)!;
    expect(back.body.statePath).toBe('agreement.centerReview');
    expect(await itemFor('center', a.id)).toMatchObject({ state: 'agreement.centerReview' });
  });

  it('transfer (转办) to a colleague who may do the step; 422 for one who may not; 403 for someone it is not waiting for; two at once: one wins', async () => {
    const a = await atCenterReview(stack, api, '转办测试');
    const item = await itemFor('center', a.id);
    const wrong = await api.call('POST', `/api/v1/tasks/${item.id}/transfer`, 'center', { userId: ids.c1staff });
    expect([wrong.status, wrong.body.errors[0].code]).toEqual([422, 'not_eligible']);
    expect((await api.call('POST', `/api/v1/tasks/${item.id}/transfer`, 'legal', { userId: ids.director })).status).toBe(403);
    expect((await api.call('POST', `/api/v1/tasks/${item.id}/transfer`, 'center', { userId: 'not-a-uuid' })).status).toBe(400);
    await api.token('center');
    const both = await Promise.all([
      api.call('POST', `/api/v1/tasks/${item.id}/transfer`, 'center', { userId: ids.director }),
      api.call('POST', `/api/v1/tasks/${item.id}/transfer`, 'center', { userId: ids.director }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await itemFor('director', a.id)).toMatchObject({ id: item.id, assignees: { userIds: [ids.director] } });
    expect(await itemFor('center', a.id)).toBeUndefined();
    await eventually('the director is told', async () =>
      (await api.ok('GET', '/api/v1/notifications?pageSize=100', 'director')).items.some((n: any) => n.reminderKey.startsWith(`transfer:${item.id}`)));
    await api.ok('POST', events(a.id), 'director', { type: 'APPROVE' });
    expect((await api.ok('GET', `/api/v1/tasks/${item.id}`, 'director')).status).toBe('done');
    const closedAgain = await api.call('POST', `/api/v1/tasks/${item.id}/transfer`, 'director', { userId: ids.center });
    expect([closedAgain.status, closedAgain.body.code]).toEqual([409, 'event_not_allowed']);
  });

  it('delegate (委派): the delegate reads the record and answers; the item returns to the delegator, who acts', async () => {
    const a = await atCenterReview(stack, api, '委派测试');
    const item = await itemFor('center', a.id);
    expect((await api.call('GET', `/api/v1/agreements/${a.id}`, 'finance')).status).toBe(403); // not filed: no department reads it
    await api.token('center');
    const both = await Promise.all([
      api.call('POST', `/api/v1/tasks/${item.id}/delegate`, 'center', { userId: ids.finance, note: '请财务处评估投入' }),
      api.call('POST', `/api/v1/tasks/${item.id}/delegate`, 'center', { userId: ids.finance, note: '请财务处评估投入' }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await itemFor('finance', a.id)).toMatchObject({ id: item.id, delegatedTo: ids.finance, delegatedBy: ids.center });
    expect((await api.call('GET', `/api/v1/agreements/${a.id}`, 'finance')).status).toBe(200);
    expect((await send('finance', a.id, 'APPROVE')).status).toBe(403); // asked for a view, not for the decision
    expect((await api.call('POST', `/api/v1/tasks/${item.id}/resolve`, 'center', { note: 'x' })).status).toBe(403);
    await api.token('finance');
    const answers = await Promise.all([1, 2].map(() => api.call('POST', `/api/v1/tasks/${item.id}/resolve`, 'finance', { note: '投入合理，同意' })));
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]); // one after the other: the second finds it answered
    expect((await api.call('POST', `/api/v1/tasks/${item.id}/resolve`, 'legal', { note: 'x' })).status).toBe(403); // never asked
    expect(answers.find((r) => r.status === 200)!.body).toMatchObject({ delegatedTo: null, status: 'open' });
    expect(await itemFor('finance', a.id)).toBeUndefined();
    const log = (await api.ok('GET', `/api/v1/tasks/${item.id}`, 'center')).log;
    expect(log.map((l: any) => [l.action, l.note])).toEqual([['delegate', '请财务处评估投入'], ['resolve', '投入合理，同意']]);
    await api.ok('POST', events(a.id), 'center', { type: 'APPROVE' });
  });

  it('deputies (代理): items go to both for the period; the deputy holds the same role; ending it takes them away', async () => {
    const a = await atCenterReview(stack, api, '代理测试');
    for (const [user, type] of [['center', 'APPROVE'], ['c1staff', 'SUBMIT'], ['center', 'APPROVE'], ['legal', 'APPROVE']]) await api.ok('POST', events(a.id), user, { type });
    const item = await itemFor('leader2', a.id); // leader2 is a school leader too: the role's item is theirs as well
    expect(item).toMatchObject({ state: 'agreement.presidentMeeting', assignees: { roles: ['school_leader'], userIds: [] } });
    await api.ok('POST', `/api/v1/tasks/${item.id}/transfer`, 'leader2', { userId: ids.leader, note: '请校长主持' });
    expect(await itemFor('leader2', a.id)).toBeUndefined(); // now it is named: the leader's alone
    const notSame = await api.call('PUT', '/api/v1/users/me/deputy', 'leader', { userId: ids.legal, from: '2026-12-01', to: '2026-12-05' });
    expect([notSame.status, notSame.body.errors[0].code]).toEqual([422, 'not_eligible']);
    const reversed = await api.call('PUT', '/api/v1/users/me/deputy', 'leader', { userId: ids.leader2, from: '2026-12-05', to: '2026-12-01' });
    expect(reversed.status).toBe(422);
    const otherCollege = await api.call('PUT', '/api/v1/users/me/deputy', 'c1staff', { userId: ids.c2staff, from: '2026-12-01', to: '2026-12-05' });
    expect([otherCollege.status, otherCollege.body.errors[0].code]).toEqual([422, 'not_eligible']);
    const set = await api.ok('PUT', '/api/v1/users/me/deputy', 'leader', { userId: ids.leader2, from: '2026-12-01', to: '2026-12-03' });
    expect(set).toMatchObject({ deputyId: ids.leader2, from: '2026-12-01', to: '2026-12-03', active: true });
    expect(await itemFor('leader2', a.id)).toMatchObject({ id: item.id, assignees: { userIds: [ids.leader] } });
    expect(await itemFor('leader', a.id)).toMatchObject({ id: item.id });
    await api.setClock('2026-12-04T02:00:00.000Z'); // the period is over
    expect(await itemFor('leader2', a.id)).toBeUndefined();
    await api.setClock('2026-12-02T02:00:00.000Z');
    expect(await itemFor('leader2', a.id)).toMatchObject({ id: item.id });
    const ended = await Promise.all([api.call('DELETE', '/api/v1/users/me/deputy', 'leader'), api.call('DELETE', '/api/v1/users/me/deputy', 'leader')]);
    expect(ended.map((x) => x.status).sort()).toEqual([204, 404]);
    expect(await itemFor('leader2', a.id)).toBeUndefined();
    expect((await api.ok('GET', '/api/v1/users/me/deputy', 'leader')).deputy).toBeNull();
    await api.setClock('2026-12-01T02:00:00.000Z');
  });

  it('cc (抄送): a read-only copy with a note: an inbox notice and read access, no action', async () => {
    const a = await atCenterReview(stack, api, '抄送测试');
    const item = await itemFor('center', a.id);
    const copies = await Promise.all([
      api.call('POST', `/api/v1/tasks/${item.id}/cc`, 'center', { userIds: [ids.legal, ids.finance], note: '请知悉' }),
      api.call('POST', `/api/v1/tasks/${item.id}/cc`, 'center', { userIds: [ids.finance], note: '请知悉' }),
    ]);
    expect(copies.map((r) => r.status)).toEqual([200, 200]);
    await eventually('finance gets the copy', async () =>
      (await api.ok('GET', '/api/v1/notifications?pageSize=100', 'finance')).items.find((n: any) => n.reminderKey.startsWith(`cc:${item.id}`) && n.body.includes('请知悉')));
    expect((await api.call('GET', `/api/v1/agreements/${a.id}`, 'finance')).status).toBe(200);
    expect(await itemFor('finance', a.id)).toBeUndefined();
    expect((await send('finance', a.id, 'APPROVE')).status).toBe(403);
    const grants = await query(stack, `SELECT user_id FROM record_grants WHERE subject_id = $1 AND reason = 'cc' ORDER BY user_id`, [a.id]);
    expect(grants.map((g) => g.user_id).sort()).toEqual([ids.legal, ids.finance].sort());
  });

  it('countersign (会签): every invited expert records an opinion after uploading one; a rejection sends the project back', async () => {
    const me = await api.ok('GET', '/api/v1/auth/me', 'c1staff');
    const partner = (await api.ok('GET', '/api/v1/partners?status=active', 'c1staff')).items[0];
    const major = (await api.ok('GET', `/api/v1/majors?collegeId=${me.collegeId}`, 'c1staff')).items[0];
    const a = await api.ok('POST', '/api/v1/agreements', 'c1staff', { title: '专家论证', partnerId: partner.id, cooperationType: 'training_base', majorIds: [major.id] });
    for (const k of ['research_report', 'inspection_report', 'cooperation_plan', 'meeting_minutes', 'feasibility_report']) await uploadTo(stack, api, a.id, k);
    await api.ok('POST', events(a.id), 'c1staff', { type: 'SUBMIT' });
    await api.ok('POST', events(a.id), 'c1leader', { type: 'SUBMIT' });
    expect(await itemFor('center', a.id)).toMatchObject({ state: 'feasibility.demonstration' });
    const notExperts = await api.call('POST', `/api/v1/agreements/${a.id}/experts`, 'center', { userIds: [ids.legal] });
    expect([notExperts.status, notExperts.body.errors[0].code]).toEqual([422, 'not_an_expert']);
    expect((await api.call('POST', `/api/v1/agreements/${a.id}/experts`, 'c1leader', { userIds: [ids.expert1] })).status).toBe(403);
    const invited = await api.ok('POST', `/api/v1/agreements/${a.id}/experts`, 'center', { userIds: [ids.expert1, ids.expert2] });
    expect(invited.demonstration).toEqual({ experts: [ids.expert1, ids.expert2], opinions: {} });
    expect(await itemFor('center', a.id)).toBeUndefined();
    const e1 = await itemFor('expert1', a.id);
    expect(e1).toMatchObject({ assignees: { roles: ['expert'], userIds: [ids.expert1], mode: 'all' } });
    expect((await api.call('GET', `/api/v1/agreements/${a.id}`, 'expert1')).status).toBe(200);
    const withoutOpinion = await send('expert1', a.id, 'RECORD_OPINION', { data: { opinion: 'approve' } });
    expect([withoutOpinion.status, withoutOpinion.body.errors]).toEqual([422, [expect.objectContaining({ code: 'missing_own_document', kind: 'demonstration_opinion' })]]);
    await uploadTo(stack, api, a.id, 'demonstration_opinion', 'expert1');
    await uploadTo(stack, api, a.id, 'demonstration_opinion', 'expert2');
    const both = await Promise.all([send('expert1', a.id, 'RECORD_OPINION', { data: { opinion: 'approve' } }), send('expert2', a.id, 'RECORD_OPINION', { data: { opinion: 'approve' } })]);
    expect(both.map((r) => r.status)).toEqual([200, 200]); // one after the other under the row lock, never a lost opinion
    const after = await api.ok('GET', `/api/v1/agreements/${a.id}`, 'center');
    expect([after.statePath, after.demonstration.opinions]).toEqual(['feasibility.centerReview', { [ids.expert1]: 'approve', [ids.expert2]: 'approve' }]);
    expect((await send('expert1', a.id, 'RECORD_OPINION', { data: { opinion: 'approve' } })).status).toBe(409);

    await api.ok('POST', events(a.id), 'center', { type: 'RETURN', comment: '补充论证', data: { to: 'feasibility.preparing' } });
    await api.ok('POST', events(a.id), 'c1leader', { type: 'SUBMIT' });
    await api.ok('POST', `/api/v1/agreements/${a.id}/experts`, 'center', { userIds: [ids.expert1] });
    await uploadTo(stack, api, a.id, 'demonstration_opinion', 'expert1');
    const rejected = await send('expert1', a.id, 'RECORD_OPINION', { data: { opinion: 'reject' }, comment: '选址不合理' });
    expect([rejected.status, rejected.body.statePath]).toEqual([200, 'feasibility.preparing']);
    // the reset panel takes its experts' read access with it
    expect((await api.call('GET', `/api/v1/agreements/${a.id}`, 'expert1')).status).toBe(403);
    expect((await api.call('GET', `/api/v1/agreements/${a.id}`, 'expert2')).status).toBe(403);
  });

  it('urge (催办) reaches whoever the item waits on now, once a day; leadership decisions carry the meeting data', async () => {
    const a = await atCenterReview(stack, api, '催办测试');
    const item = await itemFor('center', a.id);
    await api.ok('POST', `/api/v1/tasks/${item.id}/transfer`, 'center', { userId: ids.director });
    await api.token('c1staff');
    const urges = await Promise.all([api.call('POST', `/api/v1/tasks/${item.id}/urge`, 'c1staff', { note: '请尽快' }), api.call('POST', `/api/v1/tasks/${item.id}/urge`, 'c1staff', { note: '请尽快' })]);
    expect(urges.map((r) => r.status).sort()).toEqual([200, 429]);
    const urged = await eventually('the director is urged', async () =>
      (await api.ok('GET', '/api/v1/notifications?pageSize=100', 'director')).items.find((n: any) => n.reminderKey.startsWith(`urge:${item.id}`)));
    expect(urged.title).toContain('【催办】');
    expect((await api.ok('GET', '/api/v1/notifications?pageSize=100', 'center')).items.filter((n: any) => n.reminderKey.startsWith(`urge:${item.id}`))).toEqual([]);
    expect((await api.call('POST', `/api/v1/tasks/${item.id}/urge`, 'c2staff', {})).status).toBe(403);

    for (const [user, type] of [['director', 'APPROVE'], ['c1staff', 'SUBMIT'], ['center', 'APPROVE'], ['legal', 'APPROVE']]) await api.ok('POST', events(a.id), user, { type });
    const bare = await send('leader', a.id, 'APPROVE');
    expect(bare.body.errors.map((e: any) => e.field)).toEqual(['meetingDate', 'minutesNumber']);
    const decided = await send('leader', a.id, 'APPROVE', { data: MEETING });
    expect(decided.body.statePath).toBe('agreement.partyCommittee');
    const history = await api.ok('GET', `/api/v1/agreements/${a.id}/history`, 'center');
    expect(history.at(-1).data).toEqual(MEETING);
  });

  it('a monthly report is the same engine: items for the college then its leader, recall, history', async () => {
    const report = await api.ok('POST', '/api/v1/monthly-reports', 'c1staff', { month: '2026-11', workDone: '走访企业' });
    expect(await itemFor('c1staff', report.id)).toMatchObject({ kind: 'monthlyReport', state: 'draft' });
    await api.ok('POST', `/api/v1/monthly-reports/${report.id}/submit`, 'c1staff');
    expect(await itemFor('c1staff', report.id)).toBeUndefined();
    expect(await itemFor('c1leader', report.id)).toMatchObject({ state: 'submitted', assignees: { roles: ['college_leader'] } });
    expect((await tasks('c1leader', '&kind=monthlyReport')).items.map((t) => t.subjectId)).toContain(report.id);
    const recalled = await api.ok('POST', `/api/v1/monthly-reports/${report.id}/recall`, 'c1staff');
    expect(recalled.status).toBe('draft');
    await api.ok('POST', `/api/v1/monthly-reports/${report.id}/submit`, 'c1staff');
    await api.token('c1leader');
    const race = await Promise.all([api.call('POST', `/api/v1/monthly-reports/${report.id}/recall`, 'c1staff'), api.call('POST', `/api/v1/monthly-reports/${report.id}/sign-off`, 'c1leader')]);
    expect(race.map((r) => r.status).sort()).toEqual([200, 409]);
    const history = await api.ok('GET', `/api/v1/monthly-reports/${report.id}/history`, 'c1leader');
    expect(history.map((h: any) => [h.event, h.from, h.to]).slice(0, 3)).toEqual([['SUBMIT', 'draft', 'submitted'], ['RECALL', 'submitted', 'draft'], ['SUBMIT', 'draft', 'submitted']]);
    expect(history).toHaveLength(4);
  });

  it('versioned machines: an agreement written under agreement@1 continues under agreement@2; history keeps the version each step was taken under', async () => {
    const a = await atCenterReview(stack, api, '旧版本实例');
    for (const [user, type] of [['center', 'APPROVE'], ['c1staff', 'SUBMIT'], ['center', 'APPROVE'], ['legal', 'APPROVE'], ['leader', 'APPROVE'], ['leader', 'APPROVE']]) {
      await api.ok('POST', events(a.id), user, { type, ...(user === 'leader' ? { data: MEETING } : {}) });
    }
    await uploadTo(stack, api, a.id, 'signoff_form');
    await uploadTo(stack, api, a.id, 'signed_agreement');
    await api.ok('POST', events(a.id), 'c1staff', { type: 'RECORD_SIGNING', data: { signedAt: '2026-12-01' } });
    // rewrite it as version 1 stored it: the signing date an instant, no demonstration panel; one step taken under v1
    const [{ snapshot }] = await query(stack, 'SELECT snapshot FROM agreements WHERE id = $1', [a.id]);
    const { experts: _e, opinions: _o, ...v1Context } = snapshot.context;
    await query(stack, `UPDATE agreements SET snapshot = $2, machine_version = 'agreement@1' WHERE id = $1`,
      [a.id, JSON.stringify({ value: snapshot.value, context: { ...v1Context, signedAt: '2026-11-30T16:00:00.000Z' } })]);
    // a step the old version took, as its history row recorded it (history is append-only: rows are only ever added)
    await query(stack, `INSERT INTO workflow_transitions (workflow, subject_id, at, actor_id, actor_username, actor_roles, event, from_state, to_state, machine_version)
      VALUES ('agreement', $1, now(), NULL, 'system', '{system}', 'DEADLINE_PASSED', 'filing.awaitingSubmission', 'filing.awaitingSubmission', 'agreement@1')`, [a.id]);
    const old = await api.ok('GET', `/api/v1/agreements/${a.id}`, 'c1staff');
    expect([old.statePath, old.signedAt, old.allowedEvents.map((e: any) => e.type)]).toEqual(['filing.awaitingSubmission', '2026-12-01', ['SUBMIT', 'RECALL']]);
    const filed = await api.ok('POST', events(a.id), 'c1staff', { type: 'SUBMIT' });
    expect(filed.statePath).toBe('filing.awaitingRegistration');
    const [stored] = await query(stack, 'SELECT machine_version, snapshot FROM agreements WHERE id = $1', [a.id]);
    expect([stored.machine_version, stored.snapshot.context.signedAt, stored.snapshot.context.experts]).toEqual(['agreement@2', '2026-12-01', []]);
    const history = await api.ok('GET', `/api/v1/agreements/${a.id}/history`, 'center');
    expect(history.slice(-2).map((h: any) => [h.event, h.machineVersion])).toEqual([['DEADLINE_PASSED', 'agreement@1'], ['SUBMIT', 'agreement@2']]);
  });

  it('records from before work items get theirs when a process starts; once, however many processes start', async () => {
    const a = await atCenterReview(stack, api, '上线前的项目');
    const report = await api.ok('POST', '/api/v1/monthly-reports', 'c2staff', { month: '2026-11', workDone: '走访' });
    await query(stack, 'DELETE FROM notifications WHERE work_item_id IN (SELECT id FROM work_items WHERE subject_id = ANY($1::uuid[]))', [[a.id, report.id]]);
    await query(stack, 'DELETE FROM work_items WHERE subject_id = ANY($1::uuid[])', [[a.id, report.id]]);
    expect(await itemFor('center', a.id)).toBeUndefined();
    const [one, two] = await Promise.all([startServer(stack.env), startServer(stack.env)]);
    try {
      expect(await itemFor('center', a.id)).toMatchObject({ state: 'feasibility.centerReview', status: 'open' });
      expect(await itemFor('c2staff', report.id)).toMatchObject({ kind: 'monthlyReport', state: 'draft' });
      const rows = await query(stack, `SELECT subject_id FROM work_items WHERE subject_id = ANY($1::uuid[]) AND status = 'open'`, [[a.id, report.id]]);
      expect(rows).toHaveLength(2);
    } finally {
      await Promise.all([one.stop(), two.stop()]);
    }
  }, 120_000);

  it('a recall after a missed filing deadline clears the overdue mark with the signing it takes back', async () => {
    const a = await atCenterReview(stack, api, '逾期后撤回');
    for (const [user, type] of [['center', 'APPROVE'], ['c1staff', 'SUBMIT'], ['center', 'APPROVE'], ['legal', 'APPROVE'], ['leader', 'APPROVE'], ['leader', 'APPROVE']]) {
      await api.ok('POST', events(a.id), user, { type, ...(user === 'leader' ? { data: MEETING } : {}) });
    }
    await uploadTo(stack, api, a.id, 'signoff_form');
    await uploadTo(stack, api, a.id, 'signed_agreement');
    await api.ok('POST', events(a.id), 'c1staff', { type: 'RECORD_SIGNING', data: { signedAt: '2026-12-01' } });
    await api.setClock('2026-12-09T02:00:00.000Z');
    await api.runReminders();
    expect((await api.ok('GET', `/api/v1/agreements/${a.id}`, 'c1staff')).overdue).toBe(true);
    const back = await api.ok('POST', events(a.id), 'c1staff', { type: 'RECALL', comment: '签订日期有误' });
    expect([back.statePath, back.overdue, back.signedAt]).toEqual(['signing', false, null]);
    await api.setClock('2026-12-01T02:00:00.000Z');
  });

  it('a deputy sees only the principal’s items a role of the deputy’s own can do', async () => {
    const made = async (username: string, roles: string[], collegeId?: string) =>
      (await api.ok('POST', '/api/v1/users', 'admin', { username, displayName: username, password: 'demo123456', roles, ...(collegeId ? { collegeId } : {}) })).id as string;
    const multi = await made('multirole', ['college_staff', 'department'], ids.college);
    const fin2 = await made('finance2', ['department']);
    expect(multi).toMatch(/^[0-9a-f-]{36}$/);
    await api.ok('PUT', '/api/v1/users/me/deputy', 'multirole', { userId: fin2, from: '2026-12-01', to: '2026-12-31' });
    const partner = (await api.ok('GET', '/api/v1/partners?status=active', 'c1staff')).items[0];
    const major = (await api.ok('GET', `/api/v1/majors?collegeId=${ids.college}`, 'c1staff')).items[0];
    const a = await api.ok('POST', '/api/v1/agreements', 'c1staff', { title: '多角色代理', partnerId: partner.id, cooperationType: 'internship', majorIds: [major.id] });
    // 调研 waits on the college's staff: the principal sees it; the finance deputy holds no college role, so not they
    expect(await itemFor('multirole', a.id)).toMatchObject({ state: 'research' });
    expect(await itemFor('finance2', a.id)).toBeUndefined();
  });
});
