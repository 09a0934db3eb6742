import { api, baseUrl, login, me } from './support/api';
import { createAgreement, pdfBytes, step, uploadAll } from './support/agreements';
import { eventually } from './support/stack';

/** The monthly report flow over HTTP: draft → submitted → returned → signed off, scoped to the college. */
describe('monthly reports (月报)', () => {
  // a future school month (not February, July or August) that no other test uses
  const month = `20${30 + Math.floor(Math.random() * 60)}-0${[1, 3, 4, 5, 6, 9][Math.floor(Math.random() * 6)]}`;

  it('drafts, submits, is returned with a comment, is edited and signed off by the college leader', async () => {
    const staff = await login('c1staff');
    const leader = await login('c1leader');
    const draft = await api('POST', '/api/v1/monthly-reports', { token: staff, body: { month, workDone: '走访企业 3 家', activities: '召开校企座谈会' } });
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ month, status: 'draft', workDone: '走访企业 3 家', collegeId: (await me(staff)).collegeId, version: 1 });
    const id = draft.body.id;
    expect((await api('POST', '/api/v1/monthly-reports', { token: leader, body: { month } })).status).toBe(409);
    const attach = async (token: string, bytes: Buffer, name: string) => {
      const form = new FormData();
      form.set('file', new Blob([bytes]), name);
      const res = await fetch(`${baseUrl()}/api/v1/monthly-reports/${id}/attachments`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
      return { status: res.status, body: (await res.json()) as any };
    };
    const photo = await attach(staff, pdfBytes('活动照片'), '座谈会纪要.pdf');
    expect(photo.status).toBe(201);
    expect(photo.body).toMatchObject({ filename: '座谈会纪要.pdf', mediaType: 'application/pdf' });
    expect((await attach(staff, Buffer.from('MZ binary'), 'tool.exe')).status).toBe(415);
    expect((await attach(await login('c2staff'), pdfBytes(), 'x.pdf')).status).toBe(403);
    const listed = await api('GET', `/api/v1/monthly-reports/${id}/attachments`, { token: await login('center') });
    expect(listed.body.map((a: any) => a.id)).toEqual([photo.body.id]);
    const download = await fetch(`${baseUrl()}/api/v1/monthly-reports/attachments/${photo.body.id}/content`, { headers: { authorization: `Bearer ${leader}` } });
    expect(Buffer.from(await download.arrayBuffer()).equals(pdfBytes('活动照片'))).toBe(true);
    expect((await fetch(`${baseUrl()}/api/v1/monthly-reports/attachments/${photo.body.id}/content`, { headers: { authorization: `Bearer ${await login('c2leader')}` } })).status).toBe(403);
    expect((await api('POST', `/api/v1/monthly-reports/${id}/sign-off`, { token: leader })).body.code).toBe('event_not_allowed');
    expect((await api('POST', `/api/v1/monthly-reports/${id}/submit`, { token: staff })).body.status).toBe('submitted');
    expect((await api('PATCH', `/api/v1/monthly-reports/${id}`, { token: staff, body: { notes: 'x' } })).status).toBe(409);
    expect((await api('POST', `/api/v1/monthly-reports/${id}/sign-off`, { token: staff })).status).toBe(403);
    const noComment = await api('POST', `/api/v1/monthly-reports/${id}/return`, { token: leader, body: {} });
    expect(noComment.body.errors).toEqual([expect.objectContaining({ field: 'comment', code: 'required' })]);
    const returned = await api('POST', `/api/v1/monthly-reports/${id}/return`, { token: leader, body: { comment: '请补充新增合作单位' } });
    expect(returned.body).toMatchObject({ status: 'returned', returnComment: '请补充新增合作单位' });
    const edited = await api('PATCH', `/api/v1/monthly-reports/${id}`, { token: staff, body: { newPartners: '晋中智能装备制造有限公司' }, headers: { 'if-match': `"${returned.body.version}"` } });
    expect(edited.body).toMatchObject({ status: 'returned', newPartners: '晋中智能装备制造有限公司', workDone: '走访企业 3 家' });
    const stale = await api('PATCH', `/api/v1/monthly-reports/${id}`, { token: staff, body: { notes: 'x' }, headers: { 'if-match': `"${returned.body.version}"` } });
    expect(stale.body.code).toBe('version_conflict');
    await api('POST', `/api/v1/monthly-reports/${id}/submit`, { token: staff });
    const signed = await api('POST', `/api/v1/monthly-reports/${id}/sign-off`, { token: leader });
    expect(signed.body.status).toBe('signed_off');
    expect(Date.parse(signed.body.signedOffAt)).toBeLessThanOrEqual(Date.now());
    expect((await api('POST', `/api/v1/monthly-reports/${id}/sign-off`, { token: leader })).status).toBe(409);
    expect((await attach(staff, pdfBytes(), 'late.pdf')).status).toBe(409);
  });

  it('keeps each college to its own reports, and lets the center see them all', async () => {
    const created = await api('POST', '/api/v1/monthly-reports', { token: await login('c2staff'), body: { month } });
    const id = created.body.id;
    for (const res of [
      await api('GET', `/api/v1/monthly-reports/${id}`, { token: await login('c1staff') }),
      await api('POST', `/api/v1/monthly-reports/${id}/submit`, { token: await login('c1staff') }),
      await api('POST', `/api/v1/monthly-reports/${id}/sign-off`, { token: await login('c1leader') }),
      await api('GET', `/api/v1/monthly-reports?collegeId=${created.body.collegeId}`, { token: await login('c1leader') }),
      await api('GET', `/api/v1/monthly-reports/matrix?year=2026&collegeId=${created.body.collegeId}`, { token: await login('c1staff') }),
    ]) expect({ status: res.status, code: res.body.code }).toEqual({ status: 403, code: 'forbidden_college' });
    expect((await api('POST', '/api/v1/monthly-reports', { token: await login('center'), body: { month } })).status).toBe(403);
    const own = await api('GET', `/api/v1/monthly-reports?month=${month}`, { token: await login('c1staff') });
    expect(own.body.items.map((r: any) => r.collegeId)).toEqual([(await me(await login('c1staff'))).collegeId]);
    const all = await api('GET', `/api/v1/monthly-reports?month=${month}`, { token: await login('center') });
    expect(all.body.total).toBe(2);
    const matrix = await api('GET', `/api/v1/monthly-reports/matrix?year=${month.slice(0, 4)}`, { token: await login('assessor') });
    expect(matrix.body.rows).toHaveLength(2);
    const mine = await api('GET', `/api/v1/monthly-reports/matrix?year=${month.slice(0, 4)}`, { token: await login('c1leader') });
    expect(mine.body.rows).toHaveLength(1);
    expect(mine.body.rows[0].cells[month]).toBe('on_time');
    expect((await api('GET', '/api/v1/monthly-reports/matrix', { token: await login('center') })).status).toBe(400);
  });
});

