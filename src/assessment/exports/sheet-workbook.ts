import { Workbook, type Row, type Worksheet } from 'exceljs';
import type { SheetView } from '../sheet.types';
import type { TemplateDefinition } from '../template.types';
import { addEvidenceSheet } from './evidence-sheet';
import { countsTowardTotal, itemFigure, natureLabel, selectionMark, sumScores } from './export-labels';
import { finalFormula } from './ranking-workbook';
import { assessorComplete, assessorScore, assessorsOf, countedLeaves, sheetRows, type Assessor, type SheetRow } from './sheet-rows';
import { SCORE_FORMAT, cellList, columnLetter, font, printableSheet, setFormula, setPrintArea, styleBody, styleHeader, writeTitle } from './xlsx-layout';

/**
 * 考核表 — one sheet (one college, one cycle) as an .xlsx: every indicator, groups and leaves, with the entered figures,
 * the system's proposal, the self score and each assessor's score. Group rows and the totals are formulas over the
 * leaves (only the leaves that count: mandatory and selected optional ones), each with its value cached. A second
 * worksheet, 计算依据, lists the evidence behind the computed proposals.
 */

export const SHEET_SHEET = '考核表';
const HEADER_ROWS = 3;
const FIRST_ITEM_ROW = HEADER_ROWS + 1;

/** Fixed columns (1-based); the assessor columns follow 自评分, then 平均 and 说明. */
export const COL = { code: 1, level1: 2, level2: 3, level3: 4, points: 5, nature: 6, figure: 7, selected: 8, proposal: 9, self: 10 } as const;
const FIXED_HEADERS = ['指标编码', '一级指标', '二级指标', '三级指标', '分值', '属性', '当年数值', '自选', '系统建议分', '自评分'];
const FIXED_WIDTHS = [10, 16, 18, 46, 7, 10, 12, 7, 10, 9];

interface Layout {
  assessors: Assessor[];
  /** Column of each assessor, in order; then the mean and the note. */
  assessorCol: (index: number) => number;
  meanCol: number;
  noteCol: number;
}

function layoutFor(assessors: Assessor[]): Layout {
  const first = COL.self + 1;
  return { assessors, assessorCol: (i) => first + i, meanCol: first + assessors.length, noteCol: first + assessors.length + 1 };
}

export function sheetTitle(sheet: SheetView, template: TemplateDefinition): string {
  return `${sheet.subjectName} ${sheet.year}年度考核表（${template.name}，${sheet.templateKey} v${sheet.templateVersion}）`;
}

function writeHeader(ws: Worksheet, layout: Layout): void {
  const top = ws.getRow(2);
  const sub = ws.getRow(3);
  const spanBoth = (col: number, text: string) => {
    ws.mergeCells(2, col, 3, col);
    top.getCell(col).value = text;
  };
  FIXED_HEADERS.forEach((text, i) => spanBoth(i + 1, text));
  if (layout.assessors.length > 0) ws.mergeCells(2, layout.assessorCol(0), 2, layout.meanCol);
  top.getCell(layout.assessorCol(0)).value = '考核组评分';
  layout.assessors.forEach((a, i) => (sub.getCell(layout.assessorCol(i)).value = a.name));
  sub.getCell(layout.meanCol).value = '平均';
  spanBoth(layout.noteCol, '说明');
  for (const row of [top, sub]) {
    for (let c = 1; c <= layout.noteCol; c++) styleHeader(row.getCell(c));
    row.height = 20;
  }
}

/** What 说明 says: the college's note, then each assessor's, and whether an optional leaf is left out of the total. */
function noteText(row: SheetRow): string {
  const lines: string[] = [];
  if (row.item.leaf && !countsTowardTotal(row.item) && row.item.selection === 'optional') lines.push('未自选，不计入总分');
  if (row.item.note) lines.push(row.item.note);
  for (const s of row.item.scores) if (s.note) lines.push(`${s.assessorName ?? s.assessorId}：${s.note}`);
  return lines.join('\n');
}

