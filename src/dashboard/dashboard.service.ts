import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { READS_EVERY } from '../common/auth/access-policy';
import { AuthUser, collegeScope, hasRole } from '../common/auth/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { localDate } from '../calendar/calendar';
import { monthlyMatrix } from '../monthly-reports/monthly-matrix';
import { WorldLoader } from '../reminders/world.loader';
import { RUNNING_STAGES, STAGES } from '../../workflows/agreement.catalog';
import { TIME_ZONE } from '../../workflows/time';
import type { ProgressQuery } from './dashboard.dto';
import type { CollegeProgressDto, OverdueCountsDto, ProgressDto, StageCountDto } from './dashboard.views';

type Overdue = OverdueCountsDto;
const NO_OVERDUE: Overdue = { filing: 0, supervision: 0, supervisionOverdue: 0, selfChecksOwed: 0 };

/**
 * 数据看板 — read-only figures, each one set-based query grouped by college: agreements by top-level stage, what is
 * overdue now (filing, supervision, semester self-checks owed) and the year's monthly-report punctuality.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly world: WorldLoader,
  ) {}

  async progress(user: AuthUser, q: ProgressQuery): Promise<ProgressDto> {
    const college = this.scope(user, q.collegeId);
    const now = this.clock.now();
    const today = localDate(now);
    const year = q.year ?? Number(today.slice(0, 4));
    const only = (alias: string, n: number) => (college ? `${alias}.college_id = $${n}` : 'TRUE');
    const p = college ? [college] : [];

    const colleges: Array<{ id: string; name: string }> = await this.db.query(
      `SELECT id, name FROM colleges ${college ? 'WHERE id = $1' : ''} ORDER BY code, name`, p);
    const stageRows: Array<{ college_id: string; stage: string; n: number }> = await this.db.query(
      `SELECT a.college_id, a.stage, count(*)::int AS n FROM agreements a WHERE ${only('a', 1)} GROUP BY a.college_id, a.stage`, p);
    const overdueRows: Array<{ college_id: string; filing: number; supervision: number; supervision_overdue: number }> = await this.db.query(
      `SELECT a.college_id,
         count(*) FILTER (WHERE a.state = 'filing.awaitingSubmission' AND a.filing_due_at <= $1)::int AS filing,
         count(*) FILTER (WHERE a.stage = 'supervision')::int AS supervision,
         count(*) FILTER (WHERE a.stage = 'supervision' AND a.supervision_deadline <= $1)::int AS supervision_overdue
       FROM agreements a WHERE ${only('a', 2)} AND a.stage IN ('filing', 'supervision') GROUP BY a.college_id`,
      [now, ...p]);
    // a running agreement owes each semester's self-check once its due date has passed, unless signed after that date
    const owedRows: Array<{ college_id: string; n: number }> = await this.db.query(
      `SELECT a.college_id, count(*)::int AS n
       FROM agreements a JOIN semesters s ON s.self_check_due_on < $1::date
       WHERE ${only('a', 4)} AND a.stage = ANY($2)
         AND (a.signed_at IS NULL OR (a.signed_at AT TIME ZONE $3)::date <= s.self_check_due_on)
         AND NOT EXISTS (SELECT 1 FROM self_checks c WHERE c.agreement_id = a.id AND c.semester = s.name AND c.status <> 'recalled')
       GROUP BY a.college_id`,
      [today, [...RUNNING_STAGES], TIME_ZONE, ...p]);
    const signed: Array<{ college_id: string; month: string; signed_off_at: Date }> = await this.db.query(
      `SELECT r.college_id, r.month, r.signed_off_at FROM monthly_reports r WHERE r.status = 'signed_off' AND r.month LIKE $1 AND ${only('r', 2)}`,
      [`${year}-%`, ...p]);
    const matrix = monthlyMatrix({
      now, year, ...(await this.world.settings()), colleges,
      signedOff: new Map(signed.map((r) => [`${r.college_id}:${r.month}`, r.signed_off_at])),
    });
    const punctuality = new Map(matrix.rows.map((r) => [r.collegeId, r]));

    const rows: CollegeProgressDto[] = colleges.map((c) => {
      const byStage = new Map(stageRows.filter((r) => r.college_id === c.id).map((r) => [r.stage, r.n]));
      const o = overdueRows.find((r) => r.college_id === c.id);
      const m = punctuality.get(c.id)!;
      return {
        collegeId: c.id,
        collegeName: c.name,
        total: [...byStage.values()].reduce((a, b) => a + b, 0),
        stages: STAGES.map((stage) => ({ stage, count: byStage.get(stage) ?? 0 })),
        overdue: {
          filing: o?.filing ?? 0,
          supervision: o?.supervision ?? 0,
          supervisionOverdue: o?.supervision_overdue ?? 0,
          selfChecksOwed: owedRows.find((r) => r.college_id === c.id)?.n ?? 0,
        },
        monthlyReports: { onTime: m.onTime, late: m.late, missing: m.missing, due: m.onTime + m.late + m.missing, score: m.score },
      };
    });
    return {
      generatedAt: now,
      year,
      stageOrder: [...STAGES],
      colleges: rows,
      total: rows.reduce((a, r) => a + r.total, 0),
      stages: STAGES.map((stage, i): StageCountDto => ({ stage, count: rows.reduce((a, r) => a + r.stages[i].count, 0) })),
      overdue: rows.reduce<Overdue>(
        (acc, r) => ({
          filing: acc.filing + r.overdue.filing,
          supervision: acc.supervision + r.overdue.supervision,
          supervisionOverdue: acc.supervisionOverdue + r.overdue.supervisionOverdue,
          selfChecksOwed: acc.selfChecksOwed + r.overdue.selfChecksOwed,
        }),
        { ...NO_OVERDUE },
      ),
    };
  }

  /** The college the caller's figures are confined to (null: every college). */
  private scope(user: AuthUser, collegeId: string | undefined): string | null {
    if (hasRole(user, ...READS_EVERY.dashboard)) return collegeId ?? null;
    const own = collegeScope(user) ?? user.collegeId;
    if (!own || (collegeId && collegeId !== own)) throw new DomainError('forbidden_college');
    return own;
  }
}
