/**
 * The calculating core of the test Excel host: HyperFormula (tests only, GPL-v3 key) holds every
 * sheet's cells and computes them, with the 11 GOV custom functions registered from src/functions
 * and handed their arguments the way Excel marshals them to custom functions.
 *
 * Host rules enforced here, each with its source:
 * - Blank cells reach custom functions as 0 on Excel desktop and as null on Excel on the web, as
 *   scalars and inside matrix arguments (office-js #4702 "empty cell is passed as 0 on Windows, null
 *   on Excel Online", #1951, #5262). `blanks` picks the convention. A formula result "" arrives as "".
 * - An error value in an argument is not passed to the function: the call gives that error.
 * - A formula naming a sheet that does not exist is taken by Excel as a link to an external workbook
 *   (#REF!) and is not rebound when a sheet of that name is added later (Microsoft Learn, "Create an
 *   external reference (link) to a cell range in another workbook"; HyperFormula would rebind it, so
 *   such a formula is stored here as a permanent #REF!).
 * - GOV formulas entered while the functions are not registered stay #NAME? even after they are
 *   (office-js #6395, Excel-Custom-Functions #108): stored here as a permanent #NAME?, until the
 *   formula is entered again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CellError,
  DetailedCellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type SimpleCellAddress,
} from 'hyperformula';
import * as gov from '../../../src/functions/functions';

export type BlankConvention = 'zero' | 'null' | 'undefined';

interface CfParameter {
  name: string;
  dimensionality?: 'matrix' | 'scalar';
  optional?: boolean;
}
interface CfFunction {
  id: string;
  parameters: CfParameter[];
}

/** Excel's CustomFunctions.Error, as the functions throw it. */
export class HostCustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

/**
 * The GOV functions as Excel registers them: id, and per parameter whether it is a matrix (`any[][]`)
 * and optional. Read from the JSDoc and signatures of src/functions/functions.ts, synchronously; a
 * spec checks this against custom-functions-metadata (what the build puts in functions.json).
 */
export function governmentFunctions(): (CfFunction & { functionName: string })[] {
  const source = readFileSync(join(__dirname, '../../../src/functions/functions.ts'), 'utf8');
  const pattern = /@customfunction\s+(\w+)[\s\S]*?export function (\w+)\(([^)]*)\)/g;
  return [...source.matchAll(pattern)].map(([, id, functionName, params]) => ({
    id,
    functionName,
    parameters: params
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => {
        const [, name, optional, type] = /^(\w+)(\?)?\s*:\s*(.+)$/.exec(p) ?? [];
        return { name, optional: optional === '?' || undefined, dimensionality: type.includes('[][]') ? 'matrix' : 'scalar' } as CfParameter;
      }),
  }));
}

const FUNCTIONS = governmentFunctions();
const IMPLEMENTATION = new Map(FUNCTIONS.map((f) => [f.id, (gov as unknown as Record<string, (...args: unknown[]) => unknown>)[f.functionName]]));

/**
 * How a host runs custom functions: the function registered as GOV.<id> (undefined: #NAME?), and the
 * cell value a thrown value becomes (undefined: rethrown — a bug in the function, failing the test).
 */
export interface CustomFunctionHost {
  implementation(id: string): ((...args: unknown[]) => unknown) | undefined;
  thrownValue(thrown: unknown): { error: string } | { text: string } | undefined;
}

/** Excel: the functions of src/functions; a CustomFunctions.Error becomes #VALUE! with its message. */
export const EXCEL_FUNCTIONS: CustomFunctionHost = {
  implementation: (id) => IMPLEMENTATION.get(id),
  thrownValue: (thrown) => (thrown instanceof HostCustomFunctionError ? { error: thrown.message } : undefined),
};

/** The engine that is calculating (one engine calculates at a time). */
let current: { blanks: BlankConvention; customFunctions: CustomFunctionHost } = { blanks: 'null', customFunctions: EXCEL_FUNCTIONS };

