/**
 * The ranking engine. Per category (in order of first appearance; rows without a category form the
 * category ''):
 * - scores are rounded to `decimals` the way Excel's ROUND does (decimal-round.ts) BEFORE they are
 *   compared, so 88.175 and 88.18 tie at two decimals;
 * - rows are sorted by rounded score, highest first, equal scores in input order, and numbered by
 *   the tie policy (tie-ranks.ts); `tied` marks rows sharing their score with another row;
 * - a site passes when its rounded score reaches the pass line and it was not vetoed (单项否决: a
 *   vetoed site fails whatever its score, and keeps the rank its score gives it);
 * - pass rate = passed / count in percent, rounded to two decimals; null when count is 0.
 * Bad rows are reported in `problems` (valid-rows.ts). With a previous year, see previous-year.ts.
 */
import { roundDecimal } from './decimal-round';
import { compareWithPrevious } from './previous-year';
import { DEFAULT_RANKING_OPTIONS, type PassFigures, type RankedGroup, type RankedRow, type RankingInputRow, type RankingOptions, type RankingResult } from './ranking-types';
import { ranksOf, tiesOf, bandIndex } from './tie-ranks';
import { checkRows, type ValidRow } from './valid-rows';

export function passFigures(rows: readonly { passed: boolean }[]): PassFigures {
  const count = rows.length;
  const passed = rows.filter((row) => row.passed).length;
  return { count, passed, passRate: count === 0 ? null : roundDecimal((passed * 100) / count, 2) };
}

function rankGroup(category: string, rows: ValidRow[], options: RankingOptions): RankedGroup {
  const sorted = [...rows].sort((a, b) => b.score - a.score || a.order - b.order);
  const scores = sorted.map((row) => row.score);
  const ranks = ranksOf(scores, options.tie, options.bands);
  const ties = tiesOf(scores);
  const ranked: RankedRow[] = sorted.map((row, i) => ({
    rank: ranks[i],
    tied: ties[i],
    name: row.name,
    url: row.url,
    score: row.score,
    passed: !row.veto && row.score >= options.passLine,
    veto: row.veto,
    band: options.tie === 'bands' ? options.bands[bandIndex(row.score, options.bands)].name : null,
    previousRank: null,
    rankChange: null,
    previousScore: null,
    scoreChange: null,
  }));
  return { category, ...passFigures(ranked), previous: null, passRateChange: null, rows: ranked };
}

/**
 * Ranks `input`; with `previousInput`, last year's table is ranked with the same options and compared
 * (its bad rows are reported too, prefixed 上年数据).
 */
export function rankRows(input: readonly RankingInputRow[], options: Partial<RankingOptions> = {}, previousInput?: readonly RankingInputRow[]): RankingResult {
  const resolved: RankingOptions = { ...DEFAULT_RANKING_OPTIONS, ...options };
  const checked = checkRows(input, resolved.decimals, resolved.fullScore);
  const byCategory = new Map<string, ValidRow[]>(checked.categories.map((category) => [category, []]));
  for (const row of checked.rows) byCategory.get(row.category)?.push(row);
  const groups = checked.categories.map((category) => rankGroup(category, byCategory.get(category) ?? [], resolved));
  const allRows = groups.flatMap((group) => group.rows);
  const result: RankingResult = {
    options: resolved,
    overall: { ...passFigures(allRows), previous: null, passRateChange: null },
    groups,
    belowPassLine: groups.flatMap((group) =>
      group.rows.filter((row) => !row.passed).map((row) => ({ category: group.category, name: row.name, score: row.score, veto: row.veto })),
    ),
    hasPrevious: false,
    problems: checked.problems,
  };
  if (previousInput) compareWithPrevious(result, rankRows(previousInput, resolved));
  return result;
}
