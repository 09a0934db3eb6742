import { toHundredths } from '../exact-arithmetic';
import { InputReader, notProposed, proposed, rule } from './input-reader';
import { check } from './rule-checker';
import type { Evidence, InputValues, RuleOf, RuleCheck, Scorer } from './scoring.types';

/**
 * Every major must have something: full points, −perMissing per major without, floor 0; `zeroWhenNone` gives 0 when
 * no major has it (C2: 没有的该项不得分). A bonus is added on top, up to its cap (B1: +1 per partner beyond the first
 * in each major, ≤ 5). A college without majors gets no proposal: there is nothing to cover.
 */
export const scoreCoverage: Scorer<'coverage'> = (node, r, values) => {
  const read = new InputReader(values);
  const input = r.input ?? '';
  let majors: number;
  let covered: number;
  if (r.of === undefined) {
    const perMajor = read.list(input);
    majors = perMajor.length;
    covered = perMajor.filter((n) => n >= 1).length;
  } else {
    covered = read.integer(input);
    majors = read.integer(r.of);
  }
  const bonusUnits = r.bonus ? units(read, r.bonus, values) : 0;
  if (!read.complete) return notProposed(read.missing);
  if (majors === 0) return notProposed([], [rule('no majors: nothing to cover')]);
  const lacking = Math.max(0, majors - covered);
  const evidence: Evidence[] = [rule(`${covered} of ${majors} majors covered, ${lacking} lacking × −${r.perMissing}`)];
  if (r.zeroWhenNone && covered === 0) return proposed(0, 0, [...evidence, rule('none covered: 0')]);
  const base = Math.max(0, toHundredths(node.points ?? 0) - lacking * toHundredths(r.perMissing));
  const bonus = r.bonus ? Math.min(bonusUnits * toHundredths(r.bonus.each), toHundredths(r.bonus.cap)) : 0;
  if (r.bonus) evidence.push(rule(`bonus: ${bonusUnits} × ${r.bonus.each} (${r.bonus.input}), cap ${r.bonus.cap} → +${bonus / 100}`));
  return proposed(base, bonus, evidence);
};

/** Bonus units: a count, or per list entry the units above `beyond`. */
function units(read: InputReader, bonus: NonNullable<RuleOf<'coverage'>['bonus']>, values: InputValues): number {
  if (!Array.isArray(values[bonus.input])) return read.integer(bonus.input);
  return read.list(bonus.input).reduce((sum, n) => sum + Math.max(0, n - (bonus.beyond ?? 0)), 0);
}

export const checkCoverage: RuleCheck = (r, ctx) =>
  check(r, ctx, (c) => {
    c.needsPoints();
    if (r.of === undefined) c.inputField('input', ['integerList']);
    else {
      c.inputField('input', ['integer', 'ratioPart']);
      c.inputField('of', ['integer']);
    }
    c.field('perMissing');
    if (r.zeroWhenNone !== undefined && typeof r.zeroWhenNone !== 'boolean') c.add(c.at('zeroWhenNone'), 'wrong_type', 'must be a boolean');
    c.bonus(r.bonus, c.at('bonus'), ['integer', 'integerList']);
  });
