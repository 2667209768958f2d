// @vitest-environment jsdom
/**
 * The live check's list by indicator: path first and cell second, errors before warnings, a kind
 * repeated often collapsed into one line, 上一个 / 下一个 selecting the cells — on the real App with
 * the fake workbook operations, and on the panel alone.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { loadTemplateFiles } from '../../src/cli/template-files';
import type { ScoringTemplate } from '../../src/core/template-schema';
import { App } from '../../src/taskpane/App';
import { ValidationPanel } from '../../src/taskpane/components/ValidationPanel';
import { COL, STATUS_DONE, planScoringSheet } from '../../src/core/sheet-plan/scoring-sheet-plan';
import { parseRowKey, parseSheetMarker } from '../../src/core/sheet-plan/sheet-keys';
import { validateScoringSheet, type SheetProblem } from '../../src/core/sheet-validation/validate-scoring-sheet';
import { fakeWorkbook } from './fake-operations';
import { ui } from './dom-setup';

const files = loadTemplateFiles();
const templates = files.flatMap(({ result }) => (result.ok ? [result.template] : []));
const county = templates.find((t) => t.id === 'gx-2023-county') as ScoringTemplate;

/** 甲县's sheet marked 已完成 with all but `blank` inputs filled (a number cell gets its minimum). */
function finishedSheet(blank: number) {
  const layout = planScoringSheet(county, { site: '甲县', sheetName: '甲县', mode: 'gov' });
  const marker = parseSheetMarker(layout.plan.cells[0][COL.key]?.value);
  if (!marker) throw new Error('no marker');
  const values = layout.plan.cells.map((row) => row.map((c) => (c?.formula ? '' : (c?.value ?? ''))));
  const formulas = layout.plan.cells.map((row) => row.map((c) => (c?.formula ? `=${c.formula}` : (c?.value ?? ''))));
  const status = values.findIndex((row) => parseRowKey(row[COL.key])?.kind === 'status');
  values[status][COL.remark] = STATUS_DONE;
  const inputs = values.flatMap((row, i) => (parseRowKey(row[COL.key])?.kind === 'input' ? [i] : []));
  const numeric = (layout.plan.validations ?? []).flatMap(({ range, rule }) =>
    !range.includes(':') && rule.type === 'decimal' && range.startsWith('H') ? [{ row: Number(range.slice(1)) - 1, min: rule.min ?? 0 }] : [],
  );
  const toFill = inputs.length - blank;
  expect(numeric.length).toBeGreaterThanOrEqual(toFill);
  numeric.slice(0, toFill).forEach(({ row, min }) => (values[row][COL.input] = min));
  const snapshot = { name: '甲县', address: `A1:K${values.length}`, values, formulas };
  return { marker, snapshot };
}

