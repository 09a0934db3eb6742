/**
 * A client of the API written only against the types generated from /api/docs-json: it walks one agreement from
 * creation to filing. test/openapi-client.e2e-spec.ts generates `./schema` next to a copy of this file, type-checks
 * both strictly (no cast, no `any`, no `!` may appear here) and runs it against the e2e server.
 */
import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

type Problem = components['schemas']['Problem'];
type Agreement = components['schemas']['AgreementDetailDto'];
type DocumentKind = components['schemas']['DocumentDto']['kind'];
type AgreementEvent = paths['/api/v1/agreements/{id}/events']['post']['requestBody']['content']['application/json'];
type Client = ReturnType<typeof createClient<paths>>;
type Username = 'c1staff' | 'c1leader' | 'center' | 'legal' | 'leader';

export interface WalkResult {
  agreementId: string;
  statePath: Agreement['statePath'];
  filingNumber: string | null;
  events: string[];
  documents: number;
}

const PASSWORD = 'demo123456';
const PDF = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
const CONTENT: Agreement['content'] = {
  nameAndScope: '订单班', purpose: '培养', mode: '订单培养', details: '每年 40 人', rightsAndObligations: '双方义务',
  partnerInvestment: '设备 4 台', collegeResources: '实训室 2 间', facilitiesAndCosts: '企业承担维护', incomeDistribution: '5:5',
  terminationConditions: '严重违约', breachLiability: '赔偿损失',
};

/** The main line: who sends what, after uploading which documents. */
const STEPS: Array<{ user: Username; upload: DocumentKind[]; event: AgreementEvent }> = [
  { user: 'c1staff', upload: ['research_report'], event: { type: 'SUBMIT' } },
  { user: 'c1leader', upload: ['inspection_report', 'cooperation_plan', 'meeting_minutes', 'feasibility_report'], event: { type: 'SUBMIT', comment: '可行性材料齐全' } },
  { user: 'center', upload: [], event: { type: 'APPROVE', comment: '同意' } },
  { user: 'c1staff', upload: ['agreement_draft'], event: { type: 'SUBMIT' } },
  { user: 'center', upload: [], event: { type: 'APPROVE' } },
  { user: 'legal', upload: [], event: { type: 'APPROVE' } },
  { user: 'leader', upload: [], event: { type: 'APPROVE', comment: '校长办公会通过', data: { meetingDate: shanghaiDate(0), minutesNumber: '校长办公会纪要〔2026〕8号' } } },
  { user: 'leader', upload: [], event: { type: 'APPROVE', comment: '党委会通过', data: { meetingDate: shanghaiDate(0), minutesNumber: '党委会纪要〔2026〕5号' } } },
  { user: 'c1staff', upload: ['signoff_form', 'signed_agreement'], event: { type: 'RECORD_SIGNING', data: { signedAt: shanghaiDate(0) } } },
  { user: 'c1staff', upload: [], event: { type: 'SUBMIT' } },
  { user: 'center', upload: [], event: { type: 'REGISTER_FILING' } },
];

/** A Shanghai calendar date, `days` from today: YYYY-MM-DD. */
function shanghaiDate(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + days * 86_400_000));
}

/** The data of a successful call, or an error carrying the problem's status and code. */
async function ok<T>(what: string, pending: Promise<{ data?: T; error?: Problem; response: Response }>): Promise<T> {
  const { data, error, response } = await pending;
  if (error !== undefined) throw new Error(`${what}: ${error.status} ${error.code} ${error.detail} ${JSON.stringify(error.errors ?? [])}`);
  if (data === undefined) throw new Error(`${what}: ${response.status} without a body`);
  return data;
}

export async function walkthrough(baseUrl: string): Promise<WalkResult> {
  const anonymous = createClient<paths>({ baseUrl });
  const clients = new Map<Username, Client>();
  const as = async (username: Username): Promise<Client> => {
    const known = clients.get(username);
    if (known) return known;
    const login = await ok(`login ${username}`, anonymous.POST('/api/v1/auth/login', { body: { username, password: PASSWORD } }));
    const client = createClient<paths>({ baseUrl, headers: { Authorization: `${login.tokenType} ${login.accessToken}` } });
    clients.set(username, client);
    return client;
  };

  const staff = await as('c1staff');
  const me = await ok('me', staff.GET('/api/v1/auth/me'));
  if (me.collegeId === null) throw new Error('c1staff belongs to no college');
  const partners = await ok('partners', staff.GET('/api/v1/partners', { params: { query: { status: 'active', pageSize: 100 } } }));
  const majors = await ok('majors', staff.GET('/api/v1/majors', { params: { query: { collegeId: me.collegeId, page: 1, pageSize: 10 } } }));
  const partner = partners.items.find((p) => p.status === 'active');
  const major = majors.items.find((m) => m.collegeId === me.collegeId);
  if (!partner || !major) throw new Error(`no active partner (${partners.total}) or major of the college (${majors.total})`);

  const created = await ok('create', staff.POST('/api/v1/agreements', {
    body: { title: `类型化客户端 ${Date.now().toString(36)}`, partnerId: partner.id, cooperationType: 'order_class', majorIds: [major.id] },
  }));
  if (created.statePath !== 'research') throw new Error(`created at ${created.statePath}`);
  const id = created.id;
  let agreement = await ok('content', staff.PATCH('/api/v1/agreements/{id}', {
    params: { path: { id }, header: { 'If-Match': String(created.version) } },
    body: { content: CONTENT, startDate: shanghaiDate(0), endDate: shanghaiDate(730) },
  }));

  let documents = 0;
  for (const step of STEPS) {
    for (const kind of step.upload) {
      const uploaded = await ok(`upload ${kind}`, staff.POST('/api/v1/agreements/{id}/documents', {
        params: { path: { id } },
        body: { kind, file: new Blob([PDF], { type: 'application/pdf' }) },
        bodySerializer(body) {
          const form = new FormData();
          form.set('kind', body.kind);
          form.set('file', body.file, `${body.kind}.pdf`);
          return form;
        },
      }));
      if (uploaded.kind !== kind || uploaded.mediaType !== 'application/pdf') throw new Error(`uploaded ${uploaded.kind} as ${uploaded.mediaType}`);
      documents++;
    }
    const actor = await as(step.user);
    const seen = await ok(`read as ${step.user}`, actor.GET('/api/v1/agreements/{id}', { params: { path: { id } } }));
    const offer = seen.allowedEvents.find((e) => e.type === step.event.type);
    if (!offer || !offer.ready) {
      throw new Error(`${step.user} at ${seen.statePath} is not offered ${step.event.type} ready: ${JSON.stringify(offer?.missing ?? seen.allowedEvents)}`);
    }
    agreement = await ok(`${step.user} ${step.event.type}`, actor.POST('/api/v1/agreements/{id}/events', {
      params: { path: { id }, header: { 'If-Match': String(seen.version) } },
      body: step.event,
    }));
  }

  const center = await as('center');
  const history = await ok('history', center.GET('/api/v1/agreements/{id}/history', { params: { path: { id } } }));
  return { agreementId: id, statePath: agreement.statePath, filingNumber: agreement.filingNumber, events: history.map((h) => h.event), documents };
}
