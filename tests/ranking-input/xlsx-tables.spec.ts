/**
 * Issue 12 items 3–5 on .xlsx score tables read by `rank`: cached formula values of 0, formulas never
 * calculated, merged category cells, two-row headers. Workbooks are generated with ExcelJS.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import { UncalculatedFormula } from '../../src/core/ranking/ranking-table';
import { readXlsxSheets } from '../../src/xlsx/read-table';
import { readWorkbookSheets } from '../../src/xlsx/read-workbook-sheets';
import { tempDir, writeXlsx, xlsxBytes } from './helpers';

const dir = tempDir('ranking-xlsx-');

type JsonRow = { name: string; score: number; rank: number };
const rowsOf = (stdout: string) =>
  (JSON.parse(stdout) as { groups: { category: string; rows: JsonRow[] }[] }).groups.map((g) => [g.category, g.rows.map((r) => [r.rank, r.name, r.score])]);

describe('item 3: formula cells', () => {
  it('reads a formula whose cached value is 0 as 0, not as a missing score', async () => {
    // ExcelJS writes <f>B2</f><v>0</v>; its cell.value drops the falsy result, cell.result keeps it.
    const file = await writeXlsx(dir, 'zero.xlsx', {
      rows: [['单位名称', '基础分', '总分'], ['甲', 0], ['乙', 80]],
      formulas: { C2: { formula: 'B2', result: 0 }, C3: { formula: 'B3', result: 80 } },
    });
    const result = await run(['rank', file, '--json']);
    expect(result.stderr ?? '').not.toContain('没有总分');
    expect(result.exitCode).toBe(0);
    expect(rowsOf(result.stdout)).toEqual([['', [[1, '乙', 80], [2, '甲', 0]]]]);
  });

  it('gives one ranking-uncalculated error, not 没有总分 per site, for formulas never calculated', async () => {
    const file = await writeXlsx(dir, 'never.xlsx', {
      rows: [['单位名称', '基础分', '总分'], ['甲', 70], ['乙', 80]],
      formulas: { C2: { formula: 'B2' }, C3: { formula: 'B3' } },
    });
    const result = await run(['rank', file]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe(
      '工作表 “Sheet1”：表格中的公式没有计算结果：C 列“总分”第 2–3 行共 2 个单元格只有公式、没有保存的值（文件从未在 Excel 或 WPS 中计算过，例如由 gov-eval workbook 生成后没有打开过）。请先在 Excel 或 WPS 中打开并保存该文件，再生成排名。',
    );
    expect(result.stderr ?? '').not.toContain('没有总分');
  });

  it('refuses the workbook the CLI writes (--portable, never opened) the same way', async () => {
    const sites = join(dir, 'sites.txt');
    writeFileSync(sites, '甲县\n乙县\n');
    const workbook = join(dir, 'county.xlsx');
    expect((await run(['workbook', 'gx-2023-county', '--sites', sites, '--portable', '-o', workbook])).exitCode).toBe(0);
    const result = await run(['rank', workbook]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('工作表 “汇总”：表格中的公式没有计算结果：');
    expect(result.stdout).toContain('“总分”第 4–5 行共 2 个单元格');
  }, 30_000);

  it('reads a formula without a value on a calculated sheet as blank (Excel’s empty-string result)', async () => {
    const file = await writeXlsx(dir, 'empty-result.xlsx', {
      rows: [['单位名称', '基础分', '总分'], ['甲', 70], ['乙']],
      formulas: { C2: { formula: 'B2', result: 70 }, C3: { formula: 'IF(B3="","",B3)' } },
    });
    const result = await run(['rank', file]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('错误 [ranking-no-score] 第 3 行：“乙”没有总分，未参加排名。');
  });

  it('marks uncalculated formulas in the grid and turns them into blanks for the task-split reader', async () => {
    const bytes = await xlsxBytes({ rows: [['a']], formulas: { B1: { formula: 'A1&"x"' } } });
    expect((await readXlsxSheets(bytes))[0].rows[0][1]).toBeInstanceOf(UncalculatedFormula);
    expect((await readWorkbookSheets(bytes))[0].snapshot.values[0]).toEqual(['a', '']);
  });
});

describe('item 4: merged cells', () => {
  it('gives a category merged down over several rows to every row of it', async () => {
    const file = await writeXlsx(dir, 'merged-category.xlsx', {
      rows: [['类别', '单位名称', '总分'], ['A类', '甲', 90], [null, '乙', 80], [null, '丙', 70], ['B类', '丁', 60]],
      merges: ['A2:A4'],
    });
    const result = await run(['rank', file, '--json']);
    expect(result.exitCode).toBe(0);
    expect(rowsOf(result.stdout)).toEqual([
      ['A类', [[1, '甲', 90], [2, '乙', 80], [3, '丙', 70]]],
      ['B类', [[1, '丁', 60]]],
    ]);
  });

  it('keeps a merge across columns in its first cell only (a title never becomes a header column)', async () => {
    const bytes = await xlsxBytes({ rows: [['总分'], ['单位名称', '总分'], ['甲', 90]], merges: ['A1:C1'] });
    expect((await readXlsxSheets(bytes))[0].rows[0]).toEqual(['总分']);
    const block = await xlsxBytes({ rows: [['类别', '单位名称', '总分'], ['A类', '甲', 90], [null, '乙', 80]], merges: ['A2:B3'] });
    // A block merge fills down its first column only.
    expect((await readXlsxSheets(block))[0].rows.map((row) => row[0])).toEqual(['类别', 'A类', 'A类']);
  });
});

describe('item 5: two-row headers', () => {
  const twoRows = (children: string[]) => ({
    rows: [['单位名称', '得分', null, null, '否决'], [null, ...children, null], ['甲', 80, 5, 85, '否'], ['乙', 90, 1, 91, '否'], ['丙', 95, 0, 70, '否']],
    merges: ['A1:A2', 'B1:D1', 'E1:E2'],
  });

  it('ranks by the child 总分 under 得分 merged over 基础分 | 加分 | 总分 (not by 基础分)', async () => {
    const result = await run(['rank', await writeXlsx(dir, 'two-rows.xlsx', twoRows(['基础分', '加分', '总分'])), '--json']);
    expect(result.exitCode).toBe(0);
    expect(rowsOf(result.stdout)).toEqual([['', [[1, '乙', 91], [2, '甲', 85], [3, '丙', 70]]]]);
  });

  it('refuses a two-row header without a total child, naming the columns found', async () => {
    const result = await run(['rank', await writeXlsx(dir, 'two-rows-no-total.xlsx', twoRows(['基础分', '加分', '扣分']))]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe(
      '工作表 “Sheet1”：表头有两行（第 1–2 行），但无法确定“总分”列：各列为 A 列“单位名称”、B 列“得分/基础分”、C 列“得分/加分”、D 列“得分/扣分”、E 列“否决”。请把总分所在列的表头写为“总分”，或改为只有一行表头。',
    );
  });
});
