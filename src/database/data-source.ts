import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { Client, ClientConfig, types } from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';
import { migrations } from '../../migrations';
import { entities } from './entities';
import { PREPARED } from './prepared';

// DATE columns stay 'YYYY-MM-DD' strings: a calendar date has no time zone to be shifted into.
types.setTypeParser(1082, (value: string) => value);

const logger = new Logger('Database');

/**
 * A pg client that always has an 'error' listener. The pool listens while a client is idle and TypeORM while it runs
 * queries, but not in between: a backend terminated right after it connected sends its FATAL in the same packet as the
 * connection's ReadyForQuery, before TypeORM has attached its listener, and an 'error' event nobody listens to kills
 * the process. The client is unusable afterwards either way; its next query fails and is answered 503.
 */
class GuardedClient extends Client {
  constructor(config?: string | ClientConfig) {
    super(config);
    this.on('error', (err: Error & { code?: string }) => logger.debug({ msg: 'database connection lost', code: err.code, error: err.message }));
  }
}

/**
 * A statement marked PREPARED (the hot path of a transition) is parsed once per connection and its plan kept. Not in
 * embedded mode: there every connection is multiplexed onto PGlite's one session, where a name one connection
 * prepared would already exist for the next.
 */
class PreparingClient extends GuardedClient {
  /** A statement marked PREPARED (the hot path of a transition) is parsed once per connection and its plan kept. */
  override query(...args: unknown[]): never {
    const [text, values, callback] = args;
    if (typeof text === 'string' && text.startsWith(PREPARED)) {
      return (super.query as (...a: unknown[]) => never)({ name: statementName(text), text, values }, ...(callback ? [callback] : []));
    }
    return (super.query as (...a: unknown[]) => never)(...args);
  }
}

const names = new Map<string, string>();
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `p_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    if (names.size < 1000) names.set(text, name);
  }
  return name;
}

/**
 * The one description of the database, used by the app, the migration CLI and the seed CLI.
 * `synchronize` and `migrationsRun` are off: the schema changes only through migrations/.
 */
export function dataSourceOptions(url: string, poolSize = 10, opts: { prepared?: boolean } = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    // extensions are the migrations' business too: TypeORM would otherwise try CREATE EXTENSION "uuid-ossp" (for the
    // uuid columns, whose defaults are gen_random_uuid()) on every connect — an error on PGlite, a stray extension elsewhere
    installExtensions: false,
    logging: ['error'],
    extra: { max: poolSize, connectionTimeoutMillis: 10_000, Client: opts.prepared ? PreparingClient : GuardedClient },
    poolErrorHandler: (err: Error & { code?: string }) => logger.warn({ msg: 'idle database connection lost', code: err.code, error: err.message }),
  };
}

/** Applies the pending migrations, each in its own transaction; returns the names of those that ran. */
export async function migrate(ds: DataSource): Promise<string[]> {
  const ran = await ds.runMigrations({ transaction: 'each' });
  return ran.map((m) => m.name);
}

export async function runMigrations(url: string): Promise<string[]> {
  const ds = new DataSource(dataSourceOptions(url, 1));
  await ds.initialize();
  try {
    return await migrate(ds);
  } finally {
    await ds.destroy();
  }
}
