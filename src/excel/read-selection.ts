/**
 * The user's current selection as a table, in two syncs (the number of areas, then the used part). Only the selection's used part is loaded
 * (Range.getUsedRange), so selecting whole columns (A:E) does not load a million empty rows.
 */
import { HostError } from './errors';
import { EmptySelectionError, MultiAreaSelectionError } from '../core/workbook-writing/errors';
import { runExcel } from './excel-run';
import { excelApiSupported } from './host-support';

export { EmptySelectionError, MultiAreaSelectionError };

export interface SelectionSnapshot {
  /** Sheet-qualified, as Excel returns it ("'Sheet1'!A3:E40"). */
  address: string;
  values: unknown[][];
}



export async function readSelection(): Promise<SelectionSnapshot> {
  try {
    return await runExcel(async (context) => {
      if (excelApiSupported('1.9')) {
        // getSelectedRanges (ExcelApi 1.9) answers a multi-area selection that getSelectedRange would fail on.
        const areas = context.workbook.getSelectedRanges().load('areaCount');
        await context.sync();
        if (areas.areaCount > 1) throw new MultiAreaSelectionError(areas.areaCount);
      }
      const used = context.workbook.getSelectedRange().getUsedRange(true);
      used.load(['address', 'values']);
      await context.sync();
      return { address: used.address, values: used.values };
    });
  } catch (error) {
    // Excel answers ItemNotFound when the selection holds no value at all.
    if (error instanceof HostError && error.code === 'ItemNotFound') throw new EmptySelectionError();
    throw error;
  }
}
