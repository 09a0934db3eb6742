import { Document, Packer, type Paragraph, type Table } from 'docx';
import type { SheetItem, SheetView } from '../sheet.types';
import type { TemplateDefinition } from '../template.types';
import { PORTRAIT_TEXT_WIDTH, STYLES, grid, heading, para, section, spread, type CellSpec } from './docx-parts';
import { figureText, itemFigure, scoreText } from './export-labels';
import { selfCheckTable } from './self-check-table-docx';
import { REPORT_HEADING, REPORT_SECTIONS, SELF_CHECK_HEADING, SELF_CHECK_NOTE, matchesIndicator, type ReportBlock } from './self-report-outline';
import { sheetRows, templateNodesByCode } from './sheet-rows';

/**
 * 自评报告 — a college's annual self-assessment as a Word document, following seeds/000: 一、指标自查表 (the sheet's
 * indicators and scores, A4 landscape) and 二、自评报告 with the seed's sections 1–9 in order (A4 portrait). What the
 * system knows is filled in (self scores, figures, notes, the evidence behind computed indicators); what it cannot
 * know keeps the seed's prompt and a 【待填写】 mark for the college to complete.
 */

export interface ReportSubject {
  name: string;
  year: number;
  author?: string;
}

type Block = Paragraph | Table;

export function reportTitle(college: ReportSubject): string {
  return `${college.name}${college.year}年度校企合作自评报告`;
}

export async function selfReportDocx(sheet: SheetView, template: TemplateDefinition, college: ReportSubject): Promise<Buffer> {
  const rows = sheetRows(sheet, template);
  const nodes = templateNodesByCode(template);
  const leaves = sheet.items.filter((i) => i.leaf);
  const find = (indicator: string) => leaves.filter((i) => matchesIndicator(i.title, indicator));
  const figureOf = (item: SheetItem) => figureText(itemFigure(item, nodes.get(item.code)));

  const front: Block[] = [
    heading(reportTitle(college), 'title'),
    para(`（${template.name}　${sheet.templateKey} v${sheet.templateVersion}）`, { center: true }),
    ...(college.author ? [para(`填报人：${college.author}`, { center: true })] : []),
    heading(SELF_CHECK_HEADING, 1),
    para(SELF_CHECK_NOTE, { small: true }),
    ...selfCheckTable(sheet, template, rows),
  ];

  const report: Block[] = [heading(REPORT_HEADING, 1)];
  for (const s of REPORT_SECTIONS) {
    report.push(heading(s.heading, s.level === 1 ? 2 : 3));
    for (const block of s.blocks) report.push(...renderBlock(block, find, figureOf));
  }

  const document = new Document({
    creator: college.author ?? 'coop-agreements',
    title: reportTitle(college),
    description: `${template.name} ${sheet.templateKey} v${sheet.templateVersion}`,
    styles: STYLES,
    sections: [section('landscape', front), section('portrait', report)],
  });
  return Packer.toBuffer(document);
}

/** 自评分 5 分（满分 5 分）; an optional indicator the college did not select says so. */
function scoreLine(item: SheetItem, figureOf: (i: SheetItem) => string): string {
  if (item.selection === 'optional' && !item.selected) return `「${item.title}」未自选。`;
  const figure = figureOf(item);
  const parts = [
    ...(figure ? [`当年数值：${figure}`] : []),
    `自评分：${item.selfScore === null ? '未评' : `${scoreText(item.selfScore)} 分`}${item.points !== null ? `（满分 ${item.points} 分）` : ''}`,
  ];
  return parts.join('；');
}

function renderBlock(block: ReportBlock, find: (indicator: string) => SheetItem[], figureOf: (i: SheetItem) => string): Block[] {
  switch (block.kind) {
    case 'qualitative': {
      const items = block.indicators.flatMap(find);
      const notes = items.map((i) => i.note).filter((n): n is string => !!n);
      return [
        para('指标执行情况及成效：', { bold: true }),
        ...(notes.length > 0 ? notes.map((n) => para(n, { indent: true })) : [para('', { indent: true, pending: true })]),
        para('定性：', { bold: true }),
        ...block.standards.map((text) => para(text, { indent: true })),
        ...items.map((i) => para(scoreLine(i, figureOf), { small: true })),
      ];
    }
    case 'table':
      return evidenceTable(block, find(block.indicator), figureOf);
    case 'figure': {
      const items = find(block.indicator);
      return [para('该项数据在指标自查表填报。'), ...items.map((i) => para(`（${scoreLine(i, figureOf)}）`, { small: true }))];
    }
    case 'prompt':
      return [grid([block.caption], [[{ text: block.prompt, pending: true }]], [PORTRAIT_TEXT_WIDTH])];
  }
}

/**
 * One of the seed's evidence tables. The names come from the evidence behind the indicator's computed proposal
 * (agreements, partners…); the seed's other columns (类型, 级别, 立项文件…) have no source in the system and stay
 * 待填写. With no evidence the seed's blank numbered rows are kept.
 */
function evidenceTable(block: Extract<ReportBlock, { kind: 'table' }>, items: SheetItem[], figureOf: (i: SheetItem) => string): Block[] {
  const evidence = items.flatMap((i) => i.proposal?.evidence ?? []);
  const width = block.columns.length;
  const rows: CellSpec[][] =
    evidence.length > 0
      ? evidence.map((e, n) => [{ text: String(n + 1), center: true }, { text: e.label }, ...Array.from({ length: width - 2 }, () => ({ text: '' }))])
      : Array.from({ length: block.blankRows }, (_, n) => [{ text: String(n + 1), center: true }, ...Array.from({ length: width - 1 }, () => ({ text: '' }))]);
  const weights = block.columns.map((c, i) => (i === 0 ? 0.8 : c.includes('名称') || c === '标题' ? 3 : 2));
  const out: Block[] = [];
  if (block.caption) out.push(para(block.caption, { bold: true, center: true }));
  out.push(grid(block.columns, rows, spread(PORTRAIT_TEXT_WIDTH, weights)));
  if (evidence.length === 0) {
    out.push(para('系统中暂无该表数据，请学院据实填写。', { small: true, pending: true }));
  } else if (width > 2) {
    out.push(para(`名称由系统依据合作记录列出，${block.columns.slice(2).join('、')}栏`, { small: true, pending: true }));
  }
  if (block.note) out.push(para(block.note, { small: true }));
  out.push(...items.map((i) => para(`（${scoreLine(i, figureOf)}）`, { small: true })));
  return out;
}
