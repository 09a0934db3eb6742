import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The id of the request that caused an outbox event or a delivery (X-Request-Id, or the id a scheduled sweep ran
 * under), so the jobs that handle them later log under the same id. Null for rows written before this migration.
 */
export class RequestIds1764500000000 implements MigrationInterface {
  name = 'RequestIds1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox ADD COLUMN request_id text`);
    await q.query(`ALTER TABLE deliveries ADD COLUMN request_id text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE deliveries DROP COLUMN request_id`);
    await q.query(`ALTER TABLE outbox DROP COLUMN request_id`);
  }
}
