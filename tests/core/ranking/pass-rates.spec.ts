import { describe, expect, it } from 'vitest';
import { rankRows } from '../../../src/core/ranking/rank-engine';
import type { RankingInputRow } from '../../../src/core/ranking/ranking-types';

const row = (category: string, name: string, score: unknown, veto = false): RankingInputRow => ({ category, name, score, veto });

describe('pass line and vetoes', () => {
  it('passes at the pass line (after rounding) and fails below it', () => {
    const rows = rankRows([row('', '甲', 60), row('', '乙', 59.995), row('', '丙', 59.994)]).groups[0].rows;
    expect(rows.map((r) => [r.name, r.score, r.passed])).toEqual([
      ['甲', 60, true],
      ['乙', 60, true],
      ['丙', 59.99, false],
    ]);
  });

  it('fails a vetoed site whatever its score, keeps its rank by score, and lists it below the line', () => {
    const result = rankRows([row('A类', '甲', 98, true), row('A类', '乙', 90), row('A类', '丙', 50)]);
    expect(result.groups[0].rows.map((r) => [r.name, r.rank, r.passed, r.veto])).toEqual([
      ['甲', 1, false, true],
      ['乙', 2, true, false],
      ['丙', 3, false, false],
    ]);
    expect(result.belowPassLine).toEqual([
      { category: 'A类', name: '甲', score: 98, veto: true },
      { category: 'A类', name: '丙', score: 50, veto: false },
    ]);
  });

  it('takes another pass line', () => {
    expect(rankRows([row('', '甲', 70)], { passLine: 75 }).overall).toMatchObject({ passed: 0, passRate: 0 });
  });
});

describe('pass rates', () => {
  it('gives count, passed and the rate in percent with two decimals, per category and overall', () => {
    const input = [
      ...Array.from({ length: 65 }, (_, i) => row(i < 30 ? 'A类' : 'B类', `网站${i}`, i < 62 ? 80 : 40)),
    ];
    const result = rankRows(input);
    expect(result.overall).toMatchObject({ count: 65, passed: 62, passRate: 95.38 });
    expect(result.groups.map((g) => [g.category, g.count, g.passed, g.passRate])).toEqual([
      ['A类', 30, 30, 100],
      ['B类', 35, 32, 91.43],
    ]);
  });

  it('rounds the rate half away from zero on the decimal value (1/8 = 12.5%, 1/3 = 33.33%, 2/3 = 66.67%)', () => {
    const rate = (passed: number, count: number) =>
      rankRows(Array.from({ length: count }, (_, i) => row('', `网站${i}`, i < passed ? 90 : 10))).overall.passRate;
    expect([rate(1, 8), rate(1, 3), rate(2, 3), rate(1, 16)]).toEqual([12.5, 33.33, 66.67, 6.25]);
  });
});

describe('categories', () => {
  it('keeps groups in order of first appearance', () => {
    const result = rankRows([row('县（市、区）', '甲', 80), row('设区市', '乙', 90), row('县（市、区）', '丙', 70)]);
    expect(result.groups.map((g) => g.category)).toEqual(['县（市、区）', '设区市']);
  });

  it('keeps a category whose rows are all bad, with nobody ranked and no rate', () => {
    const result = rankRows([row('A类', '甲', 80), row('B类', '乙', 'n/a'), row('B类', '', 90)]);
    expect(result.groups.map((g) => [g.category, g.count, g.passRate, g.rows.length])).toEqual([
      ['A类', 1, 100, 1],
      ['B类', 0, null, 0],
    ]);
    expect(result.problems).toHaveLength(2);
  });

  it('puts rows without a category in the category "" and gives no rate when nothing was ranked', () => {
    expect(rankRows([row('', '甲', 80)]).groups.map((g) => g.category)).toEqual(['']);
    const empty = rankRows([]);
    expect(empty.groups).toEqual([]);
    expect(empty.overall).toMatchObject({ count: 0, passed: 0, passRate: null });
  });
});
