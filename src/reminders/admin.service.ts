import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock, SettableClock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { APP_CONFIG } from '../config/env';
import type { AppConfig } from '../config/env';
import { QUEUES } from '../queue/queue.constants';
import { QueueService } from '../queue/queue.service';
import { BOARD_PATH } from '../queue-board/board-session.service';
import type { ClockDto, QueueStatusDto, SweepRunDto } from './admin.views';
import { OutboxRelayService } from './outbox-relay.service';
import { ReminderSweepService } from './reminder-sweep.service';

/**
 * The admin's levers over reminders and queues: run the sweeps now, see what the queue dashboard (bull-board, which
 * shows the jobs and retries them) cannot — the backend and the outbox not yet relayed to it — and move a test clock.
 */
@Injectable()
export class AdminService {
  constructor(
    private readonly sweep: ReminderSweepService,
    private readonly relay: OutboxRelayService,
    private readonly queues: QueueService,
    private readonly clock: Clock,
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async runNow(): Promise<SweepRunDto> {
    const relayed = await this.relay.drain();
    const reminders = await this.sweep.runReminders();
    return { relayed, ...reminders };
  }

  async queueStatus(): Promise<QueueStatusDto> {
    const [outbox]: Array<{ unpublished: number; oldest: Date | null }> = await this.db.query(
      'SELECT count(*)::int AS unpublished, min(created_at) AS oldest FROM outbox WHERE published_at IS NULL',
    );
    // the schedulers live in the queue: while it does not answer (Redis stopped) the rest is still worth showing
    const schedulers = await this.queues.queue(QUEUES.reminders).getJobSchedulers(0, 99, true).then(
      (list) => list.map((s) => ({
        id: s.key,
        job: s.name,
        pattern: s.pattern ?? null,
        every: s.every != null ? Number(s.every) : null,
        next: s.next ? new Date(Number(s.next)).toISOString() : null,
      })),
      () => null,
    );
    return { backend: this.queues.backend, dashboard: BOARD_PATH, outbox: { unpublished: outbox.unpublished, oldestCreatedAt: outbox.oldest }, schedulers };
  }

  /** Test runs only (TEST_CLOCK): otherwise the route does not exist. */
  setClock(now: string): ClockDto {
    if (!this.config.TEST_CLOCK || !(this.clock instanceof SettableClock)) throw new DomainError('route_not_found');
    this.clock.set(new Date(now));
    return { now: this.clock.now().toISOString() };
  }
}
