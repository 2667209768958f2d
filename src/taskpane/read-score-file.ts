/**
 * A score table picked in the browser: CSV (UTF-8, UTF-16 with BOM, or GBK as Chinese Excel saves
 * it) or .xlsx (ExcelJS, loaded on demand). The file is read in this page only.
 */
import { parseCsv } from '../core/ranking/csv';
import { findTable, type FoundTable } from '../core/ranking/ranking-table';
import { decodeTableText } from '../core/ranking/decode-text';

export type ScoreFile = { ok: true; table: FoundTable } | { ok: false; message: string };

export async function readScoreFile(name: string, bytes: Uint8Array): Promise<ScoreFile> {
  if (/\.xlsx$/i.test(name)) {
    const { readXlsxSheets } = await import(/* webpackChunkName: "xlsx" */ '../xlsx/read-table');
    let sheets;
    try {
      sheets = await readXlsxSheets(bytes);
    } catch {
      return { ok: false, message: '文件不是有效的 .xlsx 工作簿。' };
    }
    for (const sheet of sheets) {
      const found = findTable(sheet.rows);
      if (!('problem' in found)) return { ok: true, table: found };
    }
    return { ok: false, message: '工作簿中没有可识别的成绩表（需要“单位名称”和“总分”等表头）。' };
  }
  if (/\.xls$/i.test(name)) return { ok: false, message: '不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 或 CSV。' };
  const found = findTable(parseCsv(decodeTableText(bytes)));
  return 'problem' in found ? { ok: false, message: found.problem.message } : { ok: true, table: found };
}
