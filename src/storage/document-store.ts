import { createHash, randomUUID } from 'node:crypto';
import { Transform, TransformCallback } from 'node:stream';
import type { Readable } from 'node:stream';
import { DomainError } from '../common/errors/domain-error';

/** What a completed put stored: the bytes counted and hashed as they went by. */
export interface StoredObject {
  key: string;
  size: number;
  sha256: string;
}

/**
 * Where uploaded files live (agreement documents, monthly-report attachments, assessment evidence): local disk or an
 * S3-compatible bucket, chosen by STORAGE_DRIVER. Keys are relative paths, the same in either store, so a bucket can
 * be filled from DATA_DIR/files by a plain copy. Bytes stream both ways; neither store holds a whole file in memory.
 */
export abstract class DocumentStore {
  abstract readonly driver: 'local' | 's3';

  /**
   * Streams `source` in under `key`, counting and hashing it. All or nothing: an object appears only once every byte
   * is stored; when the source fails (a refused type, too large, the client went away) or the store does, nothing
   * is left under the key and the promise rejects with the source's own error first.
   */
  abstract put(key: string, source: Readable): Promise<StoredObject>;

  /** The stored bytes. Rejects with StoredObjectMissing when there is no such object. */
  abstract get(key: string): Promise<Readable>;

  /** Removes the object; removing one that is not there is not an error. */
  abstract delete(key: string): Promise<void>;
}

/** A row names an object the store does not have: the data is damaged, not the request. */
export class StoredObjectMissing extends DomainError {
  constructor(readonly key: string) {
    super('internal_error', { detail: { zh: '文件丢失', en: 'The stored file is missing' } });
  }
}

/** The store did not answer (network, timeout, its own 5xx): the request may be sent again shortly. */
export class StorageUnavailable extends DomainError {
  constructor(readonly reason: string) {
    super('service_unavailable', { detail: { zh: '文件存储暂不可用，请稍后重试', en: 'File storage is unavailable; try again shortly' } });
  }
}

/** A fresh key: year and month spread the objects over folders (and bucket listings); the UUID makes it unique. */
export function newObjectKey(now: Date = new Date()): string {
  return `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${randomUUID()}`;
}

/** Passes bytes through unchanged, counting them and hashing them with SHA-256. */
export class Measure extends Transform {
  private readonly hash = createHash('sha256');
  /** Not `size`: lib-storage takes a body's `size` for its total length. */
  bytes = 0;

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    done(null, chunk);
  }

  /** The hex digest; call once, after the stream ended. */
  digest(): string {
    return this.hash.digest('hex');
  }
}
