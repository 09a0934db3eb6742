import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { servePglite } from './pglite-multiplexer';

export interface EmbeddedDatabase {
  url: string;
  dataPath: string;
  /** Whether this start copied the build's ready cluster (a first start; see embedded-template.ts). */
  fromTemplate: boolean;
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

export async function startEmbeddedDatabase(dataDir: string, { template = true } = {}): Promise<EmbeddedDatabase> {
  const dataPath = resolve(join(dataDir, 'pgdata'));
  // a first start copies the build's ready cluster (migrated, with BullMQ's tables) instead of running initdb and
  // the migrations; without one (a build that skipped it) PGlite runs initdb and the migrations run as before
  const fromTemplate = template && !existsSync(join(dataPath, 'PG_VERSION')) && copyTemplate(dataPath);
  mkdirSync(dataPath, { recursive: true });
  const { PGlite } = await import('@electric-sql/pglite');
  // the migrations create pg_trgm (the lists' search indexes): PGlite loads an extension only when given here
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const db = await PGlite.create({ dataDir: dataPath, postgresqlconf: EMBEDDED_SETTINGS, extensions: { pg_trgm } });
  if (fromTemplate) await db.exec(INSTALLATION_DATED);
  const server = await servePglite(db);
  const port = server.port;
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    dataPath,
    fromTemplate,
    async stop() {
      await server.close();
      await db.close();
    },
  };
}

/**
 * The template's migrations ran when the build made it; what they dated by the clock is dated again at the first
 * start, which is the installation: migration 1764000000000 owes monthly reports from the month after it.
 */
const INSTALLATION_DATED = `UPDATE calendar_settings SET first_month = to_char((now() AT TIME ZONE 'Asia/Shanghai') + interval '1 month', 'YYYY-MM'), updated_at = now() WHERE id = 1`;

/**
 * Where the build keeps the ready cluster (embedded-template.ts makes it): dist/embedded/, named by what its contents
 * depend on — the PGlite version (the cluster's format), BullMQ's version (its tables) and the compiled migrations.
 * A change to any of them names another directory, so a stale template is never copied.
 */
export function templateDir(): string {
  const hash = createHash('sha256').update(`pglite ${packageVersion('@electric-sql/pglite')} bullmq ${packageVersion('bullmq')}\n`);
  const migrations = resolve(__dirname, '..', '..', 'migrations');
  for (const file of readdirSync(migrations).filter((f) => extname(f) === extname(__filename)).sort()) {
    hash.update(`${file}\n`).update(readFileSync(join(migrations, file)));
  }
  return resolve(__dirname, '..', '..', 'embedded', `pgdata-${packageVersion('@electric-sql/pglite')}-${hash.digest('hex').slice(0, 12)}`);
}

function packageVersion(name: string): string {
  // neither package exports its package.json: walk up from the entry point to the folder named after the package
  let dir = dirname(require.resolve(name));
  while (!existsSync(join(dir, 'package.json')) || (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string }).name !== name) {
    if (dirname(dir) === dir) throw new Error(`no package.json for ${name}`);
    dir = dirname(dir);
  }
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * Copies the template cluster to `dataPath` (absent or an empty directory): into a sibling first, renamed into place
 * once whole, so an interrupted copy never looks like a cluster. Returns false when the build made no template or
 * `dataPath` holds something already (left to PGlite, as without a template).
 */
function copyTemplate(dataPath: string): boolean {
  const source = templateDir();
  if (!existsSync(join(source, 'PG_VERSION'))) return false;
  if (existsSync(dataPath) && readdirSync(dataPath).length) return false;
  const partial = `${dataPath}.partial`;
  rmSync(partial, { recursive: true, force: true });
  cpSync(source, partial, { recursive: true });
  rmSync(dataPath, { recursive: true, force: true });
  renameSync(partial, dataPath);
  return true;
}
