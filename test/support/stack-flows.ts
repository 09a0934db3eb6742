import { Client } from 'pg';
import { CONTENT, MEETING, pdfBytes } from './agreements';
import { client, Stack } from './stack';

type Api = ReturnType<typeof client>;

export async function query(stack: Stack, text: string, params: unknown[] = []): Promise<any[]> {
  const c = new Client({ connectionString: stack.databaseUrl });
  await c.connect();
  try {
    return (await c.query(text, params)).rows;
  } finally {
    await c.end();
  }
}

export async function uploadTo(stack: Stack, api: Api, id: string, kind: string, user = 'c1staff'): Promise<void> {
  const form = new FormData();
  form.set('kind', kind);
  form.set('file', new Blob([pdfBytes(kind)], { type: 'application/pdf' }), `${kind}.pdf`);
  const res = await fetch(`${stack.url}/api/v1/agreements/${id}/documents`, { method: 'POST', headers: { authorization: `Bearer ${await api.token(user)}` }, body: form });
  if (res.status !== 201) throw new Error(`upload ${kind}: ${res.status} ${await res.text()}`);
}

/** A fresh demo agreement of the first college, with its contents filled, walked to the center's feasibility review. */
export async function atCenterReview(stack: Stack, api: Api, title = '测试合作项目') {
  const me = await api.ok('GET', '/api/v1/auth/me', 'c1staff');
  const partner = (await api.ok('GET', '/api/v1/partners?status=active', 'c1staff')).items[0];
  const major = (await api.ok('GET', `/api/v1/majors?collegeId=${me.collegeId}`, 'c1staff')).items[0];
  const a = await api.ok('POST', '/api/v1/agreements', 'c1staff', { title, partnerId: partner.id, cooperationType: 'internship', majorIds: [major.id] });
  await api.ok('PATCH', `/api/v1/agreements/${a.id}`, 'c1staff', { content: CONTENT, startDate: '2026-09-01', endDate: '2029-08-31' });
  for (const k of ['research_report', 'inspection_report', 'cooperation_plan', 'meeting_minutes', 'feasibility_report', 'agreement_draft', 'signoff_form', 'signed_agreement']) {
    await uploadTo(stack, api, a.id, k);
  }
  await api.ok('POST', `/api/v1/agreements/${a.id}/events`, 'c1staff', { type: 'SUBMIT' });
  // the feasibility package carries the 党政联席会议 minutes: the college leader sends it
  return api.ok('POST', `/api/v1/agreements/${a.id}/events`, 'c1leader', { type: 'SUBMIT' });
}

/** Continues from the center's feasibility review to filing.awaitingSubmission, signed at `signedAt`. */
export async function toAwaitingFiling(api: Api, id: string, signedAt: string) {
  const send = (user: string, type: string, extra: object = {}) => api.ok('POST', `/api/v1/agreements/${id}/events`, user, { type, ...extra });
  await send('center', 'APPROVE');
  await send('c1staff', 'SUBMIT');
  await send('center', 'APPROVE');
  await send('legal', 'APPROVE');
  await send('leader', 'APPROVE', { data: MEETING });
  await send('leader', 'APPROVE', { data: MEETING });
  return send('c1staff', 'RECORD_SIGNING', { data: { signedAt } });
}
