/**
 * A fake WPS 表格 (ET) for tests: the synchronous, VBA-shaped object model under `wps` that the WPS
 * adapter (src/wps) uses, with cells kept and calculated by the same engine as the Excel test host
 * (tests/excel/host: HyperFormula through CalcEngine and HostSheet), every call recorded.
 *
 * Host rules enforced here, each with its source (WPS follows Excel's VBA object model: "对象树…接口
 * 函数…均与微软 Office 保持一致", https://dotblogs.com.tw/SkyWorker/2018/03/14/150755):
 * - A 2-D array given to Range.Value2 / Formula must have the range's size: Excel fills a larger range
 *   with #N/A and drops what does not fit a smaller one, silently; here it is a violation.
 * - Sheet names: unique without regard to case, at most 31 characters, none of : \ / ? * [ ]
 *   (Microsoft Learn, "Rename a worksheet"); a bad name throws, as VBA raises error 1004.
 * - Worksheet.Delete asks the user to confirm unless Application.DisplayAlerts is False (Microsoft
 *   Learn, Worksheet.Delete): deleting with alerts on is a violation. The last visible sheet cannot
 *   be deleted ("A workbook must contain at least one visible worksheet"): it throws.
 * - Validation.Add on cells that already have a rule fails (Microsoft Learn's Validation.Add example
 *   calls .Delete first; Excel raises error 1004): it throws.
 * - A formula naming a sheet that does not exist yet stays #REF! (CalcEngine, as in Excel).
 * - Application.SheetChange is raised for every change, the add-in's own writes included, unless
 *   Application.EnableEvents is False (Microsoft Learn, Application.EnableEvents).
 * - Window.SplitRow / SplitColumn / FreezePanes act on the active sheet's window.
 * - Range("…") with an address longer than 255 characters fails (Excel; unconfirmed for WPS).
 * - Value2 gives a one-cell range as a scalar, empty cells as undefined (VBA Empty) and error values
 *   as COM error codes (0x800A0000 + xlErrDiv0 2007 …, Microsoft Learn "Cell error values"); Formula
 *   gives a constant as its text (Microsoft Learn, Range.Formula: "If the cell contains a constant,
 *   this property returns that constant").
 * - Range.Select works only on the active sheet (Excel VBA error 1004 "Select method of Range class failed").
 * - The page's root: by default as Kingsoft declares it (et-jsapi-declare 2.5.0 index.d.ts: `Application`
 *   and `wps` are one merged root, itself the ET application, with `EtApplication` a deprecated
 *   property); `root: 'legacy'` gives only `wps.EtApplication()` as a function (the wpsjs 2.2.2 template).
 * - Custom functions (`customFunctions: true`, WPS 12.1.0.20540+): `AddCustomFunction(namespace, name,
 *   callback)` (addon.et.d.ts) registers GOV.<name>; a GOV formula calls the registered callback with
 *   ranges as 2-D arrays; a GOV function not registered is #NAME?. How WPS passes blanks and what a
 *   thrown error shows are not documented: `blanks` and `thrown` choose, and the pane must probe them
 *   (src/wps/wps-functions.ts, GOV_PROBES). Without `customFunctions` the root has no AddCustomFunction.
 * - Application.Evaluate(formula) gives the formula's value in the active sheet's context (VBA).
 * - Charts (VBA, declared on Et.Chart): ChartObjects.Add(Left, Top, Width, Height) needs a positive
 *   size; Chart.ChartTitle "doesn't exist and cannot be used unless the HasTitle property for the chart
 *   is True" (Microsoft Learn, ChartTitle object (Excel)): using it before throws; SeriesCollection(i)
 *   beyond the series SetSourceData made (one per column with xlColumns) throws, as VBA's error 1004.
 * - Range.Left / Top in points: columns of `ColumnWidth` characters are (7·w + 5) px wide at 96 dpi
 *   (standard width 8.43 → 64 px = 48 pt; Microsoft Learn, "Change the column width and row height"),
 *   rows 14.25 pt unless set.
 */
