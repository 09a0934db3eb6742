import type { Server } from 'node:http';
import type { NextFunction, Request, Response } from 'express';

/**
 * Stopping the HTTP side under load. `server.close()` alone waits for every keep-alive connection to go quiet, and a
 * client under load never lets it, so the process hung on until the load stopped. Instead, once draining:
 * every answer carries `Connection: close` (the client opens no further requests on that connection), new connections
 * are refused after a short grace (requests already on their way still land), requests in flight finish, and
 * whatever connection is still open at the deadline is closed.
 */
export class HttpDrain {
  private draining = false;
  private readonly inFlight = new Set<Response>();
  private onIdle?: () => void;

  constructor(private readonly server: Server) {}

  /** First middleware of the app: tracks requests in flight, and asks clients to close once draining. */
  readonly middleware = (_req: Request, res: Response, next: NextFunction): void => {
    this.inFlight.add(res);
    res.once('close', () => {
      this.inFlight.delete(res);
      if (!this.inFlight.size) this.onIdle?.();
    });
    if (this.draining) res.setHeader('Connection', 'close');
    next();
  };

  /**
   * Resolves when every connection is closed: in-flight requests have finished, or `deadlineMs` (from now) passed and
   * the rest were cut. `graceMs` is how long new connections are still accepted, for requests already sent.
   */
  async close({ graceMs, deadlineMs }: { graceMs: number; deadlineMs: number }): Promise<void> {
    const deadline = Date.now() + deadlineMs;
    this.draining = true;
    for (const res of this.inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    await sleep(graceMs);
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve())); // stops listening, closes idle connections
    const idle = this.inFlight.size ? new Promise<void>((resolve) => (this.onIdle = resolve)) : Promise.resolve();
    const timeLeft = Math.max(0, deadline - Date.now());
    if ((await Promise.race([idle.then(() => true), sleep(timeLeft).then(() => false)])) === true) {
      this.server.closeIdleConnections(); // answered with Connection: close, these are closing already
    }
    const cut = setTimeout(() => this.server.closeAllConnections(), Math.max(0, deadline - Date.now()));
    await closed;
    clearTimeout(cut);
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());
