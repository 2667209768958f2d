/**
 * Issue 14: department sites scored by their own scope (附录1 / 附录2 of 000) and the weight
 * transfers live in the sheet. Expected numbers are the document's: 自治区发展改革委's 重点领域 are
 * 重大建设项目批准和实施 6 and 社会公益事业建设 6 (附录1) and its services 重大建设项目查询 and
 * 价格行政事业性收费查询 (附录2); 重点信息 weighs 12, 基础信息 15, 政策解读 5, 办事指南 and 网办深度 1,
 * 便民查询服务 10, the base part 100 (000 一).
 */
import { describe, expect, it } from 'vitest';
import { loadTemplateFiles } from '../../src/cli/template-files';
import type { DepartmentScopeTemplate, ScoringTemplate, Template } from '../../src/core/template-schema';
import { findDepartment, profileTemplate, scopeOf, scoringTemplateFor } from '../../src/core/department-profile';
import { planScoringSheet, COL, type ScoringSheetLayout } from '../../src/core/sheet-plan/scoring-sheet-plan';
import { planScoringWorkbook } from '../../src/core/sheet-plan/workbook-plan';
import { parseRowKey, parseSheetMarker } from '../../src/core/sheet-plan/sheet-keys';
import { scoringUnits } from '../../src/core/sheet-plan/scoring-units';
import { leafWeights } from '../../src/core/sheet-plan/sheet-scores';
import type { Cell } from '../../src/core/rules/cells';
import { queryServicesScore } from '../../src/core/rules/query-services';

const all: Template[] = loadTemplateFiles().flatMap((f) => (f.result.ok ? [f.result.template] : []));
const department = all.find((t) => t.id === 'gx-2023-department') as ScoringTemplate;
const scope = scopeOf(department, all) as DepartmentScopeTemplate;
const byId = new Map(all.map((t) => [t.id, t]));

function profile(name: string) {
  const found = findDepartment(scope, name);
  if (!found.ok) throw new Error(found.message);
  return profileTemplate(department, scope, found.department);
}

function sheetOf(name: string): ScoringSheetLayout {
  const p = profile(name);
  return planScoringSheet(p.template, { site: name, sheetName: name, mode: 'portable', flagged: p.flagged, profile: name });
}

/** Rows of a leaf by its hidden keys: label (F), 比例/分值 (G), 录入 (H). */
function leafRows(layout: ScoringSheetLayout, leafId: string) {
  return layout.plan.cells
    .map((row, index) => ({ row, index, key: parseRowKey(row[COL.key]?.value) }))
    .filter(({ key }) => key?.kind === 'input' && key.leafId === leafId)
    .map(({ row, index }) => ({ index, label: String(row[COL.label]?.value ?? ''), param: row[COL.param]?.value, input: row[COL.input] }));
}

const BASE_LEAVES = () => scoringUnits(department).filter((u) => u.part === 'base').flatMap((u) => u.leaves.map((l) => l.node.id));

