import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DomainError } from './errors/domain-error';

export interface StoredResponse<T = unknown> {
  status: number;
  body: T;
}

const KEY = /^[\x21-\x7e]{1,200}$/;

export function fingerprint(method: string, path: string, body: unknown): string {
  return createHash('sha256').update(`${method} ${path}\n${JSON.stringify(body ?? null)}`).digest('hex');
}

/**
 * Claims `key` for this user inside the caller's transaction. A concurrent request with the same key waits on
 * the row lock until the first commits, then gets the first response; a later retry gets it at once. If the first
 * transaction rolls back (an error), the key is free again and the retry runs afresh.
 */
/**
 * `T` is the body the route stores; the key's fingerprint covers method, path and body, so a replay answers the same
 * route's stored (JSON) body.
 */
export async function claimIdempotencyKey<T>(tx: EntityManager, userId: string, key: string, print: string): Promise<StoredResponse<T> | null> {
  if (!KEY.test(key)) throw new DomainError('validation_failed', { errors: [{ field: 'Idempotency-Key', code: 'invalid_format' }] });
  const inserted: Array<{ key: string }> = await tx.query(
    'INSERT INTO idempotency_keys (user_id, key, fingerprint) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING key',
    [userId, key, print],
  );
  if (inserted.length) return null;
  const [row]: Array<{ fingerprint: string; status: number; response: T }> = await tx.query(
    'SELECT fingerprint, status, response FROM idempotency_keys WHERE user_id = $1 AND key = $2',
    [userId, key],
  );
  if (row.fingerprint !== print) throw new DomainError('idempotency_key_reused');
  return { status: row.status, body: row.response };
}

export async function storeIdempotentResponse(tx: EntityManager, userId: string, key: string, response: StoredResponse): Promise<void> {
  await tx.query('UPDATE idempotency_keys SET status = $3, response = $4 WHERE user_id = $1 AND key = $2', [userId, key, response.status, JSON.stringify(response.body)]);
}
