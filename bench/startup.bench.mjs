#!/usr/bin/env node
// Start-up of the built server in embedded mode (no DATABASE_URL: PGlite in process, demo data), what `npm start`
// runs after its build check: BENCH_COLD starts on a fresh temporary DATA_DIR each, then BENCH_RESTARTS starts on the
// DATA_DIR the first cold start left. Each is timed from spawn to the first GET /health 200 and to the first demo
// login (POST /api/v1/auth/login 200: the data is there and usable), with the CPU it took (utime + stime, all
// threads: less at the mercy of other load than wall time) and the process's RSS (VmRSS) and peak (VmHWM) from
// /proc/<pid> at /health and after BENCH_IDLE_S seconds idle (the first cold start and the first restart only). The
// phases come from the server's own log lines (time since spawn). Baselines in the same run: Node with an HTTP server,
// a bare Nest app with one route, and the embedded database alone — each behind the same /health poll. Prints a
// table with best and median; asserts nothing.
//   npm run bench:startup
//   BENCH_COLD=7 BENCH_RESTARTS=5 BENCH_IDLE_S=30 node bench/startup.bench.mjs
//   BENCH_NODE_FLAGS='' node bench/startup.bench.mjs   (the server's Node flags; by default those of `npm start`)
// Then production mode (BENCH_PRODUCTION=0 skips it): the built server on a fresh PostgreSQL database with its queue on
// Redis (bench/support.mjs), its RSS after BENCH_IDLE_S idle, sampled every 100 ms under a transition load (as
// bench/api.bench.mjs: BENCH_AGREEMENTS agreements created, a document uploaded to each, SUBMIT on each, each read
// back; BENCH_CONCURRENCY at a time), and again after BENCH_IDLE_S idle.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { client, freePort, pct, pool, ROOT, startStack } from './support.mjs';

const COLD = Number(process.env.BENCH_COLD ?? 5);
const RESTARTS = Number(process.env.BENCH_RESTARTS ?? 3);
const IDLE_S = Number(process.env.BENCH_IDLE_S ?? 30);
const BASELINE_REPS = Number(process.env.BENCH_BASELINE_REPS ?? 3);
const PRODUCTION = process.env.BENCH_PRODUCTION !== '0';
const PROD_AGREEMENTS = Number(process.env.BENCH_AGREEMENTS ?? 400);
const PROD_CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
// the server runs with the Node flags `npm start` gives it (package.json), unless BENCH_NODE_FLAGS says otherwise
const START_FLAGS = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.start.match(/node ((?:--\S+ )*)dist\/src\/main\.js/)?.[1] ?? '';
const NODE_FLAGS = (process.env.BENCH_NODE_FLAGS ?? START_FLAGS).split(' ').filter(Boolean);
const MAIN = join(ROOT, 'dist/src/main.js');
if (!existsSync(MAIN)) throw new Error('dist/src/main.js is missing: npm run build first');

const NOISE = new Set(['RoutesResolver', 'RouterExplorer']); // a line per controller and route
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const mib = (kb) => (kb === undefined ? undefined : kb / 1024);
function memory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key) => Number(status.match(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm'))?.[1]);
  // utime + stime (fields 14 and 15, in clock ticks of 1/100 s): the CPU the start-up cost, whatever else the machine runs
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return { rss: kb('VmRSS'), hwm: kb('VmHWM'), cpuMs: (Number(stat[11]) + Number(stat[12])) * 10 };
}

/** The environment of a zero-configuration `npm start`: nothing of this shell's database, queue or secrets. */
function embeddedEnv(extra) {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^(DATABASE_URL|REDIS_URL|JWT_SECRET|SEED_DEMO|MIGRATE_ON_START|APP_ROLE|TEST_|QUEUE_PREFIX)/.test(key)) delete env[key];
  return { ...env, LOG_LEVEL: 'info', ...extra };
}

