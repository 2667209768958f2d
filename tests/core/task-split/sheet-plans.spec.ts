/** The task-split sheets as plans: layout, merges, keys, markers, and reading a sheet back with edits. */
import { describe, expect, it } from 'vitest';
import { parseAddress } from '../../../src/core/sheet-plan/addresses';
import type { SheetPlan } from '../../../src/core/sheet-plan/plan-types';
import { parseSheetMarker } from '../../../src/core/sheet-plan/sheet-keys';
import { leafContentText } from '../../../src/core/sheet-plan/scoring-sheet-text';
import { leaves } from '../../../src/core/indicator-tree';
import { planMemberSheet } from '../../../src/core/task-split/member-sheet-plan';
import { membersFromRows } from '../../../src/core/task-split/members';
import { readTaskSplitSheet } from '../../../src/core/task-split/read-task-split-sheet';
import { planSplitWorkbook } from '../../../src/core/task-split/split-workbook-plan';
import { taskReport } from '../../../src/core/task-split/task-report';
import { splitFromScoring } from '../../../src/core/task-split/task-split';
import { TASK_HEADER_ROW, planTaskSplitSheet } from '../../../src/core/task-split/task-split-sheet-plan';
import { planUnitWorkbook, sheetLink } from '../../../src/core/task-split/unit-sheets-plan';
import { liujiangMembers, liujiangSplit, planSnapshot, scoring } from './support';

const split = liujiangSplit();
const layout = planTaskSplitSheet(split, '任务分解表', 'v-test');
const plan = layout.plan;
const at = (sheet: SheetPlan, a1: string) => {
  const [row, column] = parseAddress(a1);
  return sheet.cells[row]?.[column] ?? null;
};

/** Every cell of a range "A4:A9" as [row, column]. */
function cellsOf(range: string): string[] {
  const [first, last = first] = range.split(':').map(parseAddress);
  const out: string[] = [];
  for (let r = first[0]; r <= last[0]; r++) for (let c = first[1]; c <= last[1]; c++) out.push(`${r},${c}`);
  return out;
}

describe('task-split sheet plan (Liujiang)', () => {
  it('has the columns of seed 002, a marker and a key per row in the hidden last column', () => {
    // No 权重 column: the table is linked to no scoring template (002 is an older system than gx-2023-county).
    expect(plan.cells[TASK_HEADER_ROW].slice(0, 6).map((c) => c?.value)).toEqual(['一级指标', '二级指标', '三级指标', '指标说明', '对应栏目及工作要求', '责任单位']);
    expect(plan.columns[6]).toEqual({ width: 20, hidden: true });
    expect(parseSheetMarker(at(plan, 'G1')?.value)).toEqual({ kind: 'task-split', templateId: 'liujiang-task-split', templateVersion: 'v-test' });
    expect(plan.cells.slice(TASK_HEADER_ROW + 1).map((row) => row[6]?.value)).toEqual(split.rows.map((r) => `task:${r.id}`));
  });

  it('merges level names down and across, never overlapping', () => {
    const seen = new Set<string>();
    for (const merge of plan.merges) {
      for (const cell of cellsOf(merge)) {
        expect(seen.has(cell), `${merge} overlaps`).toBe(false);
        seen.add(cell);
      }
    }
    const row = (id: string) => (layout.rows.get(id) as number) + 1;
    expect(plan.merges).toContain(`A${row('r01')}:C${row('r01')}`); // 健康情况 stops at level 1
    expect(plan.merges).toContain(`A${row('r02')}:A${row('r35')}`); // 发布解读
    expect(plan.merges).toContain(`B${row('r55')}:C${row('r55')}`); // 功能设计 › 展现布局
    expect(at(plan, `B${row('r21')}`)).toBeNull(); // inside 公共资源配置领域公开
  });

  it('writes no weight (no linked scoring template), "——" where the table says so', () => {
    const row = (id: string) => plan.cells[layout.rows.get(id) as number];
    expect(layout.columns.weight).toBeUndefined();
    expect(split.rows.every((r) => r.weight === null)).toBe(true);
    expect(row('r01')[5]?.value).toBe('——');
    expect(row('r18')[5]?.value).toBe('区住房城乡建设局'); // merged with r17 in the Word table
  });

  it('reads back the rows it wrote, levels restored from the merges, with the user’s edits', () => {
    const snapshot = planSnapshot(plan);
    expect(readTaskSplitSheet(snapshot, null).split).toEqual(split);
    const edited = structuredClone(snapshot);
    edited.values[layout.rows.get('r18') as number][5] = '区住房城乡建设局、区发展改革局';
    edited.values.splice(TASK_HEADER_ROW + 1, 0, ['', '', '', '', '', '', '']); // a blank row inserted
    const read = readTaskSplitSheet(edited, null);
    expect(read.split.rows.find((r) => r.id === 'r18')?.responsible).toBe('区住房城乡建设局、区发展改革局');
    expect(read.rows.get('r18')).toBe((layout.rows.get('r18') as number) + 1);
    expect(read.marker?.kind).toBe('task-split');
  });
});

