/** Queues a plan's styled ranges and data validations (no sync). */
import type { CellStyle, PlannedValidation, StyledRange, ValidationRule } from '../core/sheet-plan/plan-types';
import { filled, rangeSize } from './plan-cells';

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center' } as const;

export function queueStyles(sheet: Excel.Worksheet, styles: StyledRange[]): void {
  for (const { range: address, style } of styles) queueStyle(sheet.getRange(address), address, style);
}

function queueStyle(range: Excel.Range, address: string, style: CellStyle): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontal) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.fill) format.fill.color = style.fill;
  const size = rangeSize(address);
  // numberFormat is per cell: Excel wants an array of the range's own size.
  if (style.numberFormat !== undefined) range.numberFormat = filled(size, style.numberFormat);
  if (style.border) queueThinBorders(format, size);
}

type BorderEdge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';

function queueThinBorders(format: Excel.RangeFormat, size: { rows: number; columns: number }): void {
  const edges: BorderEdge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
  // Inside borders only exist where the range has more than one row / column.
  if (size.rows > 1) edges.push('InsideHorizontal');
  if (size.columns > 1) edges.push('InsideVertical');
  for (const edge of edges) {
    const border = format.borders.getItem(edge);
    border.style = 'Continuous';
    border.weight = 'Thin';
  }
}

/** Excel's limits on validation texts (longer ones make the whole batch fail with InvalidArgument). */
export const VALIDATION_TEXT_LIMITS = { title: 32, prompt: 255, error: 225 } as const;

function clip(text: string, limit: number): string {
  const chars = [...text];
  return chars.length <= limit ? text : `${chars.slice(0, limit - 1).join('')}…`;
}

export function validationRule(rule: ValidationRule): Excel.DataValidationRule {
  if (rule.type === 'list') return { list: { inCellDropDown: true, source: (rule.list ?? []).join(',') } };
  const { min, max } = rule;
  let criteria: Excel.BasicDataValidation;
  if (min !== undefined && max !== undefined) criteria = { operator: 'Between', formula1: min, formula2: max };
  else if (min !== undefined) criteria = { operator: 'GreaterThanOrEqualTo', formula1: min };
  else if (max !== undefined) criteria = { operator: 'LessThanOrEqualTo', formula1: max };
  // No bound: any number of the type (Excel has no "any whole number" operator).
  else criteria = { operator: 'Between', formula1: -1e15, formula2: 1e15 };
  return rule.type === 'whole' ? { wholeNumber: criteria } : { decimal: criteria };
}

export function queueValidations(sheet: Excel.Worksheet, validations: PlannedValidation[]): void {
  for (const { range, rule } of validations) {
    const validation = sheet.getRange(range).dataValidation;
    validation.rule = validationRule(rule);
    validation.prompt = {
      showPrompt: true,
      title: clip(rule.prompt.title, VALIDATION_TEXT_LIMITS.title),
      message: clip(rule.prompt.message, VALIDATION_TEXT_LIMITS.prompt),
    };
    validation.errorAlert = {
      showAlert: true,
      style: 'Stop',
      title: clip(rule.error.title, VALIDATION_TEXT_LIMITS.title),
      message: clip(rule.error.message, VALIDATION_TEXT_LIMITS.error),
    };
  }
}
