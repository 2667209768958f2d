/** Tolerance for comparing sums of weights and shares written with one or two decimals. */
export const EPSILON = 1e-9;

export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Sums without the binary noise of 0.1 + 0.2: rounds to 10 decimals. */
export function sum(values: readonly number[]): number {
  return Math.round(values.reduce((total, value) => total + value, 0) * 1e10) / 1e10;
}

/** A number as a person writes it: 12, 1.5, 0.25 (no trailing zeros, at most 4 decimals). */
export function formatNumber(value: number): string {
  return String(Math.round(value * 1e4) / 1e4);
}
