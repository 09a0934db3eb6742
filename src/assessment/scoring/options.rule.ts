import { toHundredths } from '../exact-arithmetic';
import { InputReader, notProposed, proposed, rule } from './input-reader';
import { check, isRecord } from './rule-checker';
import type { RuleCheck, Scorer } from './scoring.types';

/** The chosen option's points (A1: 行政正职 2, 副职 1, both 3, none 0). */
export const scoreOptions: Scorer<'options'> = (_node, r, values) => {
  const read = new InputReader(values);
  const chosen = read.option(r.input);
  if (!read.complete) return notProposed(read.missing);
  if (!Object.hasOwn(r.points, chosen)) return notProposed([r.input], [rule(`"${chosen}" is not an option`)]);
  const points = r.points[chosen];
  return proposed(toHundredths(points), 0, [rule(`${r.input} = ${chosen}: ${points}`)]);
};

export const checkOptions: RuleCheck = (r, ctx) =>
  check(r, ctx, (c) => {
    c.needsPoints();
    c.inputField('input', ['option']);
    if (r.points === undefined) return c.add(c.at('points'), 'missing_field', 'required');
    if (!isRecord(r.points)) return c.add(c.at('points'), 'wrong_type', 'must map each option value to its points');
    for (const [value, points] of Object.entries(r.points)) {
      const path = `${c.at('points')}.${value}`;
      c.withinMaximum(c.number(points, path), path);
    }
  });
