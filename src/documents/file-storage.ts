import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';

/** Where document bytes live. Local disk now; an S3-compatible store implements the same three calls. */
export abstract class FileStorage {
  abstract put(key: string, data: Buffer): Promise<void>;
  abstract open(key: string): Promise<Readable>;
  abstract remove(key: string): Promise<void>;
}

/** Files under DATA_DIR/files, written to a temporary name and renamed so a reader never sees half a file. */
export class LocalDiskStorage extends FileStorage {
  private readonly root: string;

  constructor(dataDir: string) {
    super();
    this.root = resolve(join(dataDir, 'files'));
  }

  private path(key: string): string {
    const full = resolve(this.root, key);
    if (!full.startsWith(this.root + sep)) throw new Error(`storage key escapes the root: ${key}`);
    return full;
  }

  async put(key: string, data: Buffer): Promise<void> {
    const target = this.path(key);
    await mkdir(dirname(target), { recursive: true });
    const tmp = `${target}.${process.pid}.tmp`;
    await writeFile(tmp, data, { mode: 0o640 });
    await rename(tmp, target);
  }

  async open(key: string): Promise<Readable> {
    const stream = createReadStream(this.path(key));
    await new Promise<void>((ok, fail) => stream.once('open', () => ok()).once('error', fail));
    return stream;
  }

  async remove(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }
}
