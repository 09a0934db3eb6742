import { api, login } from './support/api';
import { createAgreement, pdfBytes, step, uploadAll } from './support/agreements';
import { client, eventually, Stack, startStack } from './support/stack';

/** The monthly report flow over HTTP, on a service of its own with a settable clock. */
describe('monthly reports (月报)', () => {
  let stack: Stack;
  let client_: ReturnType<typeof client>;
  const call = (method: string, path: string, user: string, body?: unknown, headers?: Record<string, string>) => client_.call(method, path, user, body, headers);

  beforeAll(async () => {
    stack = await startStack({ redisUrl: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379' });
    client_ = client(stack.url);
    await client_.setClock('2026-11-02T02:00:00.000Z'); // 10:00 on 2 November in Shanghai
    await client_.ok('PUT', '/api/v1/calendar', 'admin', { firstMonth: '2026-09' });
  }, 120_000);
  afterAll(() => stack?.stop());

  async function attach(user: string, id: string, bytes: Buffer, name: string) {
    const form = new FormData();
    form.set('file', new Blob([bytes]), name);
    const res = await fetch(`${stack.url}/api/v1/monthly-reports/${id}/attachments`, { method: 'POST', headers: { authorization: `Bearer ${await client_.token(user)}` }, body: form });
    return { status: res.status, body: (await res.json()) as any };
  }

  it('drafts, attaches, submits, is returned with a comment, is edited and signed off by the college leader', async () => {
    const draft = await call('POST', '/api/v1/monthly-reports', 'c1staff', { month: '2026-11', activities: '召开校企座谈会' });
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ month: '2026-11', status: 'draft', activities: '召开校企座谈会', version: 1 });
    const id = draft.body.id;
    expect((await call('POST', '/api/v1/monthly-reports', 'c1leader', { month: '2026-11' })).status).toBe(409);
    expect((await call('POST', '/api/v1/monthly-reports', 'c1staff', { month: '2026-12' })).body.errors).toEqual([expect.objectContaining({ field: 'month', code: 'in_future' })]);
    expect((await call('POST', '/api/v1/monthly-reports', 'c1staff', { month: '2026-08' })).body.errors).toEqual([expect.objectContaining({ field: 'month', code: 'vacation_month' })]);

    const photo = await attach('c1staff', id, pdfBytes('活动照片'), '座谈会纪要.pdf');
    expect(photo.status).toBe(201);
    expect(photo.body).toMatchObject({ filename: '座谈会纪要.pdf', mediaType: 'application/pdf' });
    expect((await attach('c1staff', id, Buffer.from('MZ binary'), 'tool.exe')).status).toBe(415);
    expect((await attach('c2staff', id, pdfBytes(), 'x.pdf')).status).toBe(403);
    expect((await call('GET', `/api/v1/monthly-reports/${id}/attachments`, 'center')).body.map((a: any) => a.id)).toEqual([photo.body.id]);
    const download = await fetch(`${stack.url}/api/v1/monthly-reports/attachments/${photo.body.id}/content`, { headers: { authorization: `Bearer ${await client_.token('c1leader')}` } });
    expect(Buffer.from(await download.arrayBuffer()).equals(pdfBytes('活动照片'))).toBe(true);
    expect((await fetch(`${stack.url}/api/v1/monthly-reports/attachments/${photo.body.id}/content`, { headers: { authorization: `Bearer ${await client_.token('c2leader')}` } })).status).toBe(403);

    expect((await call('POST', `/api/v1/monthly-reports/${id}/submit`, 'c1staff')).body.errors).toEqual([expect.objectContaining({ field: 'workDone', code: 'missing_field' })]);
    await call('PATCH', `/api/v1/monthly-reports/${id}`, 'c1staff', { workDone: '走访企业 3 家' });
    expect((await call('POST', `/api/v1/monthly-reports/${id}/sign-off`, 'c1leader')).body.code).toBe('event_not_allowed');
    expect((await call('POST', `/api/v1/monthly-reports/${id}/submit`, 'c1staff')).body.status).toBe('submitted');
    const locked = await call('PATCH', `/api/v1/monthly-reports/${id}`, 'c1staff', { notes: 'x' });
    // problem+json keeps the HTTP status in `status`; the report's own status has a name of its own
    expect([locked.status, locked.body.status, locked.body.code, locked.body.reportStatus]).toEqual([409, 409, 'event_not_allowed', 'submitted']);
    expect((await call('POST', `/api/v1/monthly-reports/${id}/sign-off`, 'c1staff')).status).toBe(403);
    expect((await call('POST', `/api/v1/monthly-reports/${id}/return`, 'c1leader', {})).body.errors).toEqual([expect.objectContaining({ field: 'comment', code: 'required' })]);
    const returned = await call('POST', `/api/v1/monthly-reports/${id}/return`, 'c1leader', { comment: '请补充新增合作单位' });
    expect(returned.body).toMatchObject({ status: 'returned', returnComment: '请补充新增合作单位' });
    const edited = await call('PATCH', `/api/v1/monthly-reports/${id}`, 'c1staff', { newPartners: '晋中智能装备制造有限公司' }, { 'if-match': `"${returned.body.version}"` });
    expect(edited.body).toMatchObject({ status: 'returned', newPartners: '晋中智能装备制造有限公司', workDone: '走访企业 3 家' });
    expect((await call('PATCH', `/api/v1/monthly-reports/${id}`, 'c1staff', { notes: 'x' }, { 'if-match': `"${returned.body.version}"` })).body.code).toBe('version_conflict');
    await call('POST', `/api/v1/monthly-reports/${id}/submit`, 'c1staff');
    const signed = await call('POST', `/api/v1/monthly-reports/${id}/sign-off`, 'c1leader');
    expect(signed.body.status).toBe('signed_off');
    expect(signed.body.signedOffAt.startsWith('2026-11-02T02:0')).toBe(true); // the service's (moved) clock, not the wall clock
    expect((await call('POST', `/api/v1/monthly-reports/${id}/sign-off`, 'c1leader')).status).toBe(409);
    expect((await attach('c1staff', id, pdfBytes(), 'late.pdf')).status).toBe(409);
  });

  it('counts a report signed off after the 4th as late and a month without one as missing, in the matrix', async () => {
    const october = await client_.ok('POST', '/api/v1/monthly-reports', 'c2staff', { month: '2026-10', workDone: '补报' });
    await client_.ok('POST', `/api/v1/monthly-reports/${october.id}/submit`, 'c2staff');
    await client_.ok('POST', `/api/v1/monthly-reports/${october.id}/sign-off`, 'c2leader');
    const matrix = await client_.ok('GET', '/api/v1/monthly-reports/matrix?year=2026', 'center');
    const row = (name: string) => matrix.rows.find((r: any) => r.collegeName === name);
    expect(row('信息工程学院').cells).toMatchObject({ '2026-08': 'not_required', '2026-09': 'missing', '2026-10': 'late', '2026-11': 'pending', '2026-12': 'pending' });
    expect(row('信息工程学院')).toMatchObject({ onTime: 0, late: 1, missing: 1, score: 8 });
    expect(row('智能制造学院').cells).toMatchObject({ '2026-09': 'missing', '2026-10': 'missing', '2026-11': 'on_time' });
    expect(row('智能制造学院')).toMatchObject({ onTime: 1, late: 0, missing: 2, score: 8 });
  });

  it('keeps each college to its own reports, and lets the center see them all', async () => {
    const created = await call('POST', '/api/v1/monthly-reports', 'c2staff', { month: '2026-11' });
    const id = created.body.id;
    for (const res of [
      await call('GET', `/api/v1/monthly-reports/${id}`, 'c1staff'),
      await call('POST', `/api/v1/monthly-reports/${id}/submit`, 'c1staff'),
      await call('POST', `/api/v1/monthly-reports/${id}/sign-off`, 'c1leader'),
      await call('GET', `/api/v1/monthly-reports?collegeId=${created.body.collegeId}`, 'c1leader'),
      await call('GET', `/api/v1/monthly-reports/matrix?year=2026&collegeId=${created.body.collegeId}`, 'c1staff'),
    ]) expect({ status: res.status, code: res.body.code }).toEqual({ status: 403, code: 'forbidden_college' });
    expect((await call('POST', '/api/v1/monthly-reports', 'center', { month: '2026-11' })).status).toBe(403);
    const own = await call('GET', '/api/v1/monthly-reports?month=2026-11', 'c1staff');
    expect(own.body.items.map((r: any) => r.collegeId)).not.toContain(created.body.collegeId);
    expect((await call('GET', '/api/v1/monthly-reports?month=2026-11', 'center')).body.total).toBe(2);
    expect((await call('GET', '/api/v1/monthly-reports/matrix?year=2026', 'assessor')).body.rows).toHaveLength(2);
    expect((await call('GET', '/api/v1/monthly-reports/matrix?year=2026', 'c1leader')).body.rows).toHaveLength(1);
    expect((await call('GET', '/api/v1/monthly-reports/matrix', 'center')).status).toBe(400);
  });
});

