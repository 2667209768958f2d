import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFixed, roundDecimal } from '../../../src/core/ranking/decimal-round';

describe('roundDecimal rounds like Excel ROUND: half away from zero on the decimal value', () => {
  it.each([
    [88.175, 2, 88.18],
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [-1.005, 2, -1.01],
    [88.18, 2, 88.18],
    [88.174999, 2, 88.17],
    [0.5, 0, 1],
    [-0.5, 0, -1],
    [1234.5, -2, 1200],
    [1250, -2, 1300],
    [9.995, 2, 10],
    [0.004, 2, 0],
    [1e-9, 2, 0],
    [1e21, 2, 1e21],
  ])('ROUND(%s, %s) = %s', (value, decimals, expected) => {
    expect(roundDecimal(value, decimals)).toBe(expected);
  });

  it('gives the same double as parsing the rounded decimal, so values that print equal compare equal', () => {
    expect(roundDecimal(88.175, 2)).toBe(Number('88.18'));
    expect(roundDecimal(0.1 + 0.2, 2)).toBe(0.3);
    expect(Object.is(roundDecimal(-0.001, 2), 0)).toBe(true);
  });

  it('agrees with integer arithmetic on every value written with three decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (thousandths) => {
        const sign = thousandths < 0 ? -1 : 1;
        const hundredths = Math.floor((Math.abs(thousandths) + 5) / 10); // half away from zero, in integers
        const value = Number(`${thousandths}e-3`);
        expect(roundDecimal(value, 2)).toBe(hundredths === 0 ? 0 : sign * Number(`${hundredths}e-2`));
      }),
      { numRuns: 2000 },
    );
  });

  it('formats with a fixed number of decimals after rounding', () => {
    expect(formatFixed(95.375, 2)).toBe('95.38');
    expect(formatFixed(60, 2)).toBe('60.00');
  });
});
