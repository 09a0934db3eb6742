import type { InputSpec, ScoringRule, TemplateNode } from '../template.types';
import { isScoredLeaf, maxScore, scoreNode } from '.';

/** Each rule type on its own, beyond the seeds/001 examples: other parameters, half points, unscored rules. */
const node = (rule: ScoringRule, inputs: InputSpec[], points?: number, bonusCap?: number): TemplateNode => ({
  code: 'X',
  title: 'x',
  level: 1,
  ...(points === undefined ? {} : { points }),
  ...(bonusCap === undefined ? {} : { bonusCap }),
  inputs,
  rule,
});
const int = (name: string): InputSpec => ({ name, label: name, type: 'integer' });
const part = (name: string, whole: string): InputSpec => ({ name, label: name, type: 'ratioPart', partOf: whole });

describe('scoring rules', () => {
  it('manual proposes nothing: the score is a judgement 0..points', () => {
    const manual = node({ type: 'manual' }, [], 5);
    expect(scoreNode(manual, {})).toEqual({ score: null, bonus: 0, evidence: [{ kind: 'rule', text: 'judgement: 0..5' }] });
    expect(isScoredLeaf(manual)).toBe(true);
    expect(maxScore(manual)).toBe(5);
  });

  it('veto reports whether it was hit and never scores', () => {
    const veto = node({ type: 'veto', input: 'hit' }, [{ name: 'hit', label: '是否发生', type: 'boolean' }]);
    expect(scoreNode(veto, { hit: true })).toMatchObject({ score: null, vetoHit: true });
    expect(scoreNode(veto, { hit: false })).toMatchObject({ score: null, vetoHit: false });
    expect(scoreNode(veto, {})).toMatchObject({ score: null, missing: ['hit'] });
    expect(isScoredLeaf(veto)).toBe(false);
  });

  it('observation records what was entered, unscored', () => {
    const obs = node({ type: 'observation' }, [{ name: 'value', label: '共建专业数（个）', type: 'integer', unit: '个' }]);
    expect(scoreNode(obs, { value: 4 })).toEqual({
      score: null,
      bonus: 0,
      evidence: [
        { kind: 'rule', text: 'observation point: recorded, not scored' },
        { kind: 'observation', text: '共建专业数（个）: 4', ref: 'value' },
      ],
    });
    expect(isScoredLeaf(obs)).toBe(false);
  });

  it('checklist with half-point items stays exact', () => {
    const list = node({ type: 'checklist', items: ['a', 'b', 'c'], each: 0.5 }, ['a', 'b', 'c'].map((n) => ({ name: n, label: n, type: 'boolean' as const })), 1.5);
    expect(scoreNode(list, { a: true, b: false, c: false }).score).toBe(0.5);
    expect(scoreNode(list, { a: false, b: false, c: false }).score).toBe(0);
  });

  it('perUnit over a count, and over a list with a flat amount per entry', () => {
    expect(scoreNode(node({ type: 'perUnit', input: 'n', each: 2, cap: 7 }, [int('n')], 7), { n: 3 }).score).toBe(6);
    expect(scoreNode(node({ type: 'perUnit', input: 'n', each: 2, cap: 7 }, [int('n')], 7), { n: 4 }).score).toBe(7);
    const list = node({ type: 'perUnit', input: 'l', each: 1.5, cap: 4 }, [{ name: 'l', label: 'l', type: 'integerList' }], 4);
    expect(scoreNode(list, { l: [9, 9] }).score).toBe(3);
    expect(scoreNode(list, { l: [9, 9, 9] }).score).toBe(4);
  });

  it('perUnit may exceed the points up to a cap that includes the bonus', () => {
    const n = node({ type: 'perUnit', input: 'n', each: 3, cap: 12 }, [int('n')], 10, 2);
    expect(scoreNode(n, { n: 4 })).toMatchObject({ score: 12, bonus: 2 });
  });

  it('ratioBands with a step that does not divide 100 (1/3 steps) is exact', () => {
    const r = node({ type: 'ratioBands', part: 'p', whole: 'w', target: [1, 3], step: [1, 3], perStep: 1, bonusCap: 1 }, [part('p', 'w'), int('w')], 1, 1);
    expect(scoreNode(r, { p: 2, w: 3 })).toMatchObject({ score: 2, bonus: 1 }); // exactly one step above
    expect(scoreNode(r, { p: 0, w: 3 })).toMatchObject({ score: 0, bonus: 0 }); // exactly one step below
    expect(scoreNode(r, { p: 1, w: 3 })).toMatchObject({ score: 1, bonus: 0 });
  });

  it('ratioBands refuses a part above its whole rather than scoring it', () => {
    const r = node({ type: 'ratioBands', part: 'p', whole: 'w', target: [60, 100], step: [5, 100], perStep: 1, bonusCap: 5 }, [part('p', 'w'), int('w')], 20, 5);
    expect(scoreNode(r, { p: 11, w: 10 })).toMatchObject({ score: null, missing: ['p'] });
  });

  it('coverage over a count of covered majors with an integer bonus', () => {
    const c = node(
      { type: 'coverage', input: 'covered', of: 'majors', perMissing: 2, bonus: { input: 'extra', each: 0.5, cap: 2 } },
      [part('covered', 'majors'), int('majors'), int('extra')],
      6,
      2,
    );
    expect(scoreNode(c, { covered: 3, majors: 3, extra: 1 })).toMatchObject({ score: 6.5, bonus: 0.5 });
    expect(scoreNode(c, { covered: 2, majors: 3, extra: 9 })).toMatchObject({ score: 6, bonus: 2 });
    expect(scoreNode(c, { covered: 0, majors: 0, extra: 0 })).toMatchObject({ score: null });
  });

  it('bands without a bonus, unordered in the template', () => {
    const b = node({ type: 'bands', input: 'n', bands: [{ atLeast: 1, points: 1 }, { atLeast: 5, points: 4 }, { atLeast: 3, points: 2 }] }, [int('n')], 4);
    expect([0, 1, 2, 3, 4, 5, 9].map((n) => scoreNode(b, { n }).score)).toEqual([0, 1, 1, 2, 2, 4, 4]);
  });

  it('deduction with half a point per miss', () => {
    expect(scoreNode(node({ type: 'deduction', input: 'm', perMiss: 0.5 }, [int('m')], 2), { m: 3 }).score).toBe(0.5);
  });

  it('dualRatio with a zero whole proposes nothing', () => {
    const d = node(
      { type: 'dualRatio', parts: [{ part: 'a', whole: 'b', target: [20, 100] }], perPoint: 1 },
      [part('a', 'b'), int('b')],
      10,
    );
    expect(scoreNode(d, { a: 0, b: 0 })).toMatchObject({ score: null, missing: [] });
  });

  it('a figure of the wrong type counts as missing', () => {
    expect(scoreNode(node({ type: 'deduction', input: 'm', perMiss: 1 }, [int('m')], 10), { m: '2' })).toMatchObject({ score: null, missing: ['m'] });
    expect(scoreNode(node({ type: 'deduction', input: 'm', perMiss: 1 }, [int('m')], 10), { m: -1 })).toMatchObject({ score: null, missing: ['m'] });
  });

  it('computed figures win over entered ones', () => {
    const d = node({ type: 'deduction', input: 'm', perMiss: 1 }, [int('m')], 10);
    expect(scoreNode(d, { m: 0 }, { values: { m: 3 } }).score).toBe(7);
  });
});
