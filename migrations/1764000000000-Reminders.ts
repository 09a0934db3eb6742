import { MigrationInterface, QueryRunner } from 'typeorm';

/** Academic calendar, monthly reports, the in-app inbox, deliveries with their attempts, and demo e-mail addresses. */
export class Reminders1764000000000 implements MigrationInterface {
  name = 'Reminders1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE calendar_settings (
        id integer PRIMARY KEY CHECK (id = 1),
        vacation_months integer[] NOT NULL DEFAULT '{2,7,8}',
        monthly_due_day integer NOT NULL DEFAULT 5 CHECK (monthly_due_day BETWEEN 2 AND 28),
        first_month char(7) NOT NULL,
        offsets jsonb NOT NULL DEFAULT '{}'::jsonb,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Reports are owed from the month after installation: nobody is late for a month before the system existed.
    await q.query(`INSERT INTO calendar_settings (id, first_month) VALUES (1, to_char((now() AT TIME ZONE 'Asia/Shanghai') + interval '1 month', 'YYYY-MM'))`);
    await q.query(`
      CREATE TABLE semesters (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(20) NOT NULL CONSTRAINT semesters_name_key UNIQUE,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        self_check_due_on date NOT NULL,
        CONSTRAINT semesters_order CHECK (starts_on < ends_on AND self_check_due_on BETWEEN starts_on AND ends_on)
      )`);
    await q.query(`
      CREATE TABLE monthly_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        college_id uuid NOT NULL REFERENCES colleges(id) ON DELETE RESTRICT,
        month char(7) NOT NULL,
        status varchar(20) NOT NULL CHECK (status IN ('draft','submitted','signed_off','returned')),
        work_done text NOT NULL DEFAULT '',
        new_partners text NOT NULL DEFAULT '',
        eliminated_partners text NOT NULL DEFAULT '',
        activities text NOT NULL DEFAULT '',
        problems_and_measures text NOT NULL DEFAULT '',
        notes text NOT NULL DEFAULT '',
        submitted_at timestamptz,
        submitted_by uuid REFERENCES users(id) ON DELETE SET NULL,
        signed_off_at timestamptz,
        signed_off_by uuid REFERENCES users(id) ON DELETE SET NULL,
        return_comment text,
        version integer NOT NULL DEFAULT 1,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT monthly_reports_college_month_key UNIQUE (college_id, month)
      )`);
    await q.query(`
      CREATE TABLE monthly_report_attachments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        report_id uuid NOT NULL REFERENCES monthly_reports(id) ON DELETE CASCADE,
        filename varchar(255) NOT NULL,
        size bigint NOT NULL,
        sha256 char(64) NOT NULL,
        media_type varchar(120) NOT NULL,
        storage_key varchar(300) NOT NULL,
        uploaded_by uuid REFERENCES users(id) ON DELETE SET NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX monthly_report_attachments_report_idx ON monthly_report_attachments (report_id)`);
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        reminder_key varchar(300) NOT NULL,
        kind varchar(40) NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        link varchar(300),
        created_at timestamptz NOT NULL,
        read_at timestamptz,
        CONSTRAINT notifications_once UNIQUE (reminder_key, user_id)
      )`);
    await q.query(`CREATE INDEX notifications_inbox_idx ON notifications (user_id, created_at DESC, id)`);
    await q.query(`CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL`);
    await q.query(`
      CREATE TABLE deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reminder_key varchar(300) NOT NULL,
        recipient varchar(200) NOT NULL,
        channel varchar(20) NOT NULL CHECK (channel IN ('inbox','email','webhook')),
        status varchar(20) NOT NULL CHECK (status IN ('pending','sending','sent','failed')),
        payload jsonb NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        lease_until timestamptz,
        last_error text,
        created_at timestamptz NOT NULL,
        sent_at timestamptz,
        CONSTRAINT deliveries_once UNIQUE (reminder_key, recipient, channel)
      )`);
    await q.query(`CREATE INDEX deliveries_status_idx ON deliveries (status, created_at)`);
    await q.query(`
      CREATE TABLE delivery_attempts (
        id bigserial PRIMARY KEY,
        delivery_id uuid NOT NULL REFERENCES deliveries(id) ON DELETE CASCADE,
        at timestamptz NOT NULL,
        outcome varchar(20) NOT NULL CHECK (outcome IN ('sent','failed')),
        error text,
        duration_ms integer NOT NULL
      )`);
    await q.query(`CREATE INDEX delivery_attempts_delivery_idx ON delivery_attempts (delivery_id, id)`);
    await q.query(`UPDATE users SET email = username || '@demo.edu.cn' WHERE email IS NULL AND username IN
      ('admin','center','director','legal','leader','finance','assessor','c1staff','c1leader','c2staff','c2leader')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE delivery_attempts`);
    await q.query(`DROP TABLE deliveries`);
    await q.query(`DROP TABLE notifications`);
    await q.query(`DROP TABLE monthly_report_attachments`);
    await q.query(`DROP TABLE monthly_reports`);
    await q.query(`DROP TABLE semesters`);
    await q.query(`DROP TABLE calendar_settings`);
  }
}
