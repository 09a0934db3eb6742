import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Engine, Persisted } from '../../workflows/engine';
import type { ActorRole, BaseFacts, WorkflowEvent } from '../../workflows/kernel';
import { DomainError } from '../common/errors/domain-error';
import { StepAssignment, WorkItemsService } from '../tasks/work-items.service';

/** Any row a workflow runs on: its persisted snapshot, machine version and optimistic-lock version. */
export interface SubjectRow {
  id: string;
  version: number;
  snapshot: Persisted;
  machine_version: string;
  updated_at: Date | string;
  entered_state_at: Date | string;
}

export interface RunnerActor {
  id: string | null;
  username: string;
  roles: ActorRole[];
}

export interface EventInput {
  type: string;
  comment?: string;
  data?: Record<string, unknown>;
}

export interface HistoryStep {
  id: number;
  at: Date;
  actor: { id: string | null; username: string; roles: string[] };
  event: string;
  from: string;
  to: string;
  comment: string | null;
}

/** What the runner hands back after a write: the decision, and the work items it opened and closed. */
export interface Applied {
  from: string;
  to: string;
  rule: string;
  changed: boolean;
  opened: string[];
  closed: string[];
}

type Snapshot = ReturnType<Engine['restore']>;

/** How one kind of subject is stored and what its guards read: the runner does the rest. */
export interface WorkflowSubject<R extends SubjectRow> {
  engine: Engine;
  /** The work items' kind: `agreement`, `monthlyReport`. */
  kind: string;
  /** The subject's own facts (documents, content…); the runner adds the last step and whether it was touched. */
  facts(tx: EntityManager, row: R, now: Date, actorId: string | null): Promise<BaseFacts>;
  /** Writes the new snapshot and its projected columns with `WHERE version = row.version`; false when it lost. */
  write(tx: EntityManager, row: R, next: Snapshot, now: Date, moved: boolean): Promise<boolean>;
  reload(tx: EntityManager, id: string): Promise<R>;
  /** The college the subject belongs to (work items are filed under it). */
  collegeOf(row: R): string | null;
  /** Who the subject waits on in `next` (an empty list: nobody, the system or a final state). */
  assignments(row: R, next: Snapshot): StepAssignment[];
  /** What the history row records as the documents that satisfied the guards of `rule`. */
  evidence(facts: BaseFacts, rule: string): unknown[];
  /** Effects of the event beyond the state (records, outbox rows), in the same transaction. */
  afterTransition(tx: EntityManager, row: R, ctx: { event: EventInput; data: Record<string, unknown>; actor: RunnerActor; now: Date; applied: Applied; next: Snapshot }): Promise<void>;
  /** The body of a 409: the current state for the caller to reload from. */
  conflictBody(row: R): Record<string, unknown>;
}

/**
 * The one engine's database side, for every workflow: restore the snapshot (migrating an older machine version),
 * let the machine decide, then write the new state, one history row, the work items and the outgoing events in
 * the caller's transaction, guarded by the row's version. 403 answers who, 409 when, 422 what is missing.
 */
@Injectable()
export class WorkflowRunner {
  constructor(
    private readonly workItems: WorkItemsService,
    private readonly db: DataSource,
  ) {}

  /** Opens the work items of a subject that has none yet (just created, or written before work items existed). */
  async openItems<R extends SubjectRow>(tx: EntityManager, subject: WorkflowSubject<R>, row: R, now: Date, actorId: string | null): Promise<void> {
    const snapshot = this.restore(subject, row);
    await this.workItems.sync(tx, { workflow: subject.engine.definition.id, kind: subject.kind, subjectId: row.id, state: subject.engine.statePath(snapshot), collegeId: subject.collegeOf(row) },
      subject.assignments(row, snapshot), { actorId, event: 'CREATE', now });
  }

  /**
   * Unfinished subjects of `table` that never had a work item get theirs (start-up). Idempotent, and one process at a
   * time (an advisory lock), so replicas starting together open each item once.
   */
  async backfill<R extends SubjectRow>(subject: WorkflowSubject<R>, table: string, unfinished: string, now: Date): Promise<void> {
    await this.db.transaction(async (tx) => {
      const [{ locked }] = await tx.query(`SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked`, [`work-items-backfill:${subject.engine.definition.id}`]);
      if (!locked) return;
      const ids: Array<{ id: string }> = await tx.query(
        `SELECT t.id FROM ${table} t WHERE ${unfinished} AND NOT EXISTS (SELECT 1 FROM work_items w WHERE w.subject_id = t.id) ORDER BY t.created_at`);
      for (const { id } of ids) await this.openItems(tx, subject, await subject.reload(tx, id), now, null);
    });
  }

  restore<R extends SubjectRow>(subject: WorkflowSubject<R>, row: R): Snapshot {
    return subject.engine.restore(row.snapshot, row.machine_version);
  }

  /** The facts the guards read, with the last step (for RECALL) and whether its work item was touched. */
  async facts<R extends SubjectRow>(tx: EntityManager, subject: WorkflowSubject<R>, row: R, now: Date, actorId: string | null): Promise<BaseFacts> {
    const own = await subject.facts(tx, row, now, actorId);
    const recent: Array<{ actor_id: string | null; from_state: string | null; to_state: string; event: string }> = await tx.query(
      `SELECT actor_id, from_state, to_state, event FROM workflow_transitions
       WHERE workflow = $1 AND subject_id = $2 AND from_state IS DISTINCT FROM to_state ORDER BY id DESC LIMIT 4`,
      [subject.engine.definition.id, row.id],
    );
    const [last] = recent;
    const current = subject.engine.statePath(this.restore(subject, row));
    const lastStep = last && last.to_state === current && last.event !== 'RECALL' ? { actorId: last.actor_id, from: last.from_state, event: last.event } : null;
    const earlierSenders = recent.slice(1).map((r) => r.actor_id).filter((id): id is string => !!id);
    return { ...own, lastStep, earlierSenders, untouched: lastStep ? !(await this.workItems.touched(tx, row.id)) : true };
  }

