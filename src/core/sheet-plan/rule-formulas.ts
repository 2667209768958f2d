/**
 * The score formula of a rule in either mode: `GOV.*` custom functions, or their portable twins
 * in standard Excel functions (for WPS, LibreOffice and Excel without the add-in).
 */
import * as portable from '../rules/portable/portable-formulas';
import type { RangeRef } from '../rules/portable/portable-formulas';

export type FormulaMode = 'gov' | 'portable';

/** An argument: a cell address, a range, an expression (a literal number, ABS(D6)), or omitted. */
export type FormulaArg = string | RangeRef | undefined;

export type FunctionId =
  | 'NEWMEDIA_SUPERVISION'
  | 'CAPPED_DEDUCTION'
  | 'CAPPED_BONUS'
  | 'SPLIT_SCORE'
  | 'SHARE_DEDUCTION'
  | 'COUNT_TIER'
  | 'SERVICE_FORM_SCORE'
  | 'RATIO_SCORE'
  | 'QUARTER_HEALTH'
  | 'BEST_CASES'
  | 'CONTEST_SCORE';

/* eslint-disable @typescript-eslint/no-explicit-any -- each twin has its own argument list; the dispatch passes the caller's arguments through unchanged. */
const twins: Record<FunctionId, (...args: any[]) => string> = {
  NEWMEDIA_SUPERVISION: portable.newmediaSupervisionFormula,
  CAPPED_DEDUCTION: portable.cappedPerEventFormula,
  CAPPED_BONUS: portable.cappedPerEventFormula,
  SPLIT_SCORE: portable.splitScoreFormula,
  SHARE_DEDUCTION: portable.shareDeductionFormula,
  COUNT_TIER: portable.countTierFormula,
  SERVICE_FORM_SCORE: portable.serviceFormScoreFormula,
  RATIO_SCORE: portable.ratioScoreFormula,
  QUARTER_HEALTH: portable.quarterHealthFormula,
  BEST_CASES: portable.bestCasesFormula,
  CONTEST_SCORE: portable.contestScoreFormula,
};
/* eslint-enable @typescript-eslint/no-explicit-any */

const REFERENCE = /^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/;

/**
 * A cell or range argument of a GOV call with its blanks made explicit: `IF(ISBLANK(H5:H8),"",H5:H8)`.
 * Excel desktop hands an empty cell to a custom function as 0 and Excel on the web as null, scalar
 * and inside matrix arguments (office-js #4702, #1951, #5262), so a function cannot tell "not filled"
 * from 0 by itself; a formula result "" arrives as "" everywhere. The range form is an array
 * expression: it needs dynamic arrays, which every host that can install the add-in has (the
 * manifest requires SharedRuntime 1.1: Microsoft 365 from Version 2002, Excel 2021, the web and Mac
 * 16.35; dynamic arrays reached Microsoft 365 Current Channel in January 2020 and are in Excel 2021).
 * Expressions (ABS(D6), literals) are left as they are: Excel computes them before the call.
 */
export function blankExplicit(argument: string): string {
  return REFERENCE.test(argument) ? `IF(ISBLANK(${argument}),"",${argument})` : argument;
}

export function ruleFormula(mode: FormulaMode, id: FunctionId, args: FormulaArg[]): string {
  if (mode === 'portable') return twins[id](...args);
  const last = args.reduce((end, arg, index) => (arg === undefined ? end : index + 1), 0);
  const written = args.slice(0, last).map((arg) => (arg === undefined ? '""' : blankExplicit(typeof arg === 'string' ? arg : arg.ref)));
  return `GOV.${id}(${written.join(',')})`;
}

/** A vertical range of one column, rows first..last (0-based), for range arguments. */
export function columnRange(columnLetter: string, firstRow: number, lastRow: number): RangeRef {
  const cells: string[] = [];
  for (let row = firstRow; row <= lastRow; row++) cells.push(`${columnLetter}${row + 1}`);
  return { ref: cells.length === 1 ? cells[0] : `${cells[0]}:${cells[cells.length - 1]}`, cells };
}
