/**
 * What every bulk write of the add-in shares (applyWorkbookPlan, replaceAddinSheets): the add-in's
 * events off, so its own onChanged handlers do not fire for it (Runtime.enableEvents, ExcelApi 1.8,
 * per add-in); calculation suspended in each request and a full recalculation queued at the end —
 * after suspendApiCalculationUntilNextSync "it is the developer's responsibility to re-calc the
 * workbook, to ensure that any dependencies are propagated" (Excel.Application); every plan sheet
 * added before any formula is written; and what a failed write added removed again.
 */
import type { WorkbookPlan } from '../core/sheet-plan/plan-types';
import { switchEventsOn } from './events';
import type { HostSupport } from './host-support';
import { RequestBatcher, requestCost } from './request-budget';
import { sheetSteps } from './sheet-writer';

/**
 * Runs `write` with events off and calculation suspended per request (through the batcher it is
 * given), then queues the recalculation and switches events back on, in one last sync. If `write`
 * throws, `cleanUp` runs before the error goes on. `runtime` is the Runtime with enableEvents loaded,
 * or null where events cannot be switched.
 */
export async function bulkWrite<T>(
  context: Excel.RequestContext,
  support: HostSupport,
  runtime: Excel.Runtime | null,
  write: (batcher: RequestBatcher) => Promise<T>,
  cleanUp: () => Promise<void>,
): Promise<T> {
  const restoreEvents = runtime !== null && runtime.enableEvents === true;
  if (restoreEvents) runtime.enableEvents = false;
  const application = context.workbook.application;
  const batcher = new RequestBatcher(context, () => {
    if (support.suspendCalculation) application.suspendApiCalculationUntilNextSync();
  });
  let failed = true;
  try {
    const result = await write(batcher);
    application.calculate(Excel.CalculationType.full);
    failed = false;
    return result;
  } catch (error) {
    await cleanUp();
    throw error;
  } finally {
    if (restoreEvents) await switchEventsOn(context, runtime, failed);
    else if (!failed) await context.sync();
  }
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
  await batcher.add(requestCost(names.length, names.length, 100 * names.length), () => (added = names.map((name) => worksheets.add(name))));
  for (const [index, sheetPlan] of plan.sheets.entries()) {
    for (const step of sheetSteps(sheetPlan, support)) await batcher.add(step.bytes, () => step.queue(added[index]));
    await afterSheet(index);
  }
  return added;
}

/**
 * Removes the sheets a failed write added (found by name: the names were free before the write, so
 * whatever holds them now is the add-in's own partial output); a failure here must not hide the first.
 */
export async function deleteAdded(context: Excel.RequestContext, names: string[]): Promise<void> {
  try {
    const found = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name).load('isNullObject'));
    await context.sync();
    for (const sheet of found) if (!sheet.isNullObject) sheet.delete();
    await context.sync();
  } catch (cleanup) {
    console.warn('bulkWrite: sheets of a failed write not removed', cleanup);
  }
}
