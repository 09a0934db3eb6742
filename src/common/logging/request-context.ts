import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestContext {
  requestId: string;
  userId?: string;
  /** When the request reached the process (Date.now()), before any waiting: what the caller can have seen ends here. */
  receivedAtMs?: number;
}

/** Per-request values every log line carries, without threading them through calls. */
export const requestContext = new AsyncLocalStorage<RequestContext>();
