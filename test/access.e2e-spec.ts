import { api, demoColleges, login, me, newCreditCode, unique } from './support/api';

/** Each role is refused where it must be, with 403 forbidden_role, and allowed where it should be. */
describe('role access', () => {
  let colleges = { c1: '', c2: '' };
  let partnerId: string;

  beforeAll(async () => {
    colleges = await demoColleges(await login('admin'));
    const created = await api('POST', '/api/v1/partners', {
      token: await login('center'),
      body: { name: unique('角色测试单位'), kind: 'enterprise', creditCode: newCreditCode() },
    });
    partnerId = created.body.id;
  });

  const Z = '00000000-0000-0000-0000-000000000000';
  const denied: Array<[string, string, string, Record<string, unknown> | null]> = [
    ['c1staff', 'POST', '/api/v1/colleges', { code: 'X1', name: 'x' }],
    ['c1leader', 'POST', '/api/v1/colleges', { code: 'X2', name: 'y' }],
    ['center', 'POST', '/api/v1/users', { username: 'zz', displayName: 'z', password: '12345678', roles: ['legal'] }],
    ['director', 'PATCH', `/api/v1/users/${Z}`, { displayName: 'z' }],
    ['c1staff', 'GET', '/api/v1/users', null],
    ['legal', 'GET', '/api/v1/users', null],
    ['legal', 'POST', '/api/v1/partners', { name: 'n', kind: 'other', creditCode: newCreditCode() }],
    ['finance', 'POST', '/api/v1/partners', { name: 'n', kind: 'other', creditCode: newCreditCode() }],
    ['assessor', 'PATCH', '/api/v1/partners/:partner', { notes: 'x' }],
    ['leader', 'DELETE', '/api/v1/partners/:partner', null],
    ['center', 'DELETE', '/api/v1/partners/:partner', null],
    ['c1staff', 'POST', '/api/v1/majors', { collegeId: ':c1', code: 'M1', name: 'm' }],
    ['center', 'DELETE', '/api/v1/colleges/:c1', null],
    ['c1staff', 'POST', `/api/v1/users/${Z}/password`, { password: '12345678' }],
  ];
  const fill = (text: string) => text.replace(':partner', partnerId).replace(':c1', colleges.c1);

  it.each(denied)('%s may not %s %s', async (user, method, path, body) => {
    const res = await api(method, fill(path), { token: await login(user), body: body ? JSON.parse(fill(JSON.stringify(body))) : undefined });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('forbidden_role');
    expect(res.body.detail).toContain('需要以下角色之一');
  });

  it('lets every signed-in role read the shared reference data', async () => {
    for (const user of ['c1staff', 'legal', 'finance', 'assessor', 'leader']) {
      const token = await login(user);
      for (const path of ['/api/v1/colleges', '/api/v1/majors', '/api/v1/partners']) {
        expect({ user, path, status: (await api('GET', path, { token })).status }).toEqual({ user, path, status: 200 });
      }
    }
  });

  it('lets the center and college users register partners, and admins manage colleges', async () => {
    for (const user of ['center', 'director', 'c1staff', 'c2leader']) {
      const res = await api('POST', '/api/v1/partners', { token: await login(user), body: { name: unique('单位'), kind: 'enterprise', creditCode: newCreditCode() } });
      expect({ user, status: res.status }).toEqual({ user, status: 201 });
    }
    const code = unique('C').slice(0, 30);
    const created = await api('POST', '/api/v1/colleges', { token: await login('admin'), body: { code, name: unique('学院') } });
    expect(created.status).toBe(201);
    expect((await api('DELETE', `/api/v1/colleges/${created.body.id}`, { token: await login('admin') })).status).toBe(204);
  });
});

/** A college user never reads or changes another college's records: 403 forbidden_college, never a silent empty result. */
describe('college scoping', () => {
  let colleges = { c1: '', c2: '' };
  let c2MajorId: string;
  let c2PartnerId: string;
  let c2StaffId: string;

  beforeAll(async () => {
    const admin = await login('admin');
    colleges = await demoColleges(admin);
    c2MajorId = (await api('GET', `/api/v1/majors?collegeId=${colleges.c2}`, { token: admin })).body.items[0].id;
    c2PartnerId = (
      await api('POST', '/api/v1/partners', { token: await login('c2staff'), body: { name: unique('二院单位'), kind: 'enterprise', creditCode: newCreditCode() } })
    ).body.id;
    c2StaffId = (await me(await login('c2staff'))).id;
  });

  it('a college leader lists only their own college’s users', async () => {
    const res = await api('GET', '/api/v1/users?pageSize=100', { token: await login('c1leader') });
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThanOrEqual(2);
    expect(new Set(res.body.items.map((u: { collegeId: string }) => u.collegeId))).toEqual(new Set([colleges.c1]));
  });

  it.each([
    ['GET', () => `/api/v1/users?collegeId=${colleges.c2}`, undefined],
    ['GET', () => `/api/v1/users/${c2StaffId}`, undefined],
    ['PATCH', () => `/api/v1/colleges/${colleges.c2}`, { contactName: '某人' }],
    ['POST', () => '/api/v1/majors', () => ({ collegeId: colleges.c2, code: 'X9', name: '越权专业' })],
    ['PATCH', () => `/api/v1/majors/${c2MajorId}`, { name: '越权改名' }],
    ['DELETE', () => `/api/v1/majors/${c2MajorId}`, undefined],
  ] as Array<[string, () => string, unknown]>)('c1leader is refused %s %s', async (method, path, body) => {
    const res = await api(method, path(), { token: await login('c1leader'), body: typeof body === 'function' ? body() : body });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('forbidden_college');
  });

  it.each([
    ['PATCH', () => `/api/v1/partners/${c2PartnerId}`, { notes: '越权' }],
    ['POST', () => `/api/v1/partners/${c2PartnerId}/status`, { status: 'active' }],
  ] as Array<[string, () => string, unknown]>)('c1staff is refused %s on a partner college 2 registered', async (method, path, body) => {
    const res = await api(method, path(), { token: await login('c1staff'), body });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('forbidden_college');
    const unchanged = await api('GET', `/api/v1/partners/${c2PartnerId}`, { token: await login('c2staff') });
    expect(unchanged.body).toMatchObject({ notes: null, status: 'incubating', version: 1 });
  });

  it('a college leader manages their own college’s majors and contacts', async () => {
    const token = await login('c1leader');
    const code = unique('M').slice(0, 30);
    const created = await api('POST', '/api/v1/majors', { token, body: { collegeId: colleges.c1, code, name: unique('新专业') } });
    expect(created.status).toBe(201);
    expect((await api('PATCH', `/api/v1/majors/${created.body.id}`, { token, body: { name: unique('改名') } })).status).toBe(200);
    expect((await api('DELETE', `/api/v1/majors/${created.body.id}`, { token })).status).toBe(204);
    const college = await api('PATCH', `/api/v1/colleges/${colleges.c1}`, { token, body: { contactName: '张院长', contactPhone: '0354-1234567' } });
    expect(college.body).toMatchObject({ contactName: '张院长' });
  });
});
