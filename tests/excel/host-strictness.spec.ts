/** The test host must be able to fail: reads of unloaded or unsynced properties are caught. */
import { beforeEach, describe, expect, it } from 'vitest';
import { FakeExcel } from './fake-excel';

let fake: FakeExcel;
beforeEach(() => {
  fake = new FakeExcel([{ name: '数据', values: [['a', 1]] }]);
  fake.install();
});

const usedRange = (context: Excel.RequestContext) => context.workbook.worksheets.getItem('数据').getUsedRange(true);

describe('the test host is strict', () => {
  it('fails a read of a property that was never loaded', async () => {
    const read = Excel.run(async (context) => {
      const range = usedRange(context);
      await context.sync();
      return range.values;
    });
    await expect(read).rejects.toThrow(/read of 数据!usedRange.values without load\(\) and sync\(\)/);
    expect(fake.session.violations).toHaveLength(1);
  });

  it('fails a read of a property loaded but not synced', async () => {
    const read = Excel.run(async (context) => usedRange(context).load('address').address);
    await expect(read).rejects.toThrow(/before context.sync\(\) was called/);
  });

  it('records the violation even when the code under test swallows the exception', async () => {
    await Excel.run(async (context) => {
      try {
        return usedRange(context).address;
      } catch {
        return null;
      }
    });
    expect(fake.session.violations).toEqual([expect.stringContaining('数据!usedRange.address')]);
  });

  it('fails load() without property names, and properties the object model lacks', async () => {
    await expect(Excel.run(async (context) => usedRange(context).load())).rejects.toThrow(/loads everything/);
    await expect(Excel.run(async (context) => (usedRange(context) as unknown as { cellCount: number }).cellCount)).rejects.toThrow(/not in the test host's object model/);
  });

  it('passes a read after load() and sync()', async () => {
    const values = await Excel.run(async (context) => {
      const range = usedRange(context).load('values');
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([['a', 1]]);
    expect(fake.session.violations).toEqual([]);
    expect(fake.session.syncCount).toBe(1);
  });
});
