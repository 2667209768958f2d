/**
 * Queues everything one sheet plan contains on a worksheet proxy, without syncing: the caller sends
 * it all in one context.sync(). No per-cell ranges: cells go in one 2-D write, layout per column
 * run / row run / merge, styles per styled range, charts last.
 */
import { columnLetter, rangeAddress } from '../core/sheet-plan/addresses';
import type { PlannedChart, SheetPlan } from '../core/sheet-plan/plan-types';
import type { HostSupport } from './host-support';
import { formulaGrid } from './plan-cells';
import { queueStyles, queueValidations } from './style-writer';

/**
 * Plan widths are Excel character units; Office.js `columnWidth` takes points. Excel renders n
 * characters as n × 7 px + 5 px padding with the default 11 pt font (maximum digit width 7 px,
 * ECMA-376 §18.3.1.13), and 1 px = 0.75 pt at 96 dpi.
 */
export const PIXELS_PER_CHARACTER = 7;
export const COLUMN_PADDING_PIXELS = 5;
export const POINTS_PER_PIXEL = 0.75;

export function columnWidthPoints(characters: number): number {
  const pixels = Math.round(characters * PIXELS_PER_CHARACTER + COLUMN_PADDING_PIXELS);
  return pixels * POINTS_PER_PIXEL;
}

export function queueSheetPlan(sheet: Excel.Worksheet, plan: SheetPlan, support: HostSupport): void {
  queueCells(sheet, plan);
  if (support.features.layout) queueLayout(sheet, plan);
  queueStyles(sheet, plan.styles);
  if (support.features.validation) queueValidations(sheet, plan.validations);
  if (support.features.freeze) queueFreeze(sheet, plan.freeze);
  if (support.features.print) queuePrint(sheet, plan.print);
  if (support.features.tabColor && plan.tabColor) sheet.tabColor = plan.tabColor;
  queueCharts(sheet, plan.charts ?? [], support.features.chartCategories);
}

/** A one-series clustered bar chart per planned chart; category names only where setXAxisValues exists. */
function queueCharts(sheet: Excel.Worksheet, charts: PlannedChart[], withCategories: boolean): void {
  for (const planned of charts) {
    const chart = sheet.charts.add(Excel.ChartType.barClustered, sheet.getRange(planned.values), Excel.ChartSeriesBy.columns);
    chart.title.text = planned.title;
    chart.legend.visible = false;
    if (withCategories) chart.series.getItemAt(0).setXAxisValues(sheet.getRange(planned.categories));
    chart.setPosition(planned.anchor);
  }
}

/** The whole grid in one `formulas` write: values as they are, formulas with "=", empty cells "". */
function queueCells(sheet: Excel.Worksheet, plan: SheetPlan): void {
  const grid = formulaGrid(plan);
  if (grid.length === 0 || grid[0].length === 0) return;
  sheet.getRange(rangeAddress(0, 0, grid.length - 1, grid[0].length - 1)).formulas = grid;
}

/** Consecutive indexes with the same key, as [first, last, key] runs (to set "A:C" once, not three times). */
function runs<K>(indexes: number[], keyOf: (index: number) => K): [number, number, K][] {
  const result: [number, number, K][] = [];
  for (const index of indexes) {
    const key = keyOf(index);
    const last = result[result.length - 1];
    if (last && last[1] === index - 1 && last[2] === key) last[1] = index;
    else result.push([index, index, key]);
  }
  return result;
}

function queueLayout(sheet: Excel.Worksheet, plan: SheetPlan): void {
  const columnIndexes = plan.columns.map((_, index) => index);
  for (const [first, last, width] of runs(columnIndexes, (index) => plan.columns[index].width)) {
    sheet.getRange(`${columnLetter(first)}:${columnLetter(last)}`).format.columnWidth = columnWidthPoints(width);
  }
  const hidden = columnIndexes.filter((index) => plan.columns[index].hidden);
  for (const [first, last] of runs(hidden, () => true)) {
    sheet.getRange(`${columnLetter(first)}:${columnLetter(last)}`).columnHidden = true;
  }
  const heights = plan.rowHeights ?? {};
  const rowIndexes = Object.keys(heights)
    .map(Number)
    .sort((a, b) => a - b);
  for (const [first, last, height] of runs(rowIndexes, (index) => heights[index])) {
    sheet.getRange(`${first + 1}:${last + 1}`).format.rowHeight = height;
  }
  for (const merge of plan.merges) sheet.getRange(merge).merge(false);
}

function queueFreeze(sheet: Excel.Worksheet, freeze: SheetPlan['freeze']): void {
  const { rows, columns } = freeze;
  if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(sheet.getRange(rangeAddress(0, 0, rows - 1, columns - 1)));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
}

function queuePrint(sheet: Excel.Worksheet, print: SheetPlan['print']): void {
  const layout = sheet.pageLayout;
  layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = 'A4';
  // "Fit all columns on one page": 1 page wide, as many pages tall as needed (0 = automatic).
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  const [firstRow, lastRow] = print.repeatRows;
  if (firstRow > 0 && lastRow >= firstRow) layout.setPrintTitleRows(`$${firstRow}:$${lastRow}`);
}
