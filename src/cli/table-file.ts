/**
 * A ranking table from a file: CSV (UTF-8 with or without BOM, UTF-16 with BOM as Excel's "Unicode
 * text", or GBK as Chinese Excel saves "CSV (逗号分隔)") or .xlsx (the first sheet with a
 * recognisable table, or the sheet named by --sheet). Whatever cannot be read is a Chinese message:
 * an unclosed CSV quote, an unreadable or oversized .xlsx (XlsxReadError), formulas never
 * calculated, and columns that cannot be chosen (two 总分, a two-row header without a total) since
 * the command line, unlike the pane, has no way to pick them.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { readCsv } from '../core/ranking/csv';
import { decodeTableText } from '../core/ranking/decode-text';
import { sniffTableFile } from '../core/file-sniff';
import { rankingMessages, roleLabels } from '../core/ranking/ranking-messages';
import { type FoundTable, findTable, findTableInSheets } from '../core/ranking/ranking-table';
import { tableMessages } from '../core/ranking/table-messages';
import { MAX_XLSX_BYTES, readXlsxSheets, XlsxReadError } from '../xlsx/read-table';

export type TableFile = { ok: true; table: FoundTable; sheet: string | null } | { ok: false; message: string };

/** The largest CSV file read (the same as an .xlsx: 100,000 sites take about 6 MB). */
export const MAX_TABLE_FILE_BYTES = MAX_XLSX_BYTES;

/** The found table, or its first problem that stops ranking (no header, uncalculated, column choice). */
function usable(found: FoundTable | { problem: { message: string } }, sheet: string | null, prefix = ''): TableFile {
  if ('problem' in found) return { ok: false, message: `${prefix}${found.problem.message}` };
  if (found.columnProblems.length > 0) return { ok: false, message: found.columnProblems.map((p) => `${prefix}${p.message}`).join('\n') };
  return { ok: true, table: found, sheet };
}

export async function readTableFile(path: string, sheetName?: string): Promise<TableFile> {
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    if (size > MAX_TABLE_FILE_BYTES) return { ok: false, message: `“${path}”：${tableMessages.tooLarge(size, MAX_TABLE_FILE_BYTES)}` };
    bytes = readFileSync(path);
  } catch {
    return { ok: false, message: `无法读取文件 “${path}”。` };
  }
  const extension = extname(path).toLowerCase();
  if (extension === '.xlsx' || extension === '.xlsm') return xlsxTable(bytes, sheetName);
  if (extension === '.xls') return { ok: false, message: '不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 或 CSV。' };
  const sniffed = sniffTableFile(bytes);
  if (sniffed) return { ok: false, message: `“${path}”：${sniffed}` };
  const csv = readCsv(decodeTableText(bytes));
  if (csv.problem) return { ok: false, message: csv.problem.message };
  return usable(findTable(csv.rows), null);
}

async function xlsxTable(bytes: Uint8Array, sheetName?: string): Promise<TableFile> {
  let sheets;
  try {
    sheets = await readXlsxSheets(bytes);
  } catch (error) {
    return { ok: false, message: error instanceof XlsxReadError ? error.message : tableMessages.corruptXlsx() };
  }
  if (sheets.length === 0) return { ok: false, message: tableMessages.noSheets() };
  if (sheetName !== undefined) {
    const sheet = sheets.find((s) => s.name.toLowerCase() === sheetName.toLowerCase());
    if (!sheet) return { ok: false, message: `工作簿中没有名为 “${sheetName}” 的工作表（现有：${sheets.map((s) => s.name).join('、')}）。` };
    return usable(findTable(sheet.rows), sheet.name, `工作表 “${sheet.name}”：`);
  }
  const found = findTableInSheets(sheets);
  if (!found) return { ok: false, message: `工作簿的各工作表中都没有可识别的排名表格。${rankingMessages.noHeader([roleLabels.name, roleLabels.score])}` };
  if (!found.ok) return { ok: false, message: `工作表 “${found.sheet}”：${found.problem.message}` };
  return usable(found.table, found.sheet, `工作表 “${found.sheet}”：`);
}
