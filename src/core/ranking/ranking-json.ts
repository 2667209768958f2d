/**
 * The published JSON of a ranking (`cli rank --json`), exactly:
 * {policy: {tie, decimals, passLine}, overall: {count, passed, passRate},
 *  groups: [{category, count, passed, passRate, rows: [{rank, tied, name, url, score, passed, previousRank, rankChange}]}],
 *  belowPassLine: [{category, name, score}]}
 * Keys in this order; null where there is no value (no url, no previous year, no rate for 0 sites).
 */
import type { RankingResult } from './ranking-types';

export interface RankingJson {
  policy: { tie: string; decimals: number; passLine: number };
  overall: { count: number; passed: number; passRate: number | null };
  groups: {
    category: string;
    count: number;
    passed: number;
    passRate: number | null;
    rows: {
      rank: number;
      tied: boolean;
      name: string;
      url: string | null;
      score: number;
      passed: boolean;
      previousRank: number | null;
      rankChange: number | null;
    }[];
  }[];
  belowPassLine: { category: string; name: string; score: number }[];
}

export function rankingJson(result: RankingResult): RankingJson {
  const { tie, decimals, passLine } = result.options;
  const { count, passed, passRate } = result.overall;
  return {
    policy: { tie, decimals, passLine },
    overall: { count, passed, passRate },
    groups: result.groups.map((group) => ({
      category: group.category,
      count: group.count,
      passed: group.passed,
      passRate: group.passRate,
      rows: group.rows.map((row) => ({
        rank: row.rank,
        tied: row.tied,
        name: row.name,
        url: row.url,
        score: row.score,
        passed: row.passed,
        previousRank: row.previousRank,
        rankChange: row.rankChange,
      })),
    })),
    belowPassLine: result.belowPassLine.map(({ category, name, score }) => ({ category, name, score })),
  };
}
