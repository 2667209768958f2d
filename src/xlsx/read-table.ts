/**
 * Reads the sheets of an .xlsx file as grids of plain cells (what core's findTable takes): numbers,
 * strings and booleans as they are, formulas as their cached results, rich text and hyperlinks as
 * their text, dates as yyyy-mm-dd, errors as their text ("#DIV/0!"). Row 1 is grid[0].
 *
 * Before ExcelJS inflates anything, the file's size and its zip directory are checked against the
 * limits below; any failure is an XlsxReadError with a Chinese message, never a
 * JSZip, sax or ExcelJS text.
 */
import ExcelJS from 'exceljs';
import { UncalculatedFormula, type TableCell } from '../core/ranking/ranking-table';
import { tableMessages as t } from '../core/ranking/table-messages';

/** An .xlsx that cannot be read, with a Chinese message for the user. */
export class XlsxReadError extends Error {
  override readonly name = 'XlsxReadError';
}

/** The largest .xlsx file read at all. */
export const MAX_XLSX_BYTES = 50 * 1024 * 1024;
/** The largest total of the sizes a zip's entries declare once uncompressed. */
export const MAX_XLSX_UNCOMPRESSED_BYTES = 500 * 1024 * 1024;
/** The largest expansion (uncompressed / compressed total) of a zip … */
export const MAX_XLSX_EXPANSION_RATIO = 200;
/**
 * … checked once the uncompressed total passes this: a few megabytes of very regular XML (empty
 * styled cells) may well compress more than 200 times, and cost nothing to read.
 */
export const XLSX_RATIO_FROM_BYTES = 10 * 1024 * 1024;

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;

/** The declared sizes of a zip's entries, read from its central directory (APPNOTE.TXT 4.3.12–4.3.16). */
function zipSizes(bytes: Uint8Array): { compressed: number; uncompressed: number; workbook: boolean } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => Number(view.getBigUint64(at, true));
  if (bytes.length >= 8 && u32(0) === 0xe011cfd0 && u32(4) === 0xe11ab1a1) throw new XlsxReadError(t.encryptedOrXls());
  // The end-of-central-directory record is in the last 22 bytes plus a comment of up to 65,535.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === EOCD) {
      end = at;
      break;
    }
  }
  if (end === -1 || bytes.length < 4 || u32(0) !== 0x04034b50) throw new XlsxReadError(t.notZip());
  let entries = u16(end + 10);
  let offset = u32(end + 16);
  const locator = end - 20;
  if (locator >= 0 && u32(locator) === ZIP64_LOCATOR) {
    const record = u64(locator + 8);
    if (record + 56 > bytes.length || u32(record) !== ZIP64_EOCD) throw new XlsxReadError(t.corruptXlsx());
    entries = u64(record + 32);
    offset = u64(record + 48);
  }
  let compressed = 0;
  let uncompressed = 0;
  let workbook = false;
  let at = offset;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || u32(at) !== CENTRAL_ENTRY) throw new XlsxReadError(t.corruptXlsx());
    let packed = u32(at + 20);
    let size = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    // Zip64: sizes of 0xFFFFFFFF are in the extra field 0x0001 (uncompressed first, then compressed).
    if (size === 0xffffffff || packed === 0xffffffff) {
      for (let extra = at + 46 + nameLength; extra + 4 <= at + 46 + nameLength + extraLength && extra + 4 <= bytes.length; ) {
        const id = u16(extra);
        const length = u16(extra + 2);
        if (id === 0x0001) {
          let field = extra + 4;
          if (size === 0xffffffff && field + 8 <= bytes.length) {
            size = u64(field);
            field += 8;
          }
          if (packed === 0xffffffff && field + 8 <= bytes.length) packed = u64(field);
          break;
        }
        extra += 4 + length;
      }
    }
    compressed += packed;
    uncompressed += size;
    // ExcelJS reads the workbook part from this name only (as Excel and WPS write it).
    if (at + 46 + nameLength <= bytes.length && String.fromCharCode(...bytes.subarray(at + 46, at + 46 + nameLength)) === 'xl/workbook.xml') workbook = true;
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { compressed, uncompressed, workbook };
}

