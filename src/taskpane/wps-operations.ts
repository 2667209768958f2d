/** The pane's workbook operations in WPS 表格, over the ET adapter (src/wps). */
import type { WpsGlobal } from '../wps/et-types';
import * as et from '../wps/wps-workbook';
import type { WorkbookOperations } from './operations';

/**
 * `wps.EtApplication()` is asked for on every operation: the user may switch workbooks between two
 * clicks, and the application object is the entry to whichever is active. The ET calls are
 * synchronous; they are wrapped in promises because the pane's operations are asynchronous (Excel's are).
 */
export function wpsOperations(wps: WpsGlobal, options: et.WpsWorkbookOptions): WorkbookOperations {
  const app = () => wps.EtApplication();
  const later = <T>(run: () => T): Promise<T> => new Promise((resolve) => resolve(run()));
  return {
    existingSheetNames: () => later(() => et.sheetNames(app())),
    insertWorkbook: (plan, onProgress) => later(() => et.insertWorkbook(app(), plan, options, onProgress)),
    listAddinSheets: () => later(() => et.listAddinSheets(app())),
    readSheet: (name) => later(() => et.readSheet(app(), name)),
    markCells: (sheetName, cells) => later(() => et.markCells(app(), sheetName, cells)),
    selectCell: (sheetName, cell) => later(() => et.selectCell(app(), sheetName, cell)),
    watchChanges: (onChange) =>
      later(() => {
        const stop = et.watchChanges(wps, onChange);
        return async () => stop();
      }),
    readSelection: () => later(() => et.readSelection(app())),
    replaceAddinSheet: (plan) => later(() => et.replaceAddinSheet(app(), plan, options)),
    replaceAddinSheets: (plan, matches) => later(() => et.replaceAddinSheets(app(), plan, matches, options)),
  };
}