/**
 * Spawns `args` with PORT set, polls /health every 5 ms; with `login`, then polls the demo login. Resolves with the
 * times (ms since spawn), memory at /health and, with `idleS`, after that long idle; the process is stopped (SIGTERM)
 * before it resolves.
 */
async function measure(args, env, { login = false, idleS = 0 } = {}) {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  const phases = {};
  let out = '';
  let exited = false;
  let recording = true; // until the stop: its own lines are not start-up
  child.on('exit', () => (exited = true));
  child.stdout.on('data', (d) => {
    out += d;
    for (let i; (i = out.indexOf('\n')) >= 0; out = out.slice(i + 1)) {
      const line = out.slice(0, i);
      try {
        const { msg, context } = JSON.parse(line);
        if (!recording || typeof msg !== 'string' || NOISE.has(context) || msg === 'request') continue;
        // Nest's module lines collapse into one: the time the last module was initialised
        if (context === 'InstanceLoader') phases['(Nest modules initialised)'] = performance.now() - t0;
        else if (!(msg in phases)) phases[msg] = performance.now() - t0;
      } catch { /* not a log line */ }
    }
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const base = `http://127.0.0.1:${port}`;
  const until = async (what, attempt) => {
    for (;;) {
      if (exited) throw new Error(`${args.join(' ')} exited before ${what}: ${stderr.slice(-2000)}`);
      try { if (await attempt()) return performance.now() - t0; } catch { /* not up yet */ }
      if (performance.now() - t0 > 120_000) throw new Error(`no ${what} within 120 s`);
      await sleep(5);
    }
  };
  const health = await until('/health', async () => (await fetch(`${base}/health`)).status === 200);
  const atHealth = memory(child.pid);
  const loginMs = login
    ? await until('login', async () => (await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'c1staff', password: 'demo123456' }) })).status === 200)
    : undefined;
  let idle;
  if (idleS) {
    await sleep(idleS * 1000);
    idle = memory(child.pid);
  }
  recording = false;
  const stopped = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await stopped;
  return { health, login: loginMs, cpu: atHealth.cpuMs, rss: atHealth.rss, hwm: atHealth.hwm, idleRss: idle?.rss, idleHwm: idle?.hwm, phases };
}

// Baselines: the same spawn-to-/health-200 measurement around (a) Node alone with an HTTP server, (b) a bare Nest app
// (one controller, no modules) and (c) the embedded database alone on a fresh DATA_DIR (PGlite and its socket, as the
// server starts them).
const BASELINES = {
  'node + http server': `require('node:http').createServer((q, s) => s.end('ok')).listen(process.env.PORT, '127.0.0.1');`,
  'bare Nest app (1 route)': `
    require('reflect-metadata');
    const { NestFactory } = require('@nestjs/core');
    const { Controller, Get, Module } = require('@nestjs/common');
    class Health { live() { return { status: 'ok' }; } }
    Get()(Health.prototype, 'live', Object.getOwnPropertyDescriptor(Health.prototype, 'live'));
    Controller('health')(Health);
    class App {}
    Module({ controllers: [Health] })(App);
    NestFactory.create(App, { logger: false }).then((app) => app.listen(process.env.PORT, '127.0.0.1'));`,
  // the embedded database alone, started as the server starts it (a first start: from the build's template)
  'embedded database alone': `
    (async () => {
      const { startEmbeddedDatabase } = require(${JSON.stringify(join(ROOT, 'dist/src/database/embedded.js'))});
      await startEmbeddedDatabase(process.env.DATA_DIR);
      require('node:http').createServer((q, s) => s.end('ok')).listen(process.env.PORT, '127.0.0.1');
    })();`,
};

const summary = (xs) => { const v = xs.filter((x) => x !== undefined); return v.length ? { best: Math.min(...v), median: pct(v, 50), worst: Math.max(...v), n: v.length } : undefined; };
const temps = [];
const freshDir = () => { const d = mkdtempSync(join(os.tmpdir(), 'coop-startup-')); temps.push(d); return d; };
process.on('exit', () => { for (const d of temps) rmSync(d, { recursive: true, force: true }); });

