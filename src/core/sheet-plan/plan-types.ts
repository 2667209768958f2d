/**
 * A sheet plan: everything a sheet the add-in makes contains, as plain data. Core computes it; the
 * Office.js adapter (src/excel) and the .xlsx writer (src/xlsx) only apply it, so a workbook made in
 * Excel and one made by the CLI are the same workbook.
 *
 * Addresses are A1-style on the plan's own sheet ("D10", "G10:G13"); rows and columns of `cells`
 * are 0-based (cells[0][0] is A1). Formulas are written without the leading "=", in Excel's
 * English syntax.
 */

export type CellValue = string | number | boolean | null;

export interface PlanCell {
  value?: CellValue;
  formula?: string;
}

export interface CellStyle {
  bold?: boolean;
  fontSize?: number;
  wrap?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle';
  /** Excel number format, e.g. "0.00", "0%". */
  numberFormat?: string;
  /** Fill colour "#RRGGBB". */
  fill?: string;
  /** Thin borders on every cell of the range. */
  border?: boolean;
}

export interface StyledRange {
  range: string;
  style: CellStyle;
}

export interface ValidationRule {
  type: 'whole' | 'decimal' | 'list';
  /** Bounds for whole / decimal (inclusive); a bound may be omitted. */
  min?: number;
  max?: number;
  /** Choices for a list (drop-down). */
  list?: string[];
  /** Input prompt shown when the cell is selected (Chinese). */
  prompt: { title: string; message: string };
  /** Error shown when a value breaks the rule (Chinese). */
  error: { title: string; message: string };
}

export interface PlannedValidation {
  range: string;
  rule: ValidationRule;
}

export interface PrintSetup {
  orientation: 'landscape' | 'portrait';
  paper: 'A4';
  fitToWidth: boolean;
  /** 1-based rows repeated at the top of every printed page, e.g. [1, 5]. */
  repeatRows: [number, number];
}

/**
 * A clustered bar chart of one series, added by the Office.js adapter only: ExcelJS cannot write
 * charts, so the .xlsx writer (src/xlsx) skips them and files made by the CLI carry no chart.
 */
export interface PlannedChart {
  title: string;
  /** A1 range of the category names (one column), e.g. "B5:B12". */
  categories: string;
  /** A1 range of the values (one column, the same rows), e.g. "D5:D12". */
  values: string;
  /** The cell at the chart's top-left corner; the chart keeps Excel's default size. */
  anchor: string;
}

/** 'collect': the sheets of a collected round (汇总, 复核, 自评对比, 来源; src/core/collect). */
export type SheetKind = 'scoring' | 'summary' | 'ranking' | 'task-split' | 'unit-tasks' | 'unit-index' | 'unit-list' | 'collect';

export interface SheetPlan {
  /** Sheet name, already unique in the target workbook. */
  name: string;
  kind: SheetKind;
  /** Dense grid of cells, rows × columns; null = empty cell. */
  cells: (PlanCell | null)[][];
  /** Column widths in characters (Excel's width unit); hidden columns keep metadata. */
  columns: { width: number; hidden?: boolean }[];
  /** Row heights in points, by 0-based row index, where a row needs more than the default. */
  rowHeights?: Record<number, number>;
  merges: string[];
  styles: StyledRange[];
  validations: PlannedValidation[];
  /** Rows and columns frozen at the top left. */
  freeze: { rows: number; columns: number };
  print: PrintSetup;
  /** Tab colour "#RRGGBB". */
  tabColor?: string;
  /** Charts (Excel only: the .xlsx writer skips them, see PlannedChart). */
  charts?: PlannedChart[];
}

/** What a workbook plan writes: the sheets in order, and whether it needs full recalculation on load. */
export interface WorkbookPlan {
  sheets: SheetPlan[];
  /** Portable workbooks carry no GOV functions: they must compute when opened anywhere. */
  portable: boolean;
}
