import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

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

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(1000)
  LOGIN_MAX_FAILURES = 5;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(24 * 3600)
  LOGIN_LOCK_SECONDS = 15 * 60;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(200)
  DB_POOL_SIZE = 10;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1024) @Max(1024 * 1024 * 1024)
  UPLOAD_MAX_BYTES = 20 * 1024 * 1024;
}

export interface AppConfig extends EnvironmentVariables {
  mode: RunMode;
  jwtSecret: string;
}

export class ConfigError extends Error {}

/** Validates `env` and returns the typed configuration; throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new EnvironmentVariables());
  const raw: Record<string, unknown> = {};
  for (const key of [...known, 'DATABASE_URL', 'REDIS_URL', 'JWT_SECRET']) if (env[key] !== undefined) raw[key] = env[key];
  const parsed = plainToInstance(EnvironmentVariables, raw, { exposeDefaultValues: true });
  const errors = validateSync(parsed, { whitelist: true, forbidUnknownValues: false });
  if (errors.length) {
    const lines = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')} (got ${JSON.stringify(e.value)})`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const mode: RunMode = !parsed.DATABASE_URL ? 'embedded' : parsed.REDIS_URL ? 'production' : 'single';
  if (mode !== 'embedded' && !parsed.JWT_SECRET) {
    throw new ConfigError('Invalid configuration:\n  JWT_SECRET: required outside embedded mode (at least 32 characters)');
  }
  return { ...parsed, mode, jwtSecret: parsed.JWT_SECRET ?? '' };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