function writeItemRow(cells: Row, row: SheetRow, layout: Layout, rowOf: Map<string, number>): void {
  const { item, node, depth } = row;
  cells.getCell(COL.code).value = item.code;
  const titleCol = COL.level1 + Math.min(depth, 3) - 1;
  cells.getCell(titleCol).value = item.title;
  cells.getCell(COL.points).value = item.points;
  cells.getCell(COL.nature).value = natureLabel(item.nature);
  cells.getCell(COL.selected).value = selectionMark(item);
  const scoreCols = [COL.proposal, COL.self, ...layout.assessors.map((_, i) => layout.assessorCol(i)), layout.meanCol];

  if (item.leaf) {
    const figure = itemFigure(item, node);
    if (figure && 'number' in figure) {
      cells.getCell(COL.figure).value = figure.number;
      if (figure.unit) cells.getCell(COL.figure).numFmt = `General"${figure.unit.replace(/"/g, '')}"`;
    } else if (figure) {
      cells.getCell(COL.figure).value = figure.text;
    }
    cells.getCell(COL.proposal).value = item.proposal?.score ?? null;
    cells.getCell(COL.self).value = item.selfScore;
    layout.assessors.forEach((a, i) => (cells.getCell(layout.assessorCol(i)).value = assessorScore(item, a.id)));
    if (item.scores.length > 0 && layout.assessors.length > 0) {
      const [first, last] = [columnLetter(layout.assessorCol(0)), columnLetter(layout.meanCol - 1)];
      const range = first === last ? `${first}${cells.number}` : `${first}${cells.number}:${last}${cells.number}`;
      const mean = item.groupScore ?? sumScores(item.scores.map((s) => s.score)) / item.scores.length;
      setFormula(cells.getCell(layout.meanCol), `AVERAGE(${range})`, mean);
    }
  } else {
    // A group's score is the sum of its counted leaves' cells, column by column.
    const leaves = countedLeaves(row);
    const rows = leaves.map((l) => rowOf.get(l.code) as number);
    if (rows.length > 0) {
      setFormula(cells.getCell(COL.self), `SUM(${cellList(COL.self, rows)})`, sumScores(leaves.map((l) => l.selfScore)));
      layout.assessors.forEach((a, i) => {
        const col = layout.assessorCol(i);
        setFormula(cells.getCell(col), `SUM(${cellList(col, rows)})`, sumScores(leaves.map((l) => assessorScore(l, a.id))));
      });
      setFormula(cells.getCell(layout.meanCol), `SUM(${cellList(layout.meanCol, rows)})`, sumScores(leaves.map((l) => l.groupScore)));
    }
  }
  cells.getCell(layout.noteCol).value = noteText(row);

  for (let c = 1; c <= layout.noteCol; c++) {
    const centred = c >= COL.points && c < layout.noteCol;
    styleBody(cells.getCell(c), centred ? 'center' : 'left', c === COL.level3 && depth > 3 ? depth - 3 : 0);
  }
  for (const c of scoreCols) cells.getCell(c).numFmt = SCORE_FORMAT;
  if (!item.leaf) for (let c = 1; c <= layout.noteCol; c++) cells.getCell(c).font = font({ bold: true });
  if (item.leaf && !countsTowardTotal(item)) for (let c = 1; c <= layout.noteCol; c++) cells.getCell(c).font = font({ color: { argb: 'FF808080' } });
}

