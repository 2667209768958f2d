/** GOV formulas written before Excel registered the functions stay #NAME?: entered again, or the user is told. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SheetPlan } from '../../src/core/sheet-plan/plan-types';
import { applyWorkbookPlan } from '../../src/excel/apply-plan';
import { FunctionsNotRegisteredError } from '../../src/excel/functions-probe';
import { FakeExcel } from './fake-excel';

const sheet: SheetPlan = {
  name: '甲县',
  kind: 'scoring',
  cells: [
    [{ value: '检查数' }, { value: 10 }],
    [{ value: '不合格数' }, { value: 2 }],
    [{ value: '得分' }, { formula: 'GOV.NEWMEDIA_SUPERVISION(B1,B2,2)' }],
  ],
  columns: [],
  merges: [],
  styles: [],
  validations: [],
  freeze: { rows: 0, columns: 0 },
  print: { orientation: 'portrait', paper: 'A4', fitToWidth: false, repeatRows: [0, 0] },
};

let fake: FakeExcel;
beforeEach(() => {
  fake = new FakeExcel([{ name: 'Sheet1', values: [['x']] }]);
  fake.install();
});
afterEach(() => expect(fake.session.violations).toEqual([]));

describe('GOV formulas and function registration', () => {
  it('reads the GOV cells once and leaves them when they compute', async () => {
    await applyWorkbookPlan({ sheets: [sheet], portable: false });
    expect(fake.value('甲县', 'B3')).toBeCloseTo(1.6, 12);
    expect(fake.session.loads.filter((l) => l.properties.includes('values')).map((l) => l.target)).toEqual(['甲县!B3']);
  });

  it('enters #NAME? formulas again once the functions are registered, so they compute', async () => {
    fake.engine.functionsRegistered = false;
    // Registered while the sheet is written: the formula already in the cell stays #NAME? (office-js #6395).
    fake.registerFunctionsAtSync = 3;
    await applyWorkbookPlan({ sheets: [sheet], portable: false });
    expect(fake.value('甲县', 'B3')).toBeCloseTo(1.6, 12);
    expect(fake.session.writes.filter((w) => w.property === 'formulas').map((w) => w.target)).toEqual(['甲县!A1:B3', '甲县!B3']);
  });

  it('says in Chinese what to do when the functions are not there at all, and keeps the sheet', async () => {
    fake.engine.functionsRegistered = false;
    const error = await applyWorkbookPlan({ sheets: [sheet], portable: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FunctionsNotRegisteredError);
    expect((error as Error).message).toContain('得分单元格显示 #NAME?（甲县）');
    expect((error as Error).message).toContain('我的加载项');
    expect(fake.sheets.map((s) => s.name)).toEqual(['Sheet1', '甲县']);
    expect(fake.value('甲县', 'B3')).toBe('#NAME?');
  });
});
