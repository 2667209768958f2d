/**
 * Live change notifications for the add-in's sheets.
 *
 * ExcelApi 1.9: one workbook-level `worksheets.onChanged` handler, which also covers sheets made or
 * renamed after the watch started. ExcelApi 1.7–1.8: per-sheet `onChanged` on the add-in's sheets
 * that exist when the watch starts (watch again after writing new sheets). Older: UnsupportedHostError.
 *
 * Each event costs one sync, to read the changed sheet's current name and marker (events carry only
 * the sheet id): a renamed sheet reports its new name, a sheet that is not ours is ignored.
 */
import { UnsupportedHostError, toHostError } from './errors';
import { runExcel } from './excel-run';
import { excelApiSupported } from './host-support';
import { listAddinSheets } from './read-sheets';
import { markerOf, queueMarkerProbe } from './sheet-probe';

export type SheetChangeListener = (sheetName: string, address: string) => void;

/**
 * Calls `onChange(sheetName, address)` after the user changes cells of an add-in sheet; `address` is
 * Excel's, as is ("H12", or "H12:J20" for a pasted block); and `onCalculated(sheetName)` after Excel
 * calculated an add-in sheet (ExcelApi 1.9 path only). Resolves to an unsubscribe function.
 */
export async function watchAddinSheets(onChange: SheetChangeListener, onCalculated?: (sheetName: string) => void): Promise<() => Promise<void>> {
  const handler = (event: Excel.WorksheetChangedEventArgs) => forwardChange(event, onChange);
  let registrations: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs | Excel.WorksheetCalculatedEventArgs>[];
  if (excelApiSupported('1.9')) {
    registrations = await runExcel(async (context) => {
      const worksheets = context.workbook.worksheets;
      const added: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs | Excel.WorksheetCalculatedEventArgs>[] = [worksheets.onChanged.add(handler)];
      // WorksheetCollection.onCalculated (ExcelApi 1.8): "Occurs when any worksheet in the workbook is calculated".
      if (onCalculated) added.push(worksheets.onCalculated.add((event) => forwardChange({ ...event, address: '' } as never, (name) => onCalculated(name))));
      await context.sync();
      return added;
    });
  } else if (excelApiSupported('1.7')) {
    const sheets = await listAddinSheets();
    registrations = await runExcel(async (context) => {
      const added = sheets.map(({ name }) => context.workbook.worksheets.getItem(name).onChanged.add(handler));
      await context.sync();
      return added;
    });
  } else {
    throw new UnsupportedHostError('监听工作表更改', 'ExcelApi 1.7');
  }
  let removed = false;
  return async () => {
    if (removed) return;
    removed = true;
    await removeHandlers(registrations);
  };
}

async function forwardChange(event: Excel.WorksheetChangedEventArgs, onChange: SheetChangeListener): Promise<void> {
  try {
    const name = await addinSheetName(event.worksheetId);
    if (name !== null) onChange(name, event.address);
  } catch (error) {
    // An event handler has nobody to report to; the sheet may have been deleted meanwhile.
    console.warn('watchAddinSheets: change not forwarded', error);
  }
}

/** The sheet's current name if it carries a gov-eval marker, else null. One sync. */
async function addinSheetName(worksheetId: string): Promise<string | null> {
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(worksheetId).load('name');
    const probe = queueMarkerProbe(sheet);
    await context.sync();
    return markerOf(probe) ? sheet.name : null;
  });
}

/** Handlers must be removed in the context that added them (they all share one). */
async function removeHandlers(
  registrations: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs | Excel.WorksheetCalculatedEventArgs>[],
): Promise<void> {
  if (registrations.length === 0) return;
  try {
    await Excel.run(registrations[0].context, async (context) => {
      for (const registration of registrations) registration.remove();
      await context.sync();
    });
  } catch (error) {
    throw toHostError(error);
  }
}
