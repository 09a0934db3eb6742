import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { QUEUES } from '../queue/queue.constants';
import { QueueService } from '../queue/queue.service';

/**
 * Moves domain events from the outbox table (written in the same transaction as each state change) to the
 * queue, oldest first. While the queue is down nothing is marked published, so nothing is lost: it catches up
 * when the queue returns. A row is queued under a job id of its own, so publishing twice queues it once. The job
 * carries the id of the request that wrote the row, and runs under it.
 */
@Injectable()
export class OutboxRelayService {
  private readonly logger = new Logger('OutboxRelay');
  private failing = false;

  constructor(
    private readonly db: DataSource,
    private readonly queues: QueueService,
  ) {}

  /**
   * Publishes up to `batch` events; returns how many. No transaction is held while the queue is called (in embedded
   * mode the queue shares PGlite's one session, and an open transaction would lock it out). Two relays racing queue
   * the same rows under the same job ids, which the queue keeps once. Throws nothing: a failure is retried next time.
   */
  async relayOnce(batch = 100): Promise<number> {
    try {
      const rows: Array<{ id: string; topic: string; aggregate_id: string | null; payload: Record<string, unknown>; request_id: string | null }> = await this.db.query(
        'SELECT id, topic, aggregate_id, payload, request_id FROM outbox WHERE published_at IS NULL ORDER BY id LIMIT $1',
        [batch],
      );
      for (const row of rows) {
        const data = { outboxId: String(row.id), topic: row.topic, aggregateId: row.aggregate_id, payload: row.payload, ...(row.request_id ? { requestId: row.request_id } : {}) };
        await this.queues.add(QUEUES.domainEvents, 'domain-event', data, {
          jobId: `outbox-${row.id}`,
          attempts: 10,
          backoff: { type: 'exponential', delay: 1000 },
        });
      }
      if (rows.length) await this.db.query('UPDATE outbox SET published_at = now() WHERE id = ANY($1::bigint[])', [rows.map((r) => r.id)]);
      if (this.failing) this.logger.log({ msg: 'outbox relay recovered' });
      this.failing = false;
      return rows.length;
    } catch (err) {
      if (!this.failing) this.logger.warn({ msg: 'outbox relay cannot reach the queue; events stay in the outbox', error: (err as Error).message });
      this.failing = true;
      return 0;
    }
  }

  /** Relays until the outbox is empty or the queue refuses. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.relayOnce();
      total += n;
      if (n < 100) return total;
    }
  }
}
