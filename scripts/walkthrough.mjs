#!/usr/bin/env node
// Takes one demo agreement through the whole happy path, 调研 → 终止 (expired), against a running service:
//   npm start            # in another terminal
//   node scripts/walkthrough.mjs [http://localhost:3000]
// Every step prints the state it reached; the script stops at the first unexpected answer.
const BASE = process.argv[2] ?? process.env.BASE_URL ?? 'http://localhost:3000';
const PASSWORD = 'demo123456';
const tokens = {};

async function call(user, method, path, body, headers = {}) {
  const init = { method, headers: { authorization: `Bearer ${tokens[user]}`, ...headers } };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers['content-type'] = 'application/json';
  }
  const res = await fetch(BASE + path, init);
  const json = await res.json().catch(() => null);
  if (res.status >= 300) throw new Error(`${user} ${method} ${path} → ${res.status} ${JSON.stringify(json)}`);
  return json;
}

async function login(user) {
  const res = await fetch(`${BASE}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: user, password: PASSWORD }) });
  if (res.status !== 200) throw new Error(`login ${user}: ${res.status} ${await res.text()}`);
  tokens[user] = (await res.json()).accessToken;
}

/** A tiny valid PDF, so uploads pass the type check. */
function pdf(title) {
  return new Blob([`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${title}\ntrailer << /Root 1 0 R >>\n%%EOF\n`], { type: 'application/pdf' });
}

async function upload(user, id, kind) {
  const form = new FormData();
  form.set('kind', kind);
  form.set('file', pdf(kind), `${kind}.pdf`);
  const doc = await call(user, 'POST', `/api/v1/agreements/${id}/documents`, form);
  console.log(`   ↑ ${user} uploaded ${kind} v${doc.version} (${doc.size} bytes, sha256 ${doc.sha256.slice(0, 12)}…)`);
}

async function send(user, id, type, extra = {}) {
  const a = await call(user, 'POST', `/api/v1/agreements/${id}/events`, { type, ...extra });
  console.log(`→ ${user.padEnd(9)} ${type.padEnd(18)} ⇒ ${a.statePath} (${a.stateLabel?.zh ?? ''})`);
  return a;
}

const today = new Date();
const iso = (d) => d.toISOString().slice(0, 10);
const daysFromNow = (n) => new Date(today.getTime() + n * 86400000);

for (const u of ['c1staff', 'c1leader', 'center', 'legal', 'leader', 'finance']) await login(u);
const partner = (await call('c1staff', 'GET', '/api/v1/partners?q=晋中智能装备')).items[0];
const majors = (await call('c1staff', 'GET', `/api/v1/majors?collegeId=${(await call('c1staff', 'GET', '/api/v1/auth/me')).collegeId}`)).items;

const created = await call('c1staff', 'POST', '/api/v1/agreements', {
  title: `工业机器人订单班合作项目 ${today.toISOString().slice(0, 16)}`,
  partnerId: partner.id,
  cooperationType: 'order_class',
  majorIds: [majors[1].id],
});
const id = created.id;
console.log(`created ${id} at ${created.statePath}; demonstration required: ${created.requiresDemonstration}`);

await upload('c1staff', id, 'research_report');
await send('c1staff', id, 'SUBMIT');
for (const kind of ['inspection_report', 'cooperation_plan', 'meeting_minutes', 'feasibility_report']) await upload('c1staff', id, kind);
await send('c1leader', id, 'SUBMIT'); // the package carries the 党政联席会议 minutes: the college leader submits it
await send('center', id, 'APPROVE', { comment: '可行性材料齐全，同意进入协议拟定' });

const content = {
  nameAndScope: '工业机器人技术专业订单班，面向焊接与装配岗位', purpose: '共同培养工业机器人运维人才', mode: '订单培养',
  details: '每年招收 40 人，企业参与课程与实训', rightsAndObligations: '学校负责教学管理，企业提供岗位与导师',
  partnerInvestment: '六轴机器人 4 台、焊接工作站 2 套', collegeResources: '实训楼 3 层 2 间实训室', facilitiesAndCosts: '企业承担设备维护，学校承担水电',
  incomeDistribution: '社会培训收入按 5:5 分配，纳入学校财务统一管理', terminationConditions: '任一方严重违约或连续两学期考核不合格',
  breachLiability: '违约方承担由此造成的损失',
};
await call('c1staff', 'PATCH', `/api/v1/agreements/${id}`, { content, startDate: iso(daysFromNow(-400)), endDate: iso(daysFromNow(60)) });
await upload('c1staff', id, 'agreement_draft');
await send('c1staff', id, 'SUBMIT');
await send('center', id, 'APPROVE');
await upload('legal', id, 'legal_opinion');
await send('legal', id, 'APPROVE', { comment: '条款合规' });
await send('leader', id, 'APPROVE', { comment: '校长办公会通过', data: { meetingDate: iso(today), minutesNumber: '校长办公会纪要〔2026〕8号' } });
await send('leader', id, 'APPROVE', { comment: '党委会通过', data: { meetingDate: iso(today), minutesNumber: '党委会纪要〔2026〕5号' } });

await upload('c1staff', id, 'signoff_form');
await upload('c1staff', id, 'signed_agreement');
let a = await send('c1staff', id, 'RECORD_SIGNING', { data: { signedAt: today.toISOString() } });
console.log(`   filing due ${a.filingDueAt}`);
await send('c1staff', id, 'SUBMIT');
a = await send('center', id, 'REGISTER_FILING');
console.log(`   filing number ${a.filingNumber}`);

await upload('c1staff', id, 'self_check_report');
const figures = { funds: 20, equipment: 35.5, studentsTrained: 40, majorBuilding: '修订人才培养方案 1 份', trainingConditions: '新增实训工位 12 个', teacherDevelopment: '企业培训教师 5 人次', technicalServices: '技术服务 2 项' };
const semester = (await call('c1staff', 'GET', '/api/v1/calendar')).semesters[0].name;
await send('c1staff', id, 'SUBMIT_SELF_CHECK', { data: { semester, figures } });
await send('center', id, 'REVIEW_PASS', { data: { conclusion: '履约良好，考核合格' } });
await send('c1leader', id, 'EXIT', { comment: '合作期满，不再续签' });
await upload('center', id, 'archive_catalog');
await upload('c1staff', id, 'archive_photo');
a = await send('center', id, 'ARCHIVE');
console.log(`terminated with reason ${a.terminationReason}`);

const history = await call('c1staff', 'GET', `/api/v1/agreements/${id}/history`);
console.log(`\nhistory (${history.length} transitions):`);
for (const h of history) console.log(`  ${h.at}  ${h.actor.username.padEnd(9)} ${h.event.padEnd(18)} ${h.from} → ${h.to}`);
