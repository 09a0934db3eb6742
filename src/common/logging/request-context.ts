import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestContext {
  requestId: string;
  userId?: string;
}

/** Per-request values every log line carries, without threading them through calls. */
export const requestContext = new AsyncLocalStorage<RequestContext>();
