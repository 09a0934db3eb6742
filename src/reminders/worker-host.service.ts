import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '../config/env';
import type { AppConfig } from '../config/env';
import { QUEUES } from '../queue/queue.constants';
import type { QueueName } from '../queue/queue.constants';
import { QueueService, QueueWorker, RunningJob } from '../queue/queue.service';
import { DeliveryService } from '../notifications/delivery.service';
import { RetentionService } from '../retention/retention.service';
import { DomainEventsService } from './domain-events.service';
import { OutboxRelayService } from './outbox-relay.service';
import { ReminderSweepService } from './reminder-sweep.service';
import { SchedulersService } from './schedulers.service';

/**
 * The worker side (APP_ROLE worker or all): one BullMQ worker per queue whose processors only delegate, the job
 * schedulers (kept registered by SchedulersService), and the outbox relay loop.
 */
@Injectable()
export class WorkerHostService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Workers');
  private readonly workers: QueueWorker[] = [];
  private relayTimer?: NodeJS.Timeout;
  private relaying?: Promise<unknown>;
  private stopping = false;
  private stopped?: Promise<void>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queues: QueueService,
    private readonly sweep: ReminderSweepService,
    private readonly delivery: DeliveryService,
    private readonly events: DomainEventsService,
    private readonly relay: OutboxRelayService,
    private readonly schedulers: SchedulersService,
    private readonly retention: RetentionService,
  ) {}

  get enabled(): boolean {
    return this.config.APP_ROLE !== 'api';
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.enabled) return;
    const lock = this.config.WORKER_LOCK_MS;
    const opts = { lockDuration: lock, stalledInterval: Math.max(500, Math.floor(lock / 2)), maxStalledCount: 5 };
    // each job runs under the request id it carries, so its lines and what it causes carry it too
    const start = (name: QueueName, processor: (job: RunningJob) => Promise<unknown>, concurrency = 1) => {
      this.workers.push(this.queues.worker(name, processor, { ...opts, concurrency }));
    };
    start(QUEUES.reminders, (job) =>
      job.name === 'sweep-deadlines' ? this.sweep.runDeadlines() : job.name === 'purge-retention' ? this.retention.purge() : this.sweep.runReminders(),
    );
    start(QUEUES.deliveries, (job) => this.delivery.process(job.data.deliveryId), 5);
    start(QUEUES.domainEvents, (job) => this.events.handle(job.data), 2);
    this.schedulers.start();
    this.scheduleRelay();
    this.logger.log({ msg: 'workers started', backend: this.queues.backend, queues: Object.values(QUEUES) });
  }

  private scheduleRelay(): void {
    if (this.stopping) return;
    this.relayTimer = setTimeout(async () => {
      this.relaying = this.relay.drain();
      await this.relaying;
      this.scheduleRelay();
    }, this.config.OUTBOX_POLL_MS);
  }

  /**
   * Stops the relay, the scheduler checks and the workers, waiting at most `timeoutMs` for jobs still running: one
   * that runs longer is left to its lock, which runs out and lets another worker take it over. Idempotent; started at
   * SIGTERM side by side with the HTTP drain, and by Nest's shutdown hook otherwise.
   */
  stop(timeoutMs = 30_000): Promise<void> {
    this.stopped ??= this.closeWorkers(timeoutMs);
    return this.stopped;
  }

  private async closeWorkers(timeoutMs: number): Promise<void> {
    this.stopping = true;
    if (this.enabled) this.schedulers.stop();
    if (this.relayTimer) clearTimeout(this.relayTimer);
    const closing = Promise.allSettled([...this.workers.map((w) => w.close()), this.relaying]);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    if ((await Promise.race([closing, timeout])) === 'timeout') this.logger.warn({ msg: 'jobs still running at shutdown are left to be taken over', timeoutMs });
    clearTimeout(timer);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }
}
