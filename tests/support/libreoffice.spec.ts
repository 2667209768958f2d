import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recalculate, type CellSpec, type Computed } from './libreoffice';

// Two soffice runs in the whole file: `results` (every check on one sheet) and `bulk` (400 formulas).
// Expected values are worked out by hand from the inputs below.

const SHEET = '评分 表';

//        A       B       C
// 1      1       2       3
// 2      4       'x'     6
// 3      10      (empty) -2.5
// 4      'abc'   TRUE    5
const inputs: CellSpec[] = [
  { address: 'A1', value: 1 },
  { address: 'B1', value: 2 },
  { address: 'C1', value: 3 },
  { address: 'A2', value: 4 },
  { address: 'B2', value: 'x' },
  { address: 'C2', value: 6 },
  { address: 'A3', value: 10 },
  { address: 'B3', value: null },
  { address: 'C3', value: -2.5 },
  { address: 'A4', value: 'abc' },
  { address: 'B4', value: true },
  { address: 'C4', value: 5 },
];

const num = (value: number): Computed => ({ kind: 'number', value });
const text = (value: string): Computed => ({ kind: 'text', value });
const bool = (value: boolean): Computed => ({ kind: 'boolean', value });

/** formula → the result Excel gives (and LibreOffice must give too). */
const checks: Array<[string, Computed]> = [
  // numbers and SUMPRODUCT
  ['SUMPRODUCT(A1:C1,A3:C3)', num(2.5)], // 1*10 + 2*empty(0) + 3*-2.5
  ['SUMPRODUCT(A1:C1,A2:C2)', num(22)], // 1*4 + 2*'x'(0) + 3*6: text in a range argument counts as 0
  ['SUMPRODUCT(A1:C1*A3:C3)', num(2.5)], // array product: an empty cell is 0 in arithmetic
  ['SUMPRODUCT((A1:C1>1)*A1:C1)', num(5)], // 2 + 3
  ['SUMPRODUCT(--(A2:C2>4))', num(2)], // 'x' > 4 (text sorts after numbers) and 6 > 4
  ['SUM(A1:C3)', num(23.5)], // 1+2+3+4+6+10-2.5
  ['MIN(A1:C3)', num(-2.5)],
  ['MAX(A1:C3)', num(10)],
  ['COUNT(A1:C3)', num(7)],
  ['COUNTA(A1:C3)', num(8)], // 7 numbers + 'x'
  ['COUNTBLANK(A1:C3)', num(1)], // B3
  ['COUNTIF(A1:C3,">2")', num(4)], // 3, 4, 6, 10
  ['INT(C3)', num(-3)],
  ['ABS(C3)', num(2.5)],
  ['LARGE(A1:C3,2)', num(6)],
  ['SMALL(A1:C3,2)', num(1)],
  ['INDEX(A1:C3,2,3)', num(6)],
  ['MATCH(3,A1:C1,0)', num(3)],
  ['ROUND(C3,0)', num(-3)], // half away from zero
  ['ROUND(2.345,2)', num(2.35)], // 2.345 is 2.34499999… in binary; spreadsheets still round up
  ['VALUE("12.5")', num(12.5)],
  ['N(A4)', num(0)],
  ['N(A1)', num(1)],
  ['IFERROR(A1*2,"err")', num(2)],
  ['AVERAGE(A1:C1)', num(2)],
  ['AVERAGE(A3:C3)', num(3.75)], // (10 - 2.5) / 2: the empty cell is skipped
  ['A1+"5"', num(6)], // a numeric string converts in arithmetic
  ['DATE(2024,1,1)', num(45292)], // dates come back as serial numbers
  ['TIME(18,0,0)', num(0.75)],
  // text
  ['IF(A1>B1,"big","small")', text('small')],
  ['A4&"-"&A1', text('abc-1')],
  ['"1"', text('1')],
  ['IFERROR(1/0,"err")', text('err')],
  ['IF(B3="","",1)', text('')], // a formula returning "" is text '', not blank
  // booleans
  ['A1<B1', bool(true)],
  ['AND(A1>0,B1>5)', bool(false)],
  ['OR(A1>5,B1=2)', bool(true)],
  ['NOT(B4)', bool(false)],
  ['ISNUMBER(B2)', bool(false)],
  ['ISTEXT(B2)', bool(true)],
  ['ISERROR(1/0)', bool(true)],
  ['ISERROR(A1)', bool(false)],
  // the empty input cell B3
  ['ISBLANK(B3)', bool(true)],
  ['B3=""', bool(true)],
  ['ISBLANK(A3)', bool(false)],
  ['B3', num(0)], // a reference to an empty cell is 0
  ['B3+1', num(1)],
  // a sheet-qualified reference to the sheet itself
  [`'${SHEET}'!C1*2`, num(6)],
];

