import { leaves } from './template-lookup';
import type { TemplateDefinition } from './template.types';
import { CONSORTIUM_STANDARD, COOP_2023, SELF_CHECK_TABLE } from './templates';
import { rank, SheetItem, sheetTotals, verdict } from './totals';

const COOP_LEAVES = leaves(COOP_2023).map((n) => n.code); // A1 A2 A3 A4 B1 C1 … C7

/** Items for coop-2023 from per-leaf self scores and, per assessor, per-leaf scores (undefined: not scored). */
function coopItems(self: number[], assessors: Record<string, Array<number | undefined>>): SheetItem[] {
  return COOP_LEAVES.map((code, i) => ({
    code,
    selfScore: self[i],
    assessorScores: Object.entries(assessors).flatMap(([assessorId, scores]) => (scores[i] === undefined ? [] : [{ assessorId, score: scores[i] as number }])),
  }));
}

//                A1 A2 A3 A4  B1  C1   C2 C3 C4  C5 C6  C7
const SELF_835 = [3, 2, 8, 5, 10, 5, 4.5, 9, 10, 15, 8, 4]; // 83.5
const G1_86 = [3, 2, 8, 5, 10, 5, 5, 9, 10, 15, 8, 6]; // 86
const G2_865 = [3, 2, 8, 5, 10, 5, 5, 9, 10, 15, 8, 6.5]; // 86.5

describe('sheetTotals', () => {
  it('0.4·83.5 + 0.6·86.25 = 85.15 (S2 the mean of two assessors\' totals)', () => {
    const totals = sheetTotals(COOP_2023, coopItems(SELF_835, { g1: G1_86, g2: G2_865 }));
    expect(totals).toEqual({
      s1: 83.5,
      s2: 86.25,
      final: 85.15,
      leaves: COOP_LEAVES,
      missingSelf: [],
      assessorsCounted: ['g1', 'g2'],
      assessorsIncomplete: [],
    });
  });

  it('an assessor who left a leaf unscored does not count', () => {
    const partial = [...G1_86];
    partial[11] = undefined as unknown as number;
    const totals = sheetTotals(COOP_2023, coopItems(SELF_835, { g1: partial, g2: G2_865 }));
    expect(totals).toMatchObject({ s2: 86.5, final: 85.3, assessorsCounted: ['g2'], assessorsIncomplete: ['g1'] });
  });

  it('no complete assessor: no S2 and no final yet', () => {
    expect(sheetTotals(COOP_2023, coopItems(SELF_835, {}))).toMatchObject({ s1: 83.5, s2: null, final: null, assessorsCounted: [] });
  });

  it('a leaf without a self score counts 0 and is listed', () => {
    const self = [...SELF_835];
    self[4] = null as unknown as number; // B1
    expect(sheetTotals(COOP_2023, coopItems(self, {}))).toMatchObject({ s1: 73.5, missingSelf: ['B1'] });
  });

  it('bonus points take the total above 100', () => {
    const max = [3, 2, 10, 5, 15, 10, 5, 10, 10, 25, 13, 10]; // B1 +5, C1 +5, C5 +5, C6 +3
    expect(sheetTotals(COOP_2023, coopItems(max, { g: max }))).toMatchObject({ s1: 118, s2: 118, final: 118 });
  });

  it('S2 is the mean rounded half up to hundredths, then weighted: 0.4·80 + 0.6·85.67 = 83.40', () => {
    const base = [3, 2, 8, 5, 10, 5, 5, 9, 10, 15, 8, 0]; // 80 without C7
    const withC7 = (c7: number) => base.map((s, i) => (i === 11 ? c7 : s));
    const totals = sheetTotals(COOP_2023, coopItems(withC7(0), { a: withC7(5), b: withC7(6), c: withC7(6) })); // 85, 86, 86
    expect(totals).toMatchObject({ s1: 80, s2: 85.67, final: 83.4 });
    const half = sheetTotals(COOP_2023, coopItems(withC7(0), { a: withC7(5.01), b: withC7(5) })); // mean 85.005
    expect(half.s2).toBe(85.01);
  });

  it('rounds the final half up in integers where floating point would round down (0.45·80 + 0.55·80.30 = 80.165 → 80.17)', () => {
    expect(Math.round((0.45 * 80 + 0.55 * 80.3) * 100) / 100).toBe(80.16); // the trap: 80.16499999999999
    const weighted: Pick<TemplateDefinition, 'nodes' | 'weights'> = { ...COOP_2023, weights: { self: 0.45, group: 0.55 } };
    const self = [3, 2, 8, 5, 10, 5, 5, 9, 10, 15, 8, 0]; // 80
    const group = [3, 2, 8, 5, 10, 5, 5, 9, 10, 15, 8, 0.3]; // 80.3
    expect(sheetTotals(weighted, coopItems(self, { g: group })).final).toBe(80.17);
  });

  describe('self-check-table (minOptional)', () => {
    const scored = leaves(SELF_CHECK_TABLE);
    const mandatory = scored.filter((n) => n.selection === 'mandatory');
    const optional = scored.filter((n) => n.selection === 'optional');

    it('S1 is the mandatory leaves plus the selected optional ones; unselected optional scores are ignored', () => {
      const items: SheetItem[] = [
        ...mandatory.map((n) => ({ code: n.code, selfScore: (n.points as number) - 1, assessorScores: [] })), // 100 − 21
        ...optional.map((n, i) => ({ code: n.code, selected: i < 10, selfScore: n.points as number, assessorScores: [] })),
      ];
      const selectedPoints = optional.slice(0, 10).reduce((s, n) => s + (n.points as number), 0); // O1.1.1–O1.1.8 (45) + O1.2.1–2 (10)
      const totals = sheetTotals(SELF_CHECK_TABLE, items);
      expect(selectedPoints).toBe(55);
      expect(totals.s1).toBe(79 + 55);
      expect(totals.leaves).toHaveLength(21 + 10);
      // weights self 1, group 0: the self-check table is a self assessment, the final is S1 without assessors
      expect(totals).toMatchObject({ s2: null, final: 134 });
    });
  });

  it('an unscored system (consortium-standard) totals 0 and its verdict comes from the vetoes', () => {
    const totals = sheetTotals(CONSORTIUM_STANDARD, []);
    expect(totals).toMatchObject({ s1: 0, final: 0, leaves: [] });
    expect(verdict(CONSORTIUM_STANDARD, totals.final, false)).toBe('合格');
    expect(verdict(CONSORTIUM_STANDARD, totals.final, true)).toBe('不合格');
  });
});

