import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { monthlyReportEngine, monthlyReportStatus, MonthlyReportContext, MONTHLY_REPORT_STATES } from '../../workflows/monthly-report.machine';
import type { MonthlyReportFacts } from '../../workflows/monthly-report.machine';
import { NotFoundError } from '../common/errors/domain-error';
import { monthlyReportDue } from '../calendar/calendar';
import type { StepAssignment } from '../tasks/work-items.service';
import { WorkflowRunner } from '../workflow/workflow-runner.service';
import type { SubjectRow, WorkflowSubject, WriteContext } from '../workflow/workflow-runner.service';
import { workflowColumns, WriteBatch } from '../workflow/write-batch';

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
  const [row] = await tx.query(`SELECT t.*, ${workflowColumns('monthlyReport', 't')} FROM monthly_reports t WHERE t.id = $1${forUpdate ? ' FOR UPDATE OF t' : ''}`, [id]);
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

  /** Reports written before work items existed get theirs after start-up. */
  async onApplicationBootstrap(): Promise<void> {
    await this.runner.backfill(this, 'monthly_reports', `t.status <> 'signed_off'`, this.clock.now(),
      (tx, ids) => tx.query(`SELECT t.*, ${workflowColumns('monthlyReport', 't')} FROM monthly_reports t WHERE t.id = ANY($1::uuid[])`, [ids]));
  }

  async facts(_tx: EntityManager, row: MonthlyReportRow, now: Date): Promise<MonthlyReportFacts> {
    return { now: now.toISOString(), documents: [], freshDocuments: [], workDone: row.work_done };
  }

  evidence(): unknown[] {
    return [];
  }

  write(batch: WriteBatch, row: MonthlyReportRow, ctx: WriteContext): void {
    const persisted = monthlyReportEngine.persist(ctx.next as Snapshot);
    const status = monthlyReportStatus({ value: persisted.value, context: persisted.context as unknown as MonthlyReportContext });
    const v = (x: unknown) => batch.p(x);
    const now = v(ctx.now);
    // who submitted and who signed off, as the event says
    const extra = ctx.event.type === 'SUBMIT' ? `, submitted_at = ${now}, submitted_by = ${v(ctx.actor.id)}`
      : ctx.event.type === 'SIGN_OFF' ? `, signed_off_at = ${now}, signed_off_by = ${v(ctx.actor.id)}`
        : ctx.event.type === 'RECALL' ? ', submitted_at = NULL, submitted_by = NULL' : '';
    batch.guard(
      `UPDATE monthly_reports SET snapshot = ${v(JSON.stringify(persisted))}, machine_version = ${v(monthlyReportEngine.tag)}, status = ${v(status)},
         return_comment = ${v((persisted.context as unknown as MonthlyReportContext).returnComment)}, entered_state_at = ${ctx.moved ? now : 'entered_state_at'},
         version = version + 1, updated_at = ${now}${extra}
       WHERE id = ${v(row.id)} AND version = ${v(row.version)} RETURNING id`,
    );
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


  effects(batch: WriteBatch, row: MonthlyReportRow, ctx: WriteContext): void {
    const { event, actor, now, applied } = ctx;
    batch.outbox('monthlyReport.transitioned', row.id, {
      reportId: row.id, collegeId: row.college_id, month: row.month, event: event.type, from: applied.from, to: applied.to, actorId: actor.id, at: now.toISOString(), openedItems: applied.opened,
    });
  }
}
