/**
 * Template corrections checked against the source documents (issue 14): each case is what the
 * document states, line numbers as in /work/shared/seeds.
 */
import { describe, expect, it } from 'vitest';
import { loadTemplateFiles } from '../../src/cli/template-files';
import { partTotals, visitNodes } from '../../src/core/indicator-tree';
import { COL, planScoringSheet } from '../../src/core/sheet-plan/scoring-sheet-plan';
import { planScoringWorkbook } from '../../src/core/sheet-plan/workbook-plan';
import { checkTemplate } from '../../src/core/template-checker';
import { taskReport } from '../../src/core/task-split/task-report';
import { linkedScoring, splitOf } from '../../src/core/task-split/task-split';
import type { ScoringTemplate, Template } from '../../src/core/template-schema';

const templates = new Map<string, Template>();
for (const { result } of loadTemplateFiles()) if (result.ok) templates.set(result.template.id, result.template);

function scoring(id: string): ScoringTemplate {
  const template = templates.get(id);
  if (!template || template.kind !== 'scoring') throw new Error(`no scoring template ${id}`);
  return template;
}

const nodeNamed = (id: string, name: string) => visitNodes(scoring(id)).find(({ node }) => node.name === name)?.node;
const GX = ['gx-2023-department', 'gx-2023-city', 'gx-2023-county'];

describe('民意征集: “……模板性话术显示，此项不得分” belongs to point 5 (000 lines 324, 1051, 1823)', () => {
  it.each(GX)('%s: no veto on the indicator; the sentence stays in point 5, which the evaluator judges', (id) => {
    const node = nodeNamed(id, '民意征集');
    expect(node?.vetoes ?? []).toEqual([]);
    expect(node?.rule ?? { type: 'judged' }).toEqual({ type: 'judged' });
    const point5 = node?.points?.[4];
    expect(point5?.text).toMatch(/^是否公开意见具体采纳情况/);
    expect(point5?.text).toContain('模板性话术显示，此项不得分');
    expect(node?.points?.filter((point) => point.text.includes('此项不得分'))).toHaveLength(1);
  });

  it.each(GX)('%s: the notes read it as point-level', (id) => {
    const notes = scoring(id).notes?.filter((note) => note.includes('民意征集') && note.includes('此项不得分')) ?? [];
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/第\s*5\s*点/);
    expect(notes[0]).toMatch(/不是整个指标|而非整个指标/);
    expect(notes[0]).not.toContain('需人工确认');
  });
});

describe('网办深度: the city and county sections count, only the department section states a ratio (000 lines 217, 894, 1658)', () => {
  it.each(['gx-2023-city', 'gx-2023-county'])('%s: judged as the document states it (a count), the count named as the evaluator’s reference', (id) => {
    const node = nodeNamed(id, '网办深度');
    expect(node?.content).toBe('考核各地区实现全程网办事项的数量。');
    expect(node?.rule ?? { type: 'judged' }).toEqual({ type: 'judged' });
    const notes = scoring(id).notes?.filter((note) => note.includes('网办深度')) ?? [];
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('judged');
    expect(notes[0]).toContain('参考');
    expect(notes[0]).not.toMatch(/按项目约定用 ratio|读作 ratio/);
  });

  it('gx-2023-department keeps the ratio of 数量占比', () => {
    const node = nodeNamed('gx-2023-department', '网办深度');
    expect(node?.content).toBe('考核本部门实现全程网办事项数量占比。');
    expect(node?.rule?.type).toBe('ratio');
  });
});

describe('liujiang-task-split: 002 is an older county system, not gx-2023-county', () => {
  const liujiang = () => {
    const t = templates.get('liujiang-task-split');
    if (t?.kind !== 'task-split') throw new Error('liujiang-task-split missing');
    return t;
  };
  const lookup = (id: string) => templates.get(id);

  it('is not linked to a scoring template, and its notes say why', () => {
    expect(liujiang().linkedTemplate).toBeUndefined();
    const note = liujiang().notes?.find((n) => n.includes('linkedTemplate'));
    expect(note).toContain('gx-2023-county');
    expect(note).toContain('健康情况');
  });

  it('checks without a problem', () => {
    expect(checkTemplate(liujiang(), lookup).issues).toEqual([]);
  });

  it('a link to gx-2023-county is refused, naming the indicators that template does not have', () => {
    const linked = { ...liujiang(), linkedTemplate: 'gx-2023-county' };
    const issues = checkTemplate(linked, lookup).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'error', code: 'task-split-link-mismatch', path: '' });
    expect(issues[0].message).toContain('gx-2023-county');
    for (const name of ['健康情况', '办事服务', '发布解读 › 中心工作落实宣传', '互动交流 › 征集调查', '等 17 个']) expect(issues[0].message).toContain(name);
    expect(issues[0].message).not.toContain('政务新媒体 › 日常监管');
  });

  it('its coverage report no longer lists the artefacts of the wrong link', () => {
    const split = splitOf(liujiang(), lookup);
    if (!split) throw new Error('no split');
    expect(split.linkedTemplateId).toBeNull();
    const report = taskReport(split, null, linkedScoring(split, lookup));
    expect(report.issues.filter((i) => i.code.startsWith('indicator-'))).toEqual([]);
  });
});