describe('task split generated from a scoring template', () => {
  const county = scoring('gx-2023-county');
  const generated = splitFromScoring(county);

  it('has every leaf with its path, 指标说明 and weight, columns left to fill', () => {
    expect(generated.rows.map((r) => r.id)).toEqual(leaves(county).map((v) => v.node.id));
    const health = generated.rows.find((r) => r.level3 === '健康情况');
    expect(health).toMatchObject({ level1: '附加指标', level2: '扣分指标', weight: 8, column: '', responsible: '' });
    const node = leaves(county).find((v) => v.node.name === '智能搜索')?.node;
    expect(generated.rows.find((r) => r.level2 === '智能搜索')?.description).toBe(node && leafContentText(node));
    expect(generated.title).toBe('2023年县（市、区）政府门户网站绩效评估任务分解表');
    expect(planTaskSplitSheet(generated, '任务分解表', 'v').plan.cells[TASK_HEADER_ROW][3]?.value).toBe('权重');
  });

  const sheet = planTaskSplitSheet(generated, '任务分解表', 'v');
  const withoutRow = (id: string) => {
    const snapshot = planSnapshot(sheet.plan);
    snapshot.values.splice(sheet.rows.get(id) as number, 1);
    return readTaskSplitSheet(snapshot, county.id).split;
  };
  const codes = (s: typeof generated) => taskReport(s, liujiangMembers(), county).issues.filter((i) => i.code.startsWith('indicator-') || i.code === 'task-no-level');

  it('covers its own template; a deleted row is reported missing', () => {
    expect(codes(generated)).toEqual([]);
    const read = withoutRow(generated.rows[2].id); // 发布解读 › 政策解读, inside the merged 发布解读
    expect(read.rows.slice(1, 3).map((r) => [r.level1, r.level2, r.level3])).toEqual(generated.rows.slice(1, 4).filter((_, i) => i !== 1).map((r) => [r.level1, r.level2, r.level3]));
    expect(codes(read).map((i) => [i.code, i.path])).toEqual([['indicator-missing', '发布解读 › 政策解读']]);
  });

  it('a row left without its level names (first row of a merge deleted) is reported', () => {
    const read = withoutRow(generated.rows[0].id);
    const publishing = generated.rows.filter((r) => r.level1 === '发布解读').length;
    const found = codes(read);
    expect(found.filter((i) => i.code === 'task-no-level')).toHaveLength(publishing - 1);
    expect(found.filter((i) => i.code === 'indicator-missing')).toHaveLength(publishing);
  });
});

describe('per-unit sheets and the index', () => {
  const report = taskReport(split, liujiangMembers(), undefined);
  const workbook = planUnitWorkbook(split, report.units, { templateVersion: 'v', existingSheets: ['区财政局', 'Sheet1'] });
  const index = workbook.sheets[0];

  it('writes the index first, then a sheet per unit with tasks, names unique against the workbook', () => {
    expect(index.name).toBe('单位索引');
    expect(workbook.sheets.map((s) => s.kind)).toEqual(['unit-index', ...report.units.filter((u) => u.tasks.length > 0).map(() => 'unit-tasks')]);
    expect(workbook.sheets.map((s) => s.name)).toContain('区财政局(2)');
  });

  it('lists unit, kind, tasks, weight and a HYPERLINK to the sheet', () => {
    const row = index.cells.find((r) => r[0]?.value === '区财政局') ?? [];
    expect(row.slice(0, 4).map((c) => c?.value ?? null)).toEqual(['区财政局', '部门', 15, null]);
    expect(row[4]?.formula).toBe(sheetLink('区财政局(2)', '区财政局(2)'));
    expect(sheetLink("甲'乙", 'a"b')).toBe(`HYPERLINK("#'甲''乙'!A1","a""b")`);
  });

  it('gives each unit sheet its tasks with path, role, via, column and requirement', () => {
    const sheet = workbook.sheets.find((s) => s.name === '拉堡镇') as SheetPlan;
    expect(sheet.cells[2].slice(0, 7).map((c) => c?.value)).toEqual(['序号', '指标', '职责', '来源', '对应栏目及工作要求', '指标说明', '权重']);
    expect(sheet.cells[3].slice(1, 5).map((c) => c?.value)).toEqual(['发布解读 › 基础信息公开 › 机构职能', '负责', '经“各镇”', '机构概况']);
    const last = sheet.cells[sheet.cells.length - 1];
    expect(last.slice(1, 4).map((c) => c?.value)).toEqual(['功能设计 › 应用功能 › 链接管理', '配合：做好信息发布规范化', '经“各镇”']);
    expect(parseSheetMarker(sheet.cells[0][7]?.value)?.kind).toBe('unit-tasks');
  });

  it('the CLI workbook holds the split, the member list, the index and the unit sheets', () => {
    const whole = planSplitWorkbook(split, report, { templateVersion: 'v' });
    expect(whole.sheets.slice(0, 3).map((s) => [s.name, s.kind])).toEqual([['任务分解表', 'task-split'], ['单位名单', 'unit-list'], ['单位索引', 'unit-index']]);
    expect(planSplitWorkbook(split, report, { templateVersion: 'v', only: '区财政局' }).sheets.map((s) => s.name)).toEqual(['任务分解表', '单位名单', '单位索引', '区财政局']);
  });
});

describe('单位名单 sheet', () => {
  it('writes the list with a 镇/部门 drop-down and reads back to the same list', () => {
    const list = liujiangMembers().list;
    const sheet = planMemberSheet(list, '单位名单', 'liujiang-task-split', 'v');
    expect(sheet.validations[0].range).toBe(`B3:B${2 + list.members.length + 100}`);
    expect(sheet.validations[0].rule.list).toEqual(['镇', '部门']);
    expect(membersFromRows(planSnapshot(sheet).values)).toEqual({ list, issues: [] });
    expect(parseSheetMarker(sheet.cells[0][3]?.value)?.kind).toBe('unit-list');
  });
});
