import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { localDate } from '../../workflows/time';
import type { AuthUser } from '../common/auth/auth-user';
import { effectiveRoles } from '../common/roles';

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

/**
 * Work items (待办): opened and closed inside the transition's transaction. A sync is a diff by step: items of
 * steps the subject no longer waits on close (with who closed them and by which event), new steps open, and
 * untouched steps keep their item (a transfer or a delegation survives a deadline marking the record overdue).
 */
@Injectable()
export class WorkItemsService {
  async sync(
    tx: EntityManager,
    subject: { workflow: string; kind: string; subjectId: string; state: string; collegeId: string | null },
    desired: StepAssignment[],
    by: { actorId: string | null; event: string; now: Date },
  ): Promise<{ opened: string[]; closed: string[] }> {
    const open: WorkItemRow[] = await tx.query(`SELECT * FROM work_items WHERE subject_id = $1 AND status = 'open' FOR UPDATE`, [subject.subjectId]);
    const wanted = new Set(desired.map((d) => d.step));
    const gone = open.filter((i) => !wanted.has(i.step) || i.state !== subject.state);
    const closed: string[] = [];
    if (gone.length) {
      const ids = gone.map((i) => i.id);
      await tx.query(
        `UPDATE work_items SET status = 'done', closed_at = $2, closed_by = $3, closed_event = $4, version = version + 1 WHERE id = ANY($1::uuid[])`,
        [ids, by.now, by.actorId, by.event],
      );
      await tx.query(`UPDATE notifications SET closed_at = $2, read_at = coalesce(read_at, $2) WHERE work_item_id = ANY($1::uuid[])`, [ids, by.now]);
      closed.push(...ids);
    }
    const kept = new Set(open.filter((i) => !gone.includes(i)).map((i) => i.step));
    const opened: string[] = [];
    for (const d of desired.filter((x) => !kept.has(x.step))) {
      const [{ id }] = await tx.query(
        `INSERT INTO work_items (workflow, kind, subject_id, college_id, title, state, step, assignee_roles, assignee_college_id, assignee_user_ids, mode, since, due_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
        [subject.workflow, subject.kind, subject.subjectId, subject.collegeId, d.title.slice(0, 300), subject.state, d.step, d.roles, d.collegeId, d.userIds, d.mode, by.now, d.dueAt],
      );
      opened.push(id);
    }
    return { opened, closed };
  }

  /** Whether someone already acted on one of the subject's open items (a transfer, a delegation): RECALL is over. */
  async touched(tx: EntityManager, subjectId: string): Promise<boolean> {
    const rows = await tx.query(`SELECT 1 FROM work_items WHERE subject_id = $1 AND status = 'open' AND touched_at IS NOT NULL LIMIT 1`, [subjectId]);
    return rows.length > 0;
  }

  /** Marks items touched: the next person acted without moving the state (an opinion, a transfer). */
  async touch(tx: EntityManager, ids: string[], now: Date): Promise<void> {
    if (ids.length) await tx.query(`UPDATE work_items SET touched_at = coalesce(touched_at, $2) WHERE id = ANY($1::uuid[])`, [ids, now]);
  }

  async touchSubject(tx: EntityManager, subjectId: string, now: Date): Promise<void> {
    await tx.query(`UPDATE work_items SET touched_at = coalesce(touched_at, $2) WHERE subject_id = $1 AND status = 'open'`, [subjectId, now]);
  }
}