  /**
   * Decides and writes one event. `receivedAt` is when the request arrived: a refusal of a subject that someone
   * else changed after that moment is a 409 (the caller acted on what they saw), not a 422 about the new state.
   * Returns null when the event changed nothing (a timer that finds its work done): nothing is written.
   */
  async apply<R extends SubjectRow>(tx: EntityManager, subject: WorkflowSubject<R>, row: R, actor: RunnerActor, input: EventInput, opts: { receivedAt?: Date; now: Date; data?: Record<string, unknown>; enrich?: () => Promise<Record<string, unknown>> }): Promise<Applied | null> {
    const { now } = opts;
    let data = opts.data ?? { ...(input.data ?? {}) };
    const facts = await this.facts(tx, subject, row, now, actor.id);
    const event: WorkflowEvent = { type: input.type, actor: { id: actor.id ?? 'system', roles: actor.roles }, facts, comment: input.comment, data };
    const snapshot = this.restore(subject, row);
    let decision = subject.engine.decide(snapshot, event);
    if (!decision.ok) {
      // changed since the request arrived: the caller acted on what they saw (a recall that lost to an approval is late, not foreign)
      const movedOn = !!opts.receivedAt && new Date(row.updated_at) > opts.receivedAt;
      if (movedOn && (decision.reason === 'guard_failed' || (input.type === 'RECALL' && decision.reason === 'forbidden_role'))) throw this.conflict(subject, 'version_conflict', row);
      throw this.refusal(subject, decision, row);
    }
    if (opts.enrich) {
      // values the service assigns only to an accepted event (a filing number): decided again with them
      data = await opts.enrich();
      decision = subject.engine.decide(snapshot, { ...event, data });
      if (!decision.ok) throw this.refusal(subject, decision, row);
    }
    if (!decision.changed) return null;
    const moved = decision.from !== decision.to;
    if (!(await subject.write(tx, row, decision.next, now, moved))) throw this.conflict(subject, 'version_conflict', await subject.reload(tx, row.id));

    await tx.query(
      `INSERT INTO workflow_transitions (workflow, subject_id, at, actor_id, actor_username, actor_roles, event, from_state, to_state, comment, data, documents, machine_version, rule)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [subject.engine.definition.id, row.id, now, actor.id, actor.username, actor.roles, input.type, decision.from, decision.to, input.comment ?? null,
        Object.keys(data).length ? JSON.stringify(data) : null, JSON.stringify(subject.evidence(facts, decision.rule)), subject.engine.tag, decision.rule],
    );
    const synced = await this.workItems.sync(tx, { workflow: subject.engine.definition.id, kind: subject.kind, subjectId: row.id, state: decision.to, collegeId: subject.collegeOf(row) }, subject.assignments(row, decision.next), { actorId: actor.id, event: input.type, now });
    // a person acting without moving the state (an expert's opinion) has touched the step: no RECALL past it
    if (!moved && actor.id) await this.workItems.touchSubject(tx, row.id, now);
    const applied: Applied = { from: decision.from, to: decision.to, rule: decision.rule, changed: true, ...synced };
    await subject.afterTransition(tx, row, { event: input, data, actor, now, applied, next: decision.next });
    return applied;
  }

  /** A subject's history, oldest first: who (user and roles), when, event, from, to, comment. */
  async history(tx: EntityManager, workflow: string, subjectId: string): Promise<HistoryStep[]> {
    const rows: Array<{ id: string; at: Date; actor_id: string | null; actor_username: string; actor_roles: string[]; event: string; from_state: string; to_state: string; comment: string | null }> = await tx.query(
      `SELECT id, at, actor_id, actor_username, actor_roles, event, from_state, to_state, comment FROM workflow_transitions WHERE workflow = $1 AND subject_id = $2 ORDER BY id`,
      [workflow, subjectId],
    );
    return rows.map((r) => ({ id: Number(r.id), at: r.at, actor: { id: r.actor_id, username: r.actor_username, roles: r.actor_roles }, event: r.event, from: r.from_state, to: r.to_state, comment: r.comment }));
  }

  conflict<R extends SubjectRow>(subject: WorkflowSubject<R>, code: 'version_conflict' | 'event_not_allowed', row: R, extra: Record<string, unknown> = {}): DomainError {
    return new DomainError(code, { extra: { ...subject.conflictBody(row), ...extra } });
  }

  private refusal<R extends SubjectRow>(subject: WorkflowSubject<R>, decision: Exclude<ReturnType<Engine['decide']>, { ok: true }>, row: R): DomainError {
    const statePath = subject.engine.statePath(this.restore(subject, row));
    switch (decision.reason) {
      case 'not_allowed_in_state':
        return this.conflict(subject, 'event_not_allowed', row, decision.roles ? { allowedRoles: decision.roles } : {});
      case 'forbidden_role':
        return new DomainError('forbidden_role', {
          detail: decision.roles.length
            ? { zh: `需要以下角色之一：${decision.roles.join('、')}`, en: `Requires one of the roles: ${decision.roles.join(', ')}` }
            : { zh: '只有该步骤的经办人可以执行此操作', en: 'Only the person this step belongs to may do this' },
          extra: { statePath },
        });
      case 'guard_failed':
        return new DomainError('requirements_not_met', { errors: decision.problems.map((p) => ({ ...p })), extra: { statePath } });
    }
  }
}
