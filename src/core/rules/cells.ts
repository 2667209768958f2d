/**
 * Reading spreadsheet arguments: raw cell values as Excel hands them over (number, text, boolean,
 * blank as "" or null) are checked here, once for all rules, with Chinese messages. Ranges arrive
 * as 2-D arrays; a rule reads them flattened row by row.
 */
import { RuleInputError } from './rule-error';

export type Cell = number | string | boolean | null | undefined;
export type Range = readonly (readonly Cell[])[];
/** A rule's result: points, or '' while nothing has been filled in. */
export type RuleResult = number | '';

export function isBlank(value: Cell): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function describe(value: Cell): string {
  return typeof value === 'string' ? `“${value}”` : String(value);
}

/** A number, or an error naming the argument; text that reads as a number is refused too, as Excel's SUM would. */
export function numberOf(value: Cell, label: string): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (isBlank(value)) throw new RuleInputError(`${label}未填写。`);
  throw new RuleInputError(`${label}必须是数字（现为 ${describe(value)}）。`);
}

/** A number, or `fallback` for a blank cell. */
export function numberOr(value: Cell, fallback: number, label: string): number {
  return isBlank(value) ? fallback : numberOf(value, label);
}

export function nonNegative(value: number, label: string): number {
  if (value < 0) throw new RuleInputError(`${label}不能为负数（现为 ${value}）。`);
  return value;
}

export function wholeCount(value: number, label: string): number {
  if (!Number.isInteger(value) || value < 0) throw new RuleInputError(`${label}必须是不小于 0 的整数（现为 ${value}）。`);
  return value;
}

export function flatten(range: Range | Cell): Cell[] {
  if (!Array.isArray(range)) return [range as Cell];
  return (range as Range).flatMap((row) => [...row]);
}

/** Two ranges that go together (counts and per-event points) must have the same shape. */
export function sameShape(a: Range | Cell, b: Range | Cell, labelA: string, labelB: string): void {
  const shape = (r: Range | Cell) => (Array.isArray(r) ? `${(r as Range).length}×${(r as Range)[0]?.length ?? 0}` : '1×1');
  if (shape(a) !== shape(b)) {
    throw new RuleInputError(`${labelA}（${shape(a)}）与${labelB}（${shape(b)}）的区域大小必须相同。`);
  }
}

/** Weight: blank means the default, otherwise a number ≥ 0. */
export function weightOf(value: Cell, fallback: number | null = 1): number {
  if (isBlank(value) && fallback !== null) return fallback;
  return nonNegative(numberOf(value, '权重'), '权重');
}

export function percent(fraction: number): string {
  return `${Math.round(fraction * 1e6) / 1e4}%`;
}
