/** Reading sheets back: which sheets the add-in made, and one sheet's used range. */
import type { SheetMarker } from '../core/sheet-plan/sheet-keys';
import { HostError, SheetNotFoundError } from './errors';
import { runExcel } from './excel-run';
import { markerOf, queueMarkerProbe } from './sheet-probe';

export interface AddinSheet {
  name: string;
  marker: SheetMarker;
}

/**
 * The sheets carrying a gov-eval marker, in tab order. Two syncs whatever the number of sheets: one
 * for the sheet names, one for every sheet's marker probe (see sheet-probe.ts).
 */
export async function listAddinSheets(): Promise<AddinSheet[]> {
  return runExcel(async (context) => {
    const worksheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    const probes = worksheets.items.map((sheet) => ({ name: sheet.name, probe: queueMarkerProbe(sheet) }));
    await context.sync();
    return probes.flatMap(({ name, probe }) => {
      const marker = markerOf(probe);
      return marker ? [{ name, marker }] : [];
    });
  });
}

export interface SheetSnapshot {
  name: string;
  /** The used range's address, sheet-qualified as Excel returns it ("'评分表'!A1:M40"). */
  address: string;
  values: unknown[][];
  formulas: unknown[][];
}

/**
 * One sheet's used range (cells with values; formatting alone does not extend it), in one sync.
 * Throws SheetNotFoundError when no sheet has that name.
 */
export async function readSheet(name: string): Promise<SheetSnapshot> {
  try {
    return await runExcel(async (context) => {
      const used = context.workbook.worksheets.getItem(name).getUsedRange(true);
      used.load(['address', 'values', 'formulas']);
      await context.sync();
      return { name, address: used.address, values: used.values, formulas: used.formulas };
    });
  } catch (error) {
    if (error instanceof HostError && error.code === 'ItemNotFound') throw new SheetNotFoundError(name);
    throw error;
  }
}
