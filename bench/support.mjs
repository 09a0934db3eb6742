// Shared by the benchmarks in bench/: a fresh PostgreSQL database migrated and seeded with the built scripts, the
// built server (dist/src/main.js) on a free port, an HTTP caller with logged-in tokens, a concurrency pool and
// percentiles, and the clean-up (server stopped, database dropped, the run's queue keys removed from Redis).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const ROOT = new URL('..', import.meta.url).pathname;
export const ADMIN_DB = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const REDIS = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const DEMO_PASSWORD = 'demo123456';

export const freePort = () => new Promise((res) => { const s = createServer(); s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => res(port)); }); });
export const run = (script, env) => new Promise((res, rej) => { const c = spawn(process.execPath, [join(ROOT, 'dist/src', script)], { env, stdio: 'ignore' }); c.on('exit', (code) => (code ? rej(new Error(`${script} exited ${code}`)) : res())); });
export const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]; };

/** Runs `worker` over `items` with `concurrency` in flight; throughput and latency percentiles (ms). */
export async function pool(items, worker, concurrency) {
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) {
      const item = items[next++];
      const t = performance.now();
      await worker(item);
      latencies.push(performance.now() - t);
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  return { n: items.length, seconds, perSecond: items.length / seconds, p50: pct(latencies, 50), p95: pct(latencies, 95), p99: pct(latencies, 99), max: Math.max(...latencies) };
}

/** Whether something answers PING at a redis:// URL within `timeoutMs` (no client library, no retries). */
export function redisAnswers(redisUrl, timeoutMs = 500) {
  const u = new URL(redisUrl);
  return new Promise((res) => {
    const socket = connect({ host: u.hostname, port: Number(u.port || 6379) });
    const done = (ok) => { socket.destroy(); res(ok); };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write(u.password ? `AUTH ${decodeURIComponent(u.password)}\r\nPING\r\n` : 'PING\r\n'));
    socket.on('data', (d) => done(d.toString().includes('PONG')));
  });
}

/**
 * A fresh database `<prefix>_<now>`, migrated and seeded with the demo data, and the built server on it (its queue
 * on `redisUrl` under QUEUE_PREFIX = the database name, or on PostgreSQL without one). With `split`, the API
 * (APP_ROLE=api) and a worker process (APP_ROLE=worker), as docker-compose runs them, each connecting with its own
 * application_name (`coop-api`, `coop-worker`: pg_stat_activity tells their backends apart). `stop()` undoes it all;
 * so does an uncaught error once the database exists (printed, cleaned up, exit code 1).
 */
export async function startStack({ prefix = 'coop_bench', redisUrl = REDIS, env: extra = {}, split = false } = {}) {
  const dbName = `${prefix}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: ADMIN_DB });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  const url = new URL(ADMIN_DB); url.pathname = `/${dbName}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'coop-bench-'));
  let server;
  let worker;
  let stopping;
  const stop = () => (stopping ??= cleanUp());
  // a benchmark that throws (here or after) still stops its server, drops its database and removes its queue keys, then exits 1
  const onFailure = async (err) => {
    console.error(err);
    try { await stop(); } catch (e) { console.error('clean-up failed:', e); }
    process.exit(1);
  };
  process.once('uncaughtException', onFailure);
  async function cleanUp() {
    process.off('uncaughtException', onFailure);
    for (const child of [server, worker]) {
      if (child && child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
    }
    await admin.query(`DROP DATABASE "${dbName}" WITH (FORCE)`);
    if (redisUrl) {
      const { default: Redis } = await import('ioredis');
      const redis = new Redis(redisUrl);
      for (let cursor = '0'; ; ) {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${dbName}:*`, 'COUNT', 500);
        if (keys.length) await redis.del(...keys);
        if ((cursor = next) === '0') break;
      }
      redis.disconnect();
    }
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
  }

  const port = await freePort();
  const env = { ...process.env, DATABASE_URL: url.toString(), ...(redisUrl ? { REDIS_URL: redisUrl } : {}), JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123', PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'error', QUEUE_PREFIX: dbName, LOGIN_MAX_FAILURES: '1000', ...extra };
  if (!redisUrl) delete env.REDIS_URL;
  await run('database/migrate.js', env);
  await run('database/seed-demo.js', env);
  const as = (name, role) => { const u = new URL(env.DATABASE_URL); u.searchParams.set('application_name', name); return { ...env, DATABASE_URL: u.toString(), APP_ROLE: role }; };
  // BENCH_PROFILE=<dir>: CPU profiles of the server (and worker) written there when they stop
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  server = spawn(process.execPath, [...profile, join(ROOT, 'dist/src/main.js')], { env: split ? as('coop-api', 'api') : env, stdio: process.env.BENCH_VERBOSE ? 'inherit' : 'ignore' });
  if (process.env.BENCH_VERBOSE) server.on('exit', (code, signal) => console.error(`server exited: ${code} ${signal}`));
  if (split) worker = spawn(process.execPath, [...profile, join(ROOT, 'dist/src/worker.js')], { env: as('coop-worker', 'worker'), stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) { try { if ((await fetch(`${base}/health/ready`)).ok) break; } catch {} if (i > 300) throw new Error('server did not start'); await new Promise((r) => setTimeout(r, 100)); }
  return { base, dbName, admin, env, server, worker, stop };
}

/** Logs users in and calls the API as them: `call(user, method, path, body)` → parsed JSON, throwing on ≥ 300. */
export function client(base) {
  const tokens = {};
  const login = async (username, password = DEMO_PASSWORD) => {
    const res = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
    if (!res.ok) throw new Error(`login ${username} → ${res.status} ${await res.text()}`);
    tokens[username] = (await res.json()).accessToken;
    return tokens[username];
  };
  const call = async (user, method, path, body) => {
    const res = await fetch(base + path, { method, headers: { authorization: `Bearer ${tokens[user]}`, ...(body instanceof FormData ? {} : { 'content-type': 'application/json' }) }, body: body instanceof FormData ? body : body && JSON.stringify(body) });
    if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status} ${await res.text()}`);
    return res.json();
  };
  return { tokens, login, call };
}
