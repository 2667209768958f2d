/**
 * What the pane can do with a workbook. Components receive these operations (never Excel.run
 * themselves): Excel's implementation is in excel-operations.ts; tests pass fakes.
 */
import type { SheetPlan, WorkbookPlan } from '../core/sheet-plan/plan-types';
import type { SheetSnapshot } from '../core/sheet-validation/sheet-snapshot';
import type { SheetMarker } from '../core/sheet-plan/sheet-keys';

export interface AddinSheetInfo {
  name: string;
  marker: SheetMarker;
}

export interface WorkbookOperations {
  existingSheetNames(): Promise<string[]>;
  /** Writes the plan's sheets; returns their names. */
  insertWorkbook(plan: WorkbookPlan, onProgress: (done: number, total: number) => void): Promise<string[]>;
  listAddinSheets(): Promise<AddinSheetInfo[]>;
  readSheet(name: string): Promise<SheetSnapshot>;
  /** Makes `cells` the marked problem cells of the sheet; the others show their own fill again (add-in sheets only). */
  markCells(sheetName: string, cells: string[]): Promise<void>;
  selectCell(sheetName: string, cell: string): Promise<void>;
  /**
   * Calls back on every change in the add-in's sheets, and after Excel calculates one of them
   * (custom functions done); returns the unsubscribe function.
   */
  watchChanges(onChange: (sheetName: string, address: string) => void, onCalculated?: (sheetName: string) => void): Promise<() => Promise<void>>;
  /** The used part of the user's selection, with its sheet-qualified address (one sync). */
  readSelection(): Promise<{ address: string; values: unknown[][] }>;
  /**
   * Replaces the sheet of `plan.kind` the add-in made earlier (found by its marker) with the plan; a
   * user's sheet is never touched. Returns the new sheet's name and the replaced one's (or null).
   */
  replaceAddinSheet(plan: SheetPlan): Promise<{ name: string; replaced: string | null }>;
  /**
   * Deletes every sheet the add-in made whose marker `matches` and writes the plan's sheets, in a
   * constant number of syncs (按单位拆分: the index and one sheet per unit). Returns both name lists.
   */
  replaceAddinSheets(plan: WorkbookPlan, matches: (marker: SheetMarker) => boolean): Promise<{ removed: string[]; written: string[] }>;
}
