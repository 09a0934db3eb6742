import { hasAtMostDecimals, toHundredths, toTenThousandths } from './exact-arithmetic';
import { RULE_CHECKS, UNSCORED_RULES } from './scoring';
import { isRecord } from './scoring/rule-checker';
import type { ValidationIssue } from './scoring/scoring.types';
import { checkInputs, isSource } from './template-inputs.validation';
import type { InputType, RuleType, TemplateDefinition } from './template.types';

export type { ValidationIssue } from './scoring/scoring.types';

export type TemplateValidation = { ok: true; template: TemplateDefinition } | { ok: false; errors: ValidationIssue[] };

export const MAX_DEPTH = 4;
const CATEGORIES = ['basic', 'substantive', 'negative', 'outcome'];
const SELECTIONS = ['mandatory', 'optional'];
const NATURES = ['qualitative', 'quantitative', 'mixed', 'veto'];
const SUBJECTS = ['college', 'consortium'];

/**
 * An admin's template JSON checked as a whole, listing EVERY problem with its path (`nodes[2].children[0].rule.part`)
 * and code: shapes and types (missing_field, wrong_type, invalid_value), duplicate_code, level_mismatch, too_deep
 * (more than four levels), unknown_rule_type, the rule's own checks (undeclared_input, input_type_mismatch,
 * missing_points, bonus_cap_mismatch), missing_rule on a leaf, rule_on_group, points_mismatch (children's points do
 * not add up to the parent's, where both are known), weights_sum, bands_unordered, unknown_input_type,
 * duplicate_input, unknown_part_of, unknown_year, min_optional_unreachable.
 */
export function validateTemplate(def: unknown): TemplateValidation {
  const errors = new TemplateChecker().check(def);
  return errors.length === 0 ? { ok: true, template: def as TemplateDefinition } : { ok: false, errors };
}

class TemplateChecker {
  private readonly errors: ValidationIssue[] = [];
  private readonly codes = new Map<string, string>();
  private years = new Set<number>();
  private optionalLeaves = 0;

  private readonly add = (path: string, code: string, message: string): void => {
    this.errors.push({ path, code, message });
  };

  check(def: unknown): ValidationIssue[] {
    if (!isRecord(def)) return [{ path: '', code: 'wrong_type', message: 'a template must be an object' }];
    const key = this.string(def, 'key', '');
    if (typeof key === 'string' && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(key)) this.add('key', 'invalid_value', 'a key is kebab-case, e.g. coop-2023');
    this.string(def, 'name', '');
    this.oneOf(def.subject, 'subject', SUBJECTS, true);
    this.weights(def.weights);
    this.bands(def.bands);
    this.templateYears(def.years);
    if (def.minOptional !== undefined && (!Number.isSafeInteger(def.minOptional) || (def.minOptional as number) < 0)) {
      this.add('minOptional', 'wrong_type', 'must be a whole number ≥ 0');
    }
    if (def.nodes === undefined) this.add('nodes', 'missing_field', 'required');
    else if (!Array.isArray(def.nodes) || def.nodes.length === 0) this.add('nodes', 'wrong_type', 'must be a non-empty list of nodes');
    else def.nodes.forEach((n: unknown, i) => this.node(n, `nodes[${i}]`, 1));
    if (typeof def.minOptional === 'number' && def.minOptional > this.optionalLeaves) {
      this.add('minOptional', 'min_optional_unreachable', `${def.minOptional} optional indicators required, the template has ${this.optionalLeaves}`);
    }
    return this.errors;
  }

