/**
 * Checks a workbook plan against what Excel accepts before the adapter writes anything, so a bad
 * plan fails whole instead of leaving half-written sheets behind.
 */
import type { WorkbookPlan } from '../sheet-plan/plan-types';
import { uniqueSheetName } from '../sheet-plan/sheet-names';
import { InvalidPlanError, SheetExistsError } from './errors';
import { isCellRange } from './plan-cells';

/** Excel's limit on a list validation's comma-joined source. */
export const LIST_SOURCE_LIMIT = 255;
const SHEET_NAME = /^[^[\]:*?/\\]{1,31}$/;

/** Excel compares sheet names without regard to case. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

export function assertPlanWritable(plan: WorkbookPlan): void {
  plan.sheets.forEach((sheet, index) => {
    if (!SHEET_NAME.test(sheet.name) || sheet.name.startsWith("'") || sheet.name.endsWith("'")) {
      throw new InvalidPlanError(`工作表名称 “${sheet.name}” 不符合 Excel 的要求。`);
    }
    if (plan.sheets.slice(0, index).some((other) => sameSheetName(other.name, sheet.name))) {
      throw new SheetExistsError(sheet.name);
    }
    const charts = (sheet.charts ?? []).flatMap((c) => [c.categories, c.values, c.anchor]);
    const addresses = [...sheet.merges, ...sheet.styles.map((s) => s.range), ...sheet.validations.map((v) => v.range), ...charts];
    const bad = addresses.find((address) => !isCellRange(address));
    if (bad !== undefined) throw new InvalidPlanError(`“${sheet.name}” 中的区域 “${bad}” 不是单元格地址。`);
    for (const { range, rule } of sheet.validations) {
      if (rule.type !== 'list') continue;
      const items = rule.list ?? [];
      if (items.some((item) => item.includes(',')) || items.join(',').length > LIST_SOURCE_LIMIT) {
        throw new InvalidPlanError(`“${sheet.name}” ${range} 的下拉选项含英文逗号或超过 ${LIST_SOURCE_LIMIT} 个字符。`);
      }
    }
  });
}

/** Throws SheetExistsError for the first plan sheet whose name the workbook already has. */
export function assertNamesFree(planNames: string[], existing: string[]): void {
  const taken = planNames.find((name) => existing.some((other) => sameSheetName(other, name)));
  if (taken !== undefined) throw new SheetExistsError(taken);
}

/** The plan's sheet names made unique against the sheets kept and each other (汇总, 汇总(2) …). */
export function uniqueNames(planNames: string[], kept: string[]): string[] {
  const used = [...kept];
  return planNames.map((name) => {
    const unique = uniqueSheetName(name, used);
    used.push(unique);
    return unique;
  });
}
