/**
 * Reads the sheets of an .xlsx file as grids of plain cells (what core's findTable takes): numbers,
 * strings and booleans as they are, formulas as their cached results, rich text and hyperlinks as
 * their text, dates as yyyy-mm-dd, errors as their text ("#DIV/0!"). Row 1 is grid[0].
 */
import ExcelJS from 'exceljs';
import type { TableCell } from '../core/ranking/ranking-table';

export interface SheetGrid {
  name: string;
  rows: TableCell[][];
}

function plainCell(value: ExcelJS.CellValue): TableCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : plainCell(value.text as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) return value.result === undefined ? null : plainCell(value.result as ExcelJS.CellValue);
  return null;
}

function sheetGrid(sheet: ExcelJS.Worksheet): SheetGrid {
  const rows: TableCell[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: TableCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      // A merged cell's other parts repeat the master's value in ExcelJS: keep it in the master only.
      if (cell.isMerged && cell.master !== cell) return;
      cells[column - 1] = plainCell(cell.value);
    });
    rows[rowNumber - 1] = Array.from(cells, (cell) => cell ?? null);
  });
  return { name: sheet.name, rows: Array.from(rows, (row) => row ?? []) };
}

/** Every worksheet, in tab order. */
export async function readXlsxSheets(bytes: Uint8Array): Promise<SheetGrid[]> {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS's types say Buffer; JSZip underneath takes any Uint8Array.
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.map(sheetGrid);
}
