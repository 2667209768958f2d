/**
 * The 排名 sheet: per category the published table 名次 | 单位名称 | 网址 | 总分（满分110分） (plus
 * 并列 and 是否合格, and 上年名次 | 名次变化 | 得分变化 with a previous year), failing rows filled
 * light red, the pass-rate line under each table, the overall line, the list of sites below the
 * pass line, and the notice paragraph. Values, not formulas: a ranking is a published snapshot.
 * The marker (kind 'ranking') sits in the hidden last column, so re-generating finds and replaces
 * this sheet and never a user's sheet that happens to be called 排名.
 *
 * One bar chart of scores per category (单位名称 against 总分, only for a category with sites) sits
 * to the right of the tables, next to its table or below the chart before it; Excel only, the .xlsx
 * writer cannot write charts.
 */
import { GridBuilder } from '../sheet-plan/grid-builder';
import { columnLetter, rangeAddress } from '../sheet-plan/addresses';
import type { PlannedChart, SheetPlan } from '../sheet-plan/plan-types';
import { sheetMarker } from '../sheet-plan/sheet-keys';
import { type NoticeOptions, noticeText } from './notice-text';
import type { RankedGroup, RankingResult } from './ranking-types';
import { EXCEL_CELL_LIMIT, RANK_CHANGE_FORMAT, fitCell, passLineText, passedText, rankingNote, scoreChangeFormat, scoreFormat, tableHeaders } from './ranking-sheet-text';
import { reasonWidth, writeFailedList, writeNotice } from './ranking-sheet-sections';

export interface RankingSheetOptions {
  name: string;
  title: string;
  fullScore: number;
  notice: Partial<NoticeOptions>;
}

export const DEFAULT_RANKING_SHEET: RankingSheetOptions = { name: '排名', title: '政府网站绩效评估结果', fullScore: 110, notice: {} };
export const RANKING_MARKER = sheetMarker({ kind: 'ranking', templateId: 'ranking', templateVersion: '' });
export const FAILED_FILL = '#FCE4D6';
const HEADER_FILL = '#D9E1F2';

const WIDTHS = [8, 32, 30, 16, 8, 18, 10, 10, 10];
/** Rows a chart of Excel's default size (about 216 pt tall) covers, plus a spare one. */
const CHART_ROWS = 16;

export function planRankingSheet(result: RankingResult, options: Partial<RankingSheetOptions> = {}): SheetPlan {
  const { name, title, fullScore, notice } = { ...DEFAULT_RANKING_SHEET, ...options };
  const headers = tableHeaders(result.options, fullScore, result.hasPrevious);
  const last = headers.length - 1;
  // Column E (并列) also holds the 原因 of the list of failing sites, unmerged: wide enough for it.
  const widths = headers.map((_, i) => (i === 4 ? Math.max(WIDTHS[i], reasonWidth(result)) : (WIDTHS[i] ?? 10)));
  const keyColumn = headers.length;
  const grid = new GridBuilder(keyColumn + 1);
  const banner = (row: number, text: string, style = {}) => {
    grid.value(row, 0, text);
    grid.merge(row, 0, row, last);
    grid.style(row, 0, row, last, { wrap: true, vertical: 'middle', ...style });
  };
  banner(0, title, { bold: true, fontSize: 14, horizontal: 'center' });
  grid.value(0, keyColumn, RANKING_MARKER);
  banner(1, rankingNote(result.options));
  grid.rowHeights[1] = 30;
  let row = 3;
  const several = result.groups.length > 1;
  const tables: GroupTable[] = [];
  for (const group of result.groups) row = writeGroup(grid, row, group, { result, headers, several, tables }) + 1;
  banner(row, passLineText(several ? '全部网站' : '', result.overall), { bold: true });
  row = writeFailedList(grid, row + 2, result);
  writeNotice(grid, row + 1, noticeText(result, notice), widths);
  fitCells(grid);
  return grid.toPlan({
    name,
    kind: 'ranking',
    columns: [...widths.map((width) => ({ width })), { width: 12, hidden: true }],
    freeze: { rows: 0, columns: 0 },
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: true, repeatRows: [1, 1] },
    tabColor: '#548235',
    charts: chartsFor(tables, keyColumn + 1),
  });
}

/** Where a category's sites are: 0-based rows of its title line and first and last site. */
interface GroupTable {
  label: string;
  start: number;
  first: number;
  end: number;
}

