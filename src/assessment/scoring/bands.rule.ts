import { toHundredths } from '../exact-arithmetic';
import { InputReader, notProposed, proposed, rule } from './input-reader';
import { check, isRecord } from './rule-checker';
import type { Evidence, RuleCheck, Scorer } from './scoring.types';

/** Threshold bands on a count plus an optional per-unit bonus (C1: ≥ 2 meetings 5, 1 meeting 2, none 0; +1 per textbook ≤ 5). */
export const scoreBands: Scorer<'bands'> = (_node, r, values) => {
  const read = new InputReader(values);
  const n = read.integer(r.input);
  const extra = r.bonus ? read.integer(r.bonus.input) : 0;
  if (!read.complete) return notProposed(read.missing);
  const band = [...r.bands].sort((a, b) => b.atLeast - a.atLeast).find((b) => n >= b.atLeast);
  const base = toHundredths(band?.points ?? 0);
  const evidence: Evidence[] = [rule(`${r.input} = ${n}: ${band ? `band ≥ ${band.atLeast} → ${band.points}` : 'below every band → 0'}`)];
  if (!r.bonus) return proposed(base, 0, evidence);
  const bonus = Math.min(extra * toHundredths(r.bonus.each), toHundredths(r.bonus.cap));
  evidence.push(rule(`bonus: ${extra} × ${r.bonus.each} (${r.bonus.input}), cap ${r.bonus.cap} → +${bonus / 100}`));
  return proposed(base, bonus, evidence);
};

export const checkBands: RuleCheck = (r, ctx) =>
  check(r, ctx, (c) => {
    c.needsPoints();
    c.inputField('input', ['integer', 'ratioPart']);
    if (r.bands === undefined) c.add(c.at('bands'), 'missing_field', 'required');
    else if (!Array.isArray(r.bands) || r.bands.length === 0) c.add(c.at('bands'), 'wrong_type', 'must be a non-empty list of {atLeast, points}');
    else r.bands.forEach((band: unknown, i) => {
      const path = `${c.at('bands')}[${i}]`;
      if (!isRecord(band)) return c.add(path, 'wrong_type', 'must be {atLeast, points}');
      c.number(band.atLeast, `${path}.atLeast`, { integer: true });
      const points = c.number(band.points, `${path}.points`);
      if (points !== undefined && ctx.points !== undefined && points > ctx.points) {
        c.add(`${path}.points`, 'invalid_value', `${points} exceeds the node's points ${ctx.points}`);
      }
    });
    c.bonus(r.bonus, c.at('bonus'), ['integer']);
  });
