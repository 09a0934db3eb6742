import { fractionText, fullSteps, percentText, toHundredths } from '../exact-arithmetic';
import { InputReader, notProposed, proposed, rule } from './input-reader';
import { check } from './rule-checker';
import type { RuleCheck, Scorer } from './scoring.types';

/**
 * A share against a target in whole steps (C5: 60%, step 5%, +1 per full step above up to +5, −1 per full step
 * below, floor 0). Steps are counted by cross-multiplication on integers: 65 of 100 is exactly one step above,
 * 58 of 100 is not a full step below.
 */
export const scoreRatioBands: Scorer<'ratioBands'> = (node, r, values) => {
  const read = new InputReader(values);
  const part = read.integer(r.part);
  const whole = read.integer(r.whole);
  if (!read.complete) return notProposed(read.missing);
  if (whole === 0) return notProposed([], [rule(`${r.whole} is 0: no share to score`)]);
  if (part > whole) return notProposed([r.part], [rule(`${r.part} exceeds ${r.whole}`)]);
  const steps = fullSteps(part, whole, r.target, r.step);
  const points = toHundredths(node.points ?? 0);
  const per = toHundredths(r.perStep);
  const share = `${part}/${whole} = ${percentText(part, whole)} against ${fractionText(r.target)}, step ${fractionText(r.step)}`;
  if (steps >= 0) {
    const bonus = Math.min(steps * per, toHundredths(r.bonusCap));
    return proposed(points, bonus, [rule(`${share}: ${steps} full step(s) above → +${bonus / 100} (cap ${r.bonusCap})`)]);
  }
  return proposed(Math.max(0, points + steps * per), 0, [rule(`${share}: ${-steps} full step(s) below → −${(-steps * per) / 100}, floor 0`)]);
};

export const checkRatioBands: RuleCheck = (r, ctx) =>
  check(r, ctx, (c) => {
    c.needsPoints();
    c.inputField('part', ['ratioPart']);
    c.inputField('whole', ['integer']);
    c.fraction(r.target, c.at('target'));
    c.fraction(r.step, c.at('step'), { positive: true });
    c.field('perStep');
    c.bonusCap(c.field('bonusCap'), c.at('bonusCap'));
  });
