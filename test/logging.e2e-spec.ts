import { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD } from './support/api';
import { TEST_REDIS_URL } from './support/services';
import { client, eventually, Stack, startStack } from './support/stack';
import { query, uploadTo } from './support/stack-flows';
import { WebhookReceiver } from './support/webhook-receiver';

type Line = Record<string, any>;

/** Every line of a log file, each of which must be one JSON object. */
function lines(file: string): Line[] {
  if (!existsSync(file)) return []; // not written to yet
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => {
      try {
        return JSON.parse(l) as Line;
      } catch {
        throw new Error(`not a JSON line: ${l}`);
      }
    });
}

/**
 * The logs of a real API process and a real worker process, as they write them: JSON lines, one request id carried
 * from the request into the outbox, the queue jobs and the deliveries it causes (in the other process), and no
 * password, token or cookie anywhere. Once with the queue on Redis, once on PostgreSQL.
 */
describe.each([
  ['redis', TEST_REDIS_URL],
  ['postgres', null],
] as const)('logs (%s queue)', (_backend, redisUrl) => {
  const hook = new WebhookReceiver();
  const dir = mkdtempSync(join(tmpdir(), 'coop-logs-'));
  const apiLog = join(dir, 'api.log');
  const workerLog = join(dir, 'worker.log');
  let stack: Stack;
  let worker: ChildProcess;
  let api: ReturnType<typeof client>;

  beforeAll(async () => {
    await hook.start();
    // the API only serves; a worker process of its own relays the outbox and runs the jobs
    stack = await startStack({ redisUrl, env: { APP_ROLE: 'api', LOG_LEVEL: 'info', WEBHOOK_URL: hook.url }, logFile: apiLog });
    worker = await stack.spawnWorker({}, { logFile: workerLog });
    await eventually('the worker starts', async () => lines(workerLog).some((l) => l.msg === 'workers started'), 60_000);
    api = client(stack.url);
  }, 120_000);
  afterAll(async () => {
    worker?.kill('SIGTERM');
    await stack?.stop();
    await hook.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('carries the request id of a request into its outbox event, the jobs it causes and their deliveries, in another process', async () => {
    const requestId = `spec-submit-${Date.now()}`;
    const me = await api.ok('GET', '/api/v1/auth/me', 'c1staff');
    const partner = (await api.ok('GET', '/api/v1/partners?status=active', 'c1staff')).items[0];
    const major = (await api.ok('GET', `/api/v1/majors?collegeId=${me.collegeId}`, 'c1staff')).items[0];
    const created = await api.call('POST', '/api/v1/agreements', 'c1staff', { title: '日志追踪测试', partnerId: partner.id, cooperationType: 'internship', majorIds: [major.id] });
    expect(created.status).toBe(201);
    await uploadTo(stack, api, created.body.id, 'research_report');

    // the college's SUBMIT opens the college leader's 待办: an inbox notice, an e-mail and the webhook
    const token = await api.token('c1staff');
    const res = await fetch(`${stack.url}/api/v1/agreements/${created.body.id}/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'x-request-id': requestId },
      body: JSON.stringify({ type: 'SUBMIT' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe(requestId);

    // the request's own line, in the API process
    const [requestLine] = await eventually('the request line', async () => {
      const found = lines(apiLog).filter((l) => l.reqId === requestId && l.msg === 'request completed');
      return found.length ? found : undefined;
    });
    expect(requestLine).toMatchObject({ level: 'info', req: { method: 'POST', url: `/api/v1/agreements/${created.body.id}/events` }, res: { statusCode: 200 }, userId: me.id });

    // the outbox row, the domain-event job that handled it, and each delivery it caused, in the worker process
    const [outbox] = await query(stack, `SELECT request_id FROM outbox WHERE aggregate_id = $1 AND payload->>'event' = 'SUBMIT'`, [created.body.id]);
    expect(outbox.request_id).toBe(requestId);
    // the domain-event job records the deliveries, then queues the e-mails and the webhook
    await eventually('the domain event is handled', async () => lines(workerLog).some((l) => l.reqId === requestId && l.msg === 'job completed' && l.queue === 'domain-events'), 30_000);
    const deliveries: Array<{ channel: string }> = await query(stack, `SELECT channel FROM deliveries WHERE request_id = $1`, [requestId]);
    expect([...new Set(deliveries.map((d) => d.channel))].sort()).toEqual(['email', 'inbox', 'webhook']);
    const queued = deliveries.filter((d) => d.channel !== 'inbox').length;
    const sent = await eventually('every e-mail and the webhook are sent', async () => {
      const found = lines(workerLog).filter((l) => l.reqId === requestId && l.msg === 'delivery sent');
      return found.length === queued ? found : undefined;
    }, 30_000);
    expect([...new Set(sent.map((l) => l.channel))].sort()).toEqual(['email', 'webhook']);
    // one line per job done: the domain event's, and each delivery's
    const jobs = await eventually('the jobs are done', async () => {
      const found = lines(workerLog).filter((l) => l.reqId === requestId && l.msg === 'job completed');
      return found.length === queued + 1 ? found : undefined;
    });
    expect(jobs.map((l) => l.queue).sort()).toEqual(['domain-events', ...Array(queued).fill('deliveries')].sort());
    // and the webhook's receiver is told which request it was, as is the admin listing the deliveries
    expect(hook.received.filter((r) => r.requestId === requestId)).toHaveLength(1);
    const listed = await api.ok('GET', '/api/v1/admin/deliveries?channel=webhook&status=sent', 'admin');
    expect(listed.items.filter((d: { requestId: string }) => d.requestId === requestId)).toHaveLength(1);
  }, 60_000);

  it('writes no password, token or cookie: the header lines say [Redacted]', async () => {
    const requestId = `spec-login-${Date.now()}`;
    const login = await fetch(`${stack.url}/api/v1/auth/login?password=${DEMO_PASSWORD}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': requestId },
      body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const { accessToken } = (await login.json()) as { accessToken: string };
    const wrong = await api.call('POST', '/api/v1/auth/login', undefined, { username: 'admin', password: 'wrong-Passw0rd-in-a-log?' });
    expect(wrong.status).toBe(401);
    const changed = await api.call('POST', '/api/v1/auth/password', 'c2staff', { currentPassword: 'not-the-Current-one', newPassword: 'new-Passw0rd-never-logged' });
    expect(changed.status).toBe(401);

    const meId = `spec-me-${Date.now()}`;
    expect((await fetch(`${stack.url}/api/v1/auth/me`, { headers: { authorization: `Bearer ${accessToken}`, 'x-request-id': meId } })).status).toBe(200);
    const session = await fetch(`${stack.url}/api/v1/admin/queues/session`, { method: 'POST', headers: { authorization: `Bearer ${accessToken}` } });
    expect(session.status).toBe(200);
    const cookie = session.headers.getSetCookie()[0].split(';')[0];
    const boardId = `spec-board-${Date.now()}`;
    expect((await fetch(`${stack.url}/admin/queues/api/queues`, { headers: { cookie, 'x-request-id': boardId } })).status).toBe(200);

    const log = await eventually('the lines are written', async () => {
      const all = lines(apiLog);
      return [requestId, meId, boardId].every((id) => all.some((l) => l.reqId === id && l.msg === 'request completed')) ? all : undefined;
    });
    const text = readFileSync(apiLog, 'utf8') + readFileSync(workerLog, 'utf8');
    for (const secret of [DEMO_PASSWORD, 'wrong-Passw0rd-in-a-log?', 'not-the-Current-one', 'new-Passw0rd-never-logged', accessToken, cookie.split('=')[1], accessToken.split('.')[2]]) {
      expect(text).not.toContain(secret);
    }
    const loginLine = log.find((l) => l.reqId === requestId && l.msg === 'request completed')!;
    expect(loginLine.req.url).toBe('/api/v1/auth/login?password=[Redacted]');
    expect(log.find((l) => l.reqId === meId && l.msg === 'request completed')!.req.headers.authorization).toBe('[Redacted]');
    expect(log.find((l) => l.reqId === boardId && l.msg === 'request completed')!.req.headers.cookie).toBe('[Redacted]');
    const sessionLine = log.find((l) => l.req?.url === '/api/v1/admin/queues/session' && l.msg === 'request completed')!;
    expect(sessionLine.res.headers['set-cookie']).toBe('[Redacted]');
    // the secret the tokens are signed with, and the database URL's parts, are nowhere either
    expect(text).not.toContain(String(stack.env.JWT_SECRET));
  }, 60_000);

  it('logs JSON lines with a level, a time and the process, from start-up to the worker', async () => {
    for (const file of [apiLog, workerLog]) {
      const all = lines(file);
      expect(all.length).toBeGreaterThan(5);
      for (const l of all) expect(l).toEqual(expect.objectContaining({ level: expect.stringMatching(/^(trace|debug|info|warn|error|fatal)$/), time: expect.any(String), pid: expect.any(Number) }));
    }
    expect(lines(apiLog).some((l) => l.context === 'Bootstrap' && l.msg === 'listening')).toBe(true);
    expect(lines(workerLog).some((l) => l.context === 'Bootstrap' && l.msg === 'worker started')).toBe(true);
  });
});
