#!/usr/bin/env node
// Transition throughput over HTTP against pgbench on the same PostgreSQL, in one run:
//  1. the built server in production mode on a fresh database; each client loops the college leader's SUBMIT / RECALL
//     (feasibility.preparing ⇄ centerReview: guards on five documents and on the last step, history, work items closed
//     and opened, outbox) on agreements of its own;
//  2. round trips per event, counted from PostgreSQL's statement log (log_statement = all for a short window; every
//     execute or statement line of the bench database is one round trip, the auth guard's user lookup included);
//  3. pgbench running the very statements of one SUBMIT and one RECALL as logged (parameters inlined; the version guard
//     becomes `version = version` and new work items get gen_random_uuid(), so that the script can repeat), with the
//     same client counts, each client on an agreement of its own;
//  4. pgbench's built-in TPC-B-like script on a database of its own (scale 10).
// Prints a table with ratios; asserts nothing.
//   npm run bench:transitions                      (clients 8 and 32, 15 s each)
//   BENCH_CLIENTS=8 BENCH_SECONDS=30 npm run bench:transitions
//   BENCH_SHOW_SQL=1 (the pgbench script and its per-statement latencies), BENCH_EXPLAIN=1 (plans), BENCH_PROFILE=<dir>
import { execFileSync } from 'node:child_process';
import nodeHttp from 'node:http';
import { readFileSync, statSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { client, pct, startStack, ADMIN_DB } from './support.mjs';

const CLIENTS = (process.env.BENCH_CLIENTS ?? '8,32').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const LOG = process.env.PG_LOG ?? '/var/log/postgresql/postgresql-15-main.log';
const MAX = Math.max(...CLIENTS);
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% bench\ntrailer << /Root 1 0 R >>\n%%EOF\n');

const stack = await startStack({ prefix: 'coop_bench_tr', split: true });
const { admin, dbName } = stack;
const { tokens, login, call } = client(stack.base);
await login('c1staff');
await login('c1leader');
const me = await call('c1staff', 'GET', '/api/v1/auth/me');
const partner = (await call('c1staff', 'GET', '/api/v1/partners?status=active')).items[0];
const major = (await call('c1staff', 'GET', `/api/v1/majors?collegeId=${me.collegeId}`)).items[0];

// one agreement per HTTP client and one per pgbench client (+1 for the statement capture)
const ids = [];
for (let i = 0; i < 2 * MAX + 1; i++) {
  const a = await call('c1staff', 'POST', '/api/v1/agreements', { title: `吞吐测试 ${i}`, partnerId: partner.id, cooperationType: 'internship', majorIds: [major.id] });
  const upload = (kind) => { const form = new FormData(); form.set('kind', kind); form.set('file', new Blob([pdf], { type: 'application/pdf' }), `${kind}.pdf`); return call('c1staff', 'POST', `/api/v1/agreements/${a.id}/documents`, form); };
  await upload('research_report');
  await call('c1staff', 'POST', `/api/v1/agreements/${a.id}/events`, { type: 'SUBMIT' });
  for (const kind of ['inspection_report', 'cooperation_plan', 'meeting_minutes', 'feasibility_report']) await upload(kind);
  ids.push(a.id);
}
// node:http with a keep-alive agent made anew for each phase: no socket idles through a pgbench phase into the next
let agent = new nodeHttp.Agent({ keepAlive: true });
const event = (id, type) => new Promise((resolve, reject) => {
  const body = JSON.stringify({ type });
  const req = nodeHttp.request(`${stack.base}/api/v1/agreements/${id}/events`, { method: 'POST', agent, headers: { authorization: `Bearer ${tokens.c1leader}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
    const chunks = [];
    res.on('data', (c) => chunks.push(c));
    res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`${type} → ${res.statusCode} ${Buffer.concat(chunks)}`))));
  });
  req.on('error', reject);
  req.end(body);
});
const cycle = async (id) => { await event(id, 'SUBMIT'); await event(id, 'RECALL'); };
for (const id of ids.slice(0, MAX)) await cycle(id); // warm-up

// 2. round trips, from the statement log
const logSize = () => statSync(LOG).size;
const setLogging = async (on) => {
  await admin.query(on ? `ALTER SYSTEM SET log_statement = 'all'` : 'ALTER SYSTEM RESET log_statement');
  await admin.query('SELECT pg_reload_conf()');
  await new Promise((r) => setTimeout(r, 300)); // the backends take the reload at their next command
};
const entries = (from) => {
  const text = readFileSync(LOG).subarray(from).toString();
  const out = [];
  for (const line of text.split('\n')) {
    if (/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/.test(line)) out.push(line);
    else if (out.length) out[out.length - 1] += `\n${line}`;
  }
  return out.filter((e) => e.includes(`@${dbName} `));
};
// the API's backends: the worker's (notifications of the opened work items, the outbox relay) are not the event's round trips
const apiPids = async () => new Set((await admin.query(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND application_name = 'coop-api'`, [dbName])).rows.map((r) => String(r.pid)));
await setLogging(true);
await call('c1staff', 'GET', '/api/v1/auth/me'); // the backends have read the new setting
const CAPTURED = 100;
const start = logSize();
const capture = ids[2 * MAX];
for (let i = 0; i < CAPTURED / 2; i++) await cycle(capture);
await setLogging(false);
const pids = await apiPids();
const logged = entries(start).filter((e) => pids.has(/ \[(\d+)\] /.exec(e)?.[1]));
const executed = logged.filter((e) => / LOG: {2}(execute [^:]*|statement): /.test(e));
const roundTrips = executed.length / CAPTURED;

// 3. the same statements under pgbench: the last SUBMIT and RECALL as logged (from the second-to-last account lookup,
// which starts each request), parameters inlined
const starts = executed.map((e, i) => (e.includes('FROM users WHERE id = ') ? i : -1)).filter((i) => i >= 0);
const statements = executed.slice(starts[starts.length - 2]).map((e) => {
  let sql = e.replace(/^[^]*? LOG: {2}(?:execute [^:]*|statement): /, '');
  const detail = logged[logged.indexOf(e) + 1];
  const params = new Map();
  if (detail?.includes('DETAIL:  parameters: ')) {
    const text = detail.slice(detail.indexOf('parameters: ') + 12);
    for (const m of text.matchAll(/\$(\d+) = (NULL|'(?:[^']|'')*')/g)) params.set(Number(m[1]), m[2]);
  }
  sql = sql.replace(/\$(\d+)/g, (all, n) => (params.has(Number(n)) ? params.get(Number(n)) : all));
  return sql
    // the version guard holds on every repetition, and new work items get new ids
    .replace(/WHERE id = '[0-9a-f-]{36}' AND version = '\d+'/, 'WHERE id = :aid AND version = version')
    .replace(/SELECT x\.id, /, 'SELECT gen_random_uuid(), ')
    .replaceAll(`'${capture}'`, ':aid')
    .replace(/\s*\n\s*/g, ' ');
});
if (starts.length < 2 || !statements.some((s) => s.includes('version = version'))) throw new Error(`unexpected statements captured: ${statements.join('\n')}`);
const dir = mkdtempSync(join(tmpdir(), 'coop-pgbench-'));
const script = join(dir, 'transition.sql');
// pgbench's client_id runs from 0: agreement MAX + client_id is that client's own
const dbUrl = stack.env.DATABASE_URL;
execFileSync('psql', [dbUrl, '-qc', `CREATE TABLE bench_clients (n int PRIMARY KEY, id uuid); INSERT INTO bench_clients SELECT n - 1, (ARRAY['${ids.slice(MAX, 2 * MAX).join("','")}'])[n]::uuid FROM generate_series(1, ${MAX}) n`]);
writeFileSync(script, `SELECT id AS aid FROM bench_clients WHERE n = :client_id \\gset\n${statements.map((s) => `${s};`).join('\n')}\n`);
const pgbench = (args) => {
  const out = execFileSync('pgbench', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const tps = Number(/tps = ([\d.]+)/.exec(out)?.[1]);
  const lat = Number(/latency average = ([\d.]+) ms/.exec(out)?.[1]);
  return { tps, lat, out };
};

// CPU time (user + system, ms) a process has used: contention-proof cost per event, beside the wall-clock rates
const TICK = 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));
const cpuOf = (pid) => { try { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) * TICK; } catch { return 0; } };
const backends = async () => (await admin.query(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [dbName])).rows.map((r) => r.pid);
const cpuSnapshot = async () => ({ api: cpuOf(stack.server.pid), worker: cpuOf(stack.worker.pid), pg: Object.fromEntries((await backends()).map((p) => [p, cpuOf(p)])) });
const cpuSince = (before, after) => ({
  api: after.api - before.api,
  worker: after.worker - before.worker,
  pg: Object.entries(after.pg).reduce((sum, [p, v]) => sum + v - (before.pg[p] ?? 0), 0),
});

// 1. HTTP, and 3. pgbench with the same clients, alternating
const rows = [];
for (const c of CLIENTS) {
  agent.destroy();
  agent = new nodeHttp.Agent({ keepAlive: true });
  const latencies = [];
  let events = 0;
  const until = performance.now() + SECONDS * 1000;
  const t0 = performance.now();
  const cpu0 = await cpuSnapshot();
  await Promise.all(ids.slice(0, c).map(async (id) => {
    while (performance.now() < until) {
      for (const type of ['SUBMIT', 'RECALL']) {
        const t = performance.now();
        await event(id, type);
        latencies.push(performance.now() - t);
        events++;
      }
    }
  }));
  const http = { perSecond: events / ((performance.now() - t0) / 1000), p50: pct(latencies, 50), p99: pct(latencies, 99) };
  await new Promise((r) => setTimeout(r, 2000)); // the worker finishes the notices of the last events
  const cpu = cpuSince(cpu0, await cpuSnapshot());
  http.cpu = { api: cpu.api / events, worker: cpu.worker / events, pg: cpu.pg / events };
  // pgbench: one script run is two events (six statements); per-statement latencies give the p99 of an event
  const logPrefix = join(dir, `log${c}`);
  const same0 = pgbench(['-n', '-r', '-M', process.env.BENCH_PGBENCH_MODE ?? 'prepared', '-c', String(c), '-j', String(Math.min(c, 2)), '-T', String(SECONDS), '-f', script, '-l', '--log-prefix', logPrefix, dbUrl]);
  if (process.env.BENCH_SHOW_SQL) console.log(same0.out.split('\n').filter((l) => /^\s+[\d.]+\s+\d+\s/.test(l)).map((l) => l.slice(0, 140)).join('\n'));
  const pbLat = [];
  let scripts = 0;
  for (const f of execFileSync('sh', ['-c', `ls ${logPrefix}*`], { encoding: 'utf8' }).trim().split('\n')) {
    for (const line of readFileSync(f, 'utf8').trim().split('\n')) { pbLat.push(Number(line.split(' ')[2]) / 1000 / 2); scripts++; }
  }
  const same = { perSecond: (scripts * 2) / SECONDS, p50: pct(pbLat, 50), p99: pct(pbLat, 99) };
  same.statements = statements.length;
  rows.push({ c, http, same });
}

// 4. TPC-B-like on a database of its own
const tpcbDb = `${dbName}_tpcb`;
await admin.query(`CREATE DATABASE "${tpcbDb}"`);
const tpcbUrl = new URL(ADMIN_DB); tpcbUrl.pathname = `/${tpcbDb}`;
execFileSync('pgbench', ['-i', '-q', '-s', '10', tpcbUrl.toString()], { stdio: 'ignore' });
const tpcb = {};
for (const c of CLIENTS) tpcb[c] = pgbench(['-n', '-c', String(c), '-j', String(Math.min(c, 2)), '-T', String(SECONDS), tpcbUrl.toString()]);
await admin.query(`DROP DATABASE "${tpcbDb}" WITH (FORCE)`);

const f = (n, d = 1) => n.toFixed(d);
console.log(`\nTransition benchmark: SUBMIT/RECALL loops over HTTP vs pgbench, ${SECONDS} s per phase, PostgreSQL ${(await admin.query('SHOW server_version')).rows[0].server_version}, ${cpus().length} cores, load ${loadavg().map((x) => x.toFixed(1)).join(' ')}, ${new Date().toISOString()}`);
console.log(`round trips to PostgreSQL per event: ${f(roundTrips, 2)} (${executed.length} statements of the API's ${pids.size} connections over ${CAPTURED} events; target ≤ 5)`);
console.log('clients'.padEnd(8), 'HTTP ev/s'.padStart(10), 'p50 ms'.padStart(7), 'p99 ms'.padStart(7), '| same SQL ev/s'.padStart(15), 'p99 ms'.padStart(7), '| ratio'.padStart(8), 'p99×'.padStart(6), '| TPC-B tps'.padStart(11), 'ratio'.padStart(6));
for (const { c, http, same } of rows) {
  console.log(String(c).padEnd(8), f(http.perSecond).padStart(10), f(http.p50).padStart(7), f(http.p99).padStart(7), `| ${f(same.perSecond)}`.padStart(15), f(same.p99).padStart(7),
    `| ${f(http.perSecond / same.perSecond, 2)}`.padStart(8), f(http.p99 / same.p99, 1).padStart(6), `| ${f(tpcb[c].tps)}`.padStart(11), f(http.perSecond / tpcb[c].tps, 2).padStart(6));
}
console.log('targets: ratio to the same SQL ≥ 0.8, p99 ≤ 3× its p99, ratio to TPC-B ≥ 0.2');
console.log('CPU ms per HTTP event (user + system, whatever else the machine runs):');
for (const { c, http } of rows) console.log(`  ${c} clients: API ${f(http.cpu.api, 2)}, worker ${f(http.cpu.worker, 2)}, PostgreSQL backends ${f(http.cpu.pg, 2)}`);
if (process.env.BENCH_SHOW_SQL) console.log(readFileSync(script, 'utf8'));
if (process.env.BENCH_EXPLAIN) {
  // the plans of the load and the write (EXPLAIN ANALYZE runs the write: this is the bench's own database)
  const { default: pg } = await import('pg');
  const db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  for (const s of statements.slice(1, 3)) console.log((await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.replaceAll(':aid', `'${ids[MAX]}'`)}`)).rows.map((r) => r['QUERY PLAN']).join('\n'));
  await db.end();
}
rmSync(dir, { recursive: true, force: true });
await stack.stop();
