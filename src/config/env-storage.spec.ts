import { ConfigError, loadConfig } from './env';

const S3 = { STORAGE_DRIVER: 's3', S3_BUCKET: 'coop-files', S3_ENDPOINT: 'http://127.0.0.1:9000', S3_FORCE_PATH_STYLE: 'true' };
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

function failure(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('the configuration was accepted');
}

describe('configuration: document storage', () => {
  it('stores on local disk by default', () => {
    expect(loadConfig({})).toMatchObject({ STORAGE_DRIVER: 'local', S3_REGION: 'us-east-1', S3_FORCE_PATH_STYLE: false, S3_PREFIX: '' });
  });

  it('reads the S3 settings', () => {
    const config = loadConfig({ ...S3, S3_REGION: 'cn-north-1', S3_ACCESS_KEY_ID: 'AKIAEXAMPLE', S3_SECRET_ACCESS_KEY: SECRET, S3_PREFIX: 'coop/prod' });
    expect(config).toMatchObject({ STORAGE_DRIVER: 's3', S3_BUCKET: 'coop-files', S3_ENDPOINT: 'http://127.0.0.1:9000', S3_REGION: 'cn-north-1', S3_FORCE_PATH_STYLE: true, S3_ACCESS_KEY_ID: 'AKIAEXAMPLE', S3_SECRET_ACCESS_KEY: SECRET, S3_PREFIX: 'coop/prod' });
    // no keys: the AWS SDK's own chain (AWS_* variables, an instance role)
    expect(loadConfig(S3).S3_ACCESS_KEY_ID).toBeUndefined();
  });

  it('stops start-up naming S3_BUCKET when STORAGE_DRIVER=s3 has none', () => {
    expect(failure({ STORAGE_DRIVER: 's3' })).toMatch(/^Invalid configuration:\n {2}S3_BUCKET: .*required when STORAGE_DRIVER=s3 \(got nothing\)$/);
    expect(failure({ ...S3, S3_BUCKET: '' })).toContain('S3_BUCKET');
    expect(failure({ ...S3, S3_BUCKET: 'Not_A_Bucket' })).toContain('S3_BUCKET must name a bucket');
  });

  it('names each bad S3 setting', () => {
    expect(failure({ STORAGE_DRIVER: 'ftp' })).toContain('STORAGE_DRIVER');
    expect(failure({ ...S3, S3_ENDPOINT: 'minio:9000' })).toContain('S3_ENDPOINT must be an http(s) URL');
    expect(failure({ ...S3, S3_FORCE_PATH_STYLE: 'yes please' })).toContain('S3_FORCE_PATH_STYLE');
    for (const prefix of ['/coop', '../coop', 'coop//x', 'coop/./x', 'co op']) expect(failure({ ...S3, S3_PREFIX: prefix })).toContain('S3_PREFIX');
    expect(failure({ ...S3, S3_ACCESS_KEY_ID: 'AKIAEXAMPLE' })).toContain('S3_SECRET_ACCESS_KEY is required when S3_ACCESS_KEY_ID is set');
  });

  it('never shows a secret in its messages, nor the password of a URL', () => {
    const message = failure({ ...S3, S3_SECRET_ACCESS_KEY: SECRET, STORAGE_DRIVER: 'nope' });
    expect(message).toContain('S3_ACCESS_KEY_ID: S3_ACCESS_KEY_ID is required when S3_SECRET_ACCESS_KEY is set');
    expect(message).not.toContain(SECRET);
    const short = failure({ JWT_SECRET: 'hunter2-too-short' });
    expect(short).toContain('JWT_SECRET');
    expect(short).toContain('a hidden value of 17 characters');
    expect(short).not.toContain('hunter2');
    const url = failure({ DATABASE_URL: 'postgre://coop:s3cr3t-pass@db:5432/coop' });
    expect(url).toContain('DATABASE_URL');
    expect(url).not.toContain('s3cr3t-pass');
  });
});
