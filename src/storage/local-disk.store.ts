import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DocumentStore, Measure, StoredObject, StoredObjectMissing } from './document-store';

/** Files under DATA_DIR/files, written to a temporary name and renamed, so a reader never sees half a file. */
export class LocalDiskStore extends DocumentStore {
  readonly driver = 'local' as const;
  readonly root: string;

  constructor(dataDir: string) {
    super();
    this.root = resolve(join(dataDir, 'files'));
  }

  private path(key: string): string {
    const full = resolve(this.root, key);
    if (!full.startsWith(this.root + sep)) throw new Error(`storage key escapes the root: ${key}`);
    return full;
  }

  async put(key: string, source: Readable): Promise<StoredObject> {
    const target = this.path(key);
    await mkdir(dirname(target), { recursive: true });
    const tmp = `${target}.${randomUUID()}.tmp`;
    const measure = new Measure();
    try {
      await pipeline(source, measure, createWriteStream(tmp, { mode: 0o640, flags: 'wx' }));
      await rename(tmp, target);
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
    return { key, size: measure.bytes, sha256: measure.digest() };
  }

  async get(key: string): Promise<Readable> {
    const stream = createReadStream(this.path(key));
    try {
      await new Promise<void>((ok, fail) => stream.once('open', () => ok()).once('error', fail));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new StoredObjectMissing(key);
      throw err;
    }
    return stream;
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }
}
