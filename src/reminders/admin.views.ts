import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { QUEUES } from '../queue/queue.constants';

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
  @ApiProperty({ type: [DeliveryAttemptDto] }) attemptLog: DeliveryAttemptDto[];
}

export class FailedJobDto {
  @ApiPropertyOptional() id?: string;
  @ApiProperty() name: string;
  @ApiProperty() failedReason: string;
  @ApiProperty({ type: 'integer' }) attemptsMade: number;
  @ApiPropertyOptional({ type: 'integer', description: 'Epoch milliseconds' }) finishedOn?: number;
}

const QUEUE_NAMES = Object.values(QUEUES);
const perQueue = (schema: object, description: string) => ({
  type: 'object',
  description: `By queue (${QUEUE_NAMES.join(', ')}): ${description}`,
  additionalProperties: schema,
}) as const;

/** A job scheduler of the reminders queue: the sweeps and the retention purge. */
export class JobSchedulerDto {
  @ApiProperty({ description: 'The stable id', example: 'retention-purge' }) id: string;
  @ApiProperty({ description: 'The job it adds', example: 'purge-retention' }) job: string;
  @ApiProperty({ type: String, nullable: true, description: 'Cron pattern (Asia/Shanghai), or null for an interval' }) pattern: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Interval in ms, or null for a cron pattern' }) every: number | null;
  @ApiProperty({ ...INSTANT, nullable: true, description: 'When it runs next' }) next: string | null;
}

export class QueueStatusDto {
  @ApiProperty({ enum: ['redis', 'postgres'] }) backend: 'redis' | 'postgres';
  @ApiProperty({ type: [JobSchedulerDto], description: 'The job schedulers of the reminders queue' }) schedulers: JobSchedulerDto[];
  @ApiProperty(perQueue({ type: 'object', additionalProperties: { type: 'integer' } }, 'job counts by state (waiting, active, delayed, failed, …)'))
  counts: Record<string, Record<string, number>>;
  @ApiProperty(perQueue({ type: 'array', items: { $ref: '#/components/schemas/FailedJobDto' } }, 'the latest 20 failed jobs'))
  failed: Record<string, FailedJobDto[]>;
}

export class RetriedDto {
  @ApiProperty({ type: 'integer', description: 'Failed jobs queued again' }) retried: number;
}

export class ClockDto {
  @ApiProperty({ ...INSTANT, description: 'The service clock' }) now: string;
}
