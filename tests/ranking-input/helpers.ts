/** Builds test inputs: one-sheet .xlsx workbooks (ExcelJS) and a temporary folder for them. */
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface XlsxSpec {
  rows: unknown[][];
  merges?: string[];
  /** Formulas by cell; without `result` the file holds no cached value. */
  formulas?: Record<string, { formula: string; result?: number | string | boolean }>;
  sheet?: string;
}

export async function xlsxBytes(spec: XlsxSpec): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(spec.sheet ?? 'Sheet1');
  spec.rows.forEach((row, r) => row.forEach((value, c) => {
    if (value !== null && value !== undefined && value !== '') sheet.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
  }));
  for (const range of spec.merges ?? []) sheet.mergeCells(range);
  for (const [address, formula] of Object.entries(spec.formulas ?? {})) sheet.getCell(address).value = formula as ExcelJS.CellFormulaValue;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

export async function writeXlsx(dir: string, name: string, spec: XlsxSpec): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await xlsxBytes(spec));
  return path;
}
