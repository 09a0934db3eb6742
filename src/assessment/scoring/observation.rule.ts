import { rule } from './input-reader';
import { check } from './rule-checker';
import type { Evidence, RuleCheck, Scorer } from './scoring.types';

/** 观测点 — recorded, not scored: the evidence repeats what was recorded. */
export const scoreObservation: Scorer<'observation'> = (node, _r, values) => {
  const recorded: Evidence[] = (node.inputs ?? [])
    .filter((input) => values[input.name] !== undefined && values[input.name] !== null)
    .map((input) => ({ kind: 'observation', text: `${input.label}: ${String(values[input.name])}`, ref: input.name }));
  return { score: null, bonus: 0, evidence: [rule('observation point: recorded, not scored'), ...recorded] };
};

export const checkObservation: RuleCheck = (_r, ctx) =>
  check(_r, ctx, (c) => {
    if (ctx.points !== undefined) c.add(`${ctx.nodePath}.points`, 'invalid_value', 'an observation point carries no points');
  });
