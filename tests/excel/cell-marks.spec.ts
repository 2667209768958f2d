import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sheetMarker } from '../../src/core/sheet-plan/sheet-keys';
import { MARK_FILL, markCells } from '../../src/excel/cell-marks';
import { NotAddinSheetError, SheetNotFoundError } from '../../src/excel/errors';
import { FakeExcel } from './fake-excel';

const scoring = sheetMarker({ kind: 'scoring', templateId: 'gov-site', templateVersion: '2024.1' });

let fake: FakeExcel;
beforeEach(() => {
  fake = new FakeExcel([
    { name: '评分表', values: [['标题', scoring]] },
    { name: '用户表', values: [['我的数据', '']] },
  ]);
  fake.install();
});
afterEach(() => expect(fake.session.violations).toEqual([]));

const fills = () => fake.session.writes.filter((w) => w.property === 'color').map((w) => `${w.target}=${String(w.value)}`);
const clears = () => fake.session.calls.filter((c) => c.method === 'clear').map((c) => c.target);

describe('markCells', () => {
  it('fills marked cells light red and clears unmarked ones', async () => {
    await markCells('评分表', ['H12', 'H14:H15'], ['H13']);
    expect(fills()).toEqual([`评分表!H12.format.fill=${MARK_FILL}`, `评分表!H14:H15.format.fill=${MARK_FILL}`]);
    expect(clears()).toEqual(['评分表!H13.format.fill']);
    expect(MARK_FILL).toBe('#FFC7CE');
  });

  it('takes two syncs for 1 cell and for 500', async () => {
    await markCells('评分表', ['A1'], []);
    const one = fake.session.syncCount;
    await markCells('评分表', Array.from({ length: 500 }, (_, i) => `H${i + 1}`), ['A1']);
    expect(fake.session.syncCount - one).toBe(one);
    expect(one).toBe(2);
  });

  it('refuses a sheet without the gov-eval marker and changes nothing', async () => {
    await expect(markCells('用户表', ['A1'], ['B1'])).rejects.toBeInstanceOf(NotAddinSheetError);
    expect(fills()).toEqual([]);
    expect(clears()).toEqual([]);
  });

  it('throws SheetNotFoundError for an unknown sheet, and refuses addresses on other sheets', async () => {
    await expect(markCells('不存在', ['A1'], [])).rejects.toBeInstanceOf(SheetNotFoundError);
    await expect(markCells('评分表', ['用户表!A1'], [])).rejects.toThrow(/not a cell address/);
  });
});
