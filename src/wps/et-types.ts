/**
 * The part of WPS's ET (表格) object model the adapter uses, typed. WPS add-ins (WPS加载项) reach it
 * synchronously from the page's root (`window.Application`; WpsRoot below), shaped like Excel's VBA
 * object model ("WPS Office 的二次开发接口体系和微软 Office 的二次开发接口体系基本保持一致… 对象树…
 * 接口函数，即各对象的方法属性的名称和含义均与微软 Office 保持一致", WPS Office 二次开发 FAQ,
 * https://dotblogs.com.tw/SkyWorker/2018/03/14/150755). Kingsoft publishes the object model's
 * TypeScript declarations as the npm package et-jsapi-declare; every member named below and every
 * XL value is checked against its 2.5.0 lib.et.d.ts (tests/wps/et-declarations.spec.ts). Behaviour
 * the declarations do not give is Excel VBA's (Microsoft Learn, Excel VBA reference,
 * https://learn.microsoft.com/office/vba/api/overview/excel/object-model); where WPS's own behaviour
 * could not be confirmed from a public source, the comment says so (TESTING.md lists those checks).
 */

/** A 2-D block as VBA hands it to JavaScript: rows of cells. A one-cell range reads as a scalar. */
export type EtBlock = unknown[][];

export interface EtFont {
  Bold: boolean;
  Size: number;
}

export interface EtInterior {
  /** BGR long: RGB(r, g, b) = r + g·256 + b·65536 (VBA RGB function, Microsoft Learn). */
  Color: number;
}

export interface EtBorders {
  LineStyle: number;
  Weight: number;
}

export interface EtValidation {
  Add(type: number, alertStyle?: number, operator?: number, formula1?: string | number, formula2?: string | number): void;
  Delete(): void;
  InputTitle: string;
  InputMessage: string;
  ErrorTitle: string;
  ErrorMessage: string;
  ShowInput: boolean;
  ShowError: boolean;
  InCellDropdown: boolean;
}

export interface EtFormatCondition {
  Interior: EtInterior;
}

export interface EtFormatConditions {
  Add(type: number, operator?: number, formula1?: string): EtFormatCondition;
  Delete(): void;
}

export interface EtRange {
  readonly Address: string;
  /** Distance in points from column A's left edge / row 1's top edge to the range's (VBA Range.Left / Top). */
  readonly Left: number;
  readonly Top: number;
  readonly Row: number;
  readonly Column: number;
  readonly Rows: { Count: number };
  readonly Columns: { Count: number };
  readonly Areas: { Count: number };
  readonly Worksheet: EtWorksheet;
  Value2: unknown;
  Formula: unknown;
  NumberFormat: unknown;
  readonly Font: EtFont;
  readonly Interior: EtInterior;
  readonly Borders: EtBorders;
  WrapText: boolean;
  HorizontalAlignment: number;
  VerticalAlignment: number;
  ColumnWidth: number;
  RowHeight: number;
  readonly EntireColumn: { Hidden: boolean };
  readonly Validation: EtValidation;
  readonly FormatConditions: EtFormatConditions;
  Merge(across?: boolean): void;
  Select(): void;
}

export interface EtPageSetup {
  Orientation: number;
  PaperSize: number;
  Zoom: number | boolean;
  FitToPagesWide: number | boolean;
  FitToPagesTall: number | boolean;
  PrintTitleRows: string;
}

/** Chart objects (VBA): the title exists only while HasTitle is True (Microsoft Learn, ChartTitle object). */
export interface EtChartTitle {
  Text: string;
}

export interface EtSeries {
  /** The category labels: a Range (VBA Series.XValues). */
  XValues: unknown;
}

export interface EtChart {
  ChartType: number;
  HasTitle: boolean;
  readonly ChartTitle: EtChartTitle;
  HasLegend: boolean;
  /** VBA Chart.SetSourceData(Source, PlotBy): PlotBy xlColumns (2) makes each column a series. */
  SetSourceData(source: EtRange, plotBy?: number): void;
  SeriesCollection(index: number): EtSeries;
}

export interface EtChartObject {
  readonly Chart: EtChart;
  Left: number;
  Top: number;
  Width: number;
  Height: number;
}

export interface EtChartObjects {
  readonly Count: number;
  /** VBA ChartObjects.Add(Left, Top, Width, Height), in points: a new embedded chart. */
  Add(left: number, top: number, width: number, height: number): EtChartObject;
}

export interface EtWorksheet {
  Name: string;
  readonly Index: number;
  Range(address: string): EtRange;
  readonly UsedRange: EtRange;
  readonly Cells: EtRange;
  readonly Tab: { Color: number };
  readonly PageSetup: EtPageSetup;
  Activate(): void;
  Delete(): void;
  ChartObjects(): EtChartObjects;
}

