import type { EntityManager } from 'typeorm';
import { currentRequestId } from '../common/logging/job-context';
import type { OutboxTopic } from '../common/outbox';
import { PREPARED } from '../database/prepared';

/** What a subject's loader adds to its row so that the runner decides without asking again (see `workflowColumns`). */
export interface RecentStep {
  actor_id: string | null;
  from_state: string | null;
  to_state: string;
  event: string;
}

export interface OpenItem {
  id: string;
  step: string;
  state: string;
  touched_at: string | Date | null;
}

export interface WorkflowLoad {
  /** The last four steps that moved the state, newest first (RECALL reads who sent it here). */
  wf_recent: RecentStep[];
  /** The subject's open work items (the sync diffs against them; a touched one ends RECALL). */
  wf_open: OpenItem[];
}

/**
 * The select-list items every workflow subject's loader adds (alias `alias`): its recent steps and open work items,
 * read in the same statement as the row. `workflow` is a definition id, a constant of the code.
 */
export function workflowColumns(workflow: string, alias: string): string {
  if (!/^[a-zA-Z]+$/.test(workflow)) throw new Error(`not a workflow id: ${workflow}`);
  return `(SELECT coalesce(json_agg(r), '[]') FROM (SELECT actor_id, from_state, to_state, event FROM workflow_transitions
      WHERE workflow = '${workflow}' AND subject_id = ${alias}.id AND from_state IS DISTINCT FROM to_state ORDER BY id DESC LIMIT 4) r) AS wf_recent,
    (SELECT coalesce(json_agg(json_build_object('id', w.id, 'step', w.step, 'state', w.state, 'touched_at', w.touched_at)), '[]')
      FROM work_items w WHERE w.subject_id = ${alias}.id AND w.status = 'open') AS wf_open`;
}

/**
 * The writes of one decided event, sent as ONE statement: data-modifying CTEs that all hang on the subject's guarded
 * UPDATE (`saved`, `UPDATE … WHERE version = $v RETURNING id`). PostgreSQL runs a statement atomically, so either every
 * write lands (state, history, work items, records, outgoing events) or, when the version moved, none does; one round
 * trip, with or without a surrounding transaction. A batch without a guard (a subject's first work items) always lands.
 */
export class WriteBatch {
  private readonly params: unknown[] = [];
  private readonly parts: string[] = [];
  private guarded = false;

  /** A parameter placeholder for `value`. */
  p(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  /** A JSON parameter (objects and arrays of objects travel as jsonb). */
  json(value: unknown): string {
    return `${this.p(JSON.stringify(value))}::jsonb`;
  }

  /** The guarded UPDATE of the subject's row; it must return one row when it wins. */
  guard(updateSql: string): void {
    if (this.guarded) throw new Error('a batch has one guard');
    this.parts.unshift(`saved AS (${updateSql})`);
    this.guarded = true;
  }

  /** `FROM saved` for an INSERT … SELECT: rows only when the guard won. */
  get from(): string {
    return this.guarded ? ' FROM saved' : '';
  }

  /** `, saved` to add to an INSERT … SELECT's own FROM list. */
  get join(): string {
    return this.guarded ? ', saved' : '';
  }

  /** `AND EXISTS (…)` for an UPDATE or DELETE: changes only when the guard won. */
  get and(): string {
    return this.guarded ? ' AND EXISTS (SELECT 1 FROM saved)' : '';
  }

  add(sql: string): void {
    this.parts.push(`w${this.parts.length} AS (${sql})`);
  }

  /** A domain event for the outbox relay, in the same statement as the change it reports. */
  outbox(topic: OutboxTopic, aggregateId: string, payload: Record<string, unknown>): void {
    // the request's id travels with the event into the jobs and deliveries it causes (their log lines carry it)
    this.add(`INSERT INTO outbox (topic, aggregate_id, payload, request_id) SELECT ${this.p(topic)}, ${this.p(aggregateId)}, ${this.json(payload)}, ${this.p(currentRequestId() ?? null)}::text${this.from}`);
  }

  get empty(): boolean {
    return this.parts.length === 0;
  }

  /** Runs the batch; false when the guard lost (nothing was written). */
  async run(tx: EntityManager): Promise<boolean> {
    if (!this.parts.length) return true;
    const [row]: Array<{ saved: number }> = await tx.query(
      `${PREPARED}WITH ${this.parts.join(',\n')} SELECT ${this.guarded ? '(SELECT count(*) FROM saved)::int' : '1'} AS saved`,
      this.params,
    );
    return row.saved === 1;
  }
}
