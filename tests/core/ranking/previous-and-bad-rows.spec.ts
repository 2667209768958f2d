import { describe, expect, it } from 'vitest';
import { rankRows } from '../../../src/core/ranking/rank-engine';
import type { RankingInputRow } from '../../../src/core/ranking/ranking-types';

const site = (name: string, score: unknown, extra: Partial<RankingInputRow> = {}): RankingInputRow => ({ category: 'A类', name, score, ...extra });

describe('previous year', () => {
  const previous = [
    site('甲市政府网', 70), // 4th
    site('乙市政府网', 90, { url: 'http://www.yi.gov.cn/' }), // 2nd
    site('丙市政府网', 95), // 1st
    site('丁市政府网', 80, { category: 'B类' }), // 1st in B
    site('戊市政府网', 75), // 3rd
  ];

  it('matches by name in the same category, then by name elsewhere, then by url', () => {
    const current = [
      site('甲市政府网', 96),
      site('乙市人民政府门户网站', 60, { url: 'https://yi.gov.cn' }), // renamed: matched by url
      site('丁市政府网', 85), // moved from B类: matched by name
      site('新网站', 50),
    ];
    const rows = rankRows(current, {}, previous).groups[0].rows;
    expect(rows.map((r) => [r.name, r.rank, r.previousRank, r.rankChange, r.previousScore, r.scoreChange])).toEqual([
      ['甲市政府网', 1, 4, 3, 70, 26],
      ['丁市政府网', 2, 1, -1, 80, 5],
      ['乙市人民政府门户网站', 3, 2, -1, 90, -30],
      ['新网站', 4, null, null, null, null],
    ]);
  });

  it('ignores spaces and case in names and scheme, www and trailing slash in urls', () => {
    const rows = rankRows([site(' 甲市 政府网 ', 80), site('x', 70, { url: 'YI.GOV.CN/' })], {}, [site('甲市　政府网', 60), site('y', 50, { url: 'http://www.yi.gov.cn' })]).groups[0].rows;
    expect(rows.map((r) => r.previousRank)).toEqual([1, 2]);
  });

  it('does not match a name that is in several previous categories, nor an ambiguous url', () => {
    const before = [site('同名网站', 80), site('同名网站', 70, { category: 'B类' })];
    const rows = rankRows([site('同名网站', 90, { category: 'C类' })], {}, before).groups[0].rows;
    expect(rows[0].previousRank).toBeNull();
  });

  it('gives the pass-rate change in percentage points, per category and overall', () => {
    const current = Array.from({ length: 65 }, (_, i) => site(`网站${i}`, i < 62 ? 80 : 40));
    const before = Array.from({ length: 50 }, (_, i) => site(`网站${i}`, i < 47 ? 80 : 40));
    const result = rankRows(current, {}, before);
    expect(result.hasPrevious).toBe(true);
    expect(result.overall).toMatchObject({ passRate: 95.38, previous: { count: 50, passed: 47, passRate: 94 }, passRateChange: 1.38 });
    expect(result.groups[0].passRateChange).toBe(1.38);
  });

  it('has no change for a category that did not exist last year', () => {
    const result = rankRows([site('甲', 80, { category: '新类别' })], {}, [site('乙', 80)]);
    expect(result.groups[0]).toMatchObject({ previous: null, passRateChange: null });
    expect(result.overall.passRateChange).toBe(0);
  });

  it('reports last year’s bad rows too, marked as such', () => {
    const result = rankRows([site('甲', 80)], {}, [site('乙', 'abc', { where: '第 3 行' })]);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'previous-ranking-bad-score', path: '第 3 行', message: expect.stringMatching(/^上年数据：/) })]);
  });
});

describe('bad rows are reported, never dropped silently', () => {
  const result = rankRows([
    site('甲', 90, { where: '第 2 行' }),
    site('', 80, { where: '第 3 行' }),
    site('乙', 'abc', { where: '第 4 行' }),
    site('丙', '', { where: '第 5 行' }),
    site('甲', 70, { where: '第 6 行' }),
    site('甲', 60, { category: 'B类', where: '第 7 行' }),
    site('丁', Number.NaN, { where: '第 8 行' }),
  ]);

  it('leaves them out of the ranking and the counts', () => {
    expect(result.groups.map((g) => [g.category, g.rows.map((r) => r.name)])).toEqual([
      ['A类', ['甲']],
      ['B类', ['甲']],
    ]);
    expect(result.overall.count).toBe(2);
  });

  it('reports each with its code, row and a Chinese message', () => {
    expect(result.problems.map((p) => [p.code, p.path])).toEqual([
      ['ranking-no-name', '第 3 行'],
      ['ranking-bad-score', '第 4 行'],
      ['ranking-no-score', '第 5 行'],
      ['ranking-duplicate-name', '第 6 行'],
      ['ranking-bad-score', '第 8 行'],
    ]);
    expect(result.problems.every((p) => p.severity === 'error')).toBe(true);
    expect(result.problems[1].message).toBe('“乙”的总分 “abc” 不是数字，未参加排名。');
    expect(result.problems[3].message).toBe('“甲”在“A类”中重复出现（首次出现在第 2 行），此行未参加排名。');
  });
});
