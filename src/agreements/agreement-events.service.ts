import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { dataProblems } from '../../workflows/agreement.data';
import type { ActorRole } from '../../workflows/agreement.rules';
import type { EventType } from '../../workflows/agreement.catalog';
import { AuthUser } from '../common/auth/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { assertIdempotencyKey, fingerprint, replayStored, storeInBatch, StoredResponse } from '../common/idempotency';
import { requestContext } from '../common/logging/request-context';
import { Prepared, RunnerActor, WorkflowRunner } from '../workflow/workflow-runner.service';
import { WriteBatch } from '../workflow/write-batch';
import { agreementEngine, AgreementSnapshot } from '../../workflows/agreement.engine';
import type { DocumentKind } from '../../workflows/agreement.catalog';
import { actingRoles, AgreementAccess } from './agreement-access';
import { AgreementRow, loadAgreement, projection } from './agreement.row';
import { AgreementSubject } from './agreement.subject';
import { AgreementsService } from './agreements.service';
import { SendEventDto } from './agreements.dto';
import type { AgreementDetailDto, EvidenceDto, HistoryEntryDto } from './agreement.views';

/** A workflow_transitions row as the agreement's history reads it. */
interface TransitionRow {
  id: string; // bigint
  at: Date;
  actor_id: string | null;
  actor_username: string;
  actor_roles: string[];
  event: EventType;
  from_state: string;
  to_state: string;
  comment: string | null;
  data: Record<string, unknown> | null;
  documents: EvidenceDto[];
  machine_version: string;
}

/** How many times an event is decided again after losing its write to someone else's. */
const RETRIES = 5;

/** The scheduler's identity when it sends DEADLINE_PASSED. */
export const SYSTEM_ACTOR = { id: null, username: 'system', roles: ['system'] as ActorRole[] };

/**
 * Applies one event to one agreement through the workflow runner: state, history, work items and outgoing events
 * in one transaction, guarded by the row's version; with idempotency keys and If-Match.
 */
