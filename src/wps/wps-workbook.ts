/**
 * The pane's workbook operations in WPS 表格, over the ET object model (synchronous, VBA-shaped; see
 * et-types.ts). Same behaviour as the Office.js adapter: plan sheets written whole, every sheet added
 * before any formula is written, sheet markers and row keys exactly as the plan has them, only the
 * add-in's own sheets (found by marker) ever changed or deleted, a failed write's sheets removed.
 */
import type { SheetPlan, WorkbookPlan } from '../core/sheet-plan/plan-types';
import type { SheetMarker } from '../core/sheet-plan/sheet-keys';
import { uniqueSheetName } from '../core/sheet-plan/sheet-names';
import { NotAddinSheetError, SheetNotFoundError } from '../core/workbook-writing/errors';
import { assertMarkAddresses } from '../core/workbook-writing/plan-cells';
import { assertNamesFree, assertPlanWritable, sameSheetName, uniqueNames } from '../core/workbook-writing/plan-check';
import { EmptySelectionError, MultiAreaSelectionError } from '../core/workbook-writing/errors';
import { MARK_FILL } from '../core/workbook-writing/host-constants';
import { areaLists } from '../core/workbook-writing/style-areas';
import { WpsFunctionsUnavailableError, bulkWrite, worksheetsOf } from './bulk-write';
import { ET_AREA_LIST_CHARS, writeSheetPlan } from './et-sheet-writer';
import { boxOfRange, formulasOf, markerOfSheet, qualifiedAddress, valuesOf } from './et-read';
import { type EtApplication, type EtWorksheet, type WpsRoot, XL, bgr } from './et-types';

export interface WpsWorkbookOptions {
  /** Whether this WPS runs the add-in's GOV functions (registered JS custom functions). */
  govFunctions: boolean;
}

function findSheet(app: EtApplication, name: string): EtWorksheet {
  const sheet = worksheetsOf(app).find((s) => sameSheetName(s.Name, name));
  if (!sheet) throw new SheetNotFoundError(name);
  return sheet;
}

function usesGov(plan: WorkbookPlan): boolean {
  return plan.sheets.some((sheet) => sheet.cells.some((row) => row.some((cell) => cell?.formula !== undefined && /\bGOV\./.test(cell.formula))));
}

/** Adds the plan's sheets at the end under `names` (all first), then writes each; returns them in plan order. */
function addAndWrite(app: EtApplication, plan: WorkbookPlan, names: string[], onProgress?: (done: number, total: number) => void): EtWorksheet[] {
  const sheets = app.ActiveWorkbook?.Worksheets;
  if (!sheets) return [];
  const added: EtWorksheet[] = [];
  for (const name of names) {
    const last = sheets.Item(sheets.Count);
    const sheet = sheets.Add(undefined, last);
    sheet.Name = name;
    added.push(sheet);
  }
  plan.sheets.forEach((sheetPlan, index) => {
    writeSheetPlan(app, added[index], sheetPlan);
    onProgress?.(index + 1, plan.sheets.length);
  });
  return added;
}

function deleteNamed(app: EtApplication, names: string[]): void {
  for (const sheet of worksheetsOf(app)) if (names.some((name) => sameSheetName(name, sheet.Name))) sheet.Delete();
}

export function insertWorkbook(app: EtApplication, plan: WorkbookPlan, options: WpsWorkbookOptions, onProgress?: (done: number, total: number) => void): string[] {
  assertPlanWritable(plan);
  if (!options.govFunctions && usesGov(plan)) throw new WpsFunctionsUnavailableError();
  const names = plan.sheets.map((sheet) => sheet.name);
  assertNamesFree(names, worksheetsOf(app).map((sheet) => sheet.Name));
  bulkWrite(
    app,
    () => addAndWrite(app, plan, names, onProgress),
    () => deleteNamed(app, names),
  );
  return names;
}

export function sheetNames(app: EtApplication): string[] {
  return worksheetsOf(app).map((sheet) => sheet.Name);
}

export function listAddinSheets(app: EtApplication): { name: string; marker: SheetMarker }[] {
  return worksheetsOf(app).flatMap((sheet) => {
    const marker = markerOfSheet(sheet);
    return marker ? [{ name: sheet.Name, marker }] : [];
  });
}

export function readSheet(app: EtApplication, name: string): { name: string; address: string; values: unknown[][]; formulas: unknown[][] } {
  const sheet = findSheet(app, name);
  const used = sheet.UsedRange;
  const values = valuesOf(used);
  return { name: sheet.Name, address: qualifiedAddress(sheet.Name, boxOfRange(used)), values, formulas: formulasOf(used, values) };
}

/**
 * Marks are conditional formats (an expression rule `=TRUE` with Excel's light red fill), as in the
 * Office.js adapter: the plan's own fill is never touched, so clearing a mark brings it back
 * (FormatConditions.Add(xlExpression, , "=TRUE"), Microsoft Learn, FormatConditions.Add).
 */