/** Refuses, before anything is inflated, a file too large, not a zip, or a zip bomb. */
export function checkXlsxZip(bytes: Uint8Array): void {
  if (bytes.length > MAX_XLSX_BYTES) throw new XlsxReadError(t.tooLarge(bytes.length, MAX_XLSX_BYTES));
  const { compressed, uncompressed, workbook } = zipSizes(bytes);
  if (uncompressed > MAX_XLSX_UNCOMPRESSED_BYTES) throw new XlsxReadError(t.tooMuchUncompressed(uncompressed, MAX_XLSX_UNCOMPRESSED_BYTES));
  const ratio = uncompressed / Math.max(compressed, 1);
  if (uncompressed > XLSX_RATIO_FROM_BYTES && ratio > MAX_XLSX_EXPANSION_RATIO) {
    throw new XlsxReadError(t.tooHighRatio(uncompressed, compressed, ratio, MAX_XLSX_EXPANSION_RATIO));
  }
  if (!workbook) throw new XlsxReadError(t.zipNotXlsx());
}

export interface SheetGrid {
  name: string;
  rows: TableCell[][];
}

export function plainValue(value: ExcelJS.CellValue): TableCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : plainValue(value.text as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  return null;
}

const isFormula = (value: ExcelJS.CellValue) => typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value);

/**
 * A cell's value. A formula's cached result is read from `cell.result`: `cell.value` is a copy that
 * drops falsy fields, so a cached 0 (`<f>…</f><v>0</v>`) would look like no result. A formula
 * without a result is an UncalculatedFormula when the sheet was never calculated, else blank.
 */
function plainCell(cell: ExcelJS.Cell, calculated: boolean): TableCell {
  const { value } = cell;
  if (!isFormula(value)) return plainValue(value);
  const result = cell.result as ExcelJS.CellValue | undefined;
  if (result !== undefined && result !== null) return plainValue(result);
  return calculated ? null : new UncalculatedFormula(cell.formula ?? '');
}

/**
 * Whether a sheet's formulas were ever calculated: at least one holds a cached result. ExcelJS
 * cannot tell a formula whose result is an empty string (Excel writes `<v></v>`) from one never
 * calculated (no `<v>`): both come without a result. A sheet saved by Excel or WPS has cached values
 * on its other formulas, so a missing result there is an empty string (blank); a sheet where no
 * formula has one was written by a program and never opened (gov-eval workbook --portable).
 */
function sheetCalculated(sheet: ExcelJS.Worksheet): boolean {
  let formulas = 0;
  let calculated = false;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    if (calculated) return;
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (!isFormula(cell.value)) return;
      formulas++;
      if (cell.result !== undefined && cell.result !== null) calculated = true;
    });
  });
  return calculated || formulas === 0;
}

/**
 * The grid of one sheet. Merged cells: a merge spanning several rows (类别 A类 merged down over its
 * sites, a header merged down over a two-row header) gives its value to every row, in the merge's
 * first column only; the other columns of a merge stay blank. So a title or a 得分 parent merged
 * across columns keeps its text in its first column only, as Excel and Office.js show it, and never
 * makes a second header column (two 总分 would be ambiguous) or a false header row; while every row
 * of a merged category or name gets it, as the reader of the printed table sees it.
 */
function sheetGrid(sheet: ExcelJS.Worksheet): SheetGrid {
  const calculated = sheetCalculated(sheet);
  const rows: TableCell[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: TableCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      // The other parts of a merge: the master's value below it in its column, blank elsewhere.
      if (cell.isMerged && cell.master !== cell) {
        if (Number(cell.master.col) === column && Number(cell.master.row) < rowNumber) cells[column - 1] = plainCell(cell.master, calculated);
        return;
      }
      cells[column - 1] = plainCell(cell, calculated);
    });
    rows[rowNumber - 1] = Array.from(cells, (cell) => cell ?? null);
  });
  return { name: sheet.name, rows: Array.from(rows, (row) => row ?? []) };
}

/** Every worksheet, in tab order. Throws XlsxReadError (Chinese message) for anything unreadable. */
export async function readXlsxSheets(bytes: Uint8Array): Promise<SheetGrid[]> {
  checkXlsxZip(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's types say Buffer; JSZip underneath takes any Uint8Array.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new XlsxReadError(t.corruptXlsx());
  }
  try {
    return workbook.worksheets.map(sheetGrid);
  } catch {
    throw new XlsxReadError(t.corruptXlsx());
  }
}
