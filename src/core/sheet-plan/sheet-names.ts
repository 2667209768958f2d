/** Sheet names: Excel's rules (at most 31 characters, none of []:*?/\, not empty) and never an existing name. */
import { cleanName, takeChars } from '../text-input';

const FORBIDDEN = /[[\]:*?/\\]/g;
const MAX_LENGTH = 31;

export function cleanSheetName(name: string, fallback = '评分表'): string {
  const cleaned = cleanName(name).replace(FORBIDDEN, '').replace(/^'+|'+$/g, '').trim();
  // Cut by characters, not UTF-16 units: half a surrogate pair is not a valid name.
  return takeChars(cleaned || fallback, MAX_LENGTH).trim();
}

/**
 * Names Excel keeps for itself: "History" (the change-tracking sheet; ExcelJS refuses it with
 * "The name \"History\" is protected"). A site called History gets History(2).
 */
const RESERVED = ['history'];

/** `base`, or `base(2)`, `base(3)` … : the first that is not taken (Excel compares names case-insensitively). */
export function uniqueSheetName(base: string, taken: Iterable<string>): string {
  const used = new Set([...[...taken].map((name) => name.toLowerCase()), ...RESERVED]);
  const clean = cleanSheetName(base);
  if (!used.has(clean.toLowerCase())) return clean;
  for (let n = 2; ; n++) {
    const suffix = `(${n})`;
    const candidate = takeChars(clean, MAX_LENGTH - suffix.length) + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
