import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { PinoLogger } from 'nestjs-pino';
import { requestContext } from './request-context';
import { isRequestId } from './request-id';

/**
 * Runs work that a request caused later — a queue job, a delivery — under that request's id: every log line inside
 * carries it as `reqId` (as the request's own lines do), and what the work writes or queues in turn (outbox rows,
 * deliveries, their jobs) carries it further. Work no request caused (a scheduled sweep) gets an id of its own, so its
 * lines and what it causes can still be told apart and followed.
 */
@Injectable()
export class JobContext {
  constructor(private readonly logger: PinoLogger) {}

  run<T>(requestId: string | null | undefined, work: () => T): T {
    const id = isRequestId(requestId) ? requestId : randomUUID();
    return requestContext.run({ requestId: id }, () => this.logger.runInContext(work, { bindings: { reqId: id } }));
  }
}

/** The request id of the code running now: the HTTP request's, or the job's it runs in; undefined outside both. */
export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}
