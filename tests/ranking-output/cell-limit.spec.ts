/**
 * Excel's limit of 32,767 characters per cell in the 排名 sheet plan (issue 12): the notice of a
 * 10,000-site ranking goes on over several rows, a name or category of that length is cut with a
 * note, and no cell of the plan (written by the pane and by `cli rank -o` alike) is over the limit.
 */
import { describe, expect, it } from 'vitest';
import { noticeText } from '../../src/core/ranking/notice-text';
import { rankRows } from '../../src/core/ranking/rank-engine';
import { planRankingSheet } from '../../src/core/ranking/ranking-sheet-plan';
import { NOTICE_TITLE, noticeRowChars } from '../../src/core/ranking/ranking-sheet-sections';
import { EXCEL_CELL_LIMIT, TRUNCATED_NOTE, fitCell, splitText } from '../../src/core/ranking/ranking-sheet-text';
import type { RankingInputRow } from '../../src/core/ranking/ranking-types';
import type { SheetPlan } from '../../src/core/sheet-plan/plan-types';

const strings = (plan: SheetPlan) => plan.cells.flatMap((row) => row.map((cell) => cell?.value).filter((v): v is string => typeof v === 'string'));
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** The rows under the notice title, in order. */
function noticeCells(plan: SheetPlan): { title: string; pieces: string[]; rows: number[] } {
  const column = plan.cells.map((row) => row[0]?.value);
  const at = column.findIndex((v) => typeof v === 'string' && v.startsWith('通报文字'));
  const rows = Array.from({ length: plan.cells.length - at - 1 }, (_, i) => at + 1 + i);
  return { title: column[at] as string, pieces: rows.map((r) => column[r] as string), rows };
}

const sites = (count: number, failingEvery: number): RankingInputRow[] =>
  Array.from({ length: count }, (_, i) => ({ category: `${'ABCD'[i % 4]}类`, name: `第${i + 1}号网站`, score: i % failingEvery === 0 ? 30 + (i % 29) + 0.5 : 75 }));

describe('Excel’s cell limit', () => {
  it('is 32,767 characters', () => {
    expect(EXCEL_CELL_LIMIT).toBe(32_767);
  });

  it('fitCell keeps text up to the limit and cuts longer text with a note, never inside a surrogate pair', () => {
    const exact = '甲'.repeat(EXCEL_CELL_LIMIT);
    expect(fitCell(exact)).toBe(exact);
    const cut = fitCell('乙'.repeat(40_000));
    expect(cut.length).toBe(EXCEL_CELL_LIMIT);
    expect(cut.endsWith(TRUNCATED_NOTE)).toBe(true);
    const wide = fitCell('𠀀'.repeat(20_000)); // two UTF-16 units each
    expect(wide.length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
    expect(wide.endsWith(TRUNCATED_NOTE)).toBe(true);
    const kept = wide.slice(0, -TRUNCATED_NOTE.length);
    expect(isHighSurrogate(kept.charCodeAt(kept.length - 1))).toBe(false);
    expect(kept).toBe('𠀀'.repeat(kept.length / 2));
  });

  it('splitText cuts after a list item or sentence, within the size, joining back to the text', () => {
    const text = `评估结果显示，合格率为50.00%。低于60分的网站有300个：${Array.from({ length: 300 }, (_, i) => `第${i}号网站（40.00分）`).join('、')}。`;
    const pieces = splitText(text, 500);
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.join('')).toBe(text);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(500);
    for (const piece of pieces.slice(0, -1)) expect(piece).toMatch(/[、。；，]$/);
    expect(splitText('短文字。', 500)).toEqual(['短文字。']);
  });

  it('splitText cuts text without separators at the size, keeping surrogate pairs whole', () => {
    const text = '𠀀'.repeat(1001);
    const pieces = splitText(text, 301);
    expect(pieces.join('')).toBe(text);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(301);
      expect(isHighSurrogate(piece.charCodeAt(piece.length - 1))).toBe(false);
    }
    expect(splitText('x'.repeat(100_000), 1_000_000).every((piece) => piece.length <= EXCEL_CELL_LIMIT)).toBe(true);
  });
});

describe('the 排名 sheet of 10,000 sites, half of them failing', () => {
  const result = rankRows(sites(10_000, 2));
  const plan = planRankingSheet(result);
  const notice = noticeText(result);
  const { title, pieces, rows } = noticeCells(plan);

  it('has a notice far over the cell limit (the case of issue 12)', () => {
    expect(notice.length).toBeGreaterThan(EXCEL_CELL_LIMIT * 2);
  });

  it('has no cell over the limit', () => {
    expect(strings(plan).reduce((longest, s) => Math.max(longest, s.length), 0)).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
  });

  it('writes the notice over as many rows as it needs, each shown whole in a row of at most 409 points, joined the whole text', () => {
    expect(pieces.join('')).toBe(notice);
    expect(pieces.length).toBeGreaterThan(notice.length / EXCEL_CELL_LIMIT);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(noticeRowChars(plan.columns.slice(0, -1).map((c) => c.width)));
    for (const row of rows) expect(plan.rowHeights?.[row]).toBeLessThanOrEqual(409);
    expect(title).toBe(`通报文字（可复制；共${pieces.length}行，依次连接即为全文）`);
    // Every notice row is a merged, wrapped cell over the table's width.
    const last = String.fromCharCode(64 + plan.columns.length - 1);
    for (const row of rows) expect(plan.merges).toContain(`A${row + 1}:${last}${row + 1}`);
  });

  it('keeps a short notice in one cell under the plain title', () => {
    const small = planRankingSheet(rankRows(sites(40, 2)));
    const cells = noticeCells(small);
    expect(cells.title).toBe(NOTICE_TITLE);
    expect(cells.pieces).toEqual([noticeText(rankRows(sites(40, 2)))]);
  });
});

describe('names and categories over the cell limit', () => {
  const long: RankingInputRow[] = [
    { category: 'A类', name: '长'.repeat(40_000), url: `http://${'u'.repeat(40_000)}.gov.cn`, score: 50 },
    { category: '类'.repeat(40_000), name: '乙', score: 80 },
  ];
  const plan = planRankingSheet(rankRows(long));

  it('are cut with a note, in the tables and in the list below the pass line, and no cell is over the limit', () => {
    const all = strings(plan);
    expect(Math.max(...all.map((s) => s.length))).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
    const cutNames = all.filter((s) => s.startsWith('长长长'));
    expect(cutNames.length).toBeGreaterThanOrEqual(2); // the table and the list below the pass line (the notice rows aside)
    for (const name of cutNames.filter((s) => s.endsWith(TRUNCATED_NOTE))) expect(name.length).toBe(EXCEL_CELL_LIMIT);
    expect(all.filter((s) => s.startsWith('http://uuu')).every((s) => s.endsWith(TRUNCATED_NOTE))).toBe(true);
    expect(all.some((s) => s.startsWith('类类类') && s.endsWith(TRUNCATED_NOTE))).toBe(true);
  });
});