  /** Checks one node and its subtree; returns its points as the parent's sum should see them (undefined: unknown). */
  private node(raw: unknown, path: string, depth: number): number | undefined {
    if (!isRecord(raw)) return this.add(path, 'wrong_type', 'a node must be an object'), undefined;
    const code = this.string(raw, 'code', path);
    if (typeof code === 'string') {
      const first = this.codes.get(code);
      if (first !== undefined) this.add(`${path}.code`, 'duplicate_code', `code "${code}" is already used at ${first}`);
      else this.codes.set(code, path);
    }
    this.string(raw, 'title', path);
    this.level(raw.level, path, depth);
    const points = this.points(raw.points, `${path}.points`);
    const bonusCap = this.points(raw.bonusCap, `${path}.bonusCap`);
    this.oneOf(raw.category, `${path}.category`, CATEGORIES);
    this.oneOf(raw.selection, `${path}.selection`, SELECTIONS);
    this.oneOf(raw.nature, `${path}.nature`, NATURES);
    for (const field of ['unit', 'description', 'cluster', 'reportSection']) {
      if (raw[field] !== undefined && typeof raw[field] !== 'string') this.add(`${path}.${field}`, 'wrong_type', 'must be a string');
    }
    if (raw.source !== undefined && !isSource(raw.source)) this.add(`${path}.source`, 'invalid_value', 'must be manual or computed:<name>');
    this.nodeYears(raw.years, `${path}.years`);
    const inputs = checkInputs(raw.inputs, `${path}.inputs`, this.add);

    let children: unknown[] = [];
    if (raw.children !== undefined) {
      if (Array.isArray(raw.children)) children = raw.children;
      else this.add(`${path}.children`, 'wrong_type', 'must be a list of nodes');
    }
    const ruleType = this.rule(raw.rule, path, { inputs, points, bonusCap: bonusCap ?? 0, isGroup: children.length > 0 });
    if (children.length === 0) {
      if (raw.selection === 'optional') this.optionalLeaves += 1;
      return points ?? (ruleType !== undefined && UNSCORED_RULES.has(ruleType) ? 0 : undefined);
    }
    const sums = children.map((c, i) => this.node(c, `${path}.children[${i}]`, depth + 1));
    const sum = sums.every((s) => s !== undefined) ? sums.reduce((a: number, s) => a + toHundredths(s as number), 0) / 100 : undefined;
    if (points !== undefined && sum !== undefined && toHundredths(points) !== toHundredths(sum)) {
      this.add(`${path}.points`, 'points_mismatch', `children add up to ${sum}, the node says ${points}`);
    }
    return points ?? sum;
  }

  private rule(raw: unknown, path: string, ctx: { inputs: Map<string, InputType>; points?: number; bonusCap: number; isGroup: boolean }): RuleType | undefined {
    const at = `${path}.rule`;
    if (raw === undefined) {
      if (!ctx.isGroup) this.add(at, 'missing_rule', 'a leaf needs a rule (manual, observation, …)');
      return undefined;
    }
    if (ctx.isGroup) return this.add(at, 'rule_on_group', 'a group scores the sum of its leaves and carries no rule'), undefined;
    if (!isRecord(raw)) return this.add(at, 'wrong_type', 'a rule must be an object'), undefined;
    if (raw.type === undefined) return this.add(`${at}.type`, 'missing_field', 'required'), undefined;
    if (typeof raw.type !== 'string' || !Object.hasOwn(RULE_CHECKS, raw.type)) {
      this.add(`${at}.type`, 'unknown_rule_type', `unknown rule type ${JSON.stringify(raw.type)}; known: ${Object.keys(RULE_CHECKS).join(', ')}`);
      return undefined;
    }
    const type = raw.type as RuleType;
    this.errors.push(...RULE_CHECKS[type](raw, { path: at, nodePath: path, inputs: ctx.inputs, points: ctx.points, bonusCap: ctx.bonusCap }));
    return type;
  }

  private level(raw: unknown, path: string, depth: number): void {
    if (depth > MAX_DEPTH) return this.add(path, 'too_deep', `a node at depth ${depth}: at most ${MAX_DEPTH} levels`);
    if (raw === undefined) return this.add(`${path}.level`, 'missing_field', 'required');
    if (!Number.isSafeInteger(raw)) return this.add(`${path}.level`, 'wrong_type', 'must be a whole number');
    if (raw !== depth) this.add(`${path}.level`, 'level_mismatch', `level ${String(raw)} at depth ${depth}`);
  }

