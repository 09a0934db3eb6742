import { rule } from './input-reader';
import { check } from './rule-checker';
import type { RuleCheck, Scorer } from './scoring.types';

/** 判断 — judgement: the college and the assessors give 0..points themselves; the rule proposes nothing. */
export const scoreManual: Scorer<'manual'> = (node) => ({
  score: null,
  bonus: 0,
  evidence: [rule(`judgement: 0..${node.points ?? 0}`)],
});

export const checkManual: RuleCheck = (r, ctx) => check(r, ctx, (c) => void c.needsPoints());
