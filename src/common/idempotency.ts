import { createHash } from 'node:crypto';
import { DomainError } from './errors/domain-error';
import type { WriteBatch } from '../workflow/write-batch';

export interface StoredResponse<T = unknown> {
  status: number;
  body: T;
}

const KEY = /^[\x21-\x7e]{1,200}$/;

export function fingerprint(method: string, path: string, body: unknown): string {
  return createHash('sha256').update(`${method} ${path}\n${JSON.stringify(body ?? null)}`).digest('hex');
}

export function assertIdempotencyKey(key: string): void {
  if (!KEY.test(key)) throw new DomainError('validation_failed', { errors: [{ field: 'Idempotency-Key', code: 'invalid_format' }] });
}

/** A response stored under the key, read with the record it concerns: replayed when the request is the same, 422 when not. */
export function replayStored<T>(stored: { fingerprint: string; status: number | null; response: unknown }, print: string): StoredResponse<T> {
  if (stored.fingerprint !== print) throw new DomainError('idempotency_key_reused');
  return { status: stored.status ?? 200, body: stored.response as T };
}

/**
 * Stores the response in the same statement as the change it reports (a WriteBatch): both land or neither. A second
 * request with the same key that raced this one fails the key's primary key (23505), reads again and replays.
 */
export function storeInBatch(batch: WriteBatch, userId: string, key: string, print: string, response: StoredResponse): void {
  batch.add(`INSERT INTO idempotency_keys (user_id, key, fingerprint, status, response)
    SELECT ${batch.p(userId)}::uuid, ${batch.p(key)}, ${batch.p(print)}, ${batch.p(response.status)}::int, ${batch.json(response.body)}${batch.from}`);
}
