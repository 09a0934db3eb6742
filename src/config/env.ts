import 'reflect-metadata';
import { isIP } from 'node:net';
import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, Min, MinLength, ValidateIf, validateSync } from 'class-validator';

export type RunMode = 'embedded' | 'single' | 'production';

const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : value === true || value === 'true' || value === '1' ? true : value === false || value === 'false' || value === '0' ? false : value;
const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/**
 * The whole environment, validated at boot. A missing or bad value stops start-up with its name.
 * Defaults live here and in `.env.example`; keep the two in step.
 */
export class EnvironmentVariables {
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(65535)
  PORT = 3000;

  @IsOptional() @IsString()
  HOST = '0.0.0.0';

  @IsOptional() @IsString()
  DATA_DIR = './data';

  @IsOptional() @Transform(emptyToUndefined) @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  @IsOptional() @Transform(emptyToUndefined) @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL?: string;

  @IsOptional() @Transform(emptyToUndefined) @IsString() @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @IsOptional() @Transform(toInt) @IsInt() @Min(60) @Max(30 * 24 * 3600)
  JWT_TTL_SECONDS = 8 * 3600;

  @IsOptional() @Transform(toBool) @IsBoolean()
  MIGRATE_ON_START = false;

  @IsOptional() @Transform(toBool) @IsBoolean()
  SEED_DEMO = false;

  @IsOptional() @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'verbose'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'verbose' = 'info';

  /** json: one JSON object per line; pretty: readable lines. Unset: pretty at a terminal outside production, else json. */
  @IsOptional() @Transform(emptyToUndefined) @IsIn(['json', 'pretty'])
  LOG_FORMAT?: 'json' | 'pretty';

  /** Failed logins one address may make against one account per window; then that address is locked out of that account only. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(1000)
  LOGIN_MAX_FAILURES = 10;

  /** Failed logins one address may make across all accounts per window (password spraying); then that address is locked out. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(100_000)
  LOGIN_ADDRESS_MAX_FAILURES = 50;

  /** The counting window of both login limits, and so the longest a lock lasts. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(24 * 3600)
  LOGIN_LOCK_SECONDS = 15 * 60;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(200)
  DB_POOL_SIZE = 10;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1024) @Max(1024 * 1024 * 1024)
  UPLOAD_MAX_BYTES = 20 * 1024 * 1024;

  /** api: HTTP only; worker: queue workers, schedulers and the outbox relay only; all: both. */
  @IsOptional() @IsIn(['api', 'worker', 'all'])
  APP_ROLE: 'api' | 'worker' | 'all' = 'all';

  /** smtp(s)://user:pass@host:port — without it, e-mails are written to DATA_DIR/mail as .eml files. */
  @IsOptional() @Transform(emptyToUndefined) @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsOptional() @IsString()
  MAIL_FROM = '校企合作管理平台 <noreply@coop.local>';

  /** A group robot (WeCom, DingTalk) or any JSON endpoint that receives every reminder. */
  @IsOptional() @Transform(emptyToUndefined) @Matches(/^https?:\/\/.+/, { message: 'WEBHOOK_URL must be an http(s) URL' })
  WEBHOOK_URL?: string;

  @IsOptional() @IsIn(['json', 'wecom', 'dingtalk'])
  WEBHOOK_FORMAT: 'json' | 'wecom' | 'dingtalk' = 'json';

  /** Attempts per e-mail or webhook delivery before it is listed as failed. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(20)
  DELIVERY_ATTEMPTS = 5;

  /** First retry delay; each next one doubles. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(10) @Max(3_600_000)
  DELIVERY_BACKOFF_MS = 5000;

  /** Cron (Asia/Shanghai) of the daily reminder sweep. */
  @IsOptional() @IsString()
  REMINDER_CRON = '0 8 * * *';

  /** How often the deadline sweep and the pending-delivery check run. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1000) @Max(24 * 3_600_000)
  DEADLINE_SWEEP_EVERY_MS = 15 * 60_000;

  /** How often a worker checks that the sweeps' job schedulers still exist (a wiped Redis loses them) and restores them. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1000) @Max(24 * 3_600_000)
  SCHEDULER_CHECK_EVERY_MS = 60_000;

  @IsOptional() @Transform(toInt) @IsInt() @Min(50) @Max(600_000)
  OUTBOX_POLL_MS = 1000;

  /** How long a worker holds a job before it counts as stalled (its process died) and is retried elsewhere. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1000) @Max(600_000)
  WORKER_LOCK_MS = 30_000;

  /** Namespace of this deployment's queues in Redis: deployments sharing one Redis need different prefixes. */
  @IsOptional() @Matches(/^[A-Za-z0-9_-]{1,50}$/)
  QUEUE_PREFIX = 'coop';

  /** The built staff console (`npm run build` makes it); served at `/` when its index.html is there. */
  @IsOptional() @IsString()
  CONSOLE_DIR = 'console/dist';

