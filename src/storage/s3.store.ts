import { DeleteObjectCommand, GetObjectCommand, HeadBucketCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { OnModuleDestroy } from '@nestjs/common';
import { pipeline, Readable } from 'node:stream';
import { DocumentStore, Measure, StoredObject, StoredObjectMissing, StorageUnavailable } from './document-store';

export interface S3Settings {
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
  prefix: string;
}

/** Where a store reports what it recovered from (Nest's Logger in the service). */
export interface StoreLog {
  warn(entry: Record<string, unknown>): void;
}

/** The smallest part S3 accepts: also what one upload holds in memory at most while it streams. */
const PART_BYTES = 5 * 1024 * 1024;

/**
 * Objects in an S3-compatible bucket (AWS S3, MinIO, Aliyun OSS, Tencent COS, Ceph…). A put streams the upload
 * through lib-storage: a file under one part goes up as one PutObject once it has all arrived, a larger one as a
 * multipart upload, one part at a time, aborted when anything fails so no object appears.
 */
export class S3Store extends DocumentStore implements OnModuleDestroy {
  readonly driver = 's3' as const;
  private readonly client: S3Client;
  private readonly prefix: string;

  constructor(
    private readonly settings: S3Settings,
    private readonly logger: StoreLog = { warn: (entry) => console.warn(JSON.stringify(entry)) },
  ) {
    super();
    this.prefix = settings.prefix && !settings.prefix.endsWith('/') ? `${settings.prefix}/` : settings.prefix;
    this.client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      credentials: settings.accessKeyId && settings.secretAccessKey ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } : undefined,
      // the SHA-256 is ours (kept in the database); the SDK's default CRC trailers are refused by many S3-compatible servers
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      maxAttempts: 3,
      requestHandler: { connectionTimeout: 5000, requestTimeout: 60_000 },
    });
  }

  /** Where objects go, for the start-up log: never the credentials. */
  describe(): Record<string, unknown> {
    const { endpoint, region, bucket, forcePathStyle } = this.settings;
    return { driver: 's3', endpoint: endpoint ?? 'AWS', region, bucket, prefix: this.prefix, forcePathStyle, credentials: this.settings.accessKeyId ? 'S3_ACCESS_KEY_ID' : 'the AWS SDK chain' };
  }

  /** Fails start-up when the bucket cannot be reached with these settings, instead of at the first upload. */
  async verify(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.settings.bucket }));
    } catch (err) {
      throw new Error(`S3 bucket ${this.settings.bucket} at ${this.settings.endpoint ?? `AWS ${this.settings.region}`} is not usable: ${reason(err)}`);
    }
  }

  async put(key: string, source: Readable): Promise<StoredObject> {
    const measure = new Measure();
    let sourceError: unknown;
    const body = pipeline(source, measure, (err) => (sourceError ??= err ?? undefined));
    const upload = new Upload({ client: this.client, params: { Bucket: this.settings.bucket, Key: this.prefix + key, Body: body }, partSize: PART_BYTES, queueSize: 1 });
    try {
      await upload.done();
    } catch (err) {
      const failed = sourceError;
      body.destroy(); // when the store failed first: stop reading the upload
      if (failed) {
        // a refused or broken upload, not the store's fault; lib-storage aborted the multipart upload (a server that
        // cannot abort one keeps its parts, never an object: a lifecycle rule on the bucket clears those)
        if (err !== failed) this.logger.warn({ msg: 'upload failed; the store reported on cleanup', key, error: reason(err) });
        throw failed;
      }
      throw translate(err, key);
    }
    return { key, size: measure.bytes, sha256: measure.digest() };
  }

  async get(key: string): Promise<Readable> {
    try {
      const res = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.prefix + key }));
      return res.Body as Readable;
    } catch (err) {
      throw translate(err, key);
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: this.prefix + key }));
    } catch (err) {
      throw translate(err, key);
    }
  }

  onModuleDestroy(): void {
    this.client.destroy();
  }
}

const NETWORK_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** No such key: missing. No answer, a timeout or the server's own 5xx: unavailable. Anything else (denied, no bucket): as it is. */
function translate(err: unknown, key: string): unknown {
  if (err instanceof S3ServiceException) {
    const status = err.$metadata.httpStatusCode ?? 0;
    if (err.name === 'NoSuchKey' || err.name === 'NotFound' || status === 404) return new StoredObjectMissing(key);
    if (status >= 500 || status === 429) return new StorageUnavailable(reason(err));
    return err;
  }
  const e = err as { code?: string; name?: string };
  if (NETWORK_ERRORS.has(e?.code ?? '') || e?.name === 'TimeoutError') return new StorageUnavailable(reason(err));
  return err;
}

function reason(err: unknown): string {
  if (err instanceof S3ServiceException) return `${err.name} (HTTP ${err.$metadata.httpStatusCode ?? '?'}): ${err.message}`;
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}
