import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG } from '../config/env';
import type { AppConfig } from '../config/env';
import { JobName, QUEUES, SCHEDULERS } from '../queue/queue.constants';
import { QueueService } from '../queue/queue.service';

interface Schedule {
  id: string;
  repeat: { pattern: string; tz: string } | { every: number };
  job: JobName<'reminders'>;
}

/**
 * Keeps the job schedulers of the sweeps in the queue. They live in the queue's own storage, so a Redis that is wiped
 * (FLUSHALL, or restarted without its data) loses them and no sweep would run again until a worker restarts.
 * Registered at start, registered again whenever the queue connection becomes ready (a reconnect), and checked every
 * SCHEDULER_CHECK_EVERY_MS: a missing one is registered again. Upserting by a fixed id is idempotent, so any number of
 * workers may do all of this at once.
 */
@Injectable()
export class SchedulersService {
  private readonly logger = new Logger('Schedulers');
  private checkTimer?: NodeJS.Timeout;
  private retryTimer?: NodeJS.Timeout;
  private registered = false;
  private checking = false;
  private again?: 'reconnect' | 'check';
  private stopped = false;
  private readonly onReady = () => void this.ensure('reconnect');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queues: QueueService,
  ) {}

  private get schedules(): Schedule[] {
    return [
      { id: SCHEDULERS.dailyReminders, repeat: { pattern: this.config.REMINDER_CRON, tz: 'Asia/Shanghai' }, job: 'sweep-reminders' },
      { id: SCHEDULERS.deadlines, repeat: { every: this.config.DEADLINE_SWEEP_EVERY_MS }, job: 'sweep-deadlines' },
      { id: SCHEDULERS.retention, repeat: { pattern: this.config.RETENTION_CRON, tz: 'Asia/Shanghai' }, job: 'purge-retention' },
    ];
  }

  start(): void {
    this.stopped = false;
    void this.registerAll();
    this.queues.queue(QUEUES.reminders).getBackend().on('ready', this.onReady);
    this.checkTimer = setInterval(() => void this.ensure('check'), this.config.SCHEDULER_CHECK_EVERY_MS);
    this.checkTimer.unref();
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.checkTimer);
    clearTimeout(this.retryTimer);
    this.queues.queue(QUEUES.reminders).getBackend().removeListener('ready', this.onReady);
  }

  /** At start every schedule is upserted, so a changed REMINDER_CRON, RETENTION_CRON or sweep interval takes effect. */
  private async registerAll(attempt = 0): Promise<void> {
    try {
      const q = this.queues.queue(QUEUES.reminders);
      for (const s of this.schedules) await q.upsertJobScheduler(s.id, s.repeat, { name: s.job, data: {} });
      this.registered = true;
    } catch (err) {
      if (this.stopped) return;
      this.logger.warn({ msg: 'scheduler registration failed; retrying', error: (err as Error).message });
      this.retryTimer = setTimeout(() => void this.registerAll(attempt + 1), Math.min(30_000, 1000 * 2 ** attempt));
      this.retryTimer.unref();
    }
  }

  /** Registers again whatever schedule is missing; a failure waits for the next check or reconnect. */
  private async ensure(reason: 'reconnect' | 'check'): Promise<void> {
    if (this.stopped || !this.registered) return; // the start-up registration (and its retries) comes first
    if (this.checking) {
      this.again = reason; // a reconnect during a check that may have failed: look once more after it
      return;
    }
    this.checking = true;
    try {
      const q = this.queues.queue(QUEUES.reminders);
      for (const s of this.schedules) {
        if (await q.getJobScheduler(s.id)) continue;
        await q.upsertJobScheduler(s.id, s.repeat, { name: s.job, data: {} });
        this.logger.warn({ msg: 'job scheduler was missing; registered again', scheduler: s.id, reason });
      }
    } catch (err) {
      if (!this.stopped) this.logger.warn({ msg: 'scheduler check failed', reason, error: (err as Error).message });
    } finally {
      this.checking = false;
      const again = this.again;
      this.again = undefined;
      if (again) void this.ensure(again);
    }
  }
}
