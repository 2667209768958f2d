/** Workbook operations for pane tests: records calls, answers from a small in-memory workbook. */
import type { WorkbookOperations, AddinSheetInfo } from '../../src/taskpane/operations';
import type { SheetSnapshot } from '../../src/core/sheet-validation/sheet-snapshot';
import type { SheetPlan, WorkbookPlan } from '../../src/core/sheet-plan/plan-types';

export interface FakeWorkbook extends WorkbookOperations {
  inserted: WorkbookPlan[];
  /** Every markCells call: the cells a sheet's marks were set to. */
  marks: { sheet: string; cells: string[] }[];
  selected: [string, string][];
  snapshots: Map<string, SheetSnapshot>;
  sheets: AddinSheetInfo[];
  /** Simulates a change in a sheet (the add-in's change listener fires). */
  change: (sheet: string, address: string) => void;
  /** What readSelection answers; null = an empty selection (it throws). */
  selection: { address: string; values: unknown[][] } | null;
  /** Plans given to replaceAddinSheet, in order. */
  replacedPlans: SheetPlan[];
  /** Plans given to replaceAddinSheets, in order. */
  replacedWorkbooks: WorkbookPlan[];
}

export function fakeWorkbook(options: { existing?: string[]; insertError?: Error } = {}): FakeWorkbook {
  // Several hooks may watch at once (live validation, task-split coverage).
  const listeners = new Set<(sheet: string, address: string) => void>();
  const fake: FakeWorkbook = {
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
    markCells: async (sheet, cells) => void fake.marks.push({ sheet, cells }),
    selectCell: async (sheet, cell) => void fake.selected.push([sheet, cell]),
    watchChanges: async (onChange) => {
      listeners.add(onChange);
      return async () => void listeners.delete(onChange);
    },
    change: (sheet, address) => listeners.forEach((listener) => listener(sheet, address)),
    selection: null,
    replacedPlans: [],
    readSelection: async () => {
      if (!fake.selection) throw new Error('选中的区域是空的：请先选中含表头的排名表格。');
      return fake.selection;
    },
    replaceAddinSheet: async (plan) => {
      fake.replacedPlans.push(plan);
      const old = fake.sheets.find((s) => s.marker.kind === plan.kind);
      return { name: plan.name, replaced: old?.name ?? null };
    },
    replacedWorkbooks: [],
    replaceAddinSheets: async (plan, matches) => {
      fake.replacedWorkbooks.push(plan);
      const removed = fake.sheets.filter((s) => matches(s.marker)).map((s) => s.name);
      fake.sheets = fake.sheets.filter((s) => !removed.includes(s.name));
      return { removed, written: plan.sheets.map((s) => s.name) };
    },
  };
  return fake;
}
