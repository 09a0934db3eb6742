import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 年度考核: versioned indicator templates (data, never code), cycles (a template version + a year + subjects), one
 * sheet per subject as a workflow (snapshot + machine version, history in workflow_transitions), the college's
 * entries per indicator, each assessor's scores, evidence documents, and the consortiums (市域产教联合体) that
 * the consortium templates assess.
 */
export class Assessment1764300000000 implements MigrationInterface {
  name = 'Assessment1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE assessment_templates (
        key varchar(60) NOT NULL,
        version integer NOT NULL CHECK (version > 0),
        status varchar(10) NOT NULL CHECK (status IN ('draft','published')),
        name varchar(200) NOT NULL,
        subject varchar(20) NOT NULL CHECK (subject IN ('college','consortium')),
        definition jsonb NOT NULL,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        PRIMARY KEY (key, version)
      )`);
    await q.query(`CREATE UNIQUE INDEX assessment_templates_one_draft ON assessment_templates (key) WHERE status = 'draft'`);
    await q.query(`
      CREATE TABLE consortiums (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE assessment_cycles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        template_key varchar(60) NOT NULL,
        template_version integer NOT NULL,
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        period_start date NOT NULL,
        period_end date NOT NULL,
        min_assessors integer NOT NULL DEFAULT 1 CHECK (min_assessors >= 1),
        self_due_on date,
        scoring_due_on date,
        published_at timestamptz,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (template_key, template_version) REFERENCES assessment_templates(key, version) ON DELETE RESTRICT,
        CONSTRAINT assessment_cycles_once UNIQUE (template_key, year),
        CONSTRAINT assessment_cycles_period CHECK (period_start <= period_end)
      )`);
    await q.query(`
      CREATE TABLE assessment_sheets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cycle_id uuid NOT NULL REFERENCES assessment_cycles(id) ON DELETE RESTRICT,
        subject_kind varchar(20) NOT NULL CHECK (subject_kind IN ('college','consortium')),
        subject_id uuid NOT NULL,
        college_id uuid REFERENCES colleges(id) ON DELETE RESTRICT,
        subject_name varchar(200) NOT NULL,
        state varchar(30) NOT NULL,
        snapshot jsonb NOT NULL,
        machine_version varchar(30) NOT NULL,
        version integer NOT NULL DEFAULT 1,
        entered_state_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT assessment_sheets_once UNIQUE (cycle_id, subject_id)
      )`);
    await q.query(`
      CREATE TABLE assessment_items (
        sheet_id uuid NOT NULL REFERENCES assessment_sheets(id) ON DELETE CASCADE,
        code varchar(60) NOT NULL,
        inputs jsonb NOT NULL DEFAULT '{}'::jsonb,
        selected boolean,
        self_score numeric(8,2),
        note text,
        figures jsonb NOT NULL DEFAULT '[]'::jsonb,
        updated_by uuid REFERENCES users(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (sheet_id, code)
      )`);
    await q.query(`
      CREATE TABLE assessment_scores (
        sheet_id uuid NOT NULL REFERENCES assessment_sheets(id) ON DELETE CASCADE,
        code varchar(60) NOT NULL,
        assessor_id uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        score numeric(8,2) NOT NULL CHECK (score >= 0),
        note text,
        scored_at timestamptz NOT NULL,
        PRIMARY KEY (sheet_id, code, assessor_id)
      )`);
    await q.query(`
      CREATE TABLE assessment_documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        sheet_id uuid NOT NULL REFERENCES assessment_sheets(id) ON DELETE RESTRICT,
        code varchar(60) NOT NULL,
        filename varchar(255) NOT NULL,
        size bigint NOT NULL,
        sha256 char(64) NOT NULL,
        media_type varchar(120) NOT NULL,
        storage_key varchar(300) NOT NULL,
        uploaded_by uuid REFERENCES users(id) ON DELETE SET NULL,
        uploaded_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX assessment_documents_sheet_idx ON assessment_documents (sheet_id, code)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['assessment_documents', 'assessment_scores', 'assessment_items', 'assessment_sheets', 'assessment_cycles', 'consortiums', 'assessment_templates']) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
