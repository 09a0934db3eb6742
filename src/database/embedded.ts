import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readTemplate } from './embedded-template';
import { servePglite } from './pglite-multiplexer';

export interface EmbeddedDatabase {
  url: string;
  dataPath: string;
  stop(): Promise<void>;
}

/**
 * Embedded mode: PGlite (PostgreSQL compiled to WASM) in this process, persisted under DATA_DIR/pgdata,
 * served on a free loopback port through pglite-socket's protocol handler so the ordinary `pg` driver, TypeORM and
 * BullMQ's PostgreSQL backend run unchanged. PGlite is one session multiplexed between clients (ProtocolQueue):
 * keep transactions short.
 */
/**
 * One user's data on one machine: PostgreSQL's default 128 MB of shared buffers made PGlite's WASM memory (and the
 * process) 100 MiB larger for nothing; 16 MB holds the working set of a college's records.
 */
export const EMBEDDED_SETTINGS = ['shared_buffers = 16MB'];

export async function startEmbeddedDatabase(dataDir: string): Promise<EmbeddedDatabase> {
  const dataPath = resolve(join(dataDir, 'pgdata'));
  mkdirSync(dataPath, { recursive: true });
  const { PGlite } = await import('@electric-sql/pglite');
  // a first start unpacks the build's ready-made cluster instead of running initdb (embedded-template.ts)
  const template = existsSync(join(dataPath, 'PG_VERSION')) ? undefined : readTemplate();
  // the migrations create pg_trgm (the lists' search indexes): PGlite loads an extension only when given here
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const db = await PGlite.create({ dataDir: dataPath, postgresqlconf: EMBEDDED_SETTINGS, extensions: { pg_trgm }, ...(template ? { loadDataDir: template } : {}) });
  const server = await servePglite(db);
  const port = server.port;
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    dataPath,
    async stop() {
      await server.close();
      await db.close();
    },
  };
}