const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
console.log(`start-up benchmark: ${COLD} cold starts, ${RESTARTS} restarts, idle ${IDLE_S} s; node ${process.version}${NODE_FLAGS.length ? ' ' + NODE_FLAGS.join(' ') : ''}; ${os.cpus().length} cores; load average ${load()}`);

const baselines = {};
for (const [name, code] of Object.entries(BASELINES)) {
  baselines[name] = [];
  for (let i = 0; i < BASELINE_REPS; i++) baselines[name].push(await measure(['-e', code], embeddedEnv({ DATA_DIR: freshDir() })));
}

const server = [...NODE_FLAGS, MAIN];
const cold = [];
let firstDir;
for (let i = 0; i < COLD; i++) {
  const dir = freshDir();
  firstDir ??= dir;
  cold.push(await measure(server, embeddedEnv({ DATA_DIR: dir }), { login: true, idleS: i === 0 ? IDLE_S : 0 }));
  process.stdout.write(`  cold ${i + 1}: /health ${cold[i].health.toFixed(0)} ms (CPU ${cold[i].cpu}), login ${cold[i].login.toFixed(0)} ms, RSS ${mib(cold[i].rss).toFixed(0)} MiB, peak ${mib(cold[i].hwm).toFixed(0)} MiB${cold[i].idleRss ? `, idle ${mib(cold[i].idleRss).toFixed(0)} MiB` : ''}\n`);
}
const restart = [];
for (let i = 0; i < RESTARTS; i++) {
  restart.push(await measure(server, embeddedEnv({ DATA_DIR: firstDir }), { login: true, idleS: i === 0 ? IDLE_S : 0 }));
  process.stdout.write(`  restart ${i + 1}: /health ${restart[i].health.toFixed(0)} ms (CPU ${restart[i].cpu}), login ${restart[i].login.toFixed(0)} ms, RSS ${mib(restart[i].rss).toFixed(0)} MiB, peak ${mib(restart[i].hwm).toFixed(0)} MiB${restart[i].idleRss ? `, idle ${mib(restart[i].idleRss).toFixed(0)} MiB` : ''}\n`);
}

const fmt = (s, f = (x) => x.toFixed(0)) => (s ? `${f(s.best)} / ${f(s.median)}` : '—').padStart(13);
const row = (name, runs) => console.log(
  name.padEnd(36),
  fmt(summary(runs.map((r) => r.health))), fmt(summary(runs.map((r) => r.cpu))), fmt(summary(runs.map((r) => r.login))),
  fmt(summary(runs.map((r) => mib(r.rss)))), fmt(summary(runs.map((r) => mib(r.hwm)))),
  fmt(summary(runs.map((r) => mib(r.idleRss)))), fmt(summary(runs.map((r) => mib(r.idleHwm)))),
);
console.log(`\nbest / median (n: cold ${COLD}, restart ${RESTARTS}, baselines ${BASELINE_REPS}; idle: first run of each only); load average ${load()}`);
console.log('start'.padEnd(36), '/health ms'.padStart(13), 'CPU ms'.padStart(13), 'login ms'.padStart(13), 'RSS MiB'.padStart(13), 'peak MiB'.padStart(13), `idle ${IDLE_S}s MiB`.padStart(13), 'idle peak'.padStart(13));
row('cold (fresh DATA_DIR)', cold);
row('restart (existing DATA_DIR)', restart);
for (const [name, runs] of Object.entries(baselines)) row(`baseline: ${name}`, runs);
const ratio = (a, b) => (a.length && b.length ? (summary(a.map((r) => r.health)).median / summary(b.map((r) => r.health)).median).toFixed(1) : '?');
if (BASELINE_REPS) console.log(`cold /health median = ${ratio(cold, baselines['bare Nest app (1 route)'])}× a bare Nest app's, ${ratio(cold, baselines['embedded database alone'])}× the embedded database's own`);

