// The SQL generator of bench/lists.bench.mjs: N agreements made by INSERT … SELECT generate_series (no API loop), each
// shaped like `templateId` (an agreement created through the API: its snapshot, machine version and content), with the
// state, stage, dates and snapshot context of a place in the lifecycle (~40% at self-check, ~30% terminated, ~2% overdue),
// over the demo colleges plus 18 more (one major each), 2,000 partners, the nine cooperation types and ~5 years.
// No work items: the bench starts its server before generating (a server started later opens the missing items of
// every unfinished agreement at start-up). Then VACUUM ANALYZE, as autovacuum would have done.

/** Generates `n` agreements on the pg client `db` (a database migrated and seeded with the demo data). */
export async function generate(db, { n, templateId, userId, log = false }) {
  const step = async (label, sql, params) => {
    const t = performance.now();
    const r = await db.query(sql, params);
    if (log) console.log(`  ${label}: ${((performance.now() - t) / 1000).toFixed(1)} s${r.rowCount ? ` (${r.rowCount} rows)` : ''}`);
    return r;
  };
  if (log) console.log(`generating ${n.toLocaleString('en')} agreements …`);
  await step('colleges and majors', `
    WITH c AS (
      INSERT INTO colleges (code, name) SELECT 'BENCH-' || lpad(i::text, 2, '0'), '压测学院' || i FROM generate_series(1, 18) i RETURNING id, code)
    INSERT INTO majors (college_id, code, name) SELECT id, code || '-M1', '压测专业' FROM c`);
  await step('partners', `
    INSERT INTO partners (name, kind, credit_code, industry, status)
    SELECT (ARRAY['晋中','太原','大同','长治','临汾','运城','忻州','吕梁','阳泉','朔州','晋城'])[1 + i % 11]
        || (ARRAY['恒达','华新','正泰','宏远','鑫源','中联','金科','瑞丰','天成','博通','汇智','联创','信达','广源','永盛','国泰','鼎盛','嘉禾','明德','安泰',
                  '星河','卓越','凯瑞','同方','海纳','新锐','众合','泰和','东方','北辰','南山','西岭','长青','远航','启明','丰华','兴业','恒信','华泰','立德',
                  '精工','云图','数联','智行','睿达','优创','聚能','光华','晨曦','宏图'])[1 + (i / 11) % 50]
        || (ARRAY['智能科技','汽车制造','电子商务','物流','新能源','机械','软件','医药'])[1 + (i / 550) % 8] || '有限公司',
      'enterprise', 'BENCH' || lpad(i::text, 13, '0'), '装备制造', 'active'
    FROM generate_series(1, 2000) i`);
  // one bucket (0–99) per row decides its place in the lifecycle; r and r2 its dates
  await step('agreements', `
    WITH t AS (SELECT snapshot, machine_version, content FROM agreements WHERE id = $1),
         c AS (SELECT array_agg(id ORDER BY (code LIKE 'BENCH-%'), code) AS ids FROM colleges),
         p AS (SELECT array_agg(id ORDER BY id) AS ids FROM partners),
         s AS (
           SELECT i, b, r, r2, r3, st.state, split_part(st.state, '.', 1) AS stage,
             now() - (r * 1800 + 30) * interval '1 day' AS created_at,
             b >= 20 AND NOT (b >= 90) AS filed
           FROM (SELECT i, (random() * 99.999)::int AS b, random() AS r, random() AS r2, random() AS r3 FROM generate_series(1, $2::int) i) g,
           LATERAL (SELECT CASE
             WHEN b < 5 THEN 'research' WHEN b < 8 THEN 'feasibility.preparing' WHEN b < 9 THEN 'feasibility.centerReview' WHEN b < 10 THEN 'feasibility.demonstration'
             WHEN b < 12 THEN 'agreement.drafting' WHEN b < 13 THEN 'agreement.centerReview' WHEN b < 14 THEN 'agreement.legalReview' WHEN b < 15 THEN 'agreement.presidentMeeting'
             WHEN b < 17 THEN 'signing' WHEN b < 19 THEN 'filing.awaitingSubmission' WHEN b < 20 THEN 'filing.awaitingRegistration'
             WHEN b < 60 THEN 'selfCheck' WHEN b < 65 THEN 'review' WHEN b < 67 THEN 'supervision' WHEN b < 68 THEN 'terminating.awaitingApproval'
             WHEN b < 70 THEN 'archiving' ELSE 'terminated' END AS state) st),
         d AS (
           SELECT s.*, created_at + r2 * (now() - created_at) AS updated_at,
             CASE WHEN b >= 17 AND NOT b >= 90 THEN (created_at + interval '60 days')::date END AS signed_on,
             CASE WHEN b >= 10 AND i % 5 <> 0 THEN (created_at + interval '90 days')::date END AS start_date,
             CASE WHEN state = 'terminated' THEN (ARRAY['expired','renewed','early_termination','non_performance','withdrawn','declined'])[1 + i % 4 + CASE WHEN b >= 90 THEN 4 - i % 4 + i % 2 ELSE 0 END] END AS reason
           FROM s)
    INSERT INTO agreements (title, college_id, partner_id, cooperation_type, requires_demonstration, content, start_date, end_date, stage, state, snapshot,
      machine_version, version, signed_at, filing_due_at, filed_at, filing_number, supervision_deadline, overdue, termination_reason, created_by,
      created_at, updated_at, entered_state_at)
    SELECT
      (ARRAY['智能制造','新能源汽车','工业机器人','电子商务','大数据','人工智能','物联网','现代物流','智慧农业','康养护理','数字媒体','轨道交通','化工','建筑','旅游','会计','软件','汽车维修','电气自动化','跨境电商'])[1 + i % 20]
        || (ARRAY['订单班','现代学徒制','实训基地','产业学院','共建专业','师资培训','顶岗实习','技术研发','横向课题','技能竞赛','就业基地','协同创新'])[1 + (i / 20) % 12]
        || '合作项目（' || (2021 + i % 5) || '）第' || i || '号',
      c.ids[1 + floor(r3 * array_length(c.ids, 1))::int],
      p.ids[1 + ((i::bigint * 7919) % array_length(p.ids, 1))::int],
      (ARRAY['major_building','order_class','apprenticeship','internship','training_base','faculty','industry_college','rnd','other'])[1 + (i / 3) % 9],
      (i / 3) % 9 IN (0, 4, 6),
      t.content,
      start_date,
      CASE WHEN start_date IS NOT NULL AND i % 7 <> 0 THEN start_date + (365 * (1 + i % 5)) END,
      stage, state,
      jsonb_set(t.snapshot, '{value}', CASE WHEN state LIKE '%.%' THEN jsonb_build_object(stage, split_part(state, '.', 2)) ELSE to_jsonb(state) END)
        || jsonb_build_object('status', CASE WHEN state = 'terminated' THEN 'done' ELSE 'active' END)
        || jsonb_build_object('context', (t.snapshot -> 'context') || jsonb_strip_nulls(jsonb_build_object(
             'requiresDemonstration', (i / 3) % 9 IN (0, 4, 6),
             'signedAt', signed_on::text,
             'filingDueAt', CASE WHEN signed_on IS NOT NULL THEN to_char((signed_on + 8)::timestamp AT TIME ZONE 'Asia/Shanghai' - interval '1 second', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') END,
             'filedAt', CASE WHEN filed THEN to_char(created_at + interval '65 days', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') END,
             'filingNumber', CASE WHEN filed THEN 'BA-' || to_char(created_at + interval '65 days', 'YYYY') || '-' || lpad(i::text, 7, '0') END,
             'filingOverdue', state = 'filing.awaitingSubmission' AND i % 2 = 0,
             'supervisionOverdue', state = 'supervision' AND i % 2 = 0,
             'terminationReason', reason))),
      t.machine_version,
      1 + i % 5,
      signed_on::timestamp AT TIME ZONE 'Asia/Shanghai',
      CASE WHEN signed_on IS NOT NULL THEN (signed_on + 8)::timestamp AT TIME ZONE 'Asia/Shanghai' - interval '1 second' END,
      CASE WHEN filed THEN created_at + interval '65 days' END,
      CASE WHEN filed THEN 'BA-' || to_char(created_at + interval '65 days', 'YYYY') || '-' || lpad(i::text, 7, '0') END,
      CASE WHEN state = 'supervision' THEN updated_at + interval '30 days' END,
      (state = 'filing.awaitingSubmission' OR state = 'supervision') AND i % 2 = 0,
      reason,
      $3::uuid,
      created_at, updated_at, updated_at
    FROM d, t, c, p`, [templateId, n, userId]);
  await step('agreement majors', `
    INSERT INTO agreement_majors (agreement_id, major_id)
    SELECT a.id, m.id FROM agreements a CROSS JOIN LATERAL (SELECT id FROM majors WHERE college_id = a.college_id ORDER BY code LIMIT 1) m
    WHERE a.id <> $1`, [templateId]);
  await step('VACUUM ANALYZE', 'VACUUM ANALYZE');
}
