import fc from 'fast-check';
import { leaves } from '../template-lookup';
import { COOP_2023 } from '../templates';
import type { InputSpec, TemplateNode } from '../template.types';
import { maxScore, scoreNode, UNSCORED_RULES } from '.';
import type { InputValues } from './scoring.types';

/**
 * Properties over every scored rule: a proposal stays within 0..points + bonusCap; shares (ratioBands, dualRatio)
 * never score lower when the part grows with the whole fixed. Runs: RUNS per property.
 */
const RUNS = 2000;

/** Figures for a node's inputs: wholes first, parts within them. */
function inputsFor(node: TemplateNode): fc.Arbitrary<InputValues> {
  const specs = node.inputs ?? [];
  const independent: Record<string, fc.Arbitrary<unknown>> = {};
  for (const spec of specs) {
    if (spec.type === 'ratioPart') continue;
    independent[spec.name] = valueFor(spec);
  }
  return fc.record(independent).chain((base) => {
    const parts: Record<string, fc.Arbitrary<unknown>> = {};
    for (const spec of specs) {
      if (spec.type !== 'ratioPart') continue;
      parts[spec.name] = fc.integer({ min: 0, max: Number(base[spec.partOf] ?? 0) });
    }
    return fc.record(parts).map((p) => ({ ...base, ...p }));
  });
}

function valueFor(spec: InputSpec): fc.Arbitrary<unknown> {
  switch (spec.type) {
    case 'integer':
      return fc.integer({ min: 0, max: 5000 });
    case 'integerList':
      return fc.array(fc.integer({ min: spec.min ?? 0, max: 60 }), { maxLength: 12 });
    case 'boolean':
      return fc.boolean();
    case 'option':
      return fc.constantFrom(...spec.options.map((o) => o.value));
    default:
      return fc.constant(undefined);
  }
}

const scored = leaves(COOP_2023).filter((n) => n.rule && !UNSCORED_RULES.has(n.rule.type));

describe('scoring properties (fast-check)', () => {
  it('covers every scored rule type of seeds/001', () => {
    expect(new Set(scored.map((n) => n.rule?.type))).toEqual(new Set(['options', 'checklist', 'perUnit', 'ratioBands', 'coverage', 'deduction', 'bands', 'dualRatio']));
  });

  it.each(scored.map((n) => [n.code, n.rule?.type, n] as const))('%s (%s): 0 ≤ score ≤ points + bonusCap, bonus ≤ bonusCap', (_code, _type, node) => {
    let proposals = 0;
    fc.assert(
      fc.property(inputsFor(node), (inputs) => {
        const { score, bonus } = scoreNode(node, inputs);
        if (score === null) return true; // no majors / no interns: nothing proposed
        proposals += 1;
        return score >= 0 && score <= (maxScore(node) ?? 0) && bonus >= 0 && bonus <= (node.bonusCap ?? 0) && score - bonus <= (node.points ?? 0);
      }),
      { numRuns: RUNS },
    );
    expect(proposals).toBeGreaterThan(RUNS / 2); // the property held over real proposals, not over nulls
  });

  const ratioNode = (target: [number, number], step: [number, number], points: number, perStep: number, bonusCap: number): TemplateNode => ({
    code: 'R',
    title: 'r',
    level: 1,
    points,
    bonusCap,
    inputs: [
      { name: 'p', label: 'p', type: 'ratioPart', partOf: 'w' },
      { name: 'w', label: 'w', type: 'integer' },
    ],
    rule: { type: 'ratioBands', part: 'p', whole: 'w', target, step, perStep, bonusCap },
  });

  const ratioParams = fc.record({
    target: fc.tuple(fc.integer({ min: 0, max: 100 }), fc.constant(100)),
    step: fc.tuple(fc.integer({ min: 1, max: 20 }), fc.constantFrom(100, 1000)),
    points: fc.integer({ min: 0, max: 30 }),
    perStep: fc.constantFrom(0.5, 1, 2),
    bonusCap: fc.integer({ min: 0, max: 6 }),
  });
  const share = fc.integer({ min: 1, max: 10_000 }).chain((w) => fc.tuple(fc.integer({ min: 0, max: w }), fc.integer({ min: 0, max: w }), fc.constant(w)));

  it('ratioBands with any target, step and caps stays within 0..points + bonusCap', () => {
    fc.assert(
      fc.property(ratioParams, share, ({ target, step, points, perStep, bonusCap }, [p, , w]) => {
        const node = ratioNode(target, step, points, perStep, bonusCap);
        const score = scoreNode(node, { p, w }).score ?? -1;
        return score >= 0 && score <= points + bonusCap;
      }),
      { numRuns: RUNS },
    );
  });

  it('ratioBands never decreases as the part grows with the whole fixed', () => {
    fc.assert(
      fc.property(ratioParams, share, ({ target, step, points, perStep, bonusCap }, [a, b, w]) => {
        const node = ratioNode(target, step, points, perStep, bonusCap);
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return (scoreNode(node, { p: lo, w }).score ?? -1) <= (scoreNode(node, { p: hi, w }).score ?? -1);
      }),
      { numRuns: RUNS },
    );
  });

  it('dualRatio (C7) never decreases as either part grows with its whole fixed', () => {
    const c7 = scored.find((n) => n.code === 'C7') as TemplateNode;
    const pair = fc.integer({ min: 1, max: 2000 }).chain((w) => fc.tuple(fc.integer({ min: 0, max: w }), fc.integer({ min: 0, max: w }), fc.constant(w)));
    fc.assert(
      fc.property(pair, pair, fc.boolean(), ([a, b, teachers], [c, , courses], moveTeachers) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const at = (x: number) => scoreNode(c7, moveTeachers
          ? { teachersInEnterprise: x, teachers, engineerCourses: Math.min(c, courses), courses }
          : { teachersInEnterprise: Math.min(c, teachers), teachers, engineerCourses: Math.min(x, courses), courses }).score ?? -1;
        return at(lo) <= at(hi);
      }),
      { numRuns: RUNS },
    );
  });

  it('C5 and C6 never decrease as the part grows (the seeds\' own parameters)', () => {
    for (const code of ['C5', 'C6']) {
      const node = scored.find((n) => n.code === code) as TemplateNode;
      const rule = node.rule as { part: string; whole: string };
      fc.assert(
        fc.property(share, ([a, b, w]) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const at = (x: number) => scoreNode(node, { [rule.part]: x, [rule.whole]: w }).score ?? -1;
          return at(lo) <= at(hi);
        }),
        { numRuns: RUNS },
      );
    }
  });
});
