import type { Workbook } from 'exceljs';
import type { SheetView } from '../sheet.types';
import { EVIDENCE_KIND_LABELS, evidenceStatusLabel } from './export-labels';
import type { SheetRow } from './sheet-rows';
import { SCORE_FORMAT, printableSheet, setPrintArea, styleBody, styleHeader, writeTitle } from './xlsx-layout';

/**
 * 计算依据 — the evidence behind each computed proposal (which months, agreements, partners, majors), one row per
 * entry, so a reader of the 考核表 can check the system's suggested score.
 */

export const EVIDENCE_SHEET = '计算依据';
export const EVIDENCE_HEADERS = ['指标编码', '指标', '系统建议分', '依据类型', '依据', '状态'] as const;
const WIDTHS = [10, 40, 10, 12, 46, 16];

export function addEvidenceSheet(workbook: Workbook, sheet: SheetView, rows: SheetRow[], title: string): void {
  const ws = workbook.addWorksheet(EVIDENCE_SHEET, printableSheet(2, 1));
  ws.columns = WIDTHS.map((width) => ({ width }));
  writeTitle(ws, `${title} — 计算依据`, EVIDENCE_HEADERS.length);
  const header = ws.getRow(2);
  EVIDENCE_HEADERS.forEach((text, i) => {
    header.getCell(i + 1).value = text;
    styleHeader(header.getCell(i + 1));
  });

  let r = 3;
  const write = (values: Array<string | number | null>) => {
    const cells = ws.getRow(r++);
    values.forEach((value, i) => {
      cells.getCell(i + 1).value = value;
      styleBody(cells.getCell(i + 1), i === 2 ? 'center' : 'left');
    });
    cells.getCell(3).numFmt = SCORE_FORMAT;
  };
  for (const { item } of rows) {
    if (!item.proposal) continue;
    const { score, evidence } = item.proposal;
    if (evidence.length === 0) write([item.code, item.title, score, '', '（无计算依据）', '']);
    for (const entry of evidence) {
      write([item.code, item.title, score, EVIDENCE_KIND_LABELS[entry.kind] ?? entry.kind, entry.label, evidenceStatusLabel(entry)]);
    }
  }
  if (r === 3) {
    ws.mergeCells(r, 1, r, EVIDENCE_HEADERS.length);
    ws.getCell(r, 1).value = `${sheet.subjectName}的考核表没有由系统计算的指标。`;
    styleBody(ws.getCell(r, 1));
    r++;
  }
  setPrintArea(ws, EVIDENCE_HEADERS.length, r - 1);
}
