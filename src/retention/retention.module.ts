import { Module } from '@nestjs/common';
import { RetentionService } from './retention.service';

/** Retention: the purge of old outbox, idempotency-key, delivery and login-failure rows (scheduled by the reminders' worker). */
@Module({
  providers: [RetentionService],
  exports: [RetentionService],
})
export class RetentionModule {}