  /** Where uploaded files live: `local` (DATA_DIR/files) or `s3` (an S3-compatible bucket: AWS S3, MinIO, OSS, COS…). */
  @IsOptional() @IsIn(['local', 's3'])
  STORAGE_DRIVER: 'local' | 's3' = 'local';

  /** The S3 API's base URL; unset means AWS S3 itself (the region picks the endpoint). */
  @IsOptional() @Transform(emptyToUndefined) @Matches(/^https?:\/\/[^\s/]+/, { message: 'S3_ENDPOINT must be an http(s) URL' })
  S3_ENDPOINT?: string;

  @IsOptional() @Matches(/^[a-z0-9-]{1,40}$/, { message: 'S3_REGION must be a region name such as us-east-1' })
  S3_REGION = 'us-east-1';

  /** Required with STORAGE_DRIVER=s3; the bucket must exist. */
  @ValidateIf((o: EnvironmentVariables) => o.STORAGE_DRIVER === 's3' || o.S3_BUCKET !== undefined) @Transform(emptyToUndefined)
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'S3_BUCKET must name a bucket (3–63 lowercase letters, digits, dots, hyphens); it is required when STORAGE_DRIVER=s3' })
  S3_BUCKET?: string;

  /** With S3_SECRET_ACCESS_KEY; both unset: the AWS SDK's own credential chain (AWS_* variables, instance role). */
  @ValidateIf((o: EnvironmentVariables) => o.S3_SECRET_ACCESS_KEY !== undefined || o.S3_ACCESS_KEY_ID !== undefined) @Transform(emptyToUndefined)
  @IsNotEmpty({ message: 'S3_ACCESS_KEY_ID is required when S3_SECRET_ACCESS_KEY is set' })
  S3_ACCESS_KEY_ID?: string;

  @ValidateIf((o: EnvironmentVariables) => o.S3_ACCESS_KEY_ID !== undefined || o.S3_SECRET_ACCESS_KEY !== undefined) @Transform(emptyToUndefined)
  @IsNotEmpty({ message: 'S3_SECRET_ACCESS_KEY is required when S3_ACCESS_KEY_ID is set' })
  S3_SECRET_ACCESS_KEY?: string;

  /** Bucket in the path (`endpoint/bucket/key`) rather than the host name: MinIO and most self-hosted servers need it. */
  @IsOptional() @Transform(toBool) @IsBoolean()
  S3_FORCE_PATH_STYLE = false;

  /** Put before every object key, e.g. `coop/` to share a bucket; the keys are the same relative paths as under DATA_DIR/files. */
  @IsOptional() @Matches(/^([A-Za-z0-9_-][A-Za-z0-9._-]*)(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*\/?$|^$/, { message: 'S3_PREFIX must be a relative key prefix such as coop/ (letters, digits, - _ . and /; no leading slash or dot segments)' })
  S3_PREFIX = '';

  /**
   * Which proxies in front of the service may say who the client is (X-Forwarded-For), so that `req.ip` (login
   * throttling, logs) is the client's address: `false` (none, the default), a hop count, or a comma-separated list
   * of `loopback`, `linklocal`, `uniquelocal`, addresses and CIDR ranges. Checked by `parseTrustProxy`.
   */
  @IsOptional() @Transform(emptyToUndefined) @IsString()
  TRUST_PROXY = 'false';

  /** Where people open the service (the console): e-mail and webhook links are made absolute with it. Default `http://localhost:PORT`. */
  @IsOptional() @Transform(emptyToUndefined) @Matches(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, { message: 'PUBLIC_URL must be an http(s) URL without query or fragment, e.g. https://coop.example.edu.cn' })
  PUBLIC_URL?: string;

  /** Cron (Asia/Shanghai) of the daily purge of old outbox, idempotency-key, delivery and login-failure rows. */
  @IsOptional() @IsString()
  RETENTION_CRON = '30 3 * * *';

  /** Published outbox rows (domain events already handed to the queue) are kept this many days. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(3650)
  OUTBOX_RETENTION_DAYS = 30;

  /** Stored answers of Idempotency-Key requests are kept this many hours: a retry later than that runs again. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(24 * 3650)
  IDEMPOTENCY_RETENTION_HOURS = 48;

  /** Finished (sent or failed) e-mail, webhook and inbox deliveries, with their attempts, are kept this many days. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(3650)
  DELIVERY_RETENTION_DAYS = 90;

  /** Test runs only (NODE_ENV=test): admins may set the clock through PUT /api/v1/admin/clock. */
  @IsOptional() @Transform(toBool) @IsBoolean()
  TEST_CLOCK = false;
}

