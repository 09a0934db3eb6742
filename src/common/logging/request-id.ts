import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';

/** An incoming X-Request-Id is honoured when it is this sane; anything else is replaced by a fresh UUID. */
const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

export function isRequestId(value: unknown): value is string {
  return typeof value === 'string' && REQUEST_ID.test(value);
}

/**
 * The request's id: the caller's X-Request-Id when well-formed, else a new UUID; echoed in the response's
 * X-Request-Id. Decided once per request (kept on `req.id`, where pino-http looks for it too).
 */
export function requestIdOf(req: IncomingMessage & { id?: unknown }, res: ServerResponse): string {
  if (isRequestId(req.id)) return req.id;
  const incoming = req.headers['x-request-id'];
  const id = isRequestId(incoming) ? incoming : randomUUID();
  req.id = id;
  if (!res.headersSent) res.setHeader('X-Request-Id', id);
  return id;
}
