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
import { bulkWrite, deleteAdded, writePlanSheets } from './bulk-write';
import { runExcel } from './excel-run';
import { resolveGovFormulas } from './functions-probe';
import { type HostSupport, type SkippedFeature, hostSupport, skippedFeatures } from './host-support';
import { assertNamesFree, assertPlanWritable } from '../core/workbook-writing/plan-check';

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
  const added = await bulkWrite(
    context,
    support,
    runtime,
    (batcher) =>
      writePlanSheets(context, batcher, plan, names, support, async (index) => {
        await batcher.flush();
        onProgress?.(index + 1, plan.sheets.length);
      }),
    () => deleteAdded(context, names),
  );
  // The sheets stay whatever the probe finds: they are complete, only their functions may be missing.
  await resolveGovFormulas(context, plan, added);
  return names;
}
