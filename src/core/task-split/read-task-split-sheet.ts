/**
 * Reading a task-split sheet back (from Excel or an .xlsx): the columns by their header labels, the
 * rows below the header by their keys, with the user's edits to 对应栏目 and 责任单位. Merged cells read
 * empty except the first; a level name that is empty is taken from the row above when the levels to
 * its left were (a vertical merge), else the name stops there (a merge across).
 */
import { parseSheetMarker, rowKey, type SheetMarker } from '../sheet-plan/sheet-keys';
import type { SheetSnapshot } from '../sheet-validation/sheet-snapshot';
import { SnapshotGrid } from '../sheet-validation/sheet-snapshot';
import { TASK_HEADERS, type TaskField } from './task-split-sheet-plan';
import { taskRowId } from './task-keys';
import type { TaskRow, TaskSplit } from './task-split';

export interface TaskSheetRead {
  marker: SheetMarker | null;
  split: TaskSplit;
  /** Sheet row (0-based) of each task row id, and the field columns: for selecting a cell. */
  rows: Map<string, number>;
  columns: Partial<Record<TaskField, number>>;
}

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value).trim());

/** The rightmost marker of row 1 and its column (the key column). */
export function findMarker(grid: SnapshotGrid, width: number): { marker: SheetMarker; column: number } | null {
  for (let column = width - 1; column >= 0; column--) {
    const marker = parseSheetMarker(grid.value(0, column));
    if (marker) return { marker, column };
  }
  return null;
}

export function readTaskSplitSheet(snapshot: SheetSnapshot, linkedTemplateId: string | null): TaskSheetRead {
  const grid = new SnapshotGrid(snapshot);
  const width = snapshot.values.reduce((widest, row) => Math.max(widest, row.length), 0) + columnOffset(snapshot);
  const found = findMarker(grid, width);
  const keyColumn = found?.column ?? -1;
  let header = -1;
  for (let row = 0; row < grid.rowCount && header < 0; row++) {
    if (grid.value(row, keyColumn) === rowKey.header || text(grid.value(row, 0)) === TASK_HEADERS.level1) header = row;
  }
  const columns: Partial<Record<TaskField, number>> = {};
  for (let column = 0; column < width && header >= 0; column++) {
    const field = (Object.keys(TASK_HEADERS) as TaskField[]).find((f) => TASK_HEADERS[f] === text(grid.value(header, column)));
    if (field && columns[field] === undefined) columns[field] = column;
  }
  const cell = (row: number, field: TaskField) => (columns[field] === undefined ? '' : text(grid.value(row, columns[field] as number)));
  const rows = new Map<string, number>();
  const tasks: TaskRow[] = [];
  let previous: TaskRow | null = null;
  for (let row = header + 1; header >= 0 && row < grid.rowCount; row++) {
    const fields = (Object.keys(TASK_HEADERS) as TaskField[]).map((f) => cell(row, f));
    if (fields.every((value) => value === '')) continue;
    const id = taskRowId(grid.value(row, keyColumn)) ?? `row${row + 1}`;
    const task = levelsOf(row, cell, previous, id);
    rows.set(id, row);
    tasks.push(task);
    previous = task;
  }
  const templateId = found?.marker.templateId ?? '';
  const title = text(grid.value(0, 0)) || '任务分解表';
  return { marker: found?.marker ?? null, split: { templateId, title, linkedTemplateId, rows: tasks }, rows, columns };
}

function levelsOf(row: number, cell: (row: number, field: TaskField) => string, previous: TaskRow | null, id: string): TaskRow {
  const [l1, l2, l3] = [cell(row, 'level1'), cell(row, 'level2'), cell(row, 'level3')];
  const inherit1 = l1 === '' && previous !== null;
  const level1 = inherit1 ? (previous as TaskRow).level1 : l1;
  const inherit2 = l2 === '' && inherit1 && previous?.level2 !== null;
  const level2 = l2 !== '' ? l2 : inherit2 ? (previous?.level2 ?? null) : null;
  const level3 = l3 !== '' && level2 !== null ? l3 : null;
  const weightText = cell(row, 'weight');
  const weight = weightText === '' || Number.isNaN(Number(weightText)) ? null : Number(weightText);
  return { id, level1, level2, level3, description: cell(row, 'description'), column: cell(row, 'column'), responsible: cell(row, 'responsible'), weight };
}

/** Columns left of the used range (a used range starting at B1 still has the marker at its far right). */
function columnOffset(snapshot: SheetSnapshot): number {
  const local = snapshot.address.includes('!') ? (snapshot.address.split('!').pop() ?? 'A1') : snapshot.address;
  const letters = /^\$?([A-Z]+)/i.exec(local)?.[1] ?? 'A';
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}
