import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanEnv, MAIN, ROOT, startServer } from './support/server';
import { eventually } from './support/stack';

function runNode(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: ROOT });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/** YYYY-MM of the month after `at`, in Shanghai. */
function monthAfter(at: Date): string {
  const shanghai = new Date(at.getTime() + 8 * 3600_000);
  const next = new Date(Date.UTC(shanghai.getUTCFullYear(), shanghai.getUTCMonth() + 1, 1));
  return next.toISOString().slice(0, 7);
}

/** The zero-configuration mode: PGlite in process, migrated and seeded from an empty data directory. */
describe('embedded mode', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'coop-embedded-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('boots from an empty data directory, lets c1staff log in, keeps data across a restart and stops on SIGTERM', async () => {
    const startedAt = new Date();
    const server = await startServer(cleanEnv({ DATA_DIR: dataDir, LOG_LEVEL: 'warn' }), { timeoutMs: 90_000 });
    try {
      const ready: any = await (await fetch(server.url + '/health/ready')).json();
      expect(ready).toMatchObject({ status: 'ok', mode: 'embedded', checks: { database: { status: 'up' }, queue: { backend: 'postgres' } } });
      const login = await fetch(server.url + '/api/v1/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'c1staff', password: 'demo123456' }),
      });
      expect(login.status).toBe(200);
      const { accessToken, user } = (await login.json()) as any;
      expect(user.roles).toEqual(['college_staff']);
      const partners: any = await (await fetch(server.url + '/api/v1/partners', { headers: { authorization: `Bearer ${accessToken}` } })).json();
      expect(partners.total).toBe(5);
      // the build's ready cluster was migrated when the build made it; reports are owed from the month after this
      // first start all the same (the installation), not after the build
      const calendar: any = await (await fetch(server.url + '/api/v1/calendar', { headers: { authorization: `Bearer ${accessToken}` } })).json();
      expect([monthAfter(startedAt), monthAfter(new Date())]).toContain(calendar.firstMonth);
      // many clients at once through PGlite's single session: none may see another's half-sent statement
      const auth = { authorization: `Bearer ${accessToken}` };
      const statuses = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          i % 2
            ? fetch(server.url + '/api/v1/partners?q=晋中', { headers: auth }).then((r) => r.status)
            : fetch(server.url + '/api/v1/colleges', { headers: auth }).then((r) => r.status),
        ),
      );
      expect(statuses.filter((s) => s !== 200)).toEqual([]);
    } finally {
      expect(await server.stop()).toBe(0);
    }
    expect(existsSync(join(dataDir, 'pgdata'))).toBe(true);

    const again = await startServer(cleanEnv({ DATA_DIR: dataDir, LOG_LEVEL: 'warn' }), { timeoutMs: 90_000 });
    try {
      const login = await fetch(again.url + '/api/v1/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: 'demo123456' }),
      });
      const { accessToken } = (await login.json()) as any;
      const users: any = await (await fetch(again.url + '/api/v1/users?pageSize=100', { headers: { authorization: `Bearer ${accessToken}` } })).json();
      expect(users.total).toBe(12); // seeded once, not twice
      // the queue runs on the same embedded database
      const run = await fetch(again.url + '/api/v1/admin/reminders/run', { method: 'POST', headers: { authorization: `Bearer ${accessToken}` } });
      expect(run.status).toBe(200);
      const queues: any = await (await fetch(again.url + '/api/v1/admin/queues', { headers: { authorization: `Bearer ${accessToken}` } })).json();
      expect(queues.backend).toBe('postgres');
      // the README's walkthrough, against the embedded service: every step, its outbox event and its notification
      const walk = await runNode([join(ROOT, 'scripts', 'walkthrough.mjs'), again.url]);
      expect(walk.output).toContain('terminated with reason expired');
      expect(walk.code).toBe(0);
      const centerLogin: any = await (await fetch(again.url + '/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'center', password: 'demo123456' }) })).json();
      // every step the center had to act on left a 待办 notice (closed with its item, the walkthrough having moved on)
      const inbox = async () => ((await (await fetch(again.url + '/api/v1/notifications?pageSize=100', { headers: { authorization: `Bearer ${centerLogin.accessToken}` } })).json()) as any).total;
      await eventually('the center’s inbox fills', async () => (await inbox()) >= 5, 30_000);
      await eventually('e-mails land in DATA_DIR/mail', async () => existsSync(join(dataDir, 'mail')) && readdirSync(join(dataDir, 'mail')).length > 0, 30_000);
      // what the walkthrough's agreement uses cannot be deleted: 409 in_use naming the referrers, on PGlite too (not a 500)
      const admin = { authorization: `Bearer ${accessToken}`, 'accept-language': 'en' };
      const agreements: any = await (await fetch(again.url + '/api/v1/agreements', { headers: admin })).json();
      expect(agreements.total).toBe(1);
      const used = agreements.items[0];
      const remove = async (path: string) => {
        const res = await fetch(again.url + path, { method: 'DELETE', headers: admin });
        return { status: res.status, body: (await res.json()) as any };
      };
      expect(await remove(`/api/v1/partners/${used.partnerId}`)).toEqual({ status: 409, body: expect.objectContaining({ status: 409, code: 'in_use', references: { agreements: 1 } }) });
      expect(await remove(`/api/v1/majors/${used.majorIds[0]}`)).toEqual({ status: 409, body: expect.objectContaining({ status: 409, code: 'in_use', references: { agreements: 1 } }) });
      const college = await remove(`/api/v1/colleges/${used.collegeId}`);
      expect(college).toEqual({ status: 409, body: expect.objectContaining({ status: 409, code: 'in_use' }) });
      expect(college.body.references).toMatchObject({ majors: 3, users: 2, partners: 3, agreements: 1 });
      expect((await fetch(again.url + `/api/v1/partners/${used.partnerId}`, { headers: admin })).status).toBe(200);
      // work items on PGlite: the walkthrough's agreement waits on nobody; a new one waits on its college
      const staffLogin: any = await (await fetch(again.url + '/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'c1staff', password: 'demo123456' }) })).json();
      const staff = { authorization: `Bearer ${staffLogin.accessToken}`, 'content-type': 'application/json' };
      const openOnDone: any = await (await fetch(again.url + `/api/v1/tasks?pageSize=100`, { headers: staff })).json();
      expect(openOnDone.items.filter((t: any) => t.subjectId === used.id)).toEqual([]);
      const fresh: any = await (await fetch(again.url + '/api/v1/agreements', { method: 'POST', headers: staff, body: JSON.stringify({ title: '嵌入式待办', partnerId: used.partnerId, cooperationType: 'internship', majorIds: used.majorIds }) })).json();
      const mine: any = await (await fetch(again.url + `/api/v1/tasks?pageSize=100`, { headers: staff })).json();
      expect(mine.items.filter((t: any) => t.subjectId === fresh.id).map((t: any) => [t.state, t.status])).toEqual([['research', 'open']]);
    } finally {
      expect(await again.stop()).toBe(0);
    }
  }, 180_000);
});

describe('configuration', () => {
  function runMain(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [MAIN], { env: cleanEnv(env), cwd: ROOT });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.on('exit', (code) => resolve({ code, output }));
    });
  }

  it.each([
    [{ PORT: 'not-a-port' }, 'PORT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' }, 'JWT_SECRET'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ MIGRATE_ON_START: 'perhaps' }, 'MIGRATE_ON_START'],
  ])('stops start-up on %p, naming %s', async (env, name) => {
    const { code, output } = await runMain(env as Record<string, string>);
    expect(code).toBe(1);
    expect(output).toContain('Invalid configuration');
    expect(output).toContain(name);
  });
});
