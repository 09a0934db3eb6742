import {
  AlignmentType,
  BorderStyle,
  Footer,
  HeadingLevel,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
  type IStylesOptions,
} from 'docx';

/**
 * The look of a Chinese official document (党政机关公文格式, GB/T 9704): A4, 仿宋 body, 黑体 / 楷体 headings, 宋体 in
 * tables and the title, page numbers as `— 1 —` at the foot. Sizes in half-points (三号 16pt = 32, 四号 14pt = 28).
 */

export const FONT = { body: '仿宋', table: '宋体', title: '宋体', heading1: '黑体', heading2: '楷体' } as const;
const SIZE = { title: 44, heading: 32, body: 28, table: 21, small: 24 } as const;

/** A4 in twips (portrait width × height); landscape swaps them (docx does the swap). */
const A4 = { width: 11906, height: 16838 } as const;
/** 公文 margins: 上 37mm, 下 35mm, 左 28mm, 右 26mm; the landscape table uses 20mm all round to fit its nine columns. */
const PORTRAIT_MARGIN = { top: 2098, bottom: 1984, left: 1587, right: 1474 } as const;
const LANDSCAPE_MARGIN = { top: 1134, bottom: 1134, left: 1134, right: 1134 } as const;
/** Width of the text block of a landscape A4 page with the margins above, in twips. */
export const LANDSCAPE_TEXT_WIDTH = A4.height - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right;
export const PORTRAIT_TEXT_WIDTH = A4.width - PORTRAIT_MARGIN.left - PORTRAIT_MARGIN.right;

export const PENDING = '【待填写】';

const font = (name: string) => ({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: name, hint: 'eastAsia' });

export const STYLES: IStylesOptions = {
  default: {
    document: { run: { font: font(FONT.body), size: SIZE.body }, paragraph: { spacing: { line: 400 } } },
    title: { run: { font: font(FONT.title), size: SIZE.title, bold: true, color: '000000' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } } },
    heading1: { run: { font: font(FONT.heading1), size: SIZE.heading, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 } } },
    heading2: { run: { font: font(FONT.heading2), size: SIZE.heading, bold: true, color: '000000' }, paragraph: { spacing: { before: 200, after: 80 } } },
    heading3: { run: { font: font(FONT.body), size: SIZE.body, bold: true, color: '000000' }, paragraph: { spacing: { before: 120, after: 60 } } },
  },
};

export function pageFooter(): Footer {
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font(FONT.title), size: SIZE.body })] })],
  });
}

export function section(orientation: 'portrait' | 'landscape', children: ISectionOptions['children']): ISectionOptions {
  const landscape = orientation === 'landscape';
  return {
    properties: {
      page: {
        size: { width: A4.width, height: A4.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: landscape ? LANDSCAPE_MARGIN : PORTRAIT_MARGIN,
      },
    },
    footers: { default: pageFooter() },
    children,
  };
}

export function heading(text: string, level: 'title' | 1 | 2 | 3): Paragraph {
  const levels = { title: HeadingLevel.TITLE, 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
  return new Paragraph({ heading: levels[level], children: [new TextRun(text)] });
}

/** A body paragraph; `pending` appends the 待填写 mark (the system has no data for it). */
export function para(text: string, options: { bold?: boolean; indent?: boolean; pending?: boolean; small?: boolean; center?: boolean } = {}): Paragraph {
  const runs = [new TextRun({ text, bold: options.bold, size: options.small ? SIZE.small : undefined })];
  if (options.pending) runs.push(pendingRun());
  return new Paragraph({
    alignment: options.center ? AlignmentType.CENTER : AlignmentType.BOTH,
    indent: options.indent ? { firstLine: 560 } : undefined,
    children: runs,
  });
}

export function pendingRun(): TextRun {
  return new TextRun({ text: PENDING, bold: true, color: 'C00000' });
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
export const TABLE_BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

export interface CellSpec {
  text: string;
  rowSpan?: number;
  columnSpan?: number;
  bold?: boolean;
  center?: boolean;
  pending?: boolean;
}

export function cell(spec: CellSpec | string, header = false): TableCell {
  const s = typeof spec === 'string' ? { text: spec } : spec;
  const runs = s.text.split('\n').flatMap((line, i) => [
    ...(i > 0 ? [new TextRun({ break: 1 })] : []),
    new TextRun({ text: line, font: font(FONT.table), size: SIZE.table, bold: header || s.bold }),
  ]);
  if (s.pending) runs.push(new TextRun({ text: PENDING, font: font(FONT.table), size: SIZE.table, bold: true, color: 'C00000' }));
  return new TableCell({
    rowSpan: s.rowSpan,
    columnSpan: s.columnSpan,
    verticalAlign: VerticalAlignTable.CENTER,
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } : undefined,
    children: [new Paragraph({ alignment: header || s.center ? AlignmentType.CENTER : AlignmentType.LEFT, spacing: { line: 300 }, children: runs })],
  });
}

/** A bordered table: one header row (repeated on each page), then the body rows; widths in twips. */
export function grid(columns: string[], body: Array<Array<CellSpec | string>>, widths: number[]): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    // Fixed: Word keeps the column widths instead of stretching long indicator texts.
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c) => cell(c, true)) }),
      ...body.map((cells) => new TableRow({ cantSplit: true, children: cells.map((c) => cell(c)) })),
    ],
  });
}

/** Spreads a text width over columns in proportion to weights (e.g. 序号 narrow, 名称 wide). */
export function spread(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((total * w) / sum));
}
