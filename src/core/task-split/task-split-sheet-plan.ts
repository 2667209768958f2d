/**
 * The task-split sheet (任务分解表): 一级指标 | 二级指标 | 三级指标 | (权重) | 指标说明 |
 * 对应栏目及工作要求 | 责任单位, level names merged like the scoring sheet's, a key per row in the
 * hidden last column and the marker above it. The office fills 对应栏目 and 责任单位 (shaded).
 */
import { GridBuilder } from '../sheet-plan/grid-builder';
import type { SheetPlan } from '../sheet-plan/plan-types';
import { wrappedLines } from '../sheet-plan/scoring-sheet-plan';
import { rowKey, sheetMarker } from '../sheet-plan/sheet-keys';
import { taskKey } from './task-keys';
import type { TaskRow, TaskSplit } from './task-split';

export type TaskField = 'level1' | 'level2' | 'level3' | 'weight' | 'description' | 'column' | 'responsible';

export const TASK_HEADERS: Record<TaskField, string> = {
  level1: '一级指标',
  level2: '二级指标',
  level3: '三级指标',
  weight: '权重',
  description: '指标说明',
  column: '对应栏目及工作要求',
  responsible: '责任单位',
};
const WIDTHS: Record<TaskField, number> = { level1: 10, level2: 14, level3: 16, weight: 7, description: 50, column: 28, responsible: 24 };
export const TASK_HEADER_ROW = 2;
const INPUT_FILL = '#FFF2CC';
const NOTE =
  '填写说明：责任单位可写多个，用“、”分隔；牵头、配合写在单位名称后（如“区信息中心牵头，各有关部门配合”）；“各镇”“各单位”“各有关部门”按“单位名单”工作表展开；不适用的填“——”。';

export interface TaskSheetLayout {
  plan: SheetPlan;
  /** Column index of each field (weight only when the split knows weights). */
  columns: Partial<Record<TaskField, number>>;
  /** Sheet row (0-based) of each task row id. */
  rows: Map<string, number>;
}

export function planTaskSplitSheet(split: TaskSplit, name: string, templateVersion: string): TaskSheetLayout {
  const withWeight = split.rows.some((row) => row.weight !== null);
  const fields = (Object.keys(TASK_HEADERS) as TaskField[]).filter((f) => f !== 'weight' || withWeight);
  const col = Object.fromEntries(fields.map((f, i) => [f, i])) as Partial<Record<TaskField, number>>;
  const key = fields.length;
  const last = key - 1;
  const grid = new GridBuilder(key + 1);
  grid.value(0, 0, split.title);
  grid.merge(0, 0, 0, last);
  grid.style(0, 0, 0, last, { bold: true, fontSize: 16, horizontal: 'center', vertical: 'middle' });
  grid.value(0, key, sheetMarker({ kind: 'task-split', templateId: split.templateId, templateVersion }));
  grid.value(1, 0, NOTE);
  grid.merge(1, 0, 1, last);
  grid.style(1, 0, 1, last, { wrap: true, vertical: 'top' });
  grid.rowHeights[1] = 30;
  fields.forEach((f, i) => grid.value(TASK_HEADER_ROW, i, TASK_HEADERS[f]));
  grid.value(TASK_HEADER_ROW, key, rowKey.header);
  grid.style(TASK_HEADER_ROW, 0, TASK_HEADER_ROW, last, { bold: true, fill: '#D9E1F2', horizontal: 'center', vertical: 'middle', wrap: true, border: true });
  const rows = new Map<string, number>();
  split.rows.forEach((task, i) => {
    const row = TASK_HEADER_ROW + 1 + i;
    rows.set(task.id, row);
    writeTask(grid, task, row, col);
    grid.value(row, key, taskKey.task(task.id));
  });
  mergeLevels(grid, split.rows);
  const first = TASK_HEADER_ROW + 1;
  const end = Math.max(first, TASK_HEADER_ROW + split.rows.length);
  grid.style(first, 0, end, last, { border: true, wrap: true, vertical: 'top' });
  for (const f of ['column', 'responsible'] as const) grid.style(first, col[f] as number, end, col[f] as number, { fill: INPUT_FILL });
  if (col.weight !== undefined) grid.style(first, col.weight, end, col.weight, { numberFormat: '0.##', horizontal: 'center' });
  const plan = grid.toPlan({
    name,
    kind: 'task-split',
    columns: [...fields.map((f) => ({ width: WIDTHS[f] })), { width: 20, hidden: true }],
    freeze: { rows: TASK_HEADER_ROW + 1, columns: 0 },
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: [TASK_HEADER_ROW + 1, TASK_HEADER_ROW + 1] },
    tabColor: '#548235',
  });
  return { plan, columns: col, rows };
}

function writeTask(grid: GridBuilder, task: TaskRow, row: number, col: Partial<Record<TaskField, number>>): void {
  if (task.level2 === null) {
    grid.value(row, 0, task.level1);
    grid.merge(row, 0, row, 2);
  } else if (task.level3 === null) {
    grid.value(row, 1, task.level2);
    grid.merge(row, 1, row, 2);
  } else grid.value(row, 2, task.level3);
  if (col.weight !== undefined) grid.value(row, col.weight, task.weight);
  grid.value(row, col.description as number, task.description);
  grid.value(row, col.column as number, task.column);
  grid.value(row, col.responsible as number, task.responsible);
  const lines = Math.max(
    wrappedLines(task.description, WIDTHS.description),
    wrappedLines(task.column, WIDTHS.column),
    wrappedLines(task.responsible, WIDTHS.responsible),
  );
  if (lines > 1) grid.rowHeights[row] = lines * 15;
}

/**
 * Level 1 merged down over consecutive rows that share it (rows with a level 2), level 2 over
 * consecutive rows that share levels 1–2 (rows with a level 3); names that stop early are merged
 * across instead (A:C, B:C), so no two merges overlap.
 */
function mergeLevels(grid: GridBuilder, tasks: readonly TaskRow[]): void {
  const groups = (column: number, belongs: (t: TaskRow) => boolean, same: (a: TaskRow, b: TaskRow) => boolean, name: (t: TaskRow) => string) => {
    let start = 0;
    for (let i = 1; i <= tasks.length; i++) {
      const open = belongs(tasks[start]);
      if (i < tasks.length && open && belongs(tasks[i]) && same(tasks[start], tasks[i])) continue;
      if (open) {
        grid.value(TASK_HEADER_ROW + 1 + start, column, name(tasks[start]));
        grid.merge(TASK_HEADER_ROW + 1 + start, column, TASK_HEADER_ROW + i, column);
      }
      start = i;
    }
  };
  if (tasks.length === 0) return;
  groups(0, (t) => t.level2 !== null, (a, b) => a.level1 === b.level1, (t) => t.level1);
  groups(1, (t) => t.level2 !== null && t.level3 !== null, (a, b) => a.level1 === b.level1 && a.level2 === b.level2, (t) => t.level2 ?? '');
}
