#!/usr/bin/env node
// Load benchmark of the API against real PostgreSQL (and Redis when TEST_REDIS_URL / redis://127.0.0.1:6379 answers):
// a fresh database, the built server in production mode, then timed phases. Prints a table; asserts nothing.
//   npm run bench                      (N=400 agreements, concurrency 10)
//   BENCH_AGREEMENTS=1000 BENCH_CONCURRENCY=20 npm run bench
import { client, pool as runPool, startStack } from './support.mjs';

const N = Number(process.env.BENCH_AGREEMENTS ?? 400);
const C = Number(process.env.BENCH_CONCURRENCY ?? 10);
const pool = (items, worker) => runPool(items, worker, C);

const stack = await startStack({ prefix: 'coop_bench' });
const { admin } = stack;
const { tokens, login, call } = client(stack.base);
const B = stack.base;
for (const u of ['c1staff', 'center']) await login(u);
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
await login('admin');
const sweep = await pool([1, 2, 3], () => call('admin', 'POST', '/api/v1/admin/reminders/run'));
results.push([`reminder sweep (${N} agreements)`, sweep]);

// 20 concurrent APPROVEs on one agreement: one wins
const contended = ids[0];
for (const k of ['inspection_report', 'cooperation_plan', 'meeting_minutes', 'feasibility_report']) {
  const form = new FormData(); form.set('kind', k); form.set('file', new Blob([pdf], { type: 'application/pdf' }), `${k}.pdf`);
  await call('c1staff', 'POST', `/api/v1/agreements/${contended}/documents`, form);
}
await login('c1leader'); // the college leader submits the feasibility package
await call('c1leader', 'POST', `/api/v1/agreements/${contended}/events`, { type: 'SUBMIT' });
const t0 = performance.now();
const statuses = await Promise.all(Array.from({ length: 20 }, () => fetch(`${B}/api/v1/agreements/${contended}/events`, { method: 'POST', headers: { authorization: `Bearer ${tokens.center}`, 'content-type': 'application/json' }, body: JSON.stringify({ type: 'APPROVE' }) }).then((r) => r.status)));
const contention = performance.now() - t0;

console.log(`\nAPI benchmark: ${N} agreements, concurrency ${C}, PostgreSQL ${(await admin.query('SHOW server_version')).rows[0].server_version}, queue on Redis, ${new Date().toISOString()}`);
console.log('phase'.padEnd(34), 'n'.padStart(5), 'req/s'.padStart(8), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'p99 ms'.padStart(8));
for (const [name, r] of results) console.log(name.padEnd(34), String(r.n).padStart(5), r.perSecond.toFixed(1).padStart(8), r.p50.toFixed(1).padStart(8), r.p95.toFixed(1).padStart(8), r.p99.toFixed(1).padStart(8));
console.log(`20 concurrent APPROVE on one agreement: ${statuses.filter((s) => s === 200).length}×200, ${statuses.filter((s) => s === 409).length}×409 in ${contention.toFixed(0)} ms`);

await stack.stop();
