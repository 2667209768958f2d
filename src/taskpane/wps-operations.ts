/** The pane's workbook operations in WPS 表格, over the ET adapter (src/wps). */
import { type WpsRoot, etApplicationOf } from '../wps/et-types';
import { checkGovFunctions, wpsPortableReason } from '../wps/wps-functions';
import * as et from '../wps/wps-workbook';
import type { WorkbookOperations } from './operations';

/**
 * The ET application is asked for on every operation: the user may switch workbooks between two
 * clicks, and the application object is the entry to whichever is active. The ET calls are
 * synchronous; they are wrapped in promises because the pane's operations are asynchronous (Excel's are).
 */
export function wpsOperations(wps: WpsRoot, options: et.WpsWorkbookOptions): WorkbookOperations {
  const app = () => {
    const application = etApplicationOf(wps);
    if (!application) throw new Error('无法访问 WPS 表格的应用程序对象，请重新打开评估面板。');
    return application;
  };
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

export interface WpsPaneProps {
  operations: WorkbookOperations;
  /** Why GOV formulas are not offered in this WPS (shown on 评分表), or undefined when they are. */
  portableOnly?: string;
}

/** The pane's WPS operations, GOV formulas offered only where the probes pass (src/wps/wps-functions.ts). */
export function wpsPaneProps(wps: WpsRoot): WpsPaneProps {
  const app = etApplicationOf(wps);
  const check = app ? checkGovFunctions(app) : ({ ok: false, reason: '无法访问 WPS 表格的应用程序对象' } as const);
  return { operations: wpsOperations(wps, { govFunctions: check.ok }), portableOnly: check.ok ? undefined : wpsPortableReason(check.reason) };
}
