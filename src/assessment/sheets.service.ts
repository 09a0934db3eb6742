import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { sheetEngine } from '../../workflows/assessment-sheet.machine';
import { READS_EVERY } from '../common/auth/access-policy';
import { AuthUser, collegeScope, hasRole } from '../common/auth/auth-user';
import { Clock } from '../common/clock';
import { DomainError, NotFoundError } from '../common/errors/domain-error';
import type { FieldError } from '../common/errors/domain-error';
import { WorkflowRunner } from '../workflow/workflow-runner.service';
import { ComputedService } from './computed.service';
import { compareCommitments } from './consortium-figures';
import { inputProblems, isScoredLeaf, maxScore, scoreNode } from './scoring';
import type { Computed } from './scoring';
import { loadSheet, SheetRow, SheetSubject } from './sheet.subject';
import type { SheetItem, SheetView } from './sheet.types';
import { flatten, isLeaf } from './template-tree';
import type { Template } from './template.types';
import { TemplatesService } from './templates.service';
import { sheetTotals, verdict } from './totals';

interface ItemRow { code: string; inputs: Record<string, unknown>; selected: boolean | null; self_score: string | null; note: string | null }
interface ScoreRow { code: string; assessor_id: string; display_name: string; score: string; note: string | null }
export interface FigureEntry { code: string; input: string; year: number; value: number; kind: 'actual' | 'committed' }
export interface FiguresView {
  records: FigureEntry[];
  shortfalls: Array<{ code: string; input: string; year: number; committed: number; actual: number; shortfall: number }>;
  missingActuals: Array<{ code: string; input: string; year: number; committed: number }>;
}
export interface FillItem { inputs?: Record<string, unknown>; selfScore?: number | null; selected?: boolean; note?: string | null }

/** Who reads sheets beyond the subject's own college: the center, leadership, the assessment group. */
const SHEET_READERS = [...READS_EVERY.monthlyReport];

/**
 * One subject's sheet: the college fills inputs and self scores while drafting, assessors score while submitted,
 * the machine moves it (SUBMIT, RETURN, FINALIZE; PUBLISH for the whole cycle). Every read recomputes the
 * proposals (computed indicators from the records) and the totals.
 */
