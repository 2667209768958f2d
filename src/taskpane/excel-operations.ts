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

export function excelOperations(): WorkbookOperations {
  return {
    customFunctionsSupported: Office.context.requirements.isSetSupported('CustomFunctionsRuntime', '1.1'),
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
