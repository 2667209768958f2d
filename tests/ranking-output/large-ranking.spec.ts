/**
 * 200,000 rows through the ranking and its outputs (issue 12, item 11): nothing spreads a huge array
 * into a call (push(...rows), Math.max(...rows)), which overflows the call stack at this size; the
 * 排名 plan's merges do not grow with the failing sites, and no cell is over Excel's limit.
 */
import { describe, expect, it } from 'vitest';
import { noticeText } from '../../src/core/ranking/notice-text';
import { rankRows } from '../../src/core/ranking/rank-engine';
import { rankingJson } from '../../src/core/ranking/ranking-json';
import { planRankingSheet } from '../../src/core/ranking/ranking-sheet-plan';
import { EXCEL_CELL_LIMIT } from '../../src/core/ranking/ranking-sheet-text';
import type { RankingInputRow } from '../../src/core/ranking/ranking-types';

const ROWS = 200_000;

/** Deterministic scores 30.00–109.99 (a linear congruential generator); about 3 in 8 below 60, every 97th vetoed. */
function generated(rows: number, seed: number): RankingInputRow[] {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 8;
  return Array.from({ length: rows }, (_, i) => ({ category: `${'ABCD'[next() % 4]}类`, name: `网站${i + 1}`, score: 30 + (next() % 8000) / 100, veto: i % 97 === 0 }));
}

describe(`a ranking of ${ROWS.toLocaleString('en-US')} rows`, { timeout: 30_000 }, () => {
  const current = generated(ROWS, 1);
  // Last year: a few thousand sites matched by name, and 200,000 rows without a score (200,000 problems).
  const previous: RankingInputRow[] = [...generated(5_000, 2), ...Array.from({ length: ROWS }, (_, i) => ({ category: 'A类', name: `旧网站${i}`, score: '' }))];
  const result = rankRows(current, {}, previous);

  it('is ranked, with last year’s 200,000 problems reported', () => {
    expect(result.overall.count).toBe(ROWS);
    expect(result.belowPassLine.length).toBeGreaterThan(ROWS / 4);
    expect(result.problems).toHaveLength(ROWS);
    expect(result.problems[0].code).toBe('previous-ranking-no-score');
    expect(result.groups.flatMap((g) => g.rows).filter((row) => row.previousRank !== null)).toHaveLength(5_000);
  });

  it('gives its notice, naming every failing site', () => {
    const notice = noticeText(result);
    const below = result.belowPassLine.filter((site) => !site.veto).length;
    expect(notice).toContain(`低于60分的网站有${below}个：`);
    expect(notice).toContain('与上年相比，排名上升较快的有：');
    expect(notice.split('、').length).toBeGreaterThan(result.belowPassLine.length - 10);
  });

  it('gives its JSON', () => {
    const json = rankingJson(result);
    expect(json.groups.reduce((total, group) => total + group.rows.length, 0)).toBe(ROWS);
    expect(json.belowPassLine).toHaveLength(result.belowPassLine.length);
  });

  it('gives its 排名 sheet plan: merges for the banners and the notice rows only, no cell over the limit', () => {
    const plan = planRankingSheet(result);
    expect(plan.cells.length).toBeGreaterThan(ROWS + result.belowPassLine.length);
    const title = plan.cells.findIndex((row) => typeof row[0]?.value === 'string' && row[0].value.startsWith('通报文字'));
    const noticeRows = plan.cells.length - title - 1;
    expect(plan.merges).toHaveLength(3 + noticeRows); // title, note, overall line; the notice rows
    expect(noticeRows).toBeLessThan(result.belowPassLine.length / 20);
    let longest = 0;
    for (const row of plan.cells) for (const cell of row) if (typeof cell?.value === 'string') longest = Math.max(longest, cell.value.length);
    expect(longest).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
  });
});
