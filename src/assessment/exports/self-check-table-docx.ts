import type { Paragraph, Table } from 'docx';
import type { SheetView } from '../sheet.types';
import type { TemplateDefinition } from '../template.types';
import { LANDSCAPE_TEXT_WIDTH, grid, para, spread, type CellSpec } from './docx-parts';
import { CATEGORY_LABELS, countsTowardTotal, figureText, itemFigure, natureLabel, scoreText, selectionMark } from './export-labels';
import { SELF_CHECK_COLUMNS } from './self-report-outline';
import type { SheetRow } from './sheet-rows';

/**
 * 一、指标自查表 as a Word table, laid out as the seed draws it: 指标类型 / 一级指标 / 二级指标 merged down over their
 * indicators, one row per indicator (三级指标) with 分值, 属性, 当年数值, 自选 √ and 自评分 (only for mandatory and
 * selected indicators), then the totals.
 */

const WIDTHS = spread(LANDSCAPE_TEXT_WIDTH, [1.1, 2.1, 2.1, 7.2, 0.9, 1.3, 1.6, 1.3, 1.5]);

interface Line {
  category: string;
  level1: { key: string; text: string } | null;
  level2: { key: string; text: string } | null;
  cells: string[];
}

function withPoints(row: SheetRow): string {
  return row.item.points !== null ? `${row.item.title}（${row.item.points}分）` : row.item.title;
}

function lines(rows: SheetRow[], template: TemplateDefinition): Line[] {
  const byCode = new Map(rows.map((r) => [r.item.code, r]));
  const pathOf = (row: SheetRow): SheetRow[] => {
    const parent = row.item.parentCode ? byCode.get(row.item.parentCode) : undefined;
    return parent ? [...pathOf(parent), row] : [row];
  };
  return rows
    .filter((r) => r.item.leaf)
    .map((leaf) => {
      const path = pathOf(leaf);
      const [root, second] = path;
      const category = leaf.node?.category ?? root.node?.category;
      const figure = itemFigure(leaf.item, leaf.node);
      return {
        category: category ? (CATEGORY_LABELS[category] ?? category) : '',
        level1: path.length > 1 ? { key: root.item.code, text: withPoints(root) } : null,
        level2: path.length > 2 ? { key: second.item.code, text: withPoints(second) } : null,
        cells: [
          path.slice(2).length > 1 ? path.slice(2).map((r) => r.item.title).join('：') : leaf.item.title,
          leaf.item.points === null ? '' : String(leaf.item.points),
          natureLabel(leaf.item.nature),
          figure === null ? (leaf.item.nature === 'qualitative' ? '—' : '') : figureText(figure),
          selectionMark(leaf.item),
          countsTowardTotal(leaf.item) ? scoreText(leaf.item.selfScore) : '',
        ],
      };
    });
}

/** Cells for a column merged down over runs of equal keys: the first row of a run spans it, the others omit it. */
function mergedColumn(keys: Array<string | null>, texts: string[]): Array<CellSpec | null> {
  return keys.map((key, i) => {
    if (key !== null && i > 0 && keys[i - 1] === key) return null;
    let span = 1;
    while (key !== null && keys[i + span] === key) span++;
    return { text: texts[i], rowSpan: span > 1 ? span : undefined, center: true };
  });
}

export function selfCheckTable(sheet: SheetView, template: TemplateDefinition, rows: SheetRow[]): Array<Table | Paragraph> {
  const all = lines(rows, template);
  const categories = mergedColumn(all.map((l) => l.category), all.map((l) => l.category));
  const level1 = mergedColumn(all.map((l) => l.level1?.key ?? null), all.map((l) => l.level1?.text ?? ''));
  const level2 = mergedColumn(all.map((l) => l.level2?.key ?? null), all.map((l) => l.level2?.text ?? ''));
  const body: CellSpec[][] = all.map((line, i) => [
    ...[categories[i], level1[i], level2[i]].filter((c): c is CellSpec => c !== null),
    { text: line.cells[0] },
    ...line.cells.slice(1).map((text) => ({ text, center: true })),
  ]);

  const totalRow = (label: string, value: number | null): CellSpec[] => [
    { text: label, columnSpan: SELF_CHECK_COLUMNS.length - 1, bold: true, center: true },
    { text: scoreText(value), bold: true, center: true },
  ];
  body.push(totalRow('自评总分（必选指标与自选指标自评分之和）', sheet.totals.s1));
  if (sheet.totals.s2 !== null) {
    body.push(totalRow('考核组评分', sheet.totals.s2));
    body.push(totalRow(`综合得分（自评分 × ${template.weights.self} + 考核组评分 × ${template.weights.group}）`, sheet.totals.final));
  }

  return [grid(SELF_CHECK_COLUMNS, body, WIDTHS), para(summary(sheet, template), { small: true })];
}

/** How many indicators are mandatory and selected, and whether every required figure (当年数值) is in. */
export function summary(sheet: SheetView, template: TemplateDefinition): string {
  const leaves = sheet.items.filter((i) => i.leaf);
  const mandatory = leaves.filter((i) => i.selection !== 'optional').length;
  const selected = leaves.filter((i) => i.selection === 'optional' && i.selected === true).length;
  const needFigure = leaves.filter((i) => countsTowardTotal(i) && (i.nature === 'quantitative' || i.nature === 'mixed'));
  const withFigure = needFigure.filter((i) => Object.values(i.inputs).some((v) => v !== null && v !== undefined && v !== ''));
  const parts = [`必选指标 ${mandatory} 项`];
  if (leaves.some((i) => i.selection === 'optional')) {
    const min = template.minOptional ?? 0;
    parts.push(`自选指标 ${selected} 项${min > 0 ? `（应不少于 ${min} 项${selected < min ? '，尚不足' : ''}）` : ''}`);
  }
  parts.push(`定量指标已填报当年数值 ${withFigure.length} 项，应填报 ${needFigure.length} 项`);
  return `注：${parts.join('；')}。`;
}
