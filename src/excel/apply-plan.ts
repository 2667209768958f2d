/**
 * Applies a workbook plan through Office.js.
 *
 * Syncs: 1 to read the workbook's sheet names (and the events flag), then exactly 1 per sheet
 * (add + cells + layout + styles + validations + freeze + print + tab colour, all queued), then 1
 * to switch events back on when they were switched off: sheets + 2 in all, whatever the number of rows.
 *
 * Optional features the host lacks (see host-support.ts) are skipped, not failed; the list is given
 * once to `options.onSkipped` before anything is written (only when it is not empty).
 */
import type { WorkbookPlan } from '../core/sheet-plan/plan-types';
import { runExcel } from './excel-run';
import { switchEventsOn } from './events';
import { type HostSupport, type SkippedFeature, hostSupport, skippedFeatures } from './host-support';
import { assertNamesFree, assertPlanWritable } from './plan-check';
import { queueSheetPlan } from './sheet-writer';

export interface ApplyPlanOptions {
  /** Called after each sheet is written, with sheets written so far and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Called once, before writing, with the plan features this Excel cannot apply (skipped). */
  onSkipped?: (skipped: SkippedFeature[]) => void;
}

/**
 * Writes every plan sheet as a new worksheet and returns their names. Throws SheetExistsError, before
 * any write, when a plan sheet's name is taken: the add-in never writes over a user's sheet.
 */
export async function applyWorkbookPlan(plan: WorkbookPlan, options: ApplyPlanOptions = {}): Promise<string[]> {
  assertPlanWritable(plan);
  const support = hostSupport();
  const skipped = skippedFeatures(plan, support);
  if (skipped.length > 0) options.onSkipped?.(skipped);
  const state: ApplyState = { written: [], eventsWereOn: null };
  await runExcel((context) => writeSheets(context, plan, state, support, options.onProgress));
  return state.written;
}

/** Shared by the two attempts of runExcel. */
interface ApplyState {
  /** Sheets a failed attempt already wrote are ours, not a name conflict on the retry. */
  written: string[];
  /** The events flag before the first attempt (a failed attempt may have left it off). */
  eventsWereOn: boolean | null;
}

async function writeSheets(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  state: ApplyState,
  support: HostSupport,
  onProgress: ApplyPlanOptions['onProgress'],
): Promise<void> {
  const { written } = state;
  const pending = plan.sheets.filter((sheet) => !written.includes(sheet.name));
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const runtime = support.toggleEvents ? context.runtime.load('enableEvents') : null;
  await context.sync();
  assertNamesFree(
    pending.map((sheet) => sheet.name),
    worksheets.items.map((sheet) => sheet.name),
  );

  // Our own onChanged handlers must not fire for the bulk write (enableEvents is per add-in).
  if (runtime !== null) state.eventsWereOn ??= runtime.enableEvents;
  const restoreEvents = runtime !== null && state.eventsWereOn === true;
  if (restoreEvents) runtime.enableEvents = false;
  let failed = true;
  try {
    for (const sheetPlan of pending) {
      if (support.suspendCalculation) context.workbook.application.suspendApiCalculationUntilNextSync();
      queueSheetPlan(worksheets.add(sheetPlan.name), sheetPlan, support);
      await context.sync();
      written.push(sheetPlan.name);
      onProgress?.(written.length, plan.sheets.length);
    }
    failed = false;
  } finally {
    if (restoreEvents) await switchEventsOn(context, runtime, failed);
  }
}
