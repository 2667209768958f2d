/**
 * What the pane can do with a workbook. Components receive these operations (never Excel.run
 * themselves): Excel's implementation is in excel-operations.ts; tests pass fakes.
 */
import type { WorkbookPlan } from '../core/sheet-plan/plan-types';
import type { SheetSnapshot } from '../core/sheet-validation/sheet-snapshot';
import type { SheetMarker } from '../core/sheet-plan/sheet-keys';

export interface AddinSheetInfo {
  name: string;
  marker: SheetMarker;
}

export interface WorkbookOperations {
  /** Whether custom functions can run here (requirement set CustomFunctionsRuntime 1.1). */
  customFunctionsSupported: boolean;
  existingSheetNames(): Promise<string[]>;
  /** Writes the plan's sheets; returns their names. */
  insertWorkbook(plan: WorkbookPlan, onProgress: (done: number, total: number) => void): Promise<string[]>;
  listAddinSheets(): Promise<AddinSheetInfo[]>;
  readSheet(name: string): Promise<SheetSnapshot>;
  /** Marks problem cells and clears marks on cells that are fine again (add-in sheets only). */
  markCells(sheetName: string, mark: string[], unmark: string[]): Promise<void>;
  selectCell(sheetName: string, cell: string): Promise<void>;
  /** Calls back on every change in the add-in's sheets; returns the unsubscribe function. */
  watchChanges(onChange: (sheetName: string, address: string) => void): Promise<() => Promise<void>>;
}
