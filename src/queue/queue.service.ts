import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { createPostgresBackend, JobsOptions, Queue, withBackend, Worker } from 'bullmq';
import type { ConnectionOptions } from 'bullmq';
import { JobContext } from '../common/logging/job-context';
import { APP_CONFIG } from '../config/env';
import type { AppConfig } from '../config/env';
import { DATABASE_URL } from '../database/tokens';
import { JobData, JobName, QueueName, QUEUES } from './queue.constants';

type AnyQueue = Queue<any, any, string, any, any, string, any, any>;

/** What a processor sees of a job. */
export interface RunningJob {
  id?: string;
  name: string;
  data: any;
  attemptsMade: number;
}

/** A started worker: closed at shutdown. */
export interface QueueWorker {
  close(): Promise<void>;
}

/** Over PGlite's socket the search_path start-up option is ignored, so embedded mode keeps BullMQ in public. */
export const EMBEDDED_QUEUE_SCHEMA = 'public';

/** Finished jobs are kept a while for the dashboard, then removed. */
const JOB_DEFAULTS: JobsOptions = { removeOnComplete: { age: 7 * 24 * 3600, count: 10000 }, removeOnFail: { age: 30 * 24 * 3600 } };

/**
 * The queue backend for the run mode — BullMQ on Redis in production, BullMQ's PostgreSQL backend otherwise —
 * and typed producers over it. Workers take their constructors and connection from here too.
 */
@Injectable()
export class QueueService implements OnApplicationShutdown {
  private readonly logger = new Logger('QueueService');
  private readonly queues = new Map<QueueName, AnyQueue>();
  readonly backend: 'redis' | 'postgres';
  readonly classes: { Queue: new (name: string, opts: { connection: any; prefix?: string }) => AnyQueue; Worker: new (name: string, processor: any, opts: any) => any };
  readonly connection: unknown;
  /** Workers keep commands queued while Redis reconnects; producers fail fast instead. */
  readonly workerConnection: unknown;
  readonly prefix: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig, @Inject(DATABASE_URL) databaseUrl: string, private readonly jobs: JobContext) {
    this.prefix = config.QUEUE_PREFIX;
    if (config.REDIS_URL) {
      this.backend = 'redis';
      this.classes = { Queue: Queue as never, Worker: Worker as never };
      this.connection = redisOptions(config.REDIS_URL);
      this.workerConnection = { ...(this.connection as object), enableOfflineQueue: true };
    } else {
      this.backend = 'postgres';
      this.classes = withBackend(createPostgresBackend) as never;
      this.connection = { connectionString: databaseUrl, schema: config.mode === 'embedded' ? EMBEDDED_QUEUE_SCHEMA : 'bullmq', migrate: true, max: 5 };
      this.workerConnection = this.connection;
    }
  }

  queue(name: QueueName): AnyQueue {
    let q = this.queues.get(name);
    if (!q) {
      q = new this.classes.Queue(name, { connection: this.connection, prefix: this.prefix });
      q.on('error', (err: Error) => this.logger.warn({ msg: 'queue error', queue: name, error: err.message }));
      this.queues.set(name, q);
    }
    return q;
  }

  async add<Q extends QueueName, N extends JobName<Q>>(queue: Q, name: N, data: JobData<Q, N>, opts: JobsOptions = {}): Promise<void> {
    await this.queue(queue).add(name, data, { ...JOB_DEFAULTS, ...opts });
  }

  /**
   * Adds many jobs in as few round trips as the backend allows (a MULTI per chunk on Redis, one set-based INSERT per
   * chunk on PostgreSQL). Jobs keep their ids: a job id that exists already is left as it is, as with `add`. Chunks
   * go one after the other; a failure throws, and the chunks before it stay queued.
   */
  async addBulk<Q extends QueueName, N extends JobName<Q>>(queue: Q, jobs: Array<{ name: N; data: JobData<Q, N>; opts?: JobsOptions }>, chunk = 2000): Promise<void> {
    const q = this.queue(queue);
    for (let i = 0; i < jobs.length; i += chunk) {
      await q.addBulk(jobs.slice(i, i + chunk).map((j) => ({ name: j.name, data: j.data, opts: { ...JOB_DEFAULTS, ...j.opts } })));
    }
  }

  /**
   * Starts a worker on `name` whose jobs each run under the request id they carry (a fresh one when none): the
   * processor's log lines, and whatever it writes or queues, carry that id. One line per job done, one per failure.
   */
  worker(name: QueueName, processor: (job: RunningJob) => Promise<unknown>, opts: Record<string, unknown>): QueueWorker {
    const run = (job: RunningJob) =>
      this.jobs.run(job.data?.requestId, async () => {
        const started = Date.now();
        const result = await processor(job);
        this.logger.log({ msg: 'job completed', queue: name, job: job.name, jobId: job.id, attempt: job.attemptsMade + 1, ms: Date.now() - started });
        return result;
      });
    const worker = new this.classes.Worker(name, run, { connection: this.workerConnection, prefix: this.prefix, ...opts });
    worker.on('error', (err: Error) => this.logger.warn({ msg: 'worker error', queue: name, error: err.message }));
    worker.on('failed', (job: RunningJob | undefined, err: Error) =>
      this.jobs.run(job?.data?.requestId, () => this.logger.warn({ msg: 'job failed', queue: name, job: job?.name, jobId: job?.id, attempt: job?.attemptsMade, error: err.message })),
    );
    return worker;
  }

  async ping(): Promise<void> {
    await this.queue(QUEUES.reminders).getJobCounts('waiting');
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.queues.values()].map((q) => q.close()));
  }
}

function redisOptions(url: string): ConnectionOptions {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    username: u.username || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
    // Producers fail fast while Redis is down (the outbox keeps the event) instead of queueing commands in memory.
    enableOfflineQueue: false,
  } as ConnectionOptions;
}
