/**
 * The published JSON of a ranking (`cli rank --json`), exactly:
 * {policy: {tie, decimals, passLine}, overall: {count, passed, passRate},
 *  groups: [{category, count, passed, passRate, rows: [{rank, tied, name, url, score, passed, previousRank, rankChange}]}],
 *  belowPassLine: [{category, name, score}]}
 * Keys in this order; null where there is no value (no url, no previous year, no rate for 0 sites).
 */
import type { RankingInputRow, RankingResult } from './ranking-types';

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

/**
 * A published ranking (`rank --json`) read back as input rows, so that `notice` can start from a
 * ranking as well as from a score table: ranking its rows again gives the same ranks (the scores are
 * already rounded). A site that failed at or above the pass line was vetoed (单项否决); a vetoed site
 * below the line reads as failed by its score, as the JSON does not say more. Null with a Chinese
 * message when the value is not such a ranking.
 */
export function rowsFromRankingJson(value: unknown): { rows: RankingInputRow[]; policy: RankingJson['policy'] } | { problem: string } {
  const problem = { problem: '这不是 rank --json 输出的排名文件：应有 policy、groups（每组 category 和 rows）。' };
  if (typeof value !== 'object' || value === null) return problem;
  const { policy, groups } = value as Partial<RankingJson>;
  if (!policy || typeof policy.passLine !== 'number' || typeof policy.decimals !== 'number' || typeof policy.tie !== 'string' || !Array.isArray(groups)) return problem;
  const rows: RankingInputRow[] = [];
  for (const group of groups) {
    if (typeof group !== 'object' || group === null || typeof group.category !== 'string' || !Array.isArray(group.rows)) return problem;
    for (const [i, row] of group.rows.entries()) {
      if (typeof row !== 'object' || row === null || typeof row.name !== 'string') return { problem: `排名文件中“${group.category || '全部'}”的第 ${i + 1} 行没有单位名称。` };
      const vetoed = row.passed === false && typeof row.score === 'number' && row.score >= policy.passLine;
      rows.push({ category: group.category, name: row.name, url: typeof row.url === 'string' ? row.url : undefined, score: row.score, veto: vetoed, where: `${group.category || '全部'}第 ${i + 1} 行` });
    }
  }
  return { rows, policy };
}