describe('a department’s own sheet', () => {
  it('自治区发展改革委: 重点信息 per 重点领域 with its sub-weight, and one row per 附录2 service', () => {
    const layout = sheetOf('自治区发展改革委');
    const key = leafRows(layout, 'key-info');
    expect(key.slice(0, 2).map((r) => [r.label, r.param])).toEqual([
      ['重大建设项目批准和实施（6 分）', 6],
      ['社会公益事业建设（6 分）', 6],
    ]);
    const services = leafRows(layout, 'convenience-query');
    expect(services.slice(0, 3).map((r) => r.label)).toEqual(['1. 重大建设项目查询', '2. 价格行政事业性收费查询', '无关联性不高的信息噪音（完成程度）']);
    // 基础信息 lists the 主动公开 items the department is examined on.
    const basic = layout.plan.cells[leafRows(layout, 'basic-info')[0].index][COL.content]?.value;
    expect(String(basic)).toContain('本部门主动公开考核范围（附录1）：机构职能、领导信息、政务动态、政策文件、政策解读、人事信息、规划计划、财政信息、数据发布、重大建设项目批准和实施、公共资源配置、社会公益事业建设。');
    // Its 重点信息 flag starts as 否: it is examined on 重点领域.
    expect(leafRows(layout, 'key-info').find((r) => r.label.startsWith('不适用'))?.input?.value).toBe('否');
    expect(parseSheetMarker(layout.plan.cells[0][COL.key]?.value)?.profile).toBe('自治区发展改革委');
  });

  it('a 不考核 department (自治区科技厅): 重点信息 flagged 不适用, its 12 points spread over 基础信息 and 政策解读', () => {
    const layout = sheetOf('自治区科技厅');
    const flag = leafRows(layout, 'key-info').find((r) => r.label.startsWith('不适用'));
    expect(flag?.input?.value).toBe('是');
    const p = profile('自治区科技厅');
    const inputs = new Map<string, Cell[]>([['key-info', leafRows(layout, 'key-info').map((r) => (r.input?.value as Cell) ?? null)]]);
    const weights = leafWeights(p.template, inputs);
    expect([weights.get('key-info'), weights.get('basic-info'), weights.get('policy-interpretation')]).toEqual([0, 21, 11]);
    expect(BASE_LEAVES().reduce((sum, id) => sum + (weights.get(id) ?? NaN), 0)).toBe(100);
  });

  it('setting 无政务服务职能 once moves 办事指南 and 网办深度 onto 便民查询服务', () => {
    const layout = sheetOf('自治区发展改革委');
    const p = profile('自治区发展改革委');
    const guide = leafRows(layout, 'service-guide').map((r) => (r.label.startsWith('不适用') ? '是' : null));
    const weights = leafWeights(p.template, new Map([['service-guide', guide]]));
    expect([weights.get('service-guide'), weights.get('online-service-depth'), weights.get('convenience-query')]).toEqual([0, 0, 12]);
    // 网办深度's flag is a formula pointing at 办事指南's: one setting for both.
    const depthFlag = leafRows(layout, 'online-service-depth').find((r) => r.label.startsWith('不适用'));
    const guideFlag = leafRows(layout, 'service-guide').find((r) => r.label.startsWith('不适用'));
    expect(depthFlag?.input).toEqual({ formula: `H${(guideFlag?.index ?? 0) + 1}` });
  });

  it('keeps the base part at 100 for every department and every combination of flags', () => {
    const leaders = ['key-info', 'policy-interpretation', 'service-guide'];
    for (const d of scope.departments) {
      const p = profileTemplate(department, scope, d);
      const layout = planScoringSheet(p.template, { site: d.name, sheetName: d.name, mode: 'gov', flagged: p.flagged });
      for (let mask = 0; mask < 8; mask++) {
        const inputs = new Map<string, Cell[]>();
        for (const [bit, id] of leaders.entries()) inputs.set(id, leafRows(layout, id).map((r) => (r.label.startsWith('不适用') ? (mask & (1 << bit) ? '是' : '否') : null)));
        const weights = leafWeights(p.template, inputs);
        const base = BASE_LEAVES().reduce((sum, id) => sum + (weights.get(id) ?? NaN), 0);
        expect(base, `${d.name} flags ${mask}`).toBeCloseTo(100, 9);
      }
    }
  });

  it('finds a department without 自治区 and suggests the nearest name for an unknown one', () => {
    expect(findDepartment(scope, '发展改革委')).toMatchObject({ ok: true, department: { name: '自治区发展改革委' } });
    expect(findDepartment(scope, '自治区海洋厅')).toMatchObject({ ok: false, suggestion: '自治区海洋局' });
    expect(findDepartment(scope, '上海市教委')).toMatchObject({ ok: false });
  });

  it('plans the workbook of all 51 departments, each sheet with its own rows, the summary pointing at each sheet’s totals', () => {
    const plan = planScoringWorkbook(department, { sites: [], mode: 'portable', departments: { scope, list: scope.departments } });
    expect(plan.sheets.map((s) => s.name)).toEqual(['汇总', ...scope.departments.map((d) => d.name)]);
    // The validation finds each sheet's template again from its marker.
    for (const sheet of plan.sheets.slice(1, 4)) {
      const marker = parseSheetMarker(sheet.cells[0][COL.key]?.value);
      const template = marker && scoringTemplateFor(marker, byId);
      expect(template && planScoringSheet(template, { site: sheet.name, sheetName: sheet.name, mode: 'portable', flagged: profile(sheet.name).flagged, profile: sheet.name }).plan.cells.length).toBe(sheet.cells.length);
    }
  });

  it('scores 便民查询服务 as the reading states: a third each for the share provided, the mean form of those provided, and point 3', () => {
    // 2 of 4 provided, as 本级检索系统 (1.0) and 上级名单名录 (0.2): (0.5 + 0.6 + 0.5) / 3 × 10.
    expect(queryServicesScore(10, ['本级检索系统', '未提供', '上级名单名录', '未提供'], 0.5)).toBeCloseTo((10 * (0.5 + 0.6 + 0.5)) / 3, 12);
    expect(queryServicesScore(12, ['未提供'], 1)).toBeCloseTo(4, 12);
    expect(queryServicesScore(10, ['本级检索系统', null], 1)).toBe('');
  });
});
