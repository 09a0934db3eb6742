import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { QueueService } from '../queue/queue.service';
import { APP_CONFIG } from '../config/env';
import type { AppConfig } from '../config/env';
import type { CheckDto, ReadinessDto } from './health.views';

async function timed(fn: () => Promise<unknown>, timeoutMs: number): Promise<CheckDto> {
  const start = Date.now();
  try {
    await Promise.race([fn(), new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs).unref())]);
    return { status: 'up', ms: Date.now() - start };
  } catch (err) {
    return { status: 'down', ms: Date.now() - start, error: err instanceof Error ? err.message : String(err) };
  }
}

/** Readiness: the database answers, and the queue answers through the service's own queue connection. */
@Injectable()
export class HealthService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queues: QueueService,
  ) {}

  async ready(): Promise<ReadinessDto> {
    const database = await timed(() => this.db.query('SELECT 1'), 2000);
    const queue = { backend: this.queues.backend, ...(await timed(() => this.queues.ping(), 5000)) };
    const ok = database.status === 'up' && queue.status === 'up';
    return { status: ok ? 'ok' : 'unavailable', mode: this.config.mode, checks: { database, queue } };
  }
}
