import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { DocumentStore, newObjectKey, StoredObjectMissing } from '../src/storage/document-store';
import { LocalDiskStore } from '../src/storage/local-disk.store';
import { S3Store } from '../src/storage/s3.store';
import { startS3, S3RVER_KEYS, TestS3 } from './support/s3';

const MiB = 1024 * 1024;
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** `bytes` in chunks of 64 KiB, then (when given) an error instead of the end. */
function source(bytes: Buffer, failWith?: Error): Readable {
  async function* chunks() {
    for (let at = 0; at < bytes.length; at += 64 * 1024) yield bytes.subarray(at, at + 64 * 1024);
    if (failWith) throw failWith;
  }
  return Readable.from(chunks());
}

async function readAll(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

/**
 * The DocumentStore contract, held by both stores: local disk (a temporary DATA_DIR) and S3 (s3rver in this process,
 * multipart above 5 MiB). Streams in and out, size and SHA-256 measured, all-or-nothing puts, idempotent deletes.
 */
describe.each(['local', 's3'] as const)('DocumentStore contract: %s', (driver) => {
  let store: DocumentStore;
  let dataDir: string;
  let s3: TestS3 | undefined;
  /** What is physically there: files under DATA_DIR/files (temporary ones included) or keys in the bucket. */
  let stored: () => Promise<string[]>;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'coop-store-'));
    if (driver === 'local') {
      store = new LocalDiskStore(dataDir);
      stored = async () => {
        try {
          return (readdirSync(join(dataDir, 'files'), { recursive: true, withFileTypes: true }) as Array<{ isFile(): boolean; name: string; parentPath: string }>)
            .filter((e) => e.isFile())
            .map((e) => join(e.parentPath, e.name).slice(join(dataDir, 'files').length + 1))
            .sort();
        } catch {
          return [];
        }
      };
    } else {
      s3 = await startS3('contract');
      // s3rver cannot abort a multipart upload: the store warns (silenced here) and reports the source's error
      const quiet = { warn: () => undefined };
      store = new S3Store({ endpoint: s3.endpoint, region: 'us-east-1', bucket: s3.bucket, ...S3RVER_KEYS, forcePathStyle: true, prefix: 'tenant' }, quiet);
      stored = async () => (await s3!.keys()).map((k) => k.replace(/^tenant\//, ''));
    }
  });
  afterAll(async () => {
    (store as Partial<S3Store>).onModuleDestroy?.();
    await s3?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('streams a file in and back out, measuring its size and SHA-256', async () => {
    const bytes = randomBytes(7 * MiB + 123);
    const key = newObjectKey(new Date('2026-12-03T00:00:00Z'));
    expect(key).toMatch(/^2026\/12\/[0-9a-f-]{36}$/);
    expect(await store.put(key, source(bytes))).toEqual({ key, size: bytes.length, sha256: sha256(bytes) });
    expect(await stored()).toEqual([key]);
    expect((await readAll(await store.get(key))).equals(bytes)).toBe(true);
    await store.delete(key);
    expect(await stored()).toEqual([]);
  });

  it('stores an empty file and a one-chunk file', async () => {
    const empty = newObjectKey();
    expect(await store.put(empty, source(Buffer.alloc(0)))).toMatchObject({ size: 0, sha256: sha256(Buffer.alloc(0)) });
    expect((await readAll(await store.get(empty))).length).toBe(0);
    const small = newObjectKey();
    expect((await store.put(small, source(Buffer.from('%PDF-1.4 tiny')))).size).toBe(13);
    await store.delete(empty);
    await store.delete(small);
  });

  it('leaves nothing when the source fails, early or after parts went up, and reports the source’s error', async () => {
    for (const size of [10, 6 * MiB]) {
      const key = newObjectKey();
      const refused = new Error(`refused after ${size} bytes`);
      await expect(store.put(key, source(randomBytes(size), refused))).rejects.toBe(refused);
      await expect(store.get(key)).rejects.toBeInstanceOf(StoredObjectMissing);
    }
    expect(await stored()).toEqual([]);
  });

  it('answers a missing object with StoredObjectMissing, and deletes idempotently', async () => {
    const key = newObjectKey();
    await expect(store.get(key)).rejects.toBeInstanceOf(StoredObjectMissing);
    await store.delete(key);
    await store.delete(key);
  });

  if (driver === 'local') {
    it('keeps keys inside DATA_DIR/files', async () => {
      await expect(store.put('../escape', source(Buffer.from('x')))).rejects.toThrow('escapes the root');
    });
  }
});
