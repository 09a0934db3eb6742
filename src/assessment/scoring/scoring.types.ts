import type { InputType, RuleType, ScoringRule, TemplateNode } from '../template.types';

/** A sheet item's figures by input name (as entered, merged with the computed ones). */
export type InputValues = Readonly<Record<string, unknown>>;

/** One line of a proposal's evidence: the records a computed figure came from, or the arithmetic of the rule. */
export interface Evidence {
  /** `rule` for the arithmetic; computed sources use their own kinds (`month`, `agreement`, `partner`…). */
  kind: string;
  text: string;
  /** The record it points at (an agreement id, a month `2024-03`…). */
  ref?: string;
}

/** What a computed source (`computed:<name>`) found in the records: the figures it fills and why. */
export interface Computed {
  values: InputValues;
  evidence?: Evidence[];
}

/**
 * A rule's proposal. `score` is the whole proposal including any bonus (so `score − bonus ≤ points`); null when the
 * rule proposes nothing: judgement (manual), unscored (observation, veto) or figures missing (`missing` names them).
 */
export interface ScoreResult {
  score: number | null;
  bonus: number;
  evidence?: Evidence[];
  missing?: string[];
  /** Veto (否定) indicators: whether the veto was hit. */
  vetoHit?: boolean;
}

export type RuleOf<T extends RuleType> = Extract<ScoringRule, { type: T }>;

export type Scorer<T extends RuleType> = (node: TemplateNode, rule: RuleOf<T>, values: InputValues) => ScoreResult;

/** A problem in an admin's template JSON; every problem is listed, never just the first. */
export interface ValidationIssue {
  /** Where, e.g. `nodes[2].children[4].rule.whole`. */
  path: string;
  code: string;
  message: string;
}

/** What a rule's shape check knows about the node it sits on (already checked by the template validation). */
export interface RuleCheckContext {
  /** Path of the rule object, e.g. `nodes[0].children[1].rule`. */
  path: string;
  nodePath: string;
  /** The inputs the node declares, by name. */
  inputs: ReadonlyMap<string, InputType>;
  points?: number;
  bonusCap: number;
}

/** Checks an unknown rule object of one type against its node; the template validation calls it. */
export type RuleCheck = (rule: Readonly<Record<string, unknown>>, ctx: RuleCheckContext) => ValidationIssue[];
