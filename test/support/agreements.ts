import { api, ApiResponse, baseUrl, login, me } from './api';

/** A minimal valid PDF: passes the upload type check. */
export function pdfBytes(text = 'test'): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
}

export async function upload(token: string, agreementId: string, kind: string, file: { bytes?: Buffer; filename?: string; type?: string } = {}): Promise<ApiResponse> {
  const form = new FormData();
  form.set('kind', kind);
  form.set('file', new Blob([file.bytes ?? pdfBytes(kind)], { type: file.type ?? 'application/pdf' }), file.filename ?? `${kind}.pdf`);
  const res = await fetch(`${baseUrl()}/api/v1/agreements/${agreementId}/documents`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

export async function send(user: string, id: string, type: string, extra: { comment?: string; data?: Record<string, unknown> } = {}, headers: Record<string, string> = {}): Promise<ApiResponse> {
  return api('POST', `/api/v1/agreements/${id}/events`, { token: await login(user), body: { type, ...extra }, headers });
}

/** Sends and insists on 200, returning the agreement. */
export async function step(user: string, id: string, type: string, extra: { comment?: string; data?: Record<string, unknown> } = {}) {
  const res = await send(user, id, type, extra);
  if (res.status !== 200) throw new Error(`${user} ${type} → ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function uploadAll(user: string, id: string, ...kinds: string[]): Promise<void> {
  const token = await login(user);
  for (const kind of kinds) {
    const res = await upload(token, id, kind);
    if (res.status !== 201) throw new Error(`upload ${kind} by ${user} → ${res.status} ${JSON.stringify(res.body)}`);
  }
}

export const CONTENT = {
  nameAndScope: '订单班', purpose: '培养', mode: '订单培养', details: '每年 40 人', rightsAndObligations: '双方义务',
  partnerInvestment: '设备 4 台', collegeResources: '实训室 2 间', facilitiesAndCosts: '企业承担维护', incomeDistribution: '5:5',
  terminationConditions: '严重违约', breachLiability: '赔偿损失',
};
export const FIGURES = { funds: 1000, equipment: 2, studentsTrained: 40, majorBuilding: '方案', trainingConditions: '工位', teacherDevelopment: '培训', technicalServices: '服务' };

const iso = (d: Date) => d.toISOString().slice(0, 10);
export const daysFromNow = (n: number) => iso(new Date(Date.now() + n * 86400000));

export async function demoPartnerAndMajor(user = 'c1staff'): Promise<{ partnerId: string; majorId: string; collegeId: string }> {
  const token = await login(user);
  const { collegeId } = await me(token);
  const partners = await api('GET', '/api/v1/partners?status=active&pageSize=100', { token });
  const majors = await api('GET', `/api/v1/majors?collegeId=${collegeId}`, { token });
  return { partnerId: partners.body.items[0].id, majorId: majors.body.items[0].id, collegeId: collegeId! };
}

export async function createAgreement(user = 'c1staff', over: Record<string, unknown> = {}) {
  const { partnerId, majorId } = await demoPartnerAndMajor(user);
  const res = await api('POST', '/api/v1/agreements', {
    token: await login(user),
    body: { title: `测试项目 ${Math.random().toString(36).slice(2, 8)}`, partnerId, cooperationType: 'order_class', majorIds: [majorId], ...over },
  });
  if (res.status !== 201) throw new Error(`create → ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A 校长办公会 / 党委会 decision carries its meeting date and minutes number. */
export const MEETING = { meetingDate: '2026-10-30', minutesNumber: '校办〔2026〕12号' };

/** The main line, as [user, event, extra, documents to upload first]. */
export const MAIN_LINE: Array<[string, string, { comment?: string; data?: Record<string, unknown> }, string[]]> = [
  ['c1staff', 'SUBMIT', {}, ['research_report']],
  ['c1leader', 'SUBMIT', {}, ['inspection_report', 'cooperation_plan', 'meeting_minutes', 'feasibility_report']],
  ['center', 'APPROVE', { comment: '同意' }, []],
  ['c1staff', 'SUBMIT', {}, ['agreement_draft']],
  ['center', 'APPROVE', {}, []],
  ['legal', 'APPROVE', {}, []],
  ['leader', 'APPROVE', { comment: '校长办公会通过', data: MEETING }, []],
  ['leader', 'APPROVE', { comment: '党委会通过', data: { meetingDate: '2026-10-30', minutesNumber: '党委〔2026〕7号' } }, []],
  ['c1staff', 'RECORD_SIGNING', { data: { signedAt: 'now' } }, ['signoff_form', 'signed_agreement']],
  ['c1staff', 'SUBMIT', {}, []],
  ['center', 'REGISTER_FILING', {}, []],
];

/** Creates an agreement with full content and a term ending in `endInDays`, and walks it `steps` events down the main line. */
export async function agreementAt(steps: number, endInDays = 60) {
  const a = await createAgreement();
  await api('PATCH', `/api/v1/agreements/${a.id}`, { token: await login('c1staff'), body: { content: CONTENT, startDate: daysFromNow(-300), endDate: daysFromNow(endInDays) } });
  let last = a;
  for (const [user, type, extra, docs] of MAIN_LINE.slice(0, steps)) {
    await uploadAll('c1staff', a.id, ...docs);
    // signed "now": the signing date may be neither in the future nor before the agreement was created
    last = await step(user, a.id, type, extra.data?.signedAt === 'now' ? { ...extra, data: { signedAt: new Date().toISOString() } } : extra);
  }
  return last;
}
