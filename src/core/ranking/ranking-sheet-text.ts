/** The 排名 sheet's texts: headers, notes and the pass-rate lines (Chinese, as published). */
import { formatFixed } from './decimal-round';
import type { PassFigures, PreviousComparison, RankingOptions } from './ranking-types';

const policyNotes = {
  competition: '同分并列，其后名次顺延（1、2、2、4）',
  dense: '同分并列，其后名次连续（1、2、2、3）',
  bands: '按等次排列，等次内按总分高低排序',
} as const;

export function rankingNote(options: RankingOptions): string {
  const bands =
    options.tie === 'bands'
      ? `；等次：${options.bands.map((band, i) => (i === options.bands.length - 1 ? `${band.name}（低于${options.bands[i - 1]?.min ?? 0}分）` : `${band.name}（${band.min}分及以上）`)).join('、')}`
      : '';
  return `总分保留${options.decimals}位小数后比较，${policyNotes[options.tie]}${bands}；合格线${options.passLine}分，低于合格线或单项否决的网站以浅红色标出。`;
}

export function tableHeaders(options: RankingOptions, fullScore: number, withPrevious: boolean): string[] {
  const bands = options.tie === 'bands';
  const headers = [bands ? '等次' : '名次', '单位名称', '网址', `总分（满分${fullScore}分）`, '并列', '是否合格'];
  if (withPrevious) headers.push(bands ? '上年等次' : '上年名次', bands ? '等次变化' : '名次变化', '得分变化');
  return headers;
}

function rateText(rate: number | null): string {
  return rate === null ? '—' : `${formatFixed(rate, 2)}%`;
}

function changeText(change: number | null): string {
  if (change === null) return '';
  if (change === 0) return '，持平';
  return `，${change > 0 ? '上升' : '下降'}${formatFixed(Math.abs(change), 2)}个百分点`;
}

/** 共 20 个，合格 19 个，合格率 95.00%（上年 93.62%，上升 1.38个百分点）。 */
export function passLineText(label: string, figures: PassFigures & PreviousComparison): string {
  const previous = figures.previous ? `（上年${rateText(figures.previous.passRate)}${changeText(figures.passRateChange)}）` : '';
  return `${label}共${figures.count}个，合格${figures.passed}个，合格率${rateText(figures.passRate)}${previous}。`;
}

export function passedText(passed: boolean, veto: boolean): string {
  if (veto) return '不合格（单项否决）';
  return passed ? '合格' : '不合格';
}

/** Rank change as a number format: ↑3, ↓2, 持平. */
export const RANK_CHANGE_FORMAT = '"↑"0;"↓"0;"持平"';
export const scoreChangeFormat = (decimals: number) => {
  const digits = decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
  return `+${digits};-${digits};${digits}`;
};
export const scoreFormat = (decimals: number) => (decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0');

/**
 * Excel's limit on the characters of one cell (a longer value cannot be written; Office.js and ExcelJS files fail):
 * "Total number of characters that a cell can contain: 32,767 characters"
 * (https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 */
export const EXCEL_CELL_LIMIT = 32_767;

/** Said at the end of a text cut at EXCEL_CELL_LIMIT. */
export const TRUNCATED_NOTE = `…（超出Excel单元格${EXCEL_CELL_LIMIT}个字符的上限，以下已截断；全文见所读的表格）`;

/** `end` moved back by one when it would cut a surrogate pair in half. */
function safeEnd(text: string, end: number): number {
  const code = text.charCodeAt(end - 1);
  return end > 0 && end < text.length && code >= 0xd800 && code <= 0xdbff ? end - 1 : end;
}

/** `text` as it fits in one cell: unchanged up to EXCEL_CELL_LIMIT characters, otherwise cut with TRUNCATED_NOTE. */
export function fitCell(text: string): string {
  if (text.length <= EXCEL_CELL_LIMIT) return text;
  return text.slice(0, safeEnd(text, EXCEL_CELL_LIMIT - TRUNCATED_NOTE.length)) + TRUNCATED_NOTE;
}

/** Where a long text is best cut: after the end of a sentence or a list item. */
const BREAKS = new Set(['。', '；', '、', '，', '\n']);

/**
 * `text` in pieces of at most `max` characters (max ≤ EXCEL_CELL_LIMIT), each ending after a
 * sentence or list separator where one lies in its second half, else at `max` (never inside a
 * surrogate pair). Joined, the pieces are `text`.
 */
export function splitText(text: string, max: number): string[] {
  const limit = Math.max(2, Math.min(max, EXCEL_CELL_LIMIT));
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > limit) {
    let end = start + limit;
    let cut = end;
    while (cut > start + limit / 2 && !BREAKS.has(text[cut - 1])) cut--;
    end = cut > start + limit / 2 ? cut : safeEnd(text, end);
    pieces.push(text.slice(start, end));
    start = end;
  }
  pieces.push(text.slice(start));
  return pieces;
}