/** Errors: Excel's text and LibreOffice's, where they differ. */
const errorChecks: Array<[string, string]> = [
  ['1/0', '#DIV/0!'],
  ['VALUE("x")', 'Err:502'], // Excel: #VALUE!
  ['SUMPRODUCT(A1:C1*A2:C2)', '#VALUE!'], // 2*'x' in an array product
  ['SUMPRODUCT(A1:C1,A2:B2)', '#VALUE!'], // ranges of different sizes
  ['MATCH(99,A1:C1,0)', '#N/A'],
  ['AVERAGE(A4)', '#DIV/0!'],
  ['LARGE(A1:C1,5)', '#VALUE!'], // Excel: #NUM!
  ['INDEX(A1:C1,1,5)', 'Err:502'], // Excel: #REF!
];

/** LibreOffice results that differ from Excel's, pinned so that specs know (and a change shows). */
const differences: Array<[string, Computed, string]> = [
  ['SUM(B4:C4)', num(6), 'Excel ignores TRUE in a range: 5'],
  ['COUNT(B4:C4)', num(2), 'Excel: 1'],
  ['SUMPRODUCT(B4:C4,B1:C1)', num(17), 'Excel treats TRUE in a range as 0: 15'],
  ['MIN(B4)', bool(true), 'Excel: 0'],
];

function column(cells: number, prefix: string): string[] {
  return Array.from({ length: cells }, (_, i) => `${prefix}${i + 1}`);
}

const formulaAddresses = column(checks.length + errorChecks.length + differences.length + 1, 'F');
const chainedAddress = formulaAddresses[formulaAddresses.length - 1];
let results: Map<string, Computed>;

const BULK_ROWS = 100;
let bulk: Map<string, Computed>;
let bulkMs = 0;

beforeAll(async () => {
  const formulas = [...checks.map(([f]) => f), ...errorChecks.map(([f]) => f), ...differences.map(([f]) => f)];
  const cells: CellSpec[] = [
    ...inputs,
    ...formulas.map((formula, i) => ({ address: formulaAddresses[i], formula })),
    // a formula over another formula's result: F1 is SUMPRODUCT(A1:C1,A3:C3) = 2.5
    { address: chainedAddress, formula: 'F1*2' },
  ];
  results = await recalculate(cells, SHEET);

  // 100 input rows, 4 formulas each = 400 formula cells in one call.
  const bulkCells: CellSpec[] = [];
  for (let r = 1; r <= BULK_ROWS; r++) {
    bulkCells.push(
      { address: `A${r}`, value: r },
      { address: `B${r}`, formula: `A${r}*2` },
      { address: `C${r}`, formula: `IF(A${r}>50,"high","low")` },
      { address: `D${r}`, formula: `SUMPRODUCT($A$1:A${r},$A$1:A${r})` },
      { address: `E${r}`, formula: `IF(A${r}>90,"",1/(A${r}-50))` },
    );
  }
  const started = performance.now();
  bulk = await recalculate(bulkCells);
  bulkMs = performance.now() - started;
}, 180_000);

