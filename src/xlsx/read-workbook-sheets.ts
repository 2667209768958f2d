/**
 * The sheets of an .xlsx as the Office.js adapter reads them from Excel: each sheet's values from A1
 * (read-table.ts: formulas as cached results, merged cells empty except the first, and down a
 * merge's first column) and its gov-eval marker. A file that cannot be read (not a zip, corrupt,
 * over the size limits) throws XlsxReadError with a Chinese message.
 */
import type { SheetMarker } from '../core/sheet-plan/sheet-keys';
import { columnLetter } from '../core/sheet-plan/addresses';
import { SnapshotGrid, type SheetSnapshot } from '../core/sheet-validation/sheet-snapshot';
import { findMarker } from '../core/task-split/read-task-split-sheet';
import { UncalculatedFormula } from '../core/ranking/ranking-table';
import { readXlsxSheets } from './read-table';

export { XlsxReadError } from './read-table';

export interface WorkbookSheet {
  name: string;
  marker: SheetMarker | null;
  snapshot: SheetSnapshot;
}

export async function readWorkbookSheets(bytes: Uint8Array): Promise<WorkbookSheet[]> {
  return (await readXlsxSheets(bytes)).map(({ name, rows }) => {
    const width = rows.reduce((widest, row) => Math.max(widest, row.length), 1);
    // A formula never calculated reads as '' here, as Excel shows it before calculating.
    const values = rows.map((row) => Array.from({ length: width }, (_, c) => {
      const cell = row[c];
      return cell === null || cell === undefined || cell instanceof UncalculatedFormula ? '' : cell;
    }));
    const snapshot: SheetSnapshot = { name, address: `A1:${columnLetter(width - 1)}${Math.max(values.length, 1)}`, values, formulas: values };
    return { name, marker: findMarker(new SnapshotGrid(snapshot), width)?.marker ?? null, snapshot };
  });
}
