/**
 * Queues what one sheet plan contains on a worksheet proxy, in steps of known request size. No
 * per-cell ranges: cells go in 2-D writes of whole rows, formats per distinct format over all its
 * areas (style-areas.ts), number formats in one 2-D write, merges one each, charts last.
 */
import { columnLetter, rangeAddress } from '../core/sheet-plan/addresses';
import type { PlannedChart, PlannedValidation, SheetPlan, ValidationRule } from '../core/sheet-plan/plan-types';
import type { HostSupport } from './host-support';
import { formulaGrid } from './plan-cells';
import { ACTION_BYTES, REQUEST_BUDGET_BYTES, actionBytes } from './request-budget';
import { areaLists, aspectAreas, borderShape, numberFormatGrid, rowHeightAreas } from './style-areas';
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
    bytes: ACTION_BYTES * (6 + 6 * (plan.charts ?? []).length),
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

/** Half a request's budget: a block of rows larger than this is cut (a 100,000-row sheet goes in parts). */
const CELL_BLOCK_BYTES = REQUEST_BUDGET_BYTES / 2;

/** The grid in `formulas` writes of whole rows: values as they are, formulas with "=", empty cells "". */
function cellSteps(plan: SheetPlan): SheetStep[] {
  const grid = formulaGrid(plan);
  if (grid.length === 0 || grid[0].length === 0) return [];
  const width = grid[0].length;
  const steps: SheetStep[] = [];
  let first = 0;
  let bytes = ACTION_BYTES;
  const cut = (last: number, size: number) => {
    const rows = grid.slice(first, last + 1);
    const address = rangeAddress(first, 0, last, width - 1);
    steps.push({ bytes: size, queue: (sheet) => void (sheet.getRange(address).formulas = rows) });
  };
  grid.forEach((row, index) => {
    const rowBytes = actionBytes(row) - ACTION_BYTES;
    if (index > first && bytes + rowBytes > CELL_BLOCK_BYTES) {
      cut(index - 1, bytes);
      first = index;
      bytes = ACTION_BYTES;
    }
    bytes += rowBytes;
  });
  cut(grid.length - 1, bytes);
  return steps;
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

function layoutSteps(plan: SheetPlan, rangeAreas: boolean): SheetStep[] {
  const columns: SheetStep = {
    bytes: ACTION_BYTES * 2 * (plan.columns.length + 1),
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
  const heights = rowHeightAreas(plan).flatMap(({ height, areas }) => areaSteps(areas, rangeAreas, (target) => void (target.format.rowHeight = height)));
  // Merged groups: one range and one merge each (Office.js has no merge over several areas).
  const merges: SheetStep = {
    bytes: plan.merges.reduce((sum, merge) => sum + 2 * ACTION_BYTES + merge.length, 0),
    queue: (sheet) => {
      for (const merge of plan.merges) sheet.getRange(merge).merge(false);
    },
  };
  return [columns, ...heights, merges];
}

/** What a range and several areas both offer. */
type FormatTarget = Pick<Excel.Range, 'format' | 'dataValidation'>;

/**
 * One step per list of areas: with RangeAreas (ExcelApi 1.9) one getRanges per list of up to
 * AREA_LIST_CHARS characters, else one getRange per area.
 */
function areaSteps(areas: string[], rangeAreas: boolean, apply: (target: FormatTarget) => void, payload: unknown = null): SheetStep[] {
  const valueBytes = actionBytes(payload);
  if (rangeAreas) {
    return areaLists(areas).map((list) => ({ bytes: valueBytes + ACTION_BYTES + list.length, queue: (sheet) => apply(sheet.getRanges(list)) }));
  }
  return [{ bytes: areas.length * (valueBytes + ACTION_BYTES), queue: (sheet) => areas.forEach((area) => apply(sheet.getRange(area))) }];
}

function styleSteps(plan: SheetPlan, rangeAreas: boolean): SheetStep[] {
  const steps = aspectAreas(plan).flatMap(({ aspect, value, areas }) => {
    if (aspect !== 'border') return areaSteps(areas, rangeAreas, (target) => queueAspect(target.format, aspect, value), value);
    if (value !== true) return [];
    const shapes = new Map<string, string[]>();
    for (const area of areas) shapes.set(borderShape(area), [...(shapes.get(borderShape(area)) ?? []), area]);
    return [...shapes].flatMap(([shape, list]) => areaSteps(list, rangeAreas, (target) => queueThinBorders(target.format, shape)));
  });
  const width = Math.max(0, ...plan.cells.map((row) => row.length));
  const formats = numberFormatGrid(plan, plan.cells.length, width);
  if (formats) {
    const address = rangeAddress(0, 0, formats.length - 1, width - 1);
    steps.push({ bytes: actionBytes(formats), queue: (sheet) => void (sheet.getRange(address).numberFormat = formats) });
  }
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
  return [...byRule.values()].flatMap(({ rule, areas }) => areaSteps(areas, rangeAreas, (target) => queueValidation(target.dataValidation, rule), rule));
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
