/**
 * Reading ET ranges into the shapes the pane uses (those of Office.js): 2-D arrays, "" for empty
 * cells, error values as their text, formulas as text for formula cells and the value otherwise.
 */
import { parseSheetMarker, type SheetMarker } from '../core/sheet-plan/sheet-keys';
import { rangeAddress } from '../core/sheet-plan/addresses';
import type { EtRange, EtWorksheet } from './et-types';

/**
 * Error values through COM/VBA are CVErr codes: xlErrDiv0 = 2007 … (Microsoft Learn, "Cell error
 * values"), seen from outside VBA as the HRESULT 0x800A0000 + code (-2146826281 for #DIV/0!). How
 * WPS's JavaScript hands them over we could not find documented: both forms, and text, are accepted.
 */
const ERROR_TEXT: Record<number, string> = { 2000: '#NULL!', 2007: '#DIV/0!', 2015: '#VALUE!', 2023: '#REF!', 2029: '#NAME?', 2036: '#NUM!', 2042: '#N/A' };
const HRESULT_BASE = -2146828288; // 0x800A0000 as a signed 32-bit integer

export function cellValue(value: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' && Number.isInteger(value) && value < -2146000000) {
    const text = ERROR_TEXT[value - HRESULT_BASE];
    if (text) return text;
  }
  return value;
}

/** A range property read as rows × columns (VBA gives a one-cell range's value as a scalar). */
export function block(value: unknown, rows: number, columns: number): unknown[][] {
  const grid = Array.isArray(value) ? (value as unknown[]).map((row) => (Array.isArray(row) ? row : [row])) : [[value]];
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => cellValue(grid[r]?.[c])));
}

/** The range's box, 0-based [row0, column0, row1, column1]. */
export function boxOfRange(range: EtRange): [number, number, number, number] {
  const row0 = range.Row - 1;
  const column0 = range.Column - 1;
  return [row0, column0, row0 + range.Rows.Count - 1, column0 + range.Columns.Count - 1];
}

export function valuesOf(range: EtRange): unknown[][] {
  return block(range.Value2, range.Rows.Count, range.Columns.Count);
}

/** Formula texts for formula cells, values otherwise (VBA's Formula gives constants as text). */
export function formulasOf(range: EtRange, values: unknown[][]): unknown[][] {
  const texts = block(range.Formula, range.Rows.Count, range.Columns.Count);
  return texts.map((row, r) => row.map((text, c) => (typeof text === 'string' && text.startsWith('=') ? text : values[r][c])));
}

/** "'评分表'!A1:M40", the sheet-qualified form Office.js returns. */
export function qualifiedAddress(sheetName: string, box: [number, number, number, number]): string {
  return `'${sheetName.replace(/'/g, "''")}'!${rangeAddress(...box)}`;
}

/**
 * The sheet's gov-eval marker: the rightmost marker in row 1 of its used range (as sheet-probe.ts in
 * the Office.js adapter), or null. UsedRange may start below row 1; then there is no marker.
 */
export function markerOfSheet(sheet: EtWorksheet): SheetMarker | null {
  const used = sheet.UsedRange;
  if (used.Row !== 1) return null;
  const [, column0, , column1] = boxOfRange(used);
  const row = block(sheet.Range(rangeAddress(0, column0, 0, column1)).Value2, 1, column1 - column0 + 1)[0];
  for (let column = row.length - 1; column >= 0; column--) {
    const marker = parseSheetMarker(row[column]);
    if (marker) return marker;
  }
  return null;
}
