import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { sheetEngine, SHEET_STATES } from '../../workflows/assessment-sheet.machine';
import type { SheetFacts } from '../../workflows/assessment-sheet.machine';
import { endOfLocalDate } from '../../workflows/time';
import { NotFoundError } from '../common/errors/domain-error';
import type { StepAssignment } from '../tasks/work-items.service';
import type { SubjectRow, WorkflowSubject, WriteContext } from '../workflow/workflow-runner.service';
import { workflowColumns, WriteBatch } from '../workflow/write-batch';
import { countedLeafCodes } from './template-tree';
import type { TemplateDefinition } from './template.types';

export const SHEET = { zh: '考核表', en: 'Assessment sheet' };

/** An assessment_sheets row with its cycle's settings. */
export interface SheetRow extends SubjectRow {
  cycle_id: string;
  subject_kind: 'college' | 'consortium';
  subject_id: string;
  college_id: string | null;
  subject_name: string;
  state: string;
  updated_at: Date;
  entered_state_at: Date;
  year: number;
  min_assessors: number;
  self_due_on: string | null;
  scoring_due_on: string | null;
  template_key: string;
  template_version: number;
  period_start: string;
  period_end: string;
}

type Snapshot = ReturnType<typeof sheetEngine.restore>;

/** Assessors who have scored every leaf the sheet's totals count (mandatory plus selected optional ones). */
export async function completeAssessors(tx: EntityManager, row: Pick<SheetRow, 'id' | 'template_key' | 'template_version'>): Promise<number> {
  const [t] = await tx.query('SELECT definition FROM assessment_templates WHERE key = $1 AND version = $2', [row.template_key, row.template_version]);
  const selected: Array<{ code: string }> = await tx.query('SELECT code FROM assessment_items WHERE sheet_id = $1 AND selected', [row.id]);
  const codes = countedLeafCodes(t.definition as TemplateDefinition, new Set(selected.map((r) => r.code)));
  const [{ n }] = await tx.query(
    `SELECT count(*)::int AS n FROM (SELECT assessor_id FROM assessment_scores WHERE sheet_id = $1 AND code = ANY($2) GROUP BY assessor_id HAVING count(*) = $3) x`,
    [row.id, codes, codes.length],
  );
  return n;
}

export async function loadSheet(tx: EntityManager, id: string, forUpdate = false): Promise<SheetRow> {
  const [row] = await tx.query(
    `SELECT s.*, c.year, c.min_assessors, to_char(c.self_due_on, 'YYYY-MM-DD') AS self_due_on, to_char(c.scoring_due_on, 'YYYY-MM-DD') AS scoring_due_on,
       c.template_key, c.template_version, to_char(c.period_start, 'YYYY-MM-DD') AS period_start, to_char(c.period_end, 'YYYY-MM-DD') AS period_end,
       ${workflowColumns('assessmentSheet', 's')}
     FROM assessment_sheets s JOIN assessment_cycles c ON c.id = s.cycle_id WHERE s.id = $1${forUpdate ? ' FOR UPDATE OF s' : ''}`,
    [id],
  );
  if (!row) throw new NotFoundError(SHEET);
  return row;
}

/** The sheet as the workflow runner sees it (machine: workflows/assessment-sheet.machine.ts). */
@Injectable()
export class SheetSubject implements WorkflowSubject<SheetRow> {
  readonly engine = sheetEngine;
  readonly kind = 'assessmentSheet';

  /** The guards read how many assessors scored every counted leaf. */
  async facts(tx: EntityManager, row: SheetRow, now: Date): Promise<SheetFacts> {
    return { now: now.toISOString(), documents: [], freshDocuments: [], completeAssessors: await completeAssessors(tx, row), minAssessors: row.min_assessors };
  }

  evidence(): unknown[] {
    return [];
  }

  collegeOf(row: SheetRow): string | null {
    return row.college_id;
  }

  write(batch: WriteBatch, row: SheetRow, ctx: WriteContext): void {
    const v = (x: unknown) => batch.p(x);
    const now = v(ctx.now);
    batch.guard(
      `UPDATE assessment_sheets SET snapshot = ${v(JSON.stringify(sheetEngine.persist(ctx.next as Snapshot)))}, machine_version = ${v(sheetEngine.tag)},
         state = ${v(sheetEngine.statePath(ctx.next))}, version = version + 1, updated_at = ${now}, entered_state_at = ${ctx.moved ? now : 'entered_state_at'}
       WHERE id = ${v(row.id)} AND version = ${v(row.version)} RETURNING id`,
    );
  }

  reload(tx: EntityManager, id: string): Promise<SheetRow> {
    return loadSheet(tx, id);
  }

  conflictBody(row: SheetRow): Record<string, unknown> {
    return { state: row.state, statePath: row.state, version: row.version };
  }

  /** Drafting waits on the college (until the self-assessment deadline); a submitted sheet on the assessors and the center. */
  assignments(row: SheetRow, next: Snapshot): StepAssignment[] {
    const path = sheetEngine.statePath(next);
    const title = (what: string) => `${row.year} 年度考核「${row.subject_name}」：${what}`;
    const due = (d: string | null) => (d ? endOfLocalDate(d) : null);
    if (path === 'drafting') {
      return row.college_id
        ? [{ step: 'drafting', title: title(SHEET_STATES.drafting.zh), roles: ['college_staff', 'college_leader'], collegeId: row.college_id, userIds: [], mode: 'any', dueAt: due(row.self_due_on) }]
        : [{ step: 'drafting', title: title('联合体材料填报'), roles: ['center_staff'], collegeId: null, userIds: [], mode: 'any', dueAt: due(row.self_due_on) }];
    }
    if (path === 'submitted') {
      return [
        { step: 'submitted:assessors', title: title('考核组评分'), roles: ['assessor'], collegeId: null, userIds: [], mode: 'all', dueAt: due(row.scoring_due_on) },
        { step: 'submitted:center', title: title('总评确认'), roles: ['center_staff'], collegeId: null, userIds: [], mode: 'any', dueAt: due(row.scoring_due_on) },
      ];
    }
    return [];
  }

  effects(): void {
    // the sheet's own state is all there is; its notices are the work items'
  }
}
