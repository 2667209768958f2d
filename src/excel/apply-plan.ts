/**
 * Applies a workbook plan through Office.js, in one Excel.run:
 * 1. one sync to read the workbook's sheet names (and the events flag);
 * 2. every plan sheet is added first, in plan order, in the same request as the first sheet's cells,
 *    so that no formula is written before the sheet it names exists (汇总 comes first in tab order
 *    and refers to the site sheets);
 * 3. each sheet's steps (sheet-writer.ts) go in requests of at most REQUEST_BUDGET_BYTES, each with
 *    suspendApiCalculationUntilNextSync(): one request per sheet for sheets of ordinary size, more
 *    only for a sheet too large for one request (Excel on the web refuses requests over 5 MB);
 * 4. one last request recalculates the workbook — after suspending calculation "it is the
 *    developer's responsibility to re-calc the workbook, to ensure that any dependencies are
 *    propagated" (Excel.Application.suspendApiCalculationUntilNextSync) — and switches events back on.
 * 5. for GOV plans, one read of the GOV cells: #NAME? ones are entered again (functions-probe.ts).
 * Syncs for ordinary sheets: sheets + 2 (+ 1 with GOV formulas), whatever the number of rows.
 *
 * Optional features the host lacks (see host-support.ts) are skipped, not failed; the list is given
 * once to `options.onSkipped` before anything is written (only when it is not empty). If Excel fails
 * part-way, the sheets this call added are deleted again: they hold only the add-in's own output.
 */
import type { WorkbookPlan } from '../core/sheet-plan/plan-types';
import { runExcel } from './excel-run';
import { switchEventsOn } from './events';
import { type HostSupport, type SkippedFeature, hostSupport, skippedFeatures } from './host-support';
import { assertNamesFree, assertPlanWritable } from './plan-check';
import { RequestBatcher } from './request-budget';
import { sheetSteps } from './sheet-writer';
import { resolveGovFormulas } from './functions-probe';

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
  return runExcel((context) => writeSheets(context, plan, support, options.onProgress));
}

async function writeSheets(context: Excel.RequestContext, plan: WorkbookPlan, support: HostSupport, onProgress: ApplyPlanOptions['onProgress']): Promise<string[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const runtime = support.toggleEvents ? context.runtime.load('enableEvents') : null;
  await context.sync();
  const names = plan.sheets.map((sheet) => sheet.name);
  assertNamesFree(
    names,
    worksheets.items.map((sheet) => sheet.name),
  );
  // Our own onChanged handlers must not fire for the bulk write (enableEvents is per add-in).
  const restoreEvents = runtime !== null && runtime.enableEvents === true;
  if (restoreEvents) runtime.enableEvents = false;
  const application = context.workbook.application;
  const batcher = new RequestBatcher(context, () => {
    if (support.suspendCalculation) application.suspendApiCalculationUntilNextSync();
  });
  let failed = true;
  let added: Excel.Worksheet[] = [];
  try {
    added = await writePlanSheets(context, batcher, plan, names, support, async (index) => {
      await batcher.flush();
      onProgress?.(index + 1, plan.sheets.length);
    });
    application.calculate(Excel.CalculationType.full);
    failed = false;
  } catch (error) {
    await deleteAdded(context, names);
    throw error;
  } finally {
    if (restoreEvents) await switchEventsOn(context, runtime, failed);
    else if (!failed) await context.sync();
  }
  // The sheets stay whatever the probe finds: they are complete, only their functions may be missing.
  await resolveGovFormulas(context, plan, added);
  return names;
}

/**
 * Adds the plan's sheets under `names` (all of them first, so formulas find the sheets they name) and
 * queues their steps through `batcher`; `afterSheet` runs when a sheet's steps are queued.
 */
export async function writePlanSheets(
  context: Excel.RequestContext,
  batcher: RequestBatcher,
  plan: WorkbookPlan,
  names: string[],
  support: HostSupport,
  afterSheet: (index: number) => Promise<void> = async () => undefined,
): Promise<Excel.Worksheet[]> {
  const worksheets = context.workbook.worksheets;
  let added: Excel.Worksheet[] = [];
  await batcher.add(0, () => (added = names.map((name) => worksheets.add(name))));
  for (const [index, sheetPlan] of plan.sheets.entries()) {
    for (const step of sheetSteps(sheetPlan, support)) await batcher.add(step.bytes, () => step.queue(added[index]));
    await afterSheet(index);
  }
  return added;
}

/** Removes what a failed write left behind (sheets it added, found by name); failures here are secondary. */
export async function deleteAdded(context: Excel.RequestContext, names: string[]): Promise<void> {
  try {
    const found = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name).load('isNullObject'));
    await context.sync();
    for (const sheet of found) if (!sheet.isNullObject) sheet.delete();
    await context.sync();
  } catch (cleanup) {
    console.warn('applyWorkbookPlan: sheets of a failed write not removed', cleanup);
  }
}
