// @vitest-environment jsdom
/**
 * The pane itself (App) on the fake WPS 表格 host, through its real workbook operations
 * (wps-operations.ts → src/wps), calculated by the same engine as the Excel test host:
 * 插入评分表 for three sites → type inputs → live validation marks and unmarks a cell → 汇总 shows the
 * calculated totals → 生成排名 → the 排名 sheet holds the right ranks. Twice: in a WPS without custom
 * functions (portable formulas, the pane says why) and in one that registers them (GOV formulas, through
 * the callbacks functions.js registers), with the same totals. Then 汇总评分表: a collected round
 * written into the WPS workbook and ranked from. The host's switches are back as they were.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { collectRoundFiles } from '../collect/round-files';
import { loadTemplateFiles } from '../../src/cli/template-files';
import { App } from '../../src/taskpane/App';
import { wpsPaneProps } from '../../src/taskpane/wps-operations';
import { MARK_FILL } from '../../src/excel/cell-marks';
import { GOV_PROBES, registerGovFunctions, wpsPortableReason } from '../../src/wps/wps-functions';
import { type WpsRoot, wpsRootOf } from '../../src/wps/et-types';
import { FakeEt, type FakeEtOptions } from './host/et-host';
import { ui } from '../taskpane/dom-setup';
import { rankedNames, THREE_SITE_RANKS } from '../support/ranking-table';
import { jsdomFile } from '../support/jsdom-file';

const county = loadTemplateFiles().filter((f) => f.result.ok && f.result.template.id === 'gx-2023-county');
const SITES = ['甲县', '乙县', '丙县'];
const ATTAINMENT: Record<string, number> = { 甲县: 1, 乙县: 0.5, 丙县: 0.8 };
const INPUT_FILL = '#FFF2CC';

let et: FakeEt;
afterEach(() => {
  expect(et.violations).toEqual([]);
  // Screen updating, calculation, events and alerts as the user had them.
  expect([et.screenUpdating, et.calculation, et.enableEvents, et.displayAlerts]).toEqual([true, -4105, true, true]);
});

const rowKeyed = (values: unknown[][], key: (k: string) => boolean) => values.flatMap((row, index) => (key(String(row[row.length - 1])) ? [index] : []));

function judgedInputs(site: string): { cell: string; weight: number }[] {
  const values = et.sheet(site).host.values;
  return rowKeyed(values, (k) => k.startsWith('input:'))
    .filter((row) => values[row][5] === '得分' && typeof values[row][3] === 'number')
    .map((row) => ({ cell: `H${row + 1}`, weight: values[row][3] as number }));
}

/** The page root as the pane finds it, after functions.js has run (it registers where WPS can). */
function started(options: FakeEtOptions): WpsRoot {
  et = new FakeEt(['Sheet1'], options);
  const root = wpsRootOf(et.page);
  if (!root) throw new Error('the fake ET page has no WPS root');
  registerGovFunctions(root);
  return root;
}

/** The whole flow; returns the totals of the 汇总 sheet by site. */
async function insertTypeValidateRank(root: WpsRoot, expectGov: boolean): Promise<Record<string, unknown>> {
  const props = wpsPaneProps(root);
  ui(<App templates={county} operations={props.operations} host="wps" portableOnly={props.portableOnly} />);
  expect(screen.getByText('已连接 WPS 表格。')).toBeTruthy();
  fireEvent.click(screen.getByRole('tab', { name: '评分表' }));
  const gov = screen.getByRole('radio', { name: /GOV 函数/ }) as HTMLInputElement;
  expect(gov.disabled).toBe(!expectGov);
  if (expectGov) expect(gov.checked).toBe(true);
  else expect(screen.getByText(wpsPortableReason(GOV_PROBES[0].reason))).toBeTruthy();

  fireEvent.change(screen.getByLabelText(/网站名称/), { target: { value: SITES.join('\n') } });
  fireEvent.click(screen.getByRole('button', { name: '插入评分表' }));
  await screen.findByText(`已插入 4 个工作表：汇总、${SITES.join('、')}。`, undefined, { timeout: 10_000 });
  // Whole blocks: one Formula write per sheet; GOV formulas only where the probes passed.
  expect(et.calls.filter((call) => call.includes('.Formula =')).length).toBe(4);
  expect(et.sheets.flatMap((s) => [...s.host.formulaTexts.values()]).some((f) => /GOV\./.test(f))).toBe(expectGov);

  const inputs = judgedInputs('甲县');
  expect(inputs.length).toBeGreaterThan(10);
  for (const site of SITES) {
    for (const { cell, weight } of inputs) await act(async () => et.type(site, cell, [[Math.round(weight * ATTAINMENT[site] * 100) / 100]]));
  }

  const [first] = inputs;
  await act(async () => et.type('乙县', first.cell, [['很好']]));
  await screen.findByText(new RegExp(`（${first.cell}）：.*不是数字`), undefined, { timeout: 5_000 });
  await waitFor(() => expect(et.fill('乙县', first.cell)).toBe(MARK_FILL), { timeout: 5_000 });
  await act(async () => et.type('乙县', first.cell, [[Math.round(first.weight * 0.5 * 100) / 100]]));
  await waitFor(() => expect(et.fill('乙县', first.cell)).toBe(INPUT_FILL), { timeout: 5_000 });

  const summary = et.sheet('汇总').host.values;
  const totals = Object.fromEntries(rowKeyed(summary, (k) => k.startsWith('site:')).map((row) => [String(summary[row][1]), summary[row][summary[row].length - 2]]));
  for (const site of SITES) {
    const sheet = et.sheet(site).host.values;
    expect(totals[site]).toBe(sheet[rowKeyed(sheet, (k) => k === 'total:total')[0]][8]);
    expect(typeof totals[site], String(totals[site])).toBe('number');
  }
  expect(totals['甲县']).toBeGreaterThan(totals['丙县'] as number);

  fireEvent.click(screen.getByRole('tab', { name: '汇总排名' }));
  fireEvent.click(screen.getByRole('button', { name: '生成排名' }));
  await screen.findByText(/已生成工作表“排名”：3 个网站/, undefined, { timeout: 10_000 });
  expect(rankedNames(et.sheet('排名').host.values)).toEqual(THREE_SITE_RANKS);
  return totals;
}

