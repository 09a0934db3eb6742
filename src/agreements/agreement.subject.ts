import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { STATE_LABELS } from '../../workflows/agreement.catalog';
import { agreementEngine, AgreementSnapshot, draftingState } from '../../workflows/agreement.engine';
import type { AgreementContext } from '../../workflows/agreement.machine';
import { ruleOf } from '../../workflows/agreement.rules';
import type { Facts } from '../../workflows/agreement.rules';
import { COLLEGE_ROLE_NAMES } from '../../workflows/engine';
import type { BaseFacts } from '../../workflows/kernel';
import { writeOutbox } from '../common/outbox';
import type { StepAssignment } from '../tasks/work-items.service';
import { WorkflowRunner } from '../workflow/workflow-runner.service';
import type { Applied, EventInput, RunnerActor, WorkflowSubject } from '../workflow/workflow-runner.service';
import { AgreementRow, loadAgreement, projection } from './agreement.row';
import { CurrentDocument, loadFacts } from './facts';

type AgreementFacts = Facts & { currentDocuments: CurrentDocument[] };

/** The agreement as the workflow runner sees it: where it is stored, what its guards read, who it waits on. */
@Injectable()
export class AgreementSubject implements WorkflowSubject<AgreementRow>, OnApplicationBootstrap {
  readonly engine = agreementEngine;
  readonly kind = 'agreement';

  constructor(
    private readonly runner: WorkflowRunner,
    private readonly clock: Clock,
  ) {}

  /** Agreements written before work items existed get theirs at start-up. */
  async onApplicationBootstrap(): Promise<void> {
    await this.runner.backfill(this, 'agreements', `t.stage <> 'terminated'`, this.clock.now());
  }

  async facts(tx: EntityManager, row: AgreementRow, now: Date, actorId: string | null): Promise<AgreementFacts> {
    const { facts, documents } = await loadFacts(tx, row, now, actorId);
    return { ...facts, currentDocuments: documents };
  }

  evidence(facts: BaseFacts, rule: string): unknown[] {
    const r = ruleOf(rule);
    const kinds = new Set<string>([...(r.documents ?? []), ...(r.anyDocument ?? []), ...(r.attachments ?? []), ...(r.own ?? [])]);
    return (facts as AgreementFacts).currentDocuments.filter((d) => kinds.has(d.kind));
  }

  async write(tx: EntityManager, row: AgreementRow, next: AgreementSnapshot, now: Date, moved: boolean): Promise<boolean> {
    const p = projection(next);
    const result = await tx.query(
      `UPDATE agreements SET stage = $3, state = $4, snapshot = $5, machine_version = $6, signed_at = $7, filing_due_at = $8, filed_at = $9,
         filing_late = $10, filing_number = $11, supervision_deadline = $12, overdue = $13, termination_reason = $14,
         requires_demonstration = $16, entered_state_at = CASE WHEN $17::boolean THEN $15 ELSE entered_state_at END,
         version = version + 1, updated_at = $15
       WHERE id = $1 AND version = $2`,
      [row.id, row.version, p.stage, p.state, JSON.stringify(p.snapshot), agreementEngine.tag, p.signed_at, p.filing_due_at, p.filed_at,
        p.filing_late, p.filing_number, p.supervision_deadline, p.overdue, p.termination_reason, now, p.requires_demonstration, moved],
    );
    return result[1] === 1;
  }

  collegeOf(row: AgreementRow): string {
    return row.college_id;
  }

  reload(tx: EntityManager, id: string): Promise<AgreementRow> {
    return loadAgreement(tx, id);
  }

  conflictBody(row: AgreementRow): Record<string, unknown> {
    return { state: row.snapshot.value, statePath: row.state, stage: row.stage, version: row.version };
  }

  /**
   * Who the agreement waits on: the roles of the state's forward steps (the college's own steps scoped to its
   * college); at demonstration the invited experts one by one (会签) once the center has invited them; under
   * supervision the center, which decides on the termination once the deadline has passed.
   */
  assignments(row: AgreementRow, next: AgreementSnapshot): StepAssignment[] {
    const path = agreementEngine.statePath(next);
    const c = next.context as AgreementContext;
    const label = STATE_LABELS[path]?.zh ?? path;
    const base = { collegeId: null as string | null, userIds: [] as string[], mode: 'any' as const, dueAt: null as Date | null };
    if (path === 'feasibility.demonstration' && c.experts.length) {
      return c.experts.filter((id) => !c.opinions[id]).map((id) => ({
        ...base, step: `${path}:expert:${id}`, title: `项目论证（会签）：${row.title}`, roles: ['expert'], userIds: [id], mode: 'all' as const,
      }));
    }
    if (path === 'supervision') {
      return c.supervisionOverdue
        ? [{ ...base, step: `${path}:overdue`, title: `督查逾期未整改，请决定是否不履约终止：${row.title}`, roles: ['center_staff'] }]
        : [{ ...base, step: path, title: `督查整改跟踪（期限 ${c.supervisionDeadline?.slice(0, 10) ?? ''}）：${row.title}`, roles: ['center_staff'], dueAt: c.supervisionDeadline ? new Date(c.supervisionDeadline) : null }];
    }
    const waits = agreementEngine.waitsOn(path);
    if (!waits) return [];
    const roles = path === 'feasibility.demonstration' ? waits.roles.filter((r) => r !== 'expert') : waits.roles;
    const college = roles.some((r) => COLLEGE_ROLE_NAMES.includes(r));
    return [{
      ...base, step: path, title: `${label}：${row.title}`, roles, collegeId: college ? row.college_id : null,
      dueAt: path === 'filing.awaitingSubmission' && c.filingDueAt ? new Date(c.filingDueAt) : null,
    }];
  }

