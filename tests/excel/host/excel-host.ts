/**
 * A calculating test Excel host: the `Excel` and `Office` globals over an object model whose cells
 * live in a real formula engine (calc-engine.ts) and whose requests follow Office.js's queue-and-sync
 * model (proxy-session.ts). Each Excel.run gets a fresh context (nothing loaded); the workbook persists.
 *
 * Excel's rules it enforces, each with its source:
 * - Calculation: with `suspendApiCalculationUntilNextSync()` in a request, the cells that request
 *   changes are not recalculated and keep showing their old values until the add-in recalculates
 *   ("Once set, it is the developer's responsibility to re-calc the workbook, to ensure that any
 *   dependencies are propagated", Excel.Application reference, ExcelApi 1.6).
 * - #BUSY!: while custom functions compute, their cells show #BUSY! ("Excel displays #BUSY! while a
 *   custom function is calculating", Microsoft Learn, custom functions); `busyUntilSettled` keeps
 *   GOV cells busy until `settle()`, which then raises onCalculated (ExcelApi 1.8).
 * - The last visible sheet cannot be deleted (Worksheet.delete: "the workbook must contain at least
 *   one visible worksheet"): such a request fails with InvalidOperation.
 * - A request over 5 MB fails on Excel on the web with RequestPayloadSizeLimitExceeded ("Resource
 *   limits and performance optimization for Office Add-ins": "Excel on the web has a payload size
 *   limit for requests and responses of 5MB").
 * - `getSelectedRange()` fails when several areas are selected (Workbook.getSelectedRange: "If there
 *   are multiple ranges selected, this method will throw an error"); `getSelectedRanges()` (ExcelApi
 *   1.9) answers them.
 * - While the user edits a cell, requests fail with InvalidOperationInCellEditMode unless Excel.run
 *   was given `delayForCellEdit: true` (ExcelApi 1.11), which waits until editing ends.
 * - Sheet names are unique without regard to case (ItemAlreadyExists); unknown sheets fail with
 *   ItemNotFound; a `formulas`/`values`/`numberFormat` array must have the range's own size.
 * - Strings written as `formulas` or `values` are taken as if typed ("85" becomes a number, "'1.10" text).
 */
import { type BlankConvention, CalcEngine, type ExcelValue } from './calc-engine';
import { type Box, HostSheet, boxAddress, boxOf, boxSize, cellKey } from './host-sheet';
import { OfficeError, ProxySession, jsonBytes } from './proxy-session';

export { OfficeError } from './proxy-session';

export type Platform = 'desktop' | 'web';

type Handler = (event: Record<string, unknown>) => Promise<unknown> | unknown;

/** 5 MB, Excel on the web's request limit. */
export const WEB_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** An error shaped like OfficeExtension.Error. */
export function officeError(code: string): Error {
  return new OfficeError(code);
}

function versionAtMost(version: string, max: string): boolean {
  const [a, b] = [version, max].map((v) => v.split('.').map(Number));
  return a[0] < b[0] || (a[0] === b[0] && (a[1] ?? 0) <= (b[1] ?? 0));
}

export interface HostOptions {
  /** desktop: blanks reach custom functions as 0; web: as null, and requests are limited to 5 MB. */
  platform?: Platform;
}

export class FakeExcel {
  readonly session = new ProxySession();
  readonly engine: CalcEngine;
  readonly platform: Platform;
  readonly sheets: HostSheet[] = [];
  /** The highest ExcelApi requirement set the host claims. */
  apiVersion = '1.12';
  /** Whether the host offers custom functions (requirement set CustomFunctionsRuntime 1.1). */
  customFunctions = true;
  runCount = 0;
  /** Error codes the next syncs fail with, one per sync. */
  readonly syncFailures: string[] = [];
  /** Error codes by sync number (1-based, counted over the whole test). */
  readonly failAtSync = new Map<number, string>();
  readonly handlers: { scope: string; event: 'changed' | 'calculated'; handler: Handler; removed: boolean }[] = [];
  /** What the user has selected: one address, or several areas separated by commas. */
  selection: { sheet: string; address: string } | null = null;
  /** The add-in's events switch (Runtime.enableEvents). */
  eventsEnabled = true;
  /** GOV cells show #BUSY! after a calculation until settle(). */
  busyUntilSettled = false;
  /** Excel registers the custom functions when this sync starts (functions not registered before). */
  registerFunctionsAtSync: number | null = null;
  /** The user is typing in a cell. */
  cellEditing = false;
  /** Every calculation request (application.calculate) the add-in made. */
  readonly calculations: string[] = [];
  private readonly busy = new Set<string>();
  private nextSheetId = 1;
  private editEnded: (() => void)[] = [];
  private suspendedRequest = false;

