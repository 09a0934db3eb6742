import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * A freshly initialised PGlite cluster, as a gzip tarball. PGlite's initdb runs PostgreSQL's bootstrap in WASM:
 * 4–6 s and 700–800 MiB of memory the process keeps afterwards. The build makes the cluster once (dist/embedded/,
 * named by the PGlite version) and an embedded first start unpacks it instead: about 1 s, and the memory of a
 * restart. Without the file (a build that skipped it) the first start runs initdb as before.
 */
export function templatePath(pgliteVersion: string): string {
  return resolve(__dirname, '..', '..', 'embedded', `pgdata-${pgliteVersion}.tar.gz`);
}

export function pgliteVersion(): string {
  // the package exports no package.json: it sits one folder above the entry point (dist/)
  return (JSON.parse(readFileSync(join(dirname(require.resolve('@electric-sql/pglite')), '..', 'package.json'), 'utf8')) as { version: string }).version;
}

export function readTemplate(): Blob | undefined {
  const file = templatePath(pgliteVersion());
  return existsSync(file) ? new Blob([readFileSync(file)]) : undefined;
}

/** Makes the template when it is missing (the build calls this; a no-op when the file for this PGlite version exists). */
export async function makeTemplate(): Promise<{ file: string; made: boolean }> {
  const file = templatePath(pgliteVersion());
  if (existsSync(file)) return { file, made: false };
  const scratch = `${file}.d`;
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create({ dataDir: join(scratch, 'pgdata') });
  const dump = await db.dumpDataDir('gzip');
  await db.close();
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  rmSync(scratch, { recursive: true, force: true });
  return { file, made: true };
}

if (require.main === module) {
  makeTemplate().then(
    ({ file, made }) => made && console.log(`embedded database template written: ${file}`),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
