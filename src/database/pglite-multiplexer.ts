import { createServer, Server } from 'node:net';

/** Extended-query messages that leave a batch open until Sync: Parse, Bind, Describe, Execute, Close, Flush. */
const OPENS_BATCH = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map((c) => c.charCodeAt(0)));

/** The part of a PGlite instance the multiplexer drives. */
export interface PgliteSession {
  isInTransaction(): boolean;
  exec(sql: string): Promise<unknown>;
  runExclusive<T>(fn: () => Promise<T>): Promise<T>;
  execProtocolRawStream(message: Uint8Array, options: { onRawData: (data: Uint8Array) => void }): Promise<unknown>;
}

interface Item {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (err: unknown) => void;
}

/**
 * Serialises the protocol messages of many client connections onto PGlite's single session. pglite-socket's own
 * queue interleaves connections message by message, so one client's Parse can land between another's Parse and
 * Bind ("unnamed prepared statement does not exist") — it happens under the queue workers' load. Here a client
 * keeps the session from its first extended-query message until its Sync, and for as long as it holds a
 * transaction open; everyone else waits their turn. A failed message fails only its own client.
 */
export class ProtocolQueue {
  private queue: Item[] = [];
  private processing = false;
  private owner: number | null = null;
  private lastHandlerId: number | null = null;

  constructor(private readonly db: PgliteSession) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.process();
    });
  }

  getQueueLength(): number {
    return this.queue.length;
  }

  clearQueueForHandler(handlerId: number): void {
    this.queue = this.queue.filter((item) => {
      if (item.handlerId !== handlerId) return true;
      item.reject(new Error('client disconnected'));
      return false;
    });
    if (this.owner === handlerId) this.owner = null;
    void this.process();
  }

  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.db.isInTransaction() && this.lastHandlerId === handlerId) {
      await this.db.exec('ROLLBACK');
      this.lastHandlerId = null;
    }
    void this.process();
  }

  private async process(): Promise<void> {
    if (this.processing) return;
    this.processing = true;
    try {
      while (this.queue.length) {
        const holder = this.owner ?? (this.db.isInTransaction() ? this.lastHandlerId : null);
        const index = holder === null ? 0 : this.queue.findIndex((q) => q.handlerId === holder);
        if (index === -1) break; // the holder has more to say; wait for it
        const [item] = this.queue.splice(index, 1);
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, { onRawData: (data: Uint8Array) => ((bytes += data.length), item.onData(data)) }),
          );
          item.resolve(bytes);
        } catch (err) {
          item.reject(err);
        }
        this.lastHandlerId = item.handlerId;
        this.owner = OPENS_BATCH.has(item.message[0]) ? item.handlerId : null;
      }
    } finally {
      this.processing = false;
    }
  }
}

/** A PostgreSQL wire-protocol server on 127.0.0.1 for one PGlite database, multiplexed by ProtocolQueue. */
export async function servePglite(db: PgliteSession): Promise<{ port: number; close(): Promise<void> }> {
  const { PGLiteSocketHandler } = await import('@electric-sql/pglite-socket');
  const queue = new ProtocolQueue(db);
  const handlers = new Set<InstanceType<typeof PGLiteSocketHandler>>();
  const server: Server = createServer((socket) => {
    const handler = new PGLiteSocketHandler({ queryQueue: queue as never, closeOnDetach: true });
    handlers.add(handler);
    handler.addEventListener('close', () => handlers.delete(handler));
    handler.attach(socket).catch(() => socket.destroy());
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', () => resolve()));
  return {
    port: (server.address() as { port: number }).port,
    async close() {
      for (const h of handlers) await h.detach(true);
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
