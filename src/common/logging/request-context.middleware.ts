import type { NextFunction, Request, Response } from 'express';
import { requestContext } from './request-context';
import { requestIdOf } from './request-id';

/**
 * Opens the request's context (its id, and when it arrived) for everything the request does: the id goes into the
 * outbox rows it writes, and from there into the jobs and deliveries they cause. The log lines themselves get the id
 * from nestjs-pino's own context (`reqId`).
 */
export function requestContextMiddleware(req: Request, res: Response, next: NextFunction): void {
  requestContext.run({ requestId: requestIdOf(req, res), receivedAtMs: Date.now() }, () => next());
}