@Injectable()
export class AgreementEventsService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly agreements: AgreementsService,
    private readonly access: AgreementAccess,
    private readonly runner: WorkflowRunner,
    private readonly subject: AgreementSubject,
  ) {}

  /**
   * One event as a user, without a transaction: one statement reads the agreement with everything its guards need
   * (and the response stored under the idempotency key), one statement writes (see WriteBatch), and the response is
   * built from what was written. When someone else's write won meanwhile, it decides again on what they wrote.
   */
  async send(user: AuthUser, id: string, dto: SendEventDto, opts: { ifMatch?: number; idempotencyKey?: string } = {}): Promise<StoredResponse<AgreementDetailDto>> {
    // on the service's clock, when the request reached the process (the test clock may run offset from the wall)
    const arrived = requestContext.getStore()?.receivedAtMs;
    const receivedAt = new Date(this.clock.now().getTime() - (arrived ? Date.now() - arrived : 0));
    const bad = dataProblems(dto.type, dto.data);
    if (bad.length) throw new DomainError('validation_failed', { errors: bad.map((p) => ({ ...p })) });
    const key = opts.idempotencyKey;
    if (key !== undefined) assertIdempotencyKey(key);
    const print = key !== undefined ? fingerprint('POST', `/agreements/${id}/events`, dto) : '';
    for (let attempt = 1; ; attempt++) {
      const db = this.db.manager;
      const row = await loadAgreement(db, id, key !== undefined ? { replay: { userId: user.id, key } } : {});
      if (row.replay) return replayStored<AgreementDetailDto>(row.replay, print);
      await this.access.assertMayRead(db, user, row);
      if (opts.ifMatch !== undefined && opts.ifMatch !== row.version) throw this.runner.conflict(this.subject, 'version_conflict', row);
      if (dto.type === 'INVITE_EXPERTS') await this.assertExperts(db, dto.data?.userIds);
      const prepared = await this.prepare(db, row, { id: user.id, username: user.username, roles: actingRoles(user, row) }, dto, receivedAt);
      const now = prepared?.ctx.now ?? this.clock.now();
      const response = { status: 200, body: await this.agreements.detail(user, prepared ? this.written(row, prepared) : row, now) };
      const batch = prepared?.batch ?? new WriteBatch();
      if (key !== undefined) storeInBatch(batch, user.id, key, print, response);
      try {
        if (await batch.run(db)) return response;
      } catch (err) {
        // the same key raced this request and stored first: read again, and replay it
        if (!(attempt < RETRIES && key !== undefined && (err as { code?: string }).code === '23505')) throw err;
        continue;
      }
      if (attempt >= RETRIES) throw this.runner.conflict(this.subject, 'version_conflict', await loadAgreement(db, id));
    }
  }

  /**
   * For the scheduler: DEADLINE_PASSED as the system. Returns false when the machine no longer takes it — another
   * sweep got there first (a version conflict is read again and then refused by the machine), or the state moved on.
   */
  async sendAsSystem(id: string, dto: SendEventDto): Promise<boolean> {
    for (let attempt = 1; attempt <= RETRIES; attempt++) {
      try {
        const prepared = await this.prepare(this.db.manager, await loadAgreement(this.db.manager, id), SYSTEM_ACTOR, dto);
        if (!prepared) return false;
        if (await prepared.batch.run(this.db.manager)) return true;
      } catch (err) {
        if (err instanceof DomainError && (err.code === 'event_not_allowed' || err.code === 'requirements_not_met')) return false;
        throw err;
      }
    }
    throw this.runner.conflict(this.subject, 'version_conflict', await loadAgreement(this.db.manager, id));
  }

  /** The agreement as the write left it: the row as read, with what the batch wrote (no second read). */
  private written(row: AgreementRow, prepared: Prepared): AgreementRow {
    const p = projection(prepared.next as AgreementSnapshot);
    const { now, moved, shared } = prepared.ctx;
    const at = (v: string | null) => (v ? new Date(v) : null);
    return {
      ...row, ...prepared.load,
      stage: p.stage, state: p.state, snapshot: p.snapshot, machine_version: agreementEngine.tag, requires_demonstration: p.requires_demonstration,
      signed_at: at(p.signed_at), filing_due_at: at(p.filing_due_at), filed_at: at(p.filed_at), filing_late: p.filing_late, filing_number: p.filing_number,
      supervision_deadline: at(p.supervision_deadline), overdue: p.overdue, termination_reason: p.termination_reason,
      successor_id: shared.successorId ?? row.successor_id,
      entered_state_at: moved ? now : row.entered_state_at, version: row.version + 1, updated_at: now,
      path_rows: [...row.path_rows, { rule: prepared.applied.rule, documents: prepared.evidence as Array<{ kind: DocumentKind }> }],
      fresh_by: moved ? [] : row.fresh_by,
    };
  }

  async history(user: AuthUser, id: string): Promise<HistoryEntryDto[]> {
    const row = await this.agreements.load(this.db.manager, id);
    await this.access.assertMayRead(this.db.manager, user, row);
    const rows: TransitionRow[] = await this.db.query(
      `SELECT id, at, actor_id, actor_username, actor_roles, event, from_state, to_state, comment, data, documents, machine_version
       FROM workflow_transitions WHERE workflow = 'agreement' AND subject_id = $1 ORDER BY id`,
      [id],
    );
    return rows.map((r) => ({
      id: Number(r.id),
      at: r.at,
      actor: { id: r.actor_id, username: r.actor_username, roles: r.actor_roles },
      event: r.event,
      from: r.from_state,
      to: r.to_state,
      comment: r.comment,
      data: r.data,
      documents: r.documents,
      machineVersion: r.machine_version,
    }));
  }

  private async prepare(tx: EntityManager, row: AgreementRow, actor: RunnerActor, dto: SendEventDto, receivedAt?: Date): Promise<Prepared | null> {
    const now = this.clock.now();
    const data = { ...(dto.data ?? {}) };
    if (dto.type === 'SUBMIT_SELF_CHECK' && typeof data.semester === 'string' && !(await tx.query('SELECT 1 FROM semesters WHERE name = $1', [data.semester])).length) {
      throw new DomainError('requirements_not_met', { errors: [{ code: 'invalid_field', field: 'semester', detail: 'not a semester of the academic calendar' }], extra: { statePath: row.state } });
    }
    // the filing number is drawn only once the machine accepted the registration: a refused one burns no number
    const enrich = dto.type === 'REGISTER_FILING' ? async () => ({ ...data, filingNumber: await this.nextFilingNumber(tx, now) }) : undefined;
    return this.runner.prepare(tx, this.subject, row, actor, dto, { receivedAt, now, data, enrich });
  }

  /** Experts are invited by name: active users holding the `expert` role. */
  private async assertExperts(tx: EntityManager, ids: unknown): Promise<void> {
    const list = Array.isArray(ids) ? (ids as string[]) : [];
    const found: Array<{ id: string }> = await tx.query(`SELECT id FROM users WHERE id = ANY($1::uuid[]) AND 'expert' = ANY(roles) AND NOT disabled`, [list]);
    const missing = list.filter((id) => !found.some((f) => f.id === id));
    if (missing.length) throw new DomainError('unprocessable', { errors: missing.map((userId) => ({ field: 'data.userIds', code: 'not_an_expert', userId })) });
  }

  private async nextFilingNumber(tx: EntityManager, now: Date): Promise<string> {
    const [{ n }]: Array<{ n: string }> = await tx.query(`SELECT nextval('filing_number_seq') AS n`);
    const year = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now);
    return `BA-${year}-${String(n).padStart(5, '0')}`;
  }
}
