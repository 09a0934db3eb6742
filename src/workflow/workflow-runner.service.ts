import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Engine, Persisted } from '../../workflows/engine';
import type { ActorRole, BaseFacts, WorkflowEvent } from '../../workflows/kernel';
import { DomainError } from '../common/errors/domain-error';
import { StepAssignment, WorkItemsService } from '../tasks/work-items.service';
import { WorkflowLoad, WriteBatch } from './write-batch';

/**
 * Any row a workflow runs on: its persisted snapshot, machine version and optimistic-lock version, and what
 * `workflowColumns` loads with it (recent steps, open work items), so that deciding reads nothing more.
 */
export interface SubjectRow extends WorkflowLoad {
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

/** Subjects given their first work items per transaction by the start-up backfill. */
const BACKFILL_CHUNK = 500;

/** What the subject's write and effects see of a decided event. */
export interface WriteContext {
  event: EventInput;
  data: Record<string, unknown>;
  actor: RunnerActor;
  now: Date;
  moved: boolean;
  applied: Applied;
  next: Snapshot;
  /** Ids the subject's write and effects share (a RENEW's successor, linked by the UPDATE, inserted by the effects). */
  shared: Record<string, string>;
}

/** A decided event whose writes are batched but not yet sent: the caller may add its own parts (a stored response). */
export interface Prepared {
  applied: Applied;
  next: Snapshot;
  ctx: WriteContext;
  batch: WriteBatch;
  /** The history row's step and the open work items after the write: the new row's `workflowColumns`, without reading them. */
  load: WorkflowLoad;
  /** The kinds of evidence the history row recorded (for subjects whose guards read the path's documents). */
  evidence: unknown[];
}

/** How one kind of subject is stored and what its guards read: the runner does the rest. */
export interface WorkflowSubject<R extends SubjectRow> {
  engine: Engine;
  /** The work items' kind: `agreement`, `monthlyReport`. */
  kind: string;
  /** The subject's own facts (documents, content…); the runner adds the last step and whether it was touched. */
  facts(tx: EntityManager, row: R, now: Date, actorId: string | null): Promise<BaseFacts>;
  /** The guarded UPDATE of the row with the new snapshot and its projected columns (`batch.guard`, `WHERE version = row.version`). */
  write(batch: WriteBatch, row: R, ctx: WriteContext): void;
  reload(tx: EntityManager, id: string): Promise<R>;
  /** The college the subject belongs to (work items are filed under it). */
  collegeOf(row: R): string | null;
  /** Who the subject waits on in `next` (an empty list: nobody, the system or a final state). */
  assignments(row: R, next: Snapshot): StepAssignment[];
  /** What the history row records as the documents that satisfied the guards of `rule`. */
  evidence(facts: BaseFacts, rule: string): unknown[];
  /** Effects of the event beyond the state (records, outbox rows), in the same statement. */
  effects(batch: WriteBatch, row: R, ctx: WriteContext): void;
  /** The body of a 409: the current state for the caller to reload from. */
  conflictBody(row: R): Record<string, unknown>;
}

/**
 * The one engine's database side, for every workflow: restore the snapshot (migrating an older machine version),
 * let the machine decide, then write the new state, one history row, the work items and the outgoing events in
 * the caller's transaction, guarded by the row's version. 403 answers who, 409 when, 422 what is missing.
 */
@Injectable()
export class WorkflowRunner implements OnApplicationShutdown {
  private readonly logger = new Logger('WorkflowRunner');
  private readonly backfills = new Set<Promise<unknown>>();
  private stopping = false;

  constructor(
    private readonly workItems: WorkItemsService,
    private readonly db: DataSource,
  ) {}

  /** Opens the work items of a subject that has none yet (just created, or written before work items existed). */
  async openItems<R extends SubjectRow>(tx: EntityManager, subject: WorkflowSubject<R>, row: R, now: Date, actorId: string | null): Promise<void> {
    const snapshot = this.restore(subject, row);
    await this.workItems.sync(tx, { workflow: subject.engine.definition.id, kind: subject.kind, subjectId: row.id, state: subject.engine.statePath(snapshot), collegeId: subject.collegeOf(row) },
      row.wf_open, subject.assignments(row, snapshot), { actorId, event: 'CREATE', now });
  }

  /**
   * Unfinished subjects of `table` that never had a work item get theirs (rows written before work items existed):
   * 500 subjects per transaction and one INSERT per chunk, one process at a time (an advisory lock per chunk: replicas
   * starting together open each item once). Resolves after the first chunk (a small backlog is done before the service
   * answers); a larger one goes on in the background and stops between chunks at shutdown.
   */
  async backfill<R extends SubjectRow>(subject: WorkflowSubject<R>, table: string, unfinished: string, now: Date, loadMany: (tx: EntityManager, ids: string[]) => Promise<R[]>): Promise<void> {
    // keyset over ids: a subject that waits on nobody (the system, a final state) gets no item and is passed once
    let after = '00000000-0000-0000-0000-000000000000';
    const chunk = () =>
      this.db.transaction(async (tx) => {
        const [{ locked }] = await tx.query(`SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked`, [`work-items-backfill:${subject.engine.definition.id}`]);
        if (!locked) return false;
        const ids: Array<{ id: string }> = await tx.query(
          `SELECT t.id FROM ${table} t WHERE ${unfinished} AND t.id > $1 AND NOT EXISTS (SELECT 1 FROM work_items w WHERE w.subject_id = t.id) ORDER BY t.id LIMIT ${BACKFILL_CHUNK}`,
          [after],
        );
        if (!ids.length) return false;
        after = ids[ids.length - 1].id;
        const rows = await loadMany(tx, ids.map((r) => r.id));
        await this.workItems.openMany(tx, rows.map((row) => {
          const snapshot = this.restore(subject, row);
          const state = subject.engine.statePath(snapshot);
          return { subject: { workflow: subject.engine.definition.id, kind: subject.kind, subjectId: row.id, state, collegeId: subject.collegeOf(row) }, desired: subject.assignments(row, snapshot) };
        }), { now });
        return ids.length === BACKFILL_CHUNK;
      });
    if (!(await chunk())) return;
    const rest = async () => {
      while (!this.stopping && (await chunk()));
    };
    const task = rest().catch((err: Error) => this.logger.error({ msg: 'work items backfill failed', workflow: subject.engine.definition.id, error: err.message }));
    this.backfills.add(task);
    void task.finally(() => this.backfills.delete(task));
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.backfills);
  }

