import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { PrivateRedis } from './support/private-redis';
import { client, eventually, Stack, startStack } from './support/stack';
import { atCenterReview, toAwaitingFiling } from './support/stack-flows';

/** Redis wiped under a running worker (item 8): the job schedulers come back and the sweeps keep running. */
describe('Redis wiped under a running worker', () => {
  const redis = new PrivateRedis();
  let stack: Stack;
  let api: ReturnType<typeof client>;
  let reminders: Queue;

  const schedulers = async () => {
    const [daily, deadlines] = await Promise.all([reminders.getJobScheduler('daily-reminders'), reminders.getJobScheduler('deadlines')]);
    return daily && deadlines ? { daily, deadlines } : undefined;
  };
  const deadlineEvents = async (id: string) => (await api.ok('GET', `/api/v1/agreements/${id}/history`, 'center')).filter((h: any) => h.event === 'DEADLINE_PASSED');

  beforeAll(async () => {
    await redis.start();
    stack = await startStack({ redisUrl: redis.url, env: { DEADLINE_SWEEP_EVERY_MS: '1000', SCHEDULER_CHECK_EVERY_MS: '1000' } });
    api = client(stack.url);
    reminders = new Queue('reminders', { connection: { host: '127.0.0.1', port: redis.port, maxRetriesPerRequest: null }, prefix: stack.env.QUEUE_PREFIX });
    reminders.on('error', () => undefined); // the restart case drops this connection on purpose
  }, 120_000);
  afterAll(async () => {
    await reminders?.close();
    await stack?.stop();
    await redis.destroy();
  });

  it('after FLUSHALL both schedulers exist again and the deadline sweep still fires DEADLINE_PASSED on its own', async () => {
    expect(await eventually('the schedulers are registered', schedulers)).toMatchObject({ daily: { pattern: '0 8 * * *', tz: 'Asia/Shanghai' }, deadlines: { every: 1000 } });
    await api.setClock('2026-11-02T02:00:00.000Z');
    const a = await toAwaitingFiling(api, (await atCenterReview(stack, api, 'Redis 清空测试')).id, '2026-11-02T01:00:00.000Z');
    expect(a.filingDueAt).toBe('2026-11-09T15:59:59.999Z'); // the end of day 7 in Shanghai

    const admin = new Redis(redis.url);
    try {
      expect(await admin.flushall()).toBe('OK');
    } finally {
      admin.disconnect();
    }
    // the deadline passes only after the wipe: only a sweep scheduled after it can notice
    await api.setClock('2026-11-09T16:00:30.000Z');
    expect(await eventually('the schedulers are back', schedulers, 30_000)).toMatchObject({ daily: { pattern: '0 8 * * *' }, deadlines: { every: 1000 } });
    const fired = await eventually('the scheduled deadline sweep fires DEADLINE_PASSED', async () => {
      const events = await deadlineEvents(a.id);
      return events.length ? events : undefined;
    }, 30_000);
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({ actor: { username: 'system' }, data: { kind: 'filing' } });
  }, 90_000);

  it('after Redis restarts empty (its data gone) the schedulers are registered again', async () => {
    await redis.stop();
    rmSync(join(redis.dir, 'appendonlydir'), { recursive: true, force: true });
    await redis.start();
    expect(await eventually('the schedulers are back after the restart', schedulers, 30_000)).toMatchObject({ daily: { pattern: '0 8 * * *' }, deadlines: { every: 1000 } });
    await api.setClock('2026-11-02T02:00:00.000Z');
    const b = await toAwaitingFiling(api, (await atCenterReview(stack, api, 'Redis 重启测试')).id, '2026-11-02T01:00:00.000Z');
    await api.setClock('2026-11-09T16:00:30.000Z');
    await eventually('the deadline sweep runs after the restart', async () => (await deadlineEvents(b.id)).length === 1, 30_000);
  }, 90_000);
});