// the phases: median time since spawn at which each log line first appeared, cold and restart
const names = [...new Set([...cold, ...restart].flatMap((r) => Object.keys(r.phases)))];
const at = (runs, name) => summary(runs.map((r) => r.phases[name]));
const ordered = names.map((n) => [n, at(cold, n)?.median ?? at(restart, n)?.median]).sort((a, b) => a[1] - b[1]).map(([n]) => n);
console.log('\nlog line (first appearance, ms since spawn)'.padEnd(60), 'cold median'.padStart(12), 'restart median'.padStart(15));
for (const n of ordered) console.log(n.slice(0, 58).padEnd(59), (at(cold, n) ? at(cold, n).median.toFixed(0) : '—').padStart(12), (at(restart, n) ? at(restart, n).median.toFixed(0) : '—').padStart(15));
if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify({ cold, restart, baselines }, null, 1));

if (PRODUCTION) {
  const stack = await startStack({ prefix: 'coop_bench_startup', env: { LOG_LEVEL: 'warn' } });
  const pid = stack.server.pid;
  const rss = () => memory(pid).rss;
  await sleep(IDLE_S * 1000);
  const idle = memory(pid);
  const { login, call } = client(stack.base);
  await login('c1staff');
  await login('center');
  const me = await call('c1staff', 'GET', '/api/v1/auth/me');
  const partner = (await call('c1staff', 'GET', '/api/v1/partners?status=active')).items[0];
  const major = (await call('c1staff', 'GET', `/api/v1/majors?collegeId=${me.collegeId}`)).items[0];
  const pdf = Buffer.from('%PDF-1.4\n% bench\n%%EOF\n');
  let peakSampled = 0;
  const sampler = setInterval(() => (peakSampled = Math.max(peakSampled, rss())), 100);
  const ids = [];
  const phases = [];
  const range = () => Array.from({ length: PROD_AGREEMENTS }, (_, i) => i);
  phases.push(['POST /agreements', await pool(range(), async (i) => {
    ids.push((await call('c1staff', 'POST', '/api/v1/agreements', { title: `内存压测 ${i}`, partnerId: partner.id, cooperationType: 'internship', majorIds: [major.id] })).id);
  }, PROD_CONCURRENCY)]);
  phases.push(['POST /documents', await pool(ids, async (id) => {
    const form = new FormData(); form.set('kind', 'research_report'); form.set('file', new Blob([pdf], { type: 'application/pdf' }), 'r.pdf');
    await call('c1staff', 'POST', `/api/v1/agreements/${id}/documents`, form);
  }, PROD_CONCURRENCY)]);
  phases.push(['POST /events (SUBMIT)', await pool(ids, (id) => call('c1staff', 'POST', `/api/v1/agreements/${id}/events`, { type: 'SUBMIT' }), PROD_CONCURRENCY)]);
  phases.push(['GET /agreements/:id', await pool(ids, (id) => call('center', 'GET', `/api/v1/agreements/${id}`), PROD_CONCURRENCY)]);
  clearInterval(sampler);
  const loaded = memory(pid);
  await sleep(IDLE_S * 1000);
  const after = memory(pid);
  const m = (kb) => `${mib(kb).toFixed(0)} MiB`;
  console.log(`\nproduction mode (PostgreSQL ${(await stack.admin.query('SHOW server_version')).rows[0].server_version}, queue on Redis): ${PROD_AGREEMENTS} agreements, concurrency ${PROD_CONCURRENCY}; load average ${load()}`);
  for (const [name, r] of phases) console.log(`  ${name.padEnd(22)} ${r.perSecond.toFixed(0).padStart(5)} req/s  p50 ${r.p50.toFixed(0).padStart(4)} ms  p95 ${r.p95.toFixed(0).padStart(4)} ms`);
  console.log(`  RSS idle ${IDLE_S} s after start ${m(idle.rss)}; under the load: sampled max ${m(peakSampled)}, at its end ${m(loaded.rss)}, peak (VmHWM) ${m(loaded.hwm)}; ${IDLE_S} s after it ${m(after.rss)}`);
  await stack.stop();
}
