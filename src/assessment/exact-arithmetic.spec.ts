import { divideHalfUp, fullSteps, hasAtMostDecimals, percentText, toHundredths } from './exact-arithmetic';

describe('exact arithmetic', () => {
  it('counts whole steps by cross-multiplication, truncating partial steps toward zero', () => {
    expect(fullSteps(65, 100, [60, 100], [5, 100])).toBe(1);
    expect(fullSteps(70, 100, [60, 100], [5, 100])).toBe(2);
    expect(fullSteps(58, 100, [60, 100], [5, 100])).toBe(0);
    expect(fullSteps(55, 100, [60, 100], [5, 100])).toBe(-1);
    expect(fullSteps(50, 100, [60, 100], [5, 100])).toBe(-2);
    expect(fullSteps(0, 7, [60, 100], [5, 100])).toBe(-12);
    // 0.1 + 0.2 style traps: 3 of 10 against 10% in 10% steps is exactly 2
    expect(fullSteps(3, 10, [10, 100], [10, 100])).toBe(2);
    expect(fullSteps(29, 100, [20, 100], [3, 100])).toBe(3);
  });

  it('handles counts far beyond floating-point exactness', () => {
    const whole = 2 ** 52;
    expect(fullSteps(whole * 0.75, whole, [60, 100], [5, 100])).toBe(3);
  });

  it('rounds half away from zero on integers', () => {
    expect(divideHalfUp(8515n, 100n)).toBe(85n);
    expect(divideHalfUp(850n, 100n)).toBe(9n);
    expect(divideHalfUp(849n, 100n)).toBe(8n);
    expect(divideHalfUp(-850n, 100n)).toBe(-9n);
    expect(() => divideHalfUp(1n, 0n)).toThrow(RangeError);
  });

  it('reads points in hundredths and knows when a number has too many decimals', () => {
    expect(toHundredths(83.5)).toBe(8350);
    expect(toHundredths(86.25)).toBe(8625);
    expect(toHundredths(0.1 + 0.2)).toBe(30);
    expect(hasAtMostDecimals(86.25, 2)).toBe(true);
    expect(hasAtMostDecimals(0.125, 2)).toBe(false);
    expect(hasAtMostDecimals(Number.NaN, 2)).toBe(false);
  });

  it('shows a share for evidence only', () => {
    expect(percentText(2, 3)).toBe('66.67%');
    expect(percentText(1, 0)).toBe('—');
  });
});
