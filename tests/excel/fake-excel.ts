/**
 * A fake Excel host for the adapter's specs: the `Excel` and `Office` globals, and an object model
 * built from office-addin-mock objects behind the strict wrapper (strict-mock.ts). Each Excel.run
 * gets a fresh context (nothing loaded); the workbook's sheets persist across runs.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { parseAddress, rangeAddress } from '../../src/core/sheet-plan/addresses';
import { isCellRange } from '../../src/excel/plan-cells';
import { StrictMockSession } from './strict-mock';

export interface FakeSheet {
  id: string;
  name: string;
  /** Cell values from A1, row-major; "" is an empty cell. */
  values: unknown[][];
  formulas?: unknown[][];
}

type Handler = (event: Partial<Excel.WorksheetChangedEventArgs>) => Promise<unknown>;
type Box = [row0: number, column0: number, row1: number, column1: number];

/** An error shaped like OfficeExtension.Error. */
export function officeError(code: string): Error {
  return Object.assign(new Error(`${code} (fake)`), { code });
}

function versionAtMost(version: string, max: string): boolean {
  const [a, b] = [version, max].map((v) => v.split('.').map(Number));
  return a[0] < b[0] || (a[0] === b[0] && (a[1] ?? 0) <= (b[1] ?? 0));
}

export class FakeExcel {
  readonly session = new StrictMockSession();
  readonly sheets: FakeSheet[];
  /** The highest ExcelApi requirement set the fake host claims. */
  apiVersion = '1.9';
  runCount = 0;
  /** Error codes the next syncs fail with, one per sync. */
  readonly syncFailures: string[] = [];
  /** Error codes by sync number (1-based, counted over the whole test). */
  readonly failAtSync = new Map<number, string>();
  readonly handlers: { scope: string; handler: Handler; removed: boolean }[] = [];
  /** The context of the Excel.run in progress (event registrations belong to it). */
  private context: Excel.RequestContext | undefined;
  /** Sheets added in the current batch: they exist once a sync succeeds (a failed batch adds nothing). */
  private added: FakeSheet[] = [];
  /** Sheets deleted in the current batch: they go once a sync succeeds. */
  private deleted: FakeSheet[] = [];
  /** What the user has selected (for workbook.getSelectedRange). */
  selection: { sheet: string; address: string } | null = null;

  constructor(sheets: { name: string; values?: unknown[][]; formulas?: unknown[][] }[] = []) {
    this.sheets = sheets.map((sheet, index) => ({ id: `{sheet-${index + 1}}`, values: [], ...sheet }));
    this.session.beforeSync = () => {
      const code = this.failAtSync.get(this.session.syncCount) ?? this.syncFailures.shift();
      if (code === undefined) return;
      this.added = [];
      this.deleted = [];
      throw officeError(code);
    };
    this.session.afterSync = () => {
      this.sheets.push(...this.added);
      this.added = [];
      for (const sheet of this.deleted) this.sheets.splice(this.sheets.indexOf(sheet), 1);
      this.deleted = [];
    };
  }

  install(): void {
    Object.assign(globalThis, {
      Excel: { run: (...args: unknown[]) => this.run(args), ChartType: { barClustered: 'BarClustered' }, ChartSeriesBy: { columns: 'Columns' } },
      Office: { context: { requirements: { isSetSupported: (set: string, version = '1.1') => set === 'ExcelApi' && versionAtMost(version, this.apiVersion) } } },
    });
  }

