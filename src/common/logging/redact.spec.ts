import { REDACTED, redactDeep, scrubText } from './redact';

describe('redactDeep', () => {
  it('censors passwords and tokens at any depth, leaving everything else', () => {
    const record = {
      msg: 'login',
      username: 'c1staff',
      password: 'demo123456',
      body: { newPassword: 'n3w-secret', currentPassword: 'old', nested: [{ accessToken: 'a.b.c', refreshToken: 'r' }] },
      headers: { authorization: 'Bearer abc', cookie: 'coop_board=x', accept: 'application/json' },
      config: { JWT_SECRET: 'x'.repeat(32), jwtSecret: 'y'.repeat(32), PORT: 3000 },
      token_version: 3,
    };
    expect(redactDeep(record)).toEqual({
      msg: 'login',
      username: 'c1staff',
      password: REDACTED,
      body: { newPassword: REDACTED, currentPassword: REDACTED, nested: [{ accessToken: REDACTED, refreshToken: REDACTED }] },
      headers: { authorization: REDACTED, cookie: REDACTED, accept: 'application/json' },
      config: { JWT_SECRET: REDACTED, jwtSecret: REDACTED, PORT: 3000 },
      token_version: 3,
    });
  });

  it('returns a clean record as it is, without copying it', () => {
    const record = { msg: 'request', nested: { a: [1, 'two', { b: null }] } };
    expect(redactDeep(record)).toBe(record);
  });

  it('never changes the object it was given', () => {
    const record = { password: 'p', list: [{ token: 't' }] };
    redactDeep(record);
    expect(record).toEqual({ password: 'p', list: [{ token: 't' }] });
  });

  it('leaves errors and class instances to their serializers', () => {
    const error = new Error('boom');
    const date = new Date(0);
    expect(redactDeep({ err: error, at: date }).err).toBe(error);
    expect(redactDeep({ at: date }).at).toBe(date);
  });
});

describe('scrubText', () => {
  it('censors the password of a connection URL', () => {
    expect(scrubText('postgres://coop:s3cret@db:5432/coop')).toBe(`postgres://coop:${REDACTED}@db:5432/coop`);
    expect(scrubText('redis://:pass@127.0.0.1:6379')).toBe(`redis://:${REDACTED}@127.0.0.1:6379`);
    expect(scrubText('smtps://mailer:p%40ss@smtp.example.com:465')).toBe(`smtps://mailer:${REDACTED}@smtp.example.com:465`);
  });

  it('censors credentials in query strings: robot keys, access tokens, passwords', () => {
    expect(scrubText('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx')).toBe(`https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${REDACTED}`);
    expect(scrubText('https://oapi.dingtalk.com/robot/send?access_token=abc&timestamp=1&sign=zz')).toBe(
      `https://oapi.dingtalk.com/robot/send?access_token=${REDACTED}&timestamp=1&sign=${REDACTED}`,
    );
    expect(scrubText('/api/v1/auth/login?password=demo123456&x=1')).toBe(`/api/v1/auth/login?password=${REDACTED}&x=1`);
    expect(scrubText('/api/v1/agreements?q=token&page=2')).toBe('/api/v1/agreements?q=token&page=2');
  });

  it('censors bearer tokens and JWTs in free text', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl';
    expect(scrubText(`header was Bearer ${jwt}`)).toBe(`header was Bearer ${REDACTED}`);
    expect(scrubText(`token ${jwt} expired`)).toBe(`token ${REDACTED} expired`);
  });

  it('leaves ordinary text alone', () => {
    expect(scrubText('合作项目「示例」已完成备案')).toBe('合作项目「示例」已完成备案');
    expect(scrubText('delivery failed: HTTP 503: busy')).toBe('delivery failed: HTTP 503: busy');
  });
});
