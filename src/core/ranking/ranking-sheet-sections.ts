/** The 排名 sheet's closing sections: the list of failing sites and the notice paragraph. */
import type { GridBuilder } from '../sheet-plan/grid-builder';
import type { RankingResult } from './ranking-types';
import { scoreFormat } from './ranking-sheet-text';

const FAILED_HEADERS = ['序号', '单位名称', '类别', '总分', '原因'];

/** The list from `start`; returns the row after it. */
export function writeFailedList(grid: GridBuilder, start: number, result: RankingResult, last: number): number {
  const { passLine, decimals } = result.options;
  grid.value(start, 0, `低于合格线（${passLine}分）或单项否决的网站（${result.belowPassLine.length}个）`);
  grid.merge(start, 0, start, last);
  grid.style(start, 0, start, last, { bold: true, fontSize: 12 });
  if (result.belowPassLine.length === 0) {
    grid.value(start + 1, 0, '无');
    return start + 2;
  }
  const header = start + 1;
  FAILED_HEADERS.forEach((text, column) => grid.value(header, column, text));
  grid.merge(header, 4, header, last);
  grid.style(header, 0, header, last, { bold: true, fill: '#D9E1F2', horizontal: 'center', border: true });
  result.belowPassLine.forEach((site, i) => {
    const row = header + 1 + i;
    grid.value(row, 0, i + 1);
    grid.value(row, 1, site.name);
    grid.value(row, 2, site.category);
    grid.value(row, 3, site.score);
    grid.value(row, 4, site.veto ? '单项否决' : `低于${passLine}分`);
    grid.merge(row, 4, row, last);
  });
  const end = header + result.belowPassLine.length;
  grid.style(header + 1, 0, end, last, { border: true });
  grid.style(header + 1, 0, end, 0, { horizontal: 'center' });
  grid.style(header + 1, 3, end, 3, { numberFormat: scoreFormat(decimals), horizontal: 'center' });
  return end + 1;
}

/** The notice paragraph in one merged, wrapped cell tall enough for its text. */
export function writeNotice(grid: GridBuilder, start: number, text: string, widths: number[]): void {
  const last = widths.length - 1;
  grid.value(start, 0, '通报文字（可复制）');
  grid.style(start, 0, start, last, { bold: true, fontSize: 12 });
  grid.merge(start, 0, start, last);
  const row = start + 1;
  grid.value(row, 0, text);
  grid.merge(row, 0, row, last);
  grid.style(row, 0, row, last, { wrap: true, vertical: 'top' });
  // A Chinese character is about two width units; 16 points per line plus a spare line.
  const lineWidth = widths.reduce((total, width) => total + width, 0);
  const lines = Math.ceil((text.length * 2) / lineWidth) + 1;
  grid.rowHeights[row] = Math.min(409, lines * 16);
}
