/**
 * The sheets of an .xlsx as the Office.js adapter reads them from Excel: each sheet's values from A1
 * (read-table.ts: formulas as cached results, merged cells empty except the first) and its gov-eval marker.
 */
import type { SheetMarker } from '../core/sheet-plan/sheet-keys';
import { columnLetter } from '../core/sheet-plan/addresses';
import { SnapshotGrid, type SheetSnapshot } from '../core/sheet-validation/sheet-snapshot';
import { findMarker } from '../core/task-split/read-task-split-sheet';
import { readXlsxSheets } from './read-table';

export interface WorkbookSheet {
  name: string;
  marker: SheetMarker | null;
  snapshot: SheetSnapshot;
}

export async function readWorkbookSheets(bytes: Uint8Array): Promise<WorkbookSheet[]> {
  return (await readXlsxSheets(bytes)).map(({ name, rows }) => {
    const width = Math.max(1, ...rows.map((row) => row.length));
    const values = rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
    const snapshot: SheetSnapshot = { name, address: `A1:${columnLetter(width - 1)}${Math.max(values.length, 1)}`, values, formulas: values };
    return { name, marker: findMarker(new SnapshotGrid(snapshot), width)?.marker ?? null, snapshot };
  });
}
