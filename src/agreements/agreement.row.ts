import type { EntityManager } from 'typeorm';
import { STATE_LABELS } from '../../workflows/agreement.catalog';
import type { CooperationType, TerminationReason } from '../../workflows/agreement.catalog';
import { NotFoundError } from '../common/errors/domain-error';
import { isDate, localDate, startOfLocalDate } from '../../workflows/time';
import { AgreementSnapshot, persist, stageOf, statePath } from '../../workflows/agreement.engine';
import type { AllowedEvent, PersistedAgreement } from '../../workflows/agreement.engine';
import type { AgreementDetailDto, AgreementSummaryDto } from './agreement.views';
import type { AgreementContentDto } from './agreements.dto';
import { PREPARED } from '../database/prepared';
import { FACTS_COLUMNS, LoadedFacts } from './facts';
import { workflowColumns, WorkflowLoad } from '../workflow/write-batch';

export const AGREEMENT = { zh: '合作项目', en: 'Agreement' };

/** An agreements row as PostgreSQL returns it. */
export interface AgreementRow extends WorkflowLoad, LoadedFacts {
  id: string;
  title: string;
  college_id: string;
  partner_id: string;
  partner_name?: string;
  cooperation_type: CooperationType;
  requires_demonstration: boolean;
  content: AgreementContentDto;
  start_date: string | null;
  end_date: string | null;
  stage: string;
  state: string;
  snapshot: PersistedAgreement;
  machine_version: string;
  version: number;
  entered_state_at: Date;
  signed_at: Date | null;
  filing_due_at: Date | null;
  filed_at: Date | null;
  filing_late: boolean;
  filing_number: string | null;
  supervision_deadline: Date | null;
  overdue: boolean;
  termination_reason: TerminationReason | null;
  predecessor_id: string | null;
  successor_id: string | null;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
  major_ids?: string[] | null;
}

/** The columns kept beside the snapshot so lists can filter and sort; always derived from the snapshot. */
export function projection(snapshot: AgreementSnapshot) {
  const c = snapshot.context;
  return {
    stage: stageOf(snapshot),
    state: statePath(snapshot),
    snapshot: persist(snapshot),
    requires_demonstration: c.requiresDemonstration,
    // the signing date is a Shanghai date; the column keeps the instant it began (older snapshots hold an instant)
    signed_at: c.signedAt && isDate(c.signedAt) ? startOfLocalDate(c.signedAt).toISOString() : c.signedAt,
    filing_due_at: c.filingDueAt,
    filed_at: c.filedAt,
    filing_late: c.filingLate,
    filing_number: c.filingNumber,
    supervision_deadline: c.supervisionDeadline,
    overdue: c.filingOverdue || c.supervisionOverdue,
    termination_reason: c.terminationReason,
  };
}

const agreementSelect = (extra = '') => `
  SELECT a.*, p.name AS partner_name${extra},
    (SELECT coalesce(array_agg(m.major_id ORDER BY m.major_id), '{}') FROM agreement_majors m WHERE m.agreement_id = a.id) AS major_ids,
    ${FACTS_COLUMNS},
    ${workflowColumns('agreement', 'a')}
  FROM agreements a JOIN partners p ON p.id = a.partner_id`;

/** A stored idempotent response, read with the row it concerns. */
export interface Replay {
  fingerprint: string;
  status: number | null;
  response: unknown;
}

/**
 * One agreement with its partner's name, majors, the facts its guards read, its recent steps and open work items:
 * one statement. 404 when there is none. With `replay`, the response stored under that user's idempotency key too.
 */
export async function loadAgreement(tx: EntityManager, id: string, opts: { replay?: { userId: string; key: string } } = {}): Promise<AgreementRow & { replay?: Replay | null }> {
  const params: unknown[] = [id];
  let replay = '';
  if (opts.replay) {
    params.push(opts.replay.userId, opts.replay.key);
    replay = `,
    (SELECT json_build_object('fingerprint', k.fingerprint, 'status', k.status, 'response', k.response) FROM idempotency_keys k WHERE k.user_id = $2 AND k.key = $3) AS replay`;
  }
  const [row] = await tx.query(`${PREPARED}${agreementSelect(replay)} WHERE a.id = $1`, params);
  if (!row) throw new NotFoundError(AGREEMENT);
  return row;
}

/** Many agreements as `loadAgreement` reads one (the start-up backfill of work items). */
export function loadAgreements(tx: EntityManager, ids: string[]): Promise<AgreementRow[]> {
  return tx.query(`${agreementSelect()} WHERE a.id = ANY($1::uuid[])`, [ids]);
}

export function toSummary(row: AgreementRow): AgreementSummaryDto {
  return {
    id: row.id,
    title: row.title,
    collegeId: row.college_id,
    partnerId: row.partner_id,
    partner: { id: row.partner_id, name: row.partner_name ?? null },
    cooperationType: row.cooperation_type,
    majorIds: row.major_ids ?? [],
    requiresDemonstration: row.requires_demonstration,
    stage: row.stage,
    statePath: row.state,
    stateLabel: STATE_LABELS[row.state] ?? null,
    version: row.version,
    startDate: row.start_date,
    endDate: row.end_date,
    signedAt: row.signed_at ? localDate(new Date(row.signed_at)) : null,
    filingDueAt: row.filing_due_at,
    filedAt: row.filed_at,
    filingLate: row.filing_late,
    filingNumber: row.filing_number,
    supervisionDeadline: row.supervision_deadline,
    overdue: row.overdue,
    terminationReason: row.termination_reason,
    predecessorId: row.predecessor_id,
    successorId: row.successor_id,
    createdAt: row.created_at,
    enteredStateAt: row.entered_state_at,
    updatedAt: row.updated_at,
  };
}

export function toDetail(row: AgreementRow, allowedEvents: AllowedEvent[]): AgreementDetailDto {
  return {
    ...toSummary(row),
    state: row.snapshot.value,
    content: row.content,
    semester: row.snapshot.context.semester,
    passedSemesters: row.snapshot.context.passedSemesters,
    /** 会签: the invited experts and the opinion each recorded. */
    demonstration: { experts: row.snapshot.context.experts ?? [], opinions: row.snapshot.context.opinions ?? {} },
    allowedEvents,
  };
}
