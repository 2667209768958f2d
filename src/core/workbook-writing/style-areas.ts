/**
 * A plan's styles as few Office.js calls as possible: the styled ranges are painted cell by cell in
 * plan order (a later style wins, as when they are applied one after another), then every format
 * aspect with one value (fill #FFF2CC, bold, centred …) becomes one list of rectangular areas, set
 * at once through `Worksheet.getRanges("A1:B2, D4:D9")` (RangeAreas, ExcelApi 1.9). Calls grow with
 * the number of distinct formats, not with rows. Number formats are per cell in Excel, so they go
 * as 2-D arrays.
 */
import { rangeAddress } from '../sheet-plan/addresses';
import type { CellStyle, SheetPlan } from '../sheet-plan/plan-types';
import { type Box, cellBox, rangeSize } from './plan-cells';

export type Aspect = 'bold' | 'fontSize' | 'wrap' | 'horizontal' | 'vertical' | 'fill' | 'border';
const ASPECTS: Aspect[] = ['bold', 'fontSize', 'wrap', 'horizontal', 'vertical', 'fill', 'border'];

export interface AspectAreas {
  aspect: Aspect;
  value: string | number | boolean;
  /** A1 areas, e.g. ["A1:J1", "H6:H9"]. */
  areas: string[];
}

/** Longest address string given to one getRanges call; longer lists are split. */
export const AREA_LIST_CHARS = 2000;

/** Per aspect value, the cells it ends up on, as rectangles: runs along rows, stacked where identical. */
export function aspectAreas(plan: SheetPlan): AspectAreas[] {
  const painted = new Map<Aspect, Map<string, string | number | boolean>>();
  for (const aspect of ASPECTS) painted.set(aspect, new Map());
  for (const { range, style } of plan.styles) {
    const [r0, c0, r1, c1] = cellBox(range);
    for (const aspect of ASPECTS) {
      const value = style[aspect as keyof CellStyle];
      if (value === undefined) continue;
      const cells = painted.get(aspect);
      for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) cells?.set(`${r},${c}`, value);
    }
  }
  const result: AspectAreas[] = [];
  for (const aspect of ASPECTS) {
    const byValue = new Map<string | number | boolean, [number, number][]>();
    for (const [key, value] of painted.get(aspect) ?? []) {
      const [r, c] = key.split(',').map(Number);
      const list = byValue.get(value) ?? [];
      list.push([r, c]);
      byValue.set(value, list);
    }
    for (const [value, cells] of byValue) result.push({ aspect, value, areas: rectangles(cells) });
  }
  return result;
}

/** Cells → rectangles: runs of columns per row, then identical runs of consecutive rows stacked. */
function rectangles(cells: [number, number][]): string[] {
  const rows = new Map<number, number[]>();
  for (const [r, c] of cells) {
    const columns = rows.get(r);
    if (columns) columns.push(c);
    else rows.set(r, [c]);
  }
  const open = new Map<string, Box>();
  const done: Box[] = [];
  for (const r of [...rows.keys()].sort((a, b) => a - b)) {
    const columns = (rows.get(r) ?? []).sort((a, b) => a - b);
    const runs: [number, number][] = [];
    for (const c of columns) {
      const last = runs[runs.length - 1];
      if (last && last[1] === c - 1) last[1] = c;
      else runs.push([c, c]);
    }
    const seen = new Set<string>();
    for (const [c0, c1] of runs) {
      const key = `${c0}:${c1}`;
      seen.add(key);
      const box = open.get(key);
      if (box && box[2] === r - 1) box[2] = r;
      else {
        if (box) done.push(box);
        open.set(key, [r, c0, r, c1]);
      }
    }
    for (const [key, box] of open) {
      if (!seen.has(key)) {
        done.push(box);
        open.delete(key);
      }
    }
  }
  done.push(...open.values());
  return done.sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([r0, c0, r1, c1]) => rangeAddress(r0, c0, r1, c1));
}

