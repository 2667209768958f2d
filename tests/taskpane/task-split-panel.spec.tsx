// @vitest-environment jsdom
/** The 任务分解 section with fake workbook operations: insert, live coverage, one unit's tasks, 按单位拆分. */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { describe, expect, it } from 'vitest';
import { parseSheetMarker, type SheetMarker } from '../../src/core/sheet-plan/sheet-keys';
import type { SheetPlan } from '../../src/core/sheet-plan/plan-types';
import { TaskSplitPanel } from '../../src/taskpane/components/TaskSplitPanel';
import { insertTaskSplit } from '../../src/taskpane/task-split-actions';
import { liujiangMembers, lookup, planSnapshot, templates } from '../core/task-split/support';
import { planMemberSheet } from '../../src/core/task-split/member-sheet-plan';
import { fakeWorkbook, type FakeWorkbook } from './fake-operations';
import './dom-setup';



const county = templates.get('gx-2023-county');
const liujiang = templates.get('liujiang-task-split');
const LIUJIANG_BUTTON = '插入任务分解表：柳江区政府门户网站绩效评估指标任务分解表';
const ui = (workbook: FakeWorkbook) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <TaskSplitPanel templates={templates} selected={county} operations={workbook} />
    </FluentProvider>,
  );

const markerOf = (plan: SheetPlan): SheetMarker => {
  const marker = parseSheetMarker(plan.cells[0][plan.cells[0].length - 1]?.value);
  if (!marker) throw new Error(`no marker on ${plan.name}`);
  return marker;
};

/** A workbook that holds what the pane inserted for Liujiang, with the example member list. */
async function liujiangWorkbook(): Promise<{ workbook: FakeWorkbook; split: SheetPlan }> {
  const workbook = fakeWorkbook();
  const source = fakeWorkbook();
  await insertTaskSplit(source, liujiang as NonNullable<typeof liujiang>, lookup, () => undefined);
  const split = source.inserted[0].sheets[0];
  const members = planMemberSheet(liujiangMembers().list, '单位名单', 'liujiang-task-split', 'v');
  for (const plan of [split, members]) {
    workbook.sheets.push({ name: plan.name, marker: markerOf(plan) });
    workbook.snapshots.set(plan.name, planSnapshot(plan));
  }
  return { workbook, split };
}

/** The row (1-based) of a task row id in the split plan. */
const rowOf = (plan: SheetPlan, id: string) => plan.cells.findIndex((row) => row[row.length - 1]?.value === `task:${id}`) + 1;
/** The 责任单位 column of the split plan: its index and letter (F without a 权重 column). */
const responsibleColumn = (plan: SheetPlan) => {
  const index = plan.cells.find((row) => row.some((cell) => cell?.value === '责任单位'))?.findIndex((cell) => cell?.value === '责任单位') ?? -1;
  return { index, letter: String.fromCharCode(65 + index) };
};

describe('任务分解: insert', () => {
  it('inserts the Liujiang task split and a 单位名单 sheet inferred from it', async () => {
    const workbook = fakeWorkbook({ existing: ['Sheet1'] });
    ui(workbook);
    fireEvent.click(screen.getByRole('button', { name: LIUJIANG_BUTTON }));
    await screen.findByText('已插入：任务分解表、单位名单。');
    const [plan] = workbook.inserted;
    expect(plan.sheets.map((s) => [s.name, s.kind])).toEqual([['任务分解表', 'task-split'], ['单位名单', 'unit-list']]);
    expect(markerOf(plan.sheets[0]).templateId).toBe('liujiang-task-split');
  });

  it('generates a blank task split from the selected scoring template, keeping an existing 单位名单', async () => {
    const workbook = fakeWorkbook();
    workbook.sheets = [{ name: '单位名单', marker: { kind: 'unit-list', templateId: 'x', templateVersion: 'v' } }];
    workbook.snapshots.set('单位名单', { name: '单位名单', address: 'A1:C2', values: [['单位', '类型', '别名'], ['区财政局', '部门', '']], formulas: [] });
    ui(workbook);
    fireEvent.click(screen.getByRole('button', { name: '按所选评分模板生成任务分解表' }));
    await screen.findByText('已插入：任务分解表。');
    expect(markerOf(workbook.inserted[0].sheets[0]).templateId).toBe('gx-2023-county');
  });

  it('shows a failure in a message bar', async () => {
    const workbook = fakeWorkbook({ insertError: new Error('工作表 “任务分解表” 已存在，未做任何修改。') });
    ui(workbook);
    fireEvent.click(screen.getByRole('button', { name: LIUJIANG_BUTTON }));
    await screen.findByText(/操作失败：.*任务分解表/);
  });
});

