/**
 * The user's current selection as a table, in one sync. Only the selection's used part is loaded
 * (Range.getUsedRange), so selecting whole columns (A:E) does not load a million empty rows.
 */
import { HostError } from './errors';
import { runExcel } from './excel-run';

export interface SelectionSnapshot {
  /** Sheet-qualified, as Excel returns it ("'Sheet1'!A3:E40"). */
  address: string;
  values: unknown[][];
}

export class EmptySelectionError extends Error {
  constructor() {
    super('选中的区域是空的：请先选中含表头的排名表格。');
    this.name = 'EmptySelectionError';
  }
}

export async function readSelection(): Promise<SelectionSnapshot> {
  try {
    return await runExcel(async (context) => {
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
