#!/usr/bin/env node
// Benchmark of the annual assessment (年度考核) against real PostgreSQL (and Redis when TEST_REDIS_URL /
// redis://127.0.0.1:6379 answers): a fresh database, the built server in production mode, 30 colleges (3 majors,
// a leader and a staff member each) and 4 assessors; a coop-2023 cycle over the 30 colleges, every sheet filled,
// submitted, scored by the 4 assessors on every leaf and finalized; then the ranking (GET results) and its xlsx
// export timed against baselines measured in the same run (GET /auth/me, GET one sheet). Prints a table with the
// targets beside the figures (results < 200 ms, export < 2 s); asserts nothing.
//   npm run bench:assessment
//   BENCH_COLLEGES=30 BENCH_ASSESSORS=4 BENCH_CONCURRENCY=8 BENCH_RESULTS_REPS=10 BENCH_EXPORT_REPS=5 BENCH_BASELINE_REPS=20 npm run bench:assessment
import { client, pct, pool, REDIS, redisAnswers, startStack } from './support.mjs';

const COLLEGES = Number(process.env.BENCH_COLLEGES ?? 30);
const ASSESSORS = Number(process.env.BENCH_ASSESSORS ?? 4);
const C = Number(process.env.BENCH_CONCURRENCY ?? 8);
const RESULTS_REPS = Number(process.env.BENCH_RESULTS_REPS ?? 10);
const EXPORT_REPS = Number(process.env.BENCH_EXPORT_REPS ?? 5);
const BASELINE_REPS = Number(process.env.BENCH_BASELINE_REPS ?? 20);
const TARGET = { results: 200, export: 2000 };
const PASSWORD = 'bench-pass-123456';
const YEAR = 2026;
const A = '/api/v1/assessment';

const onRedis = await redisAnswers(REDIS);
const stack = await startStack({ prefix: 'coop_bench_assess', redisUrl: onRedis ? REDIS : null });
const { base, admin } = stack;
const { tokens, login, call } = client(base);
const pad = (n) => String(n).padStart(2, '0');
const phases = [];
const timedPool = async (name, items, worker) => { const r = await pool(items, worker, C); phases.push([name, r]); return r; };

await login('admin');
await login('center');

// 1. the school: colleges, 3 majors each, a leader and a staff member each, assessors without a college
const setupStarted = performance.now();
const colleges = Array.from({ length: COLLEGES }, (_, i) => ({ n: i + 1, code: `BENCH${pad(i + 1)}`, name: `压测学院${pad(i + 1)}` }));
await timedPool('POST /colleges', colleges, async (c) => { c.id = (await call('admin', 'POST', '/api/v1/colleges', { code: c.code, name: c.name })).id; });
await timedPool('POST /majors', colleges.flatMap((c) => [1, 2, 3].map((m) => ({ c, m }))), ({ c, m }) =>
  call('admin', 'POST', '/api/v1/majors', { collegeId: c.id, code: `${c.code}M${m}`, name: `${c.name}专业${m}` }));
for (const c of colleges) { c.staff = `bench-c${pad(c.n)}-staff`; c.leader = `bench-c${pad(c.n)}-leader`; }
const assessors = Array.from({ length: ASSESSORS }, (_, i) => `bench-assessor${i + 1}`);
const users = [
  ...colleges.flatMap((c) => [
    { username: c.staff, displayName: `${c.name}校企合作专员`, roles: ['college_staff'], collegeId: c.id },
    { username: c.leader, displayName: `${c.name}院长`, roles: ['college_leader'], collegeId: c.id },
  ]),
  ...assessors.map((u, i) => ({ username: u, displayName: `考核组成员${i + 1}`, roles: ['assessor'] })),
];
await timedPool('POST /users (scrypt)', users, (u) => call('admin', 'POST', '/api/v1/users', { ...u, password: PASSWORD }));
await timedPool('POST /auth/login (scrypt)', users, (u) => login(u.username, PASSWORD));
const setupSeconds = (performance.now() - setupStarted) / 1000;

// 2. the cycle: open, fill the quantitative figures, SUBMIT (leader), score (assessors), FINALIZE (center)
const cycleStarted = performance.now();
const cycle = await call('center', 'POST', `${A}/cycles`, { templateKey: 'coop-2023', year: YEAR, subjects: colleges.map((c) => c.id), minAssessors: ASSESSORS });
const cycleOpenMs = performance.now() - cycleStarted;
const sheetPath = (c) => `${A}/cycles/${cycle.id}/sheets/${c.id}`;
const figures = (i) => ({
  C1: { curriculumMeetings: i % 3, textbooks: i % 4 },
  C2: { majorsWithBothBases: 3 - (i % 2) },
  C4: { orderClassSizes: i % 5 ? [30 + (i % 10), 20] : [25] },
  C5: { localInterns: 45 + (i % 30), totalInterns: 100 },
  C6: { localEmployed: 12 + (i % 14), graduates: 100 },
  C7: { teachersInEnterprise: 6 + (i % 5), teachers: 40, engineerCourses: 3 + (i % 4), courses: 50 },
});
await timedPool('PUT items (fill C1…C7)', colleges.flatMap((c) => Object.entries(figures(c.n)).map(([code, inputs]) => ({ c, code, inputs }))), ({ c, code, inputs }) =>
  call(c.staff, 'PUT', `${sheetPath(c)}/items/${code}`, { inputs }));