export interface EtSheets {
  readonly Count: number;
  Item(index: number | string): EtWorksheet;
  /** VBA Sheets.Add(Before, After, Count, Type): the new sheet goes after `after` when given. */
  Add(before?: EtWorksheet, after?: EtWorksheet): EtWorksheet;
}

export interface EtWorkbook {
  readonly Worksheets: EtSheets;
}

export interface EtWindow {
  SplitRow: number;
  SplitColumn: number;
  FreezePanes: boolean;
}

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveSheet: EtWorksheet | null;
  readonly ActiveWindow: EtWindow;
  readonly Selection: EtRange | null;
  ScreenUpdating: boolean;
  /** xlCalculationAutomatic -4105, xlCalculationManual -4135 (XlCalculation, Microsoft Learn). */
  Calculation: number;
  EnableEvents: boolean;
  DisplayAlerts: boolean;
  Calculate(): void;
  /** VBA Application.Evaluate: a formula's value (declared on Et.Application, et-jsapi-declare 2.5.0). */
  Evaluate(formula: string): unknown;
}

/**
 * `ApiEvent`: application events for add-ins (et-jsapi-declare 2.5.0 addon.et.d.ts, WPS.EtApiEvent:
 * `AddApiEventListener(EventName: 'SheetChange', callback: (WorkSheet, Range) => void)`).
 */
export interface EtApiEvent {
  AddApiEventListener(event: string, handler: (...args: unknown[]) => void): void;
  RemoveApiEventListener(event: string, handler: (...args: unknown[]) => void): void;
}

/**
 * The add-in page's root object in WPS. Kingsoft's declarations (et-jsapi-declare 2.5.0 index.d.ts)
 * give the page `Application` and `wps`, both the same merged root WPS.AddonRoot & WPS.EtAddonRoot &
 * Et.Application ("推荐使用此方式：获取当前应用程序的Application对象"), so the root is itself the ET
 * application. `EtApplication` is the older entry, declared there as a deprecated property
 * ("已废弃，请使用全局Application对象"); the wpsjs 2.2.2 et template called it as a function
 * (`wps.EtApplication().ActiveWorkbook`). etApplicationOf takes whichever this WPS has.
 */
export interface WpsRoot {
  EtApplication?: EtApplication | (() => EtApplication);
  ApiEvent?: EtApiEvent;
  /** WPS 12.1.0.20540+ (addon.et.d.ts, EtAddonRoot.AddCustomFunction(namespace, name, callback, metadata?)). */
  AddCustomFunction?: (namespace: string, name: string, callback: (...args: never[]) => unknown) => void;
}

/** The ET application of a page root: the root itself, else EtApplication() or the EtApplication property. */
export function etApplicationOf(root: WpsRoot): EtApplication | null {
  const merged = root as WpsRoot & { ActiveWorkbook?: unknown };
  if (merged.ActiveWorkbook !== undefined) return root as unknown as EtApplication;
  if (typeof root.EtApplication === 'function') return root.EtApplication();
  if (root.EtApplication && typeof root.EtApplication === 'object') return root.EtApplication;
  return null;
}

/** The page's WPS root (`window.wps`, else `window.Application`), or null outside WPS. */
export function wpsRootOf(page: { wps?: unknown; Application?: unknown }): WpsRoot | null {
  for (const candidate of [page.wps, page.Application]) {
    if (candidate && typeof candidate === 'object') {
      try {
        if (etApplicationOf(candidate as WpsRoot)) return candidate as WpsRoot;
      } catch {
        // A root whose application cannot be reached is not a usable WPS root.
      }
    }
  }
  return null;
}

/** Excel VBA enumeration values (Microsoft Learn, Excel VBA "Enumerations"), which WPS keeps (et —— xl). */
export const XL = {
  calculationAutomatic: -4105,
  calculationManual: -4135,
  left: -4131,
  center: -4108,
  right: -4152,
  top: -4160,
  continuous: 1,
  thin: 2,
  validateWholeNumber: 1,
  validateDecimal: 2,
  validateList: 3,
  validAlertStop: 1,
  between: 1,
  greaterEqual: 7,
  lessEqual: 8,
  expression: 2,
  portrait: 1,
  landscape: 2,
  paperA4: 9,
  barClustered: 57,
  columns: 2,
} as const;

/** "#RRGGBB" → VBA's BGR long. */
export function bgr(hex: string): number {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  const r = (value >> 16) & 0xff;
  const g = (value >> 8) & 0xff;
  const b = value & 0xff;
  return r + g * 256 + b * 65536;
}

/** VBA's BGR long → "#RRGGBB". */
export function hexOfBgr(color: number): string {
  const r = color & 0xff;
  const g = (color >> 8) & 0xff;
  const b = (color >> 16) & 0xff;
  return `#${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}