  constructor(sheets: { name: string; values?: unknown[][]; formulas?: unknown[][] }[] = [], options: HostOptions = {}) {
    this.platform = options.platform ?? 'desktop';
    this.engine = new CalcEngine(this.platform === 'desktop' ? 'zero' : 'null');
    // All sheets first, then their cells: a workbook opened from a file has every sheet before any formula is read.
    const added = sheets.map((sheet) => this.addSheet(sheet.name));
    sheets.forEach((sheet, index) => {
      const grid = sheet.formulas ?? sheet.values ?? [];
      const width = grid.reduce((widest, row) => Math.max(widest, row.length), 0);
      if (grid.length > 0 && width > 0) {
        const padded = grid.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
        added[index].write([0, 0, grid.length - 1, width - 1], padded, 'formulas');
      }
    });
    this.session.beforeSync = (bytes) => this.beforeSync(bytes);
    this.session.afterSync = () => this.afterSync();
  }

  get blanks(): BlankConvention {
    return this.engine.blanks;
  }

  install(): void {
    Object.assign(globalThis, {
      Excel: {
        run: (...args: unknown[]) => this.run(args),
        ChartType: { barClustered: 'BarClustered' },
        ChartSeriesBy: { columns: 'Columns' },
        CalculationType: { recalculate: 'Recalculate', full: 'Full', fullRebuild: 'FullRebuild' },
        ConditionalFormatType: { custom: 'Custom' },
      },
      Office: {
        context: {
          requirements: {
            isSetSupported: (set: string, version = '1.1') =>
              (set === 'ExcelApi' && versionAtMost(version, this.apiVersion)) || (set === 'CustomFunctionsRuntime' && this.customFunctions && versionAtMost(version, '1.4')),
          },
        },
      },
    });
  }

  // ---- what a test does as the user ----

