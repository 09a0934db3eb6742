import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  dataPath: string;
  stop(): Promise<void>;
}

/**
 * Embedded mode: PGlite (PostgreSQL compiled to WASM) in this process, persisted under DATA_DIR/pgdata,
 * served on a free loopback port through pglite-socket so the ordinary `pg` driver and TypeORM run unchanged.
 * PGlite is one connection multiplexed by the socket server: keep transactions short.
 */
export async function startEmbeddedDatabase(dataDir: string): Promise<EmbeddedDatabase> {
  const dataPath = resolve(join(dataDir, 'pgdata'));
  mkdirSync(dataPath, { recursive: true });
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const db = await PGlite.create({ dataDir: dataPath });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 100 });
  await server.start();
  const conn = server.getServerConn(); // "127.0.0.1:<port>"
  const port = Number(conn.split(':').pop());
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    dataPath,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
