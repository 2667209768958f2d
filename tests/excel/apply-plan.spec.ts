import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SheetPlan, ValidationRule, WorkbookPlan } from '../../src/core/sheet-plan/plan-types';
import { sheetMarker } from '../../src/core/sheet-plan/sheet-keys';
import { applyWorkbookPlan } from '../../src/excel/apply-plan';
import { HostError, SheetExistsError } from '../../src/excel/errors';
import type { SkippedFeature } from '../../src/excel/host-support';
import { columnWidthPoints } from '../../src/excel/sheet-writer';
import { FakeExcel } from './fake-excel';

const MARKER = sheetMarker({ kind: 'scoring', templateId: 'gov-site', templateVersion: '2024.1' });
const texts = { prompt: { title: '得分', message: '请输入 0–10 的分数' }, error: { title: '超出范围', message: '分数须在 0 到 10 之间' } };
const decimalRule: ValidationRule = { type: 'decimal', min: 0, max: 10, ...texts };

/** A small scoring sheet, written out by hand. */
const smallSheet: SheetPlan = {
  name: '评分表',
  kind: 'scoring',
  cells: [
    [{ value: '省级政府网站评分表' }, null, null, { value: MARKER }],
    [{ value: '1.10' }, { value: '是' }, { value: 7.5 }, { value: 'input:a:0' }],
    [{ value: '合计' }, null, { formula: 'SUM(C2:C2)' }, { value: 'total:total' }],
  ],
  columns: [{ width: 10 }, { width: 10 }, { width: 30 }, { width: 12, hidden: true }],
  rowHeights: { 0: 30 },
  merges: ['A1:C1'],
  styles: [
    { range: 'A1:C1', style: { bold: true, fontSize: 14, horizontal: 'center', vertical: 'middle', fill: '#DDEBF7', wrap: true } },
    { range: 'A2:C3', style: { border: true } },
    { range: 'C2:C3', style: { numberFormat: '0.00' } },
  ],
  validations: [
    { range: 'C2', rule: decimalRule },
    { range: 'B2', rule: { type: 'list', list: ['是', '否'], ...texts } },
    { range: 'C3', rule: { type: 'whole', min: 1, ...texts } },
  ],
  freeze: { rows: 1, columns: 2 },
  print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: [1, 5] },
  tabColor: '#70AD47',
};

/** A sheet with a header and `rows` input rows; its ranges grow with the rows, their number does not. */
function generatedSheet(name: string, rows: number): SheetPlan {
  const body = Array.from({ length: rows }, (_, i) => [{ value: `项目${i + 1}` }, { value: i % 10 }, { formula: `B${i + 2}*2` }, { value: `input:x:${i}` }]);
  return {
    ...smallSheet,
    name,
    cells: [[{ value: '标题' }, null, null, { value: MARKER }], ...body],
    rowHeights: {},
    merges: ['A1:C1'],
    styles: [{ range: `A2:C${rows + 1}`, style: { border: true, numberFormat: '0.0' } }],
    validations: [{ range: `B2:B${rows + 1}`, rule: decimalRule }],
  };
}

const workbook = (...sheets: SheetPlan[]): WorkbookPlan => ({ sheets, portable: false });

let fake: FakeExcel;
beforeEach(() => {
  fake = new FakeExcel([{ name: 'Sheet1', values: [['用户数据']] }]);
  fake.install();
});
afterEach(() => expect(fake.session.violations).toEqual([]));

const writesOf = (property: string) => fake.session.writes.filter((w) => w.property === property);
const write = (target: string, property: string) => fake.session.writes.find((w) => w.target === target && w.property === property)?.value;
const callsOf = (method: string) => fake.session.calls.filter((c) => c.method === method);

