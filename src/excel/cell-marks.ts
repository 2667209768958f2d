/**
 * Highlighting the cells the checker flagged. Marks are conditional formats (a custom rule `=TRUE`
 * with Excel's light red fill), not fills: the fill the plan gave a cell (the yellow of 录入 cells)
 * is never touched, so clearing a mark brings it back. Conditional formats on a Range are ExcelApi
 * 1.6; over several areas at once (RangeAreas.conditionalFormats) ExcelApi 1.9.
 */
import { HostError, NotAddinSheetError, SheetNotFoundError } from './errors';
import { runExcel } from './excel-run';
import { excelApiSupported } from './host-support';
import { assertMarkAddresses } from '../core/workbook-writing/plan-cells';
import { markerOf, queueMarkerProbe } from './sheet-probe';
import { areaLists } from '../core/workbook-writing/style-areas';
import { MARK_FILL } from '../core/workbook-writing/host-constants';

/** Excel's "light red fill" of its conditional-format presets (in core, shared with the WPS adapter). */
export { MARK_FILL };

function queueMark(formats: Excel.ConditionalFormatCollection): void {
  const format = formats.add(Excel.ConditionalFormatType.custom);
  format.custom.rule.formula = '=TRUE';
  format.custom.format.fill.color = MARK_FILL;
}

/**
 * Makes `cells` the marked cells of a sheet the add-in made (refused otherwise: NotAddinSheetError,
 * nothing changed): the marks of the last check are cleared and these set. Addresses are on that
 * sheet: "H12" or "H12:H15". Two syncs whatever the number of cells: marker check, then the marks.
 */
export async function markCells(sheetName: string, cells: string[]): Promise<void> {
  assertMarkAddresses(cells);
  if (!excelApiSupported('1.6')) return;
  try {
    await runExcel(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      const probe = queueMarkerProbe(sheet);
      await context.sync();
      if (!markerOf(probe)) throw new NotAddinSheetError(sheetName);
      // The add-in's sheets carry no conditional formats of their own: clearing them all removes the old marks.
      sheet.getRange().conditionalFormats.clearAll();
      if (excelApiSupported('1.9')) for (const list of areaLists(cells)) queueMark(sheet.getRanges(list).conditionalFormats);
      else for (const cell of cells) queueMark(sheet.getRange(cell).conditionalFormats);
      await context.sync();
    });
  } catch (error) {
    if (error instanceof HostError && error.code === 'ItemNotFound') throw new SheetNotFoundError(sheetName);
    throw error;
  }
}
