import { Inject, Injectable } from '@nestjs/common';
import { Clock, SettableClock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { APP_CONFIG } from '../config/env';
import type { AppConfig } from '../config/env';
import { QUEUES, QueueName } from '../queue/queue.constants';
import { QueueService } from '../queue/queue.service';
import type { ClockDto, FailedJobDto, QueueStatusDto, RetriedDto, SweepRunDto } from './admin.views';
import { OutboxRelayService } from './outbox-relay.service';
import { ReminderSweepService } from './reminder-sweep.service';

/** The admin's levers over reminders and queues: run the sweeps now, see and retry failed jobs, move a test clock. */
@Injectable()
export class AdminService {
  constructor(
    private readonly sweep: ReminderSweepService,
    private readonly relay: OutboxRelayService,
    private readonly queues: QueueService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async runNow(): Promise<SweepRunDto> {
    const relayed = await this.relay.drain();
    const reminders = await this.sweep.runReminders();
    return { relayed, ...reminders };
  }

  async queueStatus(): Promise<QueueStatusDto> {
    const failed: Record<string, FailedJobDto[]> = {};
    for (const name of Object.values(QUEUES)) {
      const jobs = await this.queues.queue(name).getFailed(0, 19);
      failed[name] = jobs.map((j) => ({ id: j.id, name: j.name, failedReason: j.failedReason, attemptsMade: j.attemptsMade, finishedOn: j.finishedOn }));
    }
    const schedulers = (await this.queues.queue(QUEUES.reminders).getJobSchedulers(0, 99, true)).map((s) => ({
      id: s.key,
      job: s.name,
      pattern: s.pattern ?? null,
      every: s.every != null ? Number(s.every) : null,
      next: s.next ? new Date(Number(s.next)).toISOString() : null,
    }));
    return { backend: this.queues.backend, schedulers, counts: await this.queues.counts(), failed };
  }

  async retryFailed(name: string): Promise<RetriedDto> {
    if (!(Object.values(QUEUES) as string[]).includes(name)) throw new DomainError('not_found');
    const jobs = await this.queues.queue(name as QueueName).getFailed(0, 999);
    for (const job of jobs) await job.retry();
    return { retried: jobs.length };
  }

  /** Test runs only (TEST_CLOCK): otherwise the route does not exist. */
  setClock(now: string): ClockDto {
    if (!this.config.TEST_CLOCK || !(this.clock instanceof SettableClock)) throw new DomainError('route_not_found');
    this.clock.set(new Date(now));
    return { now: this.clock.now().toISOString() };
  }
}
