/**
 * An evaluator's .xlsx read for collecting (core/collect): every sheet's cached values and formula
 * texts, the file's SHA-256 and when it was read. Used by the CLI and, with bytes of a chosen file,
 * by the pane. A file that cannot be read is a CollectFile with `unreadable` (the reason in Chinese),
 * reported and skipped by the collector; nothing is thrown for the user's files.
 */
import ExcelJS from 'exceljs';
import type { CollectFile, CollectRole, CollectSheetGrid } from '../core/collect/collect-types';
import { tableMessages as t } from '../core/ranking/table-messages';
import { checkXlsxZip, plainValue, XlsxReadError } from './read-table';
import { readXlsxCells } from './read-xlsx-cells';

/** SHA-256 of the bytes as lower-case hex (Web Crypto: Node 20 and every browser the pane runs in). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as unknown as ArrayBuffer);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

const formulaOf = (value: ExcelJS.CellValue): string | null => {
  if (typeof value !== 'object' || value === null) return null;
  if ('formula' in value && typeof value.formula === 'string') return value.formula;
  if ('sharedFormula' in value) return String(value.sharedFormula);
  return null;
};

/**
 * One sheet read by ExcelJS, for files the XML reader (read-xlsx-cells.ts) does not take: merged
 * cells other than a merge's first are empty, as Excel shows them.
 */
function sheetGrid(sheet: ExcelJS.Worksheet): CollectSheetGrid {
  const values: unknown[][] = [];
  const formulas: (string | null)[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const rowValues: unknown[] = [];
    const rowFormulas: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (cell.isMerged && cell.master !== cell) return;
      const formula = formulaOf(cell.value);
      rowFormulas[column - 1] = formula;
      // A formula's cached result is cell.result (cell.value drops a cached 0, read-table.ts).
      const result = formula === null ? cell.value : (cell.result as ExcelJS.CellValue | undefined);
      rowValues[column - 1] = result === undefined ? null : plainValue(result);
    });
    values[rowNumber - 1] = Array.from(rowValues, (v) => v ?? null);
    formulas[rowNumber - 1] = Array.from(rowFormulas, (f) => f ?? null);
  });
  return { name: sheet.name, values: Array.from(values, (r) => r ?? []), formulas: Array.from(formulas, (r) => r ?? []) };
}

/** Every worksheet by ExcelJS; XlsxReadError when it cannot load the file. */
export async function excelJsSheets(bytes: Uint8Array): Promise<CollectSheetGrid[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return workbook.worksheets.map(sheetGrid);
  } catch {
    throw new XlsxReadError(t.corruptXlsx());
  }
}

/** The file's sheets, read from the XML where it is as expected (fast), else by ExcelJS. */
export async function readCollectFile(name: string, bytes: Uint8Array, role: CollectRole = 'evaluator', readAt = new Date().toISOString()): Promise<CollectFile> {
  const sha256 = await sha256Hex(bytes);
  const base = { name, sha256, readAt, role };
  try {
    if (bytes.length === 0) throw new XlsxReadError('文件是空的。');
    checkXlsxZip(bytes);
    const cells = await readXlsxCells(bytes).catch(() => null);
    return { ...base, sheets: cells ?? (await excelJsSheets(bytes)) };
  } catch (error) {
    if (error instanceof XlsxReadError) return { ...base, sheets: [], unreadable: error.message };
    throw error;
  }
}
