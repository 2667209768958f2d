/**
 * Replaces a whole family of the add-in's sheets at once (按单位拆分: the index and one sheet per
 * unit): every sheet whose marker `matches` is deleted and the plan's sheets are written.
 *
 * The new sheets are added before the old ones are deleted: Excel cannot delete a workbook's last
 * visible sheet ("deletes the final worksheet in the workbook (as long as it's not the only sheet in
 * the workbook)", Manage worksheets), and the old sheets may be all there is. A new sheet whose name
 * an old one still holds is added under a temporary name and renamed once the old one is gone.
 *
 * Syncs, whatever the number of sheets and rows (for plans that fit one request): 1. sheet names
 * (and the events flag), 2. every sheet's marker probe, 3. the new sheets with all their cells and
 * formats, 4. the deletes, the renames, the recalculation and events back on.
 *
 * Sheets without a matching marker are never deleted, even with a plan sheet's name: the plan must
 * then use other names (SheetExistsError before anything changes). If Excel fails part-way, the old
 * sheets are still there and the new ones are removed again; no user cell is lost.
 */
import type { WorkbookPlan } from '../core/sheet-plan/plan-types';
import type { SheetMarker } from '../core/sheet-plan/sheet-keys';
import { uniqueSheetName } from '../core/sheet-plan/sheet-names';
import { bulkWrite, deleteAdded, writePlanSheets } from './bulk-write';
import { runExcel } from './excel-run';
import { type HostSupport, hostSupport } from './host-support';
import { assertNamesFree, assertPlanWritable, sameSheetName, uniqueNames } from '../core/workbook-writing/plan-check';
import { markerOf, queueMarkerProbe } from './sheet-probe';

export interface ReplacedSheets {
  /** The add-in sheets that were deleted. */
  removed: string[];
  /** The sheets written, in plan order. */
  written: string[];
}

export type MarkerMatch = (marker: SheetMarker) => boolean;

export interface ReplaceOptions {
  /** Replace only the first matching sheet in tab order (others are a user's copies to keep). */
  onlyFirst?: boolean;
  /** A plan name a user's sheet holds gets the next free name (排名(2)) instead of SheetExistsError. */
  renameOnConflict?: boolean;
}

export async function replaceAddinSheets(plan: WorkbookPlan, matches: MarkerMatch, options: ReplaceOptions = {}): Promise<ReplacedSheets> {
  assertPlanWritable(plan);
  const support = hostSupport();
  return runExcel((context) => replaceInBatch(context, plan, matches, support, options));
}


/** Temporary names for plan sheets whose name an old sheet still holds, unique among all names. */
function temporaryNames(planNames: string[], taken: string[], old: string[]): string[] {
  const used = [...taken, ...planNames];
  return planNames.map((name) => {
    if (!old.some((o) => sameSheetName(o, name))) return name;
    const temporary = uniqueSheetName(name, used);
    used.push(temporary);
    return temporary;
  });
}

async function replaceInBatch(context: Excel.RequestContext, plan: WorkbookPlan, matches: MarkerMatch, support: HostSupport, options: ReplaceOptions): Promise<ReplacedSheets> {
  const worksheets = context.workbook.worksheets.load('items/name');
  const runtime = support.toggleEvents ? context.runtime.load('enableEvents') : null;
  await context.sync();
  const probes = worksheets.items.map((sheet) => ({ sheet, name: sheet.name, probe: queueMarkerProbe(sheet) }));
  await context.sync();
  const matching = probes.filter(({ probe }) => {
    const marker = markerOf(probe);
    return marker !== null && matches(marker);
  });
  const old = options.onlyFirst ? matching.slice(0, 1) : matching;
  const kept = probes.filter((p) => !old.includes(p)).map((p) => p.name);
  const names = options.renameOnConflict ? uniqueNames(plan.sheets.map((s) => s.name), kept) : plan.sheets.map((s) => s.name);
  assertNamesFree(names, kept);
  const temporary = temporaryNames(names, probes.map((p) => p.name), old.map((p) => p.name));
  await bulkWrite(
    context,
    support,
    runtime,
    async (batcher) => {
      const added = await writePlanSheets(context, batcher, plan, temporary, support);
      await batcher.flush();
      // The old sheets go only now, with the new ones in place (and renamed to the names they held).
      for (const { sheet } of old) sheet.delete();
      added.forEach((sheet, index) => {
        if (temporary[index] !== names[index]) sheet.name = names[index];
      });
    },
    () => deleteAdded(context, temporary),
  );
  return { removed: old.map((p) => p.name), written: names };
}
