import { TEST_REDIS_URL } from './support/services';
import { client, Stack, startStack } from './support/stack';
import { atCenterReview, query } from './support/stack-flows';

const N = 300;

/**
 * Many agreements in one sweep (the set-based path: audiences resolved in memory, rows written in chunks, jobs queued
 * in bulk): exact counts; a second sweep adds nothing; a reviewer added later still gets every reminder that has not
 * expired, once.
 */
describe.each([
  ['Redis', TEST_REDIS_URL],
  ['PostgreSQL', null],
])('a sweep over many agreements, queue on %s', (_, redisUrl) => {
  let stack: Stack;
  let api: ReturnType<typeof client>;

  beforeAll(async () => {
    stack = await startStack({ redisUrl });
    api = client(stack.url);
  }, 120_000);
  afterAll(() => stack?.stop());

  const counts = async () => (await query(stack, `SELECT
      (SELECT count(*)::int FROM notifications WHERE reminder_key LIKE 'waiting:%') AS inbox,
      (SELECT count(DISTINCT user_id)::int FROM notifications WHERE reminder_key LIKE 'waiting:%') AS people,
      (SELECT count(*)::int FROM deliveries WHERE reminder_key LIKE 'waiting:%' AND channel = 'inbox') AS "inboxDeliveries",
      (SELECT count(*)::int FROM deliveries WHERE reminder_key LIKE 'waiting:%' AND channel = 'email') AS emails`))[0];

  it('records each waiting reminder once per recipient and channel; the second sweep adds nothing; a reviewer added later gets them', async () => {
    await api.setClock('2026-11-30T02:00:00.000Z'); // Monday
    const a = await atCenterReview(stack, api, '批量催办测试');
    // N − 1 more agreements waiting at the center's review since the same moment, copied from the one made through the API
    await query(stack, `
      INSERT INTO agreements (title, college_id, partner_id, cooperation_type, requires_demonstration, content, start_date, end_date, stage, state,
        snapshot, machine_version, version, created_by, created_at, updated_at, entered_state_at)
      SELECT a.title || ' ' || g, a.college_id, a.partner_id, a.cooperation_type, a.requires_demonstration, a.content, a.start_date, a.end_date, a.stage, a.state,
        a.snapshot, a.machine_version, a.version, a.created_by, a.created_at, a.updated_at, a.entered_state_at
      FROM agreements a CROSS JOIN generate_series(2, $2::int) AS g WHERE a.id = $1`, [a.id, N]);
    await api.setClock('2026-12-10T02:00:00.000Z'); // Thursday of the next week: more than 3 working days

    const first = await api.runReminders();
    expect(await counts()).toEqual({ inbox: N, people: 1, inboxDeliveries: N, emails: N }); // the center, by inbox and e-mail
    expect(first.deliveriesCreated).toBeGreaterThanOrEqual(2 * N);
    const queued = await query(stack, `SELECT count(*)::int AS n FROM deliveries WHERE reminder_key LIKE 'waiting:%' AND channel = 'email' AND status = 'pending'`);
    expect(queued[0].n).toBeLessThanOrEqual(N);

    const second = await api.runReminders();
    expect([second.reminders, second.deliveriesCreated]).toEqual([first.reminders, 0]);
    expect(await counts()).toEqual({ inbox: N, people: 1, inboxDeliveries: N, emails: N });

    // a second reviewer at the center, with an e-mail address: the reminders still due reach them too, once
    await api.ok('POST', '/api/v1/users', 'admin', { username: 'center2', displayName: '中心 新同事', password: 'demo123456', roles: ['center_staff'], email: 'center2@demo.edu.cn' });
    const third = await api.runReminders();
    expect(third.deliveriesCreated).toBe(2 * N);
    expect(await counts()).toEqual({ inbox: 2 * N, people: 2, inboxDeliveries: 2 * N, emails: 2 * N });
    expect((await api.runReminders()).deliveriesCreated).toBe(0);
    const dupes = await query(stack, `SELECT reminder_key, recipient, channel FROM deliveries GROUP BY 1, 2, 3 HAVING count(*) > 1`);
    expect(dupes).toEqual([]);
  }, 120_000);
});
