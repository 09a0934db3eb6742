import { api, baseUrl, login } from './support/api';

describe('platform', () => {
  it('/health is live and /health/ready reports database and queue', async () => {
    expect((await api('GET', '/health')).body).toEqual({ status: 'ok' });
    const ready = await api('GET', '/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ok', mode: 'production', checks: { database: { status: 'up' }, queue: { backend: 'redis', status: 'up' } } });
  });

  it('documents every route in OpenAPI with who may call it', async () => {
    const doc = (await api('GET', '/api/docs-json')).body;
    const ops = Object.entries(doc.paths as Record<string, Record<string, { 'x-roles'?: string[] }>>).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ route: `${method.toUpperCase()} ${path}`, roles: op['x-roles'] })),
    );
    expect(ops.length).toBeGreaterThanOrEqual(25);
    expect(ops.filter((o) => !o.roles?.length)).toEqual([]);
    for (const route of ['POST /api/v1/auth/login', 'GET /api/v1/auth/me', 'GET /api/v1/partners', 'POST /api/v1/users', 'GET /api/v1/majors']) {
      expect(ops.map((o) => o.route)).toContain(route);
    }
    const html = await fetch(baseUrl() + '/api/docs');
    expect(html.status).toBe(200);
    expect(await html.text()).toContain('swagger');
  });

  it('gives every response a request id, and echoes a sane incoming one', async () => {
    const res = await fetch(baseUrl() + '/health', { headers: { 'x-request-id': 'trace-abc.123' } });
    expect(res.headers.get('x-request-id')).toBe('trace-abc.123');
    const generated = await fetch(baseUrl() + '/health', { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('lets an admin create a user, change roles, and list with filters', async () => {
    const admin = await login('admin');
    const colleges = (await api('GET', '/api/v1/colleges', { token: admin })).body.items;
    const username = `staff${Date.now()}`;
    const created = await api('POST', '/api/v1/users', {
      token: admin,
      body: { username, displayName: '新同事', password: 'password-1', roles: ['college_staff'], collegeId: colleges[0].id },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ username, roles: ['college_staff'], collegeId: colleges[0].id, disabled: false });
    const promoted = await api('PATCH', `/api/v1/users/${created.body.id}`, { token: admin, body: { roles: ['college_staff', 'college_leader'] } });
    expect(promoted.body.roles).toEqual(['college_staff', 'college_leader']);
    const listed = await api('GET', `/api/v1/users?role=college_leader&q=${username}`, { token: admin });
    expect(listed.body.items.map((u: { username: string }) => u.username)).toEqual([username]);
    const self = await api('PATCH', `/api/v1/users/${(await api('GET', '/api/v1/auth/me', { token: admin })).body.id}`, { token: admin, body: { disabled: true } });
    expect(self.status).toBe(422);
  });

  it('serves the deliveries dashboard page, which holds no data of its own and opens the queue dashboard', async () => {
    const res = await fetch(baseUrl() + '/admin');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('/api/v1/admin/deliveries?status=failed');
    expect(html).toContain('/api/v1/admin/queues/session');
    expect(html).not.toContain('accessToken":');
  });
});
