import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { sheetEngine, SHEET_RULES } from '../../workflows/assessment-sheet.machine';
import { READS_EVERY } from '../common/auth/access-policy';
import { AuthUser, collegeScope, hasRole } from '../common/auth/auth-user';
import { Clock } from '../common/clock';
import { DomainError, NotFoundError } from '../common/errors/domain-error';
import { WorkflowRunner } from '../workflow/workflow-runner.service';
import { loadSheet, SheetSubject } from './sheet.subject';
import type { CycleResults, ResultRow } from './sheet.types';
import { SheetsService } from './sheets.service';
import { TemplatesService } from './templates.service';
import { rank } from './totals';

export interface ExportFile { filename: string; mediaType: string; bytes: Buffer }
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

// The exports load exceljs and docx (with their zip, stream and XML libraries) when a file is first asked for, not at
// start-up: loading them costs a fifth as much again as loading the rest of the server, and about 10 MiB.
const exportsOf = {
  ranking: () => import('./exports/ranking-workbook.js'),
  sheet: () => import('./exports/sheet-workbook.js'),
  selfReport: () => import('./exports/self-report-docx.js'),
};

const CYCLE = { zh: '考核周期', en: 'Assessment cycle' };

export interface CycleView {
  id: string;
  templateKey: string;
  templateVersion: number;
  templateName: string;
  year: number;
  periodStart: string;
  periodEnd: string;
  minAssessors: number;
  selfDueOn: string | null;
  scoringDueOn: string | null;
  publishedAt: Date | null;
  sheets: Array<{ id: string; subjectId: string; subjectName: string; state: string }>;
  /** PUBLISH for whoever the sheet machine's publish rule names, until the cycle is published; ready once every sheet is final. */
  allowedEvents: Array<{ type: 'PUBLISH'; ready: boolean; missing: string[] }>;
}

export interface SheetRef { id: string; cycleId: string; subjectId: string; subjectName: string; year: number; templateKey: string }

export interface OpenCycle { templateKey: string; year: number; subjects?: string[]; minAssessors?: number; selfDueOn?: string; scoringDueOn?: string }

/**
 * 考核周期: a template's published version, a year (the academic year ending in it, 1 Sept → 31 Aug), and one
 * sheet per subject (every college, or every consortium, unless listed). Publishing moves every final sheet to
 * published in one transaction; results rank the subjects by their final score.
 */
