/**
 * Queues what one sheet plan contains on a worksheet proxy, in steps of known request size. No
 * per-cell ranges: cells go in 2-D writes of whole rows, formats per distinct format over all its
 * areas (style-areas.ts), number formats in 2-D writes of whole rows, merges one each, charts last.
 */
import { columnLetter, rangeAddress } from '../core/sheet-plan/addresses';
import type { PlannedChart, PlannedValidation, SheetPlan, ValidationRule } from '../core/sheet-plan/plan-types';
import type { HostSupport } from './host-support';
import { formulaGrid, runs, widestRow } from '../core/workbook-writing/plan-cells';
import { REQUEST_BUDGET_BYTES, jsonBytes, requestCost } from './request-budget';
import { areaLists, aspectAreas, borderShape, mergeRuns, numberFormatGrid, rowHeightAreas } from '../core/workbook-writing/style-areas';
import { queueAspect, queueThinBorders, queueValidation } from './style-writer';

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

/** A part of a sheet's writing, of known request size, queued on the sheet's proxy. */
export interface SheetStep {
  bytes: number;
  queue: (sheet: Excel.Worksheet) => void;
}

/**
 * Everything a sheet plan contains, as steps in the order they must be applied: cells (cut into
 * row blocks that each fit a request), layout, formats, validations, then freeze, print, tab colour
 * and charts. The caller sends them in as few requests as the size budget allows (request-budget.ts).
 */
