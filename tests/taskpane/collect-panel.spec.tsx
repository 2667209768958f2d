// @vitest-environment jsdom
/**
 * 汇总评分表 in the pane (issue 15): workbooks written by the CLI and filled in (张三 and 李四 on 乙县
 * with a disagreement, 甲县's self-assessment, a file that is not a workbook) chosen in the pane;
 * the summary, the problems by file, the sheets written into the workbook (a user's 汇总 kept, the
 * add-in's earlier output replaced), 生成排名 from the written 汇总, and the download in a browser.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadTemplateFiles } from '../../src/cli/template-files';
import type { SheetPlan } from '../../src/core/sheet-plan/plan-types';
import { formatNumber } from '../../src/core/numbers';
import { readXlsxSheets } from '../../src/xlsx/read-table';
import { App } from '../../src/taskpane/App';
import { CollectPanel } from '../../src/taskpane/components/CollectPanel';
import { fillWorkbook } from '../collect/round-support';
import { cliWorkbook, collectRoundFiles, type RoundFiles } from '../collect/round-files';
import { fakeWorkbook } from './fake-operations';
import { ui } from './dom-setup';
import { jsdomFile } from '../support/jsdom-file';

const downloads = vi.hoisted(() => [] as { bytes: Uint8Array; name: string }[]);
vi.mock('../../src/taskpane/download', () => ({ downloadFile: (bytes: Uint8Array, name: string) => void downloads.push({ bytes, name }) }));

const templateFiles = loadTemplateFiles();
const templates = templateFiles.flatMap(({ result }) => (result.ok ? [result.template] : []));

const fromDisk = (path: string) => jsdomFile(new Uint8Array(readFileSync(path)), basename(path));

let round: RoundFiles;
const chosen: Record<'a' | 'b' | 'self' | 'bad', File> = {} as never;
beforeAll(async () => {
  round = await collectRoundFiles(mkdtempSync(join(tmpdir(), 'collect-pane-')));
  for (const key of ['a', 'b', 'self', 'bad'] as const) chosen[key] = fromDisk(round.files[key]);
}, 60_000);

const show = (n: number) => formatNumber(Math.round(n * 100) / 100);
const total = { 甲: () => round.totals.甲, 乙: () => round.totals.乙, self: () => round.totals.self };

function choose(name: string, files: File[]) {
  fireEvent.change(screen.getByLabelText(name), { target: { files } });
}

const cellsOf = (plan: SheetPlan) => plan.cells.map((row) => row.map((cell) => cell?.value ?? null));

describe('汇总评分表 in the pane', { timeout: 30_000 }, () => {
  it('collects the chosen files in Excel: summary, problems by file, the four sheets written, then 生成排名 from 汇总', async () => {
    // The user's own 汇总 stays; the add-in's earlier collect output (复核) is replaced.
    const workbook = fakeWorkbook({ existing: ['汇总'] });
    workbook.sheets.push({ name: '复核', marker: { kind: 'collect', templateId: 'collect', templateVersion: '复核' } });
    ui(<App templates={templateFiles} operations={workbook} />);
    fireEvent.click(screen.getByRole('tab', { name: '汇总排名' }));
    const panel = screen.getByRole('region', { name: '汇总评分表' });
    choose('选择评分表文件', [chosen.a, chosen.b]);
    choose('选择评分表文件', [chosen.self, chosen.bad]);
    expect(within(panel).getByText('已选择 4 个文件')).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: '汇总并写入工作簿' }));
    await screen.findByText(/^已写入工作表：汇总\(2\)、复核、自评对比、来源，替换了此前汇总生成的 1 个工作表。/, {}, { timeout: 20_000 });

    const result = screen.getByRole('region', { name: '汇总结果' });
    expect(within(result).getByText(/共 2 个网站（平均）；1 处评分差异超过容差；1 份自评，1 份高于核查得分 10 分以上；来源文件 4 个；问题 2 条（错误 1 条）。$/)).toBeTruthy();
    const rows = within(within(result).getByRole('table', { name: '各网站总分' })).getAllByRole('row').map((r) => r.textContent);
    expect(rows).toEqual(['单位名称总分份数', `甲县${show(total.甲())}1`, `乙县${show(total.乙())}2`]);
    expect(within(result).getByRole('list', { name: '评分差异' }).textContent).toBe('乙县 · 发布解读 › 主动公开 › 基础信息：张三 8.1，李四 1.8（相差 6.3）');
    const self = within(result).getByRole('list', { name: '自评对比' }).textContent;
    expect(self).toBe(`自评偏高 甲县：自评 ${show(total.self())}，核查 ${show(total.甲())}，差值 ${show(total.self() - total.甲())}`);
    const bad = within(result).getByRole('group', { name: '问题：不是工作簿.xlsx' });
    expect(bad.textContent).toMatch(/^不是工作簿\.xlsx错误 无法读取，已跳过：文件不是有效的 \.xlsx 工作簿/);
    expect(within(result).getByRole('group', { name: '问题：甲县自评.xlsx' }).textContent).toMatch(/^甲县自评\.xlsx警告 甲县：“甲县” 的自评 [\d.]+ 分比核查得分 [\d.]+ 分高出 [\d.]+ 分，超过 10 分。$/);

    // Written through replaceAddinSheets: only the add-in's collect sheets are replaced.
    expect(workbook.replacedWorkbooks).toHaveLength(1);
    const plan = workbook.replacedWorkbooks[0];
    expect(plan.sheets.map((s) => s.name)).toEqual(['汇总(2)', '复核', '自评对比', '来源']);
    expect(workbook.inserted).toEqual([]);
    const summary = cellsOf(plan.sheets[0]);
    expect(summary[2].slice(0, 4)).toEqual(['序号', '类别', '单位名称', '总分']);
    expect(summary.slice(3).map((r) => [r[2], Math.round((r[3] as number) * 1e6) / 1e6, r[8]])).toEqual([
      ['甲县', Math.round(total.甲() * 1e6) / 1e6, 1],
      ['乙县', Math.round(total.乙() * 1e6) / 1e6, 2],
    ]);
    expect(cellsOf(plan.sheets[3]).slice(3).map((r) => r[0])).toEqual(['张三.xlsx', '张三.xlsx', '李四.xlsx', '甲县自评.xlsx', '不是工作簿.xlsx']);

    // Excel now holds the sheets: 生成排名 reads the written 汇总 (found by its marker).
    for (const sheet of plan.sheets) {
      workbook.sheets.push({ name: sheet.name, marker: { kind: 'collect', templateId: 'collect', templateVersion: sheet.name.replace('(2)', '') } });
    }
    workbook.snapshots.set('汇总(2)', { name: '汇总(2)', address: "'汇总(2)'!A1:L5", values: summary, formulas: summary });
    fireEvent.click(screen.getByRole('button', { name: '生成排名' }));
    await screen.findByText('已生成工作表“排名”：2 个网站，来自汇总表“汇总(2)”。');
    const ranking = cellsOf(workbook.replacedPlans[0]);
    const rankOf = (name: string) => ranking.find((r) => r[1] === name)?.slice(0, 4);
    const [high, low] = total.甲() > total.乙() ? ['甲县', '乙县'] : ['乙县', '甲县'];
    expect([rankOf(high), rankOf(low)]).toEqual([
      [1, high, null, Math.round((high === '甲县' ? total.甲() : total.乙()) * 100) / 100],
      [2, low, null, Math.round((low === '甲县' ? total.甲() : total.乙()) * 100) / 100],
    ]);
  });

  it('does not write while the round is refused (an unfinished sheet) and names the pane’s option', async () => {
    const workbook = fakeWorkbook();
    ui(<CollectPanel operations={workbook} templates={templates} />);
    const unfinished = jsdomFile(await fillWorkbook(await cliWorkbook(round.dir, 'c', ['丙县']), [{ sheet: '丙县', inputs: round.entered.a甲, evaluator: '王五' }]), '王五.xlsx');
    choose('选择评分表文件', [unfinished]);
    fireEvent.click(screen.getByRole('button', { name: '汇总并写入工作簿' }));
    await screen.findByText(/^未生成汇总：有 1 个网站的评分表未完成，本轮还不能汇总；确需先行排名时勾选“允许未完成的评分表”/, {}, { timeout: 20_000 });
    expect(workbook.replacedWorkbooks).toEqual([]);
    fireEvent.click(screen.getByRole('checkbox', { name: /允许未完成的评分表/ }));
    fireEvent.click(screen.getByRole('button', { name: '汇总并写入工作簿' }));
    await screen.findByText(/^已写入工作表：汇总、复核、自评对比、来源。/, {}, { timeout: 20_000 });
    const row = cellsOf(workbook.replacedWorkbooks[0].sheets[0])[3];
    expect([row[2], row[7]]).toEqual(['丙县', '否（1 项未完成）']);
  });

  it('asks for reviewers’ files before 复核人为准, and takes it as the policy once they are chosen', async () => {
    ui(<CollectPanel operations={fakeWorkbook()} templates={templates} />);
    choose('选择评分表文件', [chosen.a]);
    fireEvent.click(screen.getByRole('radio', { name: '复核人为准' }));
    expect(screen.getByText('“复核人为准”需要先选择复核文件。')).toBeTruthy();
    expect((screen.getByRole('button', { name: '汇总并写入工作簿' }) as HTMLButtonElement).disabled).toBe(true);
    choose('选择复核文件', [chosen.b]);
    expect((screen.getByRole('button', { name: '汇总并写入工作簿' }) as HTMLButtonElement).disabled).toBe(false);
    fireEvent.change(screen.getByRole('spinbutton', { name: /复核容差/ }), { target: { value: '150' } });
    expect(screen.getByText('请填写 0 到 100 之间的数。')).toBeTruthy();
    expect((screen.getByRole('button', { name: '汇总并写入工作簿' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('downloads 汇总.xlsx in a browser, its 汇总 by the policy chosen (复核人为准 once reviewers are given)', async () => {
    downloads.length = 0;
    ui(<CollectPanel operations={null} templates={templates} />);
    choose('选择评分表文件', [chosen.a]);
    choose('选择复核文件', [chosen.b]);
    expect((screen.getByRole('radio', { name: '复核人为准' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '汇总并下载' }));
    await screen.findByText(/^已下载 汇总\.xlsx：汇总、复核、自评对比、来源。/, {}, { timeout: 20_000 });
    await waitFor(() => expect(downloads.map((d) => d.name)).toEqual(['汇总.xlsx']));
    const sheets = await readXlsxSheets(downloads[0].bytes);
    expect(sheets.map((s) => s.name)).toEqual(['汇总', '复核', '自评对比', '来源']);
    expect(String(sheets[0].rows[1][0])).toContain('汇总方式：以复核为准（reviewer）');
    const 乙 = sheets[0].rows.find((r) => r[2] === '乙县') ?? [];
    expect(乙[3] as number).toBeCloseTo(round.totals.乙b, 6);
  });
});
