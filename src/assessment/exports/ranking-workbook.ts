import { Workbook } from 'exceljs';
import type { CycleResults } from '../sheet.types';
import { SCORE_FORMAT, font, printableSheet, setFormula, setPrintArea, styleBody, styleHeader, writeTitle } from './xlsx-layout';

/**
 * 考核结果 — a cycle's ranking as an .xlsx: one row per college with S1, S2, the final and the rank as live formulas
 * (ASSESSMENT.md: totals and the final are real cell formulas), each with the service's value cached as its result.
 */

export const RANKING_SHEET = '考核结果';
export const RANKING_HEADERS = ['序号', '二级学院', '院系自评 S1', '考核组评分 S2', '综合得分', '排名', '考核结论'] as const;
const WIDTHS = [7, 28, 14, 14, 12, 8, 14];
const FIRST_DATA_ROW = 3;

export function rankingTitle(results: CycleResults): string {
  return `${results.year}年度校企合作考核结果（${results.templateKey} v${results.templateVersion}）`;
}

/** `=ROUND(0.4*C3+0.6*D3,2)`: the weighted final of row r, with the template's weights. */
export function finalFormula(weights: { self: number; group: number }, selfCell: string, groupCell: string): string {
  return `ROUND(${weights.self}*${selfCell}+${weights.group}*${groupCell},2)`;
}

export async function rankingWorkbook(results: CycleResults): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'coop-agreements';
  const ws = workbook.addWorksheet(RANKING_SHEET, printableSheet(FIRST_DATA_ROW - 1));
  ws.columns = WIDTHS.map((width) => ({ width }));
  writeTitle(ws, rankingTitle(results), RANKING_HEADERS.length);

  const header = ws.getRow(2);
  RANKING_HEADERS.forEach((text, i) => {
    header.getCell(i + 1).value = text;
    styleHeader(header.getCell(i + 1));
  });
  header.height = 22;

  const last = FIRST_DATA_ROW + results.rows.length - 1;
  results.rows.forEach((row, i) => {
    const r = FIRST_DATA_ROW + i;
    const cells = ws.getRow(r);
    cells.getCell(1).value = i + 1;
    cells.getCell(2).value = row.name;
    cells.getCell(3).value = row.s1;
    cells.getCell(4).value = row.s2;
    if (row.final !== null) {
      setFormula(cells.getCell(5), finalFormula(results.weights, `C${r}`, `D${r}`), row.final);
      // RANK skips blank cells, so colleges without a final stay out of the ranking; ties share a rank (1, 1, 3).
      setFormula(cells.getCell(6), `RANK(E${r},E$${FIRST_DATA_ROW}:E$${last})`, row.rank);
    }
    cells.getCell(7).value = row.verdict ?? '';
    for (let c = 1; c <= RANKING_HEADERS.length; c++) {
      styleBody(cells.getCell(c), c === 2 ? 'left' : 'center');
    }
    for (const c of [3, 4, 5]) cells.getCell(c).numFmt = SCORE_FORMAT;
    cells.getCell(6).numFmt = '0';
    cells.height = 20;
  });

  const noteRow = Math.max(last, FIRST_DATA_ROW - 1) + 1;
  ws.mergeCells(noteRow, 1, noteRow, RANKING_HEADERS.length);
  const note = ws.getCell(noteRow, 1);
  note.value =
    `注：综合得分 = 院系自评 S1 × ${results.weights.self} + 考核组评分 S2 × ${results.weights.group}（四舍五入保留两位小数）；` +
    '得分相同者名次并列；尚无考核组评分的学院不计综合得分、不参与排名。';
  note.font = font({ size: 9 });
  note.alignment = { wrapText: true, vertical: 'top' };
  ws.getRow(noteRow).height = 30;

  setPrintArea(ws, RANKING_HEADERS.length, noteRow);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
