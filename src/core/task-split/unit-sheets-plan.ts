/**
 * 按单位拆分: one sheet per unit with tasks (指标, 职责, 来源, 对应栏目及工作要求, 指标说明, 权重)
 * and an index sheet (单位 | 类型 | 任务数 | 权重合计 | 工作表 link). Units without tasks are listed
 * in the index only. Sheet names are unique against the sheets the workbook keeps.
 */
import { formatNumber } from '../numbers';
import { GridBuilder } from '../sheet-plan/grid-builder';
import type { SheetPlan, WorkbookPlan } from '../sheet-plan/plan-types';
import { wrappedLines } from '../sheet-plan/scoring-sheet-plan';
import { cleanSheetName, uniqueSheetName } from '../sheet-plan/sheet-names';
import { rowKey, sheetMarker } from '../sheet-plan/sheet-keys';
import type { UnitView } from './assignments';
import { ROLE_LABELS } from './responsible-parser';
import { TASK_SHEET_NAMES, taskKey } from './task-keys';
import type { TaskSplit } from './task-split';

export interface UnitSheetsOptions {
  templateVersion: string;
  /** Sheet names the workbook keeps (the ones being replaced excluded). */
  existingSheets?: readonly string[];
  /** Only this unit's sheet (the index still lists every unit). */
  only?: string;
}

export const UNIT_HEADERS = ['序号', '指标', '职责', '来源', '对应栏目及工作要求', '指标说明', '权重'];
const UNIT_WIDTHS = [6, 30, 14, 14, 28, 50, 7];
export const UNIT_HEADER_ROW = 2;
export const INDEX_HEADERS = ['单位', '类型', '任务数', '权重合计', '工作表'];
export const INDEX_HEADER_ROW = 1;

/** The index first, then one sheet per unit with tasks, in the order of the views. */
export function planUnitWorkbook(split: TaskSplit, views: readonly UnitView[], options: UnitSheetsOptions): WorkbookPlan {
  const taken = new Set(options.existingSheets ?? []);
  const indexName = uniqueSheetName(TASK_SHEET_NAMES.index, taken);
  taken.add(indexName);
  const withSheets = views.filter((v) => v.tasks.length > 0 && (options.only === undefined || v.summary.unit === options.only));
  const names = new Map<string, string>();
  for (const view of withSheets) {
    const name = uniqueSheetName(cleanSheetName(view.summary.unit, '单位'), taken);
    taken.add(name);
    names.set(view.summary.unit, name);
  }
  const marker = (kind: 'unit-tasks' | 'unit-index') => sheetMarker({ kind, templateId: split.templateId, templateVersion: options.templateVersion });
  const unitSheets = withSheets.map((view) => planUnitSheet(split, view, names.get(view.summary.unit) as string, indexName, marker('unit-tasks')));
  return { sheets: [planIndexSheet(split, views, names, indexName, marker('unit-index')), ...unitSheets], portable: true };
}

