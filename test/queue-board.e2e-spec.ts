import { baseUrl, DEMO_PASSWORD, signJwt } from './support/api';
import { client, Stack, startStack } from './support/stack';

const QUEUE_NAMES = ['reminders', 'deliveries', 'domain-events'];

interface Target {
  url: string;
  backend: 'redis' | 'postgres';
}

async function loginAt(url: string, username: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

async function get(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers, redirect: 'manual' });
  const text = await res.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* the page */
  }
  return { status: res.status, type: res.headers.get('content-type') ?? '', body };
}

/** Opens a dashboard session as `token`'s user; the cookie to send, and what the endpoint said. */
async function openSession(url: string, token?: string) {
  const res = await fetch(`${url}/api/v1/admin/queues/session`, { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, setCookie: res.headers.getSetCookie(), body: (await res.json()) as any };
}

/**
 * The queue dashboard (bull-board at /admin/queues) with the queue on Redis (the shared server) and on PostgreSQL
 * (a stack of its own): who may open it and call its API, and that it lists every queue of the backend.
 */
describe.each(['redis', 'postgres'] as const)('queue dashboard (%s queue)', (backend) => {
  let stack: Stack | undefined;
  let target: Target;

  beforeAll(async () => {
    if (backend === 'postgres') stack = await startStack({ redisUrl: null });
    target = { url: stack?.url ?? baseUrl(), backend };
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it('refuses the anonymous with 401 and non-admins with 403, as problems, page and API alike', async () => {
    const { url } = target;
    for (const path of ['/admin/queues', '/admin/queues/api/queues', '/admin/queues/queue/deliveries']) {
      const anonymous = await get(url + path);
      expect(anonymous.status).toBe(401);
      expect(anonymous.type).toContain('application/problem+json');
      expect(anonymous.body).toMatchObject({ status: 401, code: 'unauthenticated' });
      for (const user of ['center', 'c1staff']) {
        const refused = await get(url + path, { authorization: `Bearer ${await loginAt(url, user)}` });
        expect(refused.status).toBe(403);
        expect(refused.body).toMatchObject({ status: 403, code: 'forbidden_role' });
      }
      // a cookie that is not a session of ours, and an API token passed off as one
      expect((await get(url + path, { cookie: 'coop_board=not-a-token' })).body).toMatchObject({ status: 401, code: 'invalid_token' });
      expect((await get(url + path, { cookie: `coop_board=${await loginAt(url, 'admin')}` })).body).toMatchObject({ status: 401, code: 'invalid_token' });
    }
    expect((await openSession(url)).status).toBe(401);
    const notAdmin = await openSession(url, await loginAt(url, 'center'));
    expect(notAdmin.status).toBe(403);
    expect(notAdmin.setCookie).toEqual([]);
  });

  it('opens for an admin with a session cookie for that path only, and lists every queue through bull-board’s API', async () => {
    const { url } = target;
    const admin = await loginAt(url, 'admin');
    const session = await openSession(url, admin);
    expect(session.status).toBe(200);
    expect(session.body).toEqual({ url: '/admin/queues', expiresAt: expect.any(String) });
    expect(session.setCookie).toHaveLength(1);
    const [pair, ...attributes] = session.setCookie[0].split(';').map((s: string) => s.trim());
    expect(pair).toMatch(/^coop_board=[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(attributes.sort()).toEqual(['HttpOnly', 'Max-Age=900', 'Path=/admin/queues', 'SameSite=Strict']);
    // the session opens the dashboard and nothing else: the API refuses it as a bearer token
    expect((await get(`${url}/api/v1/auth/me`, { authorization: `Bearer ${pair.split('=')[1]}` })).status).toBe(401);

    const page = await get(`${url}/admin/queues`, { cookie: pair });
    expect(page.status).toBe(200);
    expect(page.type).toContain('text/html');
    expect(page.body).toContain('<base href="/admin/queues/"');
    const queues = await get(`${url}/admin/queues/api/queues`, { cookie: pair });
    expect(queues.status).toBe(200);
    expect(queues.body.queues.map((q: { name: string }) => q.name)).toEqual(QUEUE_NAMES);
    for (const q of queues.body.queues) expect(q.counts).toEqual(expect.objectContaining({ waiting: expect.any(Number), failed: expect.any(Number), completed: expect.any(Number) }));
    // the sweeps' and the retention purge's job schedulers, and the datastore's figures: Redis INFO, or PostgreSQL's own
    const schedulers = await get(`${url}/admin/queues/api/job-schedulers`, { cookie: pair });
    expect(schedulers.body.schedulers.map((s: { id: string }) => s.id).sort()).toEqual(['daily-reminders', 'deadlines', 'retention-purge']);
    const stats = await get(`${url}/admin/queues/api/redis/stats`, { cookie: pair });
    expect(stats.status).toBe(200);
    if (target.backend === 'postgres') expect(stats.body).toMatchObject({ backend: 'postgres', version: expect.any(String) });
    else expect(stats.body).toMatchObject({ version: expect.any(String), memory: expect.any(Object) });
    // an admin's bearer token opens it too (scripts, curl)
    expect((await get(`${url}/admin/queues/api/queues`, { authorization: `Bearer ${admin}` })).status).toBe(200);
    // an unknown queue is bull-board's own 404
    expect((await get(`${url}/admin/queues/api/queues/nope/workers`, { cookie: pair })).status).toBe(404);

    // what bull-board does not show stays in the API: the backend, the outbox not yet relayed, the job schedulers
    const status = await get(`${url}/api/v1/admin/queues`, { authorization: `Bearer ${admin}` });
    expect(status.body).toEqual({
      backend: target.backend, dashboard: '/admin/queues', outbox: { unpublished: expect.any(Number), oldestCreatedAt: null },
      schedulers: expect.any(Array),
    });
    expect(status.body.schedulers.map((s: { id: string }) => s.id).sort()).toEqual(['daily-reminders', 'deadlines', 'retention-purge']);
  });

  it('ends a session whose user lost the admin role, and refuses a forged one', async () => {
    const { url } = target;
    const forged = signJwt({ sub: '00000000-0000-4000-8000-000000000000', ver: 0, exp: Math.floor(Date.now() / 1000) + 600 }, process.env.E2E_JWT_SECRET);
    expect((await get(`${url}/admin/queues/api/queues`, { cookie: `coop_board=${forged}` })).body).toMatchObject({ status: 401, code: 'invalid_token' });
    if (!stack) return; // the shared server's users are left as they are; the private stack's admin is demoted below
    const api = client(url);
    const username = `boardadmin${Date.now()}`;
    const created = await api.ok('POST', '/api/v1/users', 'admin', { username, displayName: '面板管理员', password: DEMO_PASSWORD, roles: ['admin'] });
    const session = await openSession(url, await loginAt(url, username));
    const cookie = session.setCookie[0].split(';')[0];
    expect((await get(`${url}/admin/queues/api/queues`, { cookie })).status).toBe(200);
    // a change of roles revokes the user's tokens, and with them the dashboard session
    await api.ok('PATCH', `/api/v1/users/${created.id}`, 'admin', { roles: ['center_staff'] });
    expect((await get(`${url}/admin/queues/api/queues`, { cookie })).body).toMatchObject({ status: 401, code: 'invalid_token' });
  });
});
