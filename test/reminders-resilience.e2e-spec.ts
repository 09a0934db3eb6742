import { PrivateRedis } from './support/private-redis';
import { client, eventually, Stack, startStack } from './support/stack';
import { atCenterReview, query } from './support/stack-flows';
import { WebhookReceiver } from './support/webhook-receiver';

const inboxKeys = async (api: ReturnType<typeof client>, user: string): Promise<string[]> =>
  (await api.ok('GET', '/api/v1/notifications?pageSize=100', user)).items.map((n: any) => n.reminderKey as string);

describe('Redis stopped while transitions happen', () => {
  const redis = new PrivateRedis();
  let stack: Stack;
  let api: ReturnType<typeof client>;

  beforeAll(async () => {
    await redis.start();
    stack = await startStack({ redisUrl: redis.url });
    api = client(stack.url);
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
    await redis.destroy();
  });

  it('keeps the events in the outbox and delivers every notification once Redis is back', async () => {
    const a = await atCenterReview(stack, api, 'Redis 停机测试');
    await eventually('the center hears of the review', async () => (await inboxKeys(api, 'center')).some((k) => k.startsWith('item:')));

    await redis.stop();
    const rejected = await api.call('POST', `/api/v1/agreements/${a.id}/events`, 'center', { type: 'REJECT', comment: '补充考察报告' });
    expect(rejected.status).toBe(200);
    const resubmitted = await api.call('POST', `/api/v1/agreements/${a.id}/events`, 'c1leader', { type: 'SUBMIT' });
    expect(resubmitted.status).toBe(200);
    const waiting = await query(stack, `SELECT id FROM outbox WHERE published_at IS NULL AND aggregate_id = $1 ORDER BY id`, [a.id]);
    expect(waiting).toHaveLength(2);
    expect((await api.call('GET', '/health/ready')).status).toBe(503);
    // the admin API and the queue dashboard say what they can: the events wait in the outbox, the queue cannot answer
    const [{ unpublished }] = await query(stack, 'SELECT count(*)::int AS unpublished FROM outbox WHERE published_at IS NULL');
    expect((await api.ok('GET', '/api/v1/admin/queues', 'admin')).outbox.unpublished).toBe(unpublished);
    const board = await api.call('GET', '/admin/queues/api/queues', 'admin');
    expect(board.status).toBe(503);
    expect(board.body).toMatchObject({ status: 503, code: 'service_unavailable' });

    await redis.start();
    await eventually('the outbox drains', async () => (await query(stack, 'SELECT 1 FROM outbox WHERE published_at IS NULL')).length === 0, 30_000);
    const [rejectEvent] = waiting.map((r) => r.id);
    // the resubmission opened a new center review item while Redis was down: its 待办 notice arrives now
    const [{ id: reviewItem }] = await query(stack, `SELECT id FROM work_items WHERE subject_id = $1 AND status = 'open'`, [a.id]);
    await eventually('both notifications arrive', async () => {
      const college = await inboxKeys(api, 'c1staff');
      const center = await inboxKeys(api, 'center');
      return college.includes(`college:${rejectEvent}`) && center.includes(`item:${reviewItem}`);
    }, 30_000);
    const dupes = await query(stack, `SELECT reminder_key, user_id FROM notifications GROUP BY 1, 2 HAVING count(*) > 1`);
    expect(dupes).toEqual([]);
    expect((await api.call('GET', '/health/ready')).status).toBe(200);
  }, 120_000);
});

