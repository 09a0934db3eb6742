import { randomUUID } from 'node:crypto';
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
import { StepAssignment, WorkItemsService } from '../tasks/work-items.service';
import { WorkflowRunner } from '../workflow/workflow-runner.service';
import type { WorkflowSubject, WriteContext } from '../workflow/workflow-runner.service';
import type { WriteBatch } from '../workflow/write-batch';
import { AgreementRow, loadAgreement, loadAgreements, projection } from './agreement.row';
import { CurrentDocument, loadedFacts } from './facts';

type AgreementFacts = Facts & { currentDocuments: CurrentDocument[] };

/** The agreement as the workflow runner sees it: where it is stored, what its guards read, who it waits on. */
@Injectable()
export class AgreementSubject implements WorkflowSubject<AgreementRow>, OnApplicationBootstrap {
  readonly engine = agreementEngine;
  readonly kind = 'agreement';

  constructor(
    private readonly runner: WorkflowRunner,
    private readonly workItems: WorkItemsService,
    private readonly clock: Clock,
  ) {}

  /** Agreements written before work items existed get theirs after start-up. */
  async onApplicationBootstrap(): Promise<void> {
    await this.runner.backfill(this, 'agreements', `t.stage <> 'terminated'`, this.clock.now(), loadAgreements);
  }

  async facts(_tx: EntityManager, row: AgreementRow, now: Date, actorId: string | null): Promise<AgreementFacts> {
    const { facts, documents } = loadedFacts(row, now, actorId);
    return { ...facts, currentDocuments: documents };
  }

  evidence(facts: BaseFacts, rule: string): unknown[] {
    const r = ruleOf(rule);
    const kinds = new Set<string>([...(r.documents ?? []), ...(r.anyDocument ?? []), ...(r.attachments ?? []), ...(r.own ?? [])]);
    return (facts as AgreementFacts).currentDocuments.filter((d) => kinds.has(d.kind));
  }

