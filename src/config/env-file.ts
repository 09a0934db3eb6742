import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { ConfigError } from './env';

/**
 * Reads `.env` from the working directory (or the file ENV_FILE names; `ENV_FILE=none` reads none) into `env`
 * before the configuration is validated. A variable already in the environment wins over the file, so
 * `PORT=4000 npm start` overrides a `.env` that says 3000. Dotenv syntax (Node's own parser): `NAME=value`, `#` comments,
 * values with spaces in quotes — the same lines a shell reads with `set -a; . ./.env`. Returns the file read, if any.
 */
export function loadEnvFile(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string | undefined {
  const named = env.ENV_FILE?.trim();
  if (named === 'none') return undefined;
  const path = resolve(cwd, named || '.env');
  if (!existsSync(path)) {
    if (named) throw new ConfigError(`Invalid configuration:\n  ENV_FILE: ${path} does not exist`);
    return undefined;
  }
  let values: Record<string, string>;
  try {
    values = parseEnv(readFileSync(path, 'utf8')) as Record<string, string>;
  } catch (err) {
    throw new ConfigError(`Invalid configuration:\n  ENV_FILE: ${path} cannot be read (${(err as Error).message})`);
  }
  for (const [name, value] of Object.entries(values)) if (env[name] === undefined) env[name] = value;
  return path;
}