describe('webhook deliveries', () => {
  const hook = new WebhookReceiver();
  let stack: Stack;
  let api: ReturnType<typeof client>;
  let agreementId: string;

  beforeAll(async () => {
    await hook.start();
    stack = await startStack({ redisUrl: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', env: { APP_ROLE: 'api', WEBHOOK_URL: hook.url, WEBHOOK_FORMAT: 'wecom', DELIVERY_ATTEMPTS: '4', DELIVERY_BACKOFF_MS: '200', WORKER_LOCK_MS: '2000' } });
    api = client(stack.url);
    await api.setClock('2026-11-23T02:00:00.000Z');
    agreementId = (await atCenterReview(stack, api, '催办投递测试')).id;
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
    await hook.stop();
  });

  const nudges = () => hook.received.filter((r) => r.body.text?.content?.includes('催办：'));

  it('a worker killed mid-delivery: the job is taken over and the reminder is delivered once', async () => {
    let first: ((v: unknown) => void) | undefined;
    const reached = new Promise((resolve) => (first = resolve));
    hook.respond = (r, res) => {
      if (r.body.text?.content?.includes('催办：') && nudges().length === 1) first!(r); // hold the first attempt open
      else res.end('{"errcode":0}');
    };
    const worker = await stack.spawnWorker();
    const nudge = await api.ok('POST', `/api/v1/agreements/${agreementId}/nudge`, 'c1staff');
    await reached;
    worker.kill('SIGKILL');
    await stack.spawnWorker();
    const [delivery] = await eventually('the webhook delivery is sent', async () => {
      const rows = await query(stack, `SELECT * FROM deliveries WHERE reminder_key = $1 AND channel = 'webhook' AND status = 'sent'`, [nudge.key]);
      return rows.length ? rows : undefined;
    }, 30_000);
    expect(new Set(nudges().map((r) => r.deliveryId))).toEqual(new Set([delivery.id]));
    const attempts = await query(stack, `SELECT outcome FROM delivery_attempts WHERE delivery_id = $1 AND outcome = 'sent'`, [delivery.id]);
    expect(attempts).toHaveLength(1);
    const again = await api.call('POST', `/api/v1/agreements/${agreementId}/nudge`, 'c1staff');
    expect(again.status).toBe(429);
  }, 60_000);

  it('a webhook that fails twice then succeeds is retried with backoff and every attempt is logged', async () => {
    await api.setClock('2026-11-24T02:00:00.000Z');
    let calls = 0;
    hook.respond = (r, res) => {
      if (r.body.text?.content?.includes('催办：') && ++calls <= 2) {
        res.statusCode = 500;
        res.end('{"errcode":500}');
      } else res.end('{"errcode":0}');
    };
    const nudge = await api.ok('POST', `/api/v1/agreements/${agreementId}/nudge`, 'c1staff');
    const delivery = await eventually('sent after two failures', async () => {
      const list = await api.ok('GET', '/api/v1/admin/deliveries?channel=webhook&pageSize=100', 'admin');
      return list.items.find((d: any) => d.reminderKey === nudge.key && d.status === 'sent');
    }, 30_000);
    expect(delivery.attempts).toBe(3);
    expect(delivery.attemptLog.map((a: any) => a.outcome)).toEqual(['failed', 'failed', 'sent']);
    expect(delivery.attemptLog[0].error).toContain('HTTP 500');
    expect(delivery.lastError).toBeNull();
  }, 60_000);

  it('a webhook that keeps failing is listed for admins as failed, and an admin retry delivers it', async () => {
    await api.setClock('2026-11-25T02:00:00.000Z');
    let down = true;
    hook.respond = (r, res) => {
      if (down && r.body.text?.content?.includes('催办：')) {
        res.statusCode = 503;
        res.end('busy');
      } else res.end('{"errcode":0}');
    };
    const nudge = await api.ok('POST', `/api/v1/agreements/${agreementId}/nudge`, 'c1staff');
    const failed = await eventually('listed as failed', async () => {
      const list = await api.ok('GET', '/api/v1/admin/deliveries?status=failed', 'admin');
      return list.items.find((d: any) => d.reminderKey === nudge.key);
    }, 30_000);
    expect(failed.attempts).toBe(4);
    expect((await api.call('GET', '/api/v1/admin/deliveries?status=failed', 'center')).status).toBe(403);
    down = false;
    const retried = await api.ok('POST', `/api/v1/admin/deliveries/${failed.id}/retry`, 'admin');
    expect(retried.status).toBe('pending');
    await eventually('sent after the retry', async () => {
      const [d] = await query(stack, 'SELECT status FROM deliveries WHERE id = $1', [failed.id]);
      return d.status === 'sent';
    }, 30_000);
    const queues = await api.ok('GET', '/api/v1/admin/queues', 'admin');
    expect(queues).toMatchObject({ backend: 'redis', dashboard: '/admin/queues' });
    // failed jobs are retried from the queue dashboard (bull-board), for admins only
    const retriedJobs = await api.call('PUT', '/admin/queues/api/queues/deliveries/retry/failed', 'admin');
    expect(retriedJobs.status).toBe(200);
    expect((await api.call('PUT', '/admin/queues/api/queues/nope/retry/failed', 'admin')).status).toBe(404);
    expect((await api.call('PUT', '/admin/queues/api/queues/deliveries/retry/failed', 'center')).status).toBe(403);
  }, 60_000);
});
