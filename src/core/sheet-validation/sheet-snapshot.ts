/** What a validation pass reads of a sheet: its used range's values and formulas (one read). */
import { parseAddress } from '../sheet-plan/addresses';

export interface SheetSnapshot {
  name: string;
  /** The used range, e.g. "A1:K120" (a sheet-qualified address is accepted). */
  address: string;
  values: unknown[][];
  formulas: unknown[][];
}

/** Cell access by sheet position (0-based), whatever the used range's origin. */
export class SnapshotGrid {
  private readonly top: number;
  private readonly left: number;

  constructor(private readonly snapshot: SheetSnapshot) {
    const local = snapshot.address.includes('!') ? snapshot.address.split('!').pop() ?? 'A1' : snapshot.address;
    [this.top, this.left] = parseAddress(local.split(':')[0]);
  }

  get rowCount(): number {
    return this.top + this.snapshot.values.length;
  }

  value(row: number, column: number): unknown {
    return this.snapshot.values[row - this.top]?.[column - this.left];
  }

  formula(row: number, column: number): unknown {
    return this.snapshot.formulas[row - this.top]?.[column - this.left];
  }
}
