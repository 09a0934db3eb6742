import { api, ApiResponse, login, newCreditCode, unique } from './support/api';

/** Hostile or unlucky input: deep JSON, prototype keys, deleting what is still in use. Never a 500. */

function expectProblem(res: ApiResponse, status: number, code: string): void {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect(res.body).toMatchObject({ type: `urn:coop:error:${code}`, status, code });
}

describe('deleting what is still in use (item 10, PostgreSQL)', () => {
  let admin: string;
  let college: { id: string };
  let major: { id: string };
  let partner: { id: string };
  let agreement: { id: string };

  /** A college of its own with one major, one staff member, a partner it registered and an agreement using all of them. */
  beforeAll(async () => {
    admin = await login('admin');
    college = (await api('POST', '/api/v1/colleges', { token: admin, body: { code: unique('C'), name: unique('测试学院') } })).body;
    major = (await api('POST', '/api/v1/majors', { token: admin, body: { collegeId: college.id, code: unique('M'), name: unique('测试专业') } })).body;
    const username = unique('staff');
    const user = await api('POST', '/api/v1/users', { token: admin, body: { username, displayName: '测试', password: 'password-1', roles: ['college_staff'], collegeId: college.id } });
    expect(user.status).toBe(201);
    const staff = await login(username, 'password-1');
    partner = (await api('POST', '/api/v1/partners', { token: staff, body: { name: unique('在用单位'), kind: 'enterprise', creditCode: newCreditCode() } })).body;
    const created = await api('POST', '/api/v1/agreements', { token: staff, body: { title: unique('引用测试'), partnerId: partner.id, cooperationType: 'other', majorIds: [major.id] } });
    expect(created.status).toBe(201);
    agreement = created.body;
  });

  it('a partner an agreement uses is 409 in_use, naming the agreements', async () => {
    const res = await api('DELETE', `/api/v1/partners/${partner.id}`, { token: admin, lang: 'en' });
    expectProblem(res, 409, 'in_use');
    expect(res.body.references).toEqual({ agreements: 1 });
    expect(res.body.detail).toBe('The partner is still referenced by 1 agreement(s)');
    expect((await api('GET', `/api/v1/partners/${partner.id}`, { token: admin })).status).toBe(200);
  });

  it('a major an agreement uses is 409 in_use, naming the agreements', async () => {
    const res = await api('DELETE', `/api/v1/majors/${major.id}`, { token: admin });
    expectProblem(res, 409, 'in_use');
    expect(res.body.references).toEqual({ agreements: 1 });
    expect(res.body.detail).toBe('专业仍被引用：合作项目 1 个');
    expect((await api('GET', `/api/v1/majors/${major.id}`, { token: admin })).status).toBe(200);
  });

  it('a college with majors, users, partners and agreements is 409 in_use, naming each', async () => {
    const res = await api('DELETE', `/api/v1/colleges/${college.id}`, { token: admin, lang: 'en' });
    expectProblem(res, 409, 'in_use');
    expect(res.body.references).toEqual({ majors: 1, users: 1, partners: 1, agreements: 1 });
    expect(res.body.detail).toBe('The college is still referenced by 1 major(s), 1 user(s), 1 partner(s), 1 agreement(s)');
    expect((await api('GET', `/api/v1/colleges/${college.id}`, { token: admin })).status).toBe(200);
    expect(agreement.id).toBeDefined();
  });

  it('what nothing refers to is deleted: 204, then 404', async () => {
    const lone = (await api('POST', '/api/v1/colleges', { token: admin, body: { code: unique('L'), name: unique('空学院') } })).body;
    const loneMajor = (await api('POST', '/api/v1/majors', { token: admin, body: { collegeId: lone.id, code: unique('LM'), name: unique('空专业') } })).body;
    const blocked = await api('DELETE', `/api/v1/colleges/${lone.id}`, { token: admin });
    expectProblem(blocked, 409, 'in_use');
    expect(blocked.body.references).toEqual({ majors: 1 });
    expect((await api('DELETE', `/api/v1/majors/${loneMajor.id}`, { token: admin })).status).toBe(204);
    expect((await api('DELETE', `/api/v1/colleges/${lone.id}`, { token: admin })).status).toBe(204);
    expect((await api('GET', `/api/v1/colleges/${lone.id}`, { token: admin })).status).toBe(404);
  });
});
