// @vitest-environment jsdom
/** 生成排名 in the pane, with fake workbook operations. */
import { cleanup, fireEvent, screen } from '@testing-library/react';
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { loadTemplateFiles } from '../../src/cli/template-files';
import { sheetMarker } from '../../src/core/sheet-plan/sheet-keys';
import type { SheetPlan } from '../../src/core/sheet-plan/plan-types';
import { App } from '../../src/taskpane/App';
import { RankingPanel } from '../../src/taskpane/components/RankingPanel';
import { fakeWorkbook } from './fake-operations';
import { ui } from './dom-setup';



const summaryMarker = sheetMarker({ kind: 'summary', templateId: 'gx-2023-county', templateVersion: '1' });
const summaryValues = [
  ['2023年县级政府网站评分汇总', '', '', '', summaryMarker],
  ['满分110分；及格线 60 分。', '', '', '', ''],
  ['序号', '网站名称', '评分表', '总分', 'header'],
  [1, '甲县', '甲县', 88.175, 'site:甲县'],
  [2, '乙县', '乙县', 88.18, 'site:乙县'],
  [3, '丙县', '丙县', 55, 'site:丙县'],
];

function workbookWithSummary() {
  const workbook = fakeWorkbook();
  workbook.sheets.push({ name: '汇总', marker: { kind: 'summary', templateId: 'gx-2023-county', templateVersion: '1' } });
  workbook.snapshots.set('汇总', { name: '汇总', address: "'汇总'!A1:E6", values: summaryValues, formulas: summaryValues });
  return workbook;
}

const cellsOf = (plan: SheetPlan) => plan.cells.map((row) => row.map((cell) => cell?.value ?? null));
const rowNamed = (plan: SheetPlan, name: string) => cellsOf(plan).find((row) => row[1] === name) ?? [];

