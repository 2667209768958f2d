/**
 * A score table picked in the browser: CSV (UTF-8, UTF-16 with BOM, or GBK as Chinese Excel saves
 * it) or .xlsx (ExcelJS, loaded on demand). The file is read in this page only. The same refusals as
 * the command line's: an unclosed CSV quote, an unreadable or oversized .xlsx, formulas never
 * calculated. Columns the reader cannot choose (two 总分, several years' scores "2022年得分,
 * 2023年得分", a two-row header without a total) are not a refusal here, unlike the CLI: the table
 * comes back with that role unset and `columnProblems` saying why, and the form asks the user to pick.
 */
import { readCsv } from '../core/ranking/csv';
import { findTable, findTableInSheets, type FoundTable } from '../core/ranking/ranking-table';
import { decodeTableText } from '../core/ranking/decode-text';
import { tableMessages } from '../core/ranking/table-messages';
import { sniffTableFile } from '../core/file-sniff';

export type ScoreFile = { ok: true; table: FoundTable } | { ok: false; message: string };

export async function readScoreFile(name: string, bytes: Uint8Array): Promise<ScoreFile> {
  if (/\.xlsx$/i.test(name)) {
    const { readXlsxSheets, XlsxReadError } = await import(/* webpackChunkName: "xlsx" */ '../xlsx/read-table');
    let sheets;
    try {
      sheets = await readXlsxSheets(bytes);
    } catch (error) {
      return { ok: false, message: error instanceof XlsxReadError ? error.message : tableMessages.corruptXlsx() };
    }
    const found = findTableInSheets(sheets);
    if (found?.ok) return { ok: true, table: found.table };
    if (found) return { ok: false, message: `工作表“${found.sheet}”：${found.problem.message}` };
    return { ok: false, message: '工作簿中没有可识别的成绩表（需要“单位名称”和“总分”等表头）。' };
  }
  if (/\.xls$/i.test(name)) return { ok: false, message: '不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 或 CSV。' };
  const sniffed = sniffTableFile(bytes);
  if (sniffed) return { ok: false, message: sniffed };
  const csv = readCsv(decodeTableText(bytes));
  if (csv.problem) return { ok: false, message: csv.problem.message };
  const found = findTable(csv.rows);
  return 'problem' in found ? { ok: false, message: found.problem.message } : { ok: true, table: found };
}
