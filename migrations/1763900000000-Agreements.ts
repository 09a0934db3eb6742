import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Agreements with their persisted machine snapshot, majors, documents, the append-only transition history
 * (enforced by trigger), self-check submissions, idempotency keys and the transactional outbox.
 */
export class Agreements1763900000000 implements MigrationInterface {
  name = 'Agreements1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agreements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title varchar(200) NOT NULL,
        college_id uuid NOT NULL REFERENCES colleges(id) ON DELETE RESTRICT,
        partner_id uuid NOT NULL REFERENCES partners(id) ON DELETE RESTRICT,
        cooperation_type varchar(30) NOT NULL CHECK (cooperation_type IN
          ('major_building','order_class','apprenticeship','internship','training_base','faculty','industry_college','rnd','other')),
        requires_demonstration boolean NOT NULL,
        content jsonb NOT NULL DEFAULT '{}'::jsonb,
        start_date date,
        end_date date,
        stage varchar(30) NOT NULL,
        state varchar(60) NOT NULL,
        snapshot jsonb NOT NULL,
        machine_version varchar(30) NOT NULL,
        version integer NOT NULL DEFAULT 1,
        signed_at timestamptz,
        filing_due_at timestamptz,
        filed_at timestamptz,
        filing_late boolean NOT NULL DEFAULT false,
        filing_number varchar(40),
        supervision_deadline timestamptz,
        overdue boolean NOT NULL DEFAULT false,
        termination_reason varchar(30) CHECK (termination_reason IN
          ('expired','renewed','early_termination','non_performance','withdrawn','declined')),
        predecessor_id uuid REFERENCES agreements(id) ON DELETE RESTRICT,
        successor_id uuid REFERENCES agreements(id) ON DELETE RESTRICT,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT agreements_filing_number_key UNIQUE (filing_number),
        CONSTRAINT agreements_terminated_has_reason CHECK (stage <> 'terminated' OR termination_reason IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX agreements_college_stage_idx ON agreements (college_id, stage)`);
    await q.query(`CREATE INDEX agreements_stage_idx ON agreements (stage, updated_at DESC)`);
    await q.query(`CREATE INDEX agreements_partner_idx ON agreements (partner_id)`);
    await q.query(`CREATE INDEX agreements_updated_idx ON agreements (updated_at DESC, id)`);
    await q.query(`CREATE SEQUENCE filing_number_seq`);
    await q.query(`
      CREATE TABLE agreement_majors (
        agreement_id uuid NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
        major_id uuid NOT NULL REFERENCES majors(id) ON DELETE RESTRICT,
        PRIMARY KEY (agreement_id, major_id)
      )`);
    await q.query(`CREATE INDEX agreement_majors_major_idx ON agreement_majors (major_id)`);
    await q.query(`
      CREATE TABLE agreement_transitions (
        id bigserial PRIMARY KEY,
        agreement_id uuid NOT NULL REFERENCES agreements(id) ON DELETE RESTRICT,
        at timestamptz NOT NULL,
        actor_id uuid REFERENCES users(id) ON DELETE RESTRICT,
        actor_username varchar(50) NOT NULL,
        actor_roles text[] NOT NULL,
        event varchar(40) NOT NULL,
        from_state varchar(60),
        to_state varchar(60) NOT NULL,
        comment text,
        data jsonb,
        documents jsonb NOT NULL DEFAULT '[]'::jsonb,
        machine_version varchar(30) NOT NULL
      )`);
    await q.query(`CREATE INDEX agreement_transitions_agreement_idx ON agreement_transitions (agreement_id, id)`);
    await q.query(`
      CREATE FUNCTION forbid_history_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'agreement_transitions is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER agreement_transitions_append_only BEFORE UPDATE OR DELETE ON agreement_transitions FOR EACH ROW EXECUTE FUNCTION forbid_history_change()`);
    await q.query(`CREATE TRIGGER agreement_transitions_no_truncate BEFORE TRUNCATE ON agreement_transitions FOR EACH STATEMENT EXECUTE FUNCTION forbid_history_change()`);
    await q.query(`
      CREATE TABLE documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agreement_id uuid NOT NULL REFERENCES agreements(id) ON DELETE RESTRICT,
        kind varchar(40) NOT NULL,
        version integer NOT NULL,
        filename varchar(255) NOT NULL,
        size bigint NOT NULL,
        sha256 char(64) NOT NULL,
        media_type varchar(120) NOT NULL,
        storage_key varchar(300) NOT NULL,
        uploaded_by uuid REFERENCES users(id) ON DELETE SET NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT documents_version_key UNIQUE (agreement_id, kind, version)
      )`);
    await q.query(`
      CREATE TABLE self_checks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agreement_id uuid NOT NULL REFERENCES agreements(id) ON DELETE RESTRICT,
        semester varchar(20) NOT NULL,
        figures jsonb NOT NULL,
        status varchar(20) NOT NULL CHECK (status IN ('submitted','passed','rectify')),
        submitted_at timestamptz NOT NULL,
        submitted_by uuid REFERENCES users(id) ON DELETE SET NULL,
        conclusion text,
        reviewed_at timestamptz,
        reviewed_by uuid REFERENCES users(id) ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX self_checks_agreement_idx ON self_checks (agreement_id, semester)`);
    await q.query(`
      CREATE TABLE idempotency_keys (
        user_id uuid NOT NULL,
        key varchar(200) NOT NULL,
        fingerprint char(64) NOT NULL,
        status integer,
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, key)
      )`);
    await q.query(`
      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        topic varchar(100) NOT NULL,
        aggregate_id uuid,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz
      )`);
    await q.query(`CREATE INDEX outbox_unpublished_idx ON outbox (id) WHERE published_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outbox`);
    await q.query(`DROP TABLE idempotency_keys`);
    await q.query(`DROP TABLE self_checks`);
    await q.query(`DROP TABLE documents`);
    await q.query(`DROP TABLE agreement_transitions`);
    await q.query(`DROP FUNCTION forbid_history_change()`);
    await q.query(`DROP TABLE agreement_majors`);
    await q.query(`DROP SEQUENCE filing_number_seq`);
    await q.query(`DROP TABLE agreements`);
  }
}