/** An internal link Excel and LibreOffice both follow: =HYPERLINK("#'sheet'!A1","text"). */
export function sheetLink(sheetName: string, text: string): string {
  const quote = (s: string) => s.replace(/"/g, '""');
  return `HYPERLINK("#'${quote(sheetName.replace(/'/g, "''"))}'!A1","${quote(text)}")`;
}

const weightText = (weight: number | null) => (weight === null ? '' : formatNumber(weight));
const viaText = (via: string | null) => (via === null ? '直接' : `经“${via}”`);

function planUnitSheet(split: TaskSplit, view: UnitView, name: string, indexName: string, marker: string): SheetPlan {
  const key = UNIT_HEADERS.length;
  const last = key - 1;
  const grid = new GridBuilder(key + 1);
  const { summary, tasks } = view;
  grid.value(0, 0, `${summary.unit}任务清单`);
  grid.merge(0, 0, 0, last);
  grid.style(0, 0, 0, last, { bold: true, fontSize: 16, horizontal: 'center' });
  grid.value(0, key, marker);
  const weight = summary.weight === null ? '权重未知' : `权重合计 ${weightText(summary.weight)}`;
  grid.value(1, 0, `${split.title}｜类型：${summary.kind ?? '未列入单位名单'}｜任务 ${summary.tasks} 项｜${weight}`);
  grid.merge(1, 0, 1, last - 1);
  grid.formula(1, last, sheetLink(indexName, '返回索引'));
  UNIT_HEADERS.forEach((text, i) => grid.value(UNIT_HEADER_ROW, i, text));
  grid.value(UNIT_HEADER_ROW, key, rowKey.header);
  grid.style(UNIT_HEADER_ROW, 0, UNIT_HEADER_ROW, last, { bold: true, fill: '#D9E1F2', horizontal: 'center', wrap: true, border: true });
  tasks.forEach((task, i) => {
    const row = UNIT_HEADER_ROW + 1 + i;
    const role = task.duty ? `${ROLE_LABELS[task.role]}：${task.duty}` : ROLE_LABELS[task.role];
    [i + 1, task.path, role, viaText(task.via), task.column, task.requirement, task.weight].forEach((value, c) => grid.value(row, c, value));
    grid.value(row, key, taskKey.task(task.rowId));
    const lines = Math.max(wrappedLines(task.requirement, UNIT_WIDTHS[5]), wrappedLines(task.path, UNIT_WIDTHS[1]), wrappedLines(task.column, UNIT_WIDTHS[4]));
    if (lines > 1) grid.rowHeights[row] = lines * 15;
  });
  const end = UNIT_HEADER_ROW + Math.max(tasks.length, 1);
  grid.style(UNIT_HEADER_ROW + 1, 0, end, last, { border: true, wrap: true, vertical: 'top' });
  grid.style(UNIT_HEADER_ROW + 1, last, end, last, { numberFormat: '0.##', horizontal: 'center' });
  return grid.toPlan({
    name,
    kind: 'unit-tasks',
    columns: [...UNIT_WIDTHS.map((width) => ({ width })), { width: 20, hidden: true }],
    freeze: { rows: UNIT_HEADER_ROW + 1, columns: 0 },
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: [UNIT_HEADER_ROW + 1, UNIT_HEADER_ROW + 1] },
  });
}

function planIndexSheet(split: TaskSplit, views: readonly UnitView[], names: ReadonlyMap<string, string>, name: string, marker: string): SheetPlan {
  const key = INDEX_HEADERS.length;
  const last = key - 1;
  const grid = new GridBuilder(key + 1);
  grid.value(0, 0, `${split.title}——按单位拆分`);
  grid.merge(0, 0, 0, last);
  grid.style(0, 0, 0, last, { bold: true, fontSize: 14, horizontal: 'center' });
  grid.value(0, key, marker);
  INDEX_HEADERS.forEach((text, i) => grid.value(INDEX_HEADER_ROW, i, text));
  grid.value(INDEX_HEADER_ROW, key, rowKey.header);
  grid.style(INDEX_HEADER_ROW, 0, INDEX_HEADER_ROW, last, { bold: true, fill: '#D9E1F2', horizontal: 'center', border: true });
  views.forEach(({ summary }, i) => {
    const row = INDEX_HEADER_ROW + 1 + i;
    grid.value(row, 0, summary.unit);
    grid.value(row, 1, summary.kind ?? '未列入单位名单');
    grid.value(row, 2, summary.tasks);
    grid.value(row, 3, summary.weight);
    const sheet = names.get(summary.unit);
    if (sheet !== undefined) grid.formula(row, 4, sheetLink(sheet, sheet));
    else grid.value(row, 4, summary.tasks === 0 ? '无任务' : '');
    grid.value(row, key, taskKey.unit(summary.unit));
  });
  const end = INDEX_HEADER_ROW + Math.max(views.length, 1);
  grid.style(INDEX_HEADER_ROW + 1, 0, end, last, { border: true });
  grid.style(INDEX_HEADER_ROW + 1, 2, end, 3, { numberFormat: '0.##', horizontal: 'center' });
  return grid.toPlan({
    name,
    kind: 'unit-index',
    columns: [{ width: 24 }, { width: 14 }, { width: 9 }, { width: 10 }, { width: 24 }, { width: 20, hidden: true }],
    freeze: { rows: INDEX_HEADER_ROW + 1, columns: 1 },
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: true, repeatRows: [INDEX_HEADER_ROW + 1, INDEX_HEADER_ROW + 1] },
    tabColor: '#548235',
  });
}