/* eslint-disable @typescript-eslint/no-this-alias -- VBA-shaped child objects (Font, Interior, Validation …) are
   getter/setter literals that act on their range or host; a setter cannot be an arrow function. */
import { type BlankConvention, CalcEngine, type ExcelValue } from '../../excel/host/calc-engine';
import { type Box, HostSheet, boxOf, boxAddress, boxSize, cellKey } from '../../excel/host/host-sheet';
import { hexOfBgr } from '../../../src/wps/et-types';

const ERROR_CODES: Record<string, number> = { '#NULL!': 2000, '#DIV/0!': 2007, '#VALUE!': 2015, '#REF!': 2023, '#NAME?': 2029, '#NUM!': 2036, '#N/A': 2042 };
const HRESULT_BASE = -2146828288;
const BAD_NAME = /[:\\/?*[\]]/;

export interface EtValidationRecord {
  type?: number;
  alertStyle?: number;
  operator?: number;
  formula1?: unknown;
  formula2?: unknown;
  texts: Record<string, unknown>;
}

export interface EtSheetState {
  host: HostSheet;
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  rowHeights: Map<number, number>;
  formats: Map<string, Map<string, unknown>>;
  validations: Map<string, EtValidationRecord>;
  freeze: { rows: number; columns: number } | null;
  pageSetup: Record<string, unknown>;
  tabColor: number | null;
  charts: EtChartRecord[];
  proxy: FakeWorksheet;
}

/** An embedded chart as the adapter left it. */
export interface EtChartRecord {
  left: number;
  top: number;
  width: number;
  height: number;
  chartType?: number;
  source?: string;
  plotBy?: number;
  hasTitle: boolean;
  title?: string;
  hasLegend: boolean;
  xValues?: string;
}

type Listener = (...args: unknown[]) => void;

export interface FakeEtOptions {
  /** The page's root object: Kingsoft's merged root (default) or the older `wps.EtApplication()`. */
  root?: 'merged' | 'legacy';
  /** Whether this WPS registers add-in custom functions (AddCustomFunction). */
  customFunctions?: boolean;
  /** How blank cells reach a custom function (undocumented for WPS). */
  blanks?: BlankConvention;
  /** What a custom function's thrown Error shows: an error value (default) or its message as text (undocumented for WPS). */
  thrown?: 'error' | 'text';
}

export class FakeEt {
  readonly engine = new CalcEngine('zero');
  readonly sheets: EtSheetState[] = [];
  readonly calls: string[] = [];
  readonly violations: string[] = [];
  readonly listeners = new Map<string, Listener[]>();
  screenUpdating = true;
  calculation = -4105;
  enableEvents = true;
  displayAlerts = true;
  calculations = 0;
  active: EtSheetState | null = null;
  selection: FakeRange | null = null;
  private nextSheet = 1;
  readonly app: object;
  /** The page root the add-in is given (`wps`; under the merged root also `Application`). */
  readonly wps: object;
  /** The page's globals: { wps, Application } (merged root) or { wps } (legacy). */
  readonly page: { wps: object; Application?: object };
  /** GOV.<name> → the callback AddCustomFunction registered. */
  readonly customFunctions = new Map<string, (...args: unknown[]) => unknown>();