await timedPool('POST events SUBMIT (leader)', colleges, (c) => call(c.leader, 'POST', `${sheetPath(c)}/events`, { type: 'SUBMIT' }));
const leaves = (await call('center', 'GET', sheetPath(colleges[0]))).items.filter((i) => i.leaf);
// every sheet, every assessor, every leaf; colleges innermost so that requests in flight hit different sheets
const scoring = [];
for (const [li, leaf] of leaves.entries()) for (const [ai, assessor] of assessors.entries()) for (const c of colleges) {
  scoring.push({ c, assessor, code: leaf.code, score: Math.max(0, leaf.points - ((c.n + ai + li) % 5) * 0.5) });
}
const scored = await timedPool('PUT scores (assessors)', scoring, ({ c, assessor, code, score }) => call(assessor, 'PUT', `${sheetPath(c)}/scores/${code}`, { score }));
await timedPool('POST events FINALIZE (center)', colleges, (c) => call('center', 'POST', `${sheetPath(c)}/events`, { type: 'FINALIZE' }));
const cycleSeconds = (performance.now() - cycleStarted) / 1000;

// 3. timed reads, one at a time (after one untimed warm-up each), the baselines first
const repeat = async (reps, fn) => {
  await fn();
  const ms = [];
  let last;
  for (let i = 0; i < reps; i++) { const t = performance.now(); last = await fn(); ms.push(performance.now() - t); }
  return { n: reps, p50: pct(ms, 50), p95: pct(ms, 95), max: Math.max(...ms), last };
};
const mid = colleges[Math.floor(COLLEGES / 2)];
const me = await repeat(BASELINE_REPS, () => call('center', 'GET', '/api/v1/auth/me'));
const sheet = await repeat(BASELINE_REPS, () => call('center', 'GET', sheetPath(mid)));
const results = await repeat(RESULTS_REPS, () => call('center', 'GET', `${A}/cycles/${cycle.id}/results`));
const exported = await repeat(EXPORT_REPS, async () => {
  const res = await fetch(`${base}${A}/cycles/${cycle.id}/export.xlsx`, { headers: { authorization: `Bearer ${tokens.center}` } });
  if (res.status !== 200) throw new Error(`GET export.xlsx → ${res.status} ${await res.text()}`);
  return Buffer.from(await res.arrayBuffer()).length;
});

// 4. the table
const rows = results.last.rows;
const f1 = (x) => x.toFixed(1);
console.log(`\nAssessment benchmark: coop-2023, ${COLLEGES} colleges × ${ASSESSORS} assessors × ${leaves.length} leaves, concurrency ${C}, PostgreSQL ${(await admin.query('SHOW server_version')).rows[0].server_version}, queue on ${onRedis ? 'Redis' : 'PostgreSQL (Redis did not answer)'}, ${new Date().toISOString()}`);
console.log(`setup ${setupSeconds.toFixed(1)} s (${COLLEGES} colleges, ${COLLEGES * 3} majors, ${users.length} users); cycle opened in ${cycleOpenMs.toFixed(0)} ms, filled → finalized in ${cycleSeconds.toFixed(1)} s`);
console.log('write phase'.padEnd(34), 'n'.padStart(5), 'req/s'.padStart(8), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'p99 ms'.padStart(8));
for (const [name, r] of phases) console.log(name.padEnd(34), String(r.n).padStart(5), f1(r.perSecond).padStart(8), f1(r.p50).padStart(8), f1(r.p95).padStart(8), f1(r.p99).padStart(8));
console.log();
console.log('read (sequential, 1 warm-up)'.padEnd(34), 'n'.padStart(5), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'max ms'.padStart(8), '  target', '   p95/target');
const line = (name, r, target) => console.log(name.padEnd(34), String(r.n).padStart(5), f1(r.p50).padStart(8), f1(r.p95).padStart(8), f1(r.max).padStart(8), target ? `  < ${target} ms`.padEnd(12) : '  baseline  ', target ? `${(r.p95 / target).toFixed(2)}×`.padStart(8) : '');
line('GET /auth/me', me);
line('GET one sheet', sheet);
line(`GET results (${rows.length} rows)`, results, TARGET.results);
line(`GET export.xlsx (${(exported.last / 1024).toFixed(1)} KiB)`, exported, TARGET.export);
console.log(`ratios (p50): results / one sheet ${(results.p50 / sheet.p50).toFixed(1)}× (${COLLEGES} sheets), results / (${COLLEGES} × one sheet) ${(results.p50 / (COLLEGES * sheet.p50)).toFixed(2)}, export / results ${(exported.p50 / results.p50).toFixed(2)}×, one sheet / auth/me ${(sheet.p50 / me.p50).toFixed(1)}×`);
console.log(`scoring: ${scored.n} PUTs in ${scored.seconds.toFixed(1)} s = ${f1(scored.perSecond)} req/s; results: ${rows.filter((r) => r.state === 'final').length}/${rows.length} sheets final, finals ${rows.at(-1)?.final}…${rows[0]?.final}, ${new Set(rows.map((r) => r.rank)).size} distinct ranks`);
await stack.stop();