describe('recalculate (LibreOffice)', () => {
  it.each(checks.map(([formula, expected], i) => ({ formula, expected, address: formulaAddresses[i] })))(
    '$formula',
    ({ expected, address }) => {
      const got = results.get(address);
      if (expected.kind === 'number' && got?.kind === 'number') {
        expect(got.value).toBeCloseTo(expected.value, 12);
      } else {
        expect(got).toEqual(expected);
      }
    },
  );

  it.each(errorChecks.map(([formula, errorText], i) => ({ formula, errorText, address: formulaAddresses[checks.length + i] })))(
    '$formula is the error $errorText',
    ({ errorText, address }) => {
      expect(results.get(address)).toEqual({ kind: 'error', text: errorText });
    },
  );

  it.each(
    differences.map(([formula, expected, excel], i) => ({
      formula,
      expected,
      excel,
      address: formulaAddresses[checks.length + errorChecks.length + i],
    })),
  )('differs from Excel: $formula ($excel)', ({ expected, address }) => {
    expect(results.get(address)).toEqual(expected);
  });

  it('computes formulas over formula results', () => {
    expect(results.get(chainedAddress)).toEqual(num(5));
  });

  it('returns exactly the formula cells, by address', () => {
    expect([...results.keys()].sort()).toEqual([...formulaAddresses].sort());
    expect(results.has('A1')).toBe(false);
  });

  it('computes 400 formula cells in one call', () => {
    expect(bulk.size).toBe(400);
    for (let r = 1; r <= BULK_ROWS; r++) {
      expect(bulk.get(`B${r}`)).toEqual(num(r * 2));
      expect(bulk.get(`C${r}`)).toEqual(text(r > 50 ? 'high' : 'low'));
      const squares = bulk.get(`D${r}`);
      expect(squares).toEqual(num((r * (r + 1) * (2 * r + 1)) / 6));
      const e = bulk.get(`E${r}`);
      if (r > 90) expect(e).toEqual(text(''));
      else if (r === 50) expect(e).toEqual({ kind: 'error', text: '#DIV/0!' });
      else expect(e?.kind === 'number' ? e.value : e).toBeCloseTo(1 / (r - 50), 12);
    }
    console.info(`recalculate: 400 formula cells in ${Math.round(bulkMs)} ms`);
  });
});

describe('recalculate errors', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lo-spec-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('says how to install soffice when it is missing', async () => {
    await expect(recalculate([{ address: 'A1', formula: '1+1' }], 'Sheet1', { soffice: join(dir, 'no-soffice') })).rejects.toThrow(
      /soffice was not found.*ensure-system-deps\.sh soffice:libreoffice-calc-nogui/,
    );
  });

  it("includes soffice's stderr when the conversion fails", async () => {
    const fake = join(dir, 'failing-soffice');
    writeFileSync(fake, '#!/bin/sh\necho "Error: source file could not be loaded" >&2\nexit 3\n');
    chmodSync(fake, 0o755);
    await expect(recalculate([{ address: 'A1', formula: '1+1' }], 'Sheet1', { soffice: fake })).rejects.toThrow(
      /conversion failed \(.*exited with 3\)[\s\S]*stderr: Error: source file could not be loaded/,
    );
  });

  it('rejects cells it cannot write faithfully, before starting soffice', async () => {
    const missing = { soffice: join(dir, 'no-soffice') }; // would fail differently if it got that far
    await expect(recalculate([{ address: '1A', value: 1 }], 'Sheet1', missing)).rejects.toThrow(/not a cell address/);
    await expect(recalculate([{ address: 'A1', value: 1 }, { address: 'a1', formula: '2' }], 'Sheet1', missing)).rejects.toThrow(
      /A1 is given twice/,
    );
    await expect(recalculate([{ address: 'A1', value: '' }], 'Sheet1', missing)).rejects.toThrow(/use null for an empty cell/);
    await expect(recalculate([{ address: 'A1', value: 1, formula: '2' }], 'Sheet1', missing)).rejects.toThrow(/both a value and a formula/);
  });
});
