/**
 * What the 任务分解 section does with the workbook, over the pane's operations: insert a task-split
 * sheet (with a 单位名单 sheet when the workbook has none), read the task-split sheets back with
 * their coverage report, and 按单位拆分 (replacing only the index and unit sheets the add-in made).
 */
import { address } from '../core/sheet-plan/addresses';
import type { SheetMarker } from '../core/sheet-plan/sheet-keys';
import { uniqueSheetName } from '../core/sheet-plan/sheet-names';
import { templateVersion } from '../core/sheet-plan/template-version';
import type { TaskIssue } from '../core/task-split/coverage';
import { planMemberSheet } from '../core/task-split/member-sheet-plan';
import { membersFromRows } from '../core/task-split/members';
import { readTaskSplitSheet, type TaskSheetRead } from '../core/task-split/read-task-split-sheet';
import { TASK_SHEET_NAMES } from '../core/task-split/task-keys';
import { membersFor, taskReport, type TaskReport } from '../core/task-split/task-report';
import { linkedScoring, linkedTemplateIdOf, splitOf } from '../core/task-split/task-split';
import { planTaskSplitSheet } from '../core/task-split/task-split-sheet-plan';
import { planUnitWorkbook } from '../core/task-split/unit-sheets-plan';
import type { Template } from '../core/template-schema';
import type { WorkbookOperations } from './operations';

export type Lookup = (id: string) => Template | undefined;

/** The sheet holding the member list: the add-in's 单位名单 (by marker, whatever its name) or a sheet named 单位名单. */
async function memberSheetName(operations: WorkbookOperations): Promise<string | null> {
  const marked = (await operations.listAddinSheets()).find((s) => s.marker.kind === 'unit-list');
  if (marked) return marked.name;
  return (await operations.existingSheetNames()).includes(TASK_SHEET_NAMES.members) ? TASK_SHEET_NAMES.members : null;
}

/** Inserts the task split of `template` (and a 单位名单 sheet when there is none); returns the sheet names. */
export async function insertTaskSplit(operations: WorkbookOperations, template: Template, lookup: Lookup, onProgress: (done: number, total: number) => void): Promise<string[]> {
  const split = splitOf(template, lookup);
  if (!split) throw new Error(`模板“${template.title}”不能生成任务分解表。`);
  const taken = new Set(await operations.existingSheetNames());
  const version = templateVersion(template);
  const name = uniqueSheetName(TASK_SHEET_NAMES.split, taken);
  taken.add(name);
  const sheets = [planTaskSplitSheet(split, name, version).plan];
  if ((await memberSheetName(operations)) === null) {
    const members = membersFor(split, null).list;
    sheets.push(planMemberSheet(members, uniqueSheetName(TASK_SHEET_NAMES.members, taken), split.templateId, version));
  }
  return operations.insertWorkbook({ sheets, portable: true }, onProgress);
}

export interface TaskSheetState {
  sheet: string;
  marker: SheetMarker;
  read: TaskSheetRead;
  report: TaskReport;
}

/** Every task-split sheet of the workbook, read back and checked against the member list and the linked template. */
export async function readTaskSplits(operations: WorkbookOperations, lookup: Lookup): Promise<TaskSheetState[]> {
  const sheets = (await operations.listAddinSheets()).filter((s) => s.marker.kind === 'task-split');
  if (sheets.length === 0) return [];
  const memberSheet = await memberSheetName(operations);
  const members = memberSheet === null ? null : membersFromRows((await operations.readSheet(memberSheet)).values);
  const states: TaskSheetState[] = [];
  for (const { name, marker } of sheets) {
    const read = readTaskSplitSheet(await operations.readSheet(name), linkedTemplateIdOf(marker.templateId, lookup));
    states.push({ sheet: name, marker, read, report: taskReport(read.split, members, linkedScoring(read.split, lookup)) });
  }
  return states;
}

/** The cell an issue points at (the 责任单位, 对应栏目 or level cell of its row), or '' for none. */
export function issueCell(state: TaskSheetState, issue: TaskIssue): string {
  if (!issue.rowId) return '';
  const row = state.read.rows.get(issue.rowId);
  const field = issue.field === 'level' ? 'level1' : (issue.field ?? 'responsible');
  const column = state.read.columns[field];
  return row === undefined || column === undefined ? '' : address(row, column);
}

/** The 责任单位 cell of a task row, for click-to-select. */
export function taskCell(state: TaskSheetState, rowId: string): string {
  return issueCell(state, { severity: 'warning', code: '', path: '', message: '', rowId, field: 'responsible' });
}

const isUnitSheet = (templateId: string) => (marker: SheetMarker) => (marker.kind === 'unit-tasks' || marker.kind === 'unit-index') && marker.templateId === templateId;

/** 按单位拆分: the index and one sheet per unit, replacing the ones the add-in made earlier for this split. */
export async function splitByUnit(operations: WorkbookOperations, state: TaskSheetState): Promise<{ removed: string[]; written: string[] }> {
  const matches = isUnitSheet(state.marker.templateId);
  const replaced = new Set((await operations.listAddinSheets()).filter((s) => matches(s.marker)).map((s) => s.name));
  const kept = (await operations.existingSheetNames()).filter((name) => !replaced.has(name));
  const plan = planUnitWorkbook(state.read.split, state.report.units, { templateVersion: state.marker.templateVersion, existingSheets: kept });
  return operations.replaceAddinSheets(plan, matches);
}
