/**
 * Writes a workbook plan to .xlsx with ExcelJS: the same cells, formulas, merges, styles,
 * validations, freeze panes and print setup that the Office.js adapter applies in Excel.
 */
import ExcelJS from 'exceljs';
import type { CellStyle, PlanCell, SheetPlan, ValidationRule, WorkbookPlan } from '../core/sheet-plan/plan-types';
import { parseAddress } from '../core/sheet-plan/addresses';
import { takeChars, withoutXmlIllegal } from '../core/text-input';
import { EXCEL_CELL_LIMIT } from '../core/ranking/ranking-sheet-text';

/**
 * Excel stores a JavaScript custom function in the file as `_xldudf_<NAMESPACE>_<NAME>`; opened
 * where the add-in is loaded, Excel shows it as GOV.NAME again and computes it.
 */
export function fileFormula(formula: string): string {
  return formula.replace(/\bGOV\.([A-Z_]+)\(/g, '_xldudf_GOV_$1(');
}

export const WORKBOOK_CREATOR = '政府网站绩效评估';

/**
 * A picture placed on a sheet (the CLI's chart images on the 排名 sheet, where Excel itself would add
 * a native chart: ExcelJS cannot write charts, it can place images).
 */
export interface SheetImage {
  sheet: string;
  png: Uint8Array;
  /** The top-left cell, A1 style. */
  anchor: string;
  /** Size in pixels. */
  width: number;
  height: number;
}

/** The .xlsx bytes (a Uint8Array, so that the browser can use the same writer). */
export async function workbookBytes(plan: WorkbookPlan, images: readonly SheetImage[] = []): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = WORKBOOK_CREATOR;
  // Portable workbooks carry no cached results: every program must compute them on open.
  workbook.calcProperties = { fullCalcOnLoad: true };
  for (const sheet of plan.sheets) writeSheet(workbook, sheet);
  for (const image of images) {
    const sheet = workbook.getWorksheet(withoutXmlIllegal(image.sheet));
    if (!sheet) continue;
    const [row, column] = parseAddress(image.anchor);
    // ExcelJS zips the bytes as they are (JSZip takes a Uint8Array); its typings ask for a Node Buffer.
    const id = workbook.addImage({ buffer: image.png as unknown as ExcelJS.Buffer, extension: 'png' });
    sheet.addImage(id, { tl: { col: column, row }, ext: { width: image.width, height: image.height }, editAs: 'oneCell' });
  }
  // Deflate level 1: the 113-sheet county workbook is written ~0.2 s faster than at JSZip's default
  // level, 1.02 MB instead of 0.86 MB (README, Benchmarks).
  return new Uint8Array(await workbook.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } } as ExcelJS.XlsxWriteOptions));
}

function writeSheet(workbook: ExcelJS.Workbook, plan: SheetPlan): void {
  const sheet = workbook.addWorksheet(withoutXmlIllegal(plan.name), sheetOptions(plan));
  writeColumns(sheet, plan);
  plan.cells.forEach((row, r) => row.forEach((cell, c) => cell && writeCell(cellAt(sheet, r, c), cell)));
  for (const [row, height] of Object.entries(plan.rowHeights ?? {})) sheet.getRow(Number(row) + 1).height = height;
  for (const range of plan.merges) sheet.mergeCells(range);
  for (const [cell, style] of cellStyles(plan.styles)) cellAt(sheet, Math.floor(cell / COLUMNS), cell % COLUMNS).style = style;
  // Cells without a style (the hidden row keys, …) each have an empty style object of their own, and
  // ExcelJS works out a style id for each: one shared empty object makes that one lookup.
  const unstyled: Partial<ExcelJS.Style> = {};
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (Object.keys(cell.style).length === 0) cell.style = unstyled;
    }),
  );
  for (const { range, rule } of plan.validations) {
    const shared = validation(rule);
    forEachCell(range, (r, c) => (cellAt(sheet, r, c).dataValidation = shared));
  }
}

