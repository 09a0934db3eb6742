#!/usr/bin/env node
// The reminder sweep over many agreements: a fresh database, the built server (APP_ROLE=api: no worker drains the
// queue or runs the scheduled sweeps while we measure), one agreement walked through the API to capture the shape of
// real rows at each state, then N agreements made from those rows in SQL (INSERT … SELECT generate_series), with
// dates that make reminders due today. Then POST /api/v1/admin/reminders/run as admin, twice: the first sweep records
// everything, the second must add nothing. Prints what each sweep did and its time against the targets; asserts
// nothing.
//   npm run bench:sweep                              (N=100000, queue on Redis)
//   N=20000 BENCH_QUEUES=redis,postgres npm run bench:sweep
//   BENCH_DEADLINES=20                               (agreements whose filing deadline passes now: DEADLINE_PASSED each)
//   BENCH_KEEP=1 / BENCH_KEEP=generated              (keep the database after the sweeps / before them, for a look; drop it yourself)
// The first sweep's target is 10 s for 100,000 agreements, scaled with N; the second's is 2 s.
import { loadavg } from 'node:os';
import pg from 'pg';
import { client, REDIS, redisAnswers, startStack } from './support.mjs';

const N = Number(process.env.N ?? process.env.BENCH_AGREEMENTS ?? 100_000);
const DEADLINES = Number(process.env.BENCH_DEADLINES ?? 20);
const BACKENDS = (process.env.BENCH_QUEUES ?? 'redis').split(',').map((s) => s.trim()).filter(Boolean);
const TARGET_FIRST = 10; // seconds, for 100,000 agreements
const TARGET_SECOND = 2;

const FIGURES = { funds: 1000, equipment: 2, studentsTrained: 40, majorBuilding: '方案', trainingConditions: '工位', teacherDevelopment: '培训', technicalServices: '服务' };
const CONTENT = {
  nameAndScope: '订单班', purpose: '培养', mode: '订单培养', details: '每年 40 人', rightsAndObligations: '双方义务',
  partnerInvestment: '设备 4 台', collegeResources: '实训室 2 间', facilitiesAndCosts: '企业承担维护', incomeDistribution: '5:5',
  terminationConditions: '严重违约', breachLiability: '赔偿损失',
};
const MEETING = { meetingDate: '2026-10-30', minutesNumber: '校办〔2026〕12号' };
const pdf = (text) => Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
const shanghaiDate = (t) => new Date(t + 8 * 3600_000).toISOString().slice(0, 10);
const addDays = (date, n) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86400_000).toISOString().slice(0, 10);

const connect = async (stack) => {
  const db = new pg.Client({ connectionString: stack.env.DATABASE_URL });
  db.on('error', () => undefined); // dropped with the database at the end
  await db.connect();
  return db;
};
/** An instant as JavaScript writes it (what the machine keeps in its context). */
const js = (sql) => `to_jsonb(to_char((${sql}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`;

