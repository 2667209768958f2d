/**
 * The whole split workbook the CLI writes: 任务分解表, 单位名单, 单位索引 and one sheet per unit.
 * The add-in writes the same sheets in two steps (insert the task split; 按单位拆分 later).
 */
import type { WorkbookPlan } from '../sheet-plan/plan-types';
import { uniqueSheetName } from '../sheet-plan/sheet-names';
import { planMemberSheet } from './member-sheet-plan';
import { TASK_SHEET_NAMES } from './task-keys';
import type { TaskReport } from './task-report';
import { planTaskSplitSheet } from './task-split-sheet-plan';
import type { TaskSplit } from './task-split';
import { planUnitWorkbook } from './unit-sheets-plan';

export interface SplitWorkbookOptions {
  templateVersion: string;
  existingSheets?: readonly string[];
  /** Only this unit's sheet. */
  only?: string;
  /** Leave out the member list sheet (the workbook has one). */
  withoutMembers?: boolean;
}

export function planSplitWorkbook(split: TaskSplit, report: TaskReport, options: SplitWorkbookOptions): WorkbookPlan {
  const taken = new Set(options.existingSheets ?? []);
  const splitName = uniqueSheetName(TASK_SHEET_NAMES.split, taken);
  taken.add(splitName);
  const sheets = [planTaskSplitSheet(split, splitName, options.templateVersion).plan];
  if (!options.withoutMembers) {
    const membersName = uniqueSheetName(TASK_SHEET_NAMES.members, taken);
    taken.add(membersName);
    sheets.push(planMemberSheet(report.members, membersName, split.templateId, options.templateVersion));
  }
  const units = planUnitWorkbook(split, report.units, { templateVersion: options.templateVersion, existingSheets: [...taken], only: options.only });
  return { sheets: [...sheets, ...units.sheets], portable: true };
}
