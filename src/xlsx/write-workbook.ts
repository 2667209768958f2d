/**
 * Writes a workbook plan to .xlsx with ExcelJS: the same cells, formulas, merges, styles,
 * validations, freeze panes and print setup that the Office.js adapter applies in Excel.
 */
import ExcelJS from 'exceljs';
import type { CellStyle, PlanCell, SheetPlan, ValidationRule, WorkbookPlan } from '../core/sheet-plan/plan-types';
import { parseAddress } from '../core/sheet-plan/addresses';

/**
 * Excel stores a JavaScript custom function in the file as `_xldudf_<NAMESPACE>_<NAME>`; opened
 * where the add-in is loaded, Excel shows it as GOV.NAME again and computes it.
 */
export function fileFormula(formula: string): string {
  return formula.replace(/\bGOV\.([A-Z_]+)\(/g, '_xldudf_GOV_$1(');
}

/** The .xlsx bytes (a Uint8Array, so that the browser can use the same writer). */
export async function workbookBytes(plan: WorkbookPlan): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '政府网站绩效评估';
  // Portable workbooks carry no cached results: every program must compute them on open.
  workbook.calcProperties = { fullCalcOnLoad: true };
  for (const sheet of plan.sheets) writeSheet(workbook, sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function writeSheet(workbook: ExcelJS.Workbook, plan: SheetPlan): void {
  const sheet = workbook.addWorksheet(plan.name, {
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
  });
  plan.columns.forEach((column, i) => {
    const target = sheet.getColumn(i + 1);
    target.width = column.width;
    if (column.hidden) target.hidden = true;
  });
  plan.cells.forEach((row, r) => row.forEach((cell, c) => writeCell(sheet.getCell(r + 1, c + 1), cell)));
  for (const [row, height] of Object.entries(plan.rowHeights ?? {})) sheet.getRow(Number(row) + 1).height = height;
  for (const range of plan.merges) sheet.mergeCells(range);
  for (const { range, style } of plan.styles) forEachCell(range, (r, c) => applyStyle(sheet.getCell(r + 1, c + 1), style));
  for (const { range, rule } of plan.validations) forEachCell(range, (r, c) => (sheet.getCell(r + 1, c + 1).dataValidation = validation(rule)));
}

function writeCell(target: ExcelJS.Cell, cell: PlanCell | null): void {
  if (!cell) return;
  if (cell.formula !== undefined) target.value = { formula: fileFormula(cell.formula) } as ExcelJS.CellFormulaValue;
  else if (cell.value !== undefined && cell.value !== null) target.value = cell.value;
}

function forEachCell(range: string, visit: (row: number, column: number) => void): void {
  const [start, end = start] = range.split(':');
  const [r1, c1] = parseAddress(start);
  const [r2, c2] = parseAddress(end);
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) visit(r, c);
}

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF8EA9C1' } };

/** Styles add up: a later range sets only what it names. */
function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.bold !== undefined || style.fontSize !== undefined) {
    cell.font = { ...cell.font, ...(style.bold !== undefined ? { bold: style.bold } : {}), ...(style.fontSize ? { size: style.fontSize } : {}) };
  }
  if (style.wrap !== undefined || style.horizontal || style.vertical) {
    cell.alignment = {
      ...cell.alignment,
      ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
      ...(style.horizontal ? { horizontal: style.horizontal } : {}),
      ...(style.vertical ? { vertical: style.vertical } : {}),
    };
  }
  if (style.numberFormat) cell.numFmt = style.numberFormat;
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (style.border) cell.border = { top: thin, left: thin, bottom: thin, right: thin };
}

function validation(rule: ValidationRule): ExcelJS.DataValidation {
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