describe('rank', () => {
  it('by final descending; ties share a rank (1, 1, 3); no final: last, unranked', () => {
    const rows = [
      { subjectId: 'a', final: 85.15 },
      { subjectId: 'b', final: 90 },
      { subjectId: 'c', final: null },
      { subjectId: 'd', final: 90 },
      { subjectId: 'e', final: 80 },
      { subjectId: 'f', final: 80 },
      { subjectId: 'g', final: 79.99 },
    ];
    expect(rank(rows).map((r) => `${r.subjectId}:${r.rank}`)).toEqual(['b:1', 'd:1', 'a:3', 'e:4', 'f:4', 'g:6', 'c:null']);
  });

  it('compares in hundredths, so sums that differ only in floating point tie', () => {
    const rows = [
      { id: 'x', final: 0.1 + 0.2 },
      { id: 'y', final: 0.3 },
    ];
    expect(rank(rows).map((r) => r.rank)).toEqual([1, 1]);
  });
});

describe('verdict', () => {
  const banded: Pick<TemplateDefinition, 'bands'> = {
    bands: [
      { min: 90, verdict: '优秀' },
      { min: 75, verdict: '良好' },
      { min: 60, verdict: '合格' },
    ],
  };

  it('合格 where the template defines no bands (seeds/001), 不合格 on any veto whatever the score', () => {
    expect(verdict(COOP_2023, 85.15, false)).toBe('合格');
    expect(verdict(COOP_2023, 118, true)).toBe('不合格');
  });

  it('the band for the final where bands exist, 不合格 below them', () => {
    expect(verdict(banded, 90, false)).toBe('优秀');
    expect(verdict(banded, 89.99, false)).toBe('良好');
    expect(verdict(banded, 60, false)).toBe('合格');
    expect(verdict(banded, 59.99, false)).toBe('不合格');
    expect(verdict(banded, 95, true)).toBe('不合格');
    expect(verdict(banded, null, false)).toBeNull();
  });
});
