/** Highlighting cells the checker flagged (and clearing the highlight once they are fixed). */
import { HostError, NotAddinSheetError, SheetNotFoundError } from './errors';
import { runExcel } from './excel-run';
import { isCellRange } from './plan-cells';
import { markerOf, queueMarkerProbe } from './sheet-probe';

/** Excel's "light red fill" of its conditional-format presets. */
export const MARK_FILL = '#FFC7CE';

/**
 * Fills the cells in `mark` light red and clears the fill of the cells in `unmark`, on a sheet the
 * add-in made (refused otherwise: NotAddinSheetError, nothing changed). Addresses are on that sheet:
 * "H12" or "H12:H15". Two syncs whatever the number of cells: marker check, then all fills.
 * Clearing sets the fill to none: a fill the plan gave the cell is not restored.
 */
export async function markCells(sheetName: string, mark: string[], unmark: string[]): Promise<void> {
  const bad = [...mark, ...unmark].find((address) => !isCellRange(address));
  if (bad !== undefined) throw new Error(`markCells: not a cell address on the sheet: ${bad}`);
  if (mark.length === 0 && unmark.length === 0) return;
  try {
    await runExcel(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      const probe = queueMarkerProbe(sheet);
      await context.sync();
      if (!markerOf(probe)) throw new NotAddinSheetError(sheetName);
      // Cleared first, so an address in both lists ends up marked.
      for (const address of unmark) sheet.getRange(address).format.fill.clear();
      for (const address of mark) sheet.getRange(address).format.fill.color = MARK_FILL;
      await context.sync();
    });
  } catch (error) {
    if (error instanceof HostError && error.code === 'ItemNotFound') throw new SheetNotFoundError(sheetName);
    throw error;
  }
}
