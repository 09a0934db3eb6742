import { divideHalfUp, fromHundredths, toHundredths, toTenThousandths } from './exact-arithmetic';
import { isScoredLeaf } from './scoring';
import { leaves } from './template-lookup';
import type { TemplateDefinition, TemplateNode } from './template.types';

/** One leaf of a sheet: whether it is selected (optional indicators), the self score and each assessor's score. */
export interface SheetItem {
  code: string;
  selected?: boolean;
  selfScore: number | null;
  assessorScores: Array<{ assessorId: string; score: number }>;
}

export interface SheetTotals {
  /** 自评分: the self scores of the leaves in scope (a leaf without a self score counts 0 and is listed in missingSelf). */
  s1: number;
  /** 考核组考评分: the mean of the totals of the assessors who scored every leaf in scope, 2 decimals half up; null if none did. */
  s2: number | null;
  /** w_self·S1 + w_group·S2, 2 decimals half up; null while S2 is missing and the group weighs anything. */
  final: number | null;
  /** The scored leaves that count: mandatory ones and the selected optional ones. */
  leaves: string[];
  missingSelf: string[];
  /** Assessors whose totals made S2, and those left out because a leaf in scope has no score of theirs. */
  assessorsCounted: string[];
  assessorsIncomplete: string[];
}

/** The scored leaves a sheet counts: every mandatory one and the optional ones the subject selected (自选 √). */
export function leavesInScope(template: Pick<TemplateDefinition, 'nodes'>, items: readonly SheetItem[]): TemplateNode[] {
  const selected = new Set(items.filter((i) => i.selected).map((i) => i.code));
  return leaves(template).filter((n) => isScoredLeaf(n) && (n.selection !== 'optional' || selected.has(n.code)));
}

/**
 * S1, S2 and the final score of one sheet (seeds/001: Smi = S1i×40% + S2i×60%), in integer hundredths throughout.
 * S2 is rounded to hundredths before it is weighted, so the published s1, s2 and final agree with each other: the
 * export's S2 cell is ROUND(AVERAGE(…), 2) and its final ROUND(w_self·S1 + w_group·S2, 2).
 */
export function sheetTotals(template: Pick<TemplateDefinition, 'nodes' | 'weights'>, items: readonly SheetItem[]): SheetTotals {
  const scope = leavesInScope(template, items);
  const byCode = new Map(items.map((i) => [i.code, i]));

  let s1 = 0;
  const missingSelf: string[] = [];
  for (const leaf of scope) {
    const self = byCode.get(leaf.code)?.selfScore;
    if (self === null || self === undefined) missingSelf.push(leaf.code);
    else s1 += toHundredths(self);
  }

  const totals = new Map<string, { sum: number; scored: number }>();
  for (const leaf of scope) {
    const seen = new Set<string>();
    for (const { assessorId, score } of byCode.get(leaf.code)?.assessorScores ?? []) {
      if (seen.has(assessorId)) continue; // one score per assessor and leaf; a repeat is not counted twice
      seen.add(assessorId);
      const t = totals.get(assessorId) ?? { sum: 0, scored: 0 };
      totals.set(assessorId, { sum: t.sum + toHundredths(score), scored: t.scored + 1 });
    }
  }
  const complete = [...totals].filter(([, t]) => scope.length > 0 && t.scored === scope.length);
  const assessorsCounted = complete.map(([id]) => id);
  const assessorsIncomplete = [...totals.keys()].filter((id) => !assessorsCounted.includes(id));
  const s2 =
    complete.length === 0 ? null : divideHalfUp(BigInt(complete.reduce((a, [, t]) => a + t.sum, 0)), BigInt(complete.length));

  const wSelf = BigInt(toTenThousandths(template.weights.self));
  const wGroup = BigInt(toTenThousandths(template.weights.group));
  const final = s2 === null && wGroup !== 0n ? null : divideHalfUp(wSelf * BigInt(s1) + wGroup * (s2 ?? 0n), 10_000n);

  return {
    s1: fromHundredths(s1),
    s2: s2 === null ? null : fromHundredths(s2),
    final: final === null ? null : fromHundredths(final),
    leaves: scope.map((n) => n.code),
    missingSelf,
    assessorsCounted,
    assessorsIncomplete,
  };
}

/** Rows ranked by final, descending; ties share a rank (1, 1, 3); rows without a final come last, unranked. */
export function rank<T extends { final: number | null }>(rows: readonly T[]): Array<T & { rank: number | null }> {
  const scored = rows.filter((r) => r.final !== null).sort((a, b) => toHundredths(b.final as number) - toHundredths(a.final as number));
  const ranked = scored.map((row, i) => ({ row, i }));
  const out: Array<T & { rank: number | null }> = [];
  let previous: { hundredths: number; rank: number } | undefined;
  for (const { row, i } of ranked) {
    const hundredths = toHundredths(row.final as number);
    const position = previous && previous.hundredths === hundredths ? previous.rank : i + 1;
    previous = { hundredths, rank: position };
    out.push({ ...row, rank: position });
  }
  return [...out, ...rows.filter((r) => r.final === null).map((r) => ({ ...r, rank: null }))];
}

export const PASS = '合格';
export const FAIL = '不合格';

/**
 * The verdict: any veto hit → 不合格; else the template's band for the final where it defines bands (below every band
 * → 不合格), else 合格. Null while there is no final and nothing decides it yet.
 */
export function verdict(template: Pick<TemplateDefinition, 'bands'>, final: number | null, vetoHit: boolean): string | null {
  if (vetoHit) return FAIL;
  if (!template.bands?.length) return final === null ? null : PASS;
  if (final === null) return null;
  const band = [...template.bands].sort((a, b) => b.min - a.min).find((b) => toHundredths(final) >= toHundredths(b.min));
  return band?.verdict ?? FAIL;
}
