import type { AddWorksheetOptions, Borders, Cell, Font, Worksheet } from 'exceljs';

/**
 * What every exported worksheet shares so it prints without touching it: A4 landscape scaled to the page width,
 * title and header rows repeated on each page, 第 N 页，共 M 页 in the footer, thin borders, 宋体.
 */

export const SCORE_FORMAT = '0.00';
export const FONT_NAME = '宋体';

const THIN: Borders = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
  diagonal: {},
};

export const PAGE_FOOTER = '&C第 &P 页，共 &N 页';

/** Worksheet options for a printable table whose first `headerRows` rows (title included) repeat on every page. */
export function printableSheet(headerRows: number, frozenColumns = 0): Partial<AddWorksheetOptions> {
  return {
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0, // as many pages tall as needed
      horizontalCentered: true,
      printTitlesRow: `1:${headerRows}`,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: PAGE_FOOTER, evenFooter: PAGE_FOOTER },
    views: [{ state: 'frozen', xSplit: frozenColumns, ySplit: headerRows }],
  };
}

export function font(overrides: Partial<Font> = {}): Partial<Font> {
  return { name: FONT_NAME, size: 10, ...overrides };
}

/** The title: one merged row across the table, bold and centred. */
export function writeTitle(ws: Worksheet, text: string, lastColumn: number): void {
  ws.mergeCells(1, 1, 1, lastColumn);
  const cell = ws.getCell(1, 1);
  cell.value = text;
  cell.font = font({ size: 16, bold: true });
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 30;
}

export function styleHeader(cell: Cell): void {
  cell.font = font({ bold: true });
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  cell.border = THIN;
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
}

export function styleBody(cell: Cell, align: 'left' | 'center' | 'right' = 'left', indent = 0): void {
  cell.font = font();
  cell.alignment = { horizontal: align, vertical: 'middle', wrapText: true, ...(indent > 0 ? { indent } : {}) };
  cell.border = THIN;
}

/** A formula cell with its cached result, so a viewer that does not recalculate still shows the value. */
export function setFormula(cell: Cell, formula: string, result: number | null): void {
  cell.value = result === null ? { formula } : { formula, result };
}

export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** `J5:J7,J9` — the cells of one column at the given rows, runs of consecutive rows written as ranges. */
export function cellList(column: number, rows: number[]): string {
  const col = columnLetter(column);
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i] === sorted[i - 1] + 1) continue;
    const [from, to] = [sorted[start], sorted[i - 1]];
    parts.push(from === to ? `${col}${from}` : `${col}${from}:${col}${to}`);
    start = i;
  }
  return parts.join(',');
}

/** Print area over the written table. */
export function setPrintArea(ws: Worksheet, lastColumn: number, lastRow: number): void {
  ws.pageSetup.printArea = `A1:${columnLetter(lastColumn)}${lastRow}`;
}