function marshal(value: unknown): unknown {
  if (value === EmptyValue || value === null || value === undefined) return current.blanks === 'zero' ? 0 : current.blanks === 'undefined' ? undefined : null;
  return value;
}

/** Excel hands a matrix parameter a 2-D array (a scalar as [[x]]); a scalar parameter one value. */
function argument(raw: unknown, parameter: CfParameter): unknown {
  if (parameter.dimensionality === 'matrix') {
    if (raw instanceof SimpleRangeValue) return raw.rawData().map((row) => row.map(marshal));
    return [[marshal(raw)]];
  }
  if (raw instanceof SimpleRangeValue) {
    const data = raw.rawData();
    if (data.length === 1 && data[0].length === 1) return marshal(data[0][0]);
    throw new Error(`a range was passed to the scalar parameter ${parameter.name}`);
  }
  return marshal(raw);
}

function firstError(raw: unknown): CellError | null {
  if (raw instanceof CellError) return raw;
  if (raw instanceof SimpleRangeValue) {
    for (const row of raw.rawData()) for (const cell of row) if (cell instanceof CellError) return cell;
  }
  return null;
}

/** Calls one GOV function as Excel would and turns its result or CustomFunctions.Error into a cell value. */
function callGov(fn: CfFunction, rawArgs: unknown[]): unknown {
  const error = rawArgs.map(firstError).find((e) => e !== null);
  if (error) return error;
  const args = fn.parameters.map((parameter, index) => {
    // An omitted optional argument arrives as null in both hosts.
    if (index >= rawArgs.length || rawArgs[index] === undefined) return null;
    return argument(rawArgs[index], parameter);
  });
  const implementation = current.customFunctions.implementation(fn.id);
  if (!implementation) return new CellError(ErrorType.NAME, `GOV.${fn.id} is not registered`);
  try {
    const result = implementation(...args);
    if (typeof result === 'number' || typeof result === 'string' || typeof result === 'boolean') return result;
    return new CellError(ErrorType.VALUE, `GOV.${fn.id} returned ${String(result)}`);
  } catch (thrown) {
    const value = current.customFunctions.thrownValue(thrown);
    if (!value) throw thrown;
    return 'error' in value ? new CellError(ErrorType.VALUE, value.error) : value.text;
  }
}

class GovPlugin extends FunctionPlugin {
  static override implementedFunctions = Object.fromEntries(
    FUNCTIONS.map((fn) => [
      `GOV.${fn.id}`,
      {
        method: 'gov',
        parameters: fn.parameters.map(() => ({ argumentType: FunctionArgumentType.ANY, optionalArg: true })),
        vectorizationForbidden: true,
        // Array expressions in arguments (IF(ISBLANK(H5:H8),"",H5:H8)) evaluate as arrays, as in Excel with dynamic arrays.
        enableArrayArithmeticForArguments: true,
      },
    ]),
  );

  gov(ast: { procedureName: string; args: unknown[] }, state: unknown): unknown {
    const id = ast.procedureName.replace(/^GOV\./i, '').toUpperCase();
    const fn = FUNCTIONS.find((f) => f.id === id);
    if (!fn) return new CellError(ErrorType.NAME);
    const run = (this as unknown as { runFunction: (...a: unknown[]) => unknown }).runFunction.bind(this);
    return run(ast.args, state, this.metadata(`GOV.${fn.id}`), (...args: unknown[]) => callGov(fn, args));
  }
}

HyperFormula.registerFunctionPlugin(GovPlugin, {
  enGB: Object.fromEntries(FUNCTIONS.map((fn) => [`GOV.${fn.id}`, `GOV.${fn.id}`])),
  enUS: Object.fromEntries(FUNCTIONS.map((fn) => [`GOV.${fn.id}`, `GOV.${fn.id}`])),
});

Object.assign(globalThis, {
  CustomFunctions: { Error: HostCustomFunctionError, ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' } },
});

/** A cell value as Office.js `values` returns it: "" for empty, error values as their text. */
export type ExcelValue = string | number | boolean;

const SHEET_REFERENCE = /(?:'((?:[^']|'')+)'|([\p{L}\p{N}_.]+))!/gu;