function writeTotals(ws: Worksheet, sheet: SheetView, template: TemplateDefinition, layout: Layout, rows: SheetRow[], rowOf: Map<string, number>, start: number): void {
  const roots = rows.filter((r) => r.depth === 1 && countedLeaves(r).length > 0);
  const rootRows = roots.map((r) => rowOf.get(r.item.code) as number);
  const [assessorRow, s1Row, s2Row, finalRow, verdictRow] = [start, start + 1, start + 2, start + 3, start + 4];
  const self = columnLetter(COL.self);
  const label = (r: number, text: string, lastCol: number) => {
    ws.mergeCells(r, 1, r, lastCol);
    ws.getCell(r, 1).value = text;
    for (let c = 1; c <= lastCol; c++) styleBody(ws.getCell(r, c), 'right');
    ws.getCell(r, 1).font = font({ bold: true });
  };

  // Each assessor's total: the sum of the level-1 rows in their column.
  label(assessorRow, '考核组成员合计', COL.self);
  layout.assessors.forEach((a, i) => {
    const col = layout.assessorCol(i);
    const cell = ws.getCell(assessorRow, col);
    const total = sumScores(sheet.items.filter(countsTowardTotal).map((l) => assessorScore(l, a.id)));
    if (rootRows.length > 0) setFormula(cell, `SUM(${cellList(col, rootRows)})`, total);
    styleBody(cell, 'center');
    cell.numFmt = SCORE_FORMAT;
  });
  styleBody(ws.getCell(assessorRow, layout.meanCol), 'center');

  label(s1Row, '院系自评得分 S1（必选指标与自选指标自评分之和）', COL.self - 1);
  label(s2Row, '考核组评分 S2（完成全部评分的考核组成员合计的平均）', COL.self - 1);
  label(finalRow, `综合得分（S1 × ${template.weights.self} + S2 × ${template.weights.group}）`, COL.self - 1);
  label(verdictRow, '考核结论', COL.self - 1);

  const s1 = ws.getCell(s1Row, COL.self);
  if (rootRows.length > 0) setFormula(s1, `SUM(${cellList(COL.self, rootRows)})`, sheet.totals.s1);
  const s2 = ws.getCell(s2Row, COL.self);
  const complete = layout.assessors.flatMap((a, i) => (assessorComplete(sheet, a.id) ? [`${columnLetter(layout.assessorCol(i))}${assessorRow}`] : []));
  if (complete.length > 0) setFormula(s2, `AVERAGE(${complete.join(',')})`, sheet.totals.s2);
  const final = ws.getCell(finalRow, COL.self);
  if (sheet.totals.final !== null) setFormula(final, finalFormula(template.weights, `${self}${s1Row}`, `${self}${s2Row}`), sheet.totals.final);
  const verdict = ws.getCell(verdictRow, COL.self);
  verdict.value = [sheet.verdict ?? '', sheet.vetoHit ? '（否定指标触发）' : ''].join('');

  for (const cell of [s1, s2, final, verdict]) {
    styleBody(cell, 'center');
    cell.font = font({ bold: true });
  }
  for (const cell of [s1, s2, final]) cell.numFmt = SCORE_FORMAT;
}

export async function sheetWorkbook(sheet: SheetView, template: TemplateDefinition): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'coop-agreements';
  const layout = layoutFor(assessorsOf(sheet));
  const ws = workbook.addWorksheet(SHEET_SHEET, printableSheet(HEADER_ROWS, 1));
  ws.columns = [...FIXED_WIDTHS, ...layout.assessors.map(() => 9), 9, 30].map((width) => ({ width }));
  writeTitle(ws, sheetTitle(sheet, template), layout.noteCol);
  writeHeader(ws, layout);

  const rows = sheetRows(sheet, template);
  const rowOf = new Map(rows.map((r, i) => [r.item.code, FIRST_ITEM_ROW + i]));
  rows.forEach((row, i) => writeItemRow(ws.getRow(FIRST_ITEM_ROW + i), row, layout, rowOf));
  const totalsStart = FIRST_ITEM_ROW + rows.length;
  writeTotals(ws, sheet, template, layout, rows, rowOf, totalsStart);
  setPrintArea(ws, layout.noteCol, totalsStart + 4);

  addEvidenceSheet(workbook, sheet, rows, sheetTitle(sheet, template));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