describe('applyWorkbookPlan: syncs', () => {
  async function syncsFor(rows: number, sheets: number): Promise<number> {
    fake = new FakeExcel();
    fake.install();
    const plan = workbook(...Array.from({ length: sheets }, (_, i) => generatedSheet(`表${i + 1}`, rows)));
    await applyWorkbookPlan(plan);
    return fake.session.syncCount;
  }

  it('takes the same number of syncs for 10 and 1000 rows, at most 3 per sheet plus the initial read', async () => {
    const ten = await syncsFor(10, 2);
    const thousand = await syncsFor(1000, 2);
    expect(thousand).toBe(ten);
    expect(ten).toBeLessThanOrEqual(1 + 3 * 2);
    expect(ten).toBe(1 + 2 + 1); // names, one per sheet, events back on
  });
});

describe('applyWorkbookPlan: cells', () => {
  it('writes the whole grid as one 2-D formulas array of the plan size, formulas with "="', async () => {
    expect(await applyWorkbookPlan(workbook(smallSheet))).toEqual(['评分表']);
    const [cells, ...others] = writesOf('formulas');
    expect(others).toEqual([]);
    expect(cells.target).toBe('评分表!A1:D3');
    expect(cells.value).toEqual([
      ['省级政府网站评分表', '', '', MARKER],
      ["'1.10", '是', 7.5, 'input:a:0'],
      ['合计', '', '=SUM(C2:C2)', 'total:total'],
    ]);
    expect(writesOf('values')).toEqual([]);
  });

  it('writes 1000 rows in one write of 1001 × 4', async () => {
    await applyWorkbookPlan(workbook(generatedSheet('大表', 1000)));
    const [cells, ...others] = writesOf('formulas');
    expect(others).toEqual([]);
    expect(cells.target).toBe('大表!A1:D1001');
    const grid = cells.value as unknown[][];
    expect(grid).toHaveLength(1001);
    expect(grid.every((row) => row.length === 4)).toBe(true);
    expect(grid[1000][2]).toBe('=B1001*2');
  });
});

describe('applyWorkbookPlan: never overwrites', () => {
  it.each(['Sheet1', 'sheet1'])('throws SheetExistsError before any write when "%s" exists', async (name) => {
    const error = await applyWorkbookPlan(workbook({ ...smallSheet, name })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SheetExistsError);
    expect((error as Error).message).toBe(`工作表 “${name}” 已存在，未做任何修改。`);
    expect(fake.session.writes).toEqual([]);
    expect(callsOf('add')).toEqual([]);
    expect(fake.session.syncCount).toBe(1);
  });
});

