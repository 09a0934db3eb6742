import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { decide, draftingState, restore } from '../../workflows/agreement.engine';
import type { Decision } from '../../workflows/agreement.engine';
import { AGREEMENT_MACHINE_VERSION } from '../../workflows/agreement.machine';
import { dataProblems } from '../../workflows/agreement.data';
import { ActorRole, AgreementEvent, ruleOf } from '../../workflows/agreement.rules';
import type { EventType } from '../../workflows/agreement.catalog';
import { AuthUser } from '../common/auth/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { claimIdempotencyKey, fingerprint, storeIdempotentResponse, StoredResponse } from '../common/idempotency';
import { requestContext } from '../common/logging/request-context';
import { writeOutbox } from '../common/outbox';
import { actingRoles, assertMayRead } from './agreement-access';
import { AgreementRow, projection } from './agreement.row';
import { AgreementsService } from './agreements.service';
import { SendEventDto } from './agreements.dto';
import type { AgreementDetailDto, EvidenceDto, HistoryEntryDto } from './agreement.views';
import { CurrentDocument, loadFacts } from './facts';

/** An agreement_transitions row as the history reads it. */
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
}

/** The scheduler's identity when it sends DEADLINE_PASSED. */
export const SYSTEM_ACTOR = { id: null, username: 'system', roles: ['system'] as ActorRole[] };

/**
 * Applies one event to one agreement: restore the snapshot, let the machine decide, then write the new state,
 * one history row and the outgoing events in one transaction, guarded by the row's version.
 */
