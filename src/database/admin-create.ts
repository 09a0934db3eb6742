import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { hashPassword } from '../auth/password';
import { ConfigError, loadConfig } from '../config/env';
import { loadEnvFile } from '../config/env-file';
import { CreateUserDto } from '../users/users.dto';
import { dataSourceOptions } from './data-source';

const USAGE = `usage: npm run admin:create -- --username NAME [--display-name TEXT] [--email ADDRESS] [--password-stdin] [--force-new]
  the password comes from standard input (--password-stdin, its first line) or from ADMIN_PASSWORD
  refuses when NAME exists, and when an active admin exists already unless --force-new; never changes an existing user`;

/** A refusal: printed as one line, exit code 1. */
class Refused extends Error {}

/**
 * `npm run admin:create`: the first administrator of a new installation (production mode has no demo accounts).
 * Creates one user with the role `admin`; it never overwrites, renames or re-enables anyone: an existing username is
 * refused, and so is a second admin while an active one exists, unless --force-new says that is meant. The password
 * follows the API's rules (CreateUserDto: at least 8 characters). Needs DATABASE_URL and a migrated schema.
 */
async function main(): Promise<string> {
  let args;
  try {
    args = parseArgs({
      options: {
        username: { type: 'string' },
        'display-name': { type: 'string' },
        email: { type: 'string' },
        'password-stdin': { type: 'boolean' },
        'force-new': { type: 'boolean' },
        help: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (err) {
    throw new Refused(`${(err as Error).message}\n${USAGE}`);
  }
  if (args.help) return USAGE;
  if (!args.username) throw new Refused(`--username is required\n${USAGE}`);

  loadEnvFile();
  const config = loadConfig();
  if (!config.DATABASE_URL) throw new Refused('DATABASE_URL is required (embedded mode has the demo account admin / demo123456)');

  const password = args['password-stdin'] ? await firstLineOfStdin() : process.env.ADMIN_PASSWORD;
  if (password === undefined || password === '') throw new Refused('no password: pipe it with --password-stdin, or set ADMIN_PASSWORD');
  const dto = plainToInstance(CreateUserDto, {
    username: args.username,
    displayName: args['display-name'] ?? '系统管理员',
    password,
    roles: ['admin'],
    ...(args.email ? { email: args.email } : {}),
  });
  const errors = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) {
    const names: Record<string, string> = { displayName: '--display-name', username: '--username', email: '--email', password: 'password' };
    throw new Refused(errors.map((e) => `${names[e.property] ?? e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`).join('\n'));
  }

  const ds = await new DataSource(dataSourceOptions(config.DATABASE_URL, 1)).initialize();
  try {
    const passwordHash = await hashPassword(dto.password);
    return await ds.transaction(async (tx) => {
      // one admin:create at a time, so two first starts cannot both see "no admin yet"
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('coop:admin-create'))`);
      const same: Array<{ username: string }> = await tx.query('SELECT username FROM users WHERE lower(username) = lower($1)', [dto.username]);
      if (same.length) throw new Refused(`user "${same[0].username}" exists already; nothing changed (reset a password with POST /api/v1/users/{id}/password)`);
      const admins: Array<{ username: string }> = await tx.query(`SELECT username FROM users WHERE 'admin' = ANY(roles) AND NOT disabled ORDER BY username LIMIT 5`);
      if (admins.length && !args['force-new']) {
        throw new Refused(`an active admin exists already (${admins.map((a) => a.username).join(', ')}); nothing changed (--force-new creates another one)`);
      }
      const [row]: Array<{ id: string }> = await tx.query(
        `INSERT INTO users (username, display_name, password_hash, roles, email) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [dto.username, dto.displayName, passwordHash, ['admin'], dto.email ?? null],
      );
      return JSON.stringify({ msg: 'admin created', id: row.id, username: dto.username });
    });
  } catch (err) {
    const code = (err as { code?: string; driverError?: { code?: string } }).driverError?.code ?? (err as { code?: string }).code;
    if (code === '23505') throw new Refused(`user "${dto.username}" exists already; nothing changed`);
    if (code === '42P01') throw new Refused('the schema is not there yet: run the migrations first (npm run migration:run, or MIGRATE_ON_START=true)');
    throw err;
  } finally {
    await ds.destroy();
  }
}

async function firstLineOfStdin(): Promise<string> {
  if (process.stdin.isTTY) throw new Refused('--password-stdin reads a piped password (printf %s "$PASSWORD" | …); set ADMIN_PASSWORD instead at a terminal');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0];
}

main().then(
  (out) => console.log(out),
  (err) => {
    console.error(err instanceof Refused || err instanceof ConfigError ? err.message : `admin:create failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
