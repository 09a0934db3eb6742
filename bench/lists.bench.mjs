#!/usr/bin/env node
// Lists over many agreements: a fresh database (migrated, demo data), then a SQL generator (INSERT … SELECT
// generate_series, no API loop) makes N agreements shaped like one created through the API (its snapshot, machine
// version and content, with the state, stage and context of every stage of the lifecycle), spread over 20 colleges,
// 2,000 partners, every cooperation type and ~5 years; VACUUM ANALYZE; then GET /api/v1/agreements over HTTP, one
// request at a time: the first page unfiltered and with each filter and sort, as a college user, a deep page by offset
// and by cursor, the last page by cursor, and the searches. Prints p50/p95 against the targets; asserts nothing.
//   npm run bench:lists                 (N=1000000)
//   N=100000 BENCH_REPS=30 npm run bench:lists
import os from 'node:os';
import pg from 'pg';
import { generate } from './lists-data.mjs';
import { client, pct, REDIS, startStack } from './support.mjs';

const N = Number(process.env.N ?? 1_000_000);
const REPS = Number(process.env.BENCH_REPS ?? 40);
const KEEP = process.env.BENCH_KEEP === '1';
const FIRST_PAGE_MS = 20;
const SEARCH_MS = 50;

// API only (APP_ROLE=api): no sweep or worker runs over the generated rows while the lists are timed. The server
// starts before the rows exist: they have no work items, which a server starting later would open for every
// unfinished one (the start-up backfill). BENCH_KEEP=1 keeps the database for EXPLAIN (its URL is printed).
const stack = await startStack({ prefix: 'coop_bench_lists', env: { APP_ROLE: 'api' } });
const { login, call, tokens } = client(stack.base);
for (const u of ['center', 'c1staff']) await login(u);
const me = await call('c1staff', 'GET', '/api/v1/auth/me');
const db = new pg.Client({ connectionString: stack.env.DATABASE_URL });
await db.connect();
db.on('error', () => {}); // a failed run drops the database under this connection
{
  const partner = (await call('c1staff', 'GET', '/api/v1/partners?status=active')).items[0];
  const major = (await call('c1staff', 'GET', `/api/v1/majors?collegeId=${me.collegeId}`)).items[0];
  // the template: one agreement made through the API, so that generated rows carry what the API writes
  const template = await call('c1staff', 'POST', '/api/v1/agreements', { title: '模板项目', partnerId: partner.id, cooperationType: 'internship', majorIds: [major.id] });
  const t0 = performance.now();
  await generate(db, { n: N, templateId: template.id, userId: me.id, log: true });
  console.log(`generated in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}
const size = (await db.query(`SELECT pg_size_pretty(pg_total_relation_size('agreements')) AS s, (SELECT count(*) FROM agreements)::int AS n`)).rows[0];
console.log(`${size.n.toLocaleString('en')} agreements, ${size.s} with indexes`);

// what the filters pick
const pick = async (sql) => (await db.query(sql)).rows[0];
const somePartner = await pick(`SELECT partner_id AS id, (SELECT name FROM partners WHERE id = partner_id) AS name FROM agreements GROUP BY partner_id ORDER BY count(*) DESC, partner_id LIMIT 1`);
const aNumber = await pick(`SELECT filing_number AS n FROM agreements WHERE filing_number IS NOT NULL ORDER BY filing_number OFFSET ${Math.floor(N / 4)} LIMIT 1`);
const aTitle = await pick(`SELECT title AS t FROM agreements ORDER BY id OFFSET ${Math.floor(N / 3)} LIMIT 1`);
const partnerWord = somePartner.name.slice(2, 6); // brand + industry, e.g. 恒达智能: a few partners share it

const L = '/api/v1/agreements?pageSize=20';
const enc = (s) => encodeURIComponent(s);
// a cursor for another sort made from one this list gave out: [sort, key, id] (the bench knows the opaque format)
const resort = (cursor, sort) => { const [, key, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()); return Buffer.from(JSON.stringify([sort, key, id])).toString('base64url'); };
const mid = Math.floor(size.n / 2 / 100);
const midCursor = (await call('center', 'GET', `/api/v1/agreements?pageSize=100&page=${mid}`)).nextCursor; // the cursor after row N/2
const tail = await call('center', 'GET', '/api/v1/agreements?pageSize=21&sort=updatedAt'); // its 21st row is the 21st from the end

// [label, user, path, target ms]; the baseline reads no list
const cases = [
  ['baseline: GET /auth/me (no list)', 'center', '/api/v1/auth/me'],
  ['first page, center, -updatedAt (default)', 'center', L, FIRST_PAGE_MS],
  ...['updatedAt', 'createdAt', '-createdAt', 'title', '-title', 'endDate', '-endDate'].map((sort) => [`first page, sort=${sort}`, 'center', `${L}&sort=${sort}`, FIRST_PAGE_MS]),
  ['stage=selfCheck (~40%)', 'center', `${L}&stage=selfCheck`, FIRST_PAGE_MS],
  ['stage=signing (~2%)', 'center', `${L}&stage=signing`, FIRST_PAGE_MS],
  ['stage=signing, sort=title', 'center', `${L}&stage=signing&sort=title`, FIRST_PAGE_MS],
  ['collegeId (1 of 20)', 'center', `${L}&collegeId=${me.collegeId}`, FIRST_PAGE_MS],
  ['partnerId (1 of 2,000)', 'center', `${L}&partnerId=${somePartner.id}`, FIRST_PAGE_MS],
  ['partnerId, sort=-endDate', 'center', `${L}&partnerId=${somePartner.id}&sort=-endDate`, FIRST_PAGE_MS],
  ['cooperationType=training_base', 'center', `${L}&cooperationType=training_base`, FIRST_PAGE_MS],
  ['overdue=true (~1%)', 'center', `${L}&overdue=true`, FIRST_PAGE_MS],
  ['overdue=false', 'center', `${L}&overdue=false`, FIRST_PAGE_MS],
  ['college user (c1staff), unfiltered', 'c1staff', L, FIRST_PAGE_MS],
  ['college user, stage=review', 'c1staff', `${L}&stage=review`, FIRST_PAGE_MS],
  ['college user, sort=title', 'c1staff', `${L}&sort=title`, FIRST_PAGE_MS],
  [`deep page by cursor (after row ${(mid * 100).toLocaleString('en')})`, 'center', `${L}&cursor=${enc(midCursor)}`, FIRST_PAGE_MS],
  ['last page by cursor', 'center', `${L}&cursor=${enc(resort(tail.nextCursor, '-updatedAt'))}`, FIRST_PAGE_MS],
  ['search title, common (工业机器人订单班)', 'center', `${L}&q=${enc('工业机器人订单班')}`, SEARCH_MS],
  [`search title, one record (${aTitle.t.slice(-10)})`, 'center', `${L}&q=${enc(aTitle.t.slice(-10))}`, SEARCH_MS],
  [`search partner (${partnerWord})`, 'center', `${L}&q=${enc(partnerWord)}`, SEARCH_MS],
  ['search partner, full name', 'center', `${L}&q=${enc(somePartner.name)}`, SEARCH_MS],
  [`search filing number (${aNumber.n})`, 'center', `${L}&q=${enc(aNumber.n)}`, SEARCH_MS],
  [`search filing number, its start (${aNumber.n.slice(0, 12)})`, 'center', `${L}&q=${enc(aNumber.n.slice(0, 12))}`, SEARCH_MS],
  [`search filing number, a part (${aNumber.n.slice(-7)})`, 'center', `${L}&q=${enc(aNumber.n.slice(-7))}`, SEARCH_MS],
  ['search as college user (工业机器人)', 'c1staff', `${L}&q=${enc('工业机器人')}`, SEARCH_MS],
];
const get = async (user, path) => {
  const t = performance.now();
  const res = await fetch(stack.base + path, { headers: { authorization: `Bearer ${tokens[user]}` } });
  const body = await res.json();
  if (res.status !== 200) throw new Error(`${path} → ${res.status} ${JSON.stringify(body)}`);
  return { ms: performance.now() - t, body };
};
// rounds: every case once per round (after two untimed rounds), so that load bursts from the machine's other work
// spread over all cases instead of landing on a few
const times = cases.map(() => []);
const last = [];
for (let round = 0; round < REPS + 2; round++) {
  for (const [i, [, user, path]] of cases.entries()) {
    const { ms, body } = await get(user, path);
    if (round >= 2) times[i].push(ms);
    last[i] = body;
  }
}
// deep page by offset (the middle of the list, the same rows as the cursor case above): 5 times, it is slow
const offsetMs = [];
for (let i = 0; i < 5; i++) offsetMs.push((await get('center', `${L}&page=${mid * 5 + 1}`)).ms);

console.log(`\nList benchmark: ${size.n.toLocaleString('en')} agreements, PostgreSQL ${(await db.query('SHOW server_version')).rows[0].server_version}, `
  + `one request at a time, ${REPS} rounds over all cases after 2 untimed; load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')} (${os.cpus().length} CPUs), ${new Date().toISOString()}`);
console.log(`${'case'.padEnd(50)} ${'n'.padStart(4)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'target'.padStart(6)} ${'p95/t'.padStart(6)}`);
const rows = [];
const line = (label, ms, target, body) => {
  const r = { label, n: ms.length, p50: pct(ms, 50), p95: pct(ms, 95), target };
  rows.push(r);
  const t = target ? `${String(target).padStart(6)} ${(r.p95 / target).toFixed(2).padStart(6)}` : '     –      –';
  const what = body?.items ? `   ${String(body.items.length).padStart(3)} items, total ${body.total}${body.totalEstimated ? ' (estimated)' : ''}${body.nextCursor === null ? ', last page' : ''}` : '';
  console.log(`${label.padEnd(50)} ${String(r.n).padStart(4)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${t}${what}`);
};
cases.forEach(([label, , , target], i) => line(label, times[i], target, last[i]));
line(`deep page by offset (page ${mid * 5 + 1}: offset ${(mid * 100).toLocaleString('en')})`, offsetMs, undefined, undefined);

const over = rows.filter((r) => r.target && r.p95 > r.target);
console.log(`\n${rows.filter((r) => r.target).length - over.length} of ${rows.filter((r) => r.target).length} cases within target${over.length ? `; over: ${over.map((r) => r.label).join(', ')}` : ''}; load average now ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
await db.end();
if (KEEP) {
  const exited = new Promise((r) => stack.server.once('exit', r));
  stack.server.kill('SIGTERM');
  await exited;
  // the database stays; the run's queue keys go, as stop() would remove them
  const { default: Redis } = await import('ioredis');
  const redis = new Redis(stack.env.REDIS_URL ?? REDIS);
  for (let cursor = '0'; ; ) {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${stack.dbName}:*`, 'COUNT', 500);
    if (keys.length) await redis.del(...keys);
    if ((cursor = next) === '0') break;
  }
  redis.disconnect();
  console.log(`kept: ${stack.env.DATABASE_URL} (drop it when done: DROP DATABASE "${stack.dbName}")`);
  await stack.admin.end();
} else {
  await stack.stop();
}