  private points(raw: unknown, path: string): number | undefined {
    if (raw === undefined) return undefined;
    if (typeof raw !== 'number' || !Number.isFinite(raw)) return this.add(path, 'wrong_type', 'must be a number'), undefined;
    if (raw < 0 || !hasAtMostDecimals(raw, 2)) return this.add(path, 'invalid_value', 'must be ≥ 0 with at most two decimals'), undefined;
    return raw;
  }

  private string(obj: Record<string, unknown>, field: string, path: string): string | undefined {
    const at = path ? `${path}.${field}` : field;
    const v = obj[field];
    if (v === undefined) return this.add(at, 'missing_field', 'required'), undefined;
    if (typeof v !== 'string' || v.trim() === '') return this.add(at, 'wrong_type', 'must be a non-empty string'), undefined;
    return v;
  }

  private oneOf(raw: unknown, path: string, allowed: string[], required = false): void {
    if (raw === undefined) return required ? this.add(path, 'missing_field', 'required') : undefined;
    if (typeof raw !== 'string' || !allowed.includes(raw)) this.add(path, 'invalid_value', `must be one of ${allowed.join(', ')}`);
  }

  private weights(raw: unknown): void {
    if (raw === undefined) return this.add('weights', 'missing_field', 'required');
    if (!isRecord(raw)) return this.add('weights', 'wrong_type', 'must be {self, group}');
    const parts = (['self', 'group'] as const).map((side) => {
      const w = raw[side];
      if (w === undefined) return this.add(`weights.${side}`, 'missing_field', 'required'), undefined;
      if (typeof w !== 'number' || !Number.isFinite(w)) return this.add(`weights.${side}`, 'wrong_type', 'must be a number'), undefined;
      if (w < 0 || w > 1 || !hasAtMostDecimals(w, 4)) return this.add(`weights.${side}`, 'invalid_value', 'must be 0..1 with at most four decimals'), undefined;
      return toTenThousandths(w);
    });
    if (parts.every((p) => p !== undefined) && (parts[0] as number) + (parts[1] as number) !== 10_000) {
      this.add('weights', 'weights_sum', `self + group must be 1, not ${((parts[0] as number) + (parts[1] as number)) / 10_000}`);
    }
  }

  /** Grade bands from the best down: `min` strictly decreasing. */
  private bands(raw: unknown): void {
    if (raw === undefined) return;
    if (!Array.isArray(raw)) return this.add('bands', 'wrong_type', 'must be a list of {min, verdict}');
    let previous: number | undefined;
    raw.forEach((band: unknown, i) => {
      if (!isRecord(band)) return this.add(`bands[${i}]`, 'wrong_type', 'must be {min, verdict}');
      this.string(band, 'verdict', `bands[${i}]`);
      const min = band.min === undefined ? (this.add(`bands[${i}].min`, 'missing_field', 'required'), undefined) : this.points(band.min, `bands[${i}].min`);
      if (min === undefined) return;
      if (previous !== undefined && min >= previous) this.add(`bands[${i}].min`, 'bands_unordered', `bands go from the highest min down: ${min} follows ${previous}`);
      previous = min;
    });
  }

  private templateYears(raw: unknown): void {
    if (raw === undefined) return;
    if (!isRecord(raw)) return this.add('years', 'wrong_type', 'must be {actual, committed}');
    for (const side of ['actual', 'committed']) {
      const list = raw[side];
      if (!Array.isArray(list) || !list.every((y) => Number.isSafeInteger(y))) {
        this.add(`years.${side}`, 'wrong_type', 'must be a list of years');
        continue;
      }
      for (const y of list as number[]) {
        if (this.years.has(y)) this.add(`years.${side}`, 'invalid_value', `${y} is both actual and committed`);
        this.years.add(y);
      }
    }
  }

  private nodeYears(raw: unknown, path: string): void {
    if (raw === undefined) return;
    if (!Array.isArray(raw)) return this.add(path, 'wrong_type', 'must be a list of years');
    raw.forEach((y: unknown, i) => {
      if (!Number.isSafeInteger(y)) this.add(`${path}[${i}]`, 'wrong_type', 'must be a year');
      else if (!this.years.has(y as number)) this.add(`${path}[${i}]`, 'unknown_year', `${String(y)} is not one of the template's years`);
    });
  }
}
