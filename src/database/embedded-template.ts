import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { runMigrations as runQueueMigrations } from 'bullmq';
import { Client } from 'pg';
import { EMBEDDED_QUEUE_SCHEMA } from '../queue/queue.service';
import { runMigrations } from './data-source';
import { startEmbeddedDatabase, templateDir } from './embedded';

/**
 * The embedded database as a first start needs it, made once by the build: a PGlite cluster with every migration
 * applied and BullMQ's tables created, kept as a directory under dist/embedded/ (templateDir names it). A first start
 * copies it instead of running PGlite's initdb (4–6 s and 700–800 MiB the process keeps) and then the migrations.
 * The build used to keep PGlite's own dump (a tarball for `loadDataDir`, not migrated): writing the same files through
 * the WASM file system cost the first start about 2 s more CPU than a restart and 150 MiB more peak memory.
 *
 * What a first start dates "now" stays with the first start: the demo data (its semesters are the current school
 * year's) is seeded then, as before, and the month reports are owed from is dated again (INSTALLATION_DATED).
 */
export async function makeTemplate(): Promise<{ dir: string; made: boolean }> {
  const dir = templateDir();
  if (existsSync(join(dir, 'PG_VERSION'))) return { dir, made: false };
  const scratch = `${dir}.partial`;
  rmSync(scratch, { recursive: true, force: true });
  const db = await startEmbeddedDatabase(scratch, { template: false });
  try {
    await runMigrations(db.url);
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      await runQueueMigrations(client, EMBEDDED_QUEUE_SCHEMA);
    } finally {
      await client.end();
    }
  } finally {
    await db.stop();
  }
  // the templates of other versions and migrations (and the tarball the build made before) are of no further use
  mkdirSync(dirname(dir), { recursive: true });
  for (const name of readdirSync(dirname(dir))) if (name.startsWith('pgdata-') && name !== basename(scratch)) rmSync(join(dirname(dir), name), { recursive: true, force: true });
  renameSync(db.dataPath, dir);
  rmSync(scratch, { recursive: true, force: true });
  return { dir, made: true };
}

if (require.main === module) {
  makeTemplate().then(
    ({ dir, made }) => made && console.log(`embedded database template written: ${dir}`),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