export function sheetSteps(plan: SheetPlan, support: HostSupport): SheetStep[] {
  const steps: SheetStep[] = [...cellSteps(plan)];
  if (support.features.layout) steps.push(...layoutSteps(plan, support.rangeAreas));
  steps.push(...styleSteps(plan, support.rangeAreas));
  if (support.features.validation) steps.push(...validationSteps(plan.validations, support.rangeAreas));
  steps.push({
    // freeze, print (4 settings), tab colour; per chart: add, title, legend, series, position.
    bytes: requestCost(6, 8) + (plan.charts ?? []).reduce((sum, chart) => sum + requestCost(7, 6, jsonBytes(chart)), 0),
    queue: (sheet) => {
      if (support.features.freeze) queueFreeze(sheet, plan.freeze);
      if (support.features.print) queuePrint(sheet, plan.print);
      if (support.features.tabColor && plan.tabColor) sheet.tabColor = plan.tabColor;
      queueCharts(sheet, plan.charts ?? [], support.features.chartCategories);
    },
  });
  return steps;
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

/** Half a request's budget: a block larger than this is cut (a 100,000-row sheet goes in parts). */
const BLOCK_BYTES = REQUEST_BUDGET_BYTES / 2;

/**
 * A 2-D array written to consecutive blocks of whole rows, each at most BLOCK_BYTES, starting at
 * row `firstRow`: `write(range, rows)` sets the property on the block's range.
 */
function rowBlockSteps<T>(grid: T[][], firstRow: number, write: (range: Excel.Range, rows: T[][]) => void): SheetStep[] {
  const width = widestRow(grid);
  if (grid.length === 0 || width === 0) return [];
  const steps: SheetStep[] = [];
  let first = 0;
  const fixed = requestCost(1, 1, 30);
  let bytes = fixed;
  const cut = (last: number) => {
    const rows = grid.slice(first, last + 1);
    const address = rangeAddress(firstRow + first, 0, firstRow + last, width - 1);
    steps.push({ bytes, queue: (sheet) => write(sheet.getRange(address), rows) });
  };
  grid.forEach((row, index) => {
    const rowBytes = Math.ceil(jsonBytes(row) * 1.05) + 8;
    if (index > first && bytes + rowBytes > BLOCK_BYTES) {
      cut(index - 1);
      first = index;
      bytes = fixed;
    }
    bytes += rowBytes;
  });
  cut(grid.length - 1);
  return steps;
}

/** The grid in `formulas` writes of whole rows: values as they are, formulas with "=", empty cells "". */
function cellSteps(plan: SheetPlan): SheetStep[] {
  return rowBlockSteps(formulaGrid(plan), 0, (range, rows) => void (range.formulas = rows));
}


function layoutSteps(plan: SheetPlan, rangeAreas: boolean): SheetStep[] {
  const columns: SheetStep = {
    bytes: requestCost(2 * (plan.columns.length + 1), plan.columns.length + 1),
    queue: (sheet) => {
      const columnIndexes = plan.columns.map((_, index) => index);
      for (const [first, last, width] of runs(columnIndexes, (index) => plan.columns[index].width)) {
        sheet.getRange(`${columnLetter(first)}:${columnLetter(last)}`).format.columnWidth = columnWidthPoints(width);
      }
      const hidden = columnIndexes.filter((index) => plan.columns[index].hidden);
      for (const [first, last] of runs(hidden, () => true)) {
        sheet.getRange(`${columnLetter(first)}:${columnLetter(last)}`).columnHidden = true;
      }
    },
  };
  const heights = rowHeightAreas(plan).flatMap(({ height, areas }) => areaSteps(areas, rangeAreas, requestCost(2, 1), (target) => void (target.format.rowHeight = height)));
  // Merged groups: one range and one merge each (Office.js has no merge over several areas), one step
  // each so that a sheet with tens of thousands of them is cut into requests like everything else.
  const merges = mergeRuns(plan.merges).map(({ range, across }): SheetStep => ({
    bytes: requestCost(1, 1, 2 * range.length),
    queue: (sheet) => sheet.getRange(range).merge(across),
  }));
  return [columns, ...heights, ...merges];
}

/** What a range and several areas both offer. */
type FormatTarget = Pick<Excel.Range, 'format' | 'dataValidation'>;

/**
 * One step per list of areas: with RangeAreas (ExcelApi 1.9) one getRanges per list of up to
 * AREA_LIST_CHARS characters, else one getRange per area. `cost` is what `apply` queues on one target.
 */
function areaSteps(areas: string[], rangeAreas: boolean, cost: number, apply: (target: FormatTarget) => void): SheetStep[] {
  if (rangeAreas) {
    return areaLists(areas).map((list) => ({ bytes: cost + 2 * list.length, queue: (sheet) => apply(sheet.getRanges(list)) }));
  }
  return [{ bytes: areas.reduce((sum, area) => sum + cost + 2 * area.length, 0), queue: (sheet) => areas.forEach((area) => apply(sheet.getRange(area))) }];
}

function styleSteps(plan: SheetPlan, rangeAreas: boolean): SheetStep[] {
  const steps = aspectAreas(plan).flatMap(({ aspect, value, areas }) => {
    // range (or areas), format, font or fill; one setting.
    if (aspect !== 'border') return areaSteps(areas, rangeAreas, requestCost(3, 1, jsonBytes(value)), (target) => queueAspect(target.format, aspect, value));
    if (value !== true) return [];
    const shapes = new Map<string, string[]>();
    for (const area of areas) {
      const list = shapes.get(borderShape(area));
      if (list) list.push(area);
      else shapes.set(borderShape(area), [area]);
    }
    // range, format, borders; per edge (at most six) the border and two settings.
    return [...shapes].flatMap(([shape, list]) => areaSteps(list, rangeAreas, requestCost(3 + 6, 12, 200), (target) => queueThinBorders(target.format, shape)));
  });
  const formats = numberFormatGrid(plan, widestRow(plan.cells));
  if (formats) steps.push(...rowBlockSteps(formats.grid, formats.firstRow, (range, rows) => void (range.numberFormat = rows)));
  return steps;
}

function validationSteps(validations: PlannedValidation[], rangeAreas: boolean): SheetStep[] {
  const byRule = new Map<string, { rule: ValidationRule; areas: string[] }>();
  for (const { range, rule } of validations) {
    const key = JSON.stringify(rule);
    const group = byRule.get(key) ?? { rule, areas: [] };
    group.areas.push(range);
    byRule.set(key, group);
  }
  // range, dataValidation; rule, prompt and error alert (their texts are in the rule's JSON).
  return [...byRule.values()].flatMap(({ rule, areas }) =>
    areaSteps(areas, rangeAreas, requestCost(2, 3, jsonBytes(rule) + 100), (target) => queueValidation(target.dataValidation, rule)),
  );
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
