import { api, login } from './support/api';
import { agreementAt, createAgreement } from './support/agreements';

describe('academic calendar (校历)', () => {
  it('shows vacation months, due day, offsets and semesters to everyone; only admins change them', async () => {
    const cal = await api('GET', '/api/v1/calendar', { token: await login('c1staff') });
    expect(cal.body).toMatchObject({ timeZone: 'Asia/Shanghai', vacationMonths: [2, 7, 8], monthlyDueDay: 5, offsets: { selfCheckBeforeDays: [14, 3], expiryBeforeDays: [90, 30] } });
    expect(cal.body.semesters.length).toBeGreaterThanOrEqual(2);
    expect((await api('PUT', '/api/v1/calendar', { token: await login('c1leader'), body: { monthlyDueDay: 10 } })).status).toBe(403);
    const admin = await login('admin');
    const changed = await api('PUT', '/api/v1/calendar', { token: admin, body: { offsets: { waitingWorkingDays: 5 } } });
    expect(changed.body.offsets).toMatchObject({ waitingWorkingDays: 5, monthlyBeforeDays: [3] });
    await api('PUT', '/api/v1/calendar', { token: admin, body: { offsets: { waitingWorkingDays: 3 } } });
    const bad = await api('PUT', '/api/v1/calendar', { token: admin, body: { vacationMonths: [13], monthlyDueDay: 31, offsets: { expiryBeforeDays: ['soon'] } } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: any) => e.field).sort()).toEqual(['monthlyDueDay', 'offsets.expiryBeforeDays', 'vacationMonths']);
  });

  it('adds, changes and deletes semesters, checking names and dates', async () => {
    const admin = await login('admin');
    const y = 2100 + Math.floor(Math.random() * 800);
    const name = `${y}-${y + 1}-1`;
    const created = await api('POST', '/api/v1/calendar/semesters', { token: admin, body: { name, startsOn: `${y}-09-01`, endsOn: `${y + 1}-01-20`, selfCheckDueOn: `${y + 1}-01-10` } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name, selfCheckDueOn: `${y + 1}-01-10` });
    expect((await api('POST', '/api/v1/calendar/semesters', { token: admin, body: { name, startsOn: `${y}-09-01`, endsOn: `${y + 1}-01-20`, selfCheckDueOn: `${y + 1}-01-10` } })).status).toBe(409);
    const outside = await api('PATCH', `/api/v1/calendar/semesters/${created.body.id}`, { token: admin, body: { selfCheckDueOn: `${y + 1}-03-01` } });
    expect(outside.status).toBe(422);
    const moved = await api('PATCH', `/api/v1/calendar/semesters/${created.body.id}`, { token: admin, body: { selfCheckDueOn: `${y + 1}-01-15` } });
    expect(moved.body.selfCheckDueOn).toBe(`${y + 1}-01-15`);
    expect((await api('POST', '/api/v1/calendar/semesters', { token: admin, body: { name: 'autumn', startsOn: 'x', endsOn: 'y', selfCheckDueOn: 'z' } })).status).toBe(400);
    expect((await api('POST', '/api/v1/calendar/semesters', { token: await login('center'), body: { name } })).status).toBe(403);
    expect((await api('DELETE', `/api/v1/calendar/semesters/${created.body.id}`, { token: admin })).status).toBe(204);
    expect((await api('DELETE', `/api/v1/calendar/semesters/${created.body.id}`, { token: admin })).status).toBe(404);
  });
});

describe('self-check obligations and 催办', () => {
  it('lists what each running agreement owes per semester, for its own college only', async () => {
    const running = await agreementAt(11);
    const mine = await api('GET', '/api/v1/self-check-obligations', { token: await login('c1staff') });
    const items = mine.body.items.filter((i: any) => i.agreementId === running.id);
    expect(items.length).toBeGreaterThanOrEqual(1);
    expect(items.every((i: any) => ['pending', 'late'].includes(i.status) && i.submittedAt === null)).toBe(true);
    const other = await api('GET', '/api/v1/self-check-obligations', { token: await login('c2staff') });
    expect(other.body.items.some((i: any) => i.agreementId === running.id)).toBe(false);
    expect((await api('GET', '/api/v1/self-check-obligations?semester=bad', { token: await login('center') })).status).toBe(400);
  });

  it('lets the college nudge the reviewers of a waiting step once a day', async () => {
    const waiting = await agreementAt(2);
    const first = await api('POST', `/api/v1/agreements/${waiting.id}/nudge`, { token: await login('c1staff') });
    expect(first.status).toBe(200);
    expect(first.body.reviewers).toEqual(['center_staff']);
    expect(first.body.deliveries).toBeGreaterThanOrEqual(1);
    expect((await api('POST', `/api/v1/agreements/${waiting.id}/nudge`, { token: await login('c1leader') })).status).toBe(429);
    expect((await api('POST', `/api/v1/agreements/${waiting.id}/nudge`, { token: await login('c2staff') })).status).toBe(403);
    expect((await api('POST', `/api/v1/agreements/${waiting.id}/nudge`, { token: await login('center') })).status).toBe(403);
    const fresh = await createAgreement();
    expect((await api('POST', `/api/v1/agreements/${fresh.id}/nudge`, { token: await login('c1staff') })).status).toBe(409);
    const inbox = await api('GET', '/api/v1/notifications?pageSize=100', { token: await login('center') });
    expect(inbox.body.items.some((n: any) => n.reminderKey === first.body.key)).toBe(true);
  });
});