describe('notifications (站内信)', () => {
  it('lists newest first, counts unread, marks one or all read, and never shows another user’s', async () => {
    // c2's agreement goes to the center and comes back: the worker tells the center, then the college
    const a = await createAgreement('c2staff');
    await uploadAll('c2staff', a.id, 'research_report', 'inspection_report', 'cooperation_plan', 'meeting_minutes', 'feasibility_report');
    await step('c2staff', a.id, 'SUBMIT');
    await step('c2leader', a.id, 'SUBMIT');
    // the center's review opened a work item: its 待办 notice reaches the center
    const centerNotice = await eventually('the center heard of the review', async () =>
      ((await api('GET', '/api/v1/notifications?pageSize=100', { token: await login('center') })).body.items as any[]).find((n) => n.link === `/agreements/${a.id}` && n.workItemId));
    expect(centerNotice).toMatchObject({ kind: 'task', readAt: null, closedAt: null });
    await step('center', a.id, 'REJECT', { comment: '请补充材料' });
    const leader = await login('c2leader');
    const mine = async () => (await api('GET', '/api/v1/notifications?pageSize=100', { token: leader })).body.items as any[];
    const notice = await eventually('the college hears it was returned', async () => (await mine()).find((n) => n.link === `/agreements/${a.id}` && n.reminderKey.startsWith('college:')));
    expect(notice).toMatchObject({ kind: 'waiting', readAt: null });
    expect(notice.title).toContain('已退回');
    // the center acted: its 待办 notice closed with the item
    const closed = ((await api('GET', '/api/v1/notifications?pageSize=100', { token: await login('center') })).body.items as any[]).find((n) => n.id === centerNotice.id);
    expect(closed.closedAt).not.toBeNull();
    expect(closed.readAt).not.toBeNull();

    const list = await mine();
    const times = list.map((n) => Date.parse(n.createdAt));
    expect([...times].sort((x, y) => y - x)).toEqual(times);
    const unreadBefore = (await api('GET', '/api/v1/notifications/unread-count', { token: leader })).body.count;
    expect(unreadBefore).toBeGreaterThanOrEqual(1);
    expect((await api('POST', `/api/v1/notifications/${centerNotice.id}/read`, { token: leader })).status).toBe(404);
    const read = await api('POST', `/api/v1/notifications/${notice.id}/read`, { token: leader });
    expect(read.body.readAt).not.toBeNull();
    expect((await api('GET', '/api/v1/notifications/unread-count', { token: leader })).body.count).toBe(unreadBefore - 1);
    const unread = (await api('GET', '/api/v1/notifications?unread=true&pageSize=100', { token: leader })).body.items;
    expect(unread.map((n: any) => n.id)).not.toContain(notice.id);
    expect((await api('POST', '/api/v1/notifications/read-all', { token: leader })).status).toBe(200);
    expect((await api('GET', '/api/v1/notifications/unread-count', { token: leader })).body).toEqual({ count: 0 });
    // the leader's read-all touched nobody else's inbox: c2staff still has the same notice unread
    const staffStill = await api('GET', '/api/v1/notifications?unread=true&pageSize=100', { token: await login('c2staff') });
    expect(staffStill.body.items.map((n: any) => n.reminderKey)).toContain(notice.reminderKey);
  });
});
