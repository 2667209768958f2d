/**
 * Building blocks of the portable formulas: standard Excel functions only, so that a workbook is
 * computed where the add-in is absent (WPS, LibreOffice, an Excel without add-ins). Excel's IF
 * evaluates only the branch it takes, so checks come first and the computation last.
 */

/** A range argument: its reference for whole-range functions and its cells for per-cell checks. */
export interface RangeRef {
  ref: string;
  cells: readonly string[];
}

/** The error value for bad input (the message cannot travel in a plain formula). */
export const ERR = 'VALUE("输入有误")';

export const blank = (x: string) => `${x}=""`;
/** Filled with something that is not a number (text or a boolean). */
export const notNumber = (x: string) => `AND(${x}<>"",NOT(ISNUMBER(${x})))`;
/** The value with a blank cell read as `fallback`. */
export const orDefault = (x: string, fallback: number) => `IF(${x}="",${fallback},${x})`;
/** Not a whole number ≥ 0 (assumes a number or a blank). */
export const notWholeCount = (x: string) => `OR(${x}<0,${x}<>INT(${x}))`;

export const anyOf = (conditions: readonly string[]) => (conditions.length === 1 ? conditions[0] : `OR(${conditions.join(',')})`);
export const allOf = (conditions: readonly string[]) => (conditions.length === 1 ? conditions[0] : `AND(${conditions.join(',')})`);

/** `IF(c1,ERR,IF(c2,ERR,…,body))`: each check guards the ones after it. */
export function guarded(checks: readonly string[], body: string): string {
  return checks.reduceRight((inner, check) => `IF(${check},${ERR},${inner})`, body);
}

/** Checks of a weight argument; an omitted weight (undefined) is the literal default. */
export function weightChecks(weight: string, required: boolean): string[] {
  return required ? [blank(weight), `NOT(ISNUMBER(${weight}))`, `${weight}<0`] : [notNumber(weight), `${weight}<0`];
}

export function weightValue(weight: string | undefined, fallback = 1): string {
  return weight === undefined ? String(fallback) : orDefault(weight, fallback);
}

/** Per-cell checks of counts: blank = 0, otherwise a whole number ≥ 0. */
export function countChecks(range: RangeRef): string[] {
  return [anyOf(range.cells.map(notNumber)), anyOf(range.cells.map(notWholeCount))];
}
