import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestContext {
  requestId: string;
  userId?: string;
  /** When the request reached the process (Date.now()), before any waiting: what the caller can have seen ends here. */
  receivedAtMs?: number;
}

/**
 * Per-request values, without threading them through calls: the request id (written into the outbox rows and
 * deliveries the request causes, so their jobs log under the same id), the user, and when the request arrived.
 * Queue jobs run in a context of their own with the id they carry (src/common/logging/job-context.ts).
 */
export const requestContext = new AsyncLocalStorage<RequestContext>();
