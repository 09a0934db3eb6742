import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `entered_state_at`: when the agreement entered its current state. Only a transition that changes the state moves
 * it (a deadline that marks the record overdue does not), so freshness and 催办 read one column.
 * `rule` on each history row: the machine rule that was applied, so archiving can ask which documents the path
 * required. Old rows keep NULL (history is append-only); their evidence column names the documents.
 */
export class RulesToTheLetter1764100000000 implements MigrationInterface {
  name = 'RulesToTheLetter1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE agreements ADD COLUMN entered_state_at timestamptz`);
    await q.query(`
      UPDATE agreements a SET entered_state_at = coalesce(
        (SELECT max(t.at) FROM agreement_transitions t WHERE t.agreement_id = a.id AND t.from_state IS DISTINCT FROM t.to_state), a.created_at)`);
    await q.query(`ALTER TABLE agreements ALTER COLUMN entered_state_at SET NOT NULL, ALTER COLUMN entered_state_at SET DEFAULT now()`);
    await q.query(`ALTER TABLE agreement_transitions ADD COLUMN rule varchar(60)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE agreement_transitions DROP COLUMN rule`);
    await q.query(`ALTER TABLE agreements DROP COLUMN entered_state_at`);
  }
}