export function markCells(app: EtApplication, sheetName: string, cells: string[]): void {
  assertMarkAddresses(cells);
  const sheet = findSheet(app, sheetName);
  if (!markerOfSheet(sheet)) throw new NotAddinSheetError(sheetName);
  const saved = app.ScreenUpdating;
  app.ScreenUpdating = false;
  try {
    // The add-in's sheets carry no conditional formats of their own: deleting them all removes the old marks.
    sheet.Cells.FormatConditions.Delete();
    for (const list of areaLists(cells, ET_AREA_LIST_CHARS)) sheet.Range(list).FormatConditions.Add(XL.expression, undefined, '=TRUE').Interior.Color = bgr(MARK_FILL);
  } finally {
    app.ScreenUpdating = saved;
  }
}

export function selectCell(app: EtApplication, sheetName: string, cell: string): void {
  const sheet = findSheet(app, sheetName);
  sheet.Activate();
  sheet.Range(cell).Select();
}

/** The used part of the selection (its intersection with the sheet's used range), sheet-qualified. */
export function readSelection(app: EtApplication): { address: string; values: unknown[][] } {
  const selection = app.Selection;
  if (!selection || typeof selection.Areas !== 'object') throw new EmptySelectionError();
  if (selection.Areas.Count > 1) throw new MultiAreaSelectionError(selection.Areas.Count);
  const sheet = selection.Worksheet;
  const [s0, s1, s2, s3] = boxOfRange(selection);
  const [u0, u1, u2, u3] = boxOfRange(sheet.UsedRange);
  const box: [number, number, number, number] = [Math.max(s0, u0), Math.max(s1, u1), Math.min(s2, u2), Math.min(s3, u3)];
  if (box[0] > box[2] || box[1] > box[3]) throw new EmptySelectionError();
  const address = qualifiedAddress(sheet.Name, box);
  const values = valuesOf(sheet.Range(address.split('!')[1]));
  if (values.every((row) => row.every((value) => value === ''))) throw new EmptySelectionError();
  return { address, values };
}

/**
 * Application-level SheetChange through `ApiEvent`: Kingsoft's declarations list it by that name,
 * `AddApiEventListener(EventName: 'SheetChange', callback: (WorkSheet, Range) => void)`
 * (et-jsapi-declare 2.5.0 addon.et.d.ts), as VBA's Application.SheetChange(Sh, Target).
 */
export function watchChanges(wps: WpsRoot, onChange: (sheetName: string, address: string) => void): () => void {
  const events = wps.ApiEvent;
  if (!events) return () => undefined;
  const handler = (...args: unknown[]) => {
    const [sheet, target] = args as [EtWorksheet, { Address: string } | undefined];
    try {
      if (sheet && markerOfSheet(sheet)) onChange(sheet.Name, String(target?.Address ?? '').replace(/\$/g, ''));
    } catch (error) {
      console.warn('WPS: change not forwarded', error);
    }
  };
  events.AddApiEventListener('SheetChange', handler);
  let removed = false;
  return () => {
    if (removed) return;
    removed = true;
    events.RemoveApiEventListener('SheetChange', handler);
  };
}


/**
 * Replaces the add-in's sheets whose marker matches with the plan's sheets: the new ones are written
 * first (under temporary names where an old one still holds the name), then the old ones deleted and
 * the new renamed, so the workbook never loses its last sheet and no user sheet is touched.
 */
export function replaceAddinSheets(
  app: EtApplication,
  plan: WorkbookPlan,
  matches: (marker: SheetMarker) => boolean,
  options: WpsWorkbookOptions & { onlyFirst?: boolean; renameOnConflict?: boolean },
): { removed: string[]; written: string[] } {
  assertPlanWritable(plan);
  if (!options.govFunctions && usesGov(plan)) throw new WpsFunctionsUnavailableError();
  const all = worksheetsOf(app).map((sheet) => ({ sheet, name: sheet.Name, marker: markerOfSheet(sheet) }));
  const matching = all.filter(({ marker }) => marker !== null && matches(marker));
  const old = options.onlyFirst ? matching.slice(0, 1) : matching;
  const kept = all.filter((entry) => !old.includes(entry)).map((entry) => entry.name);
  const names = options.renameOnConflict ? uniqueNames(plan.sheets.map((s) => s.name), kept) : plan.sheets.map((s) => s.name);
  assertNamesFree(names, kept);
  const taken = [...all.map((entry) => entry.name), ...names];
  const temporary = names.map((name) => {
    if (!old.some((entry) => sameSheetName(entry.name, name))) return name;
    const unique = uniqueSheetName(name, taken);
    taken.push(unique);
    return unique;
  });
  bulkWrite(
    app,
    () => {
      const added = addAndWrite(app, plan, temporary);
      for (const { sheet } of old) sheet.Delete();
      added.forEach((sheet, index) => {
        if (temporary[index] !== names[index]) sheet.Name = names[index];
      });
    },
    () => deleteNamed(app, temporary.filter((name) => !old.some((entry) => sameSheetName(entry.name, name)))),
  );
  return { removed: old.map((entry) => entry.name), written: names };
}

export function replaceAddinSheet(app: EtApplication, plan: SheetPlan, options: WpsWorkbookOptions): { name: string; replaced: string | null } {
  const { removed, written } = replaceAddinSheets(app, { sheets: [plan], portable: false }, (marker) => marker.kind === plan.kind, { ...options, onlyFirst: true, renameOnConflict: true });
  return { name: written[0], replaced: removed[0] ?? null };
}
