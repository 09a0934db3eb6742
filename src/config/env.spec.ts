import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { ConfigError, EnvironmentVariables, loadConfig, parseTrustProxy } from './env';
import { loadEnvFile } from './env-file';

const ROOT = join(__dirname, '..', '..');
const EXAMPLE = join(ROOT, '.env.example');
const exampleValues = () => parseEnv(readFileSync(EXAMPLE, 'utf8')) as Record<string, string>;

describe('parseTrustProxy', () => {
  it('takes false, a hop count, named ranges, addresses and CIDR ranges', () => {
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('')).toBe(false);
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy('loopback')).toEqual(['loopback']);
    expect(parseTrustProxy('loopback, 10.0.0.0/8,192.168.1.7, fd00::/8')).toEqual(['loopback', '10.0.0.0/8', '192.168.1.7', 'fd00::/8']);
  });

  it('refuses true (any client could name its own address) and anything that is not an address', () => {
    expect(() => parseTrustProxy('true')).toThrow(/any client/);
    expect(() => parseTrustProxy('10.0.0.0/33')).toThrow(/10.0.0.0\/33/);
    expect(() => parseTrustProxy('proxy.local')).toThrow(/proxy.local/);
    expect(() => parseTrustProxy('50')).toThrow(/at most 10/);
  });
});

describe('loadConfig', () => {
  it('names every bad variable on a line of its own, with what is wrong', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud', TRUST_PROXY: '1' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const lines = (error as Error).message.split('\n');
    expect(lines[0]).toBe('Invalid configuration:');
    expect(lines.slice(1).map((l) => l.trim().split(':')[0]).sort()).toEqual(['LOG_LEVEL', 'PORT']);
    expect((error as Error).message).toContain('"abc"');
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY: true would let any client/);
    expect(() => loadConfig({ PUBLIC_URL: 'coop.example.edu.cn' })).toThrow(/PUBLIC_URL must be an http\(s\) URL/);
  });

  it('derives PUBLIC_URL from the port and strips a trailing slash; an empty value is the default', () => {
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ PUBLIC_URL: 'https://coop.example.edu.cn/' }).publicUrl).toBe('https://coop.example.edu.cn');
    expect(loadConfig({ PORT: '', TRUST_PROXY: '', PUBLIC_URL: '' })).toMatchObject({ PORT: 3000, trustProxy: false, publicUrl: 'http://localhost:3000' });
  });
});

describe('.env.example', () => {
  it('lists every variable of the configuration with its default', () => {
    const values = exampleValues();
    const defaults = new EnvironmentVariables() as unknown as Record<string, unknown>;
    for (const name of [...Object.keys(defaults), 'DATABASE_URL', 'REDIS_URL', 'JWT_SECRET', 'PUBLIC_URL']) {
      expect({ name, listed: name in values }).toEqual({ name, listed: true });
      if (defaults[name] !== undefined) expect({ name, value: values[name] }).toEqual({ name, value: String(defaults[name]) });
    }
  });

  it('is valid configuration as it stands, read by the loader', () => {
    const env: NodeJS.ProcessEnv = { ENV_FILE: EXAMPLE };
    expect(loadEnvFile(env)).toBe(EXAMPLE);
    expect(loadConfig(env)).toMatchObject({ mode: 'embedded', PORT: 3000, MAIL_FROM: '校企合作管理平台 <noreply@coop.local>', REMINDER_CRON: '0 8 * * *' });
  });

  it('reads the same in a shell (set -a; . ./.env.example) as in the loader', () => {
    const dump = execFileSync('bash', ['-c', 'set -a; . ./.env.example; set +a; node -e "process.stdout.write(JSON.stringify(process.env))"'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH },
    }).toString();
    const shell = JSON.parse(dump) as Record<string, string>;
    const values = exampleValues();
    for (const [name, value] of Object.entries(values)) expect({ name, value: shell[name] }).toEqual({ name, value });
  });

  it('is matched by a README table row for every variable', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const name of [...Object.keys(exampleValues()), 'ENV_FILE', 'NODE_ENV', 'ADMIN_PASSWORD']) {
      expect({ name, row: new RegExp(`^\\| \`${name}\` \\|`, 'm').test(readme) }).toEqual({ name, row: true });
    }
  });
});

describe('loadEnvFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'coop-env-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads ./.env, leaving what the environment already has', () => {
    writeFileSync(join(dir, '.env'), 'PORT=4100\nLOG_LEVEL=debug\n# a comment\nMAIL_FROM="学院 <a@b.cn>"\n');
    const env: NodeJS.ProcessEnv = { LOG_LEVEL: 'warn' };
    expect(loadEnvFile(env, dir)).toBe(join(dir, '.env'));
    expect(env).toEqual({ PORT: '4100', LOG_LEVEL: 'warn', MAIL_FROM: '学院 <a@b.cn>' });
  });

  it('reads nothing without a file or with ENV_FILE=none, and refuses a named file that is not there', () => {
    const empty = mkdtempSync(join(dir, 'empty-'));
    expect(loadEnvFile({}, empty)).toBeUndefined();
    const env: NodeJS.ProcessEnv = { ENV_FILE: 'none' };
    expect(loadEnvFile(env, dir)).toBeUndefined();
    expect(env).toEqual({ ENV_FILE: 'none' });
    expect(() => loadEnvFile({ ENV_FILE: 'missing.env' }, dir)).toThrow(/ENV_FILE: .*missing\.env does not exist/);
  });
});
