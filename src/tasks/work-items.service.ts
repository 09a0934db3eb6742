import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { localDate } from '../../workflows/time';
import type { AuthUser } from '../common/auth/auth-user';
import { effectiveRoles } from '../common/roles';
import { OpenItem, WriteBatch } from '../workflow/write-batch';

/** Who one step of a subject waits on. `step` is stable for the step (a transfer keeps it), so syncing is a diff. */
export interface StepAssignment {
  step: string;
  title: string;
  roles: string[];
  collegeId: string | null;
  userIds: string[];
  mode: 'any' | 'all';
  dueAt: Date | null;
}

export interface WorkItemRow {
  id: string;
  workflow: string;
  kind: string;
  subject_id: string;
  college_id: string | null;
  title: string;
  state: string;
  step: string;
  assignee_roles: string[];
  assignee_college_id: string | null;
  assignee_user_ids: string[];
  mode: 'any' | 'all';
  since: Date;
  due_at: Date | null;
  status: 'open' | 'done';
  closed_at: Date | null;
  closed_by: string | null;
  closed_event: string | null;
  delegated_to: string | null;
  delegated_by: string | null;
  touched_at: Date | null;
  version: number;
}

/**
 * The SQL condition "this open item is waiting for user $n": named on it, delegated to them, assigned to one of
 * their roles (in their college, for college roles), or any of that for someone whose deputy they are today, when
 * the item needs a role the deputy holds too.
 * Parameters: $u user id, $r effective roles, $c college id, $d today's Shanghai date.
 */
export function waitingForSql(alias: string, u: number, r: number, c: number, d: number, withDelegate = true): string {
  const matches = (who: string, roles: string, college: string) =>
    `(${who} = ANY(${alias}.assignee_user_ids) OR (cardinality(${alias}.assignee_user_ids) = 0 AND ${alias}.assignee_roles && ${roles}
      AND (${alias}.assignee_college_id IS NULL OR ${alias}.assignee_college_id = ${college})))`;
  return `(${matches(`$${u}`, `$${r}::text[]`, `$${c}::uuid`)}${withDelegate ? ` OR ${alias}.delegated_to = $${u}` : ''}
    OR EXISTS (SELECT 1 FROM user_deputies dp JOIN users pr ON pr.id = dp.user_id
      WHERE dp.deputy_id = $${u} AND $${d}::date BETWEEN dp.from_date AND dp.to_date AND NOT pr.disabled
        AND ${matches('pr.id', 'pr.roles', 'pr.college_id')}
        -- only the principal's items a role of the deputy's own can do
        AND ${alias}.assignee_roles && $${r}::text[]))`;
}

export function waitingForParams(user: AuthUser, now: Date): [string, string[], string | null, string] {
  return [user.id, effectiveRoles(user.roles), user.collegeId, localDate(now)];
}

/** What a sync decides: the open items to close and the steps to open (with ids made here, so the outbox can name them). */
export interface SyncPlan {
  closed: string[];
  opened: Array<StepAssignment & { id: string }>;
  /** The open items after the sync (the kept ones and the new ones). */
  open: OpenItem[];
}

/**
 * Work items (待办): opened and closed in the same statement as the transition (see WriteBatch). A sync is a diff by
 * step: items of steps the subject no longer waits on close (with who closed them and by which event), new steps open,
 * and untouched steps keep their item (a transfer or a delegation survives a deadline marking the record overdue).
 */
@Injectable()
export class WorkItemsService {
  /** The diff between the subject's open items (read with its row) and the steps it waits on in `state`. */
  plan(open: OpenItem[], state: string, desired: StepAssignment[]): SyncPlan {
    const wanted = new Set(desired.map((d) => d.step));
    const kept = open.filter((i) => wanted.has(i.step) && i.state === state);
    const keptSteps = new Set(kept.map((i) => i.step));
    const opened = desired.filter((d) => !keptSteps.has(d.step)).map((d) => ({ ...d, id: randomUUID() }));
    return {
      closed: open.filter((i) => !kept.includes(i)).map((i) => i.id),
      opened,
      open: [...kept, ...opened.map((d) => ({ id: d.id, step: d.step, state, touched_at: null }))],
    };
  }