  constructor(sheetNames: string[] = ['Sheet1'], options: FakeEtOptions = {}) {
    this.engine.functionsRegistered = false;
    this.engine.blanks = options.blanks ?? 'zero';
    this.engine.customFunctions = {
      implementation: (id) => this.customFunctions.get(id),
      thrownValue: (thrown) => (thrown instanceof Error ? (options.thrown === 'text' ? { text: thrown.message } : { error: thrown.message }) : undefined),
    };
    for (const name of sheetNames) this.addSheet(name, this.sheets.length);
    this.active = this.sheets[0] ?? null;
    this.app = this.application();
    const apiEvent = {
      AddApiEventListener: (event: string, handler: Listener) => this.listeners.set(event, [...(this.listeners.get(event) ?? []), handler]),
      RemoveApiEventListener: (event: string, handler: Listener) => this.listeners.set(event, (this.listeners.get(event) ?? []).filter((h) => h !== handler)),
    };
    if (options.root === 'legacy') {
      this.wps = { EtApplication: () => this.app, ApiEvent: apiEvent };
      this.page = { wps: this.wps };
    } else {
      const app = this.app;
      Object.defineProperties(app, {
        ApiEvent: { value: apiEvent },
        EtApplication: { get: () => app },
      });
      if (options.customFunctions) {
        Object.defineProperty(app, 'AddCustomFunction', {
          value: (namespace: string, name: string, callback: (...args: unknown[]) => unknown) => {
            if (typeof callback !== 'function') throw new TypeError('AddCustomFunction: callback is not a function');
            this.record(`AddCustomFunction(${namespace}, ${name})`);
            if (namespace === 'GOV') this.customFunctions.set(name, callback);
            this.engine.functionsRegistered = true;
          },
        });
      }
      this.wps = app;
      this.page = { wps: app, Application: app };
    }
  }

  // ---- what a test does as the user ----

  sheet(name: string): EtSheetState {
    const found = this.sheets.find((s) => s.host.name.toLowerCase() === name.toLowerCase());
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  }

  /** The fill a cell shows: a conditional format's, else its own ("#RRGGBB"), else null. */
  fill(name: string, address: string): string | null {
    const [r, c] = boxOf(address);
    return this.sheet(name).host.fillAt(r, c);
  }

  /** The user types (or pastes) values: ET recalculates and raises SheetChange. */
  type(name: string, address: string, values: unknown[][]): void {
    const state = this.sheet(name);
    state.host.write(boxOf(address), values, 'values');
    this.raise('SheetChange', state.proxy, new FakeRange(this, state, [boxOf(address)]));
  }

  select(name: string, address: string): void {
    const state = this.sheet(name);
    this.selection = new FakeRange(this, state, address.split(',').map(boxOf));
  }

  // ---- internals ----

  raise(event: string, ...args: unknown[]): void {
    if (!this.enableEvents) return;
    for (const handler of this.listeners.get(event) ?? []) handler(...args);
  }

  /** A call matching this fails, as a host call may (error 1004, a lost workbook …). */
  failOn: RegExp | null = null;

  record(call: string): void {
    if (this.failOn?.test(call)) throw new Error(`运行时错误 1004：${call}`);
    this.calls.push(call);
  }

  checkName(name: string, except: EtSheetState | null): void {
    if (name.length === 0 || [...name].length > 31 || BAD_NAME.test(name) || this.sheets.some((s) => s !== except && s.host.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`运行时错误 1004：工作表名称 “${name}” 无效或已被使用`);
    }
  }

  addSheet(name: string, position: number): EtSheetState {
    const state: EtSheetState = {
      host: new HostSheet(`{et-${this.nextSheet}}`, name, this.engine),
      columnWidths: new Map(),
      hiddenColumns: new Set(),
      rowHeights: new Map(),
      formats: new Map(),
      validations: new Map(),
      freeze: null,
      pageSetup: {},
      tabColor: null,
      charts: [],
      proxy: undefined as unknown as FakeWorksheet,
    };
    this.nextSheet += 1;
    state.proxy = new FakeWorksheet(this, state);
    this.sheets.splice(position, 0, state);
    return state;
  }

  deleteSheet(state: EtSheetState): void {
    if (this.displayAlerts) this.violations.push(`Worksheet.Delete (${state.host.name}) with DisplayAlerts on: the user is asked to confirm`);
    if (this.sheets.length <= 1) throw new Error('运行时错误 1004：工作簿中至少要有一个可见工作表');
    this.record(`Sheets(${state.host.name}).Delete`);
    this.engine.hf.removeSheet(state.host.engineId);
    this.sheets.splice(this.sheets.indexOf(state), 1);
    if (this.active === state) this.active = this.sheets[0];
  }

