import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import { excelJsSheets } from '../../src/xlsx/read-collect-file';
import { readXlsxCells } from '../../src/xlsx/read-xlsx-cells';
import type { CollectSheetGrid } from '../../src/core/collect/collect-types';
import { saveThroughLibreOffice } from './round-support';

/** Values as they are; formulas by presence (a shared formula's copies carry no text of their own). */
function comparable(grids: CollectSheetGrid[]) {
  return grids.map((g) => ({
    name: g.name,
    values: g.values.map((row) => row.map((v) => (v === '' ? null : v))).map((row) => trimmed(row)),
    formulas: g.formulas.map((row) => trimmed(row.map((f) => (f === null ? null : true)))),
  }));
}
const trimmed = <T>(row: T[]) => {
  const copy = [...row];
  while (copy.length > 0 && (copy[copy.length - 1] === null || copy[copy.length - 1] === undefined)) copy.pop();
  return copy;
};
const rows = <T>(grid: T[][]) => {
  const copy = grid.map((r) => r);
  while (copy.length > 0 && (copy[copy.length - 1] as unknown[]).length === 0) copy.pop();
  return copy;
};
const normalised = (grids: CollectSheetGrid[]) => comparable(grids).map((g) => ({ ...g, values: rows(g.values), formulas: rows(g.formulas) }));

describe('reading an .xlsx from its XML gives what ExcelJS gives', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cells-'));

  it('for a workbook the CLI wrote, a hand-edited one (rich text, booleans, errors, merges) and one saved by LibreOffice', { timeout: 180_000 }, async () => {
    writeFileSync(join(dir, 'sites.txt'), '甲县\n乙县 & 丙县 <旧>\n');
    expect((await run(['workbook', 'gx-2023-county', '--sites', join(dir, 'sites.txt'), '--portable', '-o', join(dir, 'w.xlsx')])).exitCode).toBe(0);
    const written = new Uint8Array(readFileSync(join(dir, 'w.xlsx')));

    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('手工');
    sheet.getCell('A1').value = { richText: [{ text: '富' }, { text: '文本', font: { bold: true } }] };
    sheet.getCell('B1').value = true;
    sheet.getCell('C1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    sheet.getCell('D1').value = { formula: 'A2*2', result: 0 };
    sheet.getCell('E1').value = { formula: 'A2&"x"', result: '' };
    sheet.getCell('A2').value = 0.1 + 0.2;
    sheet.getCell('B2').value = '"引号" & <尖括号>';
    sheet.getCell('C3').value = '合并';
    sheet.mergeCells('C3:E4');
    const edited = new Uint8Array(await book.xlsx.writeBuffer());
    const saved = await saveThroughLibreOffice(written);

    for (const bytes of [written, edited, saved]) {
      const fast = await readXlsxCells(bytes);
      expect(fast).not.toBeNull();
      expect(normalised(fast ?? [])).toEqual(normalised(await excelJsSheets(bytes)));
    }
    const names = (await readXlsxCells(written))?.map((g) => g.name);
    expect(names).toEqual(['汇总', '甲县', '乙县 & 丙县 <旧>']);
  });
});
