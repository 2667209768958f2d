import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import { FAILED_FILL } from '../../src/core/ranking/ranking-sheet-plan';
import { parseSheetMarker } from '../../src/core/sheet-plan/sheet-keys';

const fixtures = join(__dirname, '../fixtures/ranking');
const temp = mkdtempSync(join(tmpdir(), 'rank-xlsx-'));

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return workbook;
}

/** Every cell's value of a sheet, by row (1-based as ExcelJS gives them). */
function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row, n) => (rows[n] = (row.values as unknown[]).slice(1)));
  return rows;
}

describe('cli rank -o ranking.xlsx, read back with ExcelJS', async () => {
  const output = join(temp, 'ranking.xlsx');
  const result = await run(['rank', join(fixtures, 'valid.gbk.csv'), '--previous', join(fixtures, 'valid.english.csv'), '-o', output]);
  const workbook = await load(output);
  const sheet = workbook.getWorksheet('排名') as ExcelJS.Worksheet;
  const rows = rowsOf(sheet);
  const rowNumber = (name: string) => rows.findIndex((row) => row?.[1] === name);

  it('reports the file and the notice on stdout', () => {
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(`已写入 ${output}：工作表 “排名”，2 个类别，5 个网站。`);
    expect(result.stdout).toContain('评估结果显示，全区政府网站合格率为60.00%，与上年持平。');
  });

  it('has one sheet 排名 with the ranking marker in the hidden last column', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['排名']);
    const last = sheet.columnCount;
    expect(sheet.getColumn(last).hidden).toBe(true);
    expect(parseSheetMarker(sheet.getCell(1, last).value)).toMatchObject({ kind: 'ranking' });
  });

  it('holds the published table with ranks, scores, 并列 marks and rank changes', () => {
    const header = rows.find((row) => row?.[0] === '名次');
    expect(header?.slice(0, 9)).toEqual(['名次', '单位名称', '网址', '总分（满分110分）', '并列', '是否合格', '上年名次', '名次变化', '得分变化']);
    expect(rows[rowNumber('南宁市人民政府门户网站')].slice(0, 9)).toEqual([2, '南宁市人民政府门户网站', 'http://www.nanning.gov.cn', 88.18, '并列', '合格', 2, 0, 0]);
    expect(sheet.getCell(rowNumber('南宁市人民政府门户网站'), 4).numFmt).toBe('0.00');
    expect(sheet.getCell(rowNumber('南宁市人民政府门户网站'), 8).numFmt).toBe('"↑"0;"↓"0;"持平"');
  });

  it('fills the failing rows and writes the pass-rate lines and the notice', () => {
    const failing = sheet.getCell(rowNumber('桂林市人民政府门户网站'), 1);
    expect(failing.fill).toMatchObject({ type: 'pattern', fgColor: { argb: `FF${FAILED_FILL.slice(1)}` } });
    expect(sheet.getCell(rowNumber('南宁市人民政府门户网站'), 1).fill).not.toMatchObject({ pattern: 'solid' });
    const texts = rows.map((row) => row?.[0]).filter((v): v is string => typeof v === 'string');
    expect(texts).toContain('A类共3个，合格3个，合格率100.00%（上年100.00%，持平）。');
    expect(texts.some((t) => t.startsWith('评估结果显示，全区政府网站合格率为60.00%'))).toBe(true);
  });
});

describe('cli rank on an .xlsx table', async () => {
  const input = join(temp, 'scores.xlsx');
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('说明').getCell('A1').value = '本工作簿记录 2024 年评估得分';
  const scores = workbook.addWorksheet('得分');
  scores.addRows([['2024 年政府网站得分'], [], ['单位名称', '网址', '总分'], ['甲', { text: 'a.gov.cn', hyperlink: 'http://a.gov.cn' }, 91], ['乙', '', { formula: '80+5', result: 85 }], ['丙', '', { richText: [{ text: '5' }, { text: '9' }] }]]);
  await workbook.xlsx.writeFile(input);

  it('takes the first sheet with a recognisable table, reading formulas, links and rich text as shown', async () => {
    const json = JSON.parse((await run(['rank', input, '--json'])).stdout);
    expect(json.groups[0].rows.map((r: { name: string; url: string | null; score: number; rank: number }) => [r.rank, r.name, r.url, r.score])).toEqual([
      [1, '甲', 'a.gov.cn', 91],
      [2, '乙', null, 85],
      [3, '丙', null, 59],
    ]);
  });

  it('reads the sheet given by --sheet, and says which sheets exist for an unknown one', async () => {
    expect((await run(['rank', input, '--sheet', '得分', '--json'])).exitCode).toBe(0);
    const wrong = await run(['rank', input, '--sheet', '说明']);
    expect(wrong).toMatchObject({ exitCode: 1, stdout: expect.stringContaining('工作表 “说明”：未找到表头') });
    expect((await run(['rank', input, '--sheet', '无此表'])).stdout).toContain('现有：说明、得分');
  });
});

describe('cli rank -o of 6,000 sites, half of them failing', async () => {
  // Layout (issue 12): the list below the pass line is unmerged in columns A–E, the notice goes on over several rows.
  const input = join(temp, 'many.csv');
  const lines = Array.from({ length: 6000 }, (_, i) => `${'ABC'[i % 3]}类,第${i + 1}号网站,,${i % 2 ? 75 : 40 + (i % 19)}`);
  writeFileSync(input, ['类别,单位名称,网址,总分', ...lines].join('\n'));
  const output = join(temp, 'many.xlsx');
  const result = await run(['rank', input, '-o', output]);
  const sheet = (await load(output)).getWorksheet('排名') as ExcelJS.Worksheet;
  const rows = rowsOf(sheet);

  it('merges only the banners and the notice rows (not one cell per failing site)', () => {
    expect(result.exitCode).toBe(0);
    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    const noticeTitle = rows.findIndex((row) => typeof row?.[0] === 'string' && row[0].startsWith('通报文字'));
    expect(merges).toHaveLength(3 + (rows.length - 1 - noticeTitle));
  });

  it('lists the 3,000 failing sites with the reason in column E, column F empty', () => {
    const header = rows.findIndex((row) => row?.[0] === '序号');
    const listed = rows.slice(header + 1, header + 3001);
    expect(listed.map((row) => row[4])).toEqual(Array.from({ length: 3000 }, () => '低于60分'));
    expect(listed.every((row) => row[5] === undefined || row[5] === null)).toBe(true);
    expect(sheet.getColumn(5).width).toBeGreaterThanOrEqual(10);
  });

  it('holds the whole notice of stdout, over several rows, no cell over 32,767 characters', () => {
    const notice = result.stdout.split('\n').find((line) => line.startsWith('评估结果显示')) ?? '';
    const title = rows.findIndex((row) => typeof row?.[0] === 'string' && row[0].startsWith('通报文字'));
    const pieces = rows.slice(title + 1).map((row) => row[0]);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(notice);
    const longest = rows.flat().reduce<number>((max, value) => (typeof value === 'string' ? Math.max(max, value.length) : max), 0);
    expect(longest).toBeLessThanOrEqual(32_767);
  });
});
