import { describe, expect, it } from 'vitest';
import { noticeText } from '../../../src/core/ranking/notice-text';
import { rankRows } from '../../../src/core/ranking/rank-engine';
import { FAILED_FILL, planRankingSheet } from '../../../src/core/ranking/ranking-sheet-plan';
import type { RankingInputRow } from '../../../src/core/ranking/ranking-types';
import type { SheetPlan } from '../../../src/core/sheet-plan/plan-types';
import { parseAddress } from '../../../src/core/sheet-plan/addresses';
import { parseSheetMarker } from '../../../src/core/sheet-plan/sheet-keys';
import { assertPlanWritable } from '../../../src/core/workbook-writing/plan-check';

const input: RankingInputRow[] = [
  { category: 'A类', name: '甲', url: 'http://a.gov.cn', score: 88.175 },
  { category: 'A类', name: '乙', score: 88.18 },
  { category: 'A类', name: '丙', score: 95 },
  { category: 'A类', name: '丁', score: 40 },
  { category: 'B类', name: '戊', score: 90, veto: true },
  { category: 'B类', name: '己', score: 75 },
];
const previous: RankingInputRow[] = [
  { category: 'A类', name: '甲', score: 70 },
  { category: 'A类', name: '丁', score: 99 },
  { category: 'B类', name: '己', score: 50 },
];

const text = (plan: SheetPlan) => plan.cells.map((row) => row.map((cell) => cell?.value ?? null));
const rowOf = (plan: SheetPlan, first: unknown) => text(plan).find((row) => row[0] === first || row[1] === first) ?? [];

