import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sheetMarker } from '../../src/core/sheet-plan/sheet-keys';
import { MARK_FILL, markCells } from '../../src/excel/cell-marks';
import { NotAddinSheetError, SheetNotFoundError } from '../../src/excel/errors';
import { FakeExcel } from './fake-excel';

const scoring = sheetMarker({ kind: 'scoring', templateId: 'gov-site', templateVersion: '2024.1' });
const INPUT_FILL = '#FFF2CC';

let fake: FakeExcel;
beforeEach(async () => {
  fake = new FakeExcel([
    { name: '评分表', values: [['标题', scoring]] },
    { name: '用户表', values: [['我的数据', '']] },
  ]);
  fake.install();
  // The plan's yellow 录入 fill on H12:H15, as applyWorkbookPlan leaves it.
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem('评分表').getRange('H12:H15').format.fill.color = INPUT_FILL;
    await context.sync();
  });
});
afterEach(() => expect(fake.session.violations).toEqual([]));

describe('markCells', () => {
  it('marks cells light red and, once fixed, gives them back the fill the plan gave them', async () => {
    await markCells('评分表', ['H12', 'H14:H15']);
    expect(['H12', 'H13', 'H14', 'H15'].map((cell) => fake.fill('评分表', cell))).toEqual([MARK_FILL, INPUT_FILL, MARK_FILL, MARK_FILL]);
    await markCells('评分表', ['H14']);
    expect(['H12', 'H13', 'H14', 'H15'].map((cell) => fake.fill('评分表', cell))).toEqual([INPUT_FILL, INPUT_FILL, MARK_FILL, INPUT_FILL]);
    await markCells('评分表', []);
    expect(['H12', 'H14'].map((cell) => fake.fill('评分表', cell))).toEqual([INPUT_FILL, INPUT_FILL]);
    expect(MARK_FILL).toBe('#FFC7CE');
  });

  it('takes two syncs for 1 cell and for 500', async () => {
    const before = fake.session.syncCount;
    await markCells('评分表', ['A1']);
    const one = fake.session.syncCount - before;
    await markCells('评分表', Array.from({ length: 500 }, (_, i) => `H${i + 1}`));
    expect(fake.session.syncCount - before - one).toBe(one);
    expect(one).toBe(2);
    expect(fake.fill('评分表', 'H500')).toBe(MARK_FILL);
  });

  it('refuses a sheet without the gov-eval marker and changes nothing', async () => {
    const writes = fake.session.writes.length;
    await expect(markCells('用户表', ['A1'])).rejects.toBeInstanceOf(NotAddinSheetError);
    expect(fake.session.writes.length).toBe(writes);
    expect(fake.fill('用户表', 'A1')).toBe(null);
  });

  it('throws SheetNotFoundError for an unknown sheet, and refuses addresses on other sheets', async () => {
    await expect(markCells('不存在', ['A1'])).rejects.toBeInstanceOf(SheetNotFoundError);
    await expect(markCells('评分表', ['用户表!A1'])).rejects.toThrow(/无法标记 “用户表!A1”：只能标记本工作表中的单元格或区域/);
  });
});