/** One agreement through the API, its row captured at each state the generator copies. */
async function templates(stack) {
  const { login, call } = client(stack.base);
  for (const u of ['c1staff', 'c1leader', 'center', 'legal', 'leader', 'admin']) await login(u);
  const upload = async (id, kind, user = 'c1staff') => {
    const form = new FormData();
    form.set('kind', kind);
    form.set('file', new Blob([pdf(kind)], { type: 'application/pdf' }), `${kind}.pdf`);
    await call(user, 'POST', `/api/v1/agreements/${id}/documents`, form);
  };
  const db = await connect(stack);
  const capture = async (id) => (await db.query('SELECT row_to_json(a) AS r FROM agreements a WHERE id = $1', [id])).rows[0].r;
  const me = await call('c1staff', 'GET', '/api/v1/auth/me');
  const partner = (await call('c1staff', 'GET', '/api/v1/partners?status=active')).items[0];
  const major = (await call('c1staff', 'GET', `/api/v1/majors?collegeId=${me.collegeId}`)).items[0];
  const a = await call('c1staff', 'POST', '/api/v1/agreements', { title: '模板项目', partnerId: partner.id, cooperationType: 'internship', majorIds: [major.id] });
  const today = shanghaiDate(Date.now());
  await call('c1staff', 'PATCH', `/api/v1/agreements/${a.id}`, { content: CONTENT, startDate: addDays(today, -300), endDate: addDays(today, 700) });
  const send = (user, type, extra = {}) => call(user, 'POST', `/api/v1/agreements/${a.id}/events`, { type, ...extra });
  const out = {};
  for (const k of ['research_report', 'inspection_report', 'cooperation_plan', 'meeting_minutes', 'feasibility_report', 'agreement_draft', 'signoff_form', 'signed_agreement']) await upload(a.id, k);
  await send('c1staff', 'SUBMIT');
  await send('c1leader', 'SUBMIT');
  out.centerReview = await capture(a.id);
  await send('center', 'APPROVE');
  await send('c1staff', 'SUBMIT');
  await send('center', 'APPROVE');
  await send('legal', 'APPROVE');
  await send('leader', 'APPROVE', { data: MEETING });
  await send('leader', 'APPROVE', { data: MEETING });
  await send('c1staff', 'RECORD_SIGNING', { data: { signedAt: today } });
  out.filing = await capture(a.id);
  await send('c1staff', 'SUBMIT');
  await send('center', 'REGISTER_FILING');
  out.selfCheck = await capture(a.id);
  const semester = (await call('c1staff', 'GET', '/api/v1/calendar')).semesters[0].name;
  await upload(a.id, 'self_check_report');
  await send('c1staff', 'SUBMIT_SELF_CHECK', { data: { semester, figures: FIGURES } });
  out.review = await capture(a.id);
  out.selfCheckRow = (await db.query('SELECT * FROM self_checks WHERE agreement_id = $1', [a.id])).rows[0];
  await upload(a.id, 'supervision_notice', 'c1leader');
  await send('c1leader', 'ISSUE_SUPERVISION_NOTICE', { data: { deadline: addDays(today, 20) } });
  out.supervision = await capture(a.id);
  await db.end();
  return { ...out, semester, templateId: a.id };
}

/**
 * N agreements spread over the demo colleges, by i % 20: 0–11 self-check (学期自查, the semester's self-check due in
 * 10 days), 12–15 review (waiting at the center for 10 days: 催办; their self-check is in), 16–17 supervision
 * (deadline in 2 days), 18 filing overdue (already marked, but the first BENCH_DEADLINES not yet: DEADLINE_PASSED),
 * 19 feasibility at the center's review for 10 days (催办). Of the running ones every 10th ends in 20 days and the
 * next in 60 (到期提醒); the others in two years.
 */
