/** The pure parts of the adapter: what a cell becomes in the formulas array, and the pre-write plan check. */
import { describe, expect, it } from 'vitest';
import type { SheetPlan } from '../../src/core/sheet-plan/plan-types';
import { InvalidPlanError, SheetExistsError } from '../../src/excel/errors';
import { assertPlanWritable } from '../../src/core/workbook-writing/plan-check';
import { cellInput, rangeSize } from '../../src/core/workbook-writing/plan-cells';

describe('cellInput', () => {
  it.each([
    [null, ''],
    [{}, ''],
    [{ value: null }, ''],
    [{ formula: 'SUM(A1:A3)' }, '=SUM(A1:A3)'],
    [{ value: 3.5 }, 3.5],
    [{ value: true }, true],
    [{ value: '政府网站' }, '政府网站'],
    [{ value: '1.10' }, "'1.10"],
    [{ value: '2024-01' }, "'2024-01"],
    [{ value: '=不是公式' }, "'=不是公式"],
    [{ value: 'TRUE' }, "'TRUE"],
    [{ value: '2024年3月' }, "'2024年3月"],
    [{ value: '第1项' }, '第1项'],
  ])('%j → %j', (cell, expected) => {
    expect(cellInput(cell)).toBe(expected);
  });

  it('sizes ranges', () => {
    expect(rangeSize('G10:H13')).toEqual({ rows: 4, columns: 2 });
    expect(rangeSize('D10')).toEqual({ rows: 1, columns: 1 });
  });
});

describe('assertPlanWritable', () => {
  const sheet: SheetPlan = {
    name: '评分表',
    kind: 'scoring',
    cells: [[{ value: 'x' }]],
    columns: [{ width: 8 }],
    merges: [],
    styles: [],
    validations: [],
    freeze: { rows: 0, columns: 0 },
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: false, repeatRows: [1, 1] },
  };
  const check = (...sheets: SheetPlan[]) => () => assertPlanWritable({ sheets, portable: true });
  const texts = { prompt: { title: 't', message: 'm' }, error: { title: 't', message: 'm' } };

  it('accepts a plain plan', () => expect(check(sheet)).not.toThrow());
  it('refuses two sheets with the same name (any case)', () => {
    expect(check(sheet, { ...sheet, name: '评分表' })).toThrow(SheetExistsError);
  });
  it.each([['a/b'], ['x'.repeat(32)], ["'引号"]])('refuses the sheet name %j', (name) => {
    expect(check({ ...sheet, name })).toThrow(InvalidPlanError);
  });
  it('refuses whole-column addresses and list items with commas', () => {
    expect(check({ ...sheet, merges: ['A:B'] })).toThrow(InvalidPlanError);
    expect(check({ ...sheet, validations: [{ range: 'B2', rule: { type: 'list', list: ['a,b'], ...texts } }] })).toThrow(/英文逗号/);
  });
});
