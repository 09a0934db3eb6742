import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional } from 'class-validator';
import { APP_CONFIG } from '../config/env';
import type { AppConfig } from '../config/env';
import { Access } from '../common/auth/access.decorator';
import { Clock, SettableClock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { IdPipe } from '../common/id.pipe';
import { PageQuery } from '../common/pagination';
import { QUEUES, QueueName } from '../queue/queue.constants';
import { QueueService } from '../queue/queue.service';
import { DeliveryService } from './delivery.service';
import { OutboxRelayService } from './outbox-relay.service';
import { ReminderSweepService } from './reminder-sweep.service';

export class ListDeliveriesQuery extends PageQuery {
  @IsOptional() @IsIn(['pending', 'sending', 'sent', 'failed'])
  status?: string;

  @IsOptional() @IsIn(['inbox', 'email', 'webhook'])
  channel?: string;
}

export class SetClockDto {
  @IsISO8601({ strict: true })
  now: string;
}

@ApiTags('admin')
@Controller('api/v1/admin')
export class AdminController {
  constructor(
    private readonly sweep: ReminderSweepService,
    private readonly relay: OutboxRelayService,
    private readonly deliveries: DeliveryService,
    private readonly queues: QueueService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('reminders/run')
  @HttpCode(200)
  @Access('admin')
  @ApiOperation({ summary: '立即运行提醒 Run every sweep now and relay the outbox; idempotent — running it twice sends nothing twice' })
  async run() {
    const relayed = await this.relay.drain();
    const reminders = await this.sweep.runReminders();
    return { relayed, ...reminders };
  }

  @Get('deliveries')
  @Access('admin')
  @ApiOperation({ summary: '投递记录 Deliveries with every attempt; `?status=failed` lists the permanent failures' })
  list(@Query() q: ListDeliveriesQuery) {
    return this.deliveries.list(q);
  }

  @Post('deliveries/:id/retry')
  @HttpCode(200)
  @Access('admin')
  @ApiOperation({ summary: '重新投递 Retry a failed delivery' })
  retry(@Param('id', IdPipe) id: string) {
    return this.deliveries.retry(id);
  }

  @Get('queues')
  @Access('admin')
  @ApiOperation({ summary: '队列状态 Job counts per queue, the backend, and the latest failed jobs' })
  async queueStatus() {
    const failed: Record<string, unknown[]> = {};
    for (const name of Object.values(QUEUES)) {
      const jobs = await this.queues.queue(name).getFailed(0, 19);
      failed[name] = jobs.map((j: any) => ({ id: j.id, name: j.name, failedReason: j.failedReason, attemptsMade: j.attemptsMade, finishedOn: j.finishedOn }));
    }
    return { backend: this.queues.backend, counts: await this.queues.counts(), failed };
  }

  @Post('queues/:name/retry-failed')
  @HttpCode(200)
  @Access('admin')
  @ApiOperation({ summary: '重试失败任务 Retry every failed job of a queue' })
  async retryFailed(@Param('name') name: string) {
    if (!(Object.values(QUEUES) as string[]).includes(name)) throw new DomainError('not_found');
    const jobs = await this.queues.queue(name as QueueName).getFailed(0, 999);
    for (const job of jobs) await job.retry();
    return { retried: jobs.length };
  }

  @Put('clock')
  @Access('admin')
  @ApiOperation({ summary: 'Test runs only (TEST_CLOCK): set the service clock' })
  setClock(@Body() dto: SetClockDto) {
    if (!this.config.TEST_CLOCK || !(this.clock instanceof SettableClock)) throw new DomainError('route_not_found');
    this.clock.set(new Date(dto.now));
    return { now: this.clock.now().toISOString() };
  }
}
