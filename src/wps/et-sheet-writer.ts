/**
 * Writes one sheet plan on an ET worksheet, with whole blocks per call (never cell by cell): the
 * cells as one 2-D `Formula` array, each format value once over all its areas (a multi-area
 * `Range("A1:J1,H6:H9")`), merges one call each, validations once per rule.
 *
 * The plan is cut exactly as the Office.js adapter cuts it (src/core/workbook-writing/plan-cells.ts, style-areas.ts:
 * host-free helpers that read only the plan), so both adapters write the same cells, formulas,
 * merges and validations for the same plan (tests/wps/same-workbook.spec.ts).
 */
import { columnLetter, rangeAddress } from '../core/sheet-plan/addresses';
import type { PlannedChart, SheetPlan, ValidationRule } from '../core/sheet-plan/plan-types';
import { formulaGrid, runs, widestRow } from '../core/workbook-writing/plan-cells';
import { areaLists, aspectAreas, mergeRuns, rowHeightAreas } from '../core/workbook-writing/style-areas';
import { VALIDATION_TEXT_LIMITS } from '../core/workbook-writing/host-constants';
import { type EtApplication, type EtRange, type EtWorksheet, XL, bgr } from './et-types';

/**
 * Longest address given to one `Range(...)` call. Excel's Range method fails on an A1 string longer
 * than 255 characters; we found that limit only in user reports, not in Microsoft's reference, and
 * nothing about WPS's (TESTING.md asks a person with WPS to confirm a long area list). Longer lists
 * are split, which is correct whatever the limit is.
 */
export const ET_AREA_LIST_CHARS = 255;

const HORIZONTAL = { left: XL.left, center: XL.center, right: XL.right } as const;
const VERTICAL = { top: XL.top, middle: XL.center } as const;

/** Everything the plan holds, charts last (they sit over cells whose sizes are set by then). */
export function writeSheetPlan(app: EtApplication, sheet: EtWorksheet, plan: SheetPlan): void {
  writeCells(sheet, plan);
  writeLayout(sheet, plan);
  writeStyles(sheet, plan);
  writeValidations(sheet, plan);
  writeSheetSettings(app, sheet, plan);
  for (const chart of plan.charts ?? []) {
    // A chart illustrates the table; if this WPS refuses one (its chart calls are not confirmed on a
    // real WPS yet, TESTING.md W5), the ranking sheet is still written, without that chart.
    try {
      writeChart(sheet, chart);
    } catch (error) {
      console.warn(`WPS: chart “${chart.title}” not added`, error);
    }
  }
}

/**
 * ChartObjects.Add needs a size; the plan spaces its charts for the size Excel gives a chart it adds
 * (src/core/ranking/ranking-sheet-plan.ts, CHART_ROWS), 5 × 3 inches: 360 × 216 points.
 */
export const CHART_SIZE = { width: 360, height: 216 } as const;

/**
 * The planned one-series clustered bar chart, as the Office.js adapter adds it: values by column,
 * category names on the axis, the title, no legend, its top-left corner on the anchor cell. VBA's way:
 * ChartObjects.Add(Left, Top, Width, Height) → Chart.SetSourceData(Range, xlColumns), ChartType,
 * HasTitle = True before ChartTitle.Text (the title object exists only then: Microsoft Learn,
 * "ChartTitle object (Excel)"), HasLegend, SeriesCollection(1).XValues; all declared on Et.Chart.
 */
function writeChart(sheet: EtWorksheet, planned: PlannedChart): void {
  const anchor = sheet.Range(planned.anchor);
  const values = sheet.Range(planned.values);
  const chart = sheet.ChartObjects().Add(anchor.Left, anchor.Top, CHART_SIZE.width, CHART_SIZE.height).Chart;
  chart.SetSourceData(values, XL.columns);
  chart.ChartType = XL.barClustered;
  chart.HasTitle = true;
  chart.ChartTitle.Text = planned.title;
  chart.HasLegend = false;
  chart.SeriesCollection(1).XValues = sheet.Range(planned.categories);
}

function writeCells(sheet: EtWorksheet, plan: SheetPlan): void {
  const grid = formulaGrid(plan);
  const width = widestRow(grid);
  // Range.Formula takes a 2-D array of the range's size, each entry as if typed ("=…" a formula, "'…" text).
  if (grid.length > 0 && width > 0) sheet.Range(rangeAddress(0, 0, grid.length - 1, width - 1)).Formula = grid;
}


function onAreas(sheet: EtWorksheet, areas: string[], apply: (range: EtRange) => void): void {
  for (const list of areaLists(areas, ET_AREA_LIST_CHARS)) apply(sheet.Range(list));
}

function writeLayout(sheet: EtWorksheet, plan: SheetPlan): void {
  const indexes = plan.columns.map((_, index) => index);
  // Range.ColumnWidth is in characters of the Normal style's font, the plan's unit (Microsoft Learn, Range.ColumnWidth).
  for (const [first, last, width] of runs(indexes, (index) => plan.columns[index].width)) {
    sheet.Range(`${columnLetter(first)}:${columnLetter(last)}`).ColumnWidth = width;
  }
  for (const [first, last] of runs(indexes.filter((index) => plan.columns[index].hidden), () => true)) {
    sheet.Range(`${columnLetter(first)}:${columnLetter(last)}`).EntireColumn.Hidden = true;
  }
  for (const { height, areas } of rowHeightAreas(plan)) onAreas(sheet, areas, (range) => void (range.RowHeight = height));
  // Range.Merge(Across): "True to merge cells in each row of the specified range as separate merged cells" (Microsoft Learn).
  for (const { range, across } of mergeRuns(plan.merges)) sheet.Range(range).Merge(across);
}

