/**
 * Checks input rows before ranking: a row without a name, with a score that is not a number or with
 * a name already seen in its category is left out AND reported (an Issue), never dropped silently.
 * Categories are collected in order of first appearance, bad rows included, so a category whose
 * rows are all bad still shows up (with nobody ranked).
 */
import type { Issue } from '../issues';
import { cellText, nameKey, parseScore } from './cell-values';
import { roundDecimal } from './decimal-round';
import { rankingMessages as m } from './ranking-messages';
import type { RankingInputRow } from './ranking-types';

export interface ValidRow {
  category: string;
  name: string;
  url: string | null;
  score: number;
  veto: boolean;
  /** Input order, to keep equal scores in the order they came. */
  order: number;
}

export interface CheckedRows {
  categories: string[];
  rows: ValidRow[];
  problems: Issue[];
}

const problem = (code: string, where: string | undefined, message: string): Issue => ({ severity: 'error', code, path: where ?? '', message });

export function checkRows(input: readonly RankingInputRow[], decimals: number, fullScore = Infinity): CheckedRows {
  const categories: string[] = [];
  const seen = new Map<string, string>();
  const rows: ValidRow[] = [];
  const problems: Issue[] = [];
  input.forEach((row, order) => {
    const category = cellText(row.category);
    if (!categories.includes(category)) categories.push(category);
    const name = cellText(row.name);
    if (name === '') return void problems.push(problem('ranking-no-name', row.where, m.noName()));
    const score = parseScore(row.score);
    if (score.kind === 'blank') return void problems.push(problem('ranking-no-score', row.where, m.noScore(name)));
    if (score.kind === 'bad') return void problems.push(problem('ranking-bad-score', row.where, m.badScore(name, score.text)));
    if (score.value < 0 || score.value > fullScore) return void problems.push(problem('ranking-score-range', row.where, m.scoreRange(name, score.value, fullScore)));
    if (typeof row.veto === 'object' && row.veto !== null) return void problems.push(problem('ranking-unclear-veto', row.where, m.unclearVeto(name, row.veto.unclear)));
    const key = `${category}\u0000${nameKey(name)}`;
    const first = seen.get(key);
    if (first !== undefined) return void problems.push(problem('ranking-duplicate-name', row.where, m.duplicateName(name, category, first)));
    seen.set(key, row.where ?? '');
    const url = cellText(row.url);
    rows.push({ category, name, url: url || null, score: roundDecimal(score.value, decimals), veto: row.veto === true, order });
  });
  return { categories, rows, problems };
}