describe('liujiang-task-split 责任单位 (002 lines 29–33, 92, 95)', () => {
  const rows = () => {
    const t = templates.get('liujiang-task-split');
    if (t?.kind !== 'task-split') throw new Error('liujiang-task-split missing');
    return new Map(t.rows.map((row) => [row.id, row]));
  };

  it('r18 项目竣工有关信息: the empty cell merged with r17 above (区住房城乡建设局), as r61/r62 are filled', () => {
    const r18 = rows().get('r18');
    expect(r18).toMatchObject({ level3: '项目竣工有关信息', column: '项目实施竣工', responsible: '区住房城乡建设局', units: ['区住房城乡建设局'], mergedFromAbove: ['responsible'] });
    expect(rows().get('r17')?.responsible).toBe('区住房城乡建设局');
  });

  it('r56, r57: the cell as written in responsible, only unit names in units', () => {
    expect(rows().get('r56')).toMatchObject({ responsible: '区信息中心牵头，各有关部门配合', units: ['区信息中心', '各有关部门'] });
    expect(rows().get('r57')).toMatchObject({ responsible: '区信息中心负责功能设计，各镇、各单位配合做好信息发布规范化', units: ['区信息中心', '各镇', '各单位'] });
  });

  it('no unit name carries a role word or a duty', () => {
    const names = [...rows().values()].flatMap((row) => row.units);
    expect(names.filter((name) => /牵头|配合|负责/.test(name))).toEqual([]);
  });
});

describe('statedTotals: what 000 states (附加指标 30 = 加分 16 + 扣分 14; no base total, the level-1 weights add up to 100)', () => {
  it.each(GX)('%s: base null as stated, bonus 16 and deduction 14; the totals computed from the weights are 100 / 16 / 14', (id) => {
    const t = scoring(id);
    expect(t.statedTotals).toEqual({ base: null, bonus: 16, deduction: 14 });
    expect(partTotals(t)).toEqual({ base: 100, bonus: 16, deduction: 14 });
    expect(t.notes?.some((note) => note.includes('statedTotals.base'))).toBe(true);
  });

  it.each(GX)('%s: the sheet still shows 基础分 100 (computed) and the summary note 满分116分', (id) => {
    const t = scoring(id);
    const layout = planScoringSheet(t, { site: '甲', sheetName: '甲', mode: 'gov' });
    expect(layout.plan.cells[layout.totals.base][COL.weight]?.value).toBe(100);
    const summary = planScoringWorkbook(t, { sites: ['甲', '乙'], mode: 'gov' }).sheets[0];
    expect(summary.cells.flat().some((cell) => String(cell?.value ?? '').includes('满分116分（基础分 100，加分 16，扣分最多 14）'))).toBe(true);
  });
});

describe('gx-2023-department-scope 附录2: items that may be two services are flagged (000 lines 3369, 3411)', () => {
  const scope = () => {
    const t = templates.get('gx-2023-department-scope');
    if (t?.kind !== 'department-scope') throw new Error('gx-2023-department-scope missing');
    return t;
  };

  it.each([
    ['自治区市场监管局', '驰著名商标、地理标志证明商标查询', '第3369行'],
    ['自治区海洋局', '海洋预报和海洋预警查询', '第3411行'],
  ])('%s “%s” is kept as one item as written, and a note says it may be two', (department, item, line) => {
    expect(scope().departments.find((d) => d.name === department)?.queryServices).toContain(item);
    const note = scope().notes?.find((n) => n.includes(item));
    expect(note).toContain(line);
    expect(note).toContain('两项');
    expect(note).toContain('分母');
  });
});
