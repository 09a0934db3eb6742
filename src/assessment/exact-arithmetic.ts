/**
 * Exact arithmetic for points and ratios. Points, scores and weights are carried as integers (hundredths of a point,
 * ten-thousandths of a weight) and ratios are compared by cross-multiplication, so 0.1 + 0.2 never decides a score.
 */

/** A fraction as `[numerator, denominator]`, e.g. 60% = `[60, 100]`. */
export type Fraction = [number, number];

/** True when `x` is a finite number with at most `places` decimals (83.5 and 86.25 have two at most). */
export function hasAtMostDecimals(x: number, places: number): boolean {
  if (!Number.isFinite(x)) return false;
  const scaled = x * 10 ** places;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6 && Number.isSafeInteger(Math.round(scaled));
}

/** 83.5 → 8350. The caller guarantees at most two decimals (templates and inputs are validated). */
export function toHundredths(x: number): number {
  return Math.round(x * 100);
}

export function fromHundredths(h: number | bigint): number {
  return Number(h) / 100;
}

/** 0.4 → 4000: weights in ten-thousandths. */
export function toTenThousandths(x: number): number {
  return Math.round(x * 10_000);
}

/** num / den rounded half away from zero (half up for the non-negative scores this serves); den > 0. */
export function divideHalfUp(num: bigint, den: bigint): bigint {
  if (den <= 0n) throw new RangeError('divideHalfUp: the denominator must be positive');
  const magnitude = num < 0n ? -num : num;
  const rounded = (2n * magnitude + den) / (2n * den);
  return num < 0n ? -rounded : rounded;
}

/**
 * Whole steps of size `step` by which part/whole lies above (positive) or below (negative) `target`, truncated
 * toward zero: a partial step counts for nothing either way. Cross-multiplied on BigInt, whole > 0:
 * (part/whole − tn/td) / (sn/sd) = (part·td − tn·whole)·sd / (whole·td·sn).
 * 65 of 100 against 60% in 5% steps is exactly 1; 58 of 100 is 0; 50 of 100 is −2.
 */
export function fullSteps(part: number, whole: number, target: Fraction, step: Fraction): number {
  if (whole <= 0) throw new RangeError('fullSteps: the whole must be positive');
  const [tn, td] = target.map(BigInt);
  const [sn, sd] = step.map(BigInt);
  const p = BigInt(part);
  const w = BigInt(whole);
  const num = (p * td - tn * w) * sd;
  const den = w * td * sn;
  return Number(num / den); // BigInt division truncates toward zero
}

/** part/whole as a percentage with two decimals, for evidence text only (never for a decision). */
export function percentText(part: number, whole: number): string {
  if (whole <= 0) return '—';
  const hundredthsOfPercent = divideHalfUp(BigInt(part) * 10_000n, BigInt(whole));
  return `${fromHundredths(hundredthsOfPercent)}%`;
}

export function fractionText([n, d]: Fraction): string {
  return d === 100 ? `${n}%` : `${n}/${d}`;
}
