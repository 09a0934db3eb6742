import { MigrationInterface, QueryRunner } from 'typeorm';

/** Users, roles, colleges, majors, partners (with their ledger history) and login throttling. */
export class Platform1763800000000 implements MigrationInterface {
  name = 'Platform1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE colleges (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(32) NOT NULL,
        name varchar(100) NOT NULL,
        contact_name varchar(50),
        contact_phone varchar(30),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT colleges_code_key UNIQUE (code),
        CONSTRAINT colleges_name_key UNIQUE (name)
      )`);
    await q.query(`
      CREATE TABLE majors (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        college_id uuid NOT NULL REFERENCES colleges(id) ON DELETE RESTRICT,
        code varchar(32) NOT NULL,
        name varchar(100) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT majors_code_key UNIQUE (code),
        CONSTRAINT majors_college_name_key UNIQUE (college_id, name)
      )`);
    await q.query(`CREATE INDEX majors_college_idx ON majors (college_id)`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username varchar(50) NOT NULL,
        display_name varchar(100) NOT NULL,
        email varchar(200),
        phone varchar(30),
        password_hash text NOT NULL,
        roles text[] NOT NULL,
        college_id uuid REFERENCES colleges(id) ON DELETE RESTRICT,
        disabled boolean NOT NULL DEFAULT false,
        token_version integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_roles_nonempty CHECK (cardinality(roles) > 0),
        CONSTRAINT users_roles_known CHECK (roles <@ ARRAY['college_staff','college_leader','center_staff','center_director','legal','school_leader','department','assessor','admin']::text[]),
        CONSTRAINT users_college_roles_need_college CHECK (
          NOT (roles && ARRAY['college_staff','college_leader']::text[]) OR college_id IS NOT NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX users_username_key ON users (lower(username))`);
    await q.query(`CREATE INDEX users_college_idx ON users (college_id)`);
    await q.query(`
      CREATE TABLE partners (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        kind varchar(20) NOT NULL CHECK (kind IN ('enterprise','association','institute','park','government','other')),
        credit_code char(18) NOT NULL,
        industry varchar(100),
        address varchar(300),
        contact_name varchar(50),
        contact_phone varchar(30),
        notes text,
        status varchar(20) NOT NULL DEFAULT 'incubating' CHECK (status IN ('incubating','active','eliminated')),
        status_changed_at timestamptz NOT NULL DEFAULT now(),
        owner_college_id uuid REFERENCES colleges(id) ON DELETE RESTRICT,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT partners_credit_code_key UNIQUE (credit_code)
      )`);
    await q.query(`CREATE INDEX partners_status_idx ON partners (status)`);
    await q.query(`CREATE INDEX partners_owner_idx ON partners (owner_college_id)`);
    await q.query(`CREATE INDEX partners_name_idx ON partners (name)`);
    await q.query(`
      CREATE TABLE partner_status_changes (
        id bigserial PRIMARY KEY,
        partner_id uuid NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
        from_status varchar(20),
        to_status varchar(20) NOT NULL,
        reason text,
        changed_by uuid REFERENCES users(id) ON DELETE SET NULL,
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX partner_status_changes_partner_idx ON partner_status_changes (partner_id, changed_at)`);
    await q.query(`
      CREATE TABLE login_failures (
        key varchar(200) PRIMARY KEY,
        failures integer NOT NULL,
        first_failed_at timestamptz NOT NULL,
        locked_until timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_failures`);
    await q.query(`DROP TABLE partner_status_changes`);
    await q.query(`DROP TABLE partners`);
    await q.query(`DROP TABLE users`);
    await q.query(`DROP TABLE majors`);
    await q.query(`DROP TABLE colleges`);
  }
}
