import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
export async function startEmbeddedDatabase(dataDir: string): Promise<EmbeddedDatabase> {
  const dataPath = resolve(join(dataDir, 'pgdata'));
  mkdirSync(dataPath, { recursive: true });
  const { PGlite } = await import('@electric-sql/pglite');
  // the migrations create pg_trgm (the lists' search indexes): PGlite loads an extension only when given here
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const db = await PGlite.create({ dataDir: dataPath, extensions: { pg_trgm } });
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
