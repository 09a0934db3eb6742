import { api, DEMO_PASSWORD, login, me, signJwt, sql, unique } from './support/api';

describe('auth', () => {
  it('logs in with the demo password and returns a token and the user with roles and college', async () => {
    const res = await api('POST', '/api/v1/auth/login', { body: { username: 'c1staff', password: DEMO_PASSWORD } });
    expect(res.status).toBe(200);
    expect(res.body.accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(res.body.user).toMatchObject({ username: 'c1staff', roles: ['college_staff'] });
    expect(res.body.user.collegeId).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body.user).not.toHaveProperty('passwordHash');
    const profile = await api('GET', '/api/v1/auth/me', { token: res.body.accessToken });
    expect(profile.status).toBe(200);
    expect(profile.body).toMatchObject({ username: 'c1staff', roles: ['college_staff'], collegeId: res.body.user.collegeId });
  });

  it('refuses a wrong password and an unknown user alike, in Chinese by default and English on request', async () => {
    const wrong = await api('POST', '/api/v1/auth/login', { body: { username: 'c2staff', password: 'nope-nope' } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('content-type')).toContain('application/problem+json');
    expect(wrong.body).toMatchObject({ status: 401, code: 'invalid_credentials', title: '用户名或密码错误' });
    const unknown = await api('POST', '/api/v1/auth/login', { body: { username: 'nobody-here', password: 'x' }, lang: 'en' });
    expect(unknown.status).toBe(401);
    expect(unknown.body).toMatchObject({ code: 'invalid_credentials', title: 'Wrong username or password' });
  });

  it('answers 401 for a missing, garbage, forged or expired token', async () => {
    const { id } = await me(await login('c1staff'));
    const now = Math.floor(Date.now() / 1000);
    expect((await api('GET', '/api/v1/auth/me')).body.code).toBe('unauthenticated');
    const cases = [
      'garbage',
      'a.b.c',
      signJwt({ sub: id, ver: 0, iat: now }, 'another-secret-another-secret-another-secret'),
      signJwt({ sub: id, ver: 0, iat: now - 7200, exp: now - 3600 }),
      signJwt({ sub: '00000000-0000-0000-0000-000000000000', ver: 0, iat: now }),
    ];
    for (const token of cases) {
      const res = await api('GET', '/api/v1/auth/me', { token });
      expect({ token, status: res.status, code: res.body.code }).toEqual({ token, status: 401, code: 'invalid_token' });
    }
    const valid = await api('GET', '/api/v1/auth/me', { token: signJwt({ sub: id, ver: 0, iat: now, exp: now + 60 }) });
    expect(valid.status).toBe(200);
  });

  describe('with a user of its own', () => {
    let admin: string;
    let userId: string;
    const username = unique('u');

    beforeAll(async () => {
      admin = await login('admin');
      const res = await api('POST', '/api/v1/users', { token: admin, body: { username, displayName: '测试', password: 'initial-pass', roles: ['assessor'] } });
      expect(res.status).toBe(201);
      userId = res.body.id;
    });

    it('locks logins for the username and address after ten failures (LOGIN_MAX_FAILURES), even with the right password', async () => {
      for (let i = 0; i < 10; i++) {
        expect((await api('POST', '/api/v1/auth/login', { body: { username, password: `wrong-${i}` } })).status).toBe(401);
      }
      const locked = await api('POST', '/api/v1/auth/login', { body: { username, password: 'initial-pass' } });
      expect(locked.status).toBe(429);
      expect(locked.body.code).toBe('too_many_login_attempts');
      expect(locked.body.retryAfterSeconds).toBeGreaterThan(0);
      expect(locked.headers.get('retry-after')).toBe(String(locked.body.retryAfterSeconds));
      // parallel guesses cannot slip past the count: every one is refused before its password is checked
      const burst = await Promise.all(Array.from({ length: 10 }, () => api('POST', '/api/v1/auth/login', { body: { username, password: 'initial-pass' } })));
      expect(burst.map((r) => r.status)).toEqual(Array(10).fill(429));
      // another account from the same address is not affected
      expect((await api('POST', '/api/v1/auth/login', { body: { username: 'assessor', password: DEMO_PASSWORD } })).status).toBe(200);
      await api('POST', '/api/v1/users/' + userId + '/password', { token: admin, body: { password: 'second-pass' } });
    });

    it('signs a user out when an admin resets the password or disables the account', async () => {
      // the lock above expires only after LOGIN_LOCK_SECONDS; clear it as an operator would
      await sql('DELETE FROM login_failures WHERE key LIKE $1', [`user:${username.toLowerCase()}|%`]);
      const token = await login(username, 'second-pass');
      expect((await api('GET', '/api/v1/auth/me', { token })).status).toBe(200);
      await api('POST', `/api/v1/users/${userId}/password`, { token: admin, body: { password: 'third-pass!' } });
      expect((await api('GET', '/api/v1/auth/me', { token })).body.code).toBe('invalid_token');
      const fresh = await login(username, 'third-pass!');
      const disabled = await api('PATCH', `/api/v1/users/${userId}`, { token: admin, body: { disabled: true } });
      expect(disabled.body.disabled).toBe(true);
      expect((await api('GET', '/api/v1/auth/me', { token: fresh })).status).toBe(401);
      const again = await api('POST', '/api/v1/auth/login', { body: { username, password: 'third-pass!' } });
      expect(again.status).toBe(403);
      expect(again.body.code).toBe('account_disabled');
    });
  });

  it('lets a user change their own password, checking the current one', async () => {
    const admin = await login('admin');
    const username = unique('p');
    await api('POST', '/api/v1/users', { token: admin, body: { username, displayName: 'p', password: 'first-pass', roles: ['legal'] } });
    const token = await login(username, 'first-pass');
    const bad = await api('POST', '/api/v1/auth/password', { token, body: { currentPassword: 'wrong', newPassword: 'second-pass' } });
    expect(bad.status).toBe(401);
    const short = await api('POST', '/api/v1/auth/password', { token, body: { currentPassword: 'first-pass', newPassword: 'short' } });
    expect(short.status).toBe(400);
    expect(short.body.errors).toEqual([expect.objectContaining({ field: 'newPassword', code: 'too_short' })]);
    expect((await api('POST', '/api/v1/auth/password', { token, body: { currentPassword: 'first-pass', newPassword: 'second-pass' } })).status).toBe(204);
    expect((await api('POST', '/api/v1/auth/login', { body: { username, password: 'second-pass' } })).status).toBe(200);
  });
});