describe('the pane on the fake WPS host', () => {
  let portableTotals: Record<string, unknown> = {};

  it('inserts portable formulas where WPS registers no custom functions (older root: wps.EtApplication()), and says why', async () => {
    const root = started({ root: 'legacy' });
    expect(et.customFunctions.size).toBe(0);
    portableTotals = await insertTypeValidateRank(root, false);
  }, 60_000);

  it('inserts GOV formulas where WPS registers them and they pass the probes, with the same totals', async () => {
    const root = started({ customFunctions: true });
    expect([...et.customFunctions.keys()]).toHaveLength(11);
    const totals = await insertTypeValidateRank(root, true);
    expect(Object.keys(portableTotals)).toEqual(SITES);
    for (const site of SITES) expect(totals[site] as number).toBeCloseTo(portableTotals[site] as number, 9);
  }, 60_000);

  it.each([
    ['a thrown error shows as its text', { customFunctions: true, thrown: 'text' } as FakeEtOptions, GOV_PROBES[4].reason],
    ['no custom functions', {} as FakeEtOptions, GOV_PROBES[0].reason],
  ])('offers only portable formulas, with the reason, where %s', (_name, options, reason) => {
    const props = wpsPaneProps(started(options));
    expect(props.portableOnly).toBe(wpsPortableReason(reason));
    et.violations.length = 0;
  });

  it('collects a round into the WPS workbook (汇总评分表) and ranks from the collected 汇总', async () => {
    const round = await collectRoundFiles(mkdtempSync(join(tmpdir(), 'collect-wps-')));
    const file = (path: string) => jsdomFile(new Uint8Array(readFileSync(path)), basename(path));
    const root = started({ customFunctions: true });
    const props = wpsPaneProps(root);
    ui(<App templates={loadTemplateFiles()} operations={props.operations} host="wps" portableOnly={props.portableOnly} />);
    fireEvent.click(screen.getByRole('tab', { name: '汇总排名' }));
    const panel = screen.getByRole('region', { name: '汇总评分表' });
    fireEvent.change(screen.getByLabelText('选择评分表文件'), { target: { files: [file(round.files.a), file(round.files.b)] } });
    fireEvent.click(within(panel).getByRole('button', { name: '汇总并写入工作簿' }));
    await screen.findByText(/^已写入工作表：汇总、复核、自评对比、来源。/, {}, { timeout: 20_000 });
    // The collected 汇总 in WPS holds the recomputed totals (乙县: the mean of 张三 and 李四).
    const summary = et.sheet('汇总').host.values;
    const totalOf = (name: string) => summary.find((row) => row[2] === name)?.[3] as number;
    expect(totalOf('甲县')).toBeCloseTo(round.totals.甲, 6);
    expect(totalOf('乙县')).toBeCloseTo(round.totals.乙, 6);
    fireEvent.click(screen.getByRole('button', { name: '生成排名' }));
    await screen.findByText('已生成工作表“排名”：2 个网站，来自汇总表“汇总”。', undefined, { timeout: 10_000 });
    const high = round.totals.甲 > round.totals.乙 ? '甲县' : '乙县';
    expect(rankedNames(et.sheet('排名').host.values)[0]).toEqual([1, high]);
  }, 60_000);
});
