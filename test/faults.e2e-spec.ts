import { api, ApiResponse, login, newCreditCode, unique } from './support/api';
import { createAgreement } from './support/agreements';

/** Hostile or unlucky input: deep JSON, prototype keys, deleting what is still in use. Never a 500. */

const nestedArrays = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const nestedObjects = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

function expectProblem(res: ApiResponse, status: number, code: string): void {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect(res.body).toMatchObject({ type: `urn:coop:error:${code}`, status, code });
}

describe('deeply nested JSON (item 9)', () => {
  let token: string;
  let agreementId: string;
  beforeAll(async () => {
    token = await login('center');
    agreementId = (await createAgreement('c1staff')).id;
  });

  it('a 20,000-deep array (40 KB) is 400 malformed_json on login, partners and agreement events', async () => {
    const body = nestedArrays(20_000);
    expect(body.length).toBe(40_000);
    expectProblem(await api('POST', '/api/v1/auth/login', { rawBody: body }), 400, 'malformed_json');
    expectProblem(await api('POST', '/api/v1/partners', { token, rawBody: body }), 400, 'malformed_json');
    expectProblem(await api('POST', `/api/v1/agreements/${agreementId}/events`, { token: await login('c1staff'), rawBody: body }), 400, 'malformed_json');
  });

  it('deep nesting inside a field, and deep objects, are 400 malformed_json too', async () => {
    const inField = `{"type":"SUBMIT","data":{"x":${nestedArrays(20_000)}}}`;
    expectProblem(await api('POST', `/api/v1/agreements/${agreementId}/events`, { token: await login('c1staff'), rawBody: inField }), 400, 'malformed_json');
    const objects = nestedObjects(20_000);
    expectProblem(await api('POST', '/api/v1/auth/login', { rawBody: objects }), 400, 'malformed_json');
    const inPartner = `{"name":"x","kind":"enterprise","creditCode":"${newCreditCode()}","notes":${nestedObjects(100)}}`;
    const res = await api('POST', '/api/v1/partners', { token, rawBody: inPartner, lang: 'en' });
    expectProblem(res, 400, 'malformed_json');
    expect(res.body.detail).toBe('The JSON body is nested more than 32 levels deep');
  });

  it('brackets inside strings do not count, and nesting up to the cap is still parsed and validated', async () => {
    const notes = '[[{{"\\'.repeat(800);
    const created = await api('POST', '/api/v1/partners', { token, body: { name: unique('括号'), kind: 'other', creditCode: newCreditCode(), notes } });
    expect(created.status).toBe(201);
    expect(created.body.notes).toBe(notes);
    // 32 levels deep (the body object is level 1) passes the parser and reaches validation
    const deepest = await api('POST', `/api/v1/agreements/${agreementId}/events`, {
      token: await login('c1staff'),
      rawBody: `{"type":"NO_SUCH_EVENT","data":{"x":${nestedArrays(30)}}}`,
    });
    expectProblem(deepest, 400, 'validation_failed');
    expect(deepest.body.errors).toEqual([expect.objectContaining({ field: 'type', code: 'not_allowed_value' })]);
    const oneMore = await api('POST', `/api/v1/agreements/${agreementId}/events`, {
      token: await login('c1staff'),
      rawBody: `{"type":"NO_SUCH_EVENT","data":{"x":${nestedArrays(31)}}}`,
    });
    expectProblem(oneMore, 400, 'malformed_json');
  });
});

describe('prototype keys in a body (item 13)', () => {
  let token: string;
  beforeAll(async () => {
    token = await login('center');
  });

  it('a top-level __proto__ is 400 validation_failed, unknown_field, and nothing is created', async () => {
    const name = unique('原型');
    const rawBody = `{"name":"${name}","kind":"enterprise","creditCode":"${newCreditCode()}","__proto__":{"status":"active"}}`;
    const res = await api('POST', '/api/v1/partners', { token, rawBody, lang: 'en' });
    expectProblem(res, 400, 'validation_failed');
    expect(res.body.errors).toEqual([{ field: '__proto__', code: 'unknown_field', message: '__proto__ is not an accepted field', detail: 'property __proto__ should not exist' }]);
    const listed = await api('GET', `/api/v1/partners?q=${encodeURIComponent(name)}`, { token });
    expect(listed.body.total).toBe(0);
  });

  it('constructor and prototype keys are refused like any unknown field', async () => {
    for (const key of ['constructor', 'prototype']) {
      const rawBody = `{"name":"${unique('原型')}","kind":"enterprise","creditCode":"${newCreditCode()}","${key}":{"x":1}}`;
      const res = await api('POST', '/api/v1/partners', { token, rawBody });
      expectProblem(res, 400, 'validation_failed');
      expect(res.body.errors).toEqual([expect.objectContaining({ field: key, code: 'unknown_field' })]);
    }
  });

  it('a nested __proto__ names its path: in agreement content, in event data and inside arrays', async () => {
    const c1 = await login('c1staff');
    const a = await createAgreement('c1staff');
    const content = await api('PATCH', `/api/v1/agreements/${a.id}`, { token: c1, rawBody: '{"content":{"purpose":"培养","__proto__":{"isAdmin":true}}}' });
    expectProblem(content, 400, 'validation_failed');
    expect(content.body.errors).toEqual([expect.objectContaining({ field: 'content.__proto__', code: 'unknown_field' })]);
    const data = await api('POST', `/api/v1/agreements/${a.id}/events`, { token: c1, rawBody: '{"type":"SUBMIT","data":{"__proto__":{"passed":true}}}' });
    expectProblem(data, 400, 'validation_failed');
    expect(data.body.errors).toEqual([expect.objectContaining({ field: 'data.__proto__', code: 'unknown_field' })]);
    const inArray = await api('POST', `/api/v1/agreements/${a.id}/events`, { token: c1, rawBody: '{"type":"SUBMIT","data":{"list":[1,{"constructor":{}}]}}' });
    expectProblem(inArray, 400, 'validation_failed');
    expect(inArray.body.errors).toEqual([expect.objectContaining({ field: 'data.list.1.constructor', code: 'unknown_field' })]);
    // the agreement was not touched
    const after = await api('GET', `/api/v1/agreements/${a.id}`, { token: c1 });
    expect(after.body.version).toBe(a.version);
    expect(after.body.statePath).toBe(a.statePath);
  });

  it('a key that merely contains the words is an ordinary field', async () => {
    const res = await api('POST', '/api/v1/partners', { token, body: { name: unique('x'), kind: 'other', creditCode: newCreditCode(), proto: 1 } });
    expectProblem(res, 400, 'validation_failed');
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'proto', code: 'unknown_field' })]);
  });
});

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
