import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { requestContext } from './request-context';
import type { RequestContext } from './request-context';

const logger = new Logger('http');
const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** Assigns a request id (honouring a sane incoming X-Request-Id), echoes it, and logs one line per request. */
export function requestLogging(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.header('x-request-id');
  const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('X-Request-Id', requestId);
  const started = process.hrtime.bigint();
  const store: RequestContext = { requestId, receivedAtMs: Date.now() };
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    requestContext.run(store, () =>
      logger.log({ msg: 'request', method: req.method, path: req.originalUrl.split('?')[0], status: res.statusCode, ms: Math.round(ms * 10) / 10 }),
    );
  });
  requestContext.run(store, () => next());
}
