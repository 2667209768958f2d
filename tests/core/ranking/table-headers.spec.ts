import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/core/ranking/csv';
import { findTable, tableRows } from '../../../src/core/ranking/ranking-table';
import { recognizeColumns } from '../../../src/core/ranking/table-headers';
import { planScoringWorkbook } from '../../../src/core/sheet-plan/workbook-plan';
import { SUMMARY_HEADER_ROW } from '../../../src/core/sheet-plan/summary-sheet-plan';
import { loadTemplateFiles } from '../../../src/cli/template-files';
import type { ScoringTemplate } from '../../../src/core/template-schema';

describe('header recognition', () => {
  it.each([
    [['类别', '单位名称', '网址', '总分', '否决'], { category: 0, name: 1, url: 2, score: 3, veto: 4, rank: null }],
    [['分类', '网站名称', '网址', '得分'], { category: 0, name: 1, url: 2, score: 3, veto: null, rank: null }],
    [['名次', '名称', '分数'], { category: null, name: 1, url: null, score: 2, veto: null, rank: 0 }],
    [['Category', 'Name', 'URL', 'Score', 'Veto', 'Rank'], { category: 0, name: 1, url: 2, score: 3, veto: 4, rank: 5 }],
    [['排名', ' 单位 名称 ', '总分（满分110分）', 'URL (home page)'], { category: null, name: 1, url: 3, score: 2, veto: null, rank: 0 }],
    [['Name', 'Score (max 110)'], { category: null, name: 0, url: null, score: 1, veto: null, rank: null }],
  ])('%j', (headers, mapping) => {
    expect(recognizeColumns(headers)).toEqual(mapping);
  });

  // Issue 12: 得分 next to 总分 used to be settled silently in favour of 总分; now neither is taken.
  it('leaves the score blank when 得分 and 总分 both stand (ambiguous)', () => {
    expect(recognizeColumns(['名称', '得分', '总分']).score).toBeNull();
  });

  it('finds the header below a title and ignores the rank column of the input', () => {
    const grid = [['2024年政府网站绩效评估结果'], [], ['名次', '单位名称', '总分'], [7, '甲', 80], [1, '乙', 90]];
    const found = findTable(grid);
    if ('problem' in found) throw new Error(found.problem.message);
    expect(found.headers).toEqual(['名次', '单位名称', '总分']);
    expect(tableRows(found, found.mapping).map((r) => [r.name, r.score, r.where])).toEqual([
      ['甲', 80, '第 4 行'],
      ['乙', 90, '第 5 行'],
    ]);
  });

  it('recognises the 汇总 sheet the add-in makes (网站名称 … 总分 at row 3)', () => {
    const county = loadTemplateFiles().flatMap(({ result }) => (result.ok && result.template.id === 'gx-2023-county' ? [result.template] : []))[0] as ScoringTemplate;
    const summary = planScoringWorkbook(county, { sites: ['甲县', '乙县'], mode: 'gov' }).sheets[0];
    const grid = summary.cells.map((row) => row.map((cell) => (cell?.value ?? null) as string | number | null));
    const found = findTable(grid);
    if ('problem' in found) throw new Error(found.problem.message);
    const headerRow = summary.cells[SUMMARY_HEADER_ROW];
    expect(headerRow[found.mapping.name ?? -1]?.value).toBe('网站名称');
    expect(headerRow[found.mapping.score ?? -1]?.value).toBe('总分');
    expect(found.rows.map((r) => r.line)).toEqual([4, 5]);
  });

  it('reports a table without a name or score header as a problem', () => {
    const found = findTable([['甲', 90]]);
    expect('problem' in found && found.problem).toMatchObject({ code: 'ranking-no-header', message: expect.stringContaining('单位名称') });
  });

  // Issue 12 item "blank row mid-table": data after the blank row is an error now (was a warning).
  it('ends the table at a blank row and reports the data rows after it as an error', () => {
    const found = findTable([['名称', '总分'], ['甲', 90], ['', ''], ['乙', 80]], 10);
    if ('problem' in found) throw new Error(found.problem.message);
    expect(found.rows).toHaveLength(1);
    expect(found.problems).toEqual([expect.objectContaining({ severity: 'error', code: 'ranking-after-table', path: '第 13 行' })]);
  });

  it('reads veto marks: blank, 否, no, 0 are not vetoed; 是, √, a reason are', () => {
    const grid = [['名称', '总分', '否决'], ...['', '否', 'no', '0', '是', '√', '首页无法访问'].map((mark, i) => [`网站${i}`, 90, mark])];
    const found = findTable(grid);
    if ('problem' in found) throw new Error(found.problem.message);
    expect(tableRows(found, found.mapping).map((r) => r.veto)).toEqual([false, false, false, false, true, true, true]);
  });
});

describe('CSV', () => {
  it('parses quotes, doubled quotes, line breaks in quotes, CRLF and a BOM', () => {
    expect(parseCsv('\uFEFF名称,总分\r\n"甲,乙",90\r\n"说""明""",80\r\n"两\n行",70')).toEqual([
      ['名称', '总分'],
      ['甲,乙', '90'],
      ['说"明"', '80'],
      ['两\n行', '70'],
    ]);
  });

  it('takes tabs or semicolons when the first line has more of them than commas', () => {
    expect(parseCsv('名称\t总分\n甲,乙\t90\n')).toEqual([
      ['名称', '总分'],
      ['甲,乙', '90'],
    ]);
    expect(parseCsv('name;score\na;1')).toEqual([
      ['name', 'score'],
      ['a', '1'],
    ]);
  });

  it('keeps empty cells and ends without an extra row for a final line break', () => {
    expect(parseCsv('a,,c\n,,\n')).toEqual([
      ['a', '', 'c'],
      ['', '', ''],
    ]);
  });
});
