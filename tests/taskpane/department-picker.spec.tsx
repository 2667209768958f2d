// @vitest-environment jsdom
/**
 * Issue 14, the pane: a scoring template with a department scope (gx-2023-department and 附录1)
 * offers its departments on 评分表 — searched, ticked, 全选 / 清除, a hint per department — and the
 * chosen ones become sheets scored by their own profiles, in Excel (插入评分表) and in a browser
 * (下载评分表); a template without a scope keeps the typed list only.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { loadTemplateFiles } from '../../src/cli/template-files';
import type { WorkbookPlan } from '../../src/core/sheet-plan/plan-types';
import { App } from '../../src/taskpane/App';
import { matchesDepartment } from '../../src/taskpane/components/DepartmentPicker';
import { fakeWorkbook } from './fake-operations';
import { ui } from './dom-setup';

const downloads = vi.hoisted(() => [] as { bytes: Uint8Array; fileName: string }[]);
vi.mock('../../src/taskpane/download', () => ({ downloadFile: (bytes: Uint8Array, fileName: string) => void downloads.push({ bytes, fileName }) }));

const files = loadTemplateFiles().map((f) => ({ file: f.file, result: f.result }));
const DEPARTMENT = /^广西 · 自治区部门网站（2023）/;
const COUNTY = /县（市、区）政府门户网站绩效评估指标/;
const TIMEOUT = { timeout: 20_000 };

/** Picks a template: role queries only inside the template list, not over the whole pane (slow in jsdom). */
async function choose(title: RegExp): Promise<void> {
  fireEvent.click(screen.getByLabelText('选择指标模板'));
  const listbox = await waitFor(() => {
    const found = document.querySelector<HTMLElement>('[role="listbox"]');
    if (!found) throw new Error('no template list');
    return found;
  });
  fireEvent.click(await within(listbox).findByRole('option', { name: title }));
}

// Role queries over 51 checkboxes take jsdom about half a second each: after the first test, which
// reaches the list by its roles and accessible names, ticks and searches go by label.
const picker = () => {
  const group = screen.getByText('部门（附录1 考核范围，共 51 个）').closest<HTMLElement>('[role="group"]');
  if (!group) throw new Error('no department group');
  return group;
};
const queryPicker = () => screen.queryByText(/^部门（附录1 考核范围/);
const checkbox = (name: string) => screen.getByLabelText(name) as HTMLInputElement;
const tick = (name: string) => fireEvent.click(checkbox(name));
const search = (text: string) => fireEvent.change(screen.getByLabelText('查找部门'), { target: { value: text } });
const button = (name: string) => screen.getByText(name, { selector: 'button' }) as HTMLButtonElement;
/** The names of the departments the list shows now. */
const shownNames = () => Array.from(document.querySelectorAll('[role="group"] input[type="checkbox"]'), (box) => (box as HTMLInputElement).labels?.[0]?.textContent ?? '');

/** The text values of a planned sheet's cells. */
const texts = (plan: WorkbookPlan, sheet: string) =>
  (plan.sheets.find((s) => s.name === sheet)?.cells ?? []).flat().flatMap((cell) => (typeof cell?.value === 'string' ? [cell.value] : []));

