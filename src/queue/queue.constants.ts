/**
 * Every queue, and the jobs each carries with their payloads. Producers and processors both use this map. A job's
 * `requestId` is the X-Request-Id of the request that caused it: the worker runs the job under it, so the job's log
 * lines carry the same `reqId` as the request's.
 */
export const QUEUES = {
  reminders: 'reminders',
  deliveries: 'deliveries',
  domainEvents: 'domain-events',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface JobMap {
  reminders: {
    /** The daily sweep: every reminder rule. */
    'sweep-reminders': Record<string, never>;
    /** The frequent sweep: deadlines (DEADLINE_PASSED) and deliveries left pending. */
    'sweep-deadlines': Record<string, never>;
    /** The daily retention purge: old outbox, idempotency-key, delivery and login-failure rows. */
    'purge-retention': Record<string, never>;
  };
  deliveries: {
    deliver: { deliveryId: string; requestId?: string };
  };
  'domain-events': {
    'domain-event': { outboxId: string; topic: string; aggregateId: string | null; payload: Record<string, unknown>; requestId?: string };
  };
}

export type JobName<Q extends QueueName> = keyof JobMap[Q] & string;
export type JobData<Q extends QueueName, N extends JobName<Q>> = JobMap[Q][N];

/** Scheduler ids are stable: registering them again (every worker start) updates, never duplicates. */
export const SCHEDULERS = {
  dailyReminders: 'daily-reminders',
  deadlines: 'deadlines',
  retention: 'retention-purge',
} as const;
