/** The pane's workbook operations in Excel, over the Office.js adapter (src/excel). */
import { applyWorkbookPlan } from '../excel/apply-plan';
import { listAddinSheets, readSheet } from '../excel/read-sheets';
import { markCells } from '../excel/cell-marks';
import { watchAddinSheets } from '../excel/changes';
import { selectCell } from '../excel/select-cell';
import { listSheetNames } from '../excel/sheet-list';
import { readSelection } from '../excel/read-selection';
import { replaceAddinSheet } from '../excel/replace-sheet';
import { replaceAddinSheets } from '../excel/replace-addin-sheets';
import type { WorkbookOperations } from './operations';

/**
 * No check for custom functions here: manifest.xml requires SharedRuntime 1.1 and CustomFunctionsRuntime
 * 1.1, so Excel installs the add-in only where the GOV functions run (README, "Supported hosts"); and
 * isSetSupported('CustomFunctionsRuntime', '1.1') answers true even where they cannot run (office-js #884,
 * "by design", Office 2016), so it could not have detected anything anyway.
 */
export function excelOperations(): WorkbookOperations {
  return {
    existingSheetNames: listSheetNames,
    insertWorkbook: (plan, onProgress) => applyWorkbookPlan(plan, { onProgress }),
    listAddinSheets,
    readSheet,
    markCells,
    selectCell,
    watchChanges: watchAddinSheets,
    readSelection,
    replaceAddinSheet: (plan) => replaceAddinSheet(plan),
    replaceAddinSheets,
  };
}
