import { api, login, newCreditCode, unique } from './support/api';

/** Bad input gets 400/422 with a stable code and the field's own code — never a 500. */
describe('validation', () => {
  let token: string;
  beforeAll(async () => {
    token = await login('center');
  });

  const partner = (over: Record<string, unknown> = {}) => ({ name: unique('校验单位'), kind: 'enterprise', creditCode: newCreditCode(), ...over });

  it.each([
    ['missing field', { kind: 'enterprise', creditCode: '914403001922038216' }, 'name', 'required'],
    ['wrong type', partner({ name: 42 }), 'name', 'wrong_type'],
    ['unknown field', partner({ isVip: true }), 'isVip', 'unknown_field'],
    ['too long', partner({ name: '长'.repeat(201) }), 'name', 'too_long'],
    ['not an allowed value', partner({ kind: 'company' }), 'kind', 'not_allowed_value'],
    ['bad credit code (check character)', partner({ creditCode: '914403001922038217' }), 'creditCode', 'invalid_credit_code'],
    ['bad credit code (length)', partner({ creditCode: '9144030019220382' }), 'creditCode', 'invalid_credit_code'],
    ['bad credit code (letters I/O)', partner({ creditCode: '91440300I92203821O' }), 'creditCode', 'invalid_credit_code'],
    ['wrong type of credit code', partner({ creditCode: 914403001922038216 }), 'creditCode', 'wrong_type'],
  ])('%s → 400 validation_failed naming the field', async (_, body, field, code) => {
    const res = await api('POST', '/api/v1/partners', { token, body });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({ type: 'urn:coop:error:validation_failed', status: 400, code: 'validation_failed', title: '请求参数有误' });
    expect(res.body.errors).toContainEqual(expect.objectContaining({ field, code }));
  });

  it('reports every bad field at once, in English on request', async () => {
    const res = await api('POST', '/api/v1/partners', { token, lang: 'en', body: { kind: 'x', creditCode: 'y', extra: 1 } });
    expect(res.status).toBe(400);
    expect(res.body.title).toBe('The request is not valid');
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['creditCode', 'extra', 'kind', 'name']);
    expect(res.body.errors.find((e: { field: string }) => e.field === 'name').message).toBe('name is required');
  });

  it('answers malformed JSON, an empty body and a non-object body with 400, not 500', async () => {
    const bad = await api('POST', '/api/v1/partners', { token, rawBody: '{"name": "x",' });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('malformed_json');
    const array = await api('POST', '/api/v1/partners', { token, body: [1, 2] });
    expect(array.status).toBe(400);
    const empty = await api('POST', '/api/v1/partners', { token, rawBody: '' });
    expect(empty.status).toBe(400);
    expect(empty.body.code).toBe('validation_failed');
  });

  it('answers a body over 1 MiB with 413', async () => {
    const res = await api('POST', '/api/v1/partners', { token, body: partner({ notes: 'x'.repeat(1_100_000) }) });
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('payload_too_large');
  });

  it('a duplicate credit code is 409 duplicate_credit_code, also when typed in lower case', async () => {
    const body = partner({ creditCode: newCreditCode() });
    expect((await api('POST', '/api/v1/partners', { token, body })).status).toBe(201);
    const dup = await api('POST', '/api/v1/partners', { token, body: { ...body, name: unique('另一个'), creditCode: ` ${body.creditCode.toLowerCase()} ` } });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('duplicate_credit_code');
  });

  it('a duplicate username is 409, and a college role without a college is 422', async () => {
    const admin = await login('admin');
    const dup = await api('POST', '/api/v1/users', { token: admin, body: { username: 'C1STAFF', displayName: 'x', password: '12345678', roles: ['legal'] } });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('duplicate_username');
    const noCollege = await api('POST', '/api/v1/users', { token: admin, body: { username: unique('n'), displayName: 'x', password: '12345678', roles: ['college_staff'] } });
    expect(noCollege.status).toBe(422);
    expect(noCollege.body.errors).toEqual([expect.objectContaining({ field: 'collegeId', code: 'required' })]);
    const badRole = await api('POST', '/api/v1/users', { token: admin, body: { username: unique('n'), displayName: 'x', password: '12345678', roles: ['king'] } });
    expect(badRole.status).toBe(400);
    expect(badRole.body.errors).toEqual([expect.objectContaining({ field: 'roles', code: 'not_allowed_value' })]);
  });

  it.each([
    ['pageSize=101', 'pageSize', 'out_of_range'],
    ['pageSize=0', 'pageSize', 'out_of_range'],
    ['page=0', 'page', 'out_of_range'],
    ['page=abc', 'page', 'wrong_type'],
    ['pageSize=1.5', 'pageSize', 'wrong_type'],
    ['sort=password', 'sort', 'not_allowed_value'],
    ['bogus=1', 'bogus', 'unknown_field'],
  ])('list query %s → 400 on %s', async (query, field, code) => {
    const res = await api('GET', `/api/v1/partners?${query}`, { token });
    expect(res.status).toBe(400);
    expect(res.body.errors).toContainEqual(expect.objectContaining({ field, code }));
  });

  it('pages within bounds: pageSize 100 allowed, a page past the end is empty with the total', async () => {
    const full = await api('GET', '/api/v1/partners?pageSize=100', { token });
    expect(full.status).toBe(200);
    expect(full.body).toMatchObject({ page: 1, pageSize: 100 });
    expect(full.body.items.length).toBe(Math.min(100, full.body.total));
    const past = await api('GET', '/api/v1/partners?page=9999&pageSize=10', { token });
    expect(past.body).toEqual({ items: [], total: full.body.total, page: 9999, pageSize: 10 });
    const defaults = await api('GET', '/api/v1/partners', { token });
    expect(defaults.body).toMatchObject({ page: 1, pageSize: 20 });
  });

  it('an id that is not a UUID or names nothing is 404 not_found; an unknown route is 404 route_not_found', async () => {
    expect((await api('GET', '/api/v1/partners/not-a-uuid', { token })).body).toMatchObject({ status: 404, code: 'not_found' });
    const missing = await api('GET', '/api/v1/partners/00000000-0000-4000-8000-000000000000', { token, lang: 'en' });
    expect(missing.body).toMatchObject({ status: 404, code: 'not_found', detail: 'Partner not found' });
    expect((await api('GET', '/api/v1/nothing-here', { token })).body).toMatchObject({ status: 404, code: 'route_not_found' });
  });
});