  private application(): object {
    const et = this;
    const sheetsObject = {
      get Count() {
        return et.sheets.length;
      },
      Item(index: number | string) {
        const state = typeof index === 'number' ? et.sheets[index - 1] : et.sheet(index);
        if (!state) throw new Error(`下标越界：${index}`);
        return state.proxy;
      },
      Add(before?: FakeWorksheet, after?: FakeWorksheet) {
        let name = `Sheet${et.sheets.length + 1}`;
        while (et.sheets.some((s) => s.host.name.toLowerCase() === name.toLowerCase())) name = `${name}_`;
        const position = after ? et.sheets.indexOf(after.state) + 1 : before ? et.sheets.indexOf(before.state) : Math.max(0, et.sheets.indexOf(et.active as EtSheetState));
        const state = et.addSheet(name, position);
        et.active = state;
        et.record(`Sheets.Add → ${name}`);
        return state.proxy;
      },
    };
    const window = {
      SplitRow: 0,
      SplitColumn: 0,
      get FreezePanes() {
        return et.active?.freeze !== null;
      },
      set FreezePanes(on: boolean) {
        if (!et.active) return;
        et.active.freeze = on ? { rows: window.SplitRow, columns: window.SplitColumn } : null;
      },
    };
    const app = {
      get ActiveWorkbook() {
        return { Worksheets: sheetsObject, Sheets: sheetsObject };
      },
      get ActiveSheet() {
        return et.active?.proxy ?? null;
      },
      ActiveWindow: window,
      get Selection() {
        return et.selection;
      },
      Calculate() {
        et.calculations += 1;
        et.engine.rebuild();
      },
      Evaluate(formula: string) {
        et.record(`Evaluate(${formula})`);
        if (!et.active) throw new Error('运行时错误 1004：没有活动工作表');
        return toVba(et.engine.evaluate(et.active.host.engineId, formula));
      },
    };
    return Object.defineProperties(app, fieldProperties(et, { ScreenUpdating: 'screenUpdating', Calculation: 'calculation', EnableEvents: 'enableEvents', DisplayAlerts: 'displayAlerts' }));
  }
}

/** VBA properties that read and write a field of `target` (Application.ScreenUpdating ↔ et.screenUpdating …). */
function fieldProperties<T extends object>(target: T, fields: Record<string, keyof T>): PropertyDescriptorMap {
  return Object.fromEntries(
    Object.entries(fields).map(([name, key]) => [
      name,
      {
        get: () => target[key],
        set: (value: T[keyof T]) => {
          target[key] = value;
        },
        enumerable: true,
        configurable: true,
      },
    ]),
  );
}

export class FakeWorksheet {
  constructor(
    private readonly et: FakeEt,
    readonly state: EtSheetState,
  ) {}

  get Name(): string {
    return this.state.host.name;
  }

  set Name(name: string) {
    this.et.checkName(name, this.state);
    this.et.record(`Sheets(${this.state.host.name}).Name = ${name}`);
    this.state.host.name = name;
  }

  get Index(): number {
    return this.et.sheets.indexOf(this.state) + 1;
  }

  Range(address: string): FakeRange {
    if (address.length > 255) throw new Error(`运行时错误 1004：Range 地址超过 255 个字符（${address.length}）`);
    return new FakeRange(this.et, this.state, address.split(',').map(boxOf));
  }

  get UsedRange(): FakeRange {
    return new FakeRange(this.et, this.state, [this.state.host.usedBox() ?? [0, 0, 0, 0]]);
  }

  get Cells(): FakeRange {
    return new FakeRange(this.et, this.state, [[0, 0, 1_048_575, 16_383]]);
  }

