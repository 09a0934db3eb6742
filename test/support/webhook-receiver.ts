import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';

export interface Received {
  deliveryId: string;
  /** X-Request-Id: the request that caused the delivery. */
  requestId?: string;
  body: any;
}

/** A local webhook endpoint whose answer each test decides; it records every request. */
export class WebhookReceiver {
  readonly received: Received[] = [];
  private server?: Server;
  port = 0;
  respond: (req: Received, res: ServerResponse) => void = (_, res) => res.end('{"errcode":0}');

  get url(): string {
    return `http://127.0.0.1:${this.port}/hook`;
  }

  async start(): Promise<void> {
    this.server = createServer((req: IncomingMessage, res) => {
      let text = '';
      req.on('data', (c) => (text += c));
      req.on('end', () => {
        const requestId = req.headers['x-request-id'];
        const r = { deliveryId: String(req.headers['x-delivery-id']), requestId: typeof requestId === 'string' ? requestId : undefined, body: JSON.parse(text || '{}') };
        this.received.push(r);
        this.respond(r, res);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    this.port = (this.server!.address() as { port: number }).port;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}
