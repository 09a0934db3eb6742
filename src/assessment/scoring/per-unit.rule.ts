import { toHundredths } from '../exact-arithmetic';
import { InputReader, notProposed, proposed, rule } from './input-reader';
import { check, isRecord } from './rule-checker';
import type { RuleCheck, Scorer } from './scoring.types';

/**
 * n × each, capped. Over a list input each entry earns `each`, or the points of the first `eachAtLeast` band it
 * reaches (C4: a class of ≥ 30 students 10, under 30 5). With `fullWhen`, n equal to that (positive) count gives
 * the cap outright (C3: 3 per major with an order class, 10 when every major has one).
 */
export const scorePerUnit: Scorer<'perUnit'> = (node, r, values) => {
  const read = new InputReader(values);
  const isList = node.inputs?.find((i) => i.name === r.input)?.type === 'integerList';
  let raw: number;
  let text: string;
  if (isList) {
    const entries = read.list(r.input);
    if (!read.complete) return notProposed(read.missing);
    const bands = [...(r.eachAtLeast ?? [])].sort((a, b) => b.min - a.min);
    const earned = entries.map((x) => (bands.length > 0 ? (bands.find((b) => x >= b.min)?.points ?? 0) : (r.each ?? 0)));
    raw = earned.reduce((sum, p) => sum + toHundredths(p), 0);
    text = `${r.input} [${entries.join(', ')}] earn ${earned.join(' + ') || '0'}`;
  } else {
    const n = read.integer(r.input);
    const whole = r.fullWhen === undefined ? undefined : read.integer(r.fullWhen);
    if (!read.complete) return notProposed(read.missing);
    raw = n * toHundredths(r.each ?? 0);
    text = `${n} × ${r.each ?? 0}`;
    if (whole !== undefined && whole > 0 && n >= whole) {
      raw = toHundredths(r.cap);
      text = `${n} of ${whole} (${r.fullWhen}): all, full ${r.cap}`;
    }
  }
  const score = Math.min(raw, toHundredths(r.cap));
  const base = Math.min(score, toHundredths(node.points ?? 0));
  return proposed(base, score - base, [rule(`${text}, cap ${r.cap}`)]);
};

export const checkPerUnit: RuleCheck = (r, ctx) =>
  check(r, ctx, (c) => {
    c.needsPoints();
    const input = c.inputField('input', ['integer', 'ratioPart', 'integerList']);
    const isList = input !== undefined && ctx.inputs.get(input) === 'integerList';
    if (r.each !== undefined) c.field('each');
    if (r.eachAtLeast !== undefined) {
      if (!isList) c.add(c.at('eachAtLeast'), 'invalid_value', 'per-entry bands need a list input');
      if (!Array.isArray(r.eachAtLeast)) c.add(c.at('eachAtLeast'), 'wrong_type', 'must be a list of {min, points}');
      else r.eachAtLeast.forEach((band: unknown, i) => {
        const path = `${c.at('eachAtLeast')}[${i}]`;
        if (!isRecord(band)) return c.add(path, 'wrong_type', 'must be {min, points}');
        c.number(band.min, `${path}.min`, { integer: true });
        c.number(band.points, `${path}.points`);
      });
    }
    if (r.each === undefined && r.eachAtLeast === undefined) c.add(c.at('each'), 'missing_field', 'each or eachAtLeast is required');
    c.withinMaximum(c.field('cap'), c.at('cap'));
    if (r.fullWhen !== undefined) {
      if (isList) c.add(c.at('fullWhen'), 'invalid_value', 'fullWhen compares a count, not a list');
      c.inputField('fullWhen', ['integer']);
    }
  });
