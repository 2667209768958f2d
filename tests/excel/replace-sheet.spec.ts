import { afterEach, describe, expect, it } from 'vitest';
import { planRankingSheet, RANKING_MARKER } from '../../src/core/ranking/ranking-sheet-plan';
import { rankRows } from '../../src/core/ranking/rank-engine';
import { sheetMarker } from '../../src/core/sheet-plan/sheet-keys';
import { replaceAddinSheet } from '../../src/excel/replace-sheet';
import { EmptySelectionError, MultiAreaSelectionError, readSelection } from '../../src/excel/read-selection';
import { FakeExcel } from './fake-excel';

const summaryMarker = sheetMarker({ kind: 'summary', templateId: 'gov-site', templateVersion: '2024.1' });

function rankingPlan(sites: number) {
  const rows = Array.from({ length: sites }, (_, i) => ({ category: i % 2 ? 'A类' : 'B类', name: `网站${i + 1}`, score: 50 + (i % 50) }));
  return planRankingSheet(rankRows(rows));
}

let fake: FakeExcel;
afterEach(() => expect(fake.session.violations).toEqual([]));

const callsOf = (method: string) => fake.session.calls.filter((c) => c.method === method);
const formulasWrite = () => fake.session.writes.find((w) => w.property === 'formulas');

function install(sheets: ConstructorParameters<typeof FakeExcel>[0]): void {
  fake = new FakeExcel(sheets);
  fake.install();
}

describe('replaceAddinSheet', () => {
  it('writes 排名 when the workbook has none, in names + probes + apply syncs', async () => {
    install([{ name: '汇总', values: [['标题', summaryMarker]] }]);
    expect(await replaceAddinSheet(rankingPlan(10))).toEqual({ name: '排名', replaced: null });
    expect(callsOf('delete')).toEqual([]);
    expect(callsOf('add').filter((c) => !c.target.endsWith('.charts')).map((c) => c.args[0])).toEqual(['排名']);
    expect(fake.sheets.map((s) => s.name)).toEqual(['汇总', '排名']);
    expect(fake.session.syncCount).toBe(4); // names, probes, the new sheet, recalculation and events
  });

  it('replaces the add-in ranking sheet found by its marker, whatever its name', async () => {
    install([
      { name: '汇总', values: [['标题', summaryMarker]] },
      { name: '2024排名', values: [['旧排名', '', RANKING_MARKER]] },
    ]);
    expect(await replaceAddinSheet(rankingPlan(10))).toEqual({ name: '排名', replaced: '2024排名' });
    expect(callsOf('delete').map((c) => c.target)).toEqual(['2024排名']);
    expect(fake.sheets.map((s) => s.name)).toEqual(['汇总', '排名']);
    expect((formulasWrite()?.value as unknown[][])[0]).toContain(RANKING_MARKER);
  });

  it('never touches a user sheet named 排名: the new sheet gets a unique name', async () => {
    install([{ name: '排名', values: [['我自己的排名表']] }]);
    expect(await replaceAddinSheet(rankingPlan(4))).toEqual({ name: '排名(2)', replaced: null });
    expect(callsOf('delete')).toEqual([]);
    expect(fake.sheets.map((s) => s.name)).toEqual(['排名', '排名(2)']);
    expect(fake.sheets[0].values).toEqual([['我自己的排名表']]);
  });

  it('replaces the add-in sheet and keeps the user sheet beside it', async () => {
    install([
      { name: '排名', values: [['用户的表']] },
      { name: '排名(2)', values: [['旧排名', RANKING_MARKER]] },
    ]);
    expect(await replaceAddinSheet(rankingPlan(4))).toEqual({ name: '排名(2)', replaced: '排名(2)' });
    expect(fake.sheets.map((s) => s.name)).toEqual(['排名', '排名(2)']);
    expect(fake.sheets[0].values).toEqual([['用户的表']]);
  });

  it('takes the same number of syncs for 10 and 2000 sites', async () => {
    const syncs = async (sites: number) => {
      install([{ name: '旧', values: [['x', RANKING_MARKER]] }]);
      await replaceAddinSheet(rankingPlan(sites));
      return fake.session.syncCount;
    };
    const small = await syncs(10);
    expect(await syncs(2000)).toBe(small);
    expect(small).toBe(4); // names, probes, the new sheet, then delete + recalculation + events
  });

  it('replaces the old sheet when it is the only sheet: the new one is added before the old one goes', async () => {
    // Excel cannot delete a workbook's last visible sheet; deleting first would fail here.
    install([{ name: '排名', values: [['旧排名', RANKING_MARKER]] }]);
    expect(await replaceAddinSheet(rankingPlan(3))).toEqual({ name: '排名', replaced: '排名' });
    expect(fake.sheets.map((s) => s.name)).toEqual(['排名']);
    expect(callsOf('add').filter((c) => !c.target.endsWith('.charts')).map((c) => c.args[0])).toEqual(['排名(2)']);
    expect(fake.session.writes.filter((w) => w.property === 'name').map((w) => w.value)).toEqual(['排名']);
    expect(fake.value('排名', 'A1')).not.toBe('旧排名');
  });
});

describe('readSelection', () => {
  it('reads only the used part of the selection, in two syncs', async () => {
    install([{ name: 'Sheet1', values: [[''], ['', '名称', '得分'], ['', '甲', 90], ['', '乙', 80]] }]);
    fake.selection = { sheet: 'Sheet1', address: 'A1:D1000' };
    expect(await readSelection()).toEqual({ address: "'Sheet1'!B2:C4", values: [['名称', '得分'], ['甲', 90], ['乙', 80]] });
    expect(fake.session.syncCount).toBe(2);
    expect(fake.session.loads).toEqual([
      { target: 'Sheet1!selection', properties: ['areaCount'] },
      { target: 'Sheet1!selection.usedRange', properties: ['address', 'values'] },
    ]);
  });

  it('says in Chinese that several areas are selected, instead of a generic Excel failure', async () => {
    install([{ name: 'Sheet1', values: [['名称', '得分'], ['甲', 90]] }]);
    fake.selection = { sheet: 'Sheet1', address: 'A1:B2, D1:D2' };
    const error = await readSelection().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MultiAreaSelectionError);
    expect((error as Error).message).toBe('当前选中了 2 个不相连的区域：请只选中一个连续的表格区域（含表头）后再读取。');
  });

  it('says in Chinese that an empty selection holds no table', async () => {
    install([{ name: 'Sheet1', values: [['x']] }]);
    fake.selection = { sheet: 'Sheet1', address: 'C3:D4' };
    await expect(readSelection()).rejects.toBeInstanceOf(EmptySelectionError);
  });
});
