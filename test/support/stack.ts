import { spawn, ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, dropDatabase, dropQueues, TEST_JWT_SECRET } from './services';
import { cleanEnv, freePort, MAIN, ROOT, runScript, RunningServer, startServer } from './server';

export interface Stack {
  url: string;
  databaseUrl: string;
  dataDir: string;
  env: NodeJS.ProcessEnv;
  server: RunningServer;
  /** Starts another process on the same database and queue (a worker by default); `logFile` keeps its output. */
  spawnWorker(extra?: Record<string, string>, opts?: { logFile?: string }): Promise<ChildProcess>;
  stop(): Promise<void>;
}

/**
 * A private service for one spec: its own fresh database (migrated and seeded by the real scripts), its own data
 * directory, and a settable clock (NODE_ENV=test, TEST_CLOCK). `redisUrl: null` runs the queue on PostgreSQL.
 */
export async function startStack(opts: { redisUrl: string | null; env?: Record<string, string>; logFile?: string }): Promise<Stack> {
  const dbName = `coop_e2e_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const databaseUrl = await createDatabase(dbName);
  const dataDir = mkdtempSync(join(tmpdir(), 'coop-stack-'));
  const env = cleanEnv({
    DATABASE_URL: databaseUrl, JWT_SECRET: TEST_JWT_SECRET, DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'test', TEST_CLOCK: 'true',
    OUTBOX_POLL_MS: '200', QUEUE_PREFIX: dbName, DELIVERY_BACKOFF_MS: '200', ...(opts.redisUrl ? { REDIS_URL: opts.redisUrl } : {}), ...opts.env,
  });
  await runScript('database/migrate.js', env);
  await runScript('database/seed-demo.js', env);
  const server = await startServer(env, { logFile: opts.logFile });
  const children: ChildProcess[] = [];
  return {
    url: server.url,
    databaseUrl,
    dataDir,
    env,
    server,
    async spawnWorker(extra = {}, { logFile } = {}) {
      const child = spawn(process.execPath, [MAIN], { env: { ...env, APP_ROLE: 'worker', PORT: String(await freePort()), ...extra }, cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      if (logFile) {
        const log = createWriteStream(logFile);
        child.stdout!.pipe(log);
        child.stderr!.pipe(log);
      } else {
        child.stdout!.resume();
        child.stderr!.resume();
      }
      children.push(child);
      return child;
    },
    async stop() {
      for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
      await server.stop();
      await dropDatabase(dbName);
      if (opts.redisUrl) await dropQueues(dbName, opts.redisUrl).catch(() => undefined); // a private Redis may be gone already
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A small HTTP client bound to one stack. */
export function client(base: string) {
  const tokens = new Map<string, string>();
  async function call(method: string, path: string, user?: string, body?: unknown, headers: Record<string, string> = {}) {
    const h: Record<string, string> = { ...headers };
    if (user) h.authorization = `Bearer ${await token(user)}`;
    if (body !== undefined) h['content-type'] = 'application/json';
    const res = await fetch(base + path, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  }
  async function token(user: string) {
    if (!tokens.has(user)) {
      const res = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: user, password: 'demo123456' }) });
      if (res.status !== 200) throw new Error(`login ${user}: ${res.status}`);
      tokens.set(user, ((await res.json()) as { accessToken: string }).accessToken);
    }
    return tokens.get(user)!;
  }
  async function ok(method: string, path: string, user: string, body?: unknown) {
    const res = await call(method, path, user, body);
    if (res.status >= 300) throw new Error(`${user} ${method} ${path} → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }
  return {
    call,
    ok,
    token,
    /** Moves the service clock (admin, TEST_CLOCK only). */
    setClock: (iso: string) => ok('PUT', '/api/v1/admin/clock', 'admin', { now: iso }),
    runReminders: () => ok('POST', '/api/v1/admin/reminders/run', 'admin'),
  };
}

/** Waits for `check` to hold, polling; fails with `what` after `ms`. For effects of background workers. */
export async function eventually<T>(what: string, check: () => Promise<T | undefined | false>, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
