/** 按单位拆分 in the fake Excel host: constant syncs, only the add-in's unit sheets replaced, user sheets kept. */
import { afterEach, describe, expect, it } from 'vitest';
import { sheetMarker } from '../../src/core/sheet-plan/sheet-keys';
import type { WorkbookPlan } from '../../src/core/sheet-plan/plan-types';
import { unitViews } from '../../src/core/task-split/assignments';
import { deriveMembers, type MemberList } from '../../src/core/task-split/members';
import type { TaskSplit } from '../../src/core/task-split/task-split';
import { planUnitWorkbook } from '../../src/core/task-split/unit-sheets-plan';
import { SheetExistsError } from '../../src/excel/errors';
import { replaceAddinSheets } from '../../src/excel/replace-addin-sheets';
import { FakeExcel } from './fake-excel';

const marker = (kind: 'unit-tasks' | 'unit-index' | 'task-split', templateId = 'liujiang-task-split') => sheetMarker({ kind, templateId, templateVersion: 'v1' });
const isUnitSheet = (m: { kind: string; templateId: string }) => (m.kind === 'unit-tasks' || m.kind === 'unit-index') && m.templateId === 'liujiang-task-split';

/** A split of `units` units with `rows` rows each. */
function unitPlan(units: number, rows: number): WorkbookPlan {
  const names = Array.from({ length: units }, (_, i) => `单位${i + 1}`);
  const split: TaskSplit = {
    templateId: 'liujiang-task-split',
    title: '任务分解表',
    linkedTemplateId: null,
    rows: Array.from({ length: rows }, (_, i) => ({ id: `r${i}`, level1: '一级', level2: `二级${i}`, level3: null, description: '说明', column: '栏目', responsible: names.join('、'), weight: 1 })),
  };
  const list: MemberList = deriveMembers(names);
  return planUnitWorkbook(split, unitViews(split, list), { templateVersion: 'v1', existingSheets: ['任务分解表'] });
}

let fake: FakeExcel;
afterEach(() => expect(fake.session.violations).toEqual([]));
const callsOf = (method: string) => fake.session.calls.filter((c) => c.method === method);

function install(sheets: ConstructorParameters<typeof FakeExcel>[0]): void {
  fake = new FakeExcel(sheets);
  fake.install();
}

describe('replaceAddinSheets', () => {
  it('takes 4 syncs for 3 units × 5 rows and for 30 units × 200 rows', async () => {
    const syncs = async (units: number, rows: number) => {
      install([{ name: '任务分解表', values: [['标题', marker('task-split')]] }]);
      const result = await replaceAddinSheets(unitPlan(units, rows), isUnitSheet);
      expect(result.written).toHaveLength(units + 1);
      return fake.session.syncCount;
    };
    expect(await syncs(3, 5)).toBe(4);
    expect(await syncs(30, 200)).toBe(4);
  });

  it('deletes only the unit sheets of this split, keeps user sheets and other splits’ sheets', async () => {
    install([
      { name: '任务分解表', values: [['标题', marker('task-split')]] },
      { name: '单位索引', values: [['索引', marker('unit-index')]] },
      { name: '单位1', values: [['旧', marker('unit-tasks')]] },
      { name: '旧单位', values: [['改名前的单位表', marker('unit-tasks')]] },
      { name: '另一张分解表的单位', values: [['x', marker('unit-tasks', 'gx-2023-county')]] },
      { name: '我的笔记', values: [['用户数据']] },
    ]);
    const result = await replaceAddinSheets(unitPlan(2, 3), isUnitSheet);
    expect(result).toEqual({ removed: ['单位索引', '单位1', '旧单位'], written: ['单位索引', '单位1', '单位2'] });
    expect(callsOf('delete').map((c) => c.target)).toEqual(['单位索引', '单位1', '旧单位']);
    expect(fake.sheets.map((s) => s.name)).toEqual(['任务分解表', '另一张分解表的单位', '我的笔记', '单位索引', '单位1', '单位2']);
    expect(fake.sheets.find((s) => s.name === '我的笔记')?.values).toEqual([['用户数据']]);
  });

  it('refuses before any change when a plan name is a user sheet', async () => {
    install([
      { name: '单位索引', values: [['用户自己的索引']] },
      { name: '单位1', values: [['旧', marker('unit-tasks')]] },
    ]);
    await expect(replaceAddinSheets(unitPlan(2, 3), isUnitSheet)).rejects.toBeInstanceOf(SheetExistsError);
    expect(callsOf('delete')).toEqual([]);
    expect(callsOf('add')).toEqual([]);
    expect(fake.session.writes).toEqual([]);
  });

  it('switches events off for the write and back on, and writes each sheet as one 2-D array with the HYPERLINK formulas', async () => {
    install([{ name: '任务分解表', values: [['标题', marker('task-split')]] }]);
    await replaceAddinSheets(unitPlan(2, 3), isUnitSheet);
    expect(fake.session.writes.filter((w) => w.property === 'enableEvents').map((w) => w.value)).toEqual([false, true]);
    const cells = fake.session.writes.filter((w) => w.property === 'formulas');
    expect(cells.map((w) => w.target)).toEqual(['单位索引!A1:F4', '单位1!A1:H6', '单位2!A1:H6']);
    expect((cells[0].value as unknown[][])[2][4]).toBe(`=HYPERLINK("#'单位1'!A1","单位1")`);
  });
});
