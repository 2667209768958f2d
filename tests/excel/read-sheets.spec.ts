import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sheetMarker } from '../../src/core/sheet-plan/sheet-keys';
import { SheetNotFoundError } from '../../src/excel/errors';
import { listAddinSheets, readSheet } from '../../src/excel/read-sheets';
import { FakeExcel } from './fake-excel';

const scoring = sheetMarker({ kind: 'scoring', templateId: 'gov-site', templateVersion: '2024.1' });
const summary = sheetMarker({ kind: 'summary', templateId: 'gov-site', templateVersion: '2024.1' });

let fake: FakeExcel;
afterEach(() => expect(fake.session.violations).toEqual([]));

describe('readSheet', () => {
  beforeEach(() => {
    fake = new FakeExcel([
      {
        name: '评分表',
        values: [['标题', '', scoring], ['1.1', 8, 'input:a:0'], ['合计', 8, 'total:total']],
        // "'1.1" is text, as a user would type it; Excel would make 1.1 a number otherwise.
        formulas: [['标题', '', scoring], ["'1.1", 8, 'input:a:0'], ['合计', '=SUM(B2:B2)', 'total:total']],
      },
    ]);
    fake.install();
  });

  it('reads the used range in one sync, loading only address, values and formulas', async () => {
    const snapshot = await readSheet('评分表');
    expect(snapshot).toEqual({
      name: '评分表',
      address: "'评分表'!A1:C3",
      values: [['标题', '', scoring], ['1.1', 8, 'input:a:0'], ['合计', 8, 'total:total']],
      formulas: [['标题', '', scoring], ['1.1', 8, 'input:a:0'], ['合计', '=SUM(B2:B2)', 'total:total']],
    });
    expect(fake.session.syncCount).toBe(1);
    expect(fake.session.loads).toEqual([{ target: '评分表!usedRange', properties: ['address', 'values', 'formulas'] }]);
  });

  it('throws SheetNotFoundError for an unknown sheet', async () => {
    await expect(readSheet('不存在')).rejects.toBeInstanceOf(SheetNotFoundError);
  });
});

describe('listAddinSheets', () => {
  it('recognises marked sheets and ignores the others, in two syncs', async () => {
    fake = new FakeExcel([
      { name: 'Sheet1', values: [['用户数据', 'gov-eval|scoring|v9|x|y']] },
      { name: '评分表', values: [['标题', '', scoring], ['', '', 'input:a:0']] },
      { name: '空表' },
      { name: '用户加了列', values: [['标题', summary, '备注']] },
      { name: '标记在第二行', values: [['', ''], ['', scoring]] },
    ]);
    fake.install();
    expect(await listAddinSheets()).toEqual([
      { name: '评分表', marker: { kind: 'scoring', templateId: 'gov-site', templateVersion: '2024.1' } },
      { name: '用户加了列', marker: { kind: 'summary', templateId: 'gov-site', templateVersion: '2024.1' } },
    ]);
    expect(fake.session.syncCount).toBe(2);
  });

  it('takes two syncs for forty sheets too', async () => {
    fake = new FakeExcel(Array.from({ length: 40 }, (_, i) => ({ name: `表${i}`, values: [['x', i % 2 ? scoring : '']] })));
    fake.install();
    expect(await listAddinSheets()).toHaveLength(20);
    expect(fake.session.syncCount).toBe(2);
  });
});
