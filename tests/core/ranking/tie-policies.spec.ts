import { describe, expect, it } from 'vitest';
import { rankRows } from '../../../src/core/ranking/rank-engine';
import type { RankingInputRow } from '../../../src/core/ranking/ranking-types';

const sites = (...scores: unknown[]): RankingInputRow[] => scores.map((score, i) => ({ name: `网站${i + 1}`, score }));
const ranked = (input: RankingInputRow[], tie?: 'competition' | 'dense' | 'bands') =>
  rankRows(input, tie ? { tie } : {}).groups[0].rows.map((row) => [row.name, row.rank, row.tied]);

describe('competition ranking (default, Excel RANK.EQ)', () => {
  it('shares the rank on equal scores and skips the next: 1, 2, 2, 4', () => {
    expect(ranked(sites(90, 80, 95, 90))).toEqual([
      ['网站3', 1, false],
      ['网站1', 2, true],
      ['网站4', 2, true],
      ['网站2', 4, false],
    ]);
  });

  it('compares at the published precision: 88.175 and 88.18 tie at two decimals (both 8th, next 10th)', () => {
    const input = sites(99, 98, 97, 96, 95, 94, 93, 88.175, '88.18', 80);
    const rows = rankRows(input).groups[0].rows;
    expect(rows.slice(7).map((row) => [row.name, row.rank, row.tied, row.score])).toEqual([
      ['网站8', 8, true, 88.18],
      ['网站9', 8, true, 88.18],
      ['网站10', 10, false, 80],
    ]);
  });

  it('ranks apart at three decimals what ties at two', () => {
    const rows = rankRows(sites(88.175, 88.18), { decimals: 3 }).groups[0].rows;
    expect(rows.map((row) => [row.name, row.rank, row.tied])).toEqual([
      ['网站2', 1, false],
      ['网站1', 2, false],
    ]);
  });

  it('ties 9.999 with 10.00 at two decimals', () => {
    expect(ranked(sites(9.999, 10, 9.99))).toEqual([
      ['网站1', 1, true],
      ['网站2', 1, true],
      ['网站3', 3, false],
    ]);
  });
});

describe('dense ranking (中国式排名)', () => {
  it('shares the rank and does not skip: 1, 2, 2, 3', () => {
    expect(ranked(sites(90, 80, 95, 90), 'dense')).toEqual([
      ['网站3', 1, false],
      ['网站1', 2, true],
      ['网站4', 2, true],
      ['网站2', 3, false],
    ]);
  });
});

describe('grade bands', () => {
  it('numbers ranks by band (卓越 1 … 准备 5) and orders by score inside a band', () => {
    const result = rankRows(sites(86, 95, 59.99, 74.995, 60, 99.5, 85), { tie: 'bands' });
    expect(result.groups[0].rows.map((row) => [row.name, row.rank, row.band, row.score])).toEqual([
      ['网站6', 1, '卓越', 99.5],
      ['网站2', 1, '卓越', 95],
      ['网站1', 2, '优秀', 86],
      ['网站7', 2, '优秀', 85],
      ['网站4', 3, '良好', 75], // 74.995 rounds to 75.00
      ['网站5', 4, '发展', 60],
      ['网站3', 5, '准备', 59.99],
    ]);
  });

  it('flags only equal scores as tied, not every site in a band', () => {
    const rows = rankRows(sites(96, 96, 97), { tie: 'bands' }).groups[0].rows;
    expect(rows.map((row) => row.tied)).toEqual([false, true, true]);
  });

  it('takes custom bands', () => {
    const bands = [
      { name: '好', min: 80 },
      { name: '差', min: -Infinity },
    ];
    expect(rankRows(sites(80, 79.99), { tie: 'bands', bands }).groups[0].rows.map((row) => row.band)).toEqual(['好', '差']);
  });
});

describe('order and input', () => {
  it('keeps equal scores in input order under every policy', () => {
    for (const tie of ['competition', 'dense', 'bands'] as const) {
      expect(ranked(sites(70, 70, 70), tie).map(([name]) => name)).toEqual(['网站1', '网站2', '网站3']);
    }
  });

  it('reads scores written as text, with spaces, 分 or full-width digits', () => {
    expect(rankRows(sites(' 88.5 ', '88.5分', '８８．５')).groups[0].rows.map((row) => row.score)).toEqual([88.5, 88.5, 88.5]);
  });
});
