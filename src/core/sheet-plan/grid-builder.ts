/** Collects a sheet plan's cells, merges, styles and validations while a builder lays rows out. */
import type { CellStyle, CellValue, PlanCell, PlannedValidation, SheetPlan, StyledRange, ValidationRule } from './plan-types';
import { address, rangeAddress } from './addresses';

export class GridBuilder {
  readonly rows: (PlanCell | null)[][] = [];
  readonly merges: string[] = [];
  readonly styles: StyledRange[] = [];
  readonly validations: PlannedValidation[] = [];
  readonly rowHeights: Record<number, number> = {};

  constructor(readonly width: number) {}

  get rowCount(): number {
    return this.rows.length;
  }

  private ensureRow(row: number): (PlanCell | null)[] {
    while (this.rows.length <= row) this.rows.push(Array.from({ length: this.width }, () => null));
    return this.rows[row];
  }

  value(row: number, column: number, value: CellValue): void {
    if (value === null || value === undefined || value === '') return void this.ensureRow(row);
    this.ensureRow(row)[column] = { value };
  }

  formula(row: number, column: number, formula: string): void {
    this.ensureRow(row)[column] = { formula };
  }

  /** Merges a block (no-op for a single cell). */
  merge(row: number, column: number, lastRow: number, lastColumn: number): void {
    this.ensureRow(lastRow);
    if (row !== lastRow || column !== lastColumn) this.merges.push(rangeAddress(row, column, lastRow, lastColumn));
  }

  style(row: number, column: number, lastRow: number, lastColumn: number, style: CellStyle): void {
    this.styles.push({ range: rangeAddress(row, column, lastRow, lastColumn), style });
  }

  validate(row: number, column: number, rule: ValidationRule): void {
    this.validations.push({ range: address(row, column), rule });
  }

  toPlan(fields: Omit<SheetPlan, 'cells' | 'merges' | 'styles' | 'validations' | 'rowHeights'>): SheetPlan {
    return {
      ...fields,
      cells: this.rows,
      merges: this.merges,
      styles: this.styles,
      validations: this.validations,
      rowHeights: this.rowHeights,
    };
  }
}
