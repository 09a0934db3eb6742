import { STATE_LABELS } from '../../../workflows/agreement.catalog';
import type { EvidenceEntry, SheetItem } from '../sheet.types';
import type { InputSpec, TemplateNode } from '../template.types';

/**
 * The Chinese words the exports print (the seeds' own: 定性 / 定量 / 定性加定量, 必选 / 自选 √), and the one way an
 * item's entered figures (当年数值) are written, shared by the workbook and the report.
 */

export const NATURE_LABELS: Record<string, string> = {
  qualitative: '定性',
  quantitative: '定量',
  mixed: '定性加定量',
  veto: '否定',
};

export const CATEGORY_LABELS: Record<string, string> = {
  basic: '基础指标',
  substantive: '实质性指标',
  negative: '否定性指标',
  outcome: '校企合作成效指标',
};

export const EVIDENCE_KIND_LABELS: Record<EvidenceEntry['kind'], string> = {
  month: '月份',
  agreement: '合作协议',
  partner: '合作单位',
  major: '专业',
  selfCheck: '学期自查',
  ledgerChange: '台账变更',
};

/** Month statuses as the monthly-report matrix names them (src/monthly-reports/monthly-matrix.ts). */
const MONTH_STATUS_LABELS: Record<string, string> = {
  on_time: '按时上报',
  late: '逾期上报',
  missing: '未上报',
  pending: '未到期',
  vacation: '假期（不考核）',
  not_required: '不需上报',
};

/** An evidence entry's status in words: a month's punctuality, an agreement's state label, else as recorded. */
export function evidenceStatusLabel(entry: EvidenceEntry): string {
  if (!entry.status) return '';
  if (entry.kind === 'month') return MONTH_STATUS_LABELS[entry.status] ?? entry.status;
  if (entry.kind === 'agreement') return STATE_LABELS[entry.status]?.zh ?? entry.status;
  return entry.status;
}

export function natureLabel(nature: string | null | undefined): string {
  return nature ? (NATURE_LABELS[nature] ?? nature) : '';
}

/** 自选 column: mandatory → 必选 (as the seed's table prints it), a selected optional → √, otherwise blank. */
export function selectionMark(item: Pick<SheetItem, 'selection' | 'selected' | 'leaf'>): string {
  if (item.selection === 'mandatory') return item.leaf ? '必选' : '';
  if (item.selection === 'optional') return item.selected ? '√' : '';
  return '';
}

/** Whether a leaf's self score counts toward S1: every scored leaf except optional ones the college did not select. */
export function countsTowardTotal(item: SheetItem): boolean {
  return item.leaf && item.points !== null && !(item.selection === 'optional' && item.selected !== true);
}

/** A figure as it is printed: a single number stays a number (so a spreadsheet can compute with it). */
export type Figure = { number: number; unit: string | null } | { text: string } | null;

function inputText(spec: InputSpec | undefined, value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (Array.isArray(value)) return value.map(String).join('、');
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (spec?.type === 'option') return spec.options.find((o) => o.value === value)?.label ?? String(value);
  const unit = spec && 'unit' in spec && spec.unit ? spec.unit : '';
  return `${String(value)}${unit}`;
}

/**
 * 当年数值 of an item: its entered inputs in the template's order. One numeric input is returned as a number with the
 * indicator's unit; several are written `标签：值` joined by `；`. Qualitative indicators with nothing entered give null.
 */
export function itemFigure(item: SheetItem, node: TemplateNode | undefined): Figure {
  const specs = node?.inputs ?? [];
  const names = [...specs.map((s) => s.name), ...Object.keys(item.inputs).filter((k) => !specs.some((s) => s.name === k))];
  const present = names.filter((name) => {
    const v = item.inputs[name];
    return v !== null && v !== undefined && v !== '';
  });
  if (present.length === 0) return null;
  if (present.length === 1) {
    const value = item.inputs[present[0]];
    if (typeof value === 'number') return { number: value, unit: item.unit };
  }
  const parts = present.map((name) => {
    const spec = specs.find((s) => s.name === name);
    const text = inputText(spec, item.inputs[name]);
    return present.length === 1 ? text : `${spec?.label ?? name}：${text}`;
  });
  return { text: parts.join('；') };
}

export function figureText(figure: Figure): string {
  if (figure === null) return '';
  if ('text' in figure) return figure.text;
  return `${figure.number}${figure.unit ?? ''}`;
}

/** A score printed with at most two decimals (scores are kept in hundredths). */
export function scoreText(score: number | null | undefined): string {
  if (score === null || score === undefined) return '';
  return String(Math.round(score * 100) / 100);
}

/** Sums of scores in hundredths, so 0.1 + 0.2 prints as 0.3. */
export function sumScores(scores: Array<number | null | undefined>): number {
  return scores.reduce<number>((acc, s) => acc + (s == null ? 0 : Math.round(s * 100)), 0) / 100;
}
