import { api, login, newCreditCode, sql, unique } from './support/api';

describe('partners (合作单位台账)', () => {
  let token: string;
  beforeAll(async () => {
    token = await login('center');
  });

  it('registers, finds by name or code, and filters by kind and status', async () => {
    const name = unique('晋中测试精密机械有限公司');
    const creditCode = newCreditCode();
    const created = await api('POST', '/api/v1/partners', {
      token,
      body: { name, kind: 'enterprise', creditCode, industry: '装备制造', contactName: '王经理', contactPhone: '13800000000' },
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    expect(created.body).toMatchObject({ name, creditCode, status: 'incubating', version: 1 });

    const byName = await api('GET', `/api/v1/partners?q=${encodeURIComponent(name.slice(0, 12))}`, { token });
    expect(byName.body.items.map((p: { id: string }) => p.id)).toContain(created.body.id);
    const byCode = await api('GET', `/api/v1/partners?q=${creditCode.slice(4, 14)}`, { token });
    expect(byCode.body.items.map((p: { id: string }) => p.id)).toEqual([created.body.id]);
    const filtered = await api('GET', `/api/v1/partners?kind=enterprise&status=incubating&pageSize=100&q=${encodeURIComponent(name)}`, { token });
    expect(filtered.body.total).toBe(1);
    const wrongKind = await api('GET', `/api/v1/partners?kind=park&q=${encodeURIComponent(name)}`, { token });
    expect(wrongKind.body.total).toBe(0);
    const wildcard = await api('GET', `/api/v1/partners?q=${encodeURIComponent('%')}`, { token });
    expect(wildcard.body.items.every((p: { name: string; creditCode: string }) => p.name.includes('%') || p.creditCode.includes('%'))).toBe(true);
  });

  it('keeps every ledger status change with its date and reason', async () => {
    const created = await api('POST', '/api/v1/partners', { token, body: { name: unique('台账'), kind: 'institute', creditCode: newCreditCode() } });
    const id = created.body.id;
    const active = await api('POST', `/api/v1/partners/${id}/status`, { token, body: { status: 'active', reason: '签订合作协议' } });
    expect(active.status).toBe(200);
    expect(active.body).toMatchObject({ status: 'active', version: 2 });
    const same = await api('POST', `/api/v1/partners/${id}/status`, { token, body: { status: 'active' } });
    expect(same.status).toBe(422);
    await api('POST', `/api/v1/partners/${id}/status`, { token, body: { status: 'eliminated', reason: '连续两年未履约' } });
    const history = await api('GET', `/api/v1/partners/${id}/status-history`, { token: await login('c2staff') });
    expect(history.body.map((h: { fromStatus: string; toStatus: string; reason: string }) => [h.fromStatus, h.toStatus, h.reason])).toEqual([
      [null, 'incubating', 'created'],
      ['incubating', 'active', '签订合作协议'],
      ['active', 'eliminated', '连续两年未履约'],
    ]);
    expect(history.body.every((h: { changedAt: string }) => !Number.isNaN(Date.parse(h.changedAt)))).toBe(true);
  });

  it('honours If-Match: a stale version is 409 with the current version, and nothing changes', async () => {
    const created = await api('POST', '/api/v1/partners', { token, body: { name: unique('并发'), kind: 'park', creditCode: newCreditCode() } });
    const id = created.body.id;
    const first = await api('PATCH', `/api/v1/partners/${id}`, { token, body: { notes: 'first' }, headers: { 'if-match': '"1"' } });
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe('"2"');
    const stale = await api('PATCH', `/api/v1/partners/${id}`, { token, body: { notes: 'second' }, headers: { 'if-match': '"1"' } });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    expect((await api('GET', `/api/v1/partners/${id}`, { token })).body.notes).toBe('first');
    const garbage = await api('PATCH', `/api/v1/partners/${id}`, { token, body: { notes: 'x' }, headers: { 'if-match': 'yesterday' } });
    expect(garbage.status).toBe(400);
  });

  it('lets only one of several concurrent writers of the same version win', async () => {
    const created = await api('POST', '/api/v1/partners', { token, body: { name: unique('竞争'), kind: 'other', creditCode: newCreditCode() } });
    const id = created.body.id;
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => api('PATCH', `/api/v1/partners/${id}`, { token, body: { notes: `writer ${i}` }, headers: { 'if-match': '"1"' } })),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(7);
    const [row] = await sql('SELECT version FROM partners WHERE id = $1', [id]);
    expect(row.version).toBe(2);
  });

  it('changing the credit code to one already registered is 409', async () => {
    const a = await api('POST', '/api/v1/partners', { token, body: { name: unique('甲'), kind: 'other', creditCode: newCreditCode() } });
    const b = await api('POST', '/api/v1/partners', { token, body: { name: unique('乙'), kind: 'other', creditCode: newCreditCode() } });
    const res = await api('PATCH', `/api/v1/partners/${b.body.id}`, { token, body: { creditCode: a.body.creditCode } });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('duplicate_credit_code');
  });

  it('deletes a partner nothing refers to, and refuses one an agreement uses with 409 in_use', async () => {
    const director = await login('director');
    const unused = await api('POST', '/api/v1/partners', { token, body: { name: unique('待删'), kind: 'other', creditCode: newCreditCode() } });
    expect((await api('DELETE', `/api/v1/partners/${unused.body.id}`, { token: director })).status).toBe(204);
    expect((await api('GET', `/api/v1/partners/${unused.body.id}`, { token })).status).toBe(404);
    const used = await api('POST', '/api/v1/partners', { token: await login('c1staff'), body: { name: unique('在用'), kind: 'enterprise', creditCode: newCreditCode() } });
    const c1 = await login('c1staff');
    const majors = await api('GET', '/api/v1/majors', { token: c1 });
    const me = await api('GET', '/api/v1/auth/me', { token: c1 });
    const major = majors.body.items.find((m: any) => m.collegeId === me.body.collegeId);
    const agreement = await api('POST', '/api/v1/agreements', { token: c1, body: { title: unique('用到它'), partnerId: used.body.id, cooperationType: 'other', majorIds: [major.id] } });
    expect(agreement.status).toBe(201);
    const refused = await api('DELETE', `/api/v1/partners/${used.body.id}`, { token: director });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('in_use');
  });

  it('lets a college move its own partner between incubating and active, but only the center eliminates', async () => {
    const staff = await login('c1staff');
    const p = await api('POST', '/api/v1/partners', { token: staff, body: { name: unique('孵化'), kind: 'enterprise', creditCode: newCreditCode() } });
    expect((await api('POST', `/api/v1/partners/${p.body.id}/status`, { token: staff, body: { status: 'active' } })).status).toBe(200);
    const eliminate = await api('POST', `/api/v1/partners/${p.body.id}/status`, { token: staff, body: { status: 'eliminated' } });
    expect(eliminate.status).toBe(403);
    expect((await api('POST', `/api/v1/partners/${p.body.id}/status`, { token, body: { status: 'eliminated', reason: '长期无合作' } })).status).toBe(200);
    const name = await api('PATCH', `/api/v1/partners/${p.body.id}`, { token, body: { name: null } });
    expect(name.status).toBe(400);
    expect(name.body.errors).toEqual([expect.objectContaining({ field: 'name', code: 'wrong_type' })]);
  });
});
