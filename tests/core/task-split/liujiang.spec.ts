/**
 * The Liujiang task split with its example member list. It is linked to no scoring template (002 is
 * an older county system); its coverage computed against gx-2023-county on purpose shows what such a
 * wrong link reports.
 */
import { describe, expect, it } from 'vitest';
import { findUnitView } from '../../../src/core/task-split/assignments';
import { taskReport } from '../../../src/core/task-split/task-report';
import { leaves } from '../../../src/core/indicator-tree';
import { joinPath } from '../../../src/core/issues';
import { linkedScoring } from '../../../src/core/task-split/task-split';
import { liujiangMembers, liujiangSplit, lookup, scoring } from './support';

const split = liujiangSplit();
const county = scoring('gx-2023-county');
const report = taskReport(split, liujiangMembers(), linkedScoring(split, lookup));
const view = (name: string) => findUnitView(report.units, report.members, name);

describe('Liujiang per-unit views', () => {
  it('区财政局 has the 财政预决算, 政府采购 and 国有产权交易 rows, directly and as owner', () => {
    const tasks = view('区财政局')?.tasks ?? [];
    for (const leaf of ['财政预决算', '政府采购领域', '国有产权交易领域']) {
      expect(tasks).toContainEqual(expect.objectContaining({ path: expect.stringMatching(new RegExp(`› ${leaf}$`)), role: 'owner', via: null }));
    }
    expect(tasks.find((t) => t.path.endsWith('政府采购领域'))?.column).toBe('市政府采购网柳江区板块');
  });

  it('区财政局 also gets the 各单位 rows (via 各单位) and 专题栏目 as an assisting 有关部门', () => {
    const tasks = view('区财政局')?.tasks ?? [];
    expect(tasks.find((t) => t.path.endsWith('机构职能'))).toMatchObject({ role: 'owner', via: '各单位' });
    expect(tasks.find((t) => t.path.endsWith('专题栏目'))).toMatchObject({ role: 'assist', via: '各有关部门' });
    expect(tasks.find((t) => t.path.endsWith('链接管理'))).toMatchObject({ role: 'assist', via: '各单位', duty: '做好信息发布规范化' });
  });

  it("各镇's collective tasks reach every town of the member list", () => {
    const towns = report.members.members.filter((m) => m.kind === '镇');
    expect(towns.length).toBe(10);
    const townRows = split.rows.filter((row) => row.responsible.includes('各镇')).map((row) => row.id);
    expect(townRows.length).toBe(11);
    for (const town of towns) {
      const tasks = view(town.name)?.tasks ?? [];
      expect(tasks.map((t) => t.rowId)).toEqual(townRows);
      expect(tasks.every((t) => t.via === '各镇')).toBe(true);
    }
  });

  it('a unit named directly and through a collective gets the task once, directly', () => {
    const planning = view('区政府办')?.tasks.filter((t) => t.path.endsWith('规划计划'));
    expect(planning).toEqual([expect.objectContaining({ via: null })]);
  });

  it('finds a unit by its alias; counts tasks; no weights, since no scoring template of its system is linked', () => {
    expect(view('区人社局')?.summary.unit).toBe('区人力资源社会保障局');
    const info = view('区信息中心')?.summary;
    expect(info).toMatchObject({ kind: '部门', tasks: 26, weight: null });
    expect(info?.tasks).toBe(view('区信息中心')?.tasks.length);
    expect(report.units.every((unit) => unit.summary.weight === null)).toBe(true);
  });
});

describe('Liujiang coverage, unlinked', () => {
  it('checks units and columns only: no indicator is reported missing or unknown', () => {
    expect(split.linkedTemplateId).toBeNull();
    expect(report.issues.filter((i) => i.code.startsWith('indicator-') || i.code === 'linked-template-missing')).toEqual([]);
  });

  it('has a unit for every task (项目竣工有关信息 from the merged cell above) and no problem at all', () => {
    expect(report.issues.filter((i) => i.code === 'task-no-unit')).toEqual([]);
    expect(report.issues).toEqual([]);
  });

  it('with the example member list: no unknown unit, no alias, no empty collective', () => {
    expect(report.issues.filter((i) => ['unit-unknown', 'unit-alias', 'unit-near-duplicate', 'collective-empty', 'members-missing'].includes(i.code))).toEqual([]);
  });
});

describe('Liujiang coverage computed against gx-2023-county on purpose (the wrong link the template had)', () => {
  const wrong = taskReport(split, liujiangMembers(), county);
  const codes = (code: string) => wrong.issues.filter((i) => i.code === code);

  it('lists every indicator of gx-2023-county the split does not cover', () => {
    // Only three Liujiang rows have a path gx-2023-county also has (written out by hand).
    const covered = ['政务新媒体 › 集约开设', '政务新媒体 › 日常监管', '机制保障 › 运维机制'];
    const expected = leaves(county).map((v) => joinPath(v.names)).filter((path) => !covered.includes(path));
    expect(codes('indicator-missing').map((i) => i.path)).toEqual(expected);
    expect(expected).toHaveLength(40);
  });

  it('points at same-named indicators on another level', () => {
    const search = codes('indicator-missing').find((i) => i.path === '智慧应用 › 智能搜索');
    expect(search?.message).toContain('功能设计 › 应用功能 › 智能搜索');
  });

  it('reports the rows gx-2023-county does not have: all but three', () => {
    expect(codes('indicator-unknown')).toHaveLength(split.rows.length - 3);
    expect(split.rows.length - 3).toBe(65);
  });
});
