/** Turns a plan's cell grid into the one 2-D `Range.formulas` array the adapter writes, and sizes A1 ranges. */
import { parseAddress } from '../sheet-plan/addresses';
import type { PlanCell, SheetPlan } from '../sheet-plan/plan-types';
import { InvalidMarkAddressError } from './errors';

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

/** The length of the longest row (a loop: spreading 100,000 rows into Math.max overflows the stack). */
export function widestRow(rows: readonly (readonly unknown[])[]): number {
  let width = 0;
  for (const row of rows) if (row.length > width) width = row.length;
  return width;
}

/** The full grid, rows × widest row, padded with "" so the array is rectangular as Excel requires. */
export function formulaGrid(plan: SheetPlan): FormulaInput[][] {
  const width = widestRow(plan.cells);
  return plan.cells.map((row) => Array.from({ length: width }, (_, column) => cellInput(row[column] ?? null)));
}

const CELL_RANGE = /^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/i;

/** True for "D10" or "G10:G13" (what plans use); false for whole rows/columns, names or other sheets. */
export function isCellRange(address: string): boolean {
  return CELL_RANGE.test(address.trim());
}

/** Refuses (InvalidMarkAddressError) the first address that is not a cell or range on the sheet itself. */
export function assertMarkAddresses(cells: string[]): void {
  const bad = cells.find((address) => !isCellRange(address));
  if (bad !== undefined) throw new InvalidMarkAddressError(bad);
}

export type Box = [row0: number, column0: number, row1: number, column1: number];

/** The 0-based corners of a cell range ("G10:H13" → [9, 6, 12, 7]), top left first. */
export function cellBox(address: string): Box {
  const [first, last = first] = address.split(':');
  const [r0, c0] = parseAddress(first);
  const [r1, c1] = parseAddress(last);
  return [Math.min(r0, r1), Math.min(c0, c1), Math.max(r0, r1), Math.max(c0, c1)];
}

/** Rows and columns of a cell range such as "G10:H13" (4 × 2). */
export function rangeSize(address: string): { rows: number; columns: number } {
  const [r0, c0, r1, c1] = cellBox(address);
  return { rows: r1 - r0 + 1, columns: c1 - c0 + 1 };
}

/** A rows × columns array filled with `value`, for properties Excel sets per cell (numberFormat). */
export function filled<T>(size: { rows: number; columns: number }, value: T): T[][] {
  return Array.from({ length: size.rows }, () => Array.from({ length: size.columns }, () => value));
}

/** Consecutive indexes with the same key, as [first, last, key] runs (to set "A:C" once, not three times). */
export function runs<K>(indexes: number[], keyOf: (index: number) => K): [number, number, K][] {
  const result: [number, number, K][] = [];
  for (const index of indexes) {
    const key = keyOf(index);
    const last = result[result.length - 1];
    if (last && last[1] === index - 1 && last[2] === key) last[1] = index;
    else result.push([index, index, key]);
  }
  return result;
}
