import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One engine for every workflow:
 * - the append-only history becomes `workflow_transitions` (workflow + subject), shared by agreements and monthly
 *   reports (the trigger that refuses UPDATE/DELETE/TRUNCATE moves with the table);
 * - monthly reports keep a machine snapshot like agreements do;
 * - work items (待办): who a subject waits on, opened and closed in the transition's transaction, with their log
 *   (transfer, delegate, resolve, cc, urge);
 * - record grants (read access for cc'd users and invited experts), deputies (代理), the `expert` role;
 * - inbox notices point at their work item and close with it.
 */
export class WorkItems1764200000000 implements MigrationInterface {
  name = 'WorkItems1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE agreement_transitions RENAME TO workflow_transitions`);
    await q.query(`ALTER TABLE workflow_transitions RENAME COLUMN agreement_id TO subject_id`);
    await q.query(`ALTER TABLE workflow_transitions DROP CONSTRAINT IF EXISTS agreement_transitions_agreement_id_fkey`);
    await q.query(`ALTER TABLE workflow_transitions ADD COLUMN workflow varchar(30) NOT NULL DEFAULT 'agreement'`);
    await q.query(`ALTER TABLE workflow_transitions ALTER COLUMN workflow DROP DEFAULT`);
    await q.query(`DROP INDEX agreement_transitions_agreement_idx`);
    await q.query(`CREATE INDEX workflow_transitions_subject_idx ON workflow_transitions (workflow, subject_id, id)`);

    await q.query(`ALTER TABLE monthly_reports ADD COLUMN snapshot jsonb, ADD COLUMN machine_version varchar(30), ADD COLUMN entered_state_at timestamptz`);
    await q.query(`
      UPDATE monthly_reports SET
        snapshot = jsonb_build_object(
          'value', CASE status WHEN 'signed_off' THEN 'signedOff' WHEN 'returned' THEN 'draft' ELSE status END,
          'context', jsonb_build_object('returnComment', CASE WHEN status = 'returned' THEN coalesce(return_comment, '') END)),
        machine_version = 'monthlyReport@1',
        entered_state_at = coalesce(signed_off_at, submitted_at, updated_at)`);
    await q.query(`ALTER TABLE monthly_reports ALTER COLUMN snapshot SET NOT NULL, ALTER COLUMN machine_version SET NOT NULL, ALTER COLUMN entered_state_at SET NOT NULL`);

    await q.query(`ALTER TABLE self_checks DROP CONSTRAINT self_checks_status_check`);
    await q.query(`ALTER TABLE self_checks ADD CONSTRAINT self_checks_status_check CHECK (status IN ('submitted','passed','rectify','recalled'))`);

    await q.query(`ALTER TABLE users DROP CONSTRAINT users_roles_known`);
    await q.query(`ALTER TABLE users ADD CONSTRAINT users_roles_known CHECK (roles <@ ARRAY['college_staff','college_leader','center_staff','center_director','legal','school_leader','department','assessor','expert','admin']::text[])`);

    await q.query(`
      CREATE TABLE work_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workflow varchar(30) NOT NULL,
        kind varchar(30) NOT NULL,
        subject_id uuid NOT NULL,
        college_id uuid REFERENCES colleges(id) ON DELETE RESTRICT,
        title varchar(300) NOT NULL,
        state varchar(60) NOT NULL,
        step varchar(80) NOT NULL,
        assignee_roles text[] NOT NULL DEFAULT '{}',
        assignee_college_id uuid REFERENCES colleges(id) ON DELETE RESTRICT,
        assignee_user_ids uuid[] NOT NULL DEFAULT '{}',
        mode varchar(3) NOT NULL DEFAULT 'any' CHECK (mode IN ('any','all')),
        since timestamptz NOT NULL,
        due_at timestamptz,
        status varchar(10) NOT NULL DEFAULT 'open' CHECK (status IN ('open','done')),
        closed_at timestamptz,
        closed_by uuid REFERENCES users(id) ON DELETE SET NULL,
        closed_event varchar(40),
        delegated_to uuid REFERENCES users(id) ON DELETE SET NULL,
        delegated_by uuid REFERENCES users(id) ON DELETE SET NULL,
        touched_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT work_items_assigned CHECK (cardinality(assignee_roles) > 0 OR cardinality(assignee_user_ids) > 0)
      )`);
    await q.query(`CREATE INDEX work_items_subject_idx ON work_items (subject_id) WHERE status = 'open'`);
    await q.query(`CREATE INDEX work_items_open_idx ON work_items (since DESC, id) WHERE status = 'open'`);
    await q.query(`CREATE INDEX work_items_users_idx ON work_items USING gin (assignee_user_ids) WHERE status = 'open'`);
    await q.query(`
      CREATE TABLE work_item_log (
        id bigserial PRIMARY KEY,
        work_item_id uuid NOT NULL REFERENCES work_items(id) ON DELETE CASCADE,
        at timestamptz NOT NULL,
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        action varchar(20) NOT NULL CHECK (action IN ('transfer','delegate','resolve','cc','urge')),
        user_ids uuid[] NOT NULL DEFAULT '{}',
        note text
      )`);
    await q.query(`CREATE INDEX work_item_log_item_idx ON work_item_log (work_item_id, id)`);
    await q.query(`
      CREATE TABLE record_grants (
        workflow varchar(30) NOT NULL,
        subject_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        reason varchar(10) NOT NULL CHECK (reason IN ('cc','expert')),
        granted_by uuid REFERENCES users(id) ON DELETE SET NULL,
        granted_at timestamptz NOT NULL,
        PRIMARY KEY (subject_id, user_id, reason)
      )`);
    await q.query(`CREATE INDEX record_grants_user_idx ON record_grants (user_id)`);
    await q.query(`
      CREATE TABLE user_deputies (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        deputy_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        from_date date NOT NULL,
        to_date date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT user_deputies_not_self CHECK (deputy_id <> user_id),
        CONSTRAINT user_deputies_period CHECK (from_date <= to_date)
      )`);
    await q.query(`CREATE INDEX user_deputies_deputy_idx ON user_deputies (deputy_id)`);
    await q.query(`ALTER TABLE notifications ADD COLUMN work_item_id uuid REFERENCES work_items(id) ON DELETE SET NULL, ADD COLUMN closed_at timestamptz`);
    await q.query(`CREATE INDEX notifications_work_item_idx ON notifications (work_item_id) WHERE work_item_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications DROP COLUMN closed_at, DROP COLUMN work_item_id`);
    await q.query(`DROP TABLE user_deputies`);
    await q.query(`DROP TABLE record_grants`);
    await q.query(`DROP TABLE work_item_log`);
    await q.query(`DROP TABLE work_items`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT users_roles_known`);
    await q.query(`ALTER TABLE users ADD CONSTRAINT users_roles_known CHECK (roles <@ ARRAY['college_staff','college_leader','center_staff','center_director','legal','school_leader','department','assessor','admin']::text[])`);
    await q.query(`ALTER TABLE self_checks DROP CONSTRAINT self_checks_status_check`);
    await q.query(`ALTER TABLE self_checks ADD CONSTRAINT self_checks_status_check CHECK (status IN ('submitted','passed','rectify'))`);
    await q.query(`ALTER TABLE monthly_reports DROP COLUMN entered_state_at, DROP COLUMN machine_version, DROP COLUMN snapshot`);
    await q.query(`DROP INDEX workflow_transitions_subject_idx`);
    await q.query(`CREATE INDEX agreement_transitions_agreement_idx ON workflow_transitions (subject_id, id)`);
    await q.query(`ALTER TABLE workflow_transitions DROP COLUMN workflow`);
    await q.query(`ALTER TABLE workflow_transitions RENAME COLUMN subject_id TO agreement_id`);
    await q.query(`ALTER TABLE workflow_transitions RENAME TO agreement_transitions`);
  }
}