  write(batch: WriteBatch, row: AgreementRow, ctx: WriteContext): void {
    const p = projection(ctx.next as AgreementSnapshot);
    const v = (x: unknown) => batch.p(x);
    const now = v(ctx.now);
    batch.guard(
      `UPDATE agreements SET stage = ${v(p.stage)}, state = ${v(p.state)}, snapshot = ${v(JSON.stringify(p.snapshot))}, machine_version = ${v(agreementEngine.tag)},
         signed_at = ${v(p.signed_at)}, filing_due_at = ${v(p.filing_due_at)}, filed_at = ${v(p.filed_at)}, filing_late = ${v(p.filing_late)}, filing_number = ${v(p.filing_number)},
         supervision_deadline = ${v(p.supervision_deadline)}, overdue = ${v(p.overdue)}, termination_reason = ${v(p.termination_reason)},
         requires_demonstration = ${v(p.requires_demonstration)}, entered_state_at = ${ctx.moved ? now : 'entered_state_at'},
         successor_id = ${ctx.event.type === 'RENEW' ? v(this.successorOf(ctx)) : 'successor_id'}, version = version + 1, updated_at = ${now}
       WHERE id = ${v(row.id)} AND version = ${v(row.version)} RETURNING id`,
    );
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

  effects(batch: WriteBatch, row: AgreementRow, ctx: WriteContext): void {
    const { event, data, actor, now, applied } = ctx;
    const v = (x: unknown) => batch.p(x);
    switch (event.type) {
      case 'SUBMIT_SELF_CHECK':
        batch.add(`INSERT INTO self_checks (agreement_id, semester, figures, status, submitted_at, submitted_by)
          SELECT ${v(row.id)}, ${v(data.semester)}, ${batch.json(data.figures)}, 'submitted', ${v(now)}, ${v(actor.id)}${batch.from}`);
        break;
      case 'REVIEW_PASS':
      case 'REVIEW_RECTIFY':
        this.latestSelfCheck(batch, row.id, { status: event.type === 'REVIEW_PASS' ? 'passed' : 'rectify', conclusion: (data.conclusion as string) ?? event.comment ?? null, now, by: actor.id });
        break;
      case 'RECALL':
        if (applied.from === 'review') this.latestSelfCheck(batch, row.id, { status: 'recalled', conclusion: null, now, by: actor.id });
        break;
      case 'INVITE_EXPERTS':
        batch.add(`INSERT INTO record_grants (workflow, subject_id, user_id, reason, granted_by, granted_at)
          SELECT 'agreement', ${v(row.id)}, u, 'expert', ${v(actor.id)}::uuid, ${v(now)}::timestamptz FROM unnest(${v(data.userIds)}::uuid[]) u${batch.join} ON CONFLICT DO NOTHING`);
        break;
      case 'REGISTER_FILING':
        batch.outbox('agreement.filed', row.id, { agreementId: row.id, collegeId: row.college_id, title: row.title, filingNumber: data.filingNumber });
        break;
      case 'RENEW':
        this.createSuccessor(batch, row, ctx);
        break;
    }
    if (['RECORD_OPINION', 'RECORD_DEMONSTRATION', 'SUBMIT', 'RETURN', 'RECALL'].includes(event.type)) {
      // a panel that was reset (a rejection, a new demonstration) takes its experts' read access with it
      const panel = (ctx.next.context as AgreementContext).experts;
      batch.add(`DELETE FROM record_grants WHERE subject_id = ${v(row.id)} AND reason = 'expert' AND NOT (user_id = ANY(${v(panel)}::uuid[]))${batch.and}`);
    }
    batch.outbox('agreement.transitioned', row.id, {
      agreementId: row.id, collegeId: row.college_id, title: row.title, event: event.type, from: applied.from, to: applied.to, actorId: actor.id, at: now.toISOString(),
      openedItems: applied.opened, ...(event.type === 'DEADLINE_PASSED' ? { kind: data.kind } : {}),
    });
  }

  /** RENEW's successor: its id is made here, so the renewed row's UPDATE links it in the same statement. */
  private successorOf(ctx: WriteContext): string {
    return (ctx.shared.successorId ??= randomUUID());
  }

  private latestSelfCheck(batch: WriteBatch, agreementId: string, v: { status: string; conclusion: string | null; now: Date; by: string | null }): void {
    batch.add(`UPDATE self_checks SET status = ${batch.p(v.status)}, conclusion = ${batch.p(v.conclusion)}, reviewed_at = ${batch.p(v.now)}, reviewed_by = ${batch.p(v.by)}
      WHERE id = (SELECT id FROM self_checks WHERE agreement_id = ${batch.p(agreementId)} AND status = 'submitted' ORDER BY submitted_at DESC LIMIT 1)${batch.and}`);
  }

  /** RENEW: a successor at agreement.drafting with the content copied, both linked, waiting on the college like any new agreement. */
  private createSuccessor(batch: WriteBatch, row: AgreementRow, ctx: WriteContext): void {
    const id = this.successorOf(ctx);
    const v = (x: unknown) => batch.p(x);
    const drafting = draftingState({ requiresDemonstration: row.requires_demonstration });
    const p = projection(drafting);
    const title = `${row.title.slice(0, 196)}（续签）`;
    const now = v(ctx.now);
    batch.add(`INSERT INTO agreements (id, title, college_id, partner_id, cooperation_type, requires_demonstration, content, start_date, end_date, stage, state, snapshot,
         machine_version, predecessor_id, created_by, created_at, updated_at, entered_state_at)
       SELECT ${v(id)}, ${v(title)}, ${v(row.college_id)}, ${v(row.partner_id)}, ${v(row.cooperation_type)}, ${v(row.requires_demonstration)}, ${batch.json(row.content)}, NULL, NULL,
         ${v(p.stage)}, ${v(p.state)}, ${v(JSON.stringify(p.snapshot))}, ${v(agreementEngine.tag)}, ${v(row.id)}, ${v(ctx.actor.id)}, ${now}, ${now}, ${now}${batch.from}`);
    batch.add(`INSERT INTO agreement_majors (agreement_id, major_id) SELECT ${v(id)}::uuid, major_id FROM agreement_majors WHERE agreement_id = ${v(row.id)}${batch.and}`);
    batch.outbox('agreement.renewed', row.id, { agreementId: row.id, successorId: id, collegeId: row.college_id });
    const successor = { ...row, id, title };
    const plan = this.workItems.plan([], p.state, this.assignments(successor, drafting));
    this.workItems.write(batch, { workflow: 'agreement', kind: this.kind, subjectId: id, state: p.state, collegeId: row.college_id }, plan, { actorId: ctx.actor.id, event: 'CREATE', now: ctx.now });
  }
}
