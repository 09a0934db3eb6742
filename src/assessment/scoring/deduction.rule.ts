import { toHundredths } from '../exact-arithmetic';
import { InputReader, notProposed, proposed, rule } from './input-reader';
import { check } from './rule-checker';
import type { RuleCheck, Scorer } from './scoring.types';

/** points − perMiss per counted miss, floor 0 (A3: 10 − 1 per due month whose report was missing or late). */
export const scoreDeduction: Scorer<'deduction'> = (node, r, values) => {
  const read = new InputReader(values);
  const misses = read.integer(r.input);
  if (!read.complete) return notProposed(read.missing);
  const score = Math.max(0, toHundredths(node.points ?? 0) - misses * toHundredths(r.perMiss));
  return proposed(score, 0, [rule(`${misses} × −${r.perMiss} (${r.input}), floor 0`)]);
};

export const checkDeduction: RuleCheck = (r, ctx) =>
  check(r, ctx, (c) => {
    c.needsPoints();
    c.inputField('input', ['integer']);
    c.field('perMiss');
  });
