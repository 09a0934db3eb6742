import { ApiProperty } from '@nestjs/swagger';

const DELETED = { type: 'integer', description: 'Rows deleted by this run' } as const;

/** What one retention purge deleted, and the cut-off instants it used (from the service clock). */
export class PurgeResultDto {
  @ApiProperty({ type: String, format: 'date-time', description: 'The service clock when the purge ran' }) at: string;
  @ApiProperty({ ...DELETED, description: 'Published outbox rows older than OUTBOX_RETENTION_DAYS' }) outbox: number;
  @ApiProperty({ ...DELETED, description: 'Stored Idempotency-Key answers older than IDEMPOTENCY_RETENTION_HOURS' }) idempotencyKeys: number;
  @ApiProperty({ ...DELETED, description: 'Finished deliveries (their attempts with them) older than DELIVERY_RETENTION_DAYS' }) deliveries: number;
  @ApiProperty({ ...DELETED, description: 'Login-failure counters whose window (LOGIN_LOCK_SECONDS) has passed' }) loginFailures: number;
}
