/** The 排名 sheet's closing sections: the list of failing sites and the notice paragraph. */
import type { GridBuilder } from '../sheet-plan/grid-builder';
import type { RankingResult } from './ranking-types';
import { EXCEL_CELL_LIMIT, fitCell, scoreFormat, splitText } from './ranking-sheet-text';

const FAILED_HEADERS = ['序号', '单位名称', '类别', '总分', '原因'];
/** The list's columns: A (序号) to E (原因). */
const FAILED_LAST = FAILED_HEADERS.length - 1;

const reasonText = (veto: boolean, passLine: number) => (veto ? '单项否决' : `低于${passLine}分`);

/** Width units a text needs on one line: about two for a Chinese (wide) character, one for others. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) > 0xff ? 2 : 1;
  return width;
}

/** The width column E needs for the 原因 of the list (0 without failing sites), with a unit of margin each side. */
export function reasonWidth(result: RankingResult): number {
  const { passLine } = result.options;
  let width = 0;
  for (const site of result.belowPassLine) width = Math.max(width, textWidth(reasonText(site.veto, passLine)) + 2);
  return width;
}

/**
 * The list from `start`; returns the row after it. One row per site in columns A (序号) to E (原因),
 * nothing merged: column E is made wide enough for the reason (reasonWidth). Decision: a merged
 * 原因 cell per site made ExcelJS's mergeCells, which checks every merge against all earlier ones,
 * take 12 minutes for 200,000 sites (issue 12); the sheet shows the same.
 */
export function writeFailedList(grid: GridBuilder, start: number, result: RankingResult): number {
  const { passLine, decimals } = result.options;
  grid.value(start, 0, `低于合格线（${passLine}分）或单项否决的网站（${result.belowPassLine.length}个）`);
  grid.style(start, 0, start, 0, { bold: true, fontSize: 12 });
  if (result.belowPassLine.length === 0) {
    grid.value(start + 1, 0, '无');
    return start + 2;
  }
  const header = start + 1;
  FAILED_HEADERS.forEach((text, column) => grid.value(header, column, text));
  grid.style(header, 0, header, FAILED_LAST, { bold: true, fill: '#D9E1F2', horizontal: 'center', border: true });
  result.belowPassLine.forEach((site, i) => {
    const row = header + 1 + i;
    grid.value(row, 0, i + 1);
    grid.value(row, 1, fitCell(site.name));
    grid.value(row, 2, fitCell(site.category));
    grid.value(row, 3, site.score);
    grid.value(row, 4, reasonText(site.veto, passLine));
  });
  const end = header + result.belowPassLine.length;
  grid.style(header + 1, 0, end, FAILED_LAST, { border: true });
  grid.style(header + 1, 0, end, 0, { horizontal: 'center' });
  grid.style(header + 1, 3, end, 3, { numberFormat: scoreFormat(decimals), horizontal: 'center' });
  return end + 1;
}

/** Excel's tallest row, in points. */
const MAX_ROW_HEIGHT = 409;
/** Points per wrapped line of 11-point text. */
const LINE_HEIGHT = 16;
export const NOTICE_TITLE = '通报文字（可复制）';

/**
 * The characters of notice text one row of the table's width shows whole: the lines of Excel's
 * tallest row (less a spare one) of about lineWidth / 2 Chinese characters each.
 */
export function noticeRowChars(widths: number[]): number {
  const lineWidth = widths.reduce((total, width) => total + width, 0);
  return Math.min(EXCEL_CELL_LIMIT, Math.floor(lineWidth / 2) * (Math.floor(MAX_ROW_HEIGHT / LINE_HEIGHT) - 1));
}

/**
 * The notice paragraph in merged, wrapped cells tall enough for their text: one cell while it fits
 * a row (noticeRowChars); a longer notice (hundreds of failing sites named) goes on in the rows
 * below, cut after a sentence or a list item, and the title says how many rows to join. Decision:
 * not one cell up to Excel's 32,767-character limit, because a row is at most 409 points tall and
 * what does not fit is neither seen nor printed; the pane and the CLI give the whole text to copy.
 * Returns the row after the notice.
 */
export function writeNotice(grid: GridBuilder, start: number, text: string, widths: number[]): number {
  const last = widths.length - 1;
  const pieces = splitText(text, noticeRowChars(widths));
  grid.value(start, 0, pieces.length === 1 ? NOTICE_TITLE : `通报文字（可复制；共${pieces.length}行，依次连接即为全文）`);
  grid.style(start, 0, start, 0, { bold: true, fontSize: 12 });
  const lineWidth = widths.reduce((total, width) => total + width, 0);
  pieces.forEach((piece, i) => {
    const row = start + 1 + i;
    grid.value(row, 0, piece);
    grid.merge(row, 0, row, last);
    // Every character counted as a Chinese one (two units), plus a spare line.
    const lines = Math.ceil((piece.length * 2) / lineWidth) + 1;
    grid.rowHeights[row] = Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT);
  });
  grid.style(start + 1, 0, start + pieces.length, last, { wrap: true, vertical: 'top' });
  return start + 1 + pieces.length;
}
