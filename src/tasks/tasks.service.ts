import { Injectable } from '@nestjs/common';
import { READS_EVERY } from '../common/auth/access-policy';
import { DataSource, EntityManager } from 'typeorm';
import { localDate } from '../../workflows/time';
import { AuthUser, collegeScope, hasRole } from '../common/auth/auth-user';
import { Clock } from '../common/clock';
import { DomainError, NotFoundError } from '../common/errors/domain-error';
import { effectiveRoles } from '../common/roles';
import { NotifierService } from '../notifications/notifier.service';
import { itemNotice, TaskView, toTask } from './task.view';
import { ListTasksQuery } from './tasks.dto';
import { waitingForParams, waitingForSql, WorkItemRow } from './work-items.service';
import { secondsUntilNextLocalDay } from '../common/retry-after';

const TASK = { zh: '待办事项', en: 'Work item' };
/** Roles that see every work item (reading only: acting is for whoever it waits on). */
const OVERSEERS = READS_EVERY.workItem;

export interface TaskList {
  items: TaskView[];
  total: number;
  page: number;
  pageSize: number;
  /** Open items waiting for the caller, per kind (whatever the filters). */
  counts: Record<string, number>;
}

/**
 * "Waiting for me" and what a person may do with an item short of the step itself: transfer it (转办), ask
 * someone (委派, it comes back), copy someone in (抄送), urge it on (催办). Every change is a compare-and-set on the
 * item's version inside a transaction, logged, and notified.
 */
