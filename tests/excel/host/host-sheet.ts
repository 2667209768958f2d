/**
 * One worksheet of the test host: its cells live in the calculating engine; formats, validations
 * and layout are kept here as far as the specs look at them.
 */
import { parseAddress, rangeAddress } from '../../../src/core/sheet-plan/addresses';
import { type CalcEngine, type ExcelValue } from './calc-engine';
import { OfficeError } from './proxy-session';

export type Box = [row0: number, column0: number, row1: number, column1: number];

export const cellKey = (row: number, column: number) => `${row},${column}`;

/** "B3:D7", "C:C", "2:4", "A1" → a box (whole columns and rows span the sheet). */
export function boxOf(address: string): Box {
  const text = address.trim().toUpperCase().replace(/\$/g, '');
  const [first, last = first] = text.split(':');
  if (/^[A-Z]+$/.test(first) && /^[A-Z]+$/.test(last)) {
    return [0, parseAddress(`${first}1`)[1], 1_048_575, parseAddress(`${last}1`)[1]];
  }
  if (/^\d+$/.test(first) && /^\d+$/.test(last)) return [Number(first) - 1, 0, Number(last) - 1, 16_383];
  const [r0, c0] = parseAddress(first);
  const [r1, c1] = parseAddress(last);
  return [Math.min(r0, r1), Math.min(c0, c1), Math.max(r0, r1), Math.max(c0, c1)];
}

export function boxAddress([r0, c0, r1, c1]: Box): string {
  return rangeAddress(r0, c0, r1, c1);
}

export function boxSize([r0, c0, r1, c1]: Box): { rows: number; columns: number } {
  return { rows: r1 - r0 + 1, columns: c1 - c0 + 1 };
}

export interface HostValidation {
  rule: unknown;
  prompt?: unknown;
  errorAlert?: unknown;
}

export class HostSheet {
  readonly formulaTexts = new Map<string, string>();
  readonly fills = new Map<string, string>();
  readonly conditionalFills: { box: Box; color: string }[] = [];
  readonly numberFormats = new Map<string, string>();
  readonly validations = new Map<string, HostValidation>();
  readonly merges: Box[] = [];
  visible = true;
  tabColor = '';
  /** Cells whose displayed value is not the calculated one yet (calculation suspended): the value shown. */
  readonly stale = new Map<string, ExcelValue>();
  private sheetName: string;

  constructor(
    readonly id: string,
    name: string,
    private readonly engine: CalcEngine,
  ) {
    this.sheetName = name;
    engine.addSheet(name);
  }

  get name(): string {
    return this.sheetName;
  }

  /** Renames, as the user would in Excel (formulas pointing here follow). */
  set name(name: string) {
    this.engine.hf.renameSheet(this.engineId, name);
    this.sheetName = name;
  }

  get engineId(): number {
    return this.engine.sheetId(this.sheetName);
  }

  /** The smallest box holding every non-empty cell, or null for an empty sheet. */
  usedBox(): Box | null {
    const dimensions = this.engine.hf.getSheetDimensions(this.engineId);
    if (dimensions.width === 0 || dimensions.height === 0) return null;
    const grid = this.engine.values(this.engineId, 0, 0, dimensions.height - 1, dimensions.width - 1);
    let box: Box | null = null;
    grid.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === '' && !this.formulaTexts.has(cellKey(r, c))) return;
        box = box ? [Math.min(box[0], r), Math.min(box[1], c), Math.max(box[2], r), Math.max(box[3], c)] : [r, c, r, c];
      }),
    );
    return box;
  }

  /** The cells from A1 to the last used cell, as shown ([] for an empty sheet). */
  get values(): ExcelValue[][] {
    const used = this.usedBox();
    return used ? this.valuesIn([0, 0, used[2], used[3]]) : [];
  }

  /** The formulas (or values) from A1 to the last used cell. */
  get formulas(): ExcelValue[][] {
    const used = this.usedBox();
    return used ? this.formulaGrid([0, 0, used[2], used[3]]) : [];
  }

  /** Values as Office.js returns them, stale cells as they are shown. */
  valuesIn(box: Box): ExcelValue[][] {
    const grid = this.engine.values(this.engineId, ...box);
    if (this.stale.size === 0) return grid;
    return grid.map((row, r) => row.map((value, c) => this.stale.get(cellKey(box[0] + r, box[1] + c)) ?? value));
  }

  /** Formulas as Office.js returns them: the formula text for formula cells, else the value. */
  formulaGrid(box: Box): ExcelValue[][] {
    const values = this.engine.values(this.engineId, ...box);
    return values.map((row, r) => row.map((value, c) => this.formulaTexts.get(cellKey(box[0] + r, box[1] + c)) ?? value));
  }

  /** Writes a grid as Office.js `formulas`/`values` do: each string is taken as if typed. */
  write(box: Box, grid: unknown[][], kind: 'formulas' | 'values'): string[] {
    const { rows, columns } = boxSize(box);
    if (!Array.isArray(grid) || grid.length !== rows || grid.some((row) => !Array.isArray(row) || row.length !== columns)) {
      // "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
      throw new OfficeError('InvalidArgument', `${kind}: array is not ${rows}×${columns}`);
    }
    const written: string[] = [];
    const contents = grid.map((row, r) =>
      row.map((input, c) => {
        const key = cellKey(box[0] + r, box[1] + c);
        const typed = typedInput(input, kind);
        this.stale.delete(key);
        if (typed.formula !== undefined) {
          this.formulaTexts.set(key, typed.formula);
          written.push(key);
          return this.engine.engineFormula(typed.formula);
        }
        this.formulaTexts.delete(key);
        return typed.content;
      }),
    );
    this.engine.setCells(this.engineId, box[0], box[1], contents);
    return written;
  }

  fillAt(row: number, column: number): string | null {
    const conditional = this.conditionalFills.find(({ box }) => row >= box[0] && row <= box[2] && column >= box[1] && column <= box[3]);
    return conditional?.color ?? this.fills.get(cellKey(row, column)) ?? null;
  }
}

/**
 * What Excel makes of one input of a `formulas` or `values` array: "=…" is a formula (in `values`
 * too), "'…" is text without the quote, other strings are parsed as typed (numbers, percentages,
 * TRUE/FALSE), "" or null empties the cell.
 */
function typedInput(input: unknown, kind: 'formulas' | 'values'): { formula?: string; content: unknown } {
  if (input === null || input === undefined || input === '') return { content: null };
  if (typeof input === 'number' || typeof input === 'boolean') return { content: input };
  if (typeof input !== 'string') throw new OfficeError('InvalidArgument', `${kind}: ${typeof input} is not a cell value`);
  if (input.startsWith('=') && input.length > 1) return { formula: input, content: null };
  if (input.startsWith("'")) return { content: `'${input.slice(1)}` };
  const text = input.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return { content: Number(text) };
  if (/^[+-]?(\d+\.?\d*|\.\d+)%$/.test(text)) return { content: Number(text.slice(0, -1)) / 100 };
  if (/^(true|false)$/i.test(text)) return { content: text.toUpperCase() === 'TRUE' };
  // Text for the engine: the quote keeps HyperFormula from parsing it again.
  return { content: `'${input}` };
}