describe('实时校验 by indicator on the pane', () => {
  it('shows a finished sheet with 48 blank inputs as one collapsed line that opens to all 48 with their indicator paths', async () => {
    const workbook = fakeWorkbook();
    const { marker, snapshot } = finishedSheet(48);
    workbook.sheets = [{ name: '甲县', marker }];
    workbook.snapshots.set('甲县', snapshot);
    const expected = validateScoringSheet(county, snapshot).filter((p) => p.code === 'input-missing');
    expect(expected).toHaveLength(48);

    ui(<App templates={files.map((f) => ({ file: f.file, result: f.result }))} operations={workbook} />);
    const line = await screen.findByRole('button', { name: /48 项未录入/ });
    expect(line.getAttribute('aria-expanded')).toBe('false');
    const panel = screen.getByRole('region', { name: '实时校验' });
    // Collapsed: the 48 lines are not there; the sheet shows two lines (the group and 评估状态).
    expect(within(panel).queryAllByRole('button', { name: /（H\d+）：.*未录入$/ })).toEqual([]);
    expect(within(panel).getAllByRole('listitem')).toHaveLength(2);
    expect(within(panel).getByRole('button', { name: /^错误\s*评估状态（J\d+）：评估状态为“已完成”/ })).toBeTruthy();

    fireEvent.click(line);
    expect(line.getAttribute('aria-expanded')).toBe('true');
    const lines = within(panel).getAllByRole('button', { name: /（H\d+）：.*未录入$/ });
    // "政务新媒体 › 日常监管（H…）：“检查账号数 N”未录入", "发布解读 › … › 基础信息（H…）：得分未录入"
    const label = (p: SheetProblem) => /“(.+)”/.exec(p.message)?.[1] ?? '';
    expect(lines.map((b) => b.textContent)).toEqual(expected.map((p) => `${p.path}（${p.cell}）：${label(p).length > 6 ? `“${label(p)}”` : label(p)}未录入`));
    expect(lines.map((b) => b.textContent)).toContain(`${expected.find((p) => label(p) === '得分')?.path}（${expected.find((p) => label(p) === '得分')?.cell}）：得分未录入`);
    expect(expected.every((p) => p.path.includes(' › '))).toBe(true);

    fireEvent.click(line);
    expect(within(panel).queryAllByRole('button', { name: /（H\d+）：.*未录入$/ })).toEqual([]);
  });

  it('下一个 and 上一个 select the problems’ cells in the order shown', async () => {
    const workbook = fakeWorkbook();
    const { marker, snapshot } = finishedSheet(48);
    workbook.sheets = [{ name: '甲县', marker }];
    workbook.snapshots.set('甲县', snapshot);
    const cells = validateScoringSheet(county, snapshot)
      .filter((p) => p.code === 'input-missing')
      .map((p) => p.cell);
    ui(<App templates={files.map((f) => ({ file: f.file, result: f.result }))} operations={workbook} />);
    const next = await screen.findByRole('button', { name: '下一个' });
    const previous = screen.getByRole('button', { name: '上一个' });
    expect((previous as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(next);
    fireEvent.click(next);
    fireEvent.click(previous);
    expect(workbook.selected).toEqual([
      ['甲县', cells[0]],
      ['甲县', cells[1]],
      ['甲县', cells[0]],
    ]);
    expect(screen.getByText(new RegExp(`^第 1 / 49 项：甲县 .+ › .+（${cells[0]}）：.+未录入$`))).toBeTruthy();
  });
});

const problem = (severity: SheetProblem['severity'], code: string, cell: string, path: string, message: string): SheetProblem => ({ severity, code, cell, path, message });

describe('ValidationPanel', () => {
  it('names the indicator before the cell, lists errors before warnings, and selects a cell on click', () => {
    const selected: string[] = [];
    ui(
      <ValidationPanel
        checking={false}
        problems={[
          [
            '甲县',
            [
              problem('warning', 'weight-changed', 'D5', '信息发布 › 机构职能', '权重被改为 2，模板中为 1。'),
              problem('error', 'input-missing', 'H6', '信息发布 › 机构职能', '已标记完成，但“得分”未录入。'),
              problem('error', 'score-range', 'I20', '互动交流 › 留言办理', '得分 9 超过权重 1。'),
            ],
          ],
          ['乙县', []],
        ]}
        onSelect={(sheet, cell) => selected.push(`${sheet}!${cell}`)}
      />,
    );
    const panel = screen.getByRole('region', { name: '实时校验' });
    const texts = within(panel)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(texts).toEqual(['错误信息发布 › 机构职能（H6）：得分未录入', '错误互动交流 › 留言办理（I20）：得分 9 超过权重 1', '警告信息发布 › 机构职能（D5）：权重被改为 2，模板中为 1']);
    fireEvent.click(screen.getByRole('button', { name: /留言办理（I20）：得分 9 超过权重 1/ }));
    expect(selected).toEqual(['甲县!I20']);
    expect(screen.queryByText('乙县')).toBeNull();
  });

  it('after the current problem is fixed, 下一个 goes to the one that took its place', () => {
    const selected: string[] = [];
    const a = problem('error', 'score-range', 'I5', '甲 › 一', '得分 9 超过权重 1。');
    const b = problem('error', 'score-range', 'I6', '甲 › 二', '得分 8 超过权重 1。');
    const c = problem('error', 'not-a-number', 'H7', '甲 › 三', '“得分”录入的“很好”不是数字。');
    const panel = (list: SheetProblem[]) => <ValidationPanel checking={false} problems={[['甲县', list]]} onSelect={(_, cell) => selected.push(cell)} />;
    const { rerender } = ui(panel([a, b, c]));
    fireEvent.click(screen.getByRole('button', { name: '下一个' }));
    fireEvent.click(screen.getByRole('button', { name: '下一个' }));
    expect(selected).toEqual(['I5', 'I6']);
    // I6 fixed: the list is I5, H7 and 下一个 selects H7, 上一个 I5.
    rerender(<FluentProvider theme={webLightTheme}>{panel([a, c])}</FluentProvider>);
    fireEvent.click(screen.getByRole('button', { name: '下一个' }));
    expect(selected).toEqual(['I5', 'I6', 'H7']);
    expect((screen.getByRole('button', { name: '下一个' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '上一个' }));
    expect(selected.at(-1)).toBe('I5');
  });

  it('lists problems without a cell as text, one line each, even when their messages are the same', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const message = '该指标的录入行缺失或被改动，无法完整检查。请勿删除评分表中的行。';
    const list = ['甲 › 一', '甲 › 二', '甲 › 三'].map((path) => problem('warning', 'rows-missing', '', path, message));
    ui(<ValidationPanel checking={false} problems={[['甲县', list]]} onSelect={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: /3 项的行缺失或被改动/ }));
    expect(screen.getAllByText(/^甲 › .：该指标的录入行缺失/).map((e) => e.textContent)).toEqual(list.map((p) => `${p.path}：${message.replace(/。$/, '')}`));
    expect(screen.queryByRole('button', { name: '下一个' })).toBeNull();
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});
