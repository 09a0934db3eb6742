import { hasAtMostDecimals } from './exact-arithmetic';
import { allNodes } from './template-lookup';
import type { TemplateDefinition } from './template.types';

/**
 * seeds/004: 年度数据截止时间为每年12月31日, 2023年数据为…汇总数据, 2024—2026年数据为申报单位承诺的建成数据. Once a year
 * has closed, its actual figures are compared with what was committed for it, indicator by indicator; every figure
 * of the seed is a "more is better" count, share or amount, so falling below the commitment is a shortfall.
 */

/** One figure for one year: `input` defaults to `value` (most indicators have a single figure). */
export interface FigureRecord {
  code: string;
  input?: string;
  year: number;
  value: number;
}

export interface Shortfall {
  code: string;
  input: string;
  year: number;
  committed: number;
  actual: number;
  shortfall: number;
}

export interface FigureComparison {
  shortfalls: Shortfall[];
  /** Commitments for a closed year (≤ closedThrough) with no actual figure reported. */
  missingActuals: Array<{ code: string; input: string; year: number; committed: number }>;
  /** Records that name no yearly figure of the template (unknown code or input, a text, a year the node does not record). */
  unknown: Array<FigureRecord & { reason: string }>;
}

/** Figures may carry up to four decimals (万元, %); compared and subtracted in ten-thousandths. */
const SCALE = 10_000;
const scaled = (v: number) => Math.round(v * SCALE);

export function compareCommitments(
  template: Pick<TemplateDefinition, 'nodes' | 'years'>,
  committed: readonly FigureRecord[],
  actual: readonly FigureRecord[],
  options: { closedThrough?: number } = {},
): FigureComparison {
  const committedYears = new Set(template.years?.committed ?? []);
  const order = new Map<string, number>();
  const figures = new Map<string, Set<number>>(); // `${code}|${input}` → the years it is recorded for
  for (const node of allNodes(template)) {
    order.set(node.code, order.size);
    for (const input of node.inputs ?? []) {
      if (node.years && (input.type === 'integer' || input.type === 'decimal')) figures.set(`${node.code}|${input.name}`, new Set(node.years));
    }
  }

  const unknown: FigureComparison['unknown'] = [];
  const accept = (r: FigureRecord, committedOnly: boolean): string | null => {
    const key = `${r.code}|${r.input ?? 'value'}`;
    const years = figures.get(key);
    const why = !order.has(r.code)
      ? 'no such indicator'
      : !years
        ? 'not a yearly figure of the indicator'
        : !years.has(r.year)
          ? `the indicator records no figure for ${r.year}`
          : committedOnly && !committedYears.has(r.year)
            ? `${r.year} is not a committed year`
            : !hasAtMostDecimals(r.value, 4) || r.value < 0
              ? 'not a figure ≥ 0 with at most four decimals'
              : null;
    if (why) unknown.push({ ...r, reason: why });
    return why ? null : `${key}|${r.year}`;
  };

  const actuals = new Map<string, number>();
  for (const r of actual) {
    const key = accept(r, false);
    if (key) actuals.set(key, r.value);
  }
  const shortfalls: Shortfall[] = [];
  const missingActuals: FigureComparison['missingActuals'] = [];
  for (const r of committed) {
    const key = accept(r, true);
    if (!key) continue;
    const input = r.input ?? 'value';
    const got = actuals.get(key);
    if (got === undefined) {
      if (options.closedThrough !== undefined && r.year <= options.closedThrough) missingActuals.push({ code: r.code, input, year: r.year, committed: r.value });
      continue;
    }
    const gap = scaled(r.value) - scaled(got);
    if (gap > 0) shortfalls.push({ code: r.code, input, year: r.year, committed: r.value, actual: got, shortfall: gap / SCALE });
  }

  const byPlace = (a: { code: string; input: string; year: number }, b: typeof a) =>
    (order.get(a.code) ?? 0) - (order.get(b.code) ?? 0) || a.input.localeCompare(b.input) || a.year - b.year;
  return { shortfalls: shortfalls.sort(byPlace), missingActuals: missingActuals.sort(byPlace), unknown };
}
