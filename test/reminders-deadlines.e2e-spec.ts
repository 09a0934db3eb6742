import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_REDIS_URL } from './support/services';
import { client, eventually, Stack, startStack } from './support/stack';
import { atCenterReview, query, toAwaitingFiling } from './support/stack-flows';

describe.each([
  ['Redis', TEST_REDIS_URL],
  ['PostgreSQL', null],
])('deadlines and duplicates, queue on %s', (_, redisUrl) => {
  let stack: Stack;
  let api: ReturnType<typeof client>;

  beforeAll(async () => {
    stack = await startStack({ redisUrl, env: { DEADLINE_SWEEP_EVERY_MS: '1000' } });
    api = client(stack.url);
  }, 120_000);
  afterAll(() => stack?.stop());

  it('reminds on day 5 and day 7 after signing; overdue from the first second of day 8 in Shanghai, DEADLINE_PASSED exactly once', async () => {
    await api.setClock('2026-11-02T02:00:00.000Z'); // Monday 10:00 in Shanghai
    const a = await toAwaitingFiling(api, (await atCenterReview(stack, api, '备案期限测试项目')).id, '2026-11-02');
    expect(a.signedAt).toBe('2026-11-02');
    expect(a.filingDueAt).toBe('2026-11-09T15:59:59.999Z'); // 23:59:59.999 on the 9th, Shanghai
    const keysFor = async (user: string) =>
      (await api.ok('GET', '/api/v1/notifications?pageSize=100', user)).items.map((n: any) => n.reminderKey).filter((k: string) => k.startsWith('filing:'));
    await api.setClock('2026-11-07T01:00:00.000Z');
    await api.runReminders();
    expect(await keysFor('c1staff')).toEqual([`filing:${a.id}:day5`]);
    await api.setClock('2026-11-09T15:59:00.000Z'); // 23:59 on day 7 in Shanghai: still due, not overdue
    await api.runReminders();
    const lastMinute = await api.ok('GET', `/api/v1/agreements/${a.id}`, 'center');
    expect([lastMinute.overdue, (await keysFor('c1staff')).sort()]).toEqual([false, [`filing:${a.id}:day5`, `filing:${a.id}:day7`]]);
    await api.setClock('2026-11-09T16:00:30.000Z'); // 00:00:30 on the 10th in Shanghai: overdue
    const runs = await Promise.all([api.runReminders(), api.runReminders(), api.runReminders()]);
    expect(runs.reduce((n, r) => n + r.deadlineEvents, 0)).toBeLessThanOrEqual(1);
    const history = await api.ok('GET', `/api/v1/agreements/${a.id}/history`, 'center');
    const deadlines = history.filter((h: any) => h.event === 'DEADLINE_PASSED');
    expect(deadlines).toHaveLength(1);
    expect(deadlines[0]).toMatchObject({ actor: { id: null, username: 'system', roles: ['system'] }, from: 'filing.awaitingSubmission', to: 'filing.awaitingSubmission', data: { kind: 'filing' } });
    const after = await api.ok('GET', `/api/v1/agreements/${a.id}`, 'center');
    expect(after.overdue).toBe(true);
    // marking it overdue is no new step: the agreement still entered its state when it was signed
    expect(after.enteredStateAt).toBe(a.enteredStateAt);
    const overdue = await api.ok('GET', '/api/v1/agreements?overdue=true', 'center');
    expect(overdue.items.map((x: any) => x.id)).toContain(a.id);
    expect(await keysFor('c1staff')).toEqual([`filing:${a.id}:overdue`, `filing:${a.id}:day7`, `filing:${a.id}:day5`]);
    expect(await keysFor('center')).toEqual([`filing:${a.id}:overdue`]);
    // the scheduler's own frequent sweep keeps running: still one DEADLINE_PASSED
    await api.setClock('2026-11-10T02:00:00.000Z');
    await api.runReminders();
    expect((await api.ok('GET', `/api/v1/agreements/${a.id}/history`, 'center')).filter((h: any) => h.event === 'DEADLINE_PASSED')).toHaveLength(1);
  }, 60_000);

  it('two more workers on the same sweeps send no duplicate: one e-mail per recipient and reminder', async () => {
    await api.ok('PUT', '/api/v1/calendar', 'admin', { firstMonth: '2026-12' });
    await Promise.all([stack.spawnWorker(), stack.spawnWorker()]);
    await api.setClock('2026-12-05T02:00:00.000Z'); // both colleges are late for December
    await Promise.all(Array.from({ length: 6 }, () => api.runReminders()));
    const [{ pending }] = await query(stack, `SELECT count(*)::int AS pending FROM deliveries WHERE reminder_key LIKE 'monthly:%2026-12:late' AND channel = 'email'`);
    expect(pending).toBe(4); // c1staff, c1leader, c2staff, c2leader
    await eventually('every e-mail sent', async () => {
      const [{ n }] = await query(stack, `SELECT count(*)::int AS n FROM deliveries WHERE channel = 'email' AND status <> 'sent'`);
      return n === 0;
    });
    const sentTwice = await query(stack, `SELECT delivery_id FROM delivery_attempts WHERE outcome = 'sent' GROUP BY 1 HAVING count(*) > 1`);
    expect(sentTwice).toEqual([]);
    const [{ emails }] = await query(stack, `SELECT count(*)::int AS emails FROM deliveries WHERE channel = 'email'`);
    expect(readdirSync(join(stack.dataDir, 'mail')).filter((f) => f.endsWith('.eml'))).toHaveLength(emails);
    const inbox = await query(stack, `SELECT reminder_key, user_id FROM notifications WHERE reminder_key LIKE 'monthly:%2026-12:late'`);
    expect(inbox).toHaveLength(4);
  }, 60_000);
});
