import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { api as sharedApi, sql as sharedSql } from './support/api';
import { cleanEnv, ROOT } from './support/server';
import { client, eventually, Stack, startStack } from './support/stack';
import { atCenterReview, query } from './support/stack-flows';
import { TEST_REDIS_URL } from './support/services';
import { WebhookReceiver } from './support/webhook-receiver';

/** Runs a built script (or the server) to its end: exit code and everything it printed, stdout and stderr apart. */
function run(script: string, env: NodeJS.ProcessEnv, opts: { args?: string[]; stdin?: string; cwd?: string } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'src', script), ...(opts.args ?? [])], { env, cwd: opts.cwd ?? ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.stdin ?? '');
  });
}

/** The text of an .eml file's body, undoing its transfer encoding (base64 or quoted-printable). */
function mailText(eml: string): string {
  const split = eml.indexOf('\n\n');
  const head = eml.slice(0, split);
  const body = eml.slice(split + 2);
  const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

/** A login from `address`, as a proxy in front would report it (the stacks below trust loopback proxies). */
async function loginFrom(base: string, address: string | null, username: string, password: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(address ? { 'x-forwarded-for': address } : {}) };
  const res = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers, body: JSON.stringify({ username, password }) });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as any };
}

describe('configuration at start', () => {
  const dir = mkdtempSync(join(tmpdir(), 'coop-config-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stops on bad values with exit code 1 and one line per problem naming the variable, never a stack trace', async () => {
    const { code, stdout, stderr } = await run('main.js', cleanEnv({ PORT: 'abc', LOG_LEVEL: 'loud', TRUST_PROXY: 'true', DATA_DIR: dir }));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trim().split('\n');
    expect(lines).toEqual([
      'Invalid configuration:',
      '  PORT: PORT must be an integer number (got "abc")',
      '  LOG_LEVEL: LOG_LEVEL must be one of the following values: fatal, error, warn, info, debug, verbose (got "loud")',
    ]);
    // once the types are right, the checks across variables speak the same way
    const proxy = await run('main.js', cleanEnv({ TRUST_PROXY: 'true', DATA_DIR: dir }));
    expect(proxy.code).toBe(1);
    expect(proxy.stderr.trim().split('\n')).toEqual(['Invalid configuration:', expect.stringMatching(/^ {2}TRUST_PROXY: true would let any client pick its address/)]);
    expect(proxy.stderr).not.toMatch(/\n\s+at /);
  }, 90_000);

  it('reads .env from the working directory for the server, the worker and every CLI script; the environment wins', async () => {
    const cwd = mkdtempSync(join(dir, 'cwd-'));
    writeFileSync(join(cwd, '.env'), '# an operator\'s file\nDATABASE_URL=mysql://somewhere/coop\nLOG_LEVEL=loud\nMAIL_FROM="学院 <a@b.cn>"\n');
    const env = cleanEnv({ LOG_LEVEL: 'warn', DATA_DIR: dir });
    delete env.ENV_FILE;
    for (const script of ['main.js', 'worker.js', 'database/migrate.js', 'database/seed-demo.js', 'database/admin-create.js']) {
      const { code, stderr } = await run(script, env, { cwd, args: script.includes('admin') ? ['--username', 'x'] : [] });
      // DATABASE_URL came from the file; LOG_LEVEL=loud did not, as the environment says warn
      expect({ script, code, stderr: stderr.trim() }).toEqual({ script, code: 1, stderr: 'Invalid configuration:\n  DATABASE_URL: DATABASE_URL must be a postgres:// URL (got "mysql://somewhere/coop")' });
    }
    const named = await run('main.js', { ...env, ENV_FILE: 'missing.env' }, { cwd });
    expect(named.code).toBe(1);
    expect(named.stderr.trim()).toBe(`Invalid configuration:\n  ENV_FILE: ${join(cwd, 'missing.env')} does not exist`);
  }, 120_000);

  it('takes X-Forwarded-For only from trusted proxies: the shared server trusts none', async () => {
    const res = await sharedApi('POST', '/api/v1/auth/login', { body: { username: 'nobody-from-afar', password: 'x' }, headers: { 'x-forwarded-for': '203.0.113.77' } });
    expect(res.status).toBe(401);
    expect(await sharedSql('SELECT key FROM login_failures WHERE key LIKE $1', ['%203.0.113.77%'])).toEqual([]);
    expect(await sharedSql('SELECT key FROM login_failures WHERE key = $1', ['user:nobody-from-afar|127.0.0.1'])).toHaveLength(1);
  });
});

describe.each([
  ['Redis', TEST_REDIS_URL],
  ['PostgreSQL', null],
])('production basics, queue on %s', (_backend, redisUrl) => {
  let stack: Stack;
  let api: ReturnType<typeof client>;
  const hook = new WebhookReceiver();

  beforeAll(async () => {
    await hook.start();
    stack = await startStack({
      redisUrl,
      env: { TRUST_PROXY: 'loopback', PUBLIC_URL: 'https://coop.example.edu.cn/', WEBHOOK_URL: hook.url, LOGIN_ADDRESS_MAX_FAILURES: '20' },
    });
    api = client(stack.url);
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
    await hook.stop();
  });

  it('locks one address out of one account after LOGIN_MAX_FAILURES, while its owner signs in from elsewhere', async () => {
    for (let i = 0; i < 10; i++) expect((await loginFrom(stack.url, '198.51.100.1', 'c1staff', `guess-${i}`)).status).toBe(401);
    const locked = await loginFrom(stack.url, '198.51.100.1', 'c1staff', 'demo123456');
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('too_many_login_attempts');
    expect(Number(locked.retryAfter)).toBe(locked.body.retryAfterSeconds);
    expect(locked.body.retryAfterSeconds).toBeGreaterThan(0);
    expect(locked.body.retryAfterSeconds).toBeLessThanOrEqual(900);
    // the owner, elsewhere; and the same address with another account
    expect((await loginFrom(stack.url, '198.51.100.2', 'c1staff', 'demo123456')).status).toBe(200);
    expect((await loginFrom(stack.url, '198.51.100.1', 'c2staff', 'demo123456')).status).toBe(200);
    // a refused attempt counted towards nothing: the address's own counter holds the ten failures only
    const [row] = await query(stack, 'SELECT failures FROM login_failures WHERE key = $1', ['addr:198.51.100.1']);
    expect(row.failures).toBe(10);
    expect((await loginFrom(stack.url, '198.51.100.1', 'c1staff', 'demo123456')).status).toBe(429);
  });

  it('locks out an address that sprays many accounts, and nobody else', async () => {
    for (let i = 0; i < 20; i++) expect((await loginFrom(stack.url, '198.51.100.3', `sprayed-${i}`, 'Password1')).status).toBe(401);
    for (const username of ['sprayed-99', 'c2leader']) {
      const refused = await loginFrom(stack.url, '198.51.100.3', username, 'demo123456');
      expect(refused.status).toBe(429);
      expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    }
    expect((await loginFrom(stack.url, '198.51.100.4', 'c2leader', 'demo123456')).status).toBe(200);
    expect((await loginFrom(stack.url, null, 'c2leader', 'demo123456')).status).toBe(200);
    // the client's address, not the proxy's, is what was counted
    const counted = Object.fromEntries((await query(stack, `SELECT key, failures FROM login_failures WHERE key LIKE 'addr:%'`)).map((r) => [r.key, r.failures]));
    expect(counted).toMatchObject({ 'addr:198.51.100.1': 10, 'addr:198.51.100.3': 20 });
    expect(counted['addr:127.0.0.1'] ?? 0).toBe(0); // the proxy's own address: its logins all succeeded
  });

  it('sends absolute links (PUBLIC_URL) by webhook and e-mail, and a once-a-day 429 says when the next day begins', async () => {
    await api.setClock('2026-08-20T02:00:00Z'); // 10:00 in Shanghai: 14 hours to the next day
    const waiting = await atCenterReview(stack, api, '链接测试项目');
    const nudge = await api.call('POST', `/api/v1/agreements/${waiting.id}/nudge`, 'c1staff');
    expect(nudge.status).toBe(200);
    const link = `https://coop.example.edu.cn/agreements/${waiting.id}`;
    await eventually('the nudge reaches the webhook', async () => hook.received.find((r) => r.body.key?.startsWith(`nudge:${waiting.id}`)));
    expect(hook.received.find((r) => r.body.key?.startsWith(`nudge:${waiting.id}`))!.body.link).toBe(link);
    const mailDir = join(stack.dataDir, 'mail');
    const mail = await eventually('the nudge is e-mailed', async () => {
      const files = (() => { try { return readdirSync(mailDir); } catch { return []; } })();
      return files.map((f) => mailText(readFileSync(join(mailDir, f), 'utf8'))).find((text) => text.includes(waiting.id));
    });
    expect(mail).toContain(`查看详情：${link}`);
    // the inbox keeps the console's own path
    const inbox = await api.ok('GET', '/api/v1/notifications?pageSize=100', 'center');
    expect(inbox.items.find((n: any) => n.reminderKey.startsWith(`nudge:${waiting.id}`)).link).toBe(`/agreements/${waiting.id}`);
    const again = await fetch(`${stack.url}/api/v1/agreements/${waiting.id}/nudge`, { method: 'POST', headers: { authorization: `Bearer ${await api.token('c1leader')}` } });
    expect(again.status).toBe(429);
    // the service clock moves on from 10:00 while the test runs: the next day is at most 14 hours away
    const retryAfter = Number(again.headers.get('retry-after'));
    expect(retryAfter).toBeLessThanOrEqual(14 * 3600);
    expect(retryAfter).toBeGreaterThan(13 * 3600);
  });

  it('gives a strong ETag where If-Match is honoured, and no ETag elsewhere', async () => {
    const token = await api.token('c1staff');
    const auth = { authorization: `Bearer ${token}` };
    const me = await api.ok('GET', '/api/v1/auth/me', 'c1staff');
    const partner = (await api.ok('GET', '/api/v1/partners?status=active', 'c1staff')).items[0];
    const major = (await api.ok('GET', `/api/v1/majors?collegeId=${me.collegeId}`, 'c1staff')).items[0];
    const agreement = await api.ok('POST', '/api/v1/agreements', 'c1staff', { title: 'ETag 测试', partnerId: partner.id, cooperationType: 'internship', majorIds: [major.id] });
    const detail = await fetch(`${stack.url}/api/v1/agreements/${agreement.id}`, { headers: auth });
    expect(detail.headers.get('etag')).toBe(`"${agreement.version}"`);
    const edited = await fetch(`${stack.url}/api/v1/agreements/${agreement.id}`, {
      method: 'PATCH', headers: { ...auth, 'content-type': 'application/json', 'if-match': String(agreement.version) }, body: JSON.stringify({ title: '改名的项目' }),
    });
    expect(edited.status).toBe(200);
    expect(edited.headers.get('etag')).toBe(`"${agreement.version + 1}"`);
    const stale = await fetch(`${stack.url}/api/v1/agreements/${agreement.id}`, {
      method: 'PATCH', headers: { ...auth, 'content-type': 'application/json', 'if-match': `"${agreement.version}"` }, body: JSON.stringify({ title: '又改名' }),
    });
    expect(stale.status).toBe(409);
    expect(stale.headers.get('etag')).toBeNull();
    const report = await api.ok('POST', '/api/v1/monthly-reports', 'c1staff', { month: '2026-06', workDone: '开展了工作' });
    const reportRes = await fetch(`${stack.url}/api/v1/monthly-reports/${report.id}`, { headers: auth });
    expect(reportRes.headers.get('etag')).toBe(`"${report.version}"`);
    for (const path of ['/api/v1/agreements', '/api/v1/auth/me', '/api/v1/partners', '/api/v1/workflow', '/health/ready']) {
      const res = await fetch(stack.url + path, { headers: auth });
      expect({ path, status: res.status, etag: res.headers.get('etag') }).toEqual({ path, status: 200, etag: null });
    }
  });

  it('purges rows past their retention, in batches, and keeps the rest; a second run deletes nothing', async () => {
    // the service clock back at the real time: the outbox relay stamps published_at with the database's own clock
    const now = new Date();
    await api.setClock(now.toISOString());
    const ago = (hours: number) => new Date(now.getTime() - hours * 3600_000);
    const day = 24;
    await query(stack, 'DELETE FROM outbox');
    await query(stack, 'DELETE FROM idempotency_keys');
    await query(stack, 'DELETE FROM deliveries');
    await query(stack, 'DELETE FROM login_failures');
    // outbox: 1,500 published 31 days ago (two batches), one published 29 days ago, one never published (old)
    await query(stack, `INSERT INTO outbox (topic, payload, created_at, published_at) SELECT 'agreement.created', '{}', $1, $1 FROM generate_series(1, 1500)`, [ago(31 * day)]);
    await query(stack, `INSERT INTO outbox (topic, payload, created_at, published_at) VALUES ('agreement.created', '{"keep":"young"}', $1, $1), ('agreement.created', '{"keep":"unpublished"}', $2, NULL)`, [ago(29 * day), ago(60 * day)]);
    // idempotency keys: 49 hours and 47 hours old
    await query(stack, `INSERT INTO idempotency_keys (user_id, key, fingerprint, status, response, created_at) VALUES
      (gen_random_uuid(), 'old', repeat('a', 64), 200, '{}', $1), (gen_random_uuid(), 'young', repeat('a', 64), 200, '{}', $2)`, [ago(49), ago(47)]);
    // deliveries: old sent, old failed, old pending, young sent, old failed but attempted yesterday (an admin's retry)
    const delivery = async (key: string, status: string, createdHoursAgo: number, attemptHoursAgo: number) => {
      const [d] = await query(stack, `INSERT INTO deliveries (reminder_key, recipient, channel, status, payload, created_at, sent_at)
        VALUES ($1, 'webhook', 'webhook', $2::varchar, '{}', $3, CASE WHEN $2::varchar = 'sent' THEN $4::timestamptz END) RETURNING id`, [key, status, ago(createdHoursAgo), ago(attemptHoursAgo)]);
      await query(stack, `INSERT INTO delivery_attempts (delivery_id, at, outcome, duration_ms) VALUES ($1, $2, $3, 5)`, [d.id, ago(attemptHoursAgo), status === 'sent' ? 'sent' : 'failed']);
    };
    await delivery('old-sent', 'sent', 91 * day, 91 * day);
    await delivery('old-failed', 'failed', 100 * day, 99 * day);
    await delivery('old-pending', 'pending', 100 * day, 99 * day);
    await delivery('young-sent', 'sent', 89 * day, 89 * day);
    await delivery('retried', 'failed', 120 * day, 1 * day);
    // login counters: a window long over, and a current one
    await query(stack, `INSERT INTO login_failures (key, failures, first_failed_at) VALUES ('addr:192.0.2.1', 3, $1), ('addr:192.0.2.2', 3, $2)`, [ago(1), ago(0.05)]);

    const first = await api.ok('POST', '/api/v1/admin/retention/run', 'admin');
    expect(first).toEqual({ at: expect.any(String), outbox: 1500, idempotencyKeys: 1, deliveries: 2, loginFailures: 1 });
    expect(Date.parse(first.at)).toBeGreaterThanOrEqual(now.getTime());
    expect((await query(stack, 'SELECT payload FROM outbox ORDER BY id')).map((r) => r.payload.keep)).toEqual(['young', 'unpublished']);
    expect((await query(stack, 'SELECT key FROM idempotency_keys')).map((r) => r.key)).toEqual(['young']);
    expect((await query(stack, 'SELECT reminder_key FROM deliveries ORDER BY reminder_key')).map((r) => r.reminder_key)).toEqual(['old-pending', 'retried', 'young-sent']);
    expect((await query(stack, 'SELECT count(*)::int AS n FROM delivery_attempts'))[0].n).toBe(3);
    expect((await query(stack, 'SELECT key FROM login_failures')).map((r) => r.key)).toEqual(['addr:192.0.2.2']);
    expect(await api.ok('POST', '/api/v1/admin/retention/run', 'admin')).toEqual({ at: expect.any(String), outbox: 0, idempotencyKeys: 0, deliveries: 0, loginFailures: 0 });
    expect((await api.call('POST', '/api/v1/admin/retention/run', 'center')).status).toBe(403);
  });

  it('keeps the daily purge scheduled beside the sweeps', async () => {
    const status = await eventually('the schedulers are registered', async () => {
      const s = await api.ok('GET', '/api/v1/admin/queues', 'admin');
      return s.schedulers.length === 3 && s;
    });
    expect(status.backend).toBe(redisUrl ? 'redis' : 'postgres');
    expect(status.schedulers.map((s: any) => s.id).sort()).toEqual(['daily-reminders', 'deadlines', 'retention-purge']);
    expect(status.schedulers.find((s: any) => s.id === 'retention-purge')).toMatchObject({ job: 'purge-retention', pattern: '30 3 * * *', every: null });
  });

  it('creates the first admin with admin:create and never overwrites anyone', async () => {
    const env = { ...stack.env, ADMIN_PASSWORD: '' };
    const create = (args: string[], extra: { stdin?: string; password?: string } = {}) =>
      run('database/admin-create.js', { ...env, ...(extra.password !== undefined ? { ADMIN_PASSWORD: extra.password } : {}) }, { args, stdin: extra.stdin });

    const exists = await create(['--username', 'ADMIN', '--force-new'], { password: 'another-pass-1' });
    expect(exists).toMatchObject({ code: 1, stdout: '' });
    expect(exists.stderr.trim()).toMatch(/^user "admin" exists already; nothing changed/);
    const second = await create(['--username', 'root2', '--password-stdin'], { stdin: 'second-admin-pass\n' });
    expect(second.code).toBe(1);
    expect(second.stderr.trim()).toBe('an active admin exists already (admin); nothing changed (--force-new creates another one)');
    const short = await create(['--username', 'root2', '--force-new'], { password: 'short' });
    expect(short.code).toBe(1);
    expect(short.stderr.trim()).toBe('password: password must be longer than or equal to 8 characters');
    const none = await create(['--username', 'root2', '--force-new']);
    expect(none.stderr.trim()).toBe('no password: pipe it with --password-stdin, or set ADMIN_PASSWORD');
    expect((await create(['--username', 'bad name!', '--force-new'], { password: 'long-enough' })).stderr).toMatch(/^--username: /);

    const created = await create(['--username', 'root2', '--password-stdin', '--force-new', '--display-name', '运维管理员'], { stdin: 'second-admin-pass\nignored' });
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({ msg: 'admin created', username: 'root2' });
    expect((await loginFrom(stack.url, null, 'root2', 'second-admin-pass')).body.user).toMatchObject({ username: 'root2', roles: ['admin'], displayName: '运维管理员' });
    const twice = await create(['--username', 'root2', '--force-new'], { password: 'changed-pass-9' });
    expect(twice.code).toBe(1);
    expect((await loginFrom(stack.url, null, 'root2', 'second-admin-pass')).status).toBe(200);

    // a database whose admins are all disabled (or that has none) takes a first admin without --force-new
    await query(stack, `UPDATE users SET disabled = true WHERE 'admin' = ANY(roles)`);
    const first = await create(['--username', 'first-admin'], { password: 'first-admin-pass' });
    expect(first.code).toBe(0);
    expect((await loginFrom(stack.url, null, 'first-admin', 'first-admin-pass')).status).toBe(200);
  }, 180_000);
});
