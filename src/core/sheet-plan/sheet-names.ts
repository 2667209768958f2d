/** Sheet names: Excel's rules (at most 31 characters, none of []:*?/\, not empty) and never an existing name. */

const FORBIDDEN = /[[\]:*?/\\]/g;
const MAX_LENGTH = 31;

export function cleanSheetName(name: string, fallback = '评分表'): string {
  const cleaned = name.replace(FORBIDDEN, '').replace(/^'+|'+$/g, '').trim();
  return (cleaned || fallback).slice(0, MAX_LENGTH);
}

/** `base`, or `base(2)`, `base(3)` … : the first that is not taken (Excel compares names case-insensitively). */
export function uniqueSheetName(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((name) => name.toLowerCase()));
  const clean = cleanSheetName(base);
  if (!used.has(clean.toLowerCase())) return clean;
  for (let n = 2; ; n++) {
    const suffix = `(${n})`;
    const candidate = clean.slice(0, MAX_LENGTH - suffix.length) + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
