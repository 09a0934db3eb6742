import { Fraction, hasAtMostDecimals } from '../exact-arithmetic';
import type { InputType } from '../template.types';
import type { RuleCheckContext, ValidationIssue } from './scoring.types';

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Shape checks shared by the rules' `check` functions; collects every issue rather than stopping at the first. */
export class RuleChecker {
  readonly issues: ValidationIssue[] = [];

  constructor(
    readonly rule: Readonly<Record<string, unknown>>,
    readonly ctx: RuleCheckContext,
  ) {}

  add(path: string, code: string, message: string): void {
    this.issues.push({ path, code, message });
  }

  at(field: string): string {
    return `${this.ctx.path}.${field}`;
  }

  /** A scored rule needs the node's points to score against. */
  needsPoints(): number | undefined {
    if (this.ctx.points === undefined) this.add(`${this.ctx.nodePath}.points`, 'missing_points', 'a scored rule needs the node\'s points');
    return this.ctx.points;
  }

  /** A number ≥ 0 with at most two decimals (points), or a whole number when `integer`. */
  number(value: unknown, path: string, opts: { integer?: boolean; positive?: boolean } = {}): number | undefined {
    if (value === undefined) return this.add(path, 'missing_field', 'required'), undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) return this.add(path, 'wrong_type', 'must be a number'), undefined;
    const shapeOk = opts.integer ? Number.isSafeInteger(value) : hasAtMostDecimals(value, 2);
    if (!shapeOk || value < 0 || (opts.positive && value === 0)) {
      const what = `${opts.positive ? 'a positive' : 'a non-negative'} ${opts.integer ? 'whole number' : 'number with at most two decimals'}`;
      return this.add(path, 'invalid_value', `must be ${what}`), undefined;
    }
    return value;
  }

  field(name: string, opts: { integer?: boolean; positive?: boolean } = {}): number | undefined {
    return this.number(this.rule[name], this.at(name), opts);
  }

  /** `[numerator, denominator]`, whole numbers, denominator > 0. */
  fraction(value: unknown, path: string, opts: { positive?: boolean } = {}): Fraction | undefined {
    if (value === undefined) return this.add(path, 'missing_field', 'required'), undefined;
    if (!Array.isArray(value) || value.length !== 2 || !value.every((x) => typeof x === 'number')) {
      return this.add(path, 'wrong_type', 'must be [numerator, denominator]'), undefined;
    }
    const [n, d] = value as number[];
    if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d) || d <= 0 || n < 0 || (opts.positive && n === 0)) {
      return this.add(path, 'invalid_value', 'must be whole numbers with a positive denominator'), undefined;
    }
    return [n, d];
  }

  /** An input name the rule reads: declared on the node, with one of the accepted types. */
  input(value: unknown, path: string, types: InputType[]): string | undefined {
    if (value === undefined) return this.add(path, 'missing_field', 'required'), undefined;
    if (typeof value !== 'string') return this.add(path, 'wrong_type', 'must be an input name'), undefined;
    const declared = this.ctx.inputs.get(value);
    if (declared === undefined) return this.add(path, 'undeclared_input', `input "${value}" is not declared on the node`), undefined;
    if (!types.includes(declared)) {
      return this.add(path, 'input_type_mismatch', `input "${value}" is ${declared}; this rule reads ${types.join(' or ')}`), undefined;
    }
    return value;
  }

  inputField(name: string, types: InputType[]): string | undefined {
    return this.input(this.rule[name], this.at(name), types);
  }

  /** The rule's bonus cap must be the node's `bonusCap` (what a score may reach above the points). */
  bonusCap(cap: number | undefined, path: string): void {
    if (cap !== undefined && cap !== this.ctx.bonusCap) {
      this.add(path, 'bonus_cap_mismatch', `the rule allows a bonus of ${cap}, the node's bonusCap is ${this.ctx.bonusCap}`);
    }
  }

  /** `{input, each, cap, beyond?}`: a per-unit bonus. */
  bonus(value: unknown, path: string, types: InputType[]): void {
    if (value === undefined) return;
    if (!isRecord(value)) return this.add(path, 'wrong_type', 'must be {input, each, cap}');
    this.input(value.input, `${path}.input`, types);
    this.number(value.each, `${path}.each`);
    const cap = this.number(value.cap, `${path}.cap`);
    if (value.beyond !== undefined) this.number(value.beyond, `${path}.beyond`, { integer: true });
    this.bonusCap(cap, `${path}.cap`);
  }

  /** A positive amount may not exceed what the node can give (points plus its bonus cap). */
  withinMaximum(amount: number | undefined, path: string): void {
    const max = (this.ctx.points ?? 0) + this.ctx.bonusCap;
    if (amount !== undefined && this.ctx.points !== undefined && amount > max) {
      this.add(path, 'invalid_value', `${amount} exceeds the node's maximum ${max}`);
    }
  }
}

/** Runs a check body against a fresh checker and returns its issues. */
export function check(rule: Readonly<Record<string, unknown>>, ctx: RuleCheckContext, body: (c: RuleChecker) => void): ValidationIssue[] {
  const checker = new RuleChecker(rule, ctx);
  body(checker);
  return checker.issues;
}
