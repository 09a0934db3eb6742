import { InputReader, notProposed, rule } from './input-reader';
import { check } from './rule-checker';
import type { RuleCheck, Scorer } from './scoring.types';

/** 否定 — a veto: unscored; hit → the sheet's verdict is 不合格 whatever its score. */
export const scoreVeto: Scorer<'veto'> = (_node, r, values) => {
  const read = new InputReader(values);
  const hit = read.boolean(r.input);
  if (!read.complete) return notProposed(read.missing);
  return { score: null, bonus: 0, vetoHit: hit, evidence: [rule(hit ? 'veto hit: verdict 不合格' : 'veto not hit')] };
};

export const checkVeto: RuleCheck = (r, ctx) =>
  check(r, ctx, (c) => {
    c.inputField('input', ['boolean']);
    if (ctx.points !== undefined) c.add(`${ctx.nodePath}.points`, 'invalid_value', 'a veto indicator carries no points');
  });