describe('the department list on 评分表', () => {
  it('is offered for gx-2023-department, with all 51 departments and a hint under each', TIMEOUT, async () => {
    ui(<App templates={files} operations={fakeWorkbook()} />);
    await choose(COUNTY);
    expect(queryPicker()).toBeNull();
    await choose(DEPARTMENT);
    // Queried by selector and label, not by role: role queries over 51 checkboxes take seconds in jsdom.
    expect(picker().querySelectorAll('input[type="checkbox"]')).toHaveLength(51);
    expect((screen.getByLabelText(/从部门名单选择/) as HTMLInputElement).checked).toBe(true);
    const hint = (name: string) => document.getElementById(checkbox(name).getAttribute('aria-describedby') ?? '')?.textContent;
    expect(hint('自治区发展改革委')).toBe('重点领域：重大建设项目批准和实施 6 分、社会公益事业建设 6 分 · 便民查询 2 项');
    expect(hint('自治区科技厅')).toMatch(/^重点领域 不考核/);
    expect(screen.getByText('未选择部门，至少选一个才能插入')).toBeTruthy();
    expect(button('插入评分表').disabled).toBe(true);
  });

  it('narrows the list as a name is searched: 发展 finds 自治区发展改革委, 发改 only it', TIMEOUT, async () => {
    ui(<App templates={files} operations={fakeWorkbook()} />);
    await choose(DEPARTMENT);
    search('发展');
    expect(shownNames()).toEqual(['自治区发展改革委', '自治区大数据发展局', '自治区糖业发展办']);
    expect(screen.queryByLabelText('自治区教育厅')).toBeNull();
    expect(screen.getByText('未选择部门，至少选一个才能插入；筛选出 3 个')).toBeTruthy();
    search('发改');
    expect(shownNames()).toEqual(['自治区发展改革委']);
    search('人社');
    expect(shownNames()).toEqual(['自治区人力资源社会保障厅']);
    search('没有这个部门');
    expect(shownNames()).toEqual([]);
    expect(screen.getByText('没有与“没有这个部门”相符的部门。')).toBeTruthy();
    expect(matchesDepartment('自治区住房城乡建设厅', ' 住 建 ')).toBe(true);
  });

  it('全选 ticks the departments shown, 清除 all of them', TIMEOUT, async () => {
    ui(<App templates={files} operations={fakeWorkbook()} />);
    await choose(DEPARTMENT);
    search('发展');
    fireEvent.click(button('全选筛选出的 3 个'));
    expect(screen.getByText('已选 3 个部门，共 51 个；筛选出 3 个')).toBeTruthy();
    search('');
    fireEvent.click(button('全选'));
    expect(screen.getByText('已选 51 个部门，共 51 个')).toBeTruthy();
    expect(button('全选').disabled).toBe(true);
    expect(button('插入评分表').disabled).toBe(false);
    fireEvent.click(button('清除'));
    expect(screen.getByText('未选择部门，至少选一个才能插入')).toBeTruthy();
    expect(shownNames().filter((name) => checkbox(name).checked)).toEqual([]);
    expect(button('插入评分表').disabled).toBe(true);
  });

  it('inserts 汇总 and one sheet per chosen department, each scored by its own profile', TIMEOUT, async () => {
    const workbook = fakeWorkbook();
    ui(<App templates={files} operations={workbook} />);
    await choose(DEPARTMENT);
    // Ticked in another order than 附录1's: the sheets follow 附录1.
    tick('自治区科技厅');
    search('发展');
    tick('自治区发展改革委');
    expect(screen.getByText('已选 2 个部门，共 51 个；筛选出 3 个')).toBeTruthy();
    fireEvent.click(button('插入评分表'));
    await screen.findByText('已插入 3 个工作表：汇总、自治区发展改革委、自治区科技厅。');
    expect(workbook.inserted.map((plan) => plan.sheets.map((s) => s.name))).toEqual([['汇总', '自治区发展改革委', '自治区科技厅']]);
    const [plan] = workbook.inserted;
    expect(texts(plan, '自治区发展改革委')).toEqual(expect.arrayContaining(['重大建设项目批准和实施（6 分）', '社会公益事业建设（6 分）']));
    expect(texts(plan, '自治区科技厅')).not.toContain('重大建设项目批准和实施（6 分）');
    expect(texts(plan, '自治区科技厅').some((text) => text.includes('重点领域信息公开不考核'))).toBe(true);
  });

  it('lists a department whose sheet name the workbook already has, as it is then inserted', TIMEOUT, async () => {
    const workbook = fakeWorkbook({ existing: ['自治区教育厅'] });
    ui(<App templates={files} operations={workbook} />);
    await choose(DEPARTMENT);
    await act(async () => undefined); // the workbook's sheet names are read when the form opens
    tick('自治区教育厅');
    await waitFor(() => expect(screen.getByText('“自治区教育厅”的工作表名将改为“自治区教育厅(2)”（工作簿中已有同名工作表）')).toBeTruthy());
    fireEvent.click(button('插入评分表'));
    await screen.findByText(/已插入 1 个工作表：自治区教育厅\(2\)/);
    expect(workbook.inserted[0].sheets.map((s) => s.name)).toEqual(['自治区教育厅(2)']);
  });

  it('keeps the typed list as the other choice, checked as before, and points out typed departments', TIMEOUT, async () => {
    const workbook = fakeWorkbook();
    ui(<App templates={files} operations={workbook} />);
    await choose(DEPARTMENT);
    tick('自治区教育厅');
    fireEvent.click(screen.getByLabelText(/填写网站名称/));
    expect(queryPicker()).toBeNull();
    const list = screen.getByLabelText(/^网站名称/);
    fireEvent.change(list, { target: { value: '教育厅\n新设机构\n新设机构' } });
    expect(screen.getByText('第 3 行 “新设机构” 与第 2 行重复。')).toBeTruthy();
    expect(button('插入评分表').disabled).toBe(true);
    expect(screen.getByText('教育厅（自治区教育厅）')).toBeTruthy();
    fireEvent.change(list, { target: { value: '新设机构' } });
    expect(screen.queryByText(/以下名称是附录1 中的部门/)).toBeNull();
    fireEvent.click(button('插入评分表'));
    await screen.findByText('已插入 1 个工作表：新设机构。');
    expect(texts(workbook.inserted[0], '新设机构')).not.toContain('重大建设项目批准和实施（6 分）');
    // Back to the list: the tick was kept.
    fireEvent.click(screen.getByLabelText(/从部门名单选择/));
    expect(checkbox('自治区教育厅').checked).toBe(true);
  });

  it('is not offered for a template without a department scope (gx-2023-county)', TIMEOUT, async () => {
    const workbook = fakeWorkbook();
    ui(<App templates={files} operations={workbook} />);
    await choose(DEPARTMENT);
    tick('自治区发展改革委');
    await choose(COUNTY);
    expect(queryPicker()).toBeNull();
    expect(screen.queryByLabelText('查找部门')).toBeNull();
    expect(screen.queryByLabelText(/从部门名单选择/)).toBeNull();
    fireEvent.change(screen.getByLabelText(/^网站名称/), { target: { value: '甲县\n乙县' } });
    fireEvent.click(button('插入评分表'));
    await screen.findByText('已插入 3 个工作表：汇总、甲县、乙县。');
  });
});

describe('the department list in a browser (下载评分表)', () => {
  it('downloads a workbook with the same sheets as Excel gets', TIMEOUT, async () => {
    downloads.length = 0;
    ui(<App templates={files} operations={null} />);
    fireEvent.click(screen.getByRole('tab', { name: '评分表' }));
    await choose(DEPARTMENT);
    expect(screen.getByText('未选择部门，至少选一个才能生成')).toBeTruthy();
    expect(button('下载评分表').disabled).toBe(true);
    tick('自治区科技厅');
    tick('自治区发展改革委');
    fireEvent.click(button('下载评分表'));
    await screen.findByText('已生成 3 个工作表：汇总、自治区发展改革委、自治区科技厅。', undefined, { timeout: 15_000 });
    expect(downloads).toHaveLength(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(downloads[0].bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['汇总', '自治区发展改革委', '自治区科技厅']);
    const labels: string[] = [];
    workbook.getWorksheet('自治区发展改革委')?.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === 'string' && labels.push(cell.value))));
    expect(labels).toEqual(expect.arrayContaining(['重大建设项目批准和实施（6 分）', '社会公益事业建设（6 分）']));
  });
});
