import { fractionText, fullSteps, percentText, toHundredths } from '../exact-arithmetic';
import { InputReader, notProposed, proposed, rule } from './input-reader';
import { check, isRecord } from './rule-checker';
import type { Evidence, RuleCheck, Scorer } from './scoring.types';

const ONE_POINT: [number, number] = [1, 100];

/**
 * Shares that must each reach a target: −perPoint per full percentage point short on each, floor 0 (C7: ≥ 20% of
 * teachers in enterprises and ≥ 10% of courses taught by engineers; 每低1%，扣1分). 19.5% is not a full point short.
 */
export const scoreDualRatio: Scorer<'dualRatio'> = (node, r, values) => {
  const read = new InputReader(values);
  const shares = r.parts.map((p) => ({ ...p, n: read.integer(p.part), of: read.integer(p.whole) }));
  if (!read.complete) return notProposed(read.missing);
  const empty = shares.find((s) => s.of === 0);
  if (empty) return notProposed([], [rule(`${empty.whole} is 0: no share to score`)]);
  const over = shares.find((s) => s.n > s.of);
  if (over) return notProposed([over.part], [rule(`${over.part} exceeds ${over.whole}`)]);
  const evidence: Evidence[] = [];
  let short = 0;
  for (const s of shares) {
    const points = Math.max(0, -fullSteps(s.n, s.of, s.target, ONE_POINT));
    short += points;
    evidence.push(rule(`${s.part} ${s.n}/${s.of} = ${percentText(s.n, s.of)} against ${fractionText(s.target)}: ${points} full point(s) short`));
  }
  const score = Math.max(0, toHundredths(node.points ?? 0) - short * toHundredths(r.perPoint));
  evidence.push(rule(`${short} × −${r.perPoint}, floor 0`));
  return proposed(score, 0, evidence);
};

export const checkDualRatio: RuleCheck = (r, ctx) =>
  check(r, ctx, (c) => {
    c.needsPoints();
    c.field('perPoint');
    if (r.parts === undefined) return c.add(c.at('parts'), 'missing_field', 'required');
    if (!Array.isArray(r.parts) || r.parts.length === 0) return c.add(c.at('parts'), 'wrong_type', 'must be a non-empty list of {part, whole, target}');
    r.parts.forEach((p: unknown, i) => {
      const path = `${c.at('parts')}[${i}]`;
      if (!isRecord(p)) return c.add(path, 'wrong_type', 'must be {part, whole, target}');
      c.input(p.part, `${path}.part`, ['ratioPart']);
      c.input(p.whole, `${path}.whole`, ['integer']);
      c.fraction(p.target, `${path}.target`);
    });
  });
