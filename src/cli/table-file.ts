/**
 * A ranking table from a file: CSV (UTF-8 with or without BOM, UTF-16 with BOM as Excel's "Unicode
 * text", or GBK as Chinese Excel saves "CSV (逗号分隔)") or .xlsx (the first sheet with a
 * recognisable table, or the sheet named by --sheet).
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseCsv } from '../core/ranking/csv';
import { decodeTableText } from '../core/ranking/decode-text';
import { rankingMessages, roleLabels } from '../core/ranking/ranking-messages';
import { type FoundTable, findTable } from '../core/ranking/ranking-table';
import { readXlsxSheets } from '../xlsx/read-table';

export type TableFile = { ok: true; table: FoundTable; sheet: string | null } | { ok: false; message: string };

export async function readTableFile(path: string, sheetName?: string): Promise<TableFile> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    return { ok: false, message: `无法读取文件 “${path}”。` };
  }
  const extension = extname(path).toLowerCase();
  if (extension === '.xlsx' || extension === '.xlsm') return xlsxTable(bytes, sheetName);
  if (extension === '.xls') return { ok: false, message: '不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 或 CSV。' };
  const found = findTable(parseCsv(decodeTableText(bytes)));
  return 'problem' in found ? { ok: false, message: found.problem.message } : { ok: true, table: found, sheet: null };
}

async function xlsxTable(bytes: Uint8Array, sheetName?: string): Promise<TableFile> {
  let sheets;
  try {
    sheets = await readXlsxSheets(bytes);
  } catch {
    return { ok: false, message: '文件不是有效的 .xlsx 工作簿。' };
  }
  if (sheetName !== undefined) {
    const sheet = sheets.find((s) => s.name.toLowerCase() === sheetName.toLowerCase());
    if (!sheet) return { ok: false, message: `工作簿中没有名为 “${sheetName}” 的工作表（现有：${sheets.map((s) => s.name).join('、')}）。` };
    const found = findTable(sheet.rows);
    return 'problem' in found ? { ok: false, message: `工作表 “${sheet.name}”：${found.problem.message}` } : { ok: true, table: found, sheet: sheet.name };
  }
  for (const sheet of sheets) {
    const found = findTable(sheet.rows);
    if (!('problem' in found)) return { ok: true, table: found, sheet: sheet.name };
  }
  return { ok: false, message: `工作簿的各工作表中都没有可识别的排名表格。${rankingMessages.noHeader([roleLabels.name, roleLabels.score])}` };
}