describe('applyWorkbookPlan: layout, styles, validations, freeze, print', () => {
  beforeEach(async () => {
    await applyWorkbookPlan(workbook(smallSheet));
  });

  it('sets column widths in points, hides the key column, sets row heights', () => {
    expect(write('评分表!A:B.format', 'columnWidth')).toBe(columnWidthPoints(10));
    expect(write('评分表!C:C.format', 'columnWidth')).toBe(columnWidthPoints(30));
    expect(columnWidthPoints(10)).toBeCloseTo(56.25);
    expect(write('评分表!D:D', 'columnHidden')).toBe(true);
    expect(write('评分表!1:1.format', 'rowHeight')).toBe(30);
  });

  it('merges, styles and borders', () => {
    expect(callsOf('merge')).toEqual([{ target: '评分表!A1:C1', method: 'merge', args: [false] }]);
    expect(write('评分表!A1:C1.format.font', 'bold')).toBe(true);
    expect(write('评分表!A1:C1.format.font', 'size')).toBe(14);
    expect(write('评分表!A1:C1.format', 'horizontalAlignment')).toBe('Center');
    expect(write('评分表!A1:C1.format', 'verticalAlignment')).toBe('Center');
    expect(write('评分表!A1:C1.format.fill', 'color')).toBe('#DDEBF7');
    // Number formats are per cell: one array over the rows that have any, General where the plan sets none.
    expect(write('评分表!A2:D3', 'numberFormat')).toEqual([
      ['General', 'General', '0.00', 'General'],
      ['General', 'General', '0.00', 'General'],
    ]);
    const edges = callsOf('getItem').filter((c) => c.target === '评分表!A2:C3.format.borders').map((c) => c.args[0]);
    expect(edges).toEqual(['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical']);
    expect(write('评分表!A2:C3.border(InsideVertical)', 'weight')).toBe('Thin');
  });

  it('sets validations with prompts and error alerts', () => {
    expect(write('评分表!C2.dataValidation', 'rule')).toEqual({ decimal: { operator: 'Between', formula1: 0, formula2: 10 } });
    expect(write('评分表!B2.dataValidation', 'rule')).toEqual({ list: { inCellDropDown: true, source: '是,否' } });
    expect(write('评分表!C3.dataValidation', 'rule')).toEqual({ wholeNumber: { operator: 'GreaterThanOrEqualTo', formula1: 1 } });
    expect(write('评分表!C2.dataValidation', 'prompt')).toEqual({ showPrompt: true, ...texts.prompt });
    expect(write('评分表!C2.dataValidation', 'errorAlert')).toEqual({ showAlert: true, style: 'Stop', ...texts.error });
  });

  it('freezes rows and columns, sets up printing and the tab colour', () => {
    expect(callsOf('freezeAt')).toEqual([{ target: '评分表.freezePanes', method: 'freezeAt', args: ['@评分表!A1:B1'] }]);
    expect(write('评分表.pageLayout', 'orientation')).toBe('Landscape');
    expect(write('评分表.pageLayout', 'paperSize')).toBe('A4');
    expect(write('评分表.pageLayout', 'zoom')).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(callsOf('setPrintTitleRows')[0].args).toEqual(['$1:$5']);
    expect(write('评分表', 'tabColor')).toBe('#70AD47');
  });

  it('suspends calculation per sheet and switches events off, then back on', () => {
    expect(callsOf('suspendApiCalculationUntilNextSync')).toHaveLength(1);
    expect(fake.session.writes.filter((w) => w.property === 'enableEvents').map((w) => w.value)).toEqual([false, true]);
  });
});

describe('applyWorkbookPlan: charts', () => {
  const charted: SheetPlan = {
    ...smallSheet,
    charts: [
      { title: 'A类得分', categories: 'B2:B3', values: 'C2:C3', anchor: 'F1' },
      { title: 'B类得分', categories: 'A2:A3', values: 'C2:C3', anchor: 'F17' },
    ],
  };

  it('adds every planned bar chart in the sheet’s own batch, with no extra sync', async () => {
    await applyWorkbookPlan(workbook(charted));
    expect(fake.session.syncCount).toBe(1 + 1 + 1); // names, the sheet, events back on: as without charts
    expect(callsOf('add').filter((c) => c.target === '评分表.charts').map((c) => c.args)).toEqual([
      ['BarClustered', '@评分表!C2:C3', 'Columns'],
      ['BarClustered', '@评分表!C2:C3', 'Columns'],
    ]);
    expect(writesOf('text').map((w) => w.value)).toEqual(['A类得分', 'B类得分']);
    expect(callsOf('setXAxisValues').map((c) => c.args)).toEqual([['@评分表!B2:B3'], ['@评分表!A2:A3']]);
    expect(callsOf('setPosition').map((c) => c.args)).toEqual([['F1'], ['F17']]);
  });

  it('without ExcelApi 1.7 still adds the charts, without category names, and reports it', async () => {
    fake.apiVersion = '1.6';
    const reported: SkippedFeature[][] = [];
    await applyWorkbookPlan(workbook(charted), { onSkipped: (skipped) => reported.push(skipped) });
    expect(reported.flat().map((s) => s.feature)).toContain('chartCategories');
    expect(callsOf('setPosition')).toHaveLength(2);
    expect(callsOf('setXAxisValues')).toEqual([]);
  });
});