  /** Adds the plan's writes to the batch: close (and close their notices), then open. */
  write(
    batch: WriteBatch,
    subject: { workflow: string; kind: string; subjectId: string; state: string; collegeId: string | null },
    plan: SyncPlan,
    by: { actorId: string | null; event: string; now: Date },
    touch = false,
  ): void {
    const kept = plan.open.filter((i) => !plan.opened.some((o) => o.id === i.id)).map((i) => i.id);
    // a person acting without moving the state (an expert's opinion) has touched the step: no RECALL past it
    if (touch && kept.length) batch.add(`UPDATE work_items SET touched_at = coalesce(touched_at, ${batch.p(by.now)}) WHERE subject_id = ${batch.p(subject.subjectId)} AND id = ANY(${batch.p(kept)}::uuid[])${batch.and}`);
    if (plan.closed.length) {
      const ids = batch.p(plan.closed);
      const now = batch.p(by.now);
      batch.add(`UPDATE work_items SET status = 'done', closed_at = ${now}, closed_by = ${batch.p(by.actorId)}, closed_event = ${batch.p(by.event)}, version = version + 1
        WHERE subject_id = ${batch.p(subject.subjectId)} AND id = ANY(${ids}::uuid[]) AND status = 'open'${batch.and}`);
      batch.add(`UPDATE notifications SET closed_at = ${now}, read_at = coalesce(read_at, ${now}) WHERE work_item_id = ANY(${ids}::uuid[])${batch.and}`);
    }
    if (plan.opened.length) {
      const rows = plan.opened.map((d) => ({
        id: d.id, title: d.title.slice(0, 300), step: d.step, roles: d.roles, college: d.collegeId, users: d.userIds, mode: d.mode, due: d.dueAt?.toISOString() ?? null,
      }));
      batch.add(`INSERT INTO work_items (id, workflow, kind, subject_id, college_id, title, state, step, assignee_roles, assignee_college_id, assignee_user_ids, mode, since, due_at, touched_at)
        SELECT x.id, ${batch.p(subject.workflow)}, ${batch.p(subject.kind)}, ${batch.p(subject.subjectId)}, ${batch.p(subject.collegeId)}::uuid, x.title, ${batch.p(subject.state)}, x.step,
          ARRAY(SELECT jsonb_array_elements_text(x.roles)), x.college, ARRAY(SELECT jsonb_array_elements_text(x.users))::uuid[], x.mode, ${batch.p(by.now)}::timestamptz, x.due, ${batch.p(touch ? by.now : null)}::timestamptz
        FROM jsonb_to_recordset(${batch.json(rows)}) AS x(id uuid, title text, step text, roles jsonb, college uuid, users jsonb, mode text, due timestamptz)${batch.join}`);
    }
  }

  /** First work items of many subjects (that have none) in one INSERT: the start-up backfill. */
  async openMany(
    tx: EntityManager,
    subjects: Array<{ subject: { workflow: string; kind: string; subjectId: string; state: string; collegeId: string | null }; desired: StepAssignment[] }>,
    by: { now: Date },
  ): Promise<void> {
    const rows = subjects.flatMap(({ subject: s, desired }) => desired.map((d) => ({
      workflow: s.workflow, kind: s.kind, subject: s.subjectId, subject_college: s.collegeId, state: s.state,
      title: d.title.slice(0, 300), step: d.step, roles: d.roles, college: d.collegeId, users: d.userIds, mode: d.mode, due: d.dueAt?.toISOString() ?? null,
    })));
    if (!rows.length) return;
    await tx.query(
      `INSERT INTO work_items (workflow, kind, subject_id, college_id, title, state, step, assignee_roles, assignee_college_id, assignee_user_ids, mode, since, due_at)
       SELECT x.workflow, x.kind, x.subject, x.subject_college, x.title, x.state, x.step, ARRAY(SELECT jsonb_array_elements_text(x.roles)), x.college,
         ARRAY(SELECT jsonb_array_elements_text(x.users))::uuid[], x.mode, $2, x.due
       FROM jsonb_to_recordset($1::jsonb) AS x(workflow text, kind text, subject uuid, subject_college uuid, state text, title text, step text, roles jsonb, college uuid,
         users jsonb, mode text, due timestamptz)`,
      [JSON.stringify(rows), by.now],
    );
  }

  /** Opens and closes in a statement of its own (a subject's first items: nothing to guard). */
  async sync(
    tx: EntityManager,
    subject: { workflow: string; kind: string; subjectId: string; state: string; collegeId: string | null },
    open: OpenItem[],
    desired: StepAssignment[],
    by: { actorId: string | null; event: string; now: Date },
  ): Promise<SyncPlan> {
    const plan = this.plan(open, subject.state, desired);
    const batch = new WriteBatch();
    this.write(batch, subject, plan, by);
    await batch.run(tx);
    return plan;
  }
}