@Injectable()
export class CyclesService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly templates: TemplatesService,
    private readonly sheets: SheetsService,
    private readonly runner: WorkflowRunner,
    private readonly subject: SheetSubject,
  ) {}

  async open(user: AuthUser, dto: OpenCycle): Promise<CycleView> {
    const id = await this.db.transaction(async (tx) => {
      const template = await this.templates.published(tx, dto.templateKey);
      if ((await tx.query('SELECT 1 FROM assessment_cycles WHERE template_key = $1 AND year = $2', [dto.templateKey, dto.year])).length) {
        throw new DomainError('duplicate', { detail: { zh: `${dto.year} 年度 ${dto.templateKey} 考核周期已存在`, en: `A ${dto.templateKey} cycle for ${dto.year} exists` } });
      }
      const table = template.subject === 'college' ? 'colleges' : 'consortiums';
      const subjects: Array<{ id: string; name: string }> = dto.subjects?.length
        ? await tx.query(`SELECT id, name FROM ${table} WHERE id = ANY($1::uuid[]) ORDER BY name`, [dto.subjects])
        : await tx.query(`SELECT id, name FROM ${table} ORDER BY name`);
      const unknown = (dto.subjects ?? []).filter((s) => !subjects.some((x) => x.id === s));
      if (unknown.length) throw new DomainError('unprocessable', { errors: unknown.map((s) => ({ field: 'subjects', code: 'not_found', subjectId: s })) });
      const now = this.clock.now();
      const [{ id }] = await tx.query(
        `INSERT INTO assessment_cycles (template_key, template_version, year, period_start, period_end, min_assessors, self_due_on, scoring_due_on, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [template.key, template.version, dto.year, `${dto.year - 1}-09-01`, `${dto.year}-08-31`, dto.minAssessors ?? 1, dto.selfDueOn ?? null, dto.scoringDueOn ?? null, user.id, now],
      );
      const initial = sheetEngine.persist(sheetEngine.initial(undefined));
      for (const s of subjects) {
        const [{ id: sheetId }] = await tx.query(
          `INSERT INTO assessment_sheets (cycle_id, subject_kind, subject_id, college_id, subject_name, state, snapshot, machine_version, entered_state_at, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, 'drafting', $6, $7, $8, $8, $8) RETURNING id`,
          [id, template.subject, s.id, template.subject === 'college' ? s.id : null, s.name, JSON.stringify(initial), sheetEngine.tag, now],
        );
        await this.runner.openItems(tx, this.subject, await loadSheet(tx, sheetId), now, user.id);
      }
      return id as string;
    });
    return this.get(user, id);
  }

  async list(user: AuthUser): Promise<CycleView[]> {
    const rows: Array<{ id: string }> = await this.db.query('SELECT id FROM assessment_cycles ORDER BY year DESC, template_key');
    return Promise.all(rows.map((r) => this.get(user, r.id)));
  }

  /** A college's users see the cycle with their own sheet only. */
  async get(user: AuthUser, id: string): Promise<CycleView> {
    const [c] = await this.db.query(
      `SELECT c.*, to_char(c.period_start, 'YYYY-MM-DD') AS ps, to_char(c.period_end, 'YYYY-MM-DD') AS pe, to_char(c.self_due_on, 'YYYY-MM-DD') AS sd,
         to_char(c.scoring_due_on, 'YYYY-MM-DD') AS scd, t.name AS template_name
       FROM assessment_cycles c JOIN assessment_templates t ON t.key = c.template_key AND t.version = c.template_version WHERE c.id = $1`, [id]);
    if (!c) throw new NotFoundError(CYCLE);
    const readsAll = hasRole(user, ...READS_EVERY.monthlyReport);
    const college = readsAll ? null : collegeScope(user);
    // a college sees its own sheet; someone with neither a college nor a reader's role sees none
    const sheets = !readsAll && !college ? [] : await this.db.query(
      `SELECT id, subject_id AS "subjectId", subject_name AS "subjectName", state FROM assessment_sheets WHERE cycle_id = $1 ${college ? 'AND college_id = $2' : ''} ORDER BY subject_name`,
      college ? [id, college] : [id],
    );
    const publisher = hasRole(user, ...SHEET_RULES.publish.roles);
    const notFinal = (sheets as CycleView['sheets']).filter((s) => s.state !== 'final');
    return {
      id: c.id, templateKey: c.template_key, templateVersion: c.template_version, templateName: c.template_name, year: c.year, periodStart: c.ps, periodEnd: c.pe,
      minAssessors: c.min_assessors, selfDueOn: c.sd, scoringDueOn: c.scd, publishedAt: c.published_at, sheets,
      allowedEvents: publisher && !c.published_at ? [{ type: 'PUBLISH', ready: sheets.length > 0 && !notFinal.length, missing: notFinal.map((s) => s.subjectName) }] : [],
    };
  }

  /** Where one sheet lives, for whoever may read it (the work item's link names the sheet only). */
  async sheetRef(user: AuthUser, sheetId: string): Promise<SheetRef> {
    const row = await loadSheet(this.db.manager, sheetId);
    this.sheets.assertMayRead(user, row);
    return { id: row.id, cycleId: row.cycle_id, subjectId: row.subject_id, subjectName: row.subject_name, year: row.year, templateKey: row.template_key };
  }

  /** PUBLISH the whole cycle: the director, once every sheet is final; 409 listing the sheets that are not. */
  async publish(user: AuthUser, id: string): Promise<CycleView> {
    await this.db.transaction(async (tx) => {
      const sheets: Array<{ id: string; subject_name: string; state: string }> = await tx.query('SELECT id, subject_name, state FROM assessment_sheets WHERE cycle_id = $1 ORDER BY subject_name FOR UPDATE', [id]);
      if (!sheets.length) {
        if (!(await tx.query('SELECT 1 FROM assessment_cycles WHERE id = $1', [id])).length) throw new NotFoundError(CYCLE);
      }
      if (sheets.length && sheets.every((s) => s.state === 'published')) {
        throw new DomainError('event_not_allowed', { detail: { zh: '该考核周期已发布', en: 'The cycle is published already' } });
      }
      const notFinal = sheets.filter((s) => s.state !== 'final');
      if (!hasRole(user, 'center_director')) throw new DomainError('forbidden_role', { detail: { zh: '需要产教研合作中心负责人发布', en: 'The center director publishes' } });
      if (notFinal.length) throw new DomainError('incomplete', { errors: notFinal.map((s) => ({ field: 'sheets', code: s.state, subjectName: s.subject_name })) });
      const now = this.clock.now();
      for (const s of sheets) {
        await this.runner.apply(tx, this.subject, await loadSheet(tx, s.id, true), { id: user.id, username: user.username, roles: user.roles }, { type: 'PUBLISH' }, { now });
      }
      await tx.query('UPDATE assessment_cycles SET published_at = $2 WHERE id = $1', [id, now]);
    });
    return this.get(user, id);
  }

  /** The ranking: final descending, shared ranks; a college sees its own row only. */
  async results(user: AuthUser, id: string): Promise<CycleResults> {
    const cycle = await this.get(user, id);
    const template = await this.templates.version(this.db.manager, cycle.templateKey, cycle.templateVersion);
    const rows: Array<Omit<ResultRow, 'rank'>> = [];
    const all: Array<{ id: string; subject_id: string }> = await this.db.query('SELECT id, subject_id FROM assessment_sheets WHERE cycle_id = $1', [id]);
    // each sheet is a handful of reads: several at once, within the connection pool
    let next = 0;
    await Promise.all(Array.from({ length: Math.min(4, all.length) }, async () => {
      while (next < all.length) {
        const s = all[next++];
        const view = await this.sheets.build(this.db.manager, await loadSheet(this.db.manager, s.id));
        rows.push({ subjectId: view.subjectId, name: view.subjectName, s1: view.totals.s1, s2: view.totals.s2, final: view.totals.final, verdict: view.verdict, state: view.state });
      }
    }));
    const ranked = rank(rows).sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9) || a.name.localeCompare(b.name, 'zh'));
    const own = hasRole(user, ...READS_EVERY.monthlyReport) ? null : collegeScope(user);
    return {
      cycleId: id, templateKey: cycle.templateKey, templateVersion: cycle.templateVersion, templateName: cycle.templateName, year: cycle.year, weights: template.weights,
      rows: own ? ranked.filter((r) => r.subjectId === own) : ranked,
    };
  }

  /** The ranking as xlsx (final and rank as formulas), for whoever may read the results (a college: its own row). */
  async exportResults(user: AuthUser, id: string): Promise<ExportFile> {
    const results = await this.results(user, id);
    return { filename: `${results.year}年度考核结果-${results.templateKey}.xlsx`, mediaType: XLSX, bytes: await (await exportsOf.ranking()).rankingWorkbook(results) };
  }

  /** One sheet as xlsx (totals and the final as formulas), for whoever may read the sheet. */
  async exportSheet(user: AuthUser, id: string, subjectId: string): Promise<ExportFile> {
    const view = await this.sheets.view(user, id, subjectId);
    const template = await this.templates.version(this.db.manager, view.templateKey, view.templateVersion);
    return { filename: `${view.year}年度考核表-${view.subjectName}.xlsx`, mediaType: XLSX, bytes: await (await exportsOf.sheet()).sheetWorkbook(view, template) };
  }

  /** The 自评报告 (seeds/000's sections, the 指标自查表 filled) as .docx. */
  async exportSelfReport(user: AuthUser, id: string, subjectId: string): Promise<ExportFile> {
    const view = await this.sheets.view(user, id, subjectId);
    const template = await this.templates.version(this.db.manager, view.templateKey, view.templateVersion);
    return { filename: `${view.year}年度校企合作自评报告-${view.subjectName}.docx`, mediaType: DOCX, bytes: await (await exportsOf.selfReport()).selfReportDocx(view, template, { name: view.subjectName, year: view.year, author: user.displayName }) };
  }
}