/** Splits an area list into getRanges arguments of at most AREA_LIST_CHARS characters. */
export function areaLists(areas: string[], limit = AREA_LIST_CHARS): string[] {
  const lists: string[] = [];
  let current = '';
  for (const area of areas) {
    const next = current === '' ? area : `${current},${area}`;
    if (current !== '' && next.length > limit) {
      lists.push(current);
      current = area;
    } else current = next;
  }
  if (current !== '') lists.push(current);
  return lists;
}

/** Border areas by shape: inside edges exist only where an area has more than one row / column. */
export function borderShape(area: string): 'cell' | 'row' | 'column' | 'block' {
  const { rows, columns } = rangeSize(area);
  if (rows > 1 && columns > 1) return 'block';
  if (rows > 1) return 'column';
  return columns > 1 ? 'row' : 'cell';
}

/**
 * The sheet's number formats as a 2-D array over the rows that have any ("General" where the plan
 * sets none), with the first of those rows; null when the plan sets none.
 */
export function numberFormatGrid(plan: SheetPlan, columns: number): { firstRow: number; grid: string[][] } | null {
  const withFormat = plan.styles.filter((s) => s.style.numberFormat !== undefined).map((s) => ({ box: cellBox(s.range), format: s.style.numberFormat as string }));
  if (withFormat.length === 0 || columns === 0) return null;
  let firstRow = Infinity;
  let lastRow = -1;
  for (const { box } of withFormat) {
    firstRow = Math.min(firstRow, box[0]);
    lastRow = Math.max(lastRow, box[2]);
  }
  const grid = Array.from({ length: lastRow - firstRow + 1 }, () => Array.from({ length: columns }, () => 'General'));
  for (const { box, format } of withFormat) {
    for (let r = box[0]; r <= box[2]; r++) for (let c = box[1]; c <= Math.min(box[3], columns - 1); c++) grid[r - firstRow][c] = format;
  }
  return { firstRow, grid };
}

/**
 * Merged groups, with single-row groups over the same columns in consecutive rows joined into one
 * range merged row by row: `Range.merge(true)` "merge[s] cells in each row of the specified range as
 * separate merged cells" (Excel.Range.merge). Each entry is one range and one merge call.
 */
export function mergeRuns(merges: readonly string[]): { range: string; across: boolean }[] {
  const single = new Map<string, Box[]>();
  const result: { range: string; across: boolean }[] = [];
  for (const merge of merges) {
    const box = cellBox(merge);
    if (box[0] !== box[2]) {
      result.push({ range: merge, across: false });
      continue;
    }
    const key = `${box[1]}:${box[3]}`;
    const runs = single.get(key) ?? [];
    const last = runs[runs.length - 1];
    if (last && last[2] === box[0] - 1) last[2] = box[0];
    else runs.push([...box]);
    single.set(key, runs);
  }
  for (const runs of single.values()) {
    for (const box of runs) result.push({ range: rangeAddress(...box), across: box[0] !== box[2] });
  }
  return result;
}

/** Whole-row areas grouped by height ("6:9", "13:16"), for one RangeAreas per height. */
export function rowHeightAreas(plan: SheetPlan): { height: number; areas: string[] }[] {
  const byHeight = new Map<number, number[]>();
  for (const [row, height] of Object.entries(plan.rowHeights ?? {})) {
    const rows = byHeight.get(height);
    if (rows) rows.push(Number(row));
    else byHeight.set(height, [Number(row)]);
  }
  return [...byHeight].map(([height, rows]) => {
    const sorted = rows.sort((a, b) => a - b);
    const areas: string[] = [];
    let start = sorted[0];
    sorted.forEach((row, i) => {
      if (sorted[i + 1] !== row + 1) {
        areas.push(`${start + 1}:${row + 1}`);
        start = sorted[i + 1];
      }
    });
    return { height, areas };
  });
}