  get Tab(): { Color: number } {
    const state = this.state;
    return {
      get Color() {
        return state.tabColor ?? 0;
      },
      set Color(color: number) {
        state.tabColor = color;
      },
    };
  }

  get PageSetup(): Record<string, unknown> {
    return this.state.pageSetup;
  }

  Activate(): void {
    this.et.active = this.state;
  }

  Delete(): void {
    this.et.deleteSheet(this.state);
  }

  ChartObjects(): object {
    const et = this.et;
    const state = this.state;
    return {
      get Count() {
        return state.charts.length;
      },
      Add(left: number, top: number, width: number, height: number) {
        if (![left, top, width, height].every((n) => typeof n === 'number' && Number.isFinite(n)) || width <= 0 || height <= 0 || left < 0 || top < 0) {
          throw new Error(`运行时错误 1004：ChartObjects.Add 参数无效（${left}, ${top}, ${width}, ${height}）`);
        }
        et.record(`${state.host.name}.ChartObjects.Add(${left}, ${top}, ${width}, ${height})`);
        const record: EtChartRecord = { left, top, width, height, hasTitle: false, hasLegend: true };
        state.charts.push(record);
        return { Chart: fakeChart(record), Left: left, Top: top, Width: width, Height: height };
      },
    };
  }
}

/** A chart's VBA object over its record (see the host rules above). */
function fakeChart(record: EtChartRecord): object {
  const addressOf = (range: unknown) => {
    if (!(range instanceof FakeRange)) throw new TypeError('运行时错误 13：类型不匹配（需要 Range 对象）');
    return `${range.state.host.name}!${range.boxes.map(boxAddress).join(',')}`;
  };
  let seriesCount = 0;
  const chart = {
    get ChartTitle() {
      if (!record.hasTitle) throw new Error('运行时错误 1004：图表没有标题（HasTitle 为 False）');
      return {
        get Text() {
          return record.title ?? '';
        },
        set Text(text: string) {
          record.title = text;
        },
      };
    },
    SetSourceData(source: unknown, plotBy?: number) {
      record.source = addressOf(source);
      record.plotBy = plotBy;
      const [, c0, , c1] = (source as FakeRange).boxes[0];
      const [r0, , r1] = (source as FakeRange).boxes[0];
      seriesCount = plotBy === 1 ? r1 - r0 + 1 : c1 - c0 + 1;
    },
    SeriesCollection(index: number) {
      if (!Number.isInteger(index) || index < 1 || index > seriesCount) throw new Error(`运行时错误 1004：没有第 ${index} 个系列`);
      return {
        set XValues(range: unknown) {
          record.xValues = addressOf(range);
        },
      };
    },
  };
  return Object.defineProperties(chart, fieldProperties(record, { ChartType: 'chartType', HasTitle: 'hasTitle', HasLegend: 'hasLegend' }));
}

function* cellsOf(boxes: Box[]): Generator<[number, number]> {
  for (const [r0, c0, r1, c1] of boxes) for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) yield [r, c];
}

export class FakeRange {
  constructor(
    private readonly et: FakeEt,
    readonly state: EtSheetState,
    readonly boxes: Box[],
  ) {}

  private get box(): Box {
    return this.boxes[0];
  }

  private get label(): string {
    return `${this.state.host.name}!${this.boxes.map(boxAddress).join(',')}`;
  }

