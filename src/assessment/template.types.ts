/**
 * 指标体系 — an indicator template as data (ASSESSMENT.md "Model"). Pure types: the seeded templates, the admin API,
 * the scoring rules and the sheets all speak these. Points are whole or half points in the seeds; arithmetic on
 * them is done in hundredths (integers) so nothing is lost to floating point.
 */
export type Category = 'basic' | 'substantive' | 'negative' | 'outcome';
export type Selection = 'mandatory' | 'optional';
export type Nature = 'qualitative' | 'quantitative' | 'mixed' | 'veto';

/** `manual` (entered by the college) or `computed:<name>` (proposed from the records). */
export type Source = 'manual' | `computed:${string}`;

/** What every input has: its name (the key in a sheet's `inputs`), a label, and where its value comes from. */
export interface InputBase {
  name: string;
  label: string;
  /** Filled from the records rather than typed by the college (e.g. the number of a college's majors); default: the node's source. */
  source?: Source;
}

/** A named figure the college enters for an indicator. */
export type InputSpec = InputBase &
  (
    | { type: 'integer'; min?: number; max?: number; unit?: string }
    | { type: 'decimal'; min?: number; max?: number; unit?: string }
    /** A ratio entered as its two parts; `partOf` names the whole (the part may not exceed it). */
    | { type: 'ratioPart'; partOf: string; unit?: string }
    | { type: 'integerList'; min?: number; unit?: string }
    | { type: 'boolean' }
    | { type: 'option'; options: Array<{ value: string; label: string }> }
    | { type: 'text'; maxLength?: number }
  );

export type InputType = InputSpec['type'];

/** How an indicator is scored (ASSESSMENT.md "Rule types"); add a type rather than `if code ==`. */
export type ScoringRule =
  /** Judgement: 0..points. */
  | { type: 'manual' }
  /** An option's points: `{input: 'leader', points: {head: 2, deputy: 1, both: 3, none: 0}}`. */
  | { type: 'options'; input: string; points: Record<string, number> }
  /** points − `each` per missing item (boolean inputs), floor 0. */
  | { type: 'checklist'; items: string[]; each: number }
  /**
   * n × each, capped (n from an integer input, or the count / per-item points of a list input). `fullWhen` names the
   * integer input n must equal (and be positive) for the full `cap` (C3: every major has an order class).
   */
  | { type: 'perUnit'; input: string; each?: number; eachAtLeast?: { min: number; points: number }[]; cap: number; fullWhen?: string }
  /** A ratio against a target in whole steps: +perStep per full step above (≤ bonusCap), −perStep per full step below, floor 0. */
  | { type: 'ratioBands'; part: string; whole: string; target: [number, number]; step: [number, number]; perStep: number; bonusCap: number }
  /**
   * Per-major requirement: full points when every major has it, −perMissing per major without, optional bonus.
   * `input` is either a list with one count per major (covered when ≥ 1) or an integer count of covered majors,
   * then `of` names the integer input holding the number of majors. A bonus over a list counts, per entry, the units
   * above `beyond` (B1: partners beyond the first in each major).
   */
  | {
      type: 'coverage';
      input?: string;
      of?: string;
      perMissing: number;
      zeroWhenNone?: boolean;
      bonus?: { input: string; each: number; cap: number; beyond?: number };
    }
  /** points − perMiss per counted miss (an integer input or a computed count), floor 0. */
  | { type: 'deduction'; input: string; perMiss: number }
  /** Meetings/threshold bands plus a per-unit bonus (C1: ≥2 meetings 5, 1 meeting 2, none 0; +1 per textbook ≤ 5). */
  | { type: 'bands'; input: string; bands: Array<{ atLeast: number; points: number }>; bonus?: { input: string; each: number; cap: number } }
  /** Two shares that must both reach a target; −perPoint per full percentage point short on each, floor 0 (C7). */
  | { type: 'dualRatio'; parts: Array<{ part: string; whole: string; target: [number, number] }>; perPoint: number }
  /** A veto (否定) indicator: hit → the whole sheet's verdict is 不合格 whatever the score. */
  | { type: 'veto'; input: string }
  /** Unscored observation (consortium templates): recorded, not scored. */
  | { type: 'observation' };

export type RuleType = ScoringRule['type'];

export interface TemplateNode {
  /** Stable and unique in the template: `A`, `A1`, `C5`, `BASIC.1.2`… */
  code: string;
  title: string;
  level: 1 | 2 | 3 | 4;
  /** Maximum points; absent for unscored systems and for groups whose score is the sum of their leaves. */
  points?: number;
  /** Points a bonus may add above `points` (seeds/001: 最多加5分). */
  bonusCap?: number;
  category?: Category;
  selection?: Selection;
  nature?: Nature;
  unit?: string;
  /** The observation point's wording or the scoring standard as the seed states it. */
  description?: string;
  inputs?: InputSpec[];
  /** `manual`, or `computed:<name>` (monthly-punctuality, partners-per-major, order-class-majors, stable-partners, self-check-completion, ledger-changes). */
  source?: Source;
  rule?: ScoringRule;
  children?: TemplateNode[];
  /**
   * A labelled grouping the seed draws inside a level without making it a level: seeds/003's 合作办学 / 合作育人 /
   * 合作就业 / 合作发展 inside 实质性指标, seeds/001's 订单培养（20分） over C3–C4. Display only; never scored.
   */
  cluster?: string;
  /** The section of the seed's report (seeds/000 自评报告) that accounts for this indicator, e.g. `5.1`. */
  reportSection?: string;
  /** The years this node's figures are recorded for (one value per input per year); a subset of the template's `years`. */
  years?: number[];
}

export interface GradeBand {
  /** Lowest final score (inclusive) for this verdict. */
  min: number;
  verdict: string;
}

export interface TemplateDefinition {
  key: string;
  name: string;
  subject: 'college' | 'consortium';
  weights: { self: number; group: number };
  /** seeds/000: at least 10 optional level-3 indicators selected. */
  minOptional?: number;
  /** Final score bands (优秀/良好/合格/不合格) where the seed defines them; otherwise 合格 unless vetoed. */
  bands?: GradeBand[];
  /** seeds/004: yearly figures (2023 actual, 2024–2026 committed). */
  years?: { actual: number[]; committed: number[] };
  nodes: TemplateNode[];
}

export interface Template extends TemplateDefinition {
  version: number;
  status: 'draft' | 'published';
}
