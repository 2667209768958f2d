/** Queues format aspects, borders and data validations on a range or on several areas (no sync). */
import type { ValidationRule } from '../core/sheet-plan/plan-types';
import type { Aspect } from '../core/workbook-writing/style-areas';
import { VALIDATION_TEXT_LIMITS } from '../core/workbook-writing/host-constants';

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center' } as const;

/** Sets one format aspect on a range or on several areas. */
export function queueAspect(format: Excel.RangeFormat, aspect: Aspect, value: string | number | boolean): void {
  if (aspect === 'bold') format.font.bold = value === true;
  else if (aspect === 'fontSize') format.font.size = Number(value);
  else if (aspect === 'wrap') format.wrapText = value === true;
  else if (aspect === 'horizontal') format.horizontalAlignment = HORIZONTAL[value as keyof typeof HORIZONTAL];
  else if (aspect === 'vertical') format.verticalAlignment = VERTICAL[value as keyof typeof VERTICAL];
  else if (aspect === 'fill') format.fill.color = String(value);
}

type BorderEdge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';

/** Thin borders around and inside every cell; inside edges only where the areas have several rows / columns. */
export function queueThinBorders(format: Excel.RangeFormat, shape: string): void {
  const edges: BorderEdge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
  if (shape === 'block' || shape === 'column') edges.push('InsideHorizontal');
  if (shape === 'block' || shape === 'row') edges.push('InsideVertical');
  for (const edge of edges) {
    const border = format.borders.getItem(edge);
    border.style = 'Continuous';
    border.weight = 'Thin';
  }
}

/** Excel's limits on validation texts (longer ones make the whole batch fail with InvalidArgument): in core, shared with the WPS adapter. */
export { VALIDATION_TEXT_LIMITS };

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

export function queueValidation(validation: Excel.DataValidation, rule: ValidationRule): void {
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
