/** Workbook operations for pane tests: records calls, answers from a small in-memory workbook. */
import type { WorkbookOperations, AddinSheetInfo } from '../../src/taskpane/operations';
import type { SheetSnapshot } from '../../src/core/sheet-validation/sheet-snapshot';
import type { WorkbookPlan } from '../../src/core/sheet-plan/plan-types';

export interface FakeWorkbook extends WorkbookOperations {
  inserted: WorkbookPlan[];
  marks: { sheet: string; mark: string[]; unmark: string[] }[];
  selected: [string, string][];
  snapshots: Map<string, SheetSnapshot>;
  sheets: AddinSheetInfo[];
  /** Simulates a change in a sheet (the add-in's change listener fires). */
  change: (sheet: string, address: string) => void;
}

export function fakeWorkbook(options: { customFunctions?: boolean; existing?: string[]; insertError?: Error } = {}): FakeWorkbook {
  let listener: ((sheet: string, address: string) => void) | null = null;
  const fake: FakeWorkbook = {
    customFunctionsSupported: options.customFunctions ?? true,
    inserted: [],
    marks: [],
    selected: [],
    snapshots: new Map(),
    sheets: [],
    existingSheetNames: async () => [...(options.existing ?? []), ...fake.sheets.map((s) => s.name)],
    insertWorkbook: async (plan, onProgress) => {
      if (options.insertError) throw options.insertError;
      fake.inserted.push(plan);
      plan.sheets.forEach((_, i) => onProgress(i + 1, plan.sheets.length));
      return plan.sheets.map((s) => s.name);
    },
    listAddinSheets: async () => fake.sheets,
    readSheet: async (name) => {
      const snapshot = fake.snapshots.get(name);
      if (!snapshot) throw new Error(`no sheet ${name}`);
      return snapshot;
    },
    markCells: async (sheet, mark, unmark) => void fake.marks.push({ sheet, mark, unmark }),
    selectCell: async (sheet, cell) => void fake.selected.push([sheet, cell]),
    watchChanges: async (onChange) => {
      listener = onChange;
      return async () => void (listener = null);
    },
    change: (sheet, address) => listener?.(sheet, address),
  };
  return fake;
}
