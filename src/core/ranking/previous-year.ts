/**
 * Comparing with last year's ranking: each site is matched by name (in the same category first,
 * then in any category when the name is unique there), then by web address; matched sites get
 * last year's rank and score and the changes. Pass rates are compared per category and overall,
 * in percentage points, from the published (two-decimal) rates.
 */
import { nameKey, urlKey } from './cell-values';
import { roundDecimal } from './decimal-round';
import { rankingMessages } from './ranking-messages';
import type { PassFigures, PreviousComparison, RankedGroup, RankedRow, RankingResult } from './ranking-types';

interface PreviousSite {
  rank: number;
  score: number;
}

function uniqueIndex<T>(entries: Iterable<[string, T]>): Map<string, T | null> {
  const index = new Map<string, T | null>();
  for (const [key, value] of entries) {
    if (key === '') continue;
    index.set(key, index.has(key) ? null : value); // null: ambiguous, do not match on it
  }
  return index;
}

function previousIndex(previous: RankingResult) {
  const sites = previous.groups.flatMap((group) => group.rows.map((row) => ({ group, row })));
  const site = ({ row }: { row: RankedRow }): PreviousSite => ({ rank: row.rank, score: row.score });
  return {
    byCategory: new Map(sites.map((s) => [`${s.group.category}\u0000${nameKey(s.row.name)}`, site(s)])),
    byName: uniqueIndex(sites.map((s) => [nameKey(s.row.name), site(s)] as [string, PreviousSite])),
    byUrl: uniqueIndex(sites.map((s) => [s.row.url ? urlKey(s.row.url) : '', site(s)] as [string, PreviousSite])),
  };
}

export function passRateChange(current: PassFigures, previous: PassFigures | null): PreviousComparison {
  const change = previous && previous.passRate !== null && current.passRate !== null ? roundDecimal(current.passRate - previous.passRate, 2) : null;
  return { previous, passRateChange: change };
}

function figures({ count, passed, passRate }: PassFigures): PassFigures {
  return { count, passed, passRate };
}

/** Fills the previous-year fields of `result` in place from `previous` (ranked with the same options). */
export function compareWithPrevious(result: RankingResult, previous: RankingResult): void {
  const index = previousIndex(previous);
  const decimals = result.options.decimals;
  for (const group of result.groups) {
    for (const row of group.rows) {
      const match =
        index.byCategory.get(`${group.category}\u0000${nameKey(row.name)}`) ??
        index.byName.get(nameKey(row.name)) ??
        (row.url ? index.byUrl.get(urlKey(row.url)) : null) ??
        null;
      if (!match) continue;
      row.previousRank = match.rank;
      row.rankChange = match.rank - row.rank;
      row.previousScore = match.score;
      row.scoreChange = roundDecimal(row.score - match.score, decimals);
    }
    const before = previous.groups.find((g: RankedGroup) => g.category === group.category);
    Object.assign(group, passRateChange(group, before && before.count > 0 ? figures(before) : null));
  }
  Object.assign(result.overall, passRateChange(result.overall, previous.overall.count > 0 ? figures(previous.overall) : null));
  result.hasPrevious = true;
  // One push per problem: a spread of last year's problems overflows the stack at ~100,000 of them.
  for (const issue of previous.problems) result.problems.push({ ...issue, code: `previous-${issue.code}`, message: rankingMessages.previous(issue.message) });
}
