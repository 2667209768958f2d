/**
 * The ranking engine's data: input rows as read from a table, options, and the ranked result.
 * See rank-engine.ts for the rules.
 */
import type { Issue } from '../issues';

/**
 * - competition: equal scores share a rank, the next rank skips ("1, 2, 2, 4", Excel's RANK.EQ);
 * - dense: equal scores share a rank, no rank is skipped ("1, 2, 2, 3", 中国式排名);
 * - bands: grade bands (卓越 ≥ 95 …). `rank` is the band's number in the band list (1 = the first,
 *   highest band: 卓越 1, 优秀 2, 良好 3, 发展 4, 准备 5, whether or not other bands are empty), rows
 *   are ordered by score inside a band, and `band` holds the band's name.
 */
export type TiePolicy = 'competition' | 'dense' | 'bands';
export const TIE_POLICIES: readonly TiePolicy[] = ['competition', 'dense', 'bands'];

export interface Band {
  name: string;
  /** Lowest (rounded) score of the band, inclusive. */
  min: number;
}

/** Highest band first; the last band takes every score below the one before it. */
export const DEFAULT_BANDS: readonly Band[] = [
  { name: '卓越', min: 95 },
  { name: '优秀', min: 85 },
  { name: '良好', min: 75 },
  { name: '发展', min: 60 },
  { name: '准备', min: -Infinity },
];

/** A row as read from a table: the score is still the raw cell, checked by the engine. */
export interface RankingInputRow {
  category?: string;
  name: string;
  url?: string;
  score: unknown;
  /** Read by parseVeto: an unclear value is refused by the engine with its row. */
  veto?: boolean | { unclear: string };
  /** Where the row is in its table, for problems (e.g. "第 5 行"); '' when unknown. */
  where?: string;
}

export interface RankingOptions {
  tie: TiePolicy;
  /** Scores are rounded to this many decimals before comparing (Excel's ROUND). */
  decimals: number;
  passLine: number;
  bands: readonly Band[];
  /** Scores outside 0…fullScore are refused (the notice's 满分; --full-score). */
  fullScore: number;
}

export const DEFAULT_RANKING_OPTIONS: RankingOptions = { tie: 'competition', decimals: 2, passLine: 60, bands: DEFAULT_BANDS, fullScore: 110 };

export interface RankedRow {
  rank: number;
  /** Another row of the same group has the same rounded score (the sheet prints 并列). */
  tied: boolean;
  name: string;
  url: string | null;
  /** Rounded to the options' decimals. */
  score: number;
  passed: boolean;
  veto: boolean;
  /** The grade band's name (bands policy only). */
  band: string | null;
  previousRank: number | null;
  /** previousRank − rank: positive = moved up. */
  rankChange: number | null;
  previousScore: number | null;
  scoreChange: number | null;
}

export interface PassFigures {
  count: number;
  passed: number;
  /** Percent with two decimals (95.38); null when nothing was evaluated. */
  passRate: number | null;
}

export interface PreviousComparison {
  /** Last year's figures for the same category (or overall); null when it had none. */
  previous: PassFigures | null;
  /** passRate − previous passRate, in percentage points (two decimals); null without both. */
  passRateChange: number | null;
}

export interface RankedGroup extends PassFigures, PreviousComparison {
  /** '' when the table has no category. */
  category: string;
  rows: RankedRow[];
}

export interface FailedSite {
  category: string;
  name: string;
  score: number;
  veto: boolean;
}

export interface RankingResult {
  options: RankingOptions;
  overall: PassFigures & PreviousComparison;
  /** In order of first appearance in the input. */
  groups: RankedGroup[];
  /** Sites below the pass line or vetoed, group by group in rank order. */
  belowPassLine: FailedSite[];
  /** Whether a previous year was given. */
  hasPrevious: boolean;
  /** Bad rows (left out of the ranking) and other problems, as data. */
  problems: Issue[];
}