function writeStyles(sheet: EtWorksheet, plan: SheetPlan): void {
  for (const { aspect, value, areas } of aspectAreas(plan)) {
    onAreas(sheet, areas, (range) => {
      if (aspect === 'bold') range.Font.Bold = value === true;
      else if (aspect === 'fontSize') range.Font.Size = Number(value);
      else if (aspect === 'wrap') range.WrapText = value === true;
      else if (aspect === 'horizontal') range.HorizontalAlignment = HORIZONTAL[value as keyof typeof HORIZONTAL];
      else if (aspect === 'vertical') range.VerticalAlignment = VERTICAL[value as keyof typeof VERTICAL];
      else if (aspect === 'fill') range.Interior.Color = bgr(String(value));
      else if (aspect === 'border' && value === true) {
        // The Borders collection set as a whole sets every edge of every cell, inside edges included
        // (Microsoft Learn, Borders object: "Range("A1:G1").Borders.LineStyle = xlContinuous").
        range.Borders.LineStyle = XL.continuous;
        range.Borders.Weight = XL.thin;
      }
    });
  }
  // Number formats in plan order (a later style wins, as when styles are applied one after another).
  for (const { range, style } of plan.styles) if (style.numberFormat !== undefined) sheet.Range(range).NumberFormat = style.numberFormat;
}

function clip(text: string, limit: number): string {
  const chars = [...text];
  return chars.length <= limit ? text : `${chars.slice(0, limit - 1).join('')}…`;
}

/** Validation.Add(Type, AlertStyle, Operator, Formula1, Formula2) arguments for a plan rule (Microsoft Learn, Validation.Add). */
export function validationArguments(rule: ValidationRule): [number, number, number | undefined, string | number | undefined, string | number | undefined] {
  if (rule.type === 'list') return [XL.validateList, XL.validAlertStop, undefined, (rule.list ?? []).join(','), undefined];
  const type = rule.type === 'whole' ? XL.validateWholeNumber : XL.validateDecimal;
  const { min, max } = rule;
  if (min !== undefined && max !== undefined) return [type, XL.validAlertStop, XL.between, min, max];
  if (min !== undefined) return [type, XL.validAlertStop, XL.greaterEqual, min, undefined];
  if (max !== undefined) return [type, XL.validAlertStop, XL.lessEqual, max, undefined];
  // No bound: any number of the type, as in the Office.js adapter.
  return [type, XL.validAlertStop, XL.between, -1e15, 1e15];
}

function writeValidations(sheet: EtWorksheet, plan: SheetPlan): void {
  const byRule = new Map<string, { rule: ValidationRule; areas: string[] }>();
  for (const { range, rule } of plan.validations) {
    const key = JSON.stringify(rule);
    const group = byRule.get(key) ?? { rule, areas: [] };
    group.areas.push(range);
    byRule.set(key, group);
  }
  for (const { rule, areas } of byRule.values()) {
    onAreas(sheet, areas, (range) => {
      const validation = range.Validation;
      // Validation.Add fails where the cells already have a rule: Microsoft's own example deletes first.
      validation.Delete();
      validation.Add(...validationArguments(rule));
      validation.InputTitle = clip(rule.prompt.title, VALIDATION_TEXT_LIMITS.title);
      validation.InputMessage = clip(rule.prompt.message, VALIDATION_TEXT_LIMITS.prompt);
      validation.ErrorTitle = clip(rule.error.title, VALIDATION_TEXT_LIMITS.title);
      validation.ErrorMessage = clip(rule.error.message, VALIDATION_TEXT_LIMITS.error);
      validation.ShowInput = true;
      validation.ShowError = true;
      if (rule.type === 'list') validation.InCellDropdown = true;
    });
  }
}

function writeSheetSettings(app: EtApplication, sheet: EtWorksheet, plan: SheetPlan): void {
  const { rows, columns } = plan.freeze;
  if (rows > 0 || columns > 0) {
    // Freezing is a window setting on the active sheet (Window.SplitRow / SplitColumn / FreezePanes).
    sheet.Activate();
    const window = app.ActiveWindow;
    window.FreezePanes = false;
    window.SplitRow = rows;
    window.SplitColumn = columns;
    window.FreezePanes = true;
  }
  const setup = sheet.PageSetup;
  setup.Orientation = plan.print.orientation === 'landscape' ? XL.landscape : XL.portrait;
  setup.PaperSize = XL.paperA4;
  if (plan.print.fitToWidth) {
    // "Fit all columns on one page": Zoom off, 1 page wide, pages tall automatic (PageSetup.FitToPagesTall = False).
    setup.Zoom = false;
    setup.FitToPagesWide = 1;
    setup.FitToPagesTall = false;
  }
  const [firstRow, lastRow] = plan.print.repeatRows;
  if (firstRow > 0 && lastRow >= firstRow) setup.PrintTitleRows = `$${firstRow}:$${lastRow}`;
  if (plan.tabColor) sheet.Tab.Color = bgr(plan.tabColor);
}