describe('任务分解: live coverage', () => {
  it('lists the problems of the task-split sheet, selects the cell, and re-checks after a change', async () => {
    const { workbook, split } = await liujiangWorkbook();
    // The office has not filled 责任单位 yet: every cell below the header is emptied (67 tasks without a unit).
    const responsible = responsibleColumn(split);
    const unfilled = planSnapshot(split);
    split.cells.forEach((row, r) => {
      if (String(row[row.length - 1]?.value ?? '').startsWith('task:') && row[responsible.index]?.value !== '——') unfilled.values[r][responsible.index] = '';
    });
    workbook.snapshots.set('任务分解表', unfilled);
    ui(workbook);
    const problem = await screen.findByRole('button', { name: /项目竣工有关信息：没有责任单位/ });
    fireEvent.click(problem);
    expect(workbook.selected).toEqual([['任务分解表', `${responsible.letter}${rowOf(split, 'r18')}`]]);
    // More problems than shown: a button shows them all (no hint to use the command line).
    const more = screen.getByRole('button', { name: /另有 \d+ 条，全部显示/ });
    const before = screen.getAllByRole('listitem').length;
    fireEvent.click(more);
    expect(screen.getAllByRole('listitem').length).toBeGreaterThan(before);
    expect(screen.getByRole('button', { name: /只显示前 40 条/ }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.queryByText(/命令行/)).toBeNull();
    const fixed = structuredClone(unfilled);
    fixed.values[rowOf(split, 'r18') - 1][responsible.index] = '区住房城乡建设局';
    workbook.snapshots.set('任务分解表', fixed);
    await act(async () => workbook.change('任务分解表', `${responsible.letter}${rowOf(split, 'r18')}`));
    await waitFor(() => expect(screen.queryByRole('button', { name: /项目竣工有关信息：没有责任单位/ })).toBeNull());
  });

  it('says so when the workbook has no task-split sheet', async () => {
    ui(fakeWorkbook());
    expect(await screen.findByText('工作簿中还没有本加载项生成的任务分解表。')).toBeTruthy();
  });
});

describe('任务分解: a unit’s tasks and 按单位拆分', () => {
  it('lists a unit’s tasks with role and via; a click selects the task’s 责任单位 cell', async () => {
    const { workbook, split } = await liujiangWorkbook();
    ui(workbook);
    fireEvent.click(await screen.findByRole('combobox', { name: '选择单位' }));
    fireEvent.click(await screen.findByRole('option', { name: /区财政局（15 项）/ }));
    const list = await screen.findByRole('list', { name: '区财政局的任务' });
    expect(within(list).getByRole('button', { name: /机构职能（负责，经“各单位”）/ })).toBeTruthy();
    fireEvent.click(within(list).getByRole('button', { name: /财政预决算（负责）/ }));
    expect(workbook.selected).toEqual([['任务分解表', `${responsibleColumn(split).letter}${rowOf(split, 'r07')}`]]);
  });

  it('按单位拆分 writes the index and the unit sheets, replacing only this split’s unit sheets', async () => {
    const { workbook } = await liujiangWorkbook();
    workbook.sheets.push(
      { name: '单位索引', marker: { kind: 'unit-index', templateId: 'liujiang-task-split', templateVersion: 'v' } },
      { name: '旧的单位表', marker: { kind: 'unit-tasks', templateId: 'liujiang-task-split', templateVersion: 'v' } },
      { name: '评分表', marker: { kind: 'scoring', templateId: 'gx-2023-county', templateVersion: 'v' } },
    );
    ui(workbook);
    fireEvent.click(await screen.findByRole('button', { name: '按单位拆分' }));
    await screen.findByText('已按单位拆分：写入 32 个工作表（单位索引和 31 个单位），替换了此前生成的 2 个。');
    const [plan] = workbook.replacedWorkbooks;
    expect(plan.sheets[0]).toMatchObject({ name: '单位索引', kind: 'unit-index' });
    expect(plan.sheets.map((s) => s.name)).toContain('拉堡镇');
    expect(workbook.sheets.map((s) => s.name)).toEqual(['任务分解表', '单位名单', '评分表']);
  });
});
