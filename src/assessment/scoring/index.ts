import type { RuleType, TemplateNode } from '../template.types';
import { checkBands, scoreBands } from './bands.rule';
import { checkChecklist, scoreChecklist } from './checklist.rule';
import { checkCoverage, scoreCoverage } from './coverage.rule';
import { checkDeduction, scoreDeduction } from './deduction.rule';
import { checkDualRatio, scoreDualRatio } from './dual-ratio.rule';
import { checkManual, scoreManual } from './manual.rule';
import { checkObservation, scoreObservation } from './observation.rule';
import { checkOptions, scoreOptions } from './options.rule';
import { checkPerUnit, scorePerUnit } from './per-unit.rule';
import { checkRatioBands, scoreRatioBands } from './ratio-bands.rule';
import type { Computed, InputValues, RuleCheck, ScoreResult } from './scoring.types';
import { checkVeto, scoreVeto } from './veto.rule';

export type { Computed, Evidence, InputValues, ScoreResult, ValidationIssue } from './scoring.types';
export { inputProblems } from './input-problems';
export type { InputProblem } from './input-problems';

/** Every rule type's shape check; a new rule type is a new file plus one line here and one case in scoreNode. */
export const RULE_CHECKS: Readonly<Record<RuleType, RuleCheck>> = {
  manual: checkManual,
  options: checkOptions,
  checklist: checkChecklist,
  perUnit: checkPerUnit,
  ratioBands: checkRatioBands,
  coverage: checkCoverage,
  deduction: checkDeduction,
  bands: checkBands,
  dualRatio: checkDualRatio,
  veto: checkVeto,
  observation: checkObservation,
};

export const RULE_TYPES = Object.keys(RULE_CHECKS) as RuleType[];

/** Rules that never propose a number: a leaf under them is not a scored leaf. */
export const UNSCORED_RULES: ReadonlySet<RuleType> = new Set<RuleType>(['veto', 'observation']);

/** A leaf the sheet totals count: it has points and a rule that scores (manual included: judgement is a score). */
export function isScoredLeaf(node: TemplateNode): boolean {
  return !node.children?.length && node.points !== undefined && node.rule !== undefined && !UNSCORED_RULES.has(node.rule.type);
}

/** The highest score a node can carry: its points plus its bonus cap (a self or assessor score above it is a 400). */
export function maxScore(node: TemplateNode): number | null {
  return node.points === undefined ? null : node.points + (node.bonusCap ?? 0);
}

/**
 * The proposal for one indicator: the node's rule applied to the entered figures merged with the computed ones
 * (computed values win: they come from the records). The computed source's evidence comes first, then the rule's
 * arithmetic. Groups and rule-less nodes propose nothing.
 */
export function scoreNode(node: TemplateNode, inputs: InputValues, computed?: Computed): ScoreResult {
  const values: InputValues = { ...inputs, ...computed?.values };
  const result = dispatch(node, values);
  return { ...result, evidence: [...(computed?.evidence ?? []), ...(result.evidence ?? [])] };
}

function dispatch(node: TemplateNode, values: InputValues): ScoreResult {
  const rule = node.rule;
  if (!rule) return { score: null, bonus: 0 };
  switch (rule.type) {
    case 'manual':
      return scoreManual(node, rule, values);
    case 'options':
      return scoreOptions(node, rule, values);
    case 'checklist':
      return scoreChecklist(node, rule, values);
    case 'perUnit':
      return scorePerUnit(node, rule, values);
    case 'ratioBands':
      return scoreRatioBands(node, rule, values);
    case 'coverage':
      return scoreCoverage(node, rule, values);
    case 'deduction':
      return scoreDeduction(node, rule, values);
    case 'bands':
      return scoreBands(node, rule, values);
    case 'dualRatio':
      return scoreDualRatio(node, rule, values);
    case 'veto':
      return scoreVeto(node, rule, values);
    case 'observation':
      return scoreObservation(node, rule, values);
  }
}