export interface AppConfig extends EnvironmentVariables {
  mode: RunMode;
  jwtSecret: string;
  /** PUBLIC_URL, or http://localhost:PORT, without a trailing slash. */
  publicUrl: string;
  /** TRUST_PROXY as Express's `trust proxy` setting. */
  trustProxy: TrustProxy;
}

/** Express's `trust proxy` values this service accepts: nobody, a hop count, or named ranges, addresses and CIDRs. */
export type TrustProxy = false | number | string[];

const TRUST_PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * Parses TRUST_PROXY; throws a message naming what is wrong. `true` (trust every hop) is refused: any client could
 * then choose its own address with X-Forwarded-For and walk past the per-address login limit.
 */
export function parseTrustProxy(value: string): TrustProxy {
  const v = value.trim();
  if (v === '' || v === 'false' || v === '0') return false;
  if (v === 'true') throw new Error('true would let any client pick its address with X-Forwarded-For; give the number of proxies in front (1), loopback, or their addresses');
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    if (hops > 10) throw new Error(`a hop count must be at most 10 (got ${hops})`);
    return hops;
  }
  const parts = v.split(',').map((p) => p.trim());
  for (const part of parts) {
    if (TRUST_PROXY_NAMES.includes(part)) continue;
    const [address, bits, extra] = part.split('/');
    const family = isIP(address);
    const max = family === 4 ? 32 : 128;
    if (!family || extra !== undefined || (bits !== undefined && !(/^\d{1,3}$/.test(bits) && Number(bits) <= max))) {
      throw new Error(`"${part}" is neither a hop count, loopback, linklocal, uniquelocal, an IP address nor a CIDR range`);
    }
  }
  return parts;
}

export class ConfigError extends Error {}

/** Variables without a default: `new EnvironmentVariables()` has no key for them. */
const OPTIONAL_VARIABLES = ['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET', 'LOG_FORMAT', 'SMTP_URL', 'WEBHOOK_URL', 'S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'];
/** Never echoed in an error: start-up messages end up in logs. */
const SECRET_VARIABLES = new Set(['JWT_SECRET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY']);

/** A bad value as an error message may show it: secrets by their length only, URLs without their user and password. */
function shown(name: string, value: unknown): string {
  if (value === undefined) return 'nothing';
  if (SECRET_VARIABLES.has(name)) return `a hidden value of ${String(value).length} characters`;
  const text = JSON.stringify(value);
  return name.endsWith('_URL') || name.endsWith('_ENDPOINT') ? text.replace(/\/\/[^/@\s]*@/, '//***@') : text;
}

/** Validates `env` and returns the typed configuration; throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new EnvironmentVariables());
  const raw: Record<string, unknown> = {};
  // an empty value is as good as unset: the default applies (an .env file or a compose file may list every name)
  for (const key of [...known, ...OPTIONAL_VARIABLES, 'PUBLIC_URL']) if (env[key] !== undefined && env[key] !== '') raw[key] = env[key];
  const parsed = plainToInstance(EnvironmentVariables, raw, { exposeDefaultValues: true });
  const errors = validateSync(parsed, { whitelist: true, forbidUnknownValues: false });
  if (errors.length) {
    // a value of the wrong type fails its range checks too: name the type alone; show what was given (secrets by length)
    const lines = errors.map((e) => {
      const constraints = e.constraints ?? {};
      const wrongType = constraints.isInt ?? constraints.isBoolean;
      return `${e.property}: ${wrongType ?? Object.values(constraints).join('; ')} (got ${shown(e.property, env[e.property] || undefined)})`;
    });
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const mode: RunMode = !parsed.DATABASE_URL ? 'embedded' : parsed.REDIS_URL ? 'production' : 'single';
  if (mode !== 'embedded' && !parsed.JWT_SECRET) {
    throw new ConfigError('Invalid configuration:\n  JWT_SECRET: required outside embedded mode (at least 32 characters)');
  }
  if (parsed.TEST_CLOCK && env.NODE_ENV !== 'test') {
    throw new ConfigError('Invalid configuration:\n  TEST_CLOCK: only allowed when NODE_ENV=test');
  }
  if (mode === 'embedded' && parsed.APP_ROLE !== 'all') {
    throw new ConfigError('Invalid configuration:\n  APP_ROLE: embedded mode runs API and worker in one process (all); set DATABASE_URL to split them');
  }
  let trustProxy: TrustProxy;
  try {
    trustProxy = parseTrustProxy(parsed.TRUST_PROXY ?? 'false');
  } catch (err) {
    throw new ConfigError(`Invalid configuration:\n  TRUST_PROXY: ${(err as Error).message} (got ${JSON.stringify(parsed.TRUST_PROXY)})`);
  }
  const publicUrl = (parsed.PUBLIC_URL ?? `http://localhost:${parsed.PORT}`).replace(/\/+$/, '');
  return { ...parsed, mode, jwtSecret: parsed.JWT_SECRET ?? '', publicUrl, trustProxy };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