  restore<R extends SubjectRow>(subject: WorkflowSubject<R>, row: R): Snapshot {
    return subject.engine.restore(row.snapshot, row.machine_version);
  }

  /** The facts the guards read, with the last step (for RECALL) and whether its work item was touched: all read with the row. */
  async facts<R extends SubjectRow>(tx: EntityManager, subject: WorkflowSubject<R>, row: R, now: Date, actorId: string | null): Promise<BaseFacts> {
    const own = await subject.facts(tx, row, now, actorId);
    const [last] = row.wf_recent;
    const current = subject.engine.statePath(this.restore(subject, row));
    const lastStep = last && last.to_state === current && last.event !== 'RECALL' ? { actorId: last.actor_id, from: last.from_state, event: last.event } : null;
    const earlierSenders = row.wf_recent.slice(1).map((r) => r.actor_id).filter((id): id is string => !!id);
    return { ...own, lastStep, earlierSenders, untouched: lastStep ? !row.wf_open.some((i) => i.touched_at !== null) : true };
  }

  /**
   * Decides and writes one event in the caller's transaction (one statement). `receivedAt` is when the request
   * arrived: a refusal of a subject that someone else changed after that moment is a 409 (the caller acted on what
   * they saw), not a 422 about the new state. Returns null when the event changed nothing (a timer that finds its
   * work done): nothing is written.
   */
  async apply<R extends SubjectRow>(tx: EntityManager, subject: WorkflowSubject<R>, row: R, actor: RunnerActor, input: EventInput, opts: { receivedAt?: Date; now: Date; data?: Record<string, unknown>; enrich?: () => Promise<Record<string, unknown>> }): Promise<Applied | null> {
    const prepared = await this.prepare(tx, subject, row, actor, input, opts);
    if (!prepared) return null;
    if (!(await prepared.batch.run(tx))) throw this.conflict(subject, 'version_conflict', await subject.reload(tx, row.id));
    return prepared.applied;
  }

  /**
   * Decides one event on `row` (as loaded, with its `workflowColumns`) and batches its writes: the row guarded by its
   * version, one history row, the work items' diff and the subject's effects. Nothing is sent: `batch.run` sends it
   * as one statement and answers false when the version moved meanwhile (then nothing was written).
   */
  async prepare<R extends SubjectRow>(tx: EntityManager, subject: WorkflowSubject<R>, row: R, actor: RunnerActor, input: EventInput, opts: { receivedAt?: Date; now: Date; data?: Record<string, unknown>; enrich?: () => Promise<Record<string, unknown>> }): Promise<Prepared | null> {
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
    const workflow = subject.engine.definition.id;
    const plan = this.workItems.plan(row.wf_open, decision.to, subject.assignments(row, decision.next));
    const applied: Applied = { from: decision.from, to: decision.to, rule: decision.rule, changed: true, opened: plan.opened.map((o) => o.id), closed: plan.closed };
    const ctx: WriteContext = { event: input, data, actor, now, moved, applied, next: decision.next, shared: {} };
    const evidence = subject.evidence(facts, decision.rule);

    const batch = new WriteBatch();
    subject.write(batch, row, ctx);
    batch.add(`INSERT INTO workflow_transitions (workflow, subject_id, at, actor_id, actor_username, actor_roles, event, from_state, to_state, comment, data, documents, machine_version, rule)
      SELECT ${[workflow, row.id, now, actor.id, actor.username, actor.roles, input.type, decision.from, decision.to, input.comment ?? null].map((v) => batch.p(v)).join(', ')},
        ${batch.p(Object.keys(data).length ? JSON.stringify(data) : null)}::jsonb, ${batch.json(evidence)}, ${batch.p(subject.engine.tag)}, ${batch.p(decision.rule)}${batch.from}`);
    const touch = !moved && !!actor.id;
    this.workItems.write(batch, { workflow, kind: subject.kind, subjectId: row.id, state: decision.to, collegeId: subject.collegeOf(row) }, plan, { actorId: actor.id, event: input.type, now }, touch);
    subject.effects(batch, row, ctx);
    const step = { actor_id: actor.id, from_state: decision.from, to_state: decision.to, event: input.type };
    return {
      applied, next: decision.next, ctx, batch, evidence,
      load: {
        wf_recent: moved ? [step, ...row.wf_recent].slice(0, 4) : row.wf_recent,
        wf_open: plan.open.map((i) => ({ ...i, touched_at: touch ? (i.touched_at ?? now) : i.touched_at })),
      },
    };
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
