import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { reviewerRoles } from '../../workflows/agreement.describe';
import type { Role } from '../common/roles';
import { AgreementFacts, DEFAULT_OFFSETS, ReminderOffsets, World } from './reminder-rules';

export interface CalendarSettings {
  vacationMonths: number[];
  monthlyDueDay: number;
  firstMonth: string;
  offsets: ReminderOffsets;
}

/** Loads from the database everything the reminder rules look at. */
@Injectable()
export class WorldLoader {
  private readonly reviewers = new Map<string, Role[]>();

  constructor(private readonly db: DataSource) {}

  async settings(): Promise<CalendarSettings> {
    const [row] = await this.db.query('SELECT vacation_months, monthly_due_day, first_month, offsets FROM calendar_settings WHERE id = 1');
    return { vacationMonths: row.vacation_months, monthlyDueDay: row.monthly_due_day, firstMonth: row.first_month, offsets: { ...DEFAULT_OFFSETS, ...row.offsets } };
  }

  async load(now: Date): Promise<World> {
    const settings = await this.settings();
    const colleges = await this.db.query('SELECT id, name FROM colleges ORDER BY code');
    const reports: Array<{ college_id: string; month: string }> = await this.db.query(`SELECT college_id, month FROM monthly_reports WHERE status = 'signed_off'`);
    const semesters = await this.db.query(`SELECT name, self_check_due_on AS "selfCheckDueOn" FROM semesters ORDER BY self_check_due_on`);
    // instants come as epoch milliseconds (floored, as the driver's own parsing would): far cheaper to turn into Dates
    // for a hundred thousand rows than timestamp text
    const ms = (col: string) => `floor(extract(epoch FROM ${col}) * 1000)::float8`;
    const rows: Array<Omit<AgreementFacts, 'signedAt' | 'filingDueAt' | 'supervisionDeadline' | 'enteredStateAt'> & Record<'signedAt' | 'filingDueAt' | 'supervisionDeadline' | 'enteredStateAt', number | null>> = await this.db.query(`
      SELECT a.id, a.title, a.college_id AS "collegeId", a.state, ${ms('a.signed_at')} AS "signedAt", ${ms('a.filing_due_at')} AS "filingDueAt",
        coalesce((a.snapshot->'context'->>'filingOverdue')::boolean, false) AS "filingOverdue",
        ${ms('a.supervision_deadline')} AS "supervisionDeadline",
        coalesce((a.snapshot->'context'->>'supervisionOverdue')::boolean, false) AS "supervisionOverdue",
        a.end_date AS "endDate",
        ${ms('a.entered_state_at')} AS "enteredStateAt",
        coalesce(s.semesters, '{}') AS "selfCheckSemesters"
      FROM agreements a
      LEFT JOIN (SELECT agreement_id, array_agg(DISTINCT semester) AS semesters FROM self_checks GROUP BY agreement_id) s ON s.agreement_id = a.id
      WHERE a.stage <> 'terminated'`);
    const date = (v: number | null) => (v === null ? null : new Date(v));
    const agreements: AgreementFacts[] = rows.map((r) => ({
      ...r,
      signedAt: date(r.signedAt),
      filingDueAt: date(r.filingDueAt),
      supervisionDeadline: date(r.supervisionDeadline),
      enteredStateAt: new Date(r.enteredStateAt!),
    }));
    const sheets = await this.db.query(`
      SELECT s.id, c.year, s.subject_name AS "subjectName", s.college_id AS "collegeId", s.state,
        to_char(c.self_due_on, 'YYYY-MM-DD') AS "selfDueOn", to_char(c.scoring_due_on, 'YYYY-MM-DD') AS "scoringDueOn"
      FROM assessment_sheets s JOIN assessment_cycles c ON c.id = s.cycle_id WHERE s.state IN ('drafting', 'submitted')`);
    return {
      now,
      sheets,
      ...settings,
      colleges,
      signedOffReports: new Set(reports.map((r) => `${r.college_id}:${r.month}`)),
      semesters,
      agreements,
      reviewersOf: (state) => this.reviewersAt(state),
    };
  }

  private reviewersAt(state: string): Role[] {
    let roles = this.reviewers.get(state);
    if (!roles) {
      roles = reviewerRoles(state) as Role[];
      this.reviewers.set(state, roles);
    }
    return roles;
  }
}
