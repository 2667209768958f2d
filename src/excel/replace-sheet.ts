/**
 * (Re)writes a sheet the add-in owns, such as 排名: the sheet of the plan's kind that the add-in made
 * earlier (found by its marker, whatever the user renamed it to) is deleted and the plan written
 * anew. A user's own sheet is never touched, even when it has the plan's name: the new sheet then
 * gets a unique name (排名(2)). When several sheets carry the marker (the user copied one to keep an
 * old ranking), only the first in tab order is replaced.
 *
 * Syncs, whatever the number of rows: 2 to find the old sheet (names, then every sheet's marker
 * probe), 1 to delete it (when there is one), then applyWorkbookPlan's 3 (names, the sheet, events).
 */
import type { SheetPlan } from '../core/sheet-plan/plan-types';
import { uniqueSheetName } from '../core/sheet-plan/sheet-names';
import { type ApplyPlanOptions, applyWorkbookPlan } from './apply-plan';
import { runExcel } from './excel-run';
import { markerOf, queueMarkerProbe } from './sheet-probe';

export interface ReplacedSheet {
  /** The name the new sheet got. */
  name: string;
  /** The add-in sheet that was deleted, or null when there was none. */
  replaced: string | null;
}

/** Deletes the first sheet marked with `kind`; returns its name and the names of the sheets left. */
async function deleteAddinSheet(kind: SheetPlan['kind']): Promise<{ deleted: string | null; remaining: string[] }> {
  return runExcel(async (context) => {
    const worksheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    const probes = worksheets.items.map((sheet) => ({ sheet, name: sheet.name, probe: queueMarkerProbe(sheet) }));
    await context.sync();
    const old = probes.find(({ probe }) => markerOf(probe)?.kind === kind);
    if (old) {
      old.sheet.delete();
      await context.sync();
    }
    return { deleted: old?.name ?? null, remaining: probes.filter((p) => p !== old).map((p) => p.name) };
  });
}

/**
 * Replaces the add-in's sheet of `plan.kind` with `plan`. The new sheet is named `plan.name` when
 * that is free once the old sheet is gone, else the first free `plan.name(2)`, `(3)` ….
 */
export async function replaceAddinSheet(plan: SheetPlan, options: ApplyPlanOptions = {}): Promise<ReplacedSheet> {
  const { deleted, remaining } = await deleteAddinSheet(plan.kind);
  const name = uniqueSheetName(plan.name, remaining);
  await applyWorkbookPlan({ sheets: [{ ...plan, name }], portable: false }, options);
  return { name, replaced: deleted };
}
