import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The daily retention purge (src/retention) deletes by age in batches: published outbox rows by `published_at`, stored
 * idempotent answers by `created_at`. Deliveries already have (status, created_at); login failures stay few.
 */
export class RetentionIndexes1764700000000 implements MigrationInterface {
  name = 'RetentionIndexes1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX outbox_published_idx ON outbox (published_at) WHERE published_at IS NOT NULL`);
    await q.query(`CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX idempotency_keys_created_idx`);
    await q.query(`DROP INDEX outbox_published_idx`);
  }
}