@Injectable()
export class TasksService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly notifier: NotifierService,
  ) {}

  async list(user: AuthUser, q: ListTasksQuery): Promise<TaskList> {
    const params: unknown[] = waitingForParams(user, this.clock.now());
    const where = [`w.status = 'open'`, waitingForSql('w', 1, 2, 3, 4)];
    const countsWhere = [...where];
    if (q.kind) where.push(`w.kind = $${params.push(q.kind)}`);
    if (q.collegeId) where.push(`w.college_id = $${params.push(q.collegeId)}`);
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM work_items w WHERE ${where.join(' AND ')}`, params);
    const rows: WorkItemRow[] = await this.db.query(
      `SELECT w.* FROM work_items w WHERE ${where.join(' AND ')} ORDER BY w.due_at ASC NULLS LAST, w.since ASC, w.id LIMIT ${q.pageSize} OFFSET ${q.offset}`,
      params,
    );
    const counts: Array<{ kind: string; n: number }> = await this.db.query(
      `SELECT w.kind, count(*)::int AS n FROM work_items w WHERE ${countsWhere.join(' AND ')} GROUP BY w.kind`,
      params.slice(0, 4),
    );
    return { items: rows.map(toTask), total, page: q.page, pageSize: q.pageSize, counts: Object.fromEntries(counts.map((c) => [c.kind, c.n])) };
  }

  async get(user: AuthUser, id: string): Promise<TaskView & { log: unknown[] }> {
    const item = await this.load(this.db.manager, id);
    if (!(await this.isWaitingFor(this.db.manager, user, item)) && !this.oversees(user, item)) throw new DomainError(collegeScope(user) ? 'forbidden_college' : 'forbidden_role');
    const log = await this.db.query(
      `SELECT l.id, l.at, l.action, l.actor_id AS "actorId", l.user_ids AS "userIds", l.note FROM work_item_log l WHERE l.work_item_id = $1 ORDER BY l.id`,
      [id],
    );
    return { ...toTask(item), log: log.map((l: { id: string }) => ({ ...l, id: Number(l.id) })) };
  }

  /** 转办: hand my item to a colleague who may do the step (same role; same college for college steps). */
  async transfer(user: AuthUser, id: string, userId: string, note?: string): Promise<TaskView> {
    return this.change(user, id, 'transfer', async (tx, item) => {
      if (item.mode === 'all') throw unprocessable('not_transferable', '会签事项（每人须各自办理）不能转办', 'A countersign item (each must act) cannot be transferred');
      const target = await this.eligible(tx, userId, item);
      if (target.id === user.id) throw unprocessable('not_eligible', '不能转办给自己', 'You cannot transfer an item to yourself');
      return { set: { assignee_user_ids: [target.id] }, userIds: [target.id], note, notify: { userIds: [target.id], title: `【转办】${item.title}`, body: `${user.displayName} 将待办「${item.title}」转交给您办理。${note ? `附言：${note}` : ''}` } };
    });
  }

  /** 委派: ask someone for their view; they answer with `resolve` and the item comes back to me. */
  async delegate(user: AuthUser, id: string, userId: string, note?: string): Promise<TaskView> {
    return this.change(user, id, 'delegate', async (tx, item) => {
      if (item.mode === 'all') throw unprocessable('not_transferable', '会签事项（每人须各自办理）不能委派', 'A countersign item (each must act) cannot be delegated');
      if (item.delegated_to) throw new DomainError('event_not_allowed', { detail: { zh: '该事项已委派，等待对方答复', en: 'The item is already delegated' }, extra: { delegatedTo: item.delegated_to } });
      const target = await this.activeUser(tx, userId);
      if (target.id === user.id) throw unprocessable('not_eligible', '不能委派给自己', 'You cannot delegate to yourself');
      await this.grant(tx, item, target.id, user.id);
      return { set: { delegated_to: target.id, delegated_by: user.id }, userIds: [target.id], note, notify: { userIds: [target.id], title: `【委派】${item.title}`, body: `${user.displayName} 请您就「${item.title}」提出意见，答复后事项回到委派人。${note ? `说明：${note}` : ''}` } };
    });
  }

  /** The delegate answers: the item returns to whoever delegated it, who then acts. */
  async resolve(user: AuthUser, id: string, note: string): Promise<TaskView> {
    return this.change(user, id, 'resolve', async (_tx, item) => {
      const back = item.delegated_by;
      return { set: { delegated_to: null, delegated_by: null }, userIds: back ? [back] : [], note, notify: back ? { userIds: [back], title: `【委派答复】${item.title}`, body: `${user.displayName} 答复：${note}` } : undefined };
    }, { asDelegate: true });
  }

  /** 抄送: a read-only copy with a note; each gets an inbox notice and read access to that one record. */
  async cc(user: AuthUser, id: string, userIds: string[], note?: string): Promise<TaskView> {
    return this.change(user, id, 'cc', async (tx, item) => {
      const ids = [...new Set(userIds)];
      for (const u of ids) await this.activeUser(tx, u);
      for (const u of ids) await this.grant(tx, item, u, user.id);
      return { set: {}, userIds: ids, note, notify: { userIds: ids, title: `【抄送】${item.title}`, body: `${user.displayName} 抄送给您：「${item.title}」。${note ? `附言：${note}` : ''}`, plain: true } };
    }, { touches: false });
  }

  /** 催办: reaches whoever the item waits on now (deputies and delegate included); once a day per item. */
  async urge(user: AuthUser, id: string, note?: string): Promise<{ id: string; notified: number }> {
    const item = await this.load(this.db.manager, id);
    if (item.status !== 'open') throw new DomainError('event_not_allowed', { detail: { zh: '该事项已办结', en: 'The item is closed' }, extra: { status: item.status } });
    if (!this.mayUrge(user, item)) throw new DomainError(collegeScope(user) ? 'forbidden_college' : 'forbidden_role');
    const now = this.clock.now();
    const key = `urge:${id}:${localDate(now)}`;
    const notified = await this.notifier.notify({ ...itemNotice(item, key, `【催办】${item.title}`, `${user.displayName} 催办：「${item.title}」等待您处理。${note ? `附言：${note}` : ''}`), workItemId: undefined }, now);
    if (notified === 0 && (await this.db.query('SELECT 1 FROM notifications WHERE reminder_key = $1 LIMIT 1', [key])).length) {
      throw new DomainError('too_many_requests', { detail: { zh: '今天已催办过该事项', en: 'Already urged today' }, extra: { retryAfterSeconds: secondsUntilNextLocalDay(now) } });
    }
    await this.db.query(`INSERT INTO work_item_log (work_item_id, at, actor_id, action, note) VALUES ($1, $2, $3, 'urge', $4)`, [id, now, user.id, note ?? null]);
    return { id, notified };
  }

  private async change(
    user: AuthUser,
    id: string,
    action: 'transfer' | 'delegate' | 'resolve' | 'cc',
    plan: (tx: EntityManager, item: WorkItemRow) => Promise<{ set: Record<string, unknown>; userIds: string[]; note?: string; notify?: { userIds: string[]; title: string; body: string; plain?: boolean } }>,
    opts: { asDelegate?: boolean; touches?: boolean } = {},
  ): Promise<TaskView> {
    const now = this.clock.now();
    const { view, notice } = await this.db.transaction(async (tx) => {
      // under the item's row lock: two changes at once run one after the other, the second seeing the first
      const item = await this.load(tx, id, true);
      if (item.status !== 'open') throw new DomainError('event_not_allowed', { detail: { zh: '该事项已办结', en: 'The item is closed' }, extra: { status: item.status, closedEvent: item.closed_event } });
      const mine = opts.asDelegate ? item.delegated_to === user.id : await this.isWaitingFor(tx, user, item, false);
      const last = mine ? undefined : await this.lastAction(tx, id);
      if (last && last.actor_id === user.id && last.action === action) {
        // the same person doing the same thing again (a double click, a retry): done already, so "not now"
        throw new DomainError('event_not_allowed', { detail: { zh: '该操作已完成', en: 'This was done already' }, extra: { lastAction: action } });
      }
      if (!mine) {
        throw new DomainError(opts.asDelegate ? 'forbidden_role' : collegeScope(user) ? 'forbidden_college' : 'forbidden_role', {
          detail: opts.asDelegate ? { zh: '只有被委派人可以答复', en: 'Only the delegate answers' } : { zh: '该事项不在您的待办中', en: 'This item is not waiting for you' },
        });
      }
      const p = await plan(tx, item);
      const cols = Object.keys(p.set);
      const touch = opts.touches !== false;
      if (!cols.length && !touch) {
        // a copy changes nothing on the item: no compare-and-set, so copies made at once all count
        await tx.query(`INSERT INTO work_item_log (work_item_id, at, actor_id, action, user_ids, note) VALUES ($1, $2, $3, $4, $5, $6)`, [id, now, user.id, action, p.userIds, p.note ?? null]);
        const notice = p.notify ? { ...itemNotice(item, `${action}:${id}:${now.getTime()}:${p.userIds.join(',')}`, p.notify.title, p.notify.body), audience: [{ userIds: p.notify.userIds }], workItemId: undefined, kind: 'waiting' as const } : null;
        return { view: toTask(item), notice };
      }
      const result = await tx.query(
        `UPDATE work_items SET ${[...cols.map((c, i) => `${c} = $${i + 3}`), touch ? `touched_at = coalesce(touched_at, $${cols.length + 3})` : null, 'version = version + 1'].filter(Boolean).join(', ')}
         WHERE id = $1 AND version = $2 AND status = 'open' RETURNING *`,
        [id, item.version, ...Object.values(p.set), ...(touch ? [now] : [])],
      );
      if (!result[0]?.length) throw new DomainError('version_conflict', { extra: { version: item.version } });
      await tx.query(`INSERT INTO work_item_log (work_item_id, at, actor_id, action, user_ids, note) VALUES ($1, $2, $3, $4, $5, $6)`, [id, now, user.id, action, p.userIds, p.note ?? null]);
      const updated = result[0][0] as WorkItemRow;
      const notice = p.notify ? { ...itemNotice(updated, `${action}:${id}:${updated.version}`, p.notify.title, p.notify.body), audience: [{ userIds: p.notify.userIds }], ...(p.notify.plain ? { workItemId: undefined, kind: 'waiting' as const } : {}) } : null;
      return { view: toTask(updated), notice };
    });
    if (notice) await this.notifier.notify(notice, now);
    return view;
  }

  /** Whether the open item waits for `user` (by name, role and college, delegation, or as someone's deputy today). */
  private async isWaitingFor(tx: EntityManager, user: AuthUser, item: WorkItemRow, includeDelegate = true): Promise<boolean> {
    if (item.status !== 'open') return false;
    const rows = await tx.query(`SELECT 1 FROM work_items w WHERE w.id = $5 AND ${waitingForSql('w', 1, 2, 3, 4, includeDelegate)}`, [...waitingForParams(user, this.clock.now()), item.id]);
    return rows.length > 0;
  }

  private oversees(user: AuthUser, item: WorkItemRow): boolean {
    if (hasRole(user, ...OVERSEERS)) return true;
    const college = collegeScope(user);
    return !!college && item.college_id === college;
  }

  /** The subject's own college, or the center, urges a step that waits on someone else. */
  private mayUrge(user: AuthUser, item: WorkItemRow): boolean {
    if (hasRole(user, 'center_staff', 'center_director', 'admin')) return true;
    return !!collegeScope(user) && item.college_id === collegeScope(user);
  }

  private async eligible(tx: EntityManager, userId: string, item: WorkItemRow): Promise<{ id: string }> {
    const target = await this.activeUser(tx, userId);
    const roles = effectiveRoles(target.roles);
    const hasRoleForStep = roles.some((r) => item.assignee_roles.includes(r));
    const sameCollege = !item.assignee_college_id || target.college_id === item.assignee_college_id;
    if (!hasRoleForStep || !sameCollege) {
      throw unprocessable('not_eligible', `该用户无权办理此步骤（需要：${item.assignee_roles.join('、')}${item.assignee_college_id ? '，同一学院' : ''}）`, `That user may not do this step (needs ${item.assignee_roles.join(', ')}${item.assignee_college_id ? ' in the same college' : ''})`);
    }
    return target;
  }

  private async activeUser(tx: EntityManager, userId: string): Promise<{ id: string; roles: string[]; college_id: string | null }> {
    const [u] = await tx.query('SELECT id, roles, college_id FROM users WHERE id = $1 AND NOT disabled', [userId]);
    if (!u) throw unprocessable('unknown_user', '用户不存在或已停用', 'No such active user', userId);
    return u;
  }

  /** Read access to the item's record for someone copied in or asked (agreements: record_grants). */
  private async grant(tx: EntityManager, item: WorkItemRow, userId: string, by: string): Promise<void> {
    await tx.query(
      `INSERT INTO record_grants (workflow, subject_id, user_id, reason, granted_by, granted_at) VALUES ($1, $2, $3, 'cc', $4, $5) ON CONFLICT DO NOTHING`,
      [item.workflow, item.subject_id, userId, by, this.clock.now()],
    );
  }

  private async lastAction(tx: EntityManager, id: string): Promise<{ actor_id: string | null; action: string } | undefined> {
    const [row] = await tx.query('SELECT actor_id, action FROM work_item_log WHERE work_item_id = $1 ORDER BY id DESC LIMIT 1', [id]);
    return row;
  }

  private async load(tx: EntityManager, id: string, forUpdate = false): Promise<WorkItemRow> {
    const [row] = await tx.query(`SELECT * FROM work_items WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]);
    if (!row) throw new NotFoundError(TASK);
    return row;
  }
}

function unprocessable(code: string, zh: string, en: string, userId?: string): DomainError {
  return new DomainError('unprocessable', { detail: { zh, en }, errors: [{ field: 'userId', code, ...(userId ? { userId } : {}) }] });
}
