import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A renewal links two agreements both ways (predecessor_id, successor_id, each a foreign key to agreements). Deleting
 * an agreement makes PostgreSQL look for rows naming it in either column; without an index that is a scan of the
 * whole table per deleted row (10,050 deleted agreements took 31 s, all in those checks). Partial indexes: few
 * agreements are renewals.
 */
export class AgreementLinkIndexes1764800000000 implements MigrationInterface {
  name = 'AgreementLinkIndexes1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX agreements_predecessor_idx ON agreements (predecessor_id) WHERE predecessor_id IS NOT NULL`);
    await q.query(`CREATE INDEX agreements_successor_idx ON agreements (successor_id) WHERE successor_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX agreements_successor_idx`);
    await q.query(`DROP INDEX agreements_predecessor_idx`);
  }
}