describe('notifications (站内信)', () => {
  it('lists newest first, counts unread, marks one or all read, and never shows another user’s', async () => {
    // c2's agreement goes to the center and comes back: the worker tells the center, then the college
    const a = await createAgreement('c2staff');
    await uploadAll('c2staff', a.id, 'research_report', 'inspection_report', 'cooperation_plan', 'meeting_minutes', 'feasibility_report');
    await step('c2staff', a.id, 'SUBMIT');
    await step('c2staff', a.id, 'SUBMIT');
    await step('center', a.id, 'REJECT', { comment: '请补充材料' });
    const leader = await login('c2leader');
    const mine = async () => (await api('GET', '/api/v1/notifications?pageSize=100', { token: leader })).body.items as any[];
    const notice = await eventually('the college hears it was returned', async () => (await mine()).find((n) => n.link === `/agreements/${a.id}`));
    expect(notice).toMatchObject({ kind: 'waiting', readAt: null });
    expect(notice.title).toContain('已退回');
    const centerNotice = await eventually('the center heard of the review', async () =>
      ((await api('GET', '/api/v1/notifications?pageSize=100', { token: await login('center') })).body.items as any[]).find((n) => n.link === `/agreements/${a.id}`));

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
    const centerStill = await api('GET', '/api/v1/notifications?unread=true&pageSize=100', { token: await login('center') });
    expect(centerStill.body.items.map((n: any) => n.id)).toContain(centerNotice.id);
  });
});
