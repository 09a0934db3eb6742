/**
 * Whether an error means the database connection was lost or could not be had — the request did not run to its end
 * and may be retried — as opposed to a fault in the request or in the code.
 *
 * SQLSTATE class 08 (connection exception), 57P01–57P03 (admin shutdown, crash shutdown, cannot connect now) and
 * 53300 (too many connections); node-pg's own words for a dead socket; the socket errors of the OS; and TypeORM's
 * refusal to use a query runner whose connection was released because it broke mid-transaction.
 */
export function isConnectionLoss(error: unknown): boolean {
  for (const e of causes(error)) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (/^08[0-9A-Z]{3}$/.test(code) || /^57P0[123]$/.test(code) || code === '53300') return true;
    if (SOCKET_ERRORS.has(code)) return true;
    if (e.name === 'QueryRunnerAlreadyReleasedError') return true;
    if (typeof e.message === 'string' && LOST_MESSAGES.some((m) => m.test(e.message as string))) return true;
  }
  return false;
}

const SOCKET_ERRORS = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

const LOST_MESSAGES = [
  /^Connection terminated/, // unexpectedly; due to connection timeout
  /is not queryable/, // Client has encountered a connection error and is not queryable; Client was closed and is not queryable
  /^timeout exceeded when trying to connect$/,
  /^Cannot use a pool after calling end on the pool$/, // shutting down
];

/** The error, TypeORM's driverError and the `cause` chain, at most a few deep. */
function causes(error: unknown): Array<{ code?: unknown; name?: unknown; message?: unknown }> {
  const out: Array<{ code?: unknown; name?: unknown; message?: unknown }> = [];
  const queue: unknown[] = [error];
  while (queue.length && out.length < 8) {
    const e = queue.shift();
    if (typeof e !== 'object' || e === null || out.includes(e)) continue;
    out.push(e);
    const { driverError, cause } = e as { driverError?: unknown; cause?: unknown };
    queue.push(driverError, cause);
  }
  return out;
}
