import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sheetMarker } from '../../src/core/sheet-plan/sheet-keys';
import { watchAddinSheets } from '../../src/excel/changes';
import { UnsupportedHostError } from '../../src/excel/errors';
import { FakeExcel } from './fake-excel';

const scoring = sheetMarker({ kind: 'scoring', templateId: 'gov-site', templateVersion: '2024.1' });

let fake: FakeExcel;
let changes: string[];
const listener = (sheet: string, address: string) => void changes.push(`${sheet}!${address}`);

beforeEach(() => {
  fake = new FakeExcel([
    { name: '评分表', values: [['标题', scoring]] },
    { name: '用户表', values: [['我的数据']] },
  ]);
  fake.install();
  changes = [];
});
afterEach(() => expect(fake.session.violations).toEqual([]));

describe('watchAddinSheets', () => {
  it('uses one workbook-level handler on ExcelApi 1.9 and forwards add-in sheet changes as they are', async () => {
    const unsubscribe = await watchAddinSheets(listener);
    expect(fake.handlers.map((h) => h.scope)).toEqual(['workbook']);
    await fake.fireChanged('评分表', 'H12:J20');
    await fake.fireChanged('用户表', 'A1');
    expect(changes).toEqual(['评分表!H12:J20']);
    await unsubscribe();
    await fake.fireChanged('评分表', 'H13');
    expect(changes).toEqual(['评分表!H12:J20']);
    expect(fake.handlers.every((h) => h.removed)).toBe(true);
  });

  it('reports a renamed sheet under its new name', async () => {
    await watchAddinSheets(listener);
    fake.sheets[0].name = '改名后';
    await fake.fireChanged('改名后', 'C3');
    expect(changes).toEqual(['改名后!C3']);
  });

  it('falls back to per-sheet handlers on the add-in sheets with ExcelApi 1.7', async () => {
    fake.apiVersion = '1.7';
    const unsubscribe = await watchAddinSheets(listener);
    expect(fake.handlers.map((h) => h.scope)).toEqual([fake.sheets[0].id]);
    await fake.fireChanged('评分表', 'B2');
    expect(changes).toEqual(['评分表!B2']);
    await unsubscribe();
    expect(fake.handlers.every((h) => h.removed)).toBe(true);
  });

  it('throws UnsupportedHostError below ExcelApi 1.7', async () => {
    fake.apiVersion = '1.6';
    await expect(watchAddinSheets(listener)).rejects.toBeInstanceOf(UnsupportedHostError);
  });
});
