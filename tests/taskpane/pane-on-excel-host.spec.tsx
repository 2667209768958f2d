// @vitest-environment jsdom
/**
 * The pane itself (App) on the calculating test Excel host, through its real workbook operations
 * (excel-operations.ts → src/excel), under both ways Excel hands blank cells to custom functions
 * (desktop: 0, web: null), with GOV cells answering #BUSY! until their functions finish:
 * 插入评分表 for three sites → type inputs → live validation marks and unmarks a cell → 汇总 shows
 * the calculated totals → 生成排名 → the 排名 sheet holds the right ranks.
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadTemplateFiles } from '../../src/cli/template-files';
import { App } from '../../src/taskpane/App';
import { excelOperations } from '../../src/taskpane/excel-operations';
import { MARK_FILL } from '../../src/excel/cell-marks';
import { FakeExcel, type Platform } from '../excel/fake-excel';
import { ui } from './dom-setup';
import { rankedNames, THREE_SITE_RANKS } from '../support/ranking-table';

const county = loadTemplateFiles().filter((f) => f.result.ok && f.result.template.id === 'gx-2023-county');
const SITES = ['甲县', '乙县', '丙县'];
const ATTAINMENT: Record<string, number> = { 甲县: 1, 乙县: 0.5, 丙县: 0.8 };
const INPUT_FILL = '#FFF2CC';

let fake: FakeExcel;
afterEach(() => expect(fake.session.violations).toEqual([]));

/** Rows of a sheet by their hidden key (the last column). */
const rowKeyed = (values: unknown[][], key: (k: string) => boolean) => values.flatMap((row, index) => (key(String(row[row.length - 1])) ? [index] : []));

/** The judged 得分 inputs of a site sheet (label 得分 in F, a numeric 0 … weight entry in H): cell and weight. */
function judgedInputs(site: string): { cell: string; weight: number }[] {
  const values = fake.sheet(site).values;
  return rowKeyed(values, (k) => k.startsWith('input:'))
    .filter((row) => values[row][5] === '得分' && typeof values[row][3] === 'number')
    .map((row) => ({ cell: `H${row + 1}`, weight: values[row][3] as number }));
}

async function paneFlow(platform: Platform): Promise<Record<string, unknown>> {
  fake = new FakeExcel([{ name: 'Sheet1', values: [['']] }], { platform });
  fake.install();
  fake.busyUntilSettled = true;
  ui(<App templates={county} operations={excelOperations()} />);
  // The pane remembers the tab last open (汇总排名 after the first flow): the evaluator opens 评分表.
  fireEvent.click(screen.getByRole('tab', { name: '评分表' }));

  fireEvent.change(screen.getByLabelText(/网站名称/), { target: { value: SITES.join('\n') } });
  fireEvent.click(screen.getByRole('button', { name: '插入评分表' }));
  await screen.findByText(`已插入 4 个工作表：汇总、${SITES.join('、')}。`, undefined, { timeout: 10_000 });
  await act(() => fake.settle());

  // The evaluator fills the judged indicators; Excel calculates, the functions finish.
  const inputs = judgedInputs('甲县');
  expect(inputs.length).toBeGreaterThan(10);
  for (const site of SITES) {
    for (const { cell, weight } of inputs) await act(() => fake.type(site, cell, [[Math.round(weight * ATTAINMENT[site] * 100) / 100]]));
  }
  await act(() => fake.settle());

  // A word typed into a number cell is listed and marked; fixed, the mark goes and the yellow fill is back.
  const [first] = inputs;
  await act(() => fake.type('乙县', first.cell, [['很好']]));
  await act(() => fake.settle());
  await screen.findByText(new RegExp(`（${first.cell}）：.*不是数字`), undefined, { timeout: 5_000 });
  await waitFor(() => expect(fake.fill('乙县', first.cell)).toBe(MARK_FILL), { timeout: 5_000 });
  await act(() => fake.type('乙县', first.cell, [[Math.round(first.weight * 0.5 * 100) / 100]]));
  await act(() => fake.settle());
  await waitFor(() => expect(fake.fill('乙县', first.cell)).toBe(INPUT_FILL), { timeout: 5_000 });
  expect(screen.queryByText(/得分无法计算/)).toBeNull();

  // 汇总 shows each site sheet's calculated 总分.
  const summary = fake.sheet('汇总').values;
  const totals = Object.fromEntries(rowKeyed(summary, (k) => k.startsWith('site:')).map((row) => [String(summary[row][1]), summary[row][summary[row].length - 2]]));
  for (const site of SITES) {
    const sheet = fake.sheet(site).values;
    expect(totals[site]).toBe(sheet[rowKeyed(sheet, (k) => k === 'total:total')[0]][8]);
    expect(typeof totals[site]).toBe('number');
  }

  // 生成排名 from 汇总: 甲 > 丙 > 乙.
  fireEvent.click(screen.getByRole('tab', { name: '汇总排名' }));
  fireEvent.click(screen.getByRole('button', { name: '生成排名' }));
  await screen.findByText(/已生成工作表“排名”：3 个网站/, undefined, { timeout: 10_000 });
  expect(rankedNames(fake.sheet('排名').values)).toEqual(THREE_SITE_RANKS);
  return totals;
}

describe('the pane on the calculating Excel host', () => {
  it('gives the same totals and ranks with blanks passed as 0 (desktop) and as null (web)', async () => {
    const desktop = await paneFlow('desktop');
    const { cleanup } = await import('@testing-library/react');
    cleanup();
    const web = await paneFlow('web');
    expect(web).toEqual(desktop);
  }, 120_000);
});
