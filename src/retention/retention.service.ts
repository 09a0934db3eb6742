import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { APP_CONFIG } from '../config/env';
import type { AppConfig } from '../config/env';
import type { PurgeResultDto } from './retention.views';

/** Rows per DELETE: each batch is a statement of its own, so a large backlog never holds locks for long. */
const BATCH = 1000;
const DAY_MS = 24 * 3600 * 1000;

/**
 * Deletes what has served its purpose, by age against the service clock: outbox rows the relay published, stored
 * answers of Idempotency-Key requests, finished deliveries with their attempts, and login-failure counters whose
 * window is over. Run daily by the `retention-purge` job scheduler (RETENTION_CRON) and by admins on demand; running
 * it twice deletes nothing twice. The inbox (notifications) and the workflow history are never purged.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger('Retention');

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async purge(): Promise<PurgeResultDto> {
    const now = this.clock.now();
    const before = (ms: number) => new Date(now.getTime() - ms);
    const result: PurgeResultDto = {
      at: now.toISOString(),
      outbox: await this.inBatches(
        'DELETE FROM outbox WHERE id IN (SELECT id FROM outbox WHERE published_at < $1 ORDER BY published_at LIMIT $2)',
        before(this.config.OUTBOX_RETENTION_DAYS * DAY_MS),
      ),
      idempotencyKeys: await this.inBatches(
        `DELETE FROM idempotency_keys WHERE (user_id, key) IN
           (SELECT user_id, key FROM idempotency_keys WHERE created_at < $1 ORDER BY created_at LIMIT $2)`,
        before(this.config.IDEMPOTENCY_RETENTION_HOURS * 3600 * 1000),
      ),
      // finished, and neither created, sent nor attempted since the cut-off (an admin's retry makes a delivery young
      // again); the attempts go with their delivery (ON DELETE CASCADE)
      deliveries: await this.inBatches(
        `DELETE FROM deliveries WHERE id IN (
           SELECT d.id FROM deliveries d
           WHERE d.status IN ('sent', 'failed') AND d.created_at < $1 AND coalesce(d.sent_at, d.created_at) < $1
             AND NOT EXISTS (SELECT 1 FROM delivery_attempts a WHERE a.delivery_id = d.id AND a.at >= $1)
           LIMIT $2)`,
        before(this.config.DELIVERY_RETENTION_DAYS * DAY_MS),
      ),
      loginFailures: await this.inBatches(
        'DELETE FROM login_failures WHERE key IN (SELECT key FROM login_failures WHERE first_failed_at < $1 LIMIT $2)',
        before(this.config.LOGIN_LOCK_SECONDS * 1000),
      ),
    };
    if (result.outbox || result.idempotencyKeys || result.deliveries || result.loginFailures) this.logger.log({ msg: 'retention purge', ...result });
    return result;
  }

  /** Runs a `DELETE … LIMIT $2` until a batch deletes fewer rows than it may; returns how many it deleted. */
  private async inBatches(sql: string, cutoff: Date): Promise<number> {
    let total = 0;
    for (;;) {
      // TypeORM answers a DELETE with [rows, affected]
      const [, affected]: [unknown, number] = await this.db.query(sql, [cutoff, BATCH]);
      total += affected;
      if (affected < BATCH) return total;
    }
  }
}