@Injectable()
export class SheetsService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly templates: TemplatesService,
    private readonly computed: ComputedService,
    private readonly runner: WorkflowRunner,
    private readonly subject: SheetSubject,
  ) {}

  async find(tx: EntityManager, cycleId: string, subjectId: string, forUpdate = false): Promise<SheetRow> {
    const [r] = await tx.query('SELECT id FROM assessment_sheets WHERE cycle_id = $1 AND subject_id = $2', [cycleId, subjectId]);
    if (!r) throw new NotFoundError({ zh: '考核表', en: 'Assessment sheet' });
    return loadSheet(tx, r.id, forUpdate);
  }

  /** A college fills its own sheet; a consortium's is compiled by the center. */
  assertMayEdit(user: AuthUser, row: SheetRow): void {
    if (row.college_id ? collegeScope(user) === row.college_id : hasRole(user, 'center_staff', 'center_director')) return;
    throw new DomainError(collegeScope(user) ? 'forbidden_college' : 'forbidden_role');
  }

  /** seeds/004's yearly figures: a committed (2024–2026) or actual value of one indicator for one year, while drafting. */
  async putFigure(user: AuthUser, cycleId: string, subjectId: string, dto: { code: string; input?: string; year: number; kind: 'actual' | 'committed'; value: number }): Promise<FiguresView> {
    return this.db.transaction(async (tx) => {
      const row = await this.find(tx, cycleId, subjectId, true);
      this.assertMayEdit(user, row);
      if (row.state !== 'drafting') throw this.runner.conflict(this.subject, 'event_not_allowed', row);
      const template = await this.templates.version(tx, row.template_key, row.template_version);
      const record = { code: dto.code, input: dto.input ?? 'value', year: dto.year, value: dto.value };
      const check = compareCommitments(template, dto.kind === 'committed' ? [record] : [], dto.kind === 'actual' ? [record] : []);
      if (check.unknown.length) throw new DomainError('validation_failed', { errors: check.unknown.map((u) => ({ field: 'code', code: 'invalid', detail: u.reason })) });
      const [current]: Array<{ figures: FigureEntry[] }> = await tx.query('SELECT figures FROM assessment_items WHERE sheet_id = $1 AND code = $2', [row.id, dto.code]);
      const figures = [...(current?.figures ?? []).filter((f) => !(f.input === record.input && f.year === dto.year && f.kind === dto.kind)), { ...record, kind: dto.kind }];
      await tx.query(
        `INSERT INTO assessment_items (sheet_id, code, figures, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (sheet_id, code) DO UPDATE SET figures = $3, updated_by = $4, updated_at = $5`,
        [row.id, dto.code, JSON.stringify(figures), user.id, this.clock.now()],
      );
      return this.figuresOf(tx, row);
    });
  }

  async figures(user: AuthUser, cycleId: string, subjectId: string): Promise<FiguresView> {
    const row = await this.find(this.db.manager, cycleId, subjectId);
    this.assertMayRead(user, row);
    return this.figuresOf(this.db.manager, row);
  }

  /** Every yearly figure entered, and later actuals compared with the commitments (shortfalls listed). */
  private async figuresOf(tx: EntityManager, row: SheetRow): Promise<FiguresView> {
    const template = await this.templates.version(tx, row.template_key, row.template_version);
    const items: Array<{ code: string; figures: FigureEntry[] }> = await tx.query(`SELECT code, figures FROM assessment_items WHERE sheet_id = $1 AND figures <> '[]'::jsonb ORDER BY code`, [row.id]);
    const records = items.flatMap((i) => i.figures);
    const closedThrough = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(this.clock.now())) - 1;
    const comparison = compareCommitments(template, records.filter((r) => r.kind === 'committed'), records.filter((r) => r.kind === 'actual'), { closedThrough });
    return { records, shortfalls: comparison.shortfalls, missingActuals: comparison.missingActuals };
  }

  assertMayRead(user: AuthUser, row: SheetRow): void {
    if (hasRole(user, ...SHEET_READERS)) return;
    const college = collegeScope(user);
    if (college && college === row.college_id) return;
    throw new DomainError(college ? 'forbidden_college' : 'forbidden_role');
  }

  async view(user: AuthUser, cycleId: string, subjectId: string, tx: EntityManager = this.db.manager): Promise<SheetView> {
    const row = await this.find(tx, cycleId, subjectId);
    this.assertMayRead(user, row);
    return this.build(tx, row, user);
  }

  /** Fills one indicator while drafting: inputs checked (400 with the field), the self score within its bounds. */
  async fill(user: AuthUser, cycleId: string, subjectId: string, code: string, dto: FillItem): Promise<{ item: SheetItem; totals: SheetView['totals'] }> {
    return this.db.transaction(async (tx) => {
      const row = await this.find(tx, cycleId, subjectId, true);
      this.assertMayEdit(user, row);
      const template = await this.templates.version(tx, row.template_key, row.template_version);
      const node = flatten(template).find((n) => n.code === code);
      if (!node) throw new NotFoundError({ zh: `指标 ${code}`, en: `Indicator ${code}` });
      if (row.state !== 'drafting') throw this.runner.conflict(this.subject, 'event_not_allowed', row);
      const [current]: ItemRow[] = await tx.query('SELECT * FROM assessment_items WHERE sheet_id = $1 AND code = $2', [row.id, code]);
      const inputs = { ...(current?.inputs ?? {}), ...(dto.inputs ?? {}) };
      const errors: FieldError[] = inputProblems(node, dto.inputs ?? {}, inputs).map((p) => ({ ...p, field: `inputs.${p.field}` }));
      if (dto.selected !== undefined && node.selection !== 'optional') errors.push({ field: 'selected', code: 'not_allowed_value', detail: 'only optional indicators are selected' });
      const cap = maxScore(node);
      if (dto.selfScore !== undefined && dto.selfScore !== null && (!isLeaf(node) || cap === null || dto.selfScore < 0 || dto.selfScore > cap)) {
        errors.push({ field: 'selfScore', code: 'out_of_range', detail: cap === null ? 'this indicator carries no score' : `0 to ${cap}` });
      }
      if (errors.length) throw new DomainError('validation_failed', { errors });
      const proposal = (await this.proposals(tx, row, template, new Map([[code, inputs]]))).get(code);
      const note = dto.note !== undefined ? dto.note : current?.note ?? null;
      if (dto.selfScore !== undefined && dto.selfScore !== null && proposal?.score !== null && proposal?.score !== undefined && dto.selfScore !== proposal.score && !note?.trim()) {
        throw new DomainError('validation_failed', { errors: [{ field: 'note', code: 'required', detail: `a self score other than the proposal (${proposal.score}) needs a note` }] });
      }
      await tx.query(
        `INSERT INTO assessment_items (sheet_id, code, inputs, selected, self_score, note, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (sheet_id, code) DO UPDATE SET inputs = $3, selected = $4, self_score = $5, note = $6, updated_by = $7, updated_at = $8`,
        [row.id, code, JSON.stringify(inputs), dto.selected ?? current?.selected ?? null, dto.selfScore !== undefined ? dto.selfScore : current?.self_score ?? null, note, user.id, this.clock.now()],
      );
      await tx.query('UPDATE assessment_sheets SET version = version + 1, updated_at = $2 WHERE id = $1', [row.id, this.clock.now()]);
      const view = await this.build(tx, await loadSheet(tx, row.id), user);
      return { item: view.items.find((i) => i.code === code)!, totals: view.totals };
    });
  }

  /** One assessor's score for one leaf while submitted; never for the assessor's own college (conflict of interest). */
  async score(user: AuthUser, cycleId: string, subjectId: string, code: string, dto: { score: number; note?: string | null }): Promise<{ item: SheetItem; totals: SheetView['totals'] }> {
    return this.db.transaction(async (tx) => {
      const row = await this.find(tx, cycleId, subjectId, true);
      if (user.collegeId && user.collegeId === row.college_id) {
        throw new DomainError('forbidden_role', { detail: { zh: '考核组成员不能为本人所在院系评分（回避）', en: 'An assessor may not score their own college' } });
      }
      const template = await this.templates.version(tx, row.template_key, row.template_version);
      const node = flatten(template).find((n) => n.code === code);
      if (!node) throw new NotFoundError({ zh: `指标 ${code}`, en: `Indicator ${code}` });
      if (row.state !== 'submitted') throw this.runner.conflict(this.subject, 'event_not_allowed', row);
      const cap = maxScore(node);
      if (!isScoredLeaf(node) || cap === null || dto.score < 0 || dto.score > cap) {
        throw new DomainError('validation_failed', { errors: [{ field: 'score', code: 'out_of_range', detail: cap === null || !isScoredLeaf(node) ? 'this indicator carries no score' : `0 to ${cap}` }] });
      }
      await tx.query(
        `INSERT INTO assessment_scores (sheet_id, code, assessor_id, score, note, scored_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (sheet_id, code, assessor_id) DO UPDATE SET score = $4, note = $5, scored_at = $6`,
        [row.id, code, user.id, dto.score, dto.note ?? null, this.clock.now()],
      );
      await tx.query('UPDATE assessment_sheets SET version = version + 1, updated_at = $2 WHERE id = $1', [row.id, this.clock.now()]);
      const view = await this.build(tx, await loadSheet(tx, row.id), user);
      return { item: view.items.find((i) => i.code === code)!, totals: view.totals };
    });
  }

  /** SUBMIT, RETURN, FINALIZE through the workflow runner. SUBMIT with something missing is 409 listing it. */
  async event(user: AuthUser, cycleId: string, subjectId: string, dto: { type: string; reason?: string }): Promise<SheetView> {
    if (dto.type === 'RETURN' && !dto.reason?.trim()) throw new DomainError('validation_failed', { errors: [{ field: 'reason', code: 'required' }] });
    return this.db.transaction(async (tx) => {
      const row = await this.find(tx, cycleId, subjectId, true);
      this.assertMayRead(user, row);
      const roles = (collegeScope(user) && collegeScope(user) !== row.college_id ? user.roles.filter((r) => r !== 'college_staff' && r !== 'college_leader') : user.roles)
        // a college's self-assessment goes to the group only on its own leader's SUBMIT
        .filter((r) => !(row.college_id && dto.type === 'SUBMIT' && r === 'center_director'));
      // what is missing is only the submitter's business: anyone else hears who may submit (403) first
      if (dto.type === 'SUBMIT' && row.state === 'drafting' && roles.some((r) => r === 'college_leader' || r === 'center_director')) {
        const missing = await this.missingForSubmit(tx, row);
        if (missing.length) throw new DomainError('incomplete', { errors: missing, extra: { state: row.state } });
      }
      await this.runner.apply(tx, this.subject, row, { id: user.id, username: user.username, roles }, { type: dto.type, comment: dto.reason, data: dto.type === 'RETURN' ? { to: 'drafting' } : undefined }, { now: this.clock.now() });
      return this.build(tx, await loadSheet(tx, row.id), user);
    });
  }

  /** seeds/000: ≥ minOptional optional level-3 indicators selected; every quantitative indicator in scope has its figure. */
  private async missingForSubmit(tx: EntityManager, row: SheetRow): Promise<FieldError[]> {
    const template = await this.templates.version(tx, row.template_key, row.template_version);
    const items: ItemRow[] = await tx.query('SELECT * FROM assessment_items WHERE sheet_id = $1', [row.id]);
    const byCode = new Map(items.map((i) => [i.code, i]));
    const out: FieldError[] = [];
    const nodes = flatten(template);
    if (template.minOptional) {
      const selected = nodes.filter((n) => n.selection === 'optional' && isLeaf(n) && byCode.get(n.code)?.selected).length;
      if (selected < template.minOptional) out.push({ field: 'selected', code: 'too_few_optional', detail: `${selected} of at least ${template.minOptional} optional indicators selected` });
    }
    for (const n of nodes.filter((x) => isLeaf(x) && (x.nature === 'quantitative' || x.nature === 'mixed'))) {
      if (n.selection === 'optional' && !byCode.get(n.code)?.selected) continue;
      const entered = byCode.get(n.code)?.inputs ?? {};
      for (const input of (n.inputs ?? []).filter((i) => !i.source)) {
        if (n.source?.startsWith('computed:')) continue;
        if (entered[input.name] === undefined || entered[input.name] === null || entered[input.name] === '') out.push({ field: `items.${n.code}.inputs.${input.name}`, code: 'missing_figure', detail: `${n.title}：${input.label}` });
      }
    }
    return out;
  }

  /** Proposals for every leaf: its rule applied to the entered inputs and the computed figures from the records. */
  private async proposals(tx: EntityManager, row: SheetRow, template: Template, inputsByCode: Map<string, Record<string, unknown>>) {
    const nodes = flatten(template).filter(isLeaf);
    const sources = new Set<string>();
    for (const n of nodes) {
      if (n.source?.startsWith('computed:')) sources.add(n.source.slice(9));
      for (const i of n.inputs ?? []) if (i.source?.startsWith('computed:')) sources.add(i.source.slice(9));
    }
    const computed: Record<string, Computed> = row.college_id && sources.size
      ? await this.computed.compute(tx, [...sources], { collegeId: row.college_id, periodStart: row.period_start, periodEnd: row.period_end, now: this.clock.now() })
      : {};
    const out = new Map<string, ReturnType<typeof scoreNode>>();
    for (const n of nodes) {
      const merged: Computed = { values: {}, evidence: [] };
      for (const name of [n.source, ...(n.inputs ?? []).map((i) => i.source)]) {
        const c = name?.startsWith('computed:') ? computed[name.slice(9)] : undefined;
        if (c) merged.values = { ...merged.values, ...c.values };
        if (c && name === n.source) merged.evidence = c.evidence ?? [];
      }
      out.set(n.code, scoreNode(n, inputsByCode.get(n.code) ?? {}, merged));
    }
    return out;
  }


  /** The sheet as the API shows it: every node flat, proposals with evidence, scores, totals, verdict, allowed events. */
  async build(tx: EntityManager, row: SheetRow, user?: AuthUser): Promise<SheetView> {
    const template = await this.templates.version(tx, row.template_key, row.template_version);
    const items: ItemRow[] = await tx.query('SELECT * FROM assessment_items WHERE sheet_id = $1', [row.id]);
    const scores: ScoreRow[] = await tx.query(
      'SELECT s.code, s.assessor_id, u.display_name, s.score, s.note FROM assessment_scores s JOIN users u ON u.id = s.assessor_id WHERE s.sheet_id = $1 ORDER BY u.display_name, s.assessor_id', [row.id]);
    const byCode = new Map(items.map((i) => [i.code, i]));
    const proposals = await this.proposals(tx, row, template, new Map(items.map((i) => [i.code, i.inputs])));
    const nodes = flatten(template);
    let vetoHit = false;
    const leafItems = new Map<string, SheetItem>();
    for (const n of nodes.filter(isLeaf)) {
      const it = byCode.get(n.code);
      const p = proposals.get(n.code);
      if (p?.vetoHit) vetoHit = true;
      const own = scores.filter((s) => s.code === n.code).map((s) => ({ assessorId: s.assessor_id, assessorName: s.display_name, score: Number(s.score), note: s.note }));
      const selfScore = it?.self_score !== null && it?.self_score !== undefined ? Number(it.self_score) : isScoredLeaf(n) ? p?.score ?? null : null;
      leafItems.set(n.code, {
        code: n.code, parentCode: n.parentCode, title: n.title, level: n.level, points: n.points ?? null, bonusCap: n.bonusCap ?? null, leaf: true,
        selection: n.selection ?? null, nature: n.nature ?? null, unit: n.unit ?? null, selected: n.selection === 'optional' ? !!it?.selected : null,
        inputs: it?.inputs ?? {}, proposal: p && (p.score !== null || (p.evidence ?? []).length) ? { score: p.score, evidence: (p.evidence ?? []).map((e) => ({ kind: e.kind as never, id: e.ref ?? '', label: e.text })) } : null,
        selfScore, note: it?.note ?? null, scores: own, groupScore: own.length ? Math.round((own.reduce((a, s) => a + s.score, 0) / own.length) * 100) / 100 : null,
      });
    }
    const totalsInput = [...leafItems.values()].map((i) => ({ code: i.code, selected: i.selected ?? undefined, selfScore: i.selfScore, assessorScores: i.scores.map((s) => ({ assessorId: s.assessorId, score: s.score })) }));
    const t = sheetTotals(template, totalsInput);
    const sum = (code: string, pick: (i: SheetItem) => number | null): number | null => {
      const kids = nodes.filter((n) => n.parentCode === code);
      if (!kids.length) return pick(leafItems.get(code)!);
      const vals = kids.map((k) => sum(k.code, pick)).filter((v): v is number => v !== null);
      return vals.length ? Math.round(vals.reduce((a, b) => a + b, 0) * 100) / 100 : null;
    };
    const list: SheetItem[] = nodes.map((n) => leafItems.get(n.code) ?? {
      code: n.code, parentCode: n.parentCode, title: n.title, level: n.level, points: n.points ?? null, bonusCap: n.bonusCap ?? null, leaf: false,
      selection: n.selection ?? null, nature: n.nature ?? null, unit: n.unit ?? null, selected: null, inputs: {}, proposal: null,
      selfScore: sum(n.code, (i) => (i.selection !== 'optional' || i.selected ? i.selfScore : null)), note: null, scores: [], groupScore: sum(n.code, (i) => i.groupScore),
    });
    const snapshot = sheetEngine.restore(row.snapshot, row.machine_version);
    const facts = user ? await this.runner.facts(tx, this.subject, row, this.clock.now(), user.id) : null;
    const roles = user && collegeScope(user) && collegeScope(user) !== row.college_id ? user.roles.filter((r) => r !== 'college_staff' && r !== 'college_leader') : user?.roles ?? [];
    return {
      id: row.id, cycleId: row.cycle_id, subjectId: row.subject_id, subjectName: row.subject_name, templateKey: row.template_key, templateVersion: row.template_version,
      year: row.year, state: row.state as SheetView['state'], version: row.version,
      allowedEvents: user && facts ? sheetEngine.allowedEvents(snapshot, { id: user.id, roles }, facts).map((e) => ({ type: e.type, ready: e.ready, missing: e.missing })) : [],
      totals: { s1: t.s1, s2: t.s2, final: t.final }, weights: template.weights, verdict: verdict(template, t.final, vetoHit), vetoHit, items: list,
    };
  }
}
