/**
 * (Re)writes a sheet the add-in owns, such as 排名: the sheet of the plan's kind that the add-in made
 * earlier (found by its marker, whatever the user renamed it to) is replaced by the plan written
 * anew. A user's own sheet is never touched, even when it has the plan's name: the new sheet then
 * gets a unique name (排名(2)). When several sheets carry the marker (the user copied one to keep an
 * old ranking), only the first in tab order is replaced. The new sheet is written before the old one
 * is deleted (replace-addin-sheets.ts), so replacing works when the old sheet is the only one.
 */
import type { SheetPlan } from '../core/sheet-plan/plan-types';
import { replaceAddinSheets } from './replace-addin-sheets';

export interface ReplacedSheet {
  /** The name the new sheet got. */
  name: string;
  /** The add-in sheet that was deleted, or null when there was none. */
  replaced: string | null;
}

/**
 * Replaces the add-in's sheet of `plan.kind` with `plan`. The new sheet is named `plan.name` when
 * that is free once the old sheet is gone, else the first free `plan.name(2)`, `(3)` ….
 */
export async function replaceAddinSheet(plan: SheetPlan): Promise<ReplacedSheet> {
  const { removed, written } = await replaceAddinSheets({ sheets: [plan], portable: false }, (marker) => marker.kind === plan.kind, {
    onlyFirst: true,
    renameOnConflict: true,
  });
  return { name: written[0], replaced: removed[0] ?? null };
}
