import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const INSTANT = { type: String, format: 'date-time' } as const;
const COUNTS = { type: 'integer', description: 'Of this run' } as const;

/** What running every sweep now did. */
export class SweepRunDto {
  @ApiProperty({ type: 'integer', description: 'Outbox events moved to the queue' }) relayed: number;
  @ApiProperty({ ...INSTANT, description: 'The service clock when the sweep ran' }) at: string;
  @ApiProperty({ ...COUNTS, description: 'Reminders due' }) reminders: number;
  @ApiProperty({ ...COUNTS, description: 'Deliveries created (none twice)' }) deliveriesCreated: number;
  @ApiProperty({ ...COUNTS, description: 'DEADLINE_PASSED events the machine took' }) deadlineEvents: number;
  @ApiProperty({ ...COUNTS, description: 'Pending deliveries queued again' }) requeued: number;
}

export class DeliveryAttemptDto {
  @ApiProperty(INSTANT) at: string;
  @ApiProperty({ enum: ['sent', 'failed'] }) outcome: 'sent' | 'failed';
  @ApiProperty({ type: String, nullable: true }) error: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) durationMs: number | null;
}

export class DeliveryPayloadDto {
  @ApiProperty({ description: 'The reminder’s kind', example: 'waiting' }) kind: string;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiPropertyOptional({ type: String, nullable: true }) link?: string | null;
  @ApiPropertyOptional({ description: 'The e-mail address (e-mail deliveries)' }) to?: string;
}

/** One reminder to one recipient over one channel, with every attempt. */
export class DeliveryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() reminderKey: string;
  @ApiProperty({ description: 'The user id (inbox, e-mail) or the webhook' }) recipient: string;
  @ApiProperty({ enum: ['inbox', 'email', 'webhook'] }) channel: 'inbox' | 'email' | 'webhook';
  @ApiProperty({ enum: ['pending', 'sending', 'sent', 'failed'] }) status: 'pending' | 'sending' | 'sent' | 'failed';
  @ApiProperty({ type: 'integer' }) attempts: number;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;
  @ApiProperty({ type: DeliveryPayloadDto }) payload: DeliveryPayloadDto;
  @ApiProperty(INSTANT) createdAt: Date;
  @ApiProperty({ ...INSTANT, nullable: true }) sentAt: Date | null;
  @ApiProperty({ type: String, nullable: true, description: 'X-Request-Id of the request that caused it (or the id its sweep ran under): its log lines carry it as reqId' })
  requestId: string | null;
  @ApiProperty({ type: [DeliveryAttemptDto] }) attemptLog: DeliveryAttemptDto[];
}

export class OutboxStatusDto {
  @ApiProperty({ type: 'integer', description: 'Domain events written but not yet relayed to the queue (the relay catches up when the queue is back)' })
  unpublished: number;
  @ApiProperty({ ...INSTANT, nullable: true, description: 'When the oldest of them was written' }) oldestCreatedAt: Date | null;
}

/** A job scheduler of the reminders queue: the sweeps and the retention purge. */
export class JobSchedulerDto {
  @ApiProperty({ description: 'The stable id', example: 'retention-purge' }) id: string;
  @ApiProperty({ description: 'The job it adds', example: 'purge-retention' }) job: string;
  @ApiProperty({ type: String, nullable: true, description: 'Cron pattern (Asia/Shanghai), or null for an interval' }) pattern: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Interval in ms, or null for a cron pattern' }) every: number | null;
  @ApiProperty({ ...INSTANT, nullable: true, description: 'When it runs next' }) next: string | null;
}

/** What the queue dashboard does not show: the backend, the events not yet on a queue, and the job schedulers. */
export class QueueStatusDto {
  @ApiProperty({ enum: ['redis', 'postgres'] }) backend: 'redis' | 'postgres';
  @ApiProperty({ example: '/admin/queues', description: 'The queue dashboard (bull-board): job counts, jobs, failures and retries of every queue; open a session first with POST /api/v1/admin/queues/session' })
  dashboard: string;
  @ApiProperty({ type: OutboxStatusDto }) outbox: OutboxStatusDto;
  @ApiProperty({ type: [JobSchedulerDto], nullable: true, description: 'The job schedulers of the reminders queue; null while the queue does not answer' })
  schedulers: JobSchedulerDto[] | null;
}

export class ClockDto {
  @ApiProperty({ ...INSTANT, description: 'The service clock' }) now: string;
}