async function generate(db, t, n) {
  const today = shanghaiDate(Date.now());
  // the semester's self-check is due in 10 days: the 14-day reminder fires today, for every running agreement owing it
  await db.query(`UPDATE semesters SET starts_on = least(starts_on, $2::date - 60), ends_on = greatest(ends_on, $2::date + 40), self_check_due_on = $2::date + 10 WHERE name = $1`, [t.semester, today]);
  const colleges = (await db.query(`SELECT c.id, (SELECT m.id FROM majors m WHERE m.college_id = c.id ORDER BY m.code LIMIT 1) AS major FROM colleges c ORDER BY c.code`)).rows;
  const cols = `title, college_id, partner_id, cooperation_type, requires_demonstration, content, start_date, end_date, stage, state, snapshot, machine_version,
    version, signed_at, filing_due_at, filed_at, filing_late, filing_number, supervision_deadline, overdue, created_by, created_at, updated_at, entered_state_at`;
  const started = performance.now();
  await db.query('BEGIN');
  await db.query(`CREATE TEMP TABLE tpl (kind text PRIMARY KEY, r jsonb) ON COMMIT DROP`);
  for (const kind of ['centerReview', 'filing', 'selfCheck', 'review', 'supervision']) await db.query('INSERT INTO tpl VALUES ($1, $2)', [kind, JSON.stringify(t[kind])]);
  const signedAt = `(now() - make_interval(days => 200 + g % 300))`;
  const dueAt = `(now() - make_interval(days => 1 + g % 20))`;
  const supervision = `(now() + interval '2 days')`;
  const entered = `(now() - interval '10 days')`;
  await db.query(`
    INSERT INTO agreements (${cols})
    SELECT '压测项目 ' || g, (c.ids)[1 + g % cardinality(c.ids)], (p.r->>'partner_id')::uuid, p.r->>'cooperation_type', (p.r->>'requires_demonstration')::boolean,
      p.r->'content', (p.r->>'start_date')::date,
      CASE WHEN k.kind IN ('selfCheck', 'review', 'supervision') THEN
        CASE g % 10 WHEN 0 THEN $2::date + 20 WHEN 1 THEN $2::date + 60 ELSE $2::date + 730 END
      ELSE (p.r->>'end_date')::date END,
      p.r->>'stage', p.r->>'state',
      CASE k.kind
        WHEN 'filing' THEN jsonb_set(jsonb_set(jsonb_set(p.r->'snapshot', '{context,signedAt}', to_jsonb(to_char(${signedAt} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD'))),
          '{context,filingDueAt}', ${js(dueAt)}), '{context,filingOverdue}', to_jsonb(g > $3))
        WHEN 'supervision' THEN jsonb_set(p.r->'snapshot', '{context,supervisionDeadline}', ${js(supervision)})
        ELSE p.r->'snapshot' END,
      p.r->>'machine_version', (p.r->>'version')::int,
      CASE WHEN k.kind = 'centerReview' THEN NULL ELSE ${signedAt} END,
      CASE WHEN k.kind = 'centerReview' THEN NULL WHEN k.kind = 'filing' THEN ${dueAt} ELSE ${signedAt} + interval '7 days' END,
      CASE WHEN k.kind IN ('selfCheck', 'review', 'supervision') THEN ${signedAt} + interval '3 days' END,
      (p.r->>'filing_late')::boolean,
      CASE WHEN p.r->>'filing_number' IS NOT NULL THEN 'BENCH-' || g END,
      CASE WHEN k.kind = 'supervision' THEN ${supervision} END,
      k.kind = 'filing' AND g > $3,
      (p.r->>'created_by')::uuid, now() - interval '400 days', now() - interval '10 days',
      CASE WHEN k.kind IN ('review', 'centerReview') THEN ${entered} ELSE ${signedAt} + interval '3 days' END
    FROM generate_series(1, $1::int) AS g
    CROSS JOIN LATERAL (SELECT CASE WHEN g % 20 < 12 THEN 'selfCheck' WHEN g % 20 < 16 THEN 'review' WHEN g % 20 < 18 THEN 'supervision'
                                    WHEN g % 20 = 18 THEN 'filing' ELSE 'centerReview' END AS kind) k
    JOIN tpl p ON p.kind = k.kind
    CROSS JOIN (SELECT array_agg(id ORDER BY code) AS ids FROM colleges) c`,
    [n, today, DEADLINES * 20]);
  // the review ones have their self-check in; every agreement has its college's first major
  await db.query(`INSERT INTO self_checks (agreement_id, semester, figures, status, submitted_at, submitted_by)
    SELECT a.id, $1, $2::jsonb, 'submitted', a.entered_state_at, (SELECT id FROM users WHERE username = 'c1staff') FROM agreements a WHERE a.state = 'review' AND a.title LIKE '压测项目 %'`,
    [t.semester, JSON.stringify(t.selfCheckRow.figures)]);
  await db.query(`INSERT INTO agreement_majors (agreement_id, major_id) SELECT a.id, m.major FROM agreements a JOIN unnest($1::uuid[], $2::uuid[]) AS m(college, major) ON m.college = a.college_id WHERE a.title LIKE '压测项目 %'`,
    [colleges.map((c) => c.id), colleges.map((c) => c.major)]);
  await db.query('COMMIT');
  await db.query('VACUUM ANALYZE agreements');
  await db.query('VACUUM ANALYZE self_checks');
  const counts = (await db.query(`SELECT state, count(*)::int AS n FROM agreements WHERE title LIKE '压测项目 %' GROUP BY 1 ORDER BY 1`)).rows;
  return { seconds: (performance.now() - started) / 1000, counts };
}

