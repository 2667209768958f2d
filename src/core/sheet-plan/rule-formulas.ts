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

export function ruleFormula(mode: FormulaMode, id: FunctionId, args: FormulaArg[]): string {
  if (mode === 'portable') return twins[id](...args);
  const last = args.reduce((end, arg, index) => (arg === undefined ? end : index + 1), 0);
  const written = args.slice(0, last).map((arg) => (arg === undefined ? '""' : typeof arg === 'string' ? arg : arg.ref));
  return `GOV.${id}(${written.join(',')})`;
}

/** A vertical range of one column, rows first..last (0-based), for range arguments. */
export function columnRange(columnLetter: string, firstRow: number, lastRow: number): RangeRef {
  const cells: string[] = [];
  for (let row = firstRow; row <= lastRow; row++) cells.push(`${columnLetter}${row + 1}`);
  return { ref: cells.length === 1 ? cells[0] : `${cells[0]}:${cells[cells.length - 1]}`, cells };
}