/**
 * What a sheet is created with: tab colour, frozen panes and page setup (incl. the rows repeated on
 * every printed page, which ExcelJS writes as the workbook's _xlnm.Print_Titles). Shared by the
 * in-memory and the streaming writer (stream-workbook.ts), so that both write the same sheet.
 */
export function sheetOptions(plan: SheetPlan): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    properties: plan.tabColor ? { tabColor: { argb: argb(plan.tabColor) } } : {},
    views: [{ state: 'frozen', xSplit: plan.freeze.columns, ySplit: plan.freeze.rows }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: plan.print.orientation,
      fitToPage: plan.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${plan.print.repeatRows[0]}:${plan.print.repeatRows[1]}`,
    },
  };
}

/** Sets column widths and hides the hidden columns (both writers). */
export function writeColumns(sheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  plan.columns.forEach((column, i) => {
    const target = sheet.getColumn(i + 1);
    target.width = column.width;
    if (column.hidden) target.hidden = true;
  });
}

/** The cell at 0-based row and column, through its row (Worksheet.getCell(r, c) parses an A1 address each time). */
function cellAt(sheet: ExcelJS.Worksheet, row: number, column: number): ExcelJS.Cell {
  return sheet.getRow(row + 1).getCell(column + 1);
}

export function writeCell(target: ExcelJS.Cell, cell: PlanCell): void {
  if (cell.formula !== undefined) target.value = { formula: fileFormula(cell.formula) } as ExcelJS.CellFormulaValue;
  else if (typeof cell.value === 'string') target.value = fileText(cell.value);
  else if (cell.value !== undefined && cell.value !== null) target.value = cell.value;
}

const CUT_NOTE = '……（超出 Excel 单元格 32767 字的上限，已截断）';

/**
 * Text as it can be stored: the last guard after the edges (site lists, templates, tables) have
 * refused or cleaned what they read. Characters XML forbids would make the file unreadable (removed);
 * text over Excel's cell limit would be cut by Excel on open (cut here, saying so).
 */
function fileText(text: string): string {
  const clean = withoutXmlIllegal(text);
  return clean.length <= EXCEL_CELL_LIMIT ? clean : takeChars(clean, EXCEL_CELL_LIMIT - CUT_NOTE.length) + CUT_NOTE;
}

export function forEachCell(range: string, visit: (row: number, column: number) => void): void {
  const [start, end = start] = range.split(':');
  const [r1, c1] = parseAddress(start);
  const [r2, c2] = parseAddress(end);
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) visit(r, c);
}

/** Columns of a worksheet (XFD), to number cells row by row. */
export const COLUMNS = 16384;
const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF8EA9C1' } };

/**
 * The style of every styled cell. Styles add up: a later range sets only what it names. Cells whose
 * ranges add up to the same style share one style object, which ExcelJS turns into a style id once
 * (its styles writer caches ids by object): 113 sheets of ~60 rows are written in less than half the
 * time of a style object per cell (README, Benchmarks).
 */
export function cellStyles(ranges: SheetPlan['styles']): Map<number, Partial<ExcelJS.Style>> {
  // The site sheets of a workbook share one styles array (scoringSheetForSite): worked out once.
  const known = stylesByRanges.get(ranges);
  if (known) return known;
  const result = computeCellStyles(ranges);
  stylesByRanges.set(ranges, result);
  return result;
}

/** Plans are not changed once made, so a styles array always adds up to the same cell styles. */
const stylesByRanges = new WeakMap<SheetPlan['styles'], Map<number, Partial<ExcelJS.Style>>>();

function computeCellStyles(ranges: SheetPlan['styles']): Map<number, Partial<ExcelJS.Style>> {
  const composites: CellStyle[] = [];
  /** (previous composite + 1) × ranges + range index → composite: numbers, no key strings per cell. */
  const compositeIds = new Map<number, number>();
  /** Cell (row × COLUMNS + column, 0-based) → composite style. */
  const cellComposite = new Map<number, number>();
  ranges.forEach(({ range, style }, index) =>
    forEachCell(range, (r, c) => {
      const cell = r * COLUMNS + c;
      const previous = cellComposite.get(cell);
      const key = (previous === undefined ? 0 : previous + 1) * ranges.length + index;
      let id = compositeIds.get(key);
      if (id === undefined) {
        id = composites.push(merged(previous === undefined ? {} : composites[previous], style)) - 1;
        compositeIds.set(key, id);
      }
      cellComposite.set(cell, id);
    }),
  );
  // Different range sequences can add up to the same style: one object per distinct style.
  const byContent = new Map<string, Partial<ExcelJS.Style>>();
  const excelStyles = composites.map((style) => {
    const key = STYLE_KEYS.map((name) => String(style[name])).join('|');
    let shared = byContent.get(key);
    if (!shared) byContent.set(key, (shared = excelStyle(style)));
    return shared;
  });
  const result = new Map<number, Partial<ExcelJS.Style>>();
  for (const [cell, id] of cellComposite) result.set(cell, excelStyles[id]);
  return result;
}

const STYLE_KEYS = ['bold', 'fontSize', 'wrap', 'horizontal', 'vertical', 'numberFormat', 'fill', 'border'] as const satisfies readonly (keyof CellStyle)[];
/** Fails to compile when CellStyle gains a property STYLE_KEYS does not name. */
export const STYLE_KEYS_COMPLETE: Exclude<keyof CellStyle, (typeof STYLE_KEYS)[number]> extends never ? true : never = true;

/** `previous` with what `style` names set (a style names a property only with a value that applies). */
function merged(previous: CellStyle, style: CellStyle): CellStyle {
  const result: CellStyle = { ...previous };
  if (style.bold !== undefined) result.bold = style.bold;
  if (style.fontSize) result.fontSize = style.fontSize;
  if (style.wrap !== undefined) result.wrap = style.wrap;
  if (style.horizontal) result.horizontal = style.horizontal;
  if (style.vertical) result.vertical = style.vertical;
  if (style.numberFormat) result.numberFormat = style.numberFormat;
  if (style.fill) result.fill = style.fill;
  if (style.border) result.border = style.border;
  return result;
}

function excelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const result: Partial<ExcelJS.Style> = {};
  if (style.bold !== undefined || style.fontSize !== undefined) {
    result.font = { ...(style.bold !== undefined ? { bold: style.bold } : {}), ...(style.fontSize ? { size: style.fontSize } : {}) };
  }
  if (style.wrap !== undefined || style.horizontal || style.vertical) {
    result.alignment = {
      ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
      ...(style.horizontal ? { horizontal: style.horizontal } : {}),
      ...(style.vertical ? { vertical: style.vertical } : {}),
    };
  }
  if (style.numberFormat) result.numFmt = style.numberFormat;
  if (style.fill) result.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (style.border) result.border = { top: thin, left: thin, bottom: thin, right: thin };
  return result;
}

export function validation(rule: ValidationRule): ExcelJS.DataValidation {
  const messages = {
    showInputMessage: true,
    promptTitle: rule.prompt.title,
    prompt: rule.prompt.message,
    showErrorMessage: true,
    errorStyle: 'stop' as const,
    errorTitle: rule.error.title,
    error: rule.error.message,
    allowBlank: true,
  };
  if (rule.type === 'list') return { type: 'list', formulae: [`"${(rule.list ?? []).join(',')}"`], ...messages };
  const { min, max } = rule;
  if (min !== undefined && max !== undefined) return { type: rule.type, operator: 'between', formulae: [min, max], ...messages };
  if (min !== undefined) return { type: rule.type, operator: 'greaterThanOrEqual', formulae: [min], ...messages };
  return { type: rule.type, operator: 'lessThanOrEqual', formulae: [max ?? 0], ...messages };
}
