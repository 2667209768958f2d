/**
 * Rounding as Excel's ROUND does it: half away from zero on the DECIMAL value a person sees, not on
 * the binary double. 88.175 is stored as 88.17499999999999715…; `Math.round(88.175 * 100) / 100`
 * gives 88.17, Excel gives 88.18. Excel works with 15 significant digits, so the value is first
 * written with 15 significant digits (toPrecision), then rounded as a digit string, and only the
 * result is turned back into a number (the nearest double to that decimal, the same double that
 * parsing "88.18" gives, so values that print equal compare equal).
 */

const SIGNIFICANT_DIGITS = 15;

/** ROUND(value, decimals); decimals may be negative (ROUND(1234, -2) = 1200), as in Excel. */
export function roundDecimal(value: number, decimals: number): number {
  if (!Number.isFinite(value) || !Number.isInteger(decimals)) return value;
  const negative = value < 0;
  const [mantissa, exponentText] = Math.abs(value).toPrecision(SIGNIFICANT_DIGITS).split('e');
  const [integerPart, fractionPart = ''] = mantissa.split('.');
  let digits = integerPart + fractionPart;
  // Position of the decimal point inside `digits`.
  let point = integerPart.length + Number(exponentText ?? 0);
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  const keep = point + decimals;
  if (keep < 0) return 0;
  if (keep >= digits.length) return value;
  let kept = BigInt(digits.slice(0, keep) || '0');
  if (digits.charCodeAt(keep) >= '5'.charCodeAt(0)) kept += 1n;
  if (kept === 0n) return 0;
  const result = Number(`${kept}e${-decimals}`);
  return negative ? -result : result;
}

/** The rounded value as text with exactly `decimals` decimals ("95.40"), for sentences. */
export function formatFixed(value: number, decimals: number): string {
  return roundDecimal(value, decimals).toFixed(Math.max(0, decimals));
}
