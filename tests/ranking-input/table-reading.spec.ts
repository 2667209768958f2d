/**
 * Issue 12 on reading ranking tables in core (CSV and grids, shared by the CLI and the pane):
 * two-row headers, ambiguous columns, data after a blank row, unclosed CSV quotes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import { parseCsv, readCsv } from '../../src/core/ranking/csv';
import { type FoundTable, findTable, tableRows } from '../../src/core/ranking/ranking-table';
import { tempDir } from './helpers';

const dir = tempDir('ranking-table-');
const table = (grid: unknown[][], firstLine = 1): FoundTable => {
  const found = findTable(grid, firstLine);
  if ('problem' in found) throw new Error(found.problem.message);
  return found;
};
async function rankCsv(name: string, text: string) {
  const file = join(dir, name);
  writeFileSync(file, text);
  return run(['rank', file]);
}

describe('item 5: two-row headers without merge information (CSV, Office.js values)', () => {
  it('takes the child 总分 under a parent 得分 and starts the data below both rows', () => {
    const found = table([['单位名称', '得分', '', '', '否决'], ['', '基础分', '加分', '总分', ''], ['甲', '80', '5', '85', '否']]);
    expect(found.mapping).toMatchObject({ name: 0, score: 3, veto: 4 });
    expect(found.headers).toEqual(['单位名称', '得分/基础分', '得分/加分', '得分/总分', '否决']);
    expect(tableRows(found, found.mapping).map((r) => [r.name, r.score, r.where])).toEqual([['甲', '85', '第 3 行']]);
  });

  it('skips the second header row when the total is a plain column beside parts merged over children', () => {
    const found = table([['序号', '单位名称', '指标得分', '', '总分'], ['', '', '信息发布', '办事服务', ''], ['1', '甲', '30', '40', '70']]);
    expect(found.mapping).toMatchObject({ name: 1, score: 4 });
    expect(found.rows.map((r) => r.line)).toEqual([3]);
    expect(found.problems).toEqual([]);
  });

  it('reads a header whose score parent is not itself recognised (评估得分 over 总分)', () => {
    const found = table([['单位名称', '评估得分', ''], ['', '总分', '等次'], ['甲', '88', '优秀']]);
    expect(found.mapping).toMatchObject({ name: 0, score: 1 });
  });

  it('does not take a title above the header for a parent', () => {
    const found = table([['2024年评估结果'], ['单位名称', '总分'], ['甲', 90]]);
    expect(found.headers).toEqual(['单位名称', '总分']);
    expect(found.rows.map((r) => r.line)).toEqual([3]);
  });

  it('refuses a CSV two-row header whose children hold no total, naming the columns', async () => {
    const result = await rankCsv('two-rows.csv', '单位名称,得分,,\n,基础分,加分,扣分\n甲,80,5,1\n');
    expect(result).toMatchObject({ exitCode: 1, stdout: expect.stringContaining('表头有两行（第 1–2 行），但无法确定“总分”列：各列为 A 列“单位名称”、B 列“得分/基础分”') });
  });
});

describe('duplicate header columns', () => {
  it.each([
    ['两列总分', '单位名称,总分,总分\n甲,80,90\n', '第 1 行的表头中有 2 列都可以作为“总分”列：B 列“总分”、C 列“总分”，无法确定用哪一列。请删除或改名多余的列，只保留一列“总分”。'],
    ['得分与总分', '单位名称,得分,总分\n甲,80,90\n', '第 1 行的表头中有 2 列都可以作为“总分”列：B 列“得分”、C 列“总分”'],
    ['两列单位名称', '单位名称,单位名称,总分\n甲,乙,90\n', '第 1 行的表头中有 2 列都可以作为“单位名称”列：A 列“单位名称”、B 列“单位名称”'],
    ['两列否决', '单位名称,总分,否决,单项否决\n甲,90,否,是\n', '有 2 列都可以作为“单项否决”列：C 列“否决”、D 列“单项否决”'],
  ])('%s: refused on the command line with both columns named', async (_, text, message) => {
    const result = await rankCsv('dup.csv', text);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(message);
  });

  it('leaves the choice to the user: the mapping is blank, rows read through the picked mapping', () => {
    const found = table([['单位名称', '得分', '总分'], ['甲', 80, 90]]);
    expect(found.mapping.score).toBeNull();
    expect(found.columnProblems).toEqual([expect.objectContaining({ severity: 'error', code: 'ranking-column-conflict' })]);
    expect(tableRows(found, { ...found.mapping, score: 2 })[0].score).toBe(90);
  });

  it('reads a table of several years’ scores (2022年得分, 2023年得分) with the score left to choose, not "未找到表头"', () => {
    const found = table([['单位名称', '2022年得分', '2023年得分'], ['甲局', 80, 90]]);
    expect(found.mapping).toMatchObject({ name: 0, score: null });
    expect(found.columnProblems).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'ranking-score-choice',
        message: expect.stringContaining('可能的分数列：B 列“2022年得分”、C 列“2023年得分”'),
      }),
    ]);
    expect(tableRows(found, { ...found.mapping, score: 2 })[0].score).toBe(90);
    // A header without any score-like column is still no table.
    expect(findTable([['单位名称', '备注'], ['甲局', 'x']])).toHaveProperty('problem.code', 'ranking-no-header');
  });

  it('refuses such a table on the command line, naming the candidate columns', async () => {
    const result = await rankCsv('years.csv', '单位名称,2022年得分,2023年得分\n甲,80,90\n');
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('可能的分数列：B 列“2022年得分”、C 列“2023年得分”');
    expect(result.stdout).not.toContain('未找到表头');
  });

  it('keeps 单位名称 beside 网站名称 (the usual layout) without a conflict', () => {
    const found = table([['单位名称', '网站名称', '总分'], ['甲局', '甲局网站', 90]]);
    expect(found.mapping).toMatchObject({ name: 0, score: 2 });
    expect(found.columnProblems).toEqual([]);
  });
});

describe('a blank row in the middle of the table', () => {
  it('is an error (exit 1) naming the blank line and the first data line after it', async () => {
    const result = await rankCsv('blank.csv', '单位名称,总分\n甲,90\n,\n乙,80\n丙,70\n');
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe(
      '错误 [ranking-after-table] 第 4 行：第 3 行是空行，表格在此结束，但第 4 行起还有 2 行数据（有单位名称），未参加排名。请删除表格中间的空行，或只选中排名表格本身。',
    );
  });

  it('leaves a note below the table a warning (exit 0)', async () => {
    const result = await rankCsv('note.csv', '单位名称,总分\n甲,90\n\n注：满分110分\n');
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain('警告 [ranking-after-table] 第 4 行：表格在空行处结束');
  });

  it('counts lines from the selection’s first row', () => {
    expect(table([['名称', '总分'], ['甲', 90], [], ['乙', 80]], 10).problems).toEqual([
      expect.objectContaining({ severity: 'error', code: 'ranking-after-table', path: '第 13 行', message: expect.stringContaining('第 12 行是空行') }),
    ]);
  });
});

describe('item 7: an unclosed CSV quote', () => {
  it('is reported with the line where the quote opened (LF, CRLF, quotes spanning lines)', () => {
    expect(readCsv('名称,总分\n甲,90\n"乙,80\n丙,70\n').problem).toMatchObject({ code: 'ranking-csv-quote', path: '第 3 行' });
    expect(readCsv('名称,总分\r\n"两\r\n行",90\r\n丁,"80\r\n').problem).toMatchObject({ code: 'ranking-csv-quote', path: '第 4 行' });
    expect(readCsv('名称,总分\n"说""明",90\n').problem).toBeNull();
    expect(parseCsv('a,"b')).toEqual([['a', 'b']]);
  });

  it('stops rank with the quoting error instead of 没有总分', async () => {
    const result = await rankCsv('quote.csv', '单位名称,总分\n甲,90\n"乙,80\n丙,70\n');
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('CSV 文件第 3 行有一个双引号没有闭合：从这里到文件末尾的内容都会被读成同一个单元格，表格无法读取。请检查该行的引号（单元格中的双引号应写成两个 ""）。');
    expect(result.stderr ?? '').not.toContain('没有总分');
  });
});