describe('生成排名', () => {
  it('ranks the add-in’s 汇总 sheet, writes 排名 and shows the notice to copy', async () => {
    const workbook = workbookWithSummary();
    ui(<RankingPanel operations={workbook} />);
    fireEvent.click(screen.getByRole('button', { name: '生成排名' }));
    await screen.findByText('已生成工作表“排名”：3 个网站，来自汇总表“汇总”。');
    const [plan] = workbook.replacedPlans;
    expect(plan).toMatchObject({ name: '排名', kind: 'ranking' });
    expect(rowNamed(plan, '甲县').slice(0, 5)).toEqual([1, '甲县', null, 88.18, '并列']);
    expect(rowNamed(plan, '丙县')[0]).toBe(3);
    const notice = screen.getByLabelText('通报文字（可复制）') as HTMLTextAreaElement;
    expect(notice.value).toMatch(/^评估结果显示，全区政府网站合格率为66\.67%。低于60分的网站有1个：丙县（55\.00分）。/);
    expect(screen.getByRole('button', { name: '复制通报文字' })).toBeTruthy();
  });

  it('downloads the notice as a Word document after 生成排名, with the year and issuer typed in the pane', async () => {
    let saved: Blob | null = null;
    const created = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => ((saved = blob as Blob), 'blob:notice'));
    // jsdom does not navigate: the link's click is the download, nothing to follow.
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    URL.revokeObjectURL ??= () => undefined;
    try {
      ui(<RankingPanel operations={workbookWithSummary()} />);
      fireEvent.click(screen.getByRole('button', { name: '生成排名' }));
      await screen.findByText(/已生成工作表“排名”/);
      fireEvent.change(screen.getByLabelText('评估年度'), { target: { value: '2024' } });
      fireEvent.change(screen.getByLabelText('发文机关'), { target: { value: '某县人民政府办公室' } });
      fireEvent.click(screen.getByRole('button', { name: '下载通报（Word）' }));
      await screen.findByText(/已生成通报（Word）/, undefined, { timeout: 15_000 });
      const bytes = await new Promise<ArrayBuffer>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.readAsArrayBuffer(saved!);
      });
      const zip = await JSZip.loadAsync(bytes);
      const xml = await zip.file('word/document.xml')!.async('string');
      const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
      expect(text).toContain('某县人民政府办公室关于2024年度全区政府网站绩效评估情况的通报');
      // The same figures as the notice text beside it: 2 of 3 passed, 丙县 below 60.
      expect(text).toContain('合格率为66.67%');
      expect(text).toContain('低于60分的网站有1个：丙县55.00分。');
    } finally {
      created.mockRestore();
      click.mockRestore();
    }
  }, 30_000);

  it('shows which column it took for what and lets the user change it before generating', async () => {
    const workbook = fakeWorkbook();
    workbook.selection = {
      address: "'Sheet1'!B5:E8",
      values: [
        ['Name', 'Score', 'Adjusted', 'Rank'],
        ['甲', 90, 70, 2],
        ['乙', 80, 95, 1],
        ['丙', 70, 50, 3],
      ],
    };
    ui(<RankingPanel operations={workbook} />);
    fireEvent.click(screen.getByLabelText('当前选中的区域（含表头）'));
    fireEvent.click(screen.getByRole('button', { name: '读取表格' }));
    await screen.findByText(/已读取选区 Sheet1!B5:E8：3 行/);
    const score = screen.getByLabelText(/^总分列/) as HTMLSelectElement;
    expect(score.value).toBe('1');
    expect((screen.getByLabelText(/^单位名称列/) as HTMLSelectElement).value).toBe('0');
    expect(screen.getByText(/“Rank”列已忽略/)).toBeTruthy();
    fireEvent.change(score, { target: { value: '2' } });
    fireEvent.click(screen.getByLabelText(/中国式排名/));
    fireEvent.click(screen.getByRole('button', { name: '生成排名' }));
    await screen.findByText(/已生成工作表“排名”：3 个网站，来自选区/);
    const plan = workbook.replacedPlans[0];
    expect(['乙', '甲', '丙'].map((name) => rowNamed(plan, name).slice(0, 4))).toEqual([
      [1, '乙', null, 95],
      [2, '甲', null, 70],
      [3, '丙', null, 50],
    ]);
  });

  it('says “updated” when it replaced the add-in’s earlier 排名 sheet, and lists bad rows', async () => {
    const workbook = workbookWithSummary();
    workbook.sheets.push({ name: '排名', marker: { kind: 'ranking', templateId: 'ranking', templateVersion: '' } });
    const values = [...summaryValues, [4, '丁县', '丁县', '#REF!', 'site:丁县']];
    workbook.snapshots.set('汇总', { name: '汇总', address: "'汇总'!A1:E7", values, formulas: values });
    ui(<RankingPanel operations={workbook} />);
    fireEvent.click(screen.getByRole('button', { name: '生成排名' }));
    await screen.findByText(/已更新工作表“排名”/);
    expect(screen.getByText('第 7 行：“丁县”的总分 “#REF!” 不是数字，未参加排名。')).toBeTruthy();
  });

  it('reads last year’s table from the selection and adds the rank-change columns', async () => {
    const workbook = workbookWithSummary();
    workbook.selection = {
      address: "'2022'!A1:B4",
      values: [
        ['单位名称', '总分'],
        ['甲县', 70],
        ['乙县', 90],
        ['丙县', 50],
      ],
    };
    ui(<RankingPanel operations={workbook} />);
    fireEvent.click(screen.getByRole('button', { name: '读取上年表格（当前选区）' }));
    await screen.findByText(/已读取上年表格（选区 2022!A1:B4）：3 行/);
    fireEvent.click(screen.getByRole('button', { name: '生成排名' }));
    await screen.findByText('已生成工作表“排名”：3 个网站，来自汇总表“汇总”，与上年（选区 2022!A1:B4）比较。');
    const [plan] = workbook.replacedPlans;
    expect(cellsOf(plan).find((row) => row[0] === '名次')?.slice(6, 9)).toEqual(['上年名次', '名次变化', '得分变化']);
    expect(rowNamed(plan, '甲县').slice(6, 9)).toEqual([2, 1, 18.18]);
    expect(rowNamed(plan, '乙县').slice(6, 9)).toEqual([1, 0, -1.82]);
  });

  it('explains what to do when the workbook has no 汇总 sheet', async () => {
    ui(<RankingPanel operations={fakeWorkbook()} />);
    fireEvent.click(screen.getByRole('button', { name: '生成排名' }));
    await screen.findByText(/生成排名失败：工作簿中没有本加载项生成的汇总表/);
  });

  it('is in the pane only when Excel is connected', () => {
    const templates = loadTemplateFiles().map((f) => ({ file: f.file, result: f.result }));
    ui(<App templates={templates} operations={fakeWorkbook()} />);
    fireEvent.click(screen.getByRole('tab', { name: '汇总排名' }));
    expect(screen.getByRole('button', { name: '生成排名' })).toBeTruthy();
    cleanup();
    ui(<App templates={templates} operations={null} />);
    fireEvent.click(screen.getByRole('tab', { name: '汇总排名' }));
    expect(screen.queryByRole('button', { name: '生成排名' })).toBeNull();
    expect(screen.getByLabelText('选择成绩表')).toBeTruthy(); // browser mode ranks an uploaded table instead
  });

  it('lists rows left out above the notice and asks before the notice is copied (issue 13 point 4)', async () => {
    const workbook = fakeWorkbook();
    const values = summaryValues.map((row) => [...row]);
    values[4][3] = 120; // 乙县 above the full score
    workbook.sheets.push({ name: '汇总', marker: { kind: 'summary', templateId: 'gx-2023-county', templateVersion: '1' } });
    workbook.snapshots.set('汇总', { name: '汇总', address: "'汇总'!A1:E6", values, formulas: values });
    ui(<RankingPanel operations={workbook} />);
    fireEvent.click(screen.getByRole('button', { name: '生成排名' }));
    await screen.findByText(/有 1 处问题，相应的行未参加排名；排名和合格率只按其余 2 个网站计算/);
    expect(screen.getByText(/“乙县”的总分 120 不在 0–110 分之间/)).toBeTruthy();
    const copy = screen.getByRole('button', { name: '复制通报文字' }) as HTMLButtonElement;
    expect(copy.disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: /我已知晓有 1 处问题的行未参加排名/ }));
    expect((screen.getByRole('button', { name: '复制通报文字' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('never offers the 汇总 sheet’s hidden key column as a column choice (issue 13 point 6)', async () => {
    ui(<RankingPanel operations={workbookWithSummary()} />);
    fireEvent.click(screen.getByRole('button', { name: '读取表格' }));
    await screen.findByText(/已读取/);
    const options = [...(screen.getByLabelText(/^总分列/) as HTMLSelectElement).options].map((o) => o.textContent);
    expect(options).toContain('总分');
    expect(options).not.toContain('header');
  });
});
