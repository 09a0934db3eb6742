#!/usr/bin/env node
// Load benchmark of the API against real PostgreSQL (and Redis when TEST_REDIS_URL / redis://127.0.0.1:6379 answers):
// a fresh database, the built server in production mode, then timed phases. Prints a table; asserts nothing.
//   npm run bench                      (N=400 agreements, concurrency 10)
//   BENCH_AGREEMENTS=1000 BENCH_CONCURRENCY=20 npm run bench
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const ROOT = new URL('..', import.meta.url).pathname;
const N = Number(process.env.BENCH_AGREEMENTS ?? 400);
const C = Number(process.env.BENCH_CONCURRENCY ?? 10);
const ADMIN_DB = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const freePort = () => new Promise((res) => { const s = createServer(); s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => res(port)); }); });
const run = (script, env) => new Promise((res, rej) => { const c = spawn(process.execPath, [join(ROOT, 'dist/src', script)], { env, stdio: 'ignore' }); c.on('exit', (code) => (code ? rej(new Error(`${script} exited ${code}`)) : res())); });
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]; };

async function pool(items, worker) {
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: C }, async () => {
    while (next < items.length) {
      const item = items[next++];
      const t = performance.now();
      await worker(item);
      latencies.push(performance.now() - t);
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  return { n: items.length, perSecond: items.length / seconds, p50: pct(latencies, 50), p95: pct(latencies, 95), p99: pct(latencies, 99) };
}

const dbName = `coop_bench_${Date.now()}`;
const admin = new pg.Client({ connectionString: ADMIN_DB });
await admin.connect();
await admin.query(`CREATE DATABASE "${dbName}"`);
const url = new URL(ADMIN_DB); url.pathname = `/${dbName}`;
const dataDir = mkdtempSync(join(tmpdir(), 'coop-bench-'));
const port = await freePort();
const env = { ...process.env, DATABASE_URL: url.toString(), REDIS_URL: REDIS, JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123', PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'error', QUEUE_PREFIX: dbName, LOGIN_MAX_FAILURES: '1000' };
await run('database/migrate.js', env);
await run('database/seed-demo.js', env);
const server = spawn(process.execPath, [join(ROOT, 'dist/src/main.js')], { env, stdio: 'ignore' });
const B = `http://127.0.0.1:${port}`;
for (let i = 0; ; i++) { try { if ((await fetch(`${B}/health/ready`)).ok) break; } catch {} if (i > 300) throw new Error('server did not start'); await new Promise((r) => setTimeout(r, 100)); }

const tokens = {};
for (const u of ['c1staff', 'center']) tokens[u] = (await (await fetch(`${B}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: u, password: 'demo123456' }) })).json()).accessToken;
const call = async (user, method, path, body) => {
  const res = await fetch(B + path, { method, headers: { authorization: `Bearer ${tokens[user]}`, ...(body instanceof FormData ? {} : { 'content-type': 'application/json' }) }, body: body instanceof FormData ? body : body && JSON.stringify(body) });
  if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status} ${await res.text()}`);
  return res.json();
};
const me = await call('c1staff', 'GET', '/api/v1/auth/me');
const partner = (await call('c1staff', 'GET', '/api/v1/partners?status=active')).items[0];
const major = (await call('c1staff', 'GET', `/api/v1/majors?collegeId=${me.collegeId}`)).items[0];
const pdf = Buffer.from('%PDF-1.4\n% bench\n%%EOF\n');

const results = [];
const ids = [];
results.push(['POST /agreements', await pool(Array.from({ length: N }, (_, i) => i), async (i) => {
  ids.push((await call('c1staff', 'POST', '/api/v1/agreements', { title: `压测项目 ${i}`, partnerId: partner.id, cooperationType: 'internship', majorIds: [major.id] })).id);
})]);
results.push(['POST /documents (upload)', await pool(ids, async (id) => {
  const form = new FormData(); form.set('kind', 'research_report'); form.set('file', new Blob([pdf], { type: 'application/pdf' }), 'r.pdf');
  await call('c1staff', 'POST', `/api/v1/agreements/${id}/documents`, form);
})]);
results.push(['POST /events (SUBMIT)', await pool(ids, (id) => call('c1staff', 'POST', `/api/v1/agreements/${id}/events`, { type: 'SUBMIT' }))]);
results.push(['GET /agreements/:id', await pool(ids, (id) => call('center', 'GET', `/api/v1/agreements/${id}`))]);
results.push(['GET /agreements?q=…', await pool(ids.slice(0, 200), () => call('center', 'GET', `/api/v1/agreements?stage=feasibility&q=${encodeURIComponent('压测')}&pageSize=20`))]);
results.push(['GET /history', await pool(ids.slice(0, 200), (id) => call('center', 'GET', `/api/v1/agreements/${id}/history`))]);
tokens.admin = (await (await fetch(`${B}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'demo123456' }) })).json()).accessToken;
const sweep = await pool([1, 2, 3], () => call('admin', 'POST', '/api/v1/admin/reminders/run'));
results.push([`reminder sweep (${N} agreements)`, sweep]);

// 20 concurrent APPROVEs on one agreement: one wins
const contended = ids[0];
for (const k of ['inspection_report', 'cooperation_plan', 'meeting_minutes', 'feasibility_report']) {
  const form = new FormData(); form.set('kind', k); form.set('file', new Blob([pdf], { type: 'application/pdf' }), `${k}.pdf`);
  await call('c1staff', 'POST', `/api/v1/agreements/${contended}/documents`, form);
}
await call('c1staff', 'POST', `/api/v1/agreements/${contended}/events`, { type: 'SUBMIT' });
const t0 = performance.now();
const statuses = await Promise.all(Array.from({ length: 20 }, () => fetch(`${B}/api/v1/agreements/${contended}/events`, { method: 'POST', headers: { authorization: `Bearer ${tokens.center}`, 'content-type': 'application/json' }, body: JSON.stringify({ type: 'APPROVE' }) }).then((r) => r.status)));
const contention = performance.now() - t0;

console.log(`\nAPI benchmark: ${N} agreements, concurrency ${C}, PostgreSQL ${(await admin.query('SHOW server_version')).rows[0].server_version}, queue on Redis, ${new Date().toISOString()}`);
console.log('phase'.padEnd(34), 'n'.padStart(5), 'req/s'.padStart(8), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'p99 ms'.padStart(8));
for (const [name, r] of results) console.log(name.padEnd(34), String(r.n).padStart(5), r.perSecond.toFixed(1).padStart(8), r.p50.toFixed(1).padStart(8), r.p95.toFixed(1).padStart(8), r.p99.toFixed(1).padStart(8));
console.log(`20 concurrent APPROVE on one agreement: ${statuses.filter((s) => s === 200).length}×200, ${statuses.filter((s) => s === 409).length}×409 in ${contention.toFixed(0)} ms`);

server.kill('SIGTERM');
await new Promise((r) => server.on('exit', r));
await admin.query(`DROP DATABASE "${dbName}" WITH (FORCE)`);
const { default: Redis } = await import('ioredis');
const redis = new Redis(REDIS);
for (let cursor = '0'; ; ) {
  const [next, keys] = await redis.scan(cursor, 'MATCH', `${dbName}:*`, 'COUNT', 500);
  if (keys.length) await redis.del(...keys);
  if ((cursor = next) === '0') break;
}
redis.disconnect();
await admin.end();
rmSync(dataDir, { recursive: true, force: true });
