import { fromHundredths } from '../exact-arithmetic';
import type { Evidence, InputValues, ScoreResult } from './scoring.types';

/**
 * Reads a rule's figures. A figure that is absent or not of its type counts as missing (inputProblems reports the
 * wrong type; a rule only proposes a score when every figure it needs is there).
 */
export class InputReader {
  readonly missing: string[] = [];

  constructor(private readonly values: InputValues) {}

  integer(name: string): number {
    const v = this.values[name];
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return v;
    this.miss(name);
    return 0;
  }

  list(name: string): number[] {
    const v = this.values[name];
    if (Array.isArray(v) && v.every((x) => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0)) return v as number[];
    this.miss(name);
    return [];
  }

  boolean(name: string): boolean {
    const v = this.values[name];
    if (typeof v === 'boolean') return v;
    this.miss(name);
    return false;
  }

  option(name: string): string {
    const v = this.values[name];
    if (typeof v === 'string') return v;
    this.miss(name);
    return '';
  }

  get complete(): boolean {
    return this.missing.length === 0;
  }

  private miss(name: string): void {
    if (!this.missing.includes(name)) this.missing.push(name);
  }
}

export function rule(text: string): Evidence {
  return { kind: 'rule', text };
}

export function notProposed(missing: string[], evidence: Evidence[] = []): ScoreResult {
  return { score: null, bonus: 0, missing, evidence };
}

/** A proposal from hundredths: `baseH` within the points, `bonusH` above them. */
export function proposed(baseH: number, bonusH: number, evidence: Evidence[]): ScoreResult {
  return { score: fromHundredths(baseH + bonusH), bonus: fromHundredths(bonusH), evidence };
}
