import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { monthlyReportEngine, monthlyReportStatus, MonthlyReportContext, MONTHLY_REPORT_STATES } from '../../workflows/monthly-report.machine';
import type { MonthlyReportFacts } from '../../workflows/monthly-report.machine';
import { NotFoundError } from '../common/errors/domain-error';
import { writeOutbox } from '../common/outbox';
import { monthlyReportDue } from '../calendar/calendar';
import type { StepAssignment } from '../tasks/work-items.service';
import { WorkflowRunner } from '../workflow/workflow-runner.service';
import type { Applied, EventInput, RunnerActor, SubjectRow, WorkflowSubject } from '../workflow/workflow-runner.service';

export const REPORT = { zh: '月报', en: 'Monthly report' };

/** A monthly_reports row as PostgreSQL returns it. */
export interface MonthlyReportRow extends SubjectRow {
  college_id: string;
  month: string;
  status: 'draft' | 'returned' | 'submitted' | 'signed_off';
  work_done: string;
  new_partners: string;
  eliminated_partners: string;
  activities: string;
  problems_and_measures: string;
  notes: string;
  submitted_at: Date | null;
  submitted_by: string | null;
  signed_off_at: Date | null;
  signed_off_by: string | null;
  return_comment: string | null;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
  entered_state_at: Date;
  [column: string]: unknown;
}

type Snapshot = ReturnType<typeof monthlyReportEngine.restore>;

export async function loadMonthlyReport(tx: EntityManager, id: string, forUpdate = false): Promise<MonthlyReportRow> {
  const [row] = await tx.query(`SELECT * FROM monthly_reports WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]);
  if (!row) throw new NotFoundError(REPORT);
  return row;
}

/** The monthly report as the workflow runner sees it (machine: workflows/monthly-report.machine.ts). */
@Injectable()
export class MonthlyReportSubject implements WorkflowSubject<MonthlyReportRow>, OnApplicationBootstrap {
  readonly engine = monthlyReportEngine;
  readonly kind = 'monthlyReport';

  constructor(
    private readonly runner: WorkflowRunner,
    private readonly clock: Clock,
  ) {}

  /** Reports written before work items existed get theirs at start-up. */
  async onApplicationBootstrap(): Promise<void> {
    await this.runner.backfill(this, 'monthly_reports', `t.status <> 'signed_off'`, this.clock.now());
  }

  async facts(_tx: EntityManager, row: MonthlyReportRow, now: Date): Promise<MonthlyReportFacts> {
    return { now: now.toISOString(), documents: [], freshDocuments: [], workDone: row.work_done };
  }

  evidence(): unknown[] {
    return [];
  }

  async write(tx: EntityManager, row: MonthlyReportRow, next: Snapshot, now: Date, moved: boolean): Promise<boolean> {
    const persisted = monthlyReportEngine.persist(next);
    const status = monthlyReportStatus({ value: persisted.value, context: persisted.context as unknown as MonthlyReportContext });
    const result = await tx.query(
      `UPDATE monthly_reports SET snapshot = $3, machine_version = $4, status = $5, return_comment = $6,
         entered_state_at = CASE WHEN $7::boolean THEN $8 ELSE entered_state_at END, version = version + 1, updated_at = $8
       WHERE id = $1 AND version = $2`,
      [row.id, row.version, JSON.stringify(persisted), monthlyReportEngine.tag, status, (persisted.context as unknown as MonthlyReportContext).returnComment, moved, now],
    );
    return result[1] === 1;
  }

  collegeOf(row: MonthlyReportRow): string {
    return row.college_id;
  }

  reload(tx: EntityManager, id: string): Promise<MonthlyReportRow> {
    return loadMonthlyReport(tx, id);
  }

  conflictBody(row: MonthlyReportRow): Record<string, unknown> {
    return { reportStatus: row.status, statePath: monthlyReportEngine.statePath(row.snapshot), version: row.version };
  }

  /** Drafting waits on the college's officers, a submission on its leader; both due when the month's report is (before the 5th). */
  assignments(row: MonthlyReportRow, next: Snapshot): StepAssignment[] {
    const path = monthlyReportEngine.statePath(next);
    const base = { collegeId: row.college_id, userIds: [] as string[], mode: 'any' as const };
    const { deadline } = monthlyReportDue(row.month);
    if (path === 'draft') return [{ ...base, step: path, title: `${row.month} 月报：${MONTHLY_REPORT_STATES.draft.zh}`, roles: ['college_staff', 'college_leader'], dueAt: deadline }];
    if (path === 'submitted') return [{ ...base, step: path, title: `${row.month} 月报：${MONTHLY_REPORT_STATES.submitted.zh}`, roles: ['college_leader'], dueAt: deadline }];
    return [];
  }


  async afterTransition(tx: EntityManager, row: MonthlyReportRow, ctx: { event: EventInput; actor: RunnerActor; now: Date; applied: Applied }): Promise<void> {
    const { event, actor, now, applied } = ctx;
    if (event.type === 'SUBMIT') await tx.query('UPDATE monthly_reports SET submitted_at = $2, submitted_by = $3 WHERE id = $1', [row.id, now, actor.id]);
    if (event.type === 'SIGN_OFF') await tx.query('UPDATE monthly_reports SET signed_off_at = $2, signed_off_by = $3 WHERE id = $1', [row.id, now, actor.id]);
    if (event.type === 'RECALL') await tx.query('UPDATE monthly_reports SET submitted_at = NULL, submitted_by = NULL WHERE id = $1', [row.id]);
    await writeOutbox(tx, 'monthlyReport.transitioned', row.id, {
      reportId: row.id, collegeId: row.college_id, month: row.month, event: event.type, from: applied.from, to: applied.to, actorId: actor.id, at: now.toISOString(), openedItems: applied.opened,
    });
  }
}