  async afterTransition(tx: EntityManager, row: AgreementRow, ctx: { event: EventInput; data: Record<string, unknown>; actor: RunnerActor; now: Date; applied: Applied; next: AgreementSnapshot }): Promise<void> {
    const { event, data, actor, now, applied } = ctx;
    switch (event.type) {
      case 'SUBMIT_SELF_CHECK':
        await tx.query(
          `INSERT INTO self_checks (agreement_id, semester, figures, status, submitted_at, submitted_by) VALUES ($1, $2, $3, 'submitted', $4, $5)`,
          [row.id, data.semester, JSON.stringify(data.figures), now, actor.id],
        );
        break;
      case 'REVIEW_PASS':
      case 'REVIEW_RECTIFY':
        await this.latestSelfCheck(tx, row.id, { status: event.type === 'REVIEW_PASS' ? 'passed' : 'rectify', conclusion: (data.conclusion as string) ?? event.comment ?? null, now, by: actor.id });
        break;
      case 'RECALL':
        if (applied.from === 'review') await this.latestSelfCheck(tx, row.id, { status: 'recalled', conclusion: null, now, by: actor.id });
        break;
      case 'INVITE_EXPERTS':
        await tx.query(
          `INSERT INTO record_grants (workflow, subject_id, user_id, reason, granted_by, granted_at) SELECT 'agreement', $1, unnest($2::uuid[]), 'expert', $3, $4 ON CONFLICT DO NOTHING`,
          [row.id, data.userIds, actor.id, now],
        );
        break;
      case 'REGISTER_FILING':
        await writeOutbox(tx, 'agreement.filed', row.id, { agreementId: row.id, collegeId: row.college_id, title: row.title, filingNumber: data.filingNumber });
        break;
      case 'RENEW':
        await this.createSuccessor(tx, row, actor.id, now);
        break;
    }
    if (['RECORD_OPINION', 'RECORD_DEMONSTRATION', 'SUBMIT', 'RETURN', 'RECALL'].includes(event.type)) {
      // a panel that was reset (a rejection, a new demonstration) takes its experts' read access with it
      const panel = (ctx.next.context as AgreementContext).experts;
      await tx.query(`DELETE FROM record_grants WHERE subject_id = $1 AND reason = 'expert' AND NOT (user_id = ANY($2::uuid[]))`, [row.id, panel]);
    }
    await writeOutbox(tx, 'agreement.transitioned', row.id, {
      agreementId: row.id, collegeId: row.college_id, title: row.title, event: event.type, from: applied.from, to: applied.to, actorId: actor.id, at: now.toISOString(),
      openedItems: applied.opened, ...(event.type === 'DEADLINE_PASSED' ? { kind: data.kind } : {}),
    });
  }

  private async latestSelfCheck(tx: EntityManager, agreementId: string, v: { status: string; conclusion: string | null; now: Date; by: string | null }) {
    await tx.query(
      `UPDATE self_checks SET status = $2, conclusion = $3, reviewed_at = $4, reviewed_by = $5
       WHERE id = (SELECT id FROM self_checks WHERE agreement_id = $1 AND status = 'submitted' ORDER BY submitted_at DESC LIMIT 1)`,
      [agreementId, v.status, v.conclusion, v.now, v.by],
    );
  }

  /** RENEW: a successor at agreement.drafting with the content copied, both linked. */
  private async createSuccessor(tx: EntityManager, row: AgreementRow, by: string | null, now: Date): Promise<void> {
    const p = projection(draftingState({ requiresDemonstration: row.requires_demonstration }));
    const [{ id }] = await tx.query(
      `INSERT INTO agreements (title, college_id, partner_id, cooperation_type, requires_demonstration, content, start_date, end_date, stage, state, snapshot,
         machine_version, predecessor_id, created_by, created_at, updated_at, entered_state_at)
       VALUES ($1, $2, $3, $4, $5, $6, NULL, NULL, $7, $8, $9, $10, $11, $12, $13, $13, $13) RETURNING id`,
      [`${row.title.slice(0, 196)}（续签）`, row.college_id, row.partner_id, row.cooperation_type, row.requires_demonstration, JSON.stringify(row.content), p.stage, p.state,
        JSON.stringify(p.snapshot), agreementEngine.tag, row.id, by, now],
    );
    await tx.query('INSERT INTO agreement_majors (agreement_id, major_id) SELECT $1, major_id FROM agreement_majors WHERE agreement_id = $2', [id, row.id]);
    await tx.query('UPDATE agreements SET successor_id = $2 WHERE id = $1', [row.id, id]);
    await writeOutbox(tx, 'agreement.renewed', row.id, { agreementId: row.id, successorId: id, collegeId: row.college_id });
    // the successor waits on the college at drafting like any new agreement
    await this.runner.openItems(tx, this, await loadAgreement(tx, id), now, by);
  }
}
