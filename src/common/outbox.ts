import type { EntityManager } from 'typeorm';
import { currentRequestId } from './logging/job-context';

/** Topics of domain events written to the outbox; the reminders relay moves them to the queue. */
export type OutboxTopic = 'agreement.created' | 'agreement.transitioned' | 'agreement.filed' | 'agreement.renewed' | 'monthlyReport.transitioned' | 'workItem.notify';

/**
 * Appends a domain event inside the caller's transaction: it exists exactly when the state change does. It carries
 * the id of the request (or job) that caused it, which the relay puts on its job.
 */
export async function writeOutbox(tx: EntityManager, topic: OutboxTopic, aggregateId: string, payload: Record<string, unknown>): Promise<void> {
  await tx.query('INSERT INTO outbox (topic, aggregate_id, payload, request_id) VALUES ($1, $2, $3, $4)', [topic, aggregateId, JSON.stringify(payload), currentRequestId() ?? null]);
}
