/** Turns a plan's cell grid into the one 2-D `Range.formulas` array the adapter writes, and sizes A1 ranges. */
import { parseAddress } from '../core/sheet-plan/addresses';
import type { PlanCell, SheetPlan } from '../core/sheet-plan/plan-types';

export type FormulaInput = string | number | boolean;

/**
 * Text Excel would turn into something else when typed (a number, date, boolean, error or formula):
 * indicator numbers such as "1.10" must stay text. Such strings get Excel's quote prefix "'", which
 * marks the cell as text and is not part of its value.
 */
const COERCIBLE_TEXT = [
  /^[=+\-@#']/,
  /^\s*[\d.,:/%$¥€£()eE+\- ]*\d[\d.,:/%$¥€£()eE+\- ]*\s*$/,
  /^(true|false)$/i,
  /^\d+\s*年(\s*\d+\s*月)?(\s*\d+\s*日)?$/,
  /^\d+\s*月(\s*\d+\s*日)?$/,
];

function textInput(text: string): string {
  return COERCIBLE_TEXT.some((pattern) => pattern.test(text)) ? `'${text}` : text;
}

/** What one cell contributes to the `formulas` array: "=..." for a formula, the value otherwise, "" when empty. */
export function cellInput(cell: PlanCell | null): FormulaInput {
  if (cell === null) return '';
  if (cell.formula !== undefined && cell.formula !== '') return `=${cell.formula}`;
  const value = cell.value ?? null;
  if (value === null) return '';
  return typeof value === 'string' ? textInput(value) : value;
}

/** The full grid, rows × widest row, padded with "" so the array is rectangular as Excel requires. */
export function formulaGrid(plan: SheetPlan): FormulaInput[][] {
  const width = Math.max(0, ...plan.cells.map((row) => row.length));
  return plan.cells.map((row) => Array.from({ length: width }, (_, column) => cellInput(row[column] ?? null)));
}

const CELL_RANGE = /^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/i;

/** True for "D10" or "G10:G13" (what plans use); false for whole rows/columns, names or other sheets. */
export function isCellRange(address: string): boolean {
  return CELL_RANGE.test(address.trim());
}

/** Rows and columns of a cell range such as "G10:H13" (2 × 4). */
export function rangeSize(address: string): { rows: number; columns: number } {
  const [first, last = first] = address.split(':');
  const [row0, column0] = parseAddress(first);
  const [row1, column1] = parseAddress(last);
  return { rows: Math.abs(row1 - row0) + 1, columns: Math.abs(column1 - column0) + 1 };
}

/** A rows × columns array filled with `value`, for properties Excel sets per cell (numberFormat). */
export function filled<T>(size: { rows: number; columns: number }, value: T): T[][] {
  return Array.from({ length: size.rows }, () => Array.from({ length: size.columns }, () => value));
}
