import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { LoggerService } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/env';
import { dataSourceOptions, migrate } from '../database/data-source';
import { seedDemoData } from '../database/demo-data';
import { EmbeddedDatabase, startEmbeddedDatabase } from '../database/embedded';

export interface PreparedDatabase {
  url: string;
  embedded?: EmbeddedDatabase;
}

/**
 * Chooses and readies the database for the run mode: starts PGlite in embedded mode, runs migrations
 * (always when embedded, else only with MIGRATE_ON_START), and seeds demo data on an embedded first start
 * or when SEED_DEMO=true.
 */
export async function prepareDatabase(config: AppConfig, logger: LoggerService): Promise<PreparedDatabase> {
  let url = config.DATABASE_URL;
  let embedded: EmbeddedDatabase | undefined;
  if (config.mode === 'embedded') {
    embedded = await startEmbeddedDatabase(config.DATA_DIR);
    url = embedded.url;
    config.jwtSecret = config.JWT_SECRET ?? embeddedJwtSecret(config.DATA_DIR);
  }
  logger.log({ msg: 'run mode', mode: config.mode, database: embedded ? `PGlite at ${embedded.dataPath}${embedded.fromTemplate ? ' (new, from the build\'s template)' : ''}` : redact(url!), queue: config.REDIS_URL ? redact(config.REDIS_URL) : 'PostgreSQL (same database)', dataDir: resolve(config.DATA_DIR) }, 'Bootstrap');

  const migrating = !!embedded || config.MIGRATE_ON_START;
  const seeding = !!embedded || config.SEED_DEMO;
  if (migrating || seeding) {
    // one connection for both (each DataSource builds the entities' metadata and connects anew)
    const ds = await new DataSource(dataSourceOptions(url!, 1)).initialize();
    try {
      if (migrating) {
        const ran = await migrate(ds);
        logger.log({ msg: 'migrations applied', count: ran.length, migrations: ran }, 'Bootstrap');
      }
      if (seeding) {
        const [{ count }] = await ds.query('SELECT count(*)::int AS count FROM users');
        if (count === 0 || config.SEED_DEMO) logger.log({ msg: 'demo data', created: await seedDemoData(ds) }, 'Bootstrap');
      }
    } finally {
      await ds.destroy();
    }
  }
  return { url: url!, embedded };
}

/** Embedded mode needs no configuration, so it keeps a random JWT secret beside its data. */
function embeddedJwtSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):([^@/]+)@/, '//$1:***@');
}