describe('the 排名 sheet plan', () => {
  const plan = planRankingSheet(rankRows(input));

  it('is named 排名, carries a ranking marker in its hidden last column, and is writable', () => {
    expect(plan.name).toBe('排名');
    expect(plan.kind).toBe('ranking');
    const last = plan.columns.length - 1;
    expect(plan.columns[last].hidden).toBe(true);
    expect(parseSheetMarker(plan.cells[0][last]?.value)).toMatchObject({ kind: 'ranking' });
    expect(() => assertPlanWritable({ sheets: [plan], portable: true })).not.toThrow();
  });

  it('writes per category the published header and the rows in rank order, with 并列 marks', () => {
    const grid = text(plan);
    const headers = grid.filter((row) => row[0] === '名次');
    expect(headers).toHaveLength(2);
    expect(headers[0].slice(0, 6)).toEqual(['名次', '单位名称', '网址', '总分（满分110分）', '并列', '是否合格']);
    expect(grid.some((row) => row[0] === 'A类（4个）')).toBe(true);
    expect(rowOf(plan, '丙').slice(0, 6)).toEqual([1, '丙', null, 95, null, '合格']);
    expect(rowOf(plan, '甲').slice(0, 6)).toEqual([2, '甲', 'http://a.gov.cn', 88.18, '并列', '合格']);
    expect(rowOf(plan, '乙').slice(0, 6)).toEqual([2, '乙', null, 88.18, '并列', '合格']);
    expect(rowOf(plan, '丁').slice(0, 6)).toEqual([4, '丁', null, 40, null, '不合格']);
    expect(rowOf(plan, '戊')[5]).toBe('不合格（单项否决）');
  });

  it('fills failing rows light red, one range per run of rows', () => {
    const filled = plan.styles.filter((s) => s.style.fill === FAILED_FILL).map((s) => s.range);
    const rowNumber = (name: string) => text(plan).findIndex((row) => row[1] === name) + 1;
    expect(filled).toEqual([`A${rowNumber('丁')}:F${rowNumber('丁')}`, `A${rowNumber('戊')}:F${rowNumber('戊')}`]);
  });

  it('writes the pass-rate line under each table and overall', () => {
    const lines = text(plan).map((row) => row[0]).filter((v) => typeof v === 'string' && /^\S{0,6}共\d+个，合格/.test(v));
    expect(lines).toEqual(['A类共4个，合格3个，合格率75.00%。', 'B类共2个，合格1个，合格率50.00%。', '全部网站共6个，合格4个，合格率66.67%。']);
  });

  it('lists the sites below the pass line or vetoed', () => {
    expect(rowOf(plan, '丁')).toBeDefined();
    const list = text(plan).filter((row) => row[0] === 1 || row[0] === 2).filter((row) => row[4] === '低于60分' || row[4] === '单项否决');
    expect(list.map((row) => row.slice(0, 5))).toEqual([
      [1, '丁', 'A类', 40, '低于60分'],
      [2, '戊', 'B类', 90, '单项否决'],
    ]);
  });

  it('lists them in columns A to E, nothing merged, column E wide enough for the reason', () => {
    // Layout change (issue 12): the 原因 cell used to be merged over E to the last column, one merge per site.
    const grid = text(plan);
    const header = grid.findIndex((row) => row[0] === '序号');
    expect(grid[header].slice(0, 6)).toEqual(['序号', '单位名称', '类别', '总分', '原因', null]);
    const merged = plan.merges.map((range) => parseAddress(range.split(':')[0])[0]);
    expect(merged.filter((row) => row >= header && row <= header + 2)).toEqual([]);
    expect(plan.columns[4].width).toBeGreaterThanOrEqual(10); // 低于60分: three Chinese characters and two digits, plus margins
    const bordered = plan.styles.filter((s) => s.style.border && parseAddress(s.range.split(':')[0])[0] > header);
    expect(bordered.map((s) => s.range)).toEqual([`A${header + 2}:E${header + 3}`]);
  });

  it('merges only the banners and the notice rows, however many sites and categories', () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({ category: `第${i % 30}类`, name: `网站${i}`, score: i % 2 ? 50 : 80 }));
    const big = planRankingSheet(rankRows(many));
    const mergedRows = (p: SheetPlan) => p.merges.map((range) => parseAddress(range.split(':')[0])[0]);
    const noticeRows = (p: SheetPlan) => {
      const title = text(p).findIndex((row) => typeof row[0] === 'string' && row[0].startsWith('通报文字'));
      return Array.from({ length: p.cells.length - title - 1 }, (_, i) => title + 1 + i);
    };
    const overall = (p: SheetPlan) => text(p).findIndex((row) => typeof row[0] === 'string' && row[0].startsWith('全部网站共'));
    expect(noticeRows(big).length).toBeGreaterThan(1); // 1,500 failing sites named
    for (const p of [plan, big]) expect(mergedRows(p)).toEqual([0, 1, overall(p), ...noticeRows(p)]);
  });

  it('ends with the notice paragraph, figures filled in', () => {
    const grid = text(plan);
    const title = grid.findIndex((row) => row[0] === '通报文字（可复制）');
    expect(grid[title + 1][0]).toBe(noticeText(rankRows(input)));
    expect(plan.rowHeights?.[title + 1]).toBeGreaterThan(30);
  });

  it('adds 上年名次 | 名次变化 | 得分变化 with a previous year', () => {
    const withPrevious = planRankingSheet(rankRows(input, {}, previous), { fullScore: 100 });
    expect(rowOf(withPrevious, '名次')).toEqual(['名次', '单位名称', '网址', '总分（满分100分）', '并列', '是否合格', '上年名次', '名次变化', '得分变化', null]);
    expect(rowOf(withPrevious, '甲').slice(6, 9)).toEqual([2, 0, 18.18]);
    expect(rowOf(withPrevious, '丁').slice(6, 9)).toEqual([1, -3, -59]);
    expect(withPrevious.styles.some((s) => s.style.numberFormat === '"↑"0;"↓"0;"持平"')).toBe(true);
  });

  it('writes band names under 等次 in bands mode', () => {
    const bands = planRankingSheet(rankRows(input, { tie: 'bands' }));
    expect(rowOf(bands, '丙').slice(0, 2)).toEqual(['卓越', '丙']);
    expect(rowOf(bands, '等次')[0]).toBe('等次');
  });

  it('has one bar chart per category, over exactly that category’s 单位名称 and 总分 cells, right of the tables', () => {
    const grid = text(plan);
    const cells = (range: string) => {
      const [[r0, c0], [r1, c1]] = (range.includes(':') ? range.split(':') : [range, range]).map(parseAddress);
      expect(c1).toBe(c0);
      return grid.slice(r0, r1 + 1).map((row) => row[c0]);
    };
    const charts = plan.charts ?? [];
    expect(charts.map((c) => c.title)).toEqual(['A类得分', 'B类得分']);
    expect(charts.map((c) => cells(c.categories))).toEqual([
      ['丙', '甲', '乙', '丁'],
      ['戊', '己'],
    ]);
    expect(charts.map((c) => cells(c.values))).toEqual([
      [95, 88.18, 88.18, 40],
      [90, 75],
    ]);
    for (const chart of charts) {
      const [first] = parseAddress(chart.categories.split(':')[0]);
      expect(grid[first - 1][1]).toBe('单位名称');
      expect(chart.values.replace(/D/g, 'B')).toBe(chart.categories);
      expect(parseAddress(chart.anchor)[1]).toBeGreaterThanOrEqual(plan.columns.length);
    }
    expect(() => assertPlanWritable({ sheets: [plan], portable: true })).not.toThrow();
  });

  it('says so when a category has nobody to rank', () => {
    const empty = planRankingSheet(rankRows([{ category: 'C类', name: '', score: 1 }]));
    expect(text(empty).some((row) => row[0] === '（本类没有可排名的网站）')).toBe(true);
  });
});

describe('the notice text', () => {
  it('fills in the overall rate and its change in percentage points', () => {
    const current = Array.from({ length: 65 }, (_, i) => ({ name: `网站${i}`, score: i < 62 ? 80 : 40 }));
    const before = Array.from({ length: 50 }, (_, i) => ({ name: `网站${i}`, score: i < 47 ? 80 : 40 }));
    expect(noticeText(rankRows(current, {}, before))).toMatch(/^评估结果显示，全区政府网站合格率为95\.38%，比上年上升1\.38个百分点。/);
  });

  it('names the rates per category, the failing sites and the biggest moves', () => {
    const notice = noticeText(rankRows(input, {}, previous), { region: '全省' });
    expect(notice).toBe(
      '评估结果显示，全省政府网站合格率为66.67%，与上年持平。' +
        '其中，A类合格率为75.00%，比上年下降25.00个百分点；B类合格率为50.00%，比上年上升50.00个百分点。' +
        '低于60分的网站有1个：丁（40.00分）。因单项否决不合格的网站有1个：戊。' +
        '与上年相比，排名下降较多的有：丁（A类，从第1名下降到第4名）、己（B类，从第1名下降到第2名）。',
    );
  });
});