  /** Calls the registered onChanged handlers that watch `sheetName`, as Excel would after an edit. */
  async fireChanged(sheetName: string, address: string): Promise<void> {
    const sheet = this.sheets.find((s) => s.name === sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    const event = { worksheetId: sheet.id, address, type: 'WorksheetChanged' as const, changeType: 'RangeEdited' as const, source: 'Local' as const };
    for (const { scope, handler, removed } of this.handlers) {
      if (!removed && (scope === 'workbook' || scope === sheet.id)) await handler(event);
    }
  }

  private async run(args: unknown[]): Promise<unknown> {
    this.runCount += 1;
    const batch = args[args.length - 1] as (context: Excel.RequestContext) => Promise<unknown>;
    const context = args.length > 1 ? (args[0] as Excel.RequestContext) : this.newContext();
    return await batch(context);
  }

  private newContext(): Excel.RequestContext {
    const session = this.session;
    this.added = [];
    this.deleted = [];
    const items = this.sheets.map((sheet) => this.sheetMock(sheet));
    const mock = new OfficeMockObject({
      workbook: {
        worksheets: {
          items,
          load(this: OfficeMockObject, names: string) {
            for (const name of names.split(',').map((n) => n.trim())) {
              if (!name.startsWith('items/')) throw new Error(`fake collection load: ${name}`);
              OfficeMockObject.prototype.load.call(this, 'items');
              for (const item of items) item.load(name.slice('items/'.length));
            }
            return this;
          },
          add: (name: string) => {
            const sheet: FakeSheet = { id: `{sheet-${this.sheets.length + this.added.length + 1}}`, name, values: [] };
            this.added.push(sheet);
            return this.sheetMock(sheet);
          },
          getItem: (key: string) => this.sheetMock(this.findSheet(key)),
          onChanged: { add: (handler: Handler) => this.addHandler('workbook', handler) },
        },
        application: { suspendApiCalculationUntilNextSync: () => undefined },
        getSelectedRange: () => this.selectedRange(),
      },
      runtime: { enableEvents: true },
      sync: () => session.sync(),
    });
    this.context = session.wrap<Excel.RequestContext>(session.register(mock, 'context'));
    return this.context;
  }

  /** What onChanged.add returns: an EventHandlerResult's context and remove(). */
  private addHandler(scope: string, handler: Handler) {
    const entry = { scope, handler, removed: false };
    this.handlers.push(entry);
    return { context: this.context, remove: () => void (entry.removed = true) };
  }

  /** By name (case-insensitive) or id; an unknown key fails the next sync with ItemNotFound, as Excel does. */
  private findSheet(key: string): FakeSheet {
    const sheet = this.sheets.find((s) => s.id === key || s.name.toLowerCase() === key.toLowerCase());
    if (sheet) return sheet;
    this.syncFailures.unshift('ItemNotFound');
    return { id: '', name: key, values: [] };
  }

  private sheetMock(sheet: FakeSheet): OfficeMockObject {
    const mock = new OfficeMockObject({
      name: sheet.name,
      id: sheet.id,
      getRange: (address = '') => this.rangeMock(sheet, `${sheet.name}!${address}`, isCellRange(address) ? box(address) : null),
      getUsedRange: () => this.rangeMock(sheet, `${sheet.name}!usedRange`, usedBox(sheet)),
      freezePanes: { freezeAt: noop, freezeRows: noop, freezeColumns: noop },
      pageLayout: { setPrintTitleRows: noop },
      charts: { add: () => this.chartMock(sheet) },
      onChanged: { add: (handler: Handler) => this.addHandler(sheet.id, handler) },
      delete: () => void this.deleted.push(sheet),
    });
    return this.session.register(mock, sheet.name);
  }

  /** What charts.add returns: title and legend to set, one series, setPosition. */
  private chartMock(sheet: FakeSheet): OfficeMockObject {
    const label = `${sheet.name}.chart`;
    const series = this.session.register(new OfficeMockObject({ setXAxisValues: noop }), `${label}.series(0)`);
    const mock = new OfficeMockObject({ title: {}, legend: {}, series: { getItemAt: () => series }, setPosition: noop });
    return this.session.register(mock, label);
  }

  /** The selection's range; no selection fails the next sync with ItemNotFound. */
  private selectedRange(): OfficeMockObject {
    const sheet = this.selection && this.sheets.find((s) => s.name === this.selection?.sheet);
    if (!sheet || !this.selection) {
      this.syncFailures.unshift('ItemNotFound');
      return this.rangeMock({ id: '', name: '', values: [] }, 'selection', [0, 0, 0, 0]);
    }
    return this.rangeMock(sheet, `${sheet.name}!selection`, box(this.selection.address));
  }

  /** Range.getUsedRange: the part of the range holding values; none fails the next sync with ItemNotFound, as Excel does. */
  private usedPart(sheet: FakeSheet, at: Box | null): Box {
    const cells = sheet.values.flatMap((row, r) => row.flatMap((value, c) => (value === '' || value === null ? [] : [[r, c, r, c] as Box])));
    const inside = at ? cells.map((cell) => intersect(cell, at)).filter((cell): cell is Box => cell !== null) : [];
    if (inside.length === 0) {
      this.syncFailures.unshift('ItemNotFound');
      return [0, 0, 0, 0]; // loadable, but the sync fails first
    }
    return [Math.min(...inside.map((c) => c[0])), Math.min(...inside.map((c) => c[1])), Math.max(...inside.map((c) => c[2])), Math.max(...inside.map((c) => c[3]))];
  }

  private rangeMock(sheet: FakeSheet, label: string, at: Box | null): OfficeMockObject {
    const [row0, column0, row1, column1] = at ?? [0, 0, -1, -1];
    const cut = (grid: unknown[][]) =>
      Array.from({ length: row1 - row0 + 1 }, (_, r) => Array.from({ length: column1 - column0 + 1 }, (_, c) => grid[row0 + r]?.[column0 + c] ?? ''));
    const data = at && {
      address: `'${sheet.name}'!${rangeAddress(row0, column0, row1, column1)}`,
      values: cut(sheet.values),
      formulas: cut(sheet.formulas ?? sheet.values),
      rowIndex: row0,
    };
    const mock = new OfficeMockObject({
      ...data,
      format: { font: {}, fill: { clear: noop }, borders: { getItem: (edge: string) => this.session.register(new OfficeMockObject({}), `${label}.border(${edge})`) } },
      dataValidation: { clear: noop },
      merge: noop,
      getRow: (index: number) => this.rangeMock(sheet, `${label}.row(${index})`, at && [row0 + index, column0, row0 + index, column1]),
      getUsedRange: () => this.rangeMock(sheet, `${label}.usedRange`, this.usedPart(sheet, at)),
    });
    return this.session.register(mock, label);
  }
}

function noop(): void {}

/** The overlap of two boxes, or null. */
function intersect(a: Box, b: Box): Box | null {
  const box: Box = [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
  return box[0] <= box[2] && box[1] <= box[3] ? box : null;
}

function box(address: string): Box {
  const [first, last = first] = address.split(':');
  return [...parseAddress(first), ...parseAddress(last)] as Box;
}

/** The smallest box holding every non-empty value; A1 for a blank sheet, as Excel answers. */
function usedBox(sheet: FakeSheet): Box {
  const cells = sheet.values.flatMap((row, r) => row.flatMap((value, c) => (value === '' || value === null ? [] : [[r, c]])));
  if (cells.length === 0) return [0, 0, 0, 0];
  const rows = cells.map(([r]) => r);
  const columns = cells.map(([, c]) => c);
  return [Math.min(...rows), Math.min(...columns), Math.max(...rows), Math.max(...columns)];
}