  get Address(): string {
    return this.boxes.map((box) => boxAddress(box).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')).join(',');
  }

  get Row(): number {
    return this.box[0] + 1;
  }

  get Column(): number {
    return this.box[1] + 1;
  }

  get Rows(): { Count: number } {
    return { Count: boxSize(this.box).rows };
  }

  get Columns(): { Count: number } {
    return { Count: boxSize(this.box).columns };
  }

  get Areas(): { Count: number } {
    return { Count: this.boxes.length };
  }

  get Worksheet(): FakeWorksheet {
    return this.state.proxy;
  }

  get Left(): number {
    let points = 0;
    for (let c = 0; c < this.box[1]; c++) points += ((7 * (this.state.columnWidths.get(c) ?? 8.43) + 5) * 72) / 96;
    return Math.round(points * 100) / 100;
  }

  get Top(): number {
    let points = 0;
    for (let r = 0; r < this.box[0]; r++) points += this.state.rowHeights.get(r) ?? 14.25;
    return Math.round(points * 100) / 100;
  }

  get Value2(): unknown {
    const grid = this.state.host.valuesIn(this.box).map((row) => row.map(toVba));
    return grid.length === 1 && grid[0].length === 1 ? grid[0][0] : grid;
  }

  set Value2(input: unknown) {
    this.write(input, 'values', 'Value2');
  }

  get Formula(): unknown {
    const grid = this.state.host.formulaGrid(this.box).map((row) => row.map((value) => (value === '' ? '' : String(value))));
    return grid.length === 1 && grid[0].length === 1 ? grid[0][0] : grid;
  }

  set Formula(input: unknown) {
    this.write(input, 'formulas', 'Formula');
  }

  private write(input: unknown, kind: 'formulas' | 'values', property: string): void {
    const { rows, columns } = boxSize(this.box);
    const grid = Array.isArray(input) ? (input as unknown[][]) : [[input]];
    if (grid.length !== rows || grid.some((row) => !Array.isArray(row) || row.length !== columns)) {
      this.et.violations.push(`${this.label}.${property}: array is not ${rows}×${columns}`);
      return;
    }
    this.et.record(`Range(${this.label}).${property} = ${rows}×${columns}`);
    this.state.host.write(this.box, grid, kind);
    this.et.raise('SheetChange', this.state.proxy, this);
  }

  private setFormat(name: string, value: unknown): void {
    this.et.record(`Range(${this.label}).${name} = ${String(value)}`);
    let map = this.state.formats.get(name);
    if (!map) this.state.formats.set(name, (map = new Map()));
    for (const [r, c] of cellsOf(this.boxes)) map.set(cellKey(r, c), value);
  }

  format(name: string, row: number, column: number): unknown {
    return this.state.formats.get(name)?.get(cellKey(row, column));
  }

  set NumberFormat(value: unknown) {
    this.setFormat('NumberFormat', value);
  }

  get Font(): { Bold: boolean; Size: number } {
    const range = this;
    return {
      set Bold(value: boolean) {
        range.setFormat('Font.Bold', value);
      },
      set Size(value: number) {
        range.setFormat('Font.Size', value);
      },
    } as { Bold: boolean; Size: number };
  }

  get Interior(): { Color: number } {
    const range = this;
    return {
      set Color(color: number) {
        range.et.record(`Range(${range.label}).Interior.Color = ${color}`);
        for (const [r, c] of cellsOf(range.boxes)) range.state.host.fills.set(cellKey(r, c), hexOfBgr(color));
      },
    } as { Color: number };
  }

  get Borders(): { LineStyle: number; Weight: number } {
    const range = this;
    return {
      set LineStyle(value: number) {
        range.setFormat('Borders.LineStyle', value);
      },
      set Weight(value: number) {
        range.setFormat('Borders.Weight', value);
      },
    } as { LineStyle: number; Weight: number };
  }

  set WrapText(value: boolean) {
    this.setFormat('WrapText', value);
  }

  set HorizontalAlignment(value: number) {
    this.setFormat('HorizontalAlignment', value);
  }

  set VerticalAlignment(value: number) {
    this.setFormat('VerticalAlignment', value);
  }

  set ColumnWidth(width: number) {
    this.et.record(`Range(${this.label}).ColumnWidth = ${width}`);
    for (const [, c0, , c1] of this.boxes) for (let c = c0; c <= c1; c++) this.state.columnWidths.set(c, width);
  }

  set RowHeight(height: number) {
    this.et.record(`Range(${this.label}).RowHeight = ${height}`);
    for (const [r0, , r1] of this.boxes) for (let r = r0; r <= r1; r++) this.state.rowHeights.set(r, height);
  }

  get EntireColumn(): { Hidden: boolean } {
    const range = this;
    return {
      set Hidden(hidden: boolean) {
        range.et.record(`Range(${range.label}).EntireColumn.Hidden = ${hidden}`);
        for (const [, c0, , c1] of range.boxes) for (let c = c0; c <= c1; c++) if (hidden) range.state.hiddenColumns.add(c);
      },
    } as { Hidden: boolean };
  }

  Merge(across = false): void {
    this.et.record(`Range(${this.label}).Merge(${across})`);
    for (const [r0, c0, r1, c1] of this.boxes) {
      if (across) for (let r = r0; r <= r1; r++) this.state.host.merges.push([r, c0, r, c1]);
      else this.state.host.merges.push([r0, c0, r1, c1]);
    }
  }

  get Validation(): object {
    const range = this;
    const cells = () => [...cellsOf(range.boxes)].map(([r, c]) => cellKey(r, c));
    const setText = (name: string) => ({
      set(value: unknown) {
        for (const key of cells()) {
          const record = range.state.validations.get(key);
          if (!record) throw new Error(`运行时错误 1004：${range.label} 没有数据有效性，不能设置 ${name}`);
          record.texts[name] = value;
        }
      },
    });
    const validation = {
      Add(type: number, alertStyle?: number, operator?: number, formula1?: unknown, formula2?: unknown) {
        range.et.record(`Range(${range.label}).Validation.Add(${type}, ${alertStyle}, ${operator}, ${String(formula1)}, ${String(formula2)})`);
        for (const key of cells()) if (range.state.validations.has(key)) throw new Error(`运行时错误 1004：${range.label} 已有数据有效性`);
        for (const key of cells()) range.state.validations.set(key, { type, alertStyle, operator, formula1, formula2, texts: {} });
      },
      Delete() {
        range.et.record(`Range(${range.label}).Validation.Delete`);
        for (const key of cells()) range.state.validations.delete(key);
      },
    };
    for (const name of ['InputTitle', 'InputMessage', 'ErrorTitle', 'ErrorMessage', 'ShowInput', 'ShowError', 'InCellDropdown']) {
      Object.defineProperty(validation, name, setText(name));
    }
    return validation;
  }

  get FormatConditions(): object {
    const range = this;
    return {
      Add(type: number, _operator?: number, formula1?: string) {
        range.et.record(`Range(${range.label}).FormatConditions.Add(${type}, ${formula1})`);
        if (type !== 2 || formula1 !== '=TRUE') throw new Error(`fake ET: only the expression rule =TRUE is modelled (${type}, ${formula1})`);
        return {
          Interior: {
            set Color(color: number) {
              for (const box of range.boxes) range.state.host.conditionalFills.push({ box, color: hexOfBgr(color) });
            },
          },
        };
      },
      Delete() {
        range.et.record(`Range(${range.label}).FormatConditions.Delete`);
        const inside = (box: Box) => range.boxes.some((b) => box[0] >= b[0] && box[2] <= b[2] && box[1] >= b[1] && box[3] <= b[3]);
        const kept = range.state.host.conditionalFills.filter(({ box }) => !inside(box));
        range.state.host.conditionalFills.splice(0, range.state.host.conditionalFills.length, ...kept);
      },
    };
  }

  Select(): void {
    if (this.et.active !== this.state) throw new Error('运行时错误 1004：Range 类的 Select 方法无效（工作表不是活动工作表）');
    this.et.selection = this;
  }
}

/** A calculated value as VBA's Value2 hands it over. */
function toVba(value: ExcelValue): unknown {
  if (value === '') return undefined;
  if (typeof value === 'string' && value in ERROR_CODES) return HRESULT_BASE + ERROR_CODES[value];
  return value;
}
