import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lists over a million agreements: one b-tree per sort the list offers, each ending in `id` (the keyset tiebreak)
 * and matching its ORDER BY in both directions; (filter, updated_at, id) for the filters that pick few rows; a partial
 * index for the overdue filter; pg_trgm GIN indexes for the search by title, filing number and partner name, and a
 * pattern b-tree for a filing number typed from its start.
 * `-endDate` and `endDate` both put agreements without an end date last: two expression indexes on coalesce(…).
 * Embedded mode runs this on PGlite, which loads pg_trgm in its constructor (src/database/embedded.ts).
 */
export class ListIndexes1764400000000 implements MigrationInterface {
  name = 'ListIndexes1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // (updated_at DESC, id) served neither `updated_at DESC, id DESC` nor a row comparison on (updated_at, id)
    await q.query(`DROP INDEX agreements_updated_idx`);
    await q.query(`DROP INDEX agreements_stage_idx`);
    await q.query(`DROP INDEX agreements_partner_idx`);
    await q.query(`CREATE INDEX agreements_updated_idx ON agreements (updated_at, id)`);
    await q.query(`CREATE INDEX agreements_created_idx ON agreements (created_at, id)`);
    await q.query(`CREATE INDEX agreements_title_idx ON agreements (title, id)`);
    await q.query(`CREATE INDEX agreements_end_asc_idx ON agreements ((coalesce(end_date, 'infinity'::date)), id)`);
    await q.query(`CREATE INDEX agreements_end_desc_idx ON agreements ((coalesce(end_date, '-infinity'::date)), id)`);
    await q.query(`CREATE INDEX agreements_stage_idx ON agreements (stage, updated_at, id)`);
    await q.query(`CREATE INDEX agreements_partner_idx ON agreements (partner_id, updated_at, id)`);
    await q.query(`CREATE INDEX agreements_college_updated_idx ON agreements (college_id, updated_at, id)`);
    await q.query(`CREATE INDEX agreements_type_updated_idx ON agreements (cooperation_type, updated_at, id)`);
    // covering: the overdue test reads these columns, so the capped count is an index-only scan
    await q.query(`
      CREATE INDEX agreements_overdue_idx ON agreements (updated_at, id) INCLUDE (overdue, state, filing_due_at, supervision_deadline)
      WHERE overdue OR state IN ('filing.awaitingSubmission', 'supervision')`);
    await q.query(`CREATE INDEX agreements_title_trgm_idx ON agreements USING gin (title gin_trgm_ops)`);
    await q.query(`CREATE INDEX agreements_filing_number_trgm_idx ON agreements USING gin (filing_number gin_trgm_ops)`);
    // a number typed from its start (BA-2026-00…) is a LIKE prefix: every number shares the trigrams of `BA-2026-`
    await q.query(`CREATE INDEX agreements_filing_number_prefix_idx ON agreements (filing_number varchar_pattern_ops)`);
    await q.query(`CREATE INDEX partners_name_trgm_idx ON partners USING gin (name gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of [
      'partners_name_trgm_idx', 'agreements_filing_number_prefix_idx', 'agreements_filing_number_trgm_idx', 'agreements_title_trgm_idx', 'agreements_overdue_idx', 'agreements_type_updated_idx',
      'agreements_college_updated_idx', 'agreements_partner_idx', 'agreements_stage_idx', 'agreements_end_desc_idx', 'agreements_end_asc_idx',
      'agreements_title_idx', 'agreements_created_idx', 'agreements_updated_idx',
    ]) {
      await q.query(`DROP INDEX ${index}`);
    }
    await q.query(`CREATE INDEX agreements_partner_idx ON agreements (partner_id)`);
    await q.query(`CREATE INDEX agreements_stage_idx ON agreements (stage, updated_at DESC)`);
    await q.query(`CREATE INDEX agreements_updated_idx ON agreements (updated_at DESC, id)`);
    // the extension stays: other objects may have come to use it since
  }
}