@Injectable()
export class AgreementEventsService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly agreements: AgreementsService,
  ) {}

  async send(user: AuthUser, id: string, dto: SendEventDto, opts: { ifMatch?: number; idempotencyKey?: string } = {}): Promise<StoredResponse<AgreementDetailDto>> {
    // on the service's clock, when the request reached the process (the test clock may run offset from the wall)
    const arrived = requestContext.getStore()?.receivedAtMs;
    const receivedAt = new Date(this.clock.now().getTime() - (arrived ? Date.now() - arrived : 0));
    const bad = dataProblems(dto.type, dto.data);
    if (bad.length) throw new DomainError('validation_failed', { errors: bad.map((p) => ({ ...p })) });
    return this.db.transaction(async (tx) => {
      if (opts.idempotencyKey) {
        const replay = await claimIdempotencyKey<AgreementDetailDto>(tx, user.id, opts.idempotencyKey, fingerprint('POST', `/agreements/${id}/events`, dto));
        if (replay) return replay;
      }
      const row = await this.agreements.load(tx, id);
      assertMayRead(user, row);
      if (opts.ifMatch !== undefined && opts.ifMatch !== row.version) throw conflict('version_conflict', row);
      await this.apply(tx, row, { id: user.id, username: user.username, roles: actingRoles(user, row) }, dto, receivedAt);
      const body = await this.agreements.detail(tx, user, await this.agreements.load(tx, id));
      const response = { status: 200, body };
      if (opts.idempotencyKey) await storeIdempotentResponse(tx, user.id, opts.idempotencyKey, response);
      return response;
    });
  }

  /**
   * For the scheduler: DEADLINE_PASSED as the system. Returns false when the machine no longer takes it — another
   * sweep got there first (a version conflict is re-read and then refused by the machine), or the state moved on.
   */
  async sendAsSystem(id: string, dto: SendEventDto, attempts = 3): Promise<boolean> {
    try {
      return await this.db.transaction(async (tx) => {
        await this.apply(tx, await this.agreements.load(tx, id), SYSTEM_ACTOR, dto);
        return true;
      });
    } catch (err) {
      if (err instanceof DomainError && (err.code === 'event_not_allowed' || err.code === 'requirements_not_met')) return false;
      if (err instanceof DomainError && err.code === 'version_conflict' && attempts > 1) return this.sendAsSystem(id, dto, attempts - 1);
      throw err;
    }
  }

  async history(user: AuthUser, id: string): Promise<HistoryEntryDto[]> {
    const row = await this.agreements.load(this.db.manager, id);
    assertMayRead(user, row);
    const rows: TransitionRow[] = await this.db.query(
      `SELECT id, at, actor_id, actor_username, actor_roles, event, from_state, to_state, comment, data, documents
       FROM agreement_transitions WHERE agreement_id = $1 ORDER BY id`,
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
    }));
  }

  /**
   * Decides and writes one event. `receivedAt` is when the request arrived: a refusal of an agreement that someone
   * else changed after that moment is a 409 (the caller acted on what they saw), not a 422 about the new state.
   */
  private async apply(tx: EntityManager, row: AgreementRow, actor: { id: string | null; username: string; roles: ActorRole[] }, dto: SendEventDto, receivedAt?: Date): Promise<void> {
    const now = this.clock.now();
    const { facts, documents: docs } = await loadFacts(tx, row, now);
    const data = { ...(dto.data ?? {}) };
    if (dto.type === 'SUBMIT_SELF_CHECK' && typeof data.semester === 'string' && !(await tx.query('SELECT 1 FROM semesters WHERE name = $1', [data.semester])).length) {
      throw new DomainError('requirements_not_met', { errors: [{ code: 'invalid_field', field: 'semester', detail: 'not a semester of the academic calendar' }], extra: { statePath: row.state } });
    }
    const event: AgreementEvent = { type: dto.type, actor: { id: actor.id ?? 'system', roles: actor.roles }, facts, comment: dto.comment, data };
    const decision = decide(restore(row.snapshot), event);
    if (!decision.ok) {
      if (decision.reason === 'guard_failed' && receivedAt && new Date(row.updated_at) > receivedAt) throw conflict('version_conflict', row);
      throw refusal(decision, row);
    }
    // A timer event that changes nothing (a deadline already marked) leaves no trace.
    if (!decision.changed) return;
    if (dto.type === 'REGISTER_FILING') {
      // the number is drawn once the event is accepted; the machine's action reads it from the event
      data.filingNumber = await this.nextFilingNumber(tx, now);
      return this.write(tx, row, actor, dto, data, decide(restore(row.snapshot), { ...event, data }) as Extract<Decision, { ok: true }>, docs, now);
    }
    return this.write(tx, row, actor, dto, data, decision, docs, now);
  }

  /** State, history row, side effects and outbox, all in the caller's transaction, guarded by the row's version. */
  private async write(
    tx: EntityManager, row: AgreementRow, actor: { id: string | null; username: string; roles: ActorRole[] }, dto: SendEventDto,
    data: Record<string, unknown>, decision: Extract<Decision, { ok: true }>, docs: CurrentDocument[], now: Date,
  ): Promise<void> {
    const p = projection(decision.next);
    const moved = decision.from !== decision.to;
    // an UPDATE answers [rows, affected]
    const result: [unknown[], number] = await tx.query(
      `UPDATE agreements SET stage = $3, state = $4, snapshot = $5, machine_version = $6, signed_at = $7, filing_due_at = $8, filed_at = $9,
         filing_late = $10, filing_number = $11, supervision_deadline = $12, overdue = $13, termination_reason = $14,
         requires_demonstration = $16, entered_state_at = CASE WHEN $17::boolean THEN $15 ELSE entered_state_at END,
         version = version + 1, updated_at = $15
       WHERE id = $1 AND version = $2`,
      [row.id, row.version, p.stage, p.state, JSON.stringify(p.snapshot), AGREEMENT_MACHINE_VERSION, p.signed_at, p.filing_due_at, p.filed_at,
        p.filing_late, p.filing_number, p.supervision_deadline, p.overdue, p.termination_reason, now, p.requires_demonstration, moved],
    );
    if (result[1] !== 1) throw conflict('version_conflict', await this.agreements.load(tx, row.id));

    const rule = ruleOf(decision.rule);
    const kinds = new Set<string>([...(rule.documents ?? []), ...(rule.anyDocument ?? []), ...(rule.attachments ?? [])]);
    const evidence = docs.filter((d: CurrentDocument) => kinds.has(d.kind));
    await tx.query(
      `INSERT INTO agreement_transitions (agreement_id, at, actor_id, actor_username, actor_roles, event, from_state, to_state, comment, data, documents, machine_version, rule)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [row.id, now, actor.id, actor.username, actor.roles, dto.type, decision.from, decision.to, dto.comment ?? null,
        Object.keys(data).length ? JSON.stringify(data) : null, JSON.stringify(evidence), AGREEMENT_MACHINE_VERSION, decision.rule],
    );
    await this.sideEffects(tx, row, dto, data, actor, now);
    await writeOutbox(tx, 'agreement.transitioned', row.id, {
      agreementId: row.id, collegeId: row.college_id, title: row.title, event: dto.type, from: decision.from, to: decision.to, actorId: actor.id, at: now.toISOString(),
      ...(dto.type === 'DEADLINE_PASSED' ? { kind: data.kind } : {}),
    });
  }

  private async sideEffects(tx: EntityManager, row: AgreementRow, dto: SendEventDto, data: Record<string, unknown>, actor: { id: string | null }, now: Date) {
    switch (dto.type) {
      case 'SUBMIT_SELF_CHECK':
        await tx.query(
          `INSERT INTO self_checks (agreement_id, semester, figures, status, submitted_at, submitted_by) VALUES ($1, $2, $3, 'submitted', $4, $5)`,
          [row.id, data.semester, JSON.stringify(data.figures), now, actor.id],
        );
        break;
      case 'REVIEW_PASS':
      case 'REVIEW_RECTIFY':
        await tx.query(
          `UPDATE self_checks SET status = $2, conclusion = $3, reviewed_at = $4, reviewed_by = $5
           WHERE id = (SELECT id FROM self_checks WHERE agreement_id = $1 AND status = 'submitted' ORDER BY submitted_at DESC LIMIT 1)`,
          [row.id, dto.type === 'REVIEW_PASS' ? 'passed' : 'rectify', (data.conclusion as string) ?? dto.comment ?? null, now, actor.id],
        );
        break;
      case 'REGISTER_FILING':
        await writeOutbox(tx, 'agreement.filed', row.id, { agreementId: row.id, collegeId: row.college_id, title: row.title, filingNumber: data.filingNumber });
        break;
      case 'RENEW':
        await this.createSuccessor(tx, row, actor.id, now);
        break;
    }
  }

  /** RENEW: a successor at agreement.drafting with the content copied, both linked. */
  private async createSuccessor(tx: EntityManager, row: AgreementRow, by: string | null, now: Date): Promise<void> {
    const p = projection(draftingState({ requiresDemonstration: row.requires_demonstration }));
    const [{ id }]: Array<{ id: string }> = await tx.query(
      `INSERT INTO agreements (title, college_id, partner_id, cooperation_type, requires_demonstration, content, start_date, end_date, stage, state, snapshot,
         machine_version, predecessor_id, created_by, created_at, updated_at, entered_state_at)
       VALUES ($1, $2, $3, $4, $5, $6, NULL, NULL, $7, $8, $9, $10, $11, $12, $13, $13, $13) RETURNING id`,
      [`${row.title.slice(0, 196)}（续签）`, row.college_id, row.partner_id, row.cooperation_type, row.requires_demonstration, JSON.stringify(row.content), p.stage, p.state,
        JSON.stringify(p.snapshot), AGREEMENT_MACHINE_VERSION, row.id, by, now],
    );
    await tx.query('INSERT INTO agreement_majors (agreement_id, major_id) SELECT $1, major_id FROM agreement_majors WHERE agreement_id = $2', [id, row.id]);
    await tx.query('UPDATE agreements SET successor_id = $2 WHERE id = $1', [row.id, id]);
    await writeOutbox(tx, 'agreement.renewed', row.id, { agreementId: row.id, successorId: id, collegeId: row.college_id });
  }

  private async nextFilingNumber(tx: EntityManager, now: Date): Promise<string> {
    const [{ n }]: Array<{ n: string }> = await tx.query(`SELECT nextval('filing_number_seq') AS n`);
    const year = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now);
    return `BA-${year}-${String(n).padStart(5, '0')}`;
  }
}

function conflict(code: 'version_conflict' | 'event_not_allowed', row: AgreementRow): DomainError {
  return new DomainError(code, { extra: { state: row.snapshot.value, statePath: row.state, stage: row.stage, version: row.version } });
}

function refusal(decision: Exclude<Decision, { ok: true }>, row: AgreementRow): DomainError {
  switch (decision.reason) {
    case 'not_allowed_in_state':
      return conflict('event_not_allowed', row);
    case 'forbidden_role':
      return new DomainError('forbidden_role', {
        detail: { zh: `需要以下角色之一：${decision.roles.join('、')}`, en: `Requires one of the roles: ${decision.roles.join(', ')}` },
        extra: { statePath: row.state },
      });
    case 'guard_failed':
      return new DomainError('requirements_not_met', { errors: decision.problems.map((p) => ({ ...p })), extra: { statePath: row.state } });
  }
}
