import { toHundredths } from '../exact-arithmetic';
import { InputReader, notProposed, proposed, rule } from './input-reader';
import { check } from './rule-checker';
import type { RuleCheck, Scorer } from './scoring.types';

/** points − each per item not done, floor 0 (A4: 5 − 1 per missing plan or summary). */
export const scoreChecklist: Scorer<'checklist'> = (node, r, values) => {
  const read = new InputReader(values);
  const done = r.items.map((item) => read.boolean(item));
  if (!read.complete) return notProposed(read.missing);
  const lacking = r.items.filter((_, i) => !done[i]);
  const points = toHundredths(node.points ?? 0);
  const score = Math.max(0, points - lacking.length * toHundredths(r.each));
  const text = lacking.length === 0 ? 'every item present' : `${lacking.length} missing (${lacking.join(', ')}) × −${r.each}`;
  return proposed(score, 0, [rule(text)]);
};

export const checkChecklist: RuleCheck = (r, ctx) =>
  check(r, ctx, (c) => {
    c.needsPoints();
    c.field('each');
    if (r.items === undefined) return c.add(c.at('items'), 'missing_field', 'required');
    if (!Array.isArray(r.items) || r.items.length === 0) return c.add(c.at('items'), 'wrong_type', 'must be a non-empty list of input names');
    r.items.forEach((item, i) => c.input(item, `${c.at('items')}[${i}]`, ['boolean']));
  });