  sheet(name: string): HostSheet {
    const sheet = this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  /** The value a cell shows ("H12" on sheet `name`). */
  value(name: string, address: string): ExcelValue {
    const [r, c] = boxOf(address);
    return this.displayed(this.sheet(name), [r, c, r, c])[0][0];
  }

  formula(name: string, address: string): ExcelValue {
    const [r, c] = boxOf(address);
    return this.sheet(name).formulaGrid([r, c, r, c])[0][0];
  }

  fill(name: string, address: string): string | null {
    const [r, c] = boxOf(address);
    return this.sheet(name).fillAt(r, c);
  }

  /** The user types (or pastes) values: Excel recalculates and raises onChanged. */
  async type(name: string, address: string, values: unknown[][]): Promise<void> {
    const sheet = this.sheet(name);
    const box = boxOf(address);
    sheet.write(box, values, 'values');
    this.recalculated(sheet, box);
    await this.fireChanged(sheet.name, boxAddress(box));
  }

  /** Custom functions finish: busy cells show their values, onCalculated is raised. */
  async settle(): Promise<void> {
    const sheets = new Set([...this.busy].map((key) => key.split('|')[0]));
    this.busy.clear();
    for (const id of sheets) await this.raise('calculated', id, { worksheetId: id, type: 'WorksheetCalculated', address: '' });
  }

  endCellEdit(): void {
    this.cellEditing = false;
    for (const resume of this.editEnded.splice(0)) resume();
  }

  /** Calls the registered onChanged handlers that watch `sheetName`, as Excel would after an edit. */
  async fireChanged(sheetName: string, address: string): Promise<void> {
    const sheet = this.sheet(sheetName);
    await this.raise('changed', sheet.id, { worksheetId: sheet.id, address, type: 'WorksheetChanged', changeType: 'RangeEdited', source: 'Local' });
  }

  // ---- internals ----

  private addSheet(name: string): HostSheet {
    const sheet = new HostSheet(`{sheet-${this.nextSheetId++}}`, name, this.engine);
    this.sheets.push(sheet);
    return sheet;
  }

  private async raise(event: 'changed' | 'calculated', sheetId: string, payload: Record<string, unknown>): Promise<void> {
    if (!this.eventsEnabled) return;
    for (const { scope, handler, removed, event: kind } of [...this.handlers]) {
      if (!removed && kind === event && (scope === 'workbook' || scope === sheetId)) await handler(payload);
    }
  }

  private beforeSync(bytes: number): void {
    if (this.registerFunctionsAtSync === this.session.syncCount) this.engine.functionsRegistered = true;
    if (this.cellEditing) throw officeError('InvalidOperationInCellEditMode');
    const code = this.failAtSync.get(this.session.syncCount) ?? this.syncFailures.shift();
    if (code !== undefined) throw officeError(code);
    if (this.platform === 'web' && bytes > WEB_PAYLOAD_LIMIT_BYTES) throw officeError('RequestPayloadSizeLimitExceeded');
  }

  private afterSync(): void {
    this.suspendedRequest = false;
  }

  /** After cells of `box` changed: busy GOV cells, stale cells under suspended calculation. */
  private recalculated(sheet: HostSheet, box: Box, written: string[] = []): void {
    if (this.suspendedRequest) {
      // Not recalculated: the written formula cells keep showing what they showed before (nothing).
      for (const key of written) sheet.stale.set(key, '');
      this.markDependentsStale(sheet, box);
      return;
    }
    // A calculation also brings stale cells that depend on the change up to date.
    if (this.sheets.some((x) => x.stale.size > 0)) this.refreshDependents(sheet, box);
    if (this.busyUntilSettled) this.markBusy();
  }

  private markDependentsStale(sheet: HostSheet, box: Box): void {
    for (const [target, key] of this.dependents(sheet, box)) {
      if (!target.stale.has(key)) target.stale.set(key, this.lastShown.get(`${target.id}|${key}`) ?? '');
    }
  }

  private refreshDependents(sheet: HostSheet, box: Box): void {
    for (const [target, key] of this.dependents(sheet, box)) target.stale.delete(key);
  }

  /** Formula cells that depend on `box`, directly or not. */
  private dependents(sheet: HostSheet, box: Box): [HostSheet, string][] {
    const { rows, columns } = boxSize(box);
    if (rows * columns > 20_000) return [];
    const hf = this.engine.hf;
    const found: [HostSheet, string][] = [];
    const seen = new Set<string>();
    let frontier = hf.getCellDependents({ start: { sheet: sheet.engineId, row: box[0], col: box[1] }, end: { sheet: sheet.engineId, row: box[2], col: box[3] } });
    while (frontier.length > 0) {
      const next: typeof frontier = [];
      for (const dependent of frontier) {
        if (!('row' in dependent)) continue;
        const target = this.sheets.find((s) => s.engineId === dependent.sheet);
        const key = cellKey(dependent.row, dependent.col);
        if (!target || seen.has(`${target.id}|${key}`)) continue;
        seen.add(`${target.id}|${key}`);
        found.push([target, key]);
        next.push(...hf.getCellDependents(dependent));
      }
      frontier = next;
    }
    return found;
  }

  private markBusy(): void {
    for (const sheet of this.sheets) {
      for (const [key, formula] of sheet.formulaTexts) if (/\bGOV\./i.test(formula)) this.busy.add(`${sheet.id}|${key}`);
    }
  }

  /** What reads of `values` return, remembered so that a later stale cell shows it. */
  private readonly lastShown = new Map<string, ExcelValue>();

  private displayed(sheet: HostSheet, box: Box): ExcelValue[][] {
    const grid = sheet.valuesIn(box);
    return grid.map((row, r) =>
      row.map((value, c) => {
        const key = `${sheet.id}|${cellKey(box[0] + r, box[1] + c)}`;
        return this.busy.has(key) ? '#BUSY!' : value;
      }),
    );
  }

  private async run(args: unknown[]): Promise<unknown> {
    this.runCount += 1;
    const batch = args[args.length - 1] as (context: Excel.RequestContext) => Promise<unknown>;
    const first = args.length > 1 ? args[0] : undefined;
    const options = first !== undefined && typeof first === 'object' && first !== null && 'delayForCellEdit' in first ? (first as Excel.RunOptions) : undefined;
    if (options?.delayForCellEdit && this.cellEditing) {
      await new Promise<void>((resolve) => this.editEnded.push(resolve));
    }
    const context = first !== undefined && options === undefined ? (first as Excel.RequestContext) : this.newContext();
    const result = await batch(context);
    // Excel.run sends what is still queued when the batch returns.
    if (this.session.pendingCount > 0) await this.session.sync();
    return result;
  }

  private newContext(): Excel.RequestContext {
    const s = this.session;
    const context: Excel.RequestContext = s.node<Excel.RequestContext>('context', {
      nav: { workbook: (): object => this.workbookNode(context), runtime: (): object => this.runtimeNode() },
      methods: { sync: () => s.sync() },
    });
    return context;
  }

  private runtimeNode(): object {
    return this.session.node('context.runtime', {
      get: { enableEvents: () => this.eventsEnabled },
      set: { enableEvents: (value) => void (this.eventsEnabled = value === true) },
    });
  }

  private workbookNode(context: Excel.RequestContext): object {
    const s = this.session;
    return s.node('context.workbook', {
      nav: {
        worksheets: () => this.worksheetsNode(context),
        application: () =>
          s.node('context.workbook.application', {
            methods: {
              suspendApiCalculationUntilNextSync: () => s.queue(() => void (this.suspendedRequest = true)),
              calculate: (type) =>
                s.queue(() => {
                  // The engine is always up to date: what a recalculation changes is what the sheets show.
                  this.calculations.push(String(type));
                  for (const sheet of this.sheets) sheet.stale.clear();
                  if (this.busyUntilSettled) this.markBusy();
                }),
            },
          }),
      },
      methods: {
        getSelectedRange: () => this.selectionNode(false),
        getSelectedRanges: () => {
          this.requireApi('1.9', 'getSelectedRanges');
          return this.selectionNode(true);
        },
      },
    });
  }

  private requireApi(version: string, what: string): void {
    if (!versionAtMost(version, this.apiVersion)) this.session.fail(`${what} needs ExcelApi ${version}; the host claims ${this.apiVersion}`);
  }

  private worksheetsNode(context: Excel.RequestContext): object {
    const s = this.session;
    return s.node('worksheets', {
      items: () => this.sheets.map((sheet) => this.sheetNode(() => sheet, sheet.name)),
      methods: {
        getItem: (key) => this.sheetNode(() => this.findSheet(String(key)), String(key)),
        getItemOrNullObject: (key) => this.sheetNode(() => this.findSheet(String(key)), String(key), true),
        add: (name) => {
          let added: HostSheet | null = null;
          s.queue(() => {
            const text = String(name);
            if (!/^[^[\]:*?/\\]{1,31}$/.test(text) || text.startsWith("'") || text.endsWith("'")) throw officeError('InvalidArgument');
            if (this.sheets.some((sheet) => sheet.name.toLowerCase() === text.toLowerCase())) throw officeError('ItemAlreadyExists');
            added = this.addSheet(text);
          }, jsonBytes(name) + 60);
          return this.sheetNode(() => {
            if (!added) throw officeError('ItemNotFound');
            return added;
          }, String(name));
        },
      },
      nav: {
        onChanged: () => this.eventNode(context, 'worksheets.onChanged', 'workbook', 'changed'),
        onCalculated: () => this.eventNode(context, 'worksheets.onCalculated', 'workbook', 'calculated'),
      },
    });
  }

  private eventNode(context: Excel.RequestContext, label: string, scope: string | (() => string), event: 'changed' | 'calculated'): object {
    return this.session.node(label, {
      methods: {
        add: (handler) => {
          const entry = { scope: '', event, handler: handler as Handler, removed: false };
          this.session.queue(() => {
            entry.scope = typeof scope === 'string' ? scope : scope();
            this.handlers.push(entry);
          });
          return { context, remove: () => this.session.queue(() => void (entry.removed = true)) };
        },
      },
    });
  }

  private findSheet(key: string): HostSheet {
    const sheet = this.sheets.find((s) => s.id === key || s.name.toLowerCase() === key.toLowerCase());
    if (!sheet) throw officeError('ItemNotFound');
    return sheet;
  }

  /** A worksheet proxy; `orNull` answers isNullObject instead of failing for a missing sheet (ExcelApi 1.4). */
  private sheetNode(resolveSheet: () => HostSheet, label: string, orNull = false): object {
    const s = this.session;
    const resolve = () => resolveSheet();
    const isNull = () => {
      try {
        resolveSheet();
        return false;
      } catch {
        return true;
      }
    };
    const at = (address: string) => () => ({ sheet: resolve(), box: boxOf(address) });
    return s.node(label, {
      get: {
        name: () => resolve().name,
        id: () => resolve().id,
        visibility: () => (resolve().visible ? 'Visible' : 'Hidden'),
        ...(orNull ? { isNullObject: isNull } : {}),
      },
      set: {
        name: (value) => {
          const name = String(value);
          const sheet = resolve();
          if (this.sheets.some((other) => other !== sheet && other.name.toLowerCase() === name.toLowerCase())) throw officeError('ItemAlreadyExists');
          sheet.name = name;
        },
        tabColor: (value) => void (resolve().tabColor = String(value)),
        visibility: (value) => {
          const sheet = resolve();
          if (value !== 'Visible' && this.sheets.filter((x) => x.visible && x !== sheet).length === 0) throw officeError('InvalidOperation');
          sheet.visible = value === 'Visible';
        },
      },
      methods: {
        // getRange() without an address is the whole sheet.
        getRange: (address = '') => this.rangeNode(address === '' ? () => ({ sheet: resolve(), box: [0, 0, 1_048_575, 16_383] as Box }) : at(String(address)), `${label}!${String(address) || 'sheet'}`),
        getRanges: (address = '') => {
          this.requireApi('1.9', 'getRanges');
          return this.rangeAreasNode(resolve, String(address), `${label}!${String(address)}`);
        },
        getUsedRange: () =>
          this.rangeNode(() => {
            const sheet = resolve();
            return { sheet, box: sheet.usedBox() ?? [0, 0, 0, 0] };
          }, `${label}!usedRange`),
        delete: () =>
          s.queue(() => {
            const sheet = resolve();
            if (this.sheets.filter((x) => x.visible && x !== sheet).length === 0) throw officeError('InvalidOperation');
            this.engine.calculate(() => this.engine.hf.removeSheet(sheet.engineId));
            this.sheets.splice(this.sheets.indexOf(sheet), 1);
          }),
        activate: () => s.queue(() => void resolve()),
      },
      nav: {
        freezePanes: () => s.node(`${label}.freezePanes`, { methods: { freezeAt: queueNoop(s), freezeRows: queueNoop(s), freezeColumns: queueNoop(s) } }),
        pageLayout: () =>
          s.node(`${label}.pageLayout`, {
            set: { orientation: noop, paperSize: noop, zoom: noop },
            methods: { setPrintTitleRows: queueNoop(s) },
          }),
        charts: () => s.node(`${label}.charts`, { methods: { add: () => this.chartNode(label) } }),
        onChanged: () => this.eventNode(this.contextOf(), `${label}.onChanged`, () => resolve().id, 'changed'),
        onCalculated: () => this.eventNode(this.contextOf(), `${label}.onCalculated`, () => resolve().id, 'calculated'),
      },
    });
  }

  /** Event registrations keep the context they were made in (for remove()); the specs only need one. */
  private contextOf(): Excel.RequestContext {
    return undefined as unknown as Excel.RequestContext;
  }

  private chartNode(sheetLabel: string): object {
    const s = this.session;
    const label = `${sheetLabel}.chart`;
    const series = s.node(`${label}.series(0)`, { methods: { setXAxisValues: queueNoop(s) } });
    return s.node(label, {
      nav: {
        title: () => s.node(`${label}.title`, { set: { text: noop } }),
        legend: () => s.node(`${label}.legend`, { set: { visible: noop } }),
        series: () => s.node(`${label}.series`, { methods: { getItemAt: () => series } }),
      },
      methods: { setPosition: queueNoop(s) },
    });
  }

  /** The selection; a multi-area selection fails getSelectedRange, as Excel does. */
  private selectionNode(areas: boolean): object {
    const selection = this.selection;
    const label = selection ? `${selection.sheet}!selection` : 'selection';
    const resolve = () => {
      if (!selection) throw officeError('ItemNotFound');
      const sheet = this.findSheet(selection.sheet);
      const parts = selection.address.split(',').map((part) => part.trim());
      if (parts.length > 1 && !areas) throw officeError('InvalidSelection');
      return { sheet, box: boxOf(parts[0]) };
    };
    if (!areas) return this.rangeNode(resolve, label);
    return this.rangeAreasNode(() => this.findSheet(selection?.sheet ?? ''), selection?.address ?? '', label);
  }

  private rangeNode(resolve: () => { sheet: HostSheet; box: Box }, label: string): object {
    const s = this.session;
    const cells = () => {
      const { sheet, box } = resolve();
      return { sheet, box };
    };
    const values = () => {
      const { sheet, box } = cells();
      const shown = this.displayed(sheet, box);
      shown.forEach((row, r) => row.forEach((value, c) => this.lastShown.set(`${sheet.id}|${cellKey(box[0] + r, box[1] + c)}`, value)));
      return shown;
    };
    const writeCells = (kind: 'formulas' | 'values') => (grid: unknown) => {
      const { sheet, box } = cells();
      const written = sheet.write(box, grid as unknown[][], kind);
      this.recalculated(sheet, box, written);
    };
    return s.node(label, {
      get: {
        address: () => {
          const { sheet, box } = cells();
          return `'${sheet.name}'!${boxAddress(box)}`;
        },
        values,
        formulas: () => {
          const { sheet, box } = cells();
          return sheet.formulaGrid(box);
        },
        rowIndex: () => cells().box[0],
        columnIndex: () => cells().box[1],
        rowCount: () => boxSize(cells().box).rows,
        columnCount: () => boxSize(cells().box).columns,
      },
      set: {
        formulas: writeCells('formulas'),
        values: writeCells('values'),
        numberFormat: (grid) => {
          const { sheet, box } = cells();
          const { rows, columns } = boxSize(box);
          const array = grid as unknown[][];
          if (!Array.isArray(array) || array.length !== rows || array.some((row) => row.length !== columns)) throw officeError('InvalidArgument');
          array.forEach((row, r) => row.forEach((format, c) => sheet.numberFormats.set(cellKey(box[0] + r, box[1] + c), String(format))));
        },
        columnHidden: noop,
        rowHidden: noop,
      },
      methods: {
        // merge(true) merges each row of the range separately (Excel.Range.merge).
        merge: (across) =>
          s.queue(() => {
            const { sheet, box } = cells();
            if (across !== true) return void sheet.merges.push(box);
            for (let r = box[0]; r <= box[2]; r++) sheet.merges.push([r, box[1], r, box[3]]);
          }),
        select: () => s.queue(() => void cells()),
        getRow: (index) => this.rangeNode(() => {
          const { sheet, box } = cells();
          const row = box[0] + Number(index);
          return { sheet, box: [row, box[1], row, box[3]] };
        }, `${label}.row(${String(index)})`),
        getCell: (row, column) => this.rangeNode(() => {
          const { sheet, box } = cells();
          return { sheet, box: [box[0] + Number(row), box[1] + Number(column), box[0] + Number(row), box[1] + Number(column)] };
        }, `${label}.cell(${String(row)},${String(column)})`),
        getUsedRange: () => this.rangeNode(() => {
          const { sheet, box } = cells();
          const used = sheet.usedBox();
          const inside = used && intersect(used, box);
          if (!inside) throw officeError('ItemNotFound');
          // The used part of the range: the smallest box of non-empty cells inside it.
          const values = sheet.valuesIn(inside);
          let found: Box | null = null;
          values.forEach((row, r) => row.forEach((value, c) => {
            if (value === '' && !sheet.formulaTexts.has(cellKey(inside[0] + r, inside[1] + c))) return;
            const [rr, cc] = [inside[0] + r, inside[1] + c];
            found = found ? [Math.min(found[0], rr), Math.min(found[1], cc), Math.max(found[2], rr), Math.max(found[3], cc)] : [rr, cc, rr, cc];
          }));
          if (!found) throw officeError('ItemNotFound');
          return { sheet, box: found };
        }, `${label}.usedRange`),
      },
      nav: {
        format: () => this.formatNode(() => [cells()], label),
        dataValidation: () => this.validationNode(() => [cells()], `${label}.dataValidation`),
        conditionalFormats: () => this.conditionalFormatsNode(() => [cells()], `${label}.conditionalFormats`),
      },
    });
  }

  /** Several areas of one sheet (ExcelApi 1.9): format, data validation and conditional formats apply to each. */
  private rangeAreasNode(resolveSheet: () => HostSheet, address: string, label: string): object {
    const areas = () => {
      const sheet = resolveSheet();
      return address.split(',').map((part) => ({ sheet, box: boxOf(part) }));
    };
    return this.session.node(label, {
      get: {
        address: () => areas().map(({ sheet, box }) => `'${sheet.name}'!${boxAddress(box)}`).join(','),
        areaCount: () => areas().length,
      },
      nav: {
        format: () => this.formatNode(areas, label),
        dataValidation: () => this.validationNode(areas, `${label}.dataValidation`),
        conditionalFormats: () => this.conditionalFormatsNode(areas, `${label}.conditionalFormats`),
      },
    });
  }

  private formatNode(targets: () => { sheet: HostSheet; box: Box }[], label: string): object {
    const s = this.session;
    const fillEach = (color: string | null) => {
      for (const { sheet, box } of targets()) {
        for (let r = box[0]; r <= box[2]; r++) {
          for (let c = box[1]; c <= box[3]; c++) {
            if (color === null) sheet.fills.delete(cellKey(r, c));
            else sheet.fills.set(cellKey(r, c), color);
          }
        }
      }
    };
    return s.node(`${label}.format`, {
      set: { columnWidth: noop, rowHeight: noop, horizontalAlignment: noop, verticalAlignment: noop, wrapText: noop },
      nav: {
        font: () => s.node(`${label}.format.font`, { set: { bold: noop, size: noop, color: noop } }),
        fill: () =>
          s.node(`${label}.format.fill`, {
            get: { color: () => { const { sheet, box } = targets()[0]; return sheet.fills.get(cellKey(box[0], box[1])) ?? '#FFFFFF'; } },
            set: { color: (value) => fillEach(String(value)) },
            methods: { clear: () => s.queue(() => fillEach(null)) },
          }),
        borders: () =>
          s.node(`${label}.format.borders`, {
            methods: { getItem: (edge) => s.node(`${label}.border(${String(edge)})`, { set: { style: noop, weight: noop, color: noop } }) },
          }),
      },
    });
  }

  private validationNode(targets: () => { sheet: HostSheet; box: Box }[], label: string): object {
    const s = this.session;
    const each = (apply: (sheet: HostSheet, key: string) => void) => () => {
      for (const { sheet, box } of targets()) for (let r = box[0]; r <= box[2]; r++) for (let c = box[1]; c <= box[3]; c++) apply(sheet, cellKey(r, c));
    };
    const setPart = (part: 'rule' | 'prompt' | 'errorAlert') => (value: unknown) =>
      each((sheet, key) => sheet.validations.set(key, { ...(sheet.validations.get(key) ?? { rule: null }), [part]: value }))();
    return s.node(label, {
      set: { rule: setPart('rule'), prompt: setPart('prompt'), errorAlert: setPart('errorAlert') },
      methods: { clear: () => s.queue(each((sheet, key) => void sheet.validations.delete(key))) },
    });
  }

  /** Conditional formats: a custom rule's fill shows over the cell's own fill while the rule applies. */
  private conditionalFormatsNode(targets: () => { sheet: HostSheet; box: Box }[], label: string): object {
    const s = this.session;
    return s.node(label, {
      methods: {
        add: (type) => {
          if (type !== 'Custom') this.session.fail(`${label}.add(${String(type)}): the test host models custom rules only`);
          const entries: { box: Box; color: string }[] = [];
          s.queue(() => {
            for (const { sheet, box } of targets()) {
              const entry = { box, color: '' };
              entries.push(entry);
              sheet.conditionalFills.push(entry);
            }
          });
          const fill = s.node(`${label}.custom.format.fill`, { set: { color: (value) => entries.forEach((entry) => (entry.color = String(value))) } });
          const custom = s.node(`${label}.custom`, {
            nav: {
              rule: () => s.node(`${label}.custom.rule`, { set: { formula: (value) => void (value === '=TRUE' || this.session.fail(`only =TRUE rules are modelled, got ${String(value)}`)) } }),
              format: () => s.node(`${label}.custom.format`, { nav: { fill: () => fill } }),
            },
          });
          return s.node(`${label}.item`, { nav: { custom: () => custom } });
        },
        clearAll: () =>
          s.queue(() => {
            for (const { sheet, box } of targets()) {
              for (let i = sheet.conditionalFills.length - 1; i >= 0; i--) if (intersect(sheet.conditionalFills[i].box, box)) sheet.conditionalFills.splice(i, 1);
            }
          }),
      },
    });
  }
}

function noop(): void {}

function queueNoop(session: ProxySession): () => void {
  return () => session.queue(noop);
}

function intersect(a: Box, b: Box): Box | null {
  const box: Box = [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
  return box[0] <= box[2] && box[1] <= box[3] ? box : null;
}