/** The sheet names a formula refers to ('甲县'!I12, Sheet2!A1). */
export function referencedSheets(formula: string): string[] {
  const withoutStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return [...withoutStrings.matchAll(SHEET_REFERENCE)].map((m) => (m[1] ?? m[2]).replace(/''/g, "'"));
}

export class CalcEngine {
  readonly hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', useArrayArithmetic: false, maxRows: 1_048_576, maxColumns: 16_384 });
  blanks: BlankConvention;
  functionsRegistered = true;
  customFunctions: CustomFunctionHost = EXCEL_FUNCTIONS;

  constructor(blanks: BlankConvention) {
    this.blanks = blanks;
  }

  /** Runs `change` with this engine's blank convention and functions in force (HyperFormula recalculates inside it). */
  calculate<T>(change: () => T): T {
    const before = current;
    current = { blanks: this.blanks, customFunctions: this.customFunctions };
    try {
      return change();
    } finally {
      current = before;
    }
  }

  /** A formula's value in a sheet's context, as Office.js / VBA Evaluate gives it (no cell written). */
  evaluate(sheet: number, formula: string): ExcelValue {
    return this.calculate(() => {
      const value = this.hf.calculateFormula(this.engineFormula(formula.startsWith('=') ? formula : `=${formula}`), sheet);
      return toExcelValue(Array.isArray(value) ? value[0]?.[0] : value);
    });
  }

  addSheet(name: string): number {
    this.calculate(() => this.hf.addSheet(name));
    return this.sheetId(name);
  }

  sheetId(name: string): number {
    const id = this.hf.getSheetId(name);
    if (id === undefined) throw new Error(`engine: no sheet ${name}`);
    return id;
  }

  hasSheet(name: string): boolean {
    return this.hf.getSheetId(name) !== undefined;
  }

  /**
   * What the engine is given for a formula Excel accepted: the formula itself, or a permanent error
   * where Excel would keep one (a missing sheet, functions not registered yet).
   */
  engineFormula(formula: string): string {
    if (referencedSheets(formula).some((name) => !this.hasSheet(name))) return '=#REF!';
    if (!this.functionsRegistered && /\bGOV\./i.test(formula)) return '=#NAME?';
    return engineNumbers(formula);
  }

  setCells(sheet: number, row: number, column: number, contents: unknown[][]): void {
    this.calculate(() => this.hf.setCellContents({ sheet, row, col: column }, contents as never));
  }

  /** Calculated values of a box, as Office.js returns them. */
  values(sheet: number, row0: number, column0: number, row1: number, column1: number): ExcelValue[][] {
    return this.calculate(() =>
      Array.from({ length: row1 - row0 + 1 }, (_, r) =>
        Array.from({ length: column1 - column0 + 1 }, (_, c) => toExcelValue(this.hf.getCellValue({ sheet, row: row0 + r, col: column0 + c }))),
      ),
    );
  }

  value(address: SimpleCellAddress): ExcelValue {
    return this.calculate(() => toExcelValue(this.hf.getCellValue(address)));
  }

  /** Recalculates everything (Excel's application.calculate). */
  rebuild(): void {
    this.calculate(() => this.hf.rebuildAndRecalculate());
  }
}

/**
 * Excel writes number literals with an upper-case exponent (9E+307, in the portable formulas'
 * "no cap" bound); HyperFormula parses only a lower-case one ("Parsing error … found: E"). Only the
 * engine's copy is changed (outside string literals): the cell keeps Excel's text.
 */
function engineNumbers(formula: string): string {
  return formula.replace(/("(?:[^"]|"")*")|(\d)E([+-]?\d)/g, (_match, text: string | undefined, digit: string, exponent: string) => (text !== undefined ? text : `${digit}e${exponent}`));
}

function toExcelValue(value: unknown): ExcelValue {
  if (value === null || value === undefined) return '';
  if (value instanceof DetailedCellError) return value.value;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}