async function sweep(stack, call) {
  const t = performance.now();
  const r = await call('admin', 'POST', '/api/v1/admin/reminders/run');
  return { ...r, seconds: (performance.now() - t) / 1000 };
}

const results = [];
for (const backend of BACKENDS) {
  if (backend === 'redis' && !(await redisAnswers(REDIS))) { console.log(`skipping the Redis run: nothing answers at ${REDIS}`); continue; }
  const stack = await startStack({ prefix: 'coop_sweep', redisUrl: backend === 'redis' ? REDIS : null, env: { APP_ROLE: 'api' } });
  try {
    const t = await templates(stack);
    const db = await connect(stack);
    const made = await generate(db, t, N);
    if (process.env.BENCH_KEEP === 'generated') { // the generated data only, no sweep (for a look at the queries)
      stack.server.kill('SIGTERM');
      console.log(`kept ${stack.env.DATABASE_URL}`);
      process.exit(0);
    }
    const { login, call } = client(stack.base);
    await login('admin');
    const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
    const before = load();
    const first = await sweep(stack, call);
    const between = load();
    const second = await sweep(stack, call);
    const rows = (await db.query(`SELECT (SELECT count(*)::int FROM notifications) AS notifications, (SELECT count(*)::int FROM deliveries) AS deliveries,
      (SELECT count(*)::int FROM deliveries WHERE channel = 'email') AS emails`)).rows[0];
    results.push({ backend, made, first, second, rows, load: [before, between, load()] });
    await db.end();
    if (process.env.BENCH_KEEP) { // leave the database for a look (drop it yourself)
      stack.server.kill('SIGTERM');
      console.log(`kept ${stack.env.DATABASE_URL}`);
      process.exit(0);
    }
  } finally {
    await stack.stop();
  }
}

console.log(`\nReminder sweep benchmark: N=${N} agreements, ${new Date().toISOString()}, server APP_ROLE=api (no worker draining the queue meanwhile)`);
for (const r of results) {
  console.log(`\nqueue on ${r.backend}: generated in ${r.made.seconds.toFixed(1)} s: ${r.made.counts.map((c) => `${c.state} ${c.n}`).join(', ')}`);
  console.log('sweep'.padEnd(8), 'reminders'.padStart(10), 'deliveries'.padStart(11), 'deadline ev'.padStart(12), 'seconds'.padStart(8), 'target s'.padStart(9), 'ratio'.padStart(7), '  load avg (1/5/15 min) before');
  for (const [name, s, target, l] of [['first', r.first, TARGET_FIRST * (N / 100_000), r.load[0]], ['second', r.second, TARGET_SECOND, r.load[1]]]) {
    console.log(name.padEnd(8), String(s.reminders).padStart(10), String(s.deliveriesCreated).padStart(11), String(s.deadlineEvents).padStart(12), s.seconds.toFixed(2).padStart(8),
      target.toFixed(1).padStart(9), (s.seconds / target).toFixed(2).padStart(7), `  ${l}`);
  }
  console.log(`rows after both: ${r.rows.notifications} inbox notifications, ${r.rows.deliveries} deliveries (${r.rows.emails} e-mail); load avg after: ${r.load[2]}`);
}
