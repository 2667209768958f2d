// @vitest-environment jsdom
/** The pane's components with fake workbook operations: inserting, live validation, selecting a cell. */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadTemplateFiles } from '../../src/cli/template-files';
import type { ScoringTemplate } from '../../src/core/template-schema';
import { InsertScoringForm } from '../../src/taskpane/components/InsertScoringForm';
import { ValidationPanel } from '../../src/taskpane/components/ValidationPanel';
import { App } from '../../src/taskpane/App';
import { groupTemplates } from '../../src/taskpane/template-groups';
import { planScoringSheet } from '../../src/core/sheet-plan/scoring-sheet-plan';
import { parseSheetMarker } from '../../src/core/sheet-plan/sheet-keys';
import { SheetExistsError } from '../../src/excel/errors';
import { fakeWorkbook } from './fake-operations';
import { ui } from './dom-setup';

const files = loadTemplateFiles();
const templates = files.flatMap(({ result }) => (result.ok ? [result.template] : []));
const county = templates.find((t) => t.id === 'gx-2023-county') as ScoringTemplate;



describe('template groups', () => {
  it('lists scoring systems first, newest edition first, each with the checker verdict', () => {
    const groups = groupTemplates(templates);
    expect(groups[0].label).toMatch(/^2023 · /);
    expect(groups[groups.length - 1].label).toMatch(/任务分解表|部门考核范围/);
    const xianning = groups.flatMap((g) => g.entries).find((e) => e.template.id === 'xianning-2023-department');
    expect(xianning?.errors).toBe(11);
  });
});

describe('插入评分表', () => {
  it('writes one sheet per pasted site plus the summary, with progress and a success message', async () => {
    const workbook = fakeWorkbook({ existing: ['Sheet1'] });
    ui(<InsertScoringForm template={county} operations={workbook} onInserted={() => undefined} />);
    fireEvent.change(screen.getByRole('textbox'), { target: { value: '甲县\n乙县\n' } });
    fireEvent.click(screen.getByRole('button', { name: '插入评分表' }));
    await screen.findByText(/已插入 3 个工作表：汇总、甲县、乙县/);
    expect(workbook.inserted[0].sheets.map((s) => s.name)).toEqual(['汇总', '甲县', '乙县']);
    expect(workbook.inserted[0].portable).toBe(false);
  });

  it('offers both formula modes, GOV first, and writes portable formulas when the user picks them', async () => {
    const workbook = fakeWorkbook();
    ui(<InsertScoringForm template={county} operations={workbook} onInserted={() => undefined} />);
    const gov = screen.getByLabelText(/GOV 函数/) as HTMLInputElement;
    const portable = screen.getByLabelText(/通用公式/) as HTMLInputElement;
    expect([gov.checked, gov.disabled, portable.checked, portable.disabled]).toEqual([true, false, false, false]);
    fireEvent.click(portable);
    fireEvent.click(screen.getByRole('button', { name: '插入评分表' }));
    await screen.findByText(/已插入 1 个工作表/);
    expect(workbook.inserted[0].portable).toBe(true);
    const formulas = workbook.inserted[0].sheets[0].cells.flat().flatMap((c) => (c?.formula ? [c.formula] : []));
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.filter((f) => f.includes('GOV.'))).toEqual([]);
  });

  it('shows the error in a message bar and changes nothing', async () => {
    const workbook = fakeWorkbook({ insertError: new SheetExistsError('评分表') });
    ui(<InsertScoringForm template={county} operations={workbook} onInserted={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: '插入评分表' }));
    await screen.findByText(/插入失败：.*评分表/);
    expect(workbook.inserted).toEqual([]);
  });
});

describe('实时校验', () => {
  it('groups problems by sheet with a count and selects the cell on click', () => {
    const selected: string[] = [];
    ui(
      <ValidationPanel
        checking={false}
        problems={[['甲县', [{ severity: 'error', code: 'score-range', cell: 'I20', path: 'x', message: '得分 9 超过权重 1。' }]], ['乙县', []]]}
        onSelect={(sheet, cell) => selected.push(`${sheet}!${cell}`)}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: /x（I20）：得分 9 超过权重 1/ }));
    expect(selected).toEqual(['甲县!I20']);
    expect(screen.queryByText('乙县')).toBeNull();
  });

  it('checks the add-in sheets when the pane opens without marking (nothing changes by opening), marks after an edit, and unmarks once fixed', async () => {
    const workbook = fakeWorkbook();
    const layout = planScoringSheet(county, { site: '甲县', sheetName: '甲县', mode: 'gov' });
    const marker = parseSheetMarker(layout.plan.cells[0][10]?.value);
    if (!marker) throw new Error('no marker');
    workbook.sheets = [{ name: '甲县', marker }];
    const values = layout.plan.cells.map((row) => row.map((c) => (c?.formula ? '' : (c?.value ?? ''))));
    const formulas = layout.plan.cells.map((row) => row.map((c) => (c?.formula ? `=${c.formula}` : (c?.value ?? ''))));
    const inputRow = values.findIndex((row) => String(row[10]).startsWith('input:'));
    values[inputRow][7] = '很好';
    workbook.snapshots.set('甲县', { name: '甲县', address: `A1:K${values.length}`, values, formulas });
    ui(<App templates={files.map((f) => ({ file: f.file, result: f.result }))} operations={workbook} />);
    const cell = `H${inputRow + 1}`;
    await screen.findByText(new RegExp(`（${cell}）：.*不是数字`));
    expect(workbook.marks).toEqual([]);
    await act(async () => workbook.change('甲县', cell));
    await waitFor(() => expect(workbook.marks).toContainEqual({ sheet: '甲县', cells: [cell] }));
    const fixed = values.map((row) => [...row]);
    fixed[inputRow][7] = 5;
    workbook.snapshots.set('甲县', { name: '甲县', address: `A1:K${values.length}`, values: fixed, formulas });
    await act(async () => workbook.change('甲县', cell));
    await waitFor(() => expect(workbook.marks.at(-1)).toEqual({ sheet: '甲县', cells: [] }));
    expect(await screen.findByText('未发现问题。')).toBeTruthy();
  });

  it('lists a sheet it cannot check (a template or department it does not know) instead of passing it over as clean', async () => {
    const workbook = fakeWorkbook();
    const layout = planScoringSheet(county, { site: '甲县', sheetName: '甲县', mode: 'gov' });
    const marker = parseSheetMarker(layout.plan.cells[0][10]?.value);
    if (!marker) throw new Error('no marker');
    workbook.sheets = [
      { name: '新版表', marker: { ...marker, templateId: 'gx-2031-county' } },
      { name: '某部门', marker: { ...marker, templateId: 'gx-2023-department', profile: '自治区不存在厅' } },
    ];
    ui(<App templates={files.map((f) => ({ file: f.file, result: f.result }))} operations={workbook} />);
    expect(await screen.findByText(/指标模板“gx-2031-county”不在本加载项的模板中（可能由其他版本生成），未能校验/)).toBeTruthy();
    expect(await screen.findByText(/部门“自治区不存在厅”不在模板的考核范围（附录1）中，未能校验/)).toBeTruthy();
    expect(screen.queryByText('未发现问题。')).toBeNull();
    expect(workbook.marks).toEqual([]);
  });
});