/** One chart per table, at `column`: level with its table, or below the chart before it. */
function chartsFor(tables: GroupTable[], column: number): PlannedChart[] {
  let free = 0;
  return tables.map(({ label, start, first, end }) => {
    const top = Math.max(start, free);
    free = top + CHART_ROWS;
    return {
      title: `${label}得分`,
      categories: rangeAddress(first, 1, end, 1),
      values: rangeAddress(first, 3, end, 3),
      anchor: `${columnLetter(column)}${top + 1}`,
    };
  });
}

interface GroupContext {
  result: RankingResult;
  headers: string[];
  several: boolean;
  /** Filled with each table that has sites, for its chart. */
  tables: GroupTable[];
}

/** Writes one category's table from `row`; returns the row after its pass-rate line. */
function writeGroup(grid: GridBuilder, start: number, group: RankedGroup, { result, headers, several, tables }: GroupContext): number {
  const last = headers.length - 1;
  const { decimals, tie } = result.options;
  const label = group.category || (several ? '未分类' : '全部网站');
  // Title and pass-rate line are single left-aligned lines shown across the empty cells to their
  // right: not merged, so that the merges do not grow with the categories (ExcelJS checks each merge
  // against all earlier ones).
  grid.value(start, 0, `${label}（${group.count}个）`);
  grid.style(start, 0, start, last, { bold: true, fontSize: 12 });
  const headerRow = start + 1;
  headers.forEach((text, column) => grid.value(headerRow, column, text));
  grid.style(headerRow, 0, headerRow, last, { bold: true, fill: HEADER_FILL, horizontal: 'center', wrap: true, border: true });
  const first = headerRow + 1;
  if (group.rows.length === 0) {
    grid.value(first, 0, '（本类没有可排名的网站）');
    grid.merge(first, 0, first, last);
  }
  const bandName = (rank: number | null) => (rank === null ? null : (result.options.bands[rank - 1]?.name ?? rank));
  group.rows.forEach((site, i) => {
    const r = first + i;
    grid.value(r, 0, tie === 'bands' ? site.band : site.rank);
    grid.value(r, 1, fitCell(site.name));
    grid.value(r, 2, site.url === null ? null : fitCell(site.url));
    grid.value(r, 3, site.score);
    grid.value(r, 4, site.tied ? '并列' : null);
    grid.value(r, 5, passedText(site.passed, site.veto));
    if (!result.hasPrevious) return;
    grid.value(r, 6, tie === 'bands' ? bandName(site.previousRank) : site.previousRank);
    grid.value(r, 7, site.rankChange);
    grid.value(r, 8, site.scoreChange);
  });
  const end = first + Math.max(group.rows.length, 1) - 1;
  if (group.rows.length > 0) tables.push({ label, start, first, end });
  grid.style(first, 0, end, last, { border: true, vertical: 'middle' });
  grid.style(first, 0, end, 0, { horizontal: 'center' });
  grid.style(first, 3, end, 5, { horizontal: 'center' });
  if (group.rows.length > 0) grid.style(first, 3, end, 3, { numberFormat: scoreFormat(decimals) });
  if (result.hasPrevious && group.rows.length > 0) {
    grid.style(first, 6, end, 7, { horizontal: 'center' });
    grid.style(first, 7, end, 7, { numberFormat: RANK_CHANGE_FORMAT });
    grid.style(first, 8, end, 8, { numberFormat: scoreChangeFormat(decimals), horizontal: 'center' });
  }
  failedRuns(group).forEach(([a, b]) => grid.style(first + a, 0, first + b, last, { fill: FAILED_FILL }));
  const lineRow = end + 1;
  grid.value(lineRow, 0, passLineText(several ? label : '', group));
  return lineRow + 1;
}

/**
 * Every text cell within Excel's limit of 32,767 characters: the notice is already split over rows
 * (writeNotice) and names and addresses cut (fitCell); what is left to cut is a category name of
 * that length in the titles and lines that quote it.
 */
function fitCells(grid: GridBuilder): void {
  for (const cells of grid.rows) {
    for (const cell of cells) if (cell && typeof cell.value === 'string' && cell.value.length > EXCEL_CELL_LIMIT) cell.value = fitCell(cell.value);
  }
}

/** Runs of consecutive failing rows (one styled range per run, not per row). */
function failedRuns(group: RankedGroup): [number, number][] {
  const runs: [number, number][] = [];
  group.rows.forEach((site, i) => {
    if (site.passed) return;
    const tail = runs[runs.length - 1];
    if (tail && tail[1] === i - 1) tail[1] = i;
    else runs.push([i, i]);
  });
  return runs;
}
