/**
 * Replaces a whole family of the add-in's sheets at once (按单位拆分: the index and one sheet per
 * unit): every sheet whose marker `matches` is deleted and the plan's sheets are written, in four
 * syncs whatever the number of sheets and rows:
 * 1. sheet names (and the events flag), 2. every sheet's marker probe, 3. the deletes, the new sheets
 * and all their cells and formats, 4. events back on.
 *
 * replace-sheet.ts replaces one sheet (the first of a kind) through applyWorkbookPlan, a sync per
 * sheet; thirty unit sheets need one batch instead. Sheets without a matching marker are never
 * deleted, even with a plan sheet's name: the plan must then use other names (SheetExistsError
 * before anything changes). If Excel fails inside batch 3, the deleted sheets were the add-in's
 * own output and can be regenerated; no user cell is lost.
 */
import type { WorkbookPlan } from '../core/sheet-plan/plan-types';
import type { SheetMarker } from '../core/sheet-plan/sheet-keys';
import { runExcel } from './excel-run';
import { switchEventsOn } from './events';
import { type HostSupport, hostSupport } from './host-support';
import { assertNamesFree, assertPlanWritable } from './plan-check';
import { queueSheetPlan } from './sheet-writer';
import { markerOf, queueMarkerProbe } from './sheet-probe';

export interface ReplacedSheets {
  /** The add-in sheets that were deleted. */
  removed: string[];
  /** The sheets written, in plan order. */
  written: string[];
}

export type MarkerMatch = (marker: SheetMarker) => boolean;

export async function replaceAddinSheets(plan: WorkbookPlan, matches: MarkerMatch): Promise<ReplacedSheets> {
  assertPlanWritable(plan);
  const support = hostSupport();
  return runExcel((context) => replaceInBatch(context, plan, matches, support));
}

async function replaceInBatch(context: Excel.RequestContext, plan: WorkbookPlan, matches: MarkerMatch, support: HostSupport): Promise<ReplacedSheets> {
  const worksheets = context.workbook.worksheets.load('items/name');
  const runtime = support.toggleEvents ? context.runtime.load('enableEvents') : null;
  await context.sync();
  const probes = worksheets.items.map((sheet) => ({ sheet, name: sheet.name, probe: queueMarkerProbe(sheet) }));
  await context.sync();
  const old = probes.filter(({ probe }) => {
    const marker = markerOf(probe);
    return marker !== null && matches(marker);
  });
  const kept = probes.filter((p) => !old.includes(p)).map((p) => p.name);
  assertNamesFree(plan.sheets.map((s) => s.name), kept);
  const eventsWereOn = runtime?.enableEvents === true;
  // Our own onChanged handlers must not fire for the bulk write.
  if (runtime && eventsWereOn) runtime.enableEvents = false;
  let failed = true;
  try {
    for (const { sheet } of old) sheet.delete();
    if (support.suspendCalculation) context.workbook.application.suspendApiCalculationUntilNextSync();
    for (const sheetPlan of plan.sheets) queueSheetPlan(worksheets.add(sheetPlan.name), sheetPlan, support);
    await context.sync();
    failed = false;
  } finally {
    if (runtime && eventsWereOn) await switchEventsOn(context, runtime, failed);
  }
  return { removed: old.map((p) => p.name), written: plan.sheets.map((s) => s.name) };
}