describe('applyWorkbookPlan: hosts and progress', () => {
  it('skips what an ExcelApi 1.1 host lacks, reports it, and still writes the cells', async () => {
    fake.apiVersion = '1.1';
    const reported: SkippedFeature[][] = [];
    await applyWorkbookPlan(workbook(smallSheet), { onSkipped: (skipped) => reported.push(skipped) });
    expect(reported).toHaveLength(1);
    expect(reported[0].map((s) => `${s.feature} ${s.requirement}`)).toEqual([
      'layout ExcelApi 1.2',
      'freeze ExcelApi 1.7',
      'tabColor ExcelApi 1.7',
      'validation ExcelApi 1.8',
      'print ExcelApi 1.9',
    ]);
    expect(writesOf('formulas')).toHaveLength(1);
    expect(writesOf('rule')).toEqual([]);
    expect(callsOf('freezeAt')).toEqual([]);
    expect(writesOf('enableEvents')).toEqual([]);
  });

  it('reports progress after each sheet', async () => {
    const progress: [number, number][] = [];
    await applyWorkbookPlan(workbook(smallSheet, generatedSheet('汇总', 3)), { onProgress: (done, total) => progress.push([done, total]) });
    expect(progress).toEqual([[1, 2], [2, 2]]);
  });
});

describe('applyWorkbookPlan: cell edit mode', () => {
  it('retries once when the user is editing a cell', async () => {
    fake.syncFailures.push('InvalidOperationInCellEditMode');
    expect(await applyWorkbookPlan(workbook(smallSheet))).toEqual(['评分表']);
    expect(fake.runCount).toBe(2);
  });

  it('does not retry twice', async () => {
    fake.syncFailures.push('InvalidOperationInCellEditMode', 'InvalidOperationInCellEditMode');
    const error = await applyWorkbookPlan(workbook(smallSheet)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe('InvalidOperationInCellEditMode');
    expect(fake.runCount).toBe(2);
  });

  it('removes the sheets a failed attempt added, so the retry writes them whole instead of calling them taken', async () => {
    // Sync 1 reads names, sync 2 adds both sheets and writes the first; the user enters edit mode before sync 3.
    fake.failAtSync.set(3, 'InvalidOperationInCellEditMode');
    const names = await applyWorkbookPlan(workbook(smallSheet, generatedSheet('汇总', 3)));
    expect(names).toEqual(['评分表', '汇总']);
    expect(callsOf('add').map((c) => c.args[0])).toEqual(['评分表', '汇总', '评分表', '汇总']);
    expect(callsOf('delete').map((c) => c.target)).toEqual(['评分表', '汇总']);
    expect(fake.sheets.map((s) => s.name)).toEqual(['Sheet1', '评分表', '汇总']);
    expect(fake.value('汇总', 'C4')).toBe(4); // =B4*2 with B4 = 2: written whole and calculated
  });
});

describe('applyWorkbookPlan: what Excel needs of the order and the calculation', () => {
  const site: SheetPlan = { ...smallSheet, name: '甲县', cells: [[{ value: 7 }, { formula: 'A1*2' }, null, { value: MARKER }]], styles: [], validations: [], merges: [] };
  const summary: SheetPlan = { ...smallSheet, name: '汇总', cells: [[{ formula: "'甲县'!B1+1" }, null, null, { value: MARKER }]], styles: [], validations: [], merges: [] };

  it('adds every sheet before any formula names it: 汇总 first in tab order still computes', async () => {
    await applyWorkbookPlan(workbook(summary, site));
    expect(fake.sheets.map((s) => s.name)).toEqual(['Sheet1', '汇总', '甲县']);
    expect(fake.value('汇总', 'A1')).toBe(15);
  });

  it('recalculates after writing with calculation suspended, so new formulas show their values', async () => {
    await applyWorkbookPlan(workbook(site));
    expect(callsOf('suspendApiCalculationUntilNextSync').length).toBeGreaterThan(0);
    expect(fake.calculations).toEqual(['Full']);
    expect(fake.value('甲县', 'B1')).toBe(14);
  });

  it('waits while the user is typing in a cell (delayForCellEdit) instead of failing', async () => {
    fake.cellEditing = true;
    const writing = applyWorkbookPlan(workbook(site));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(fake.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    fake.endCellEdit();
    expect(await writing).toEqual(['甲县']);
    expect(fake.runCount).toBe(1);
  });
});
