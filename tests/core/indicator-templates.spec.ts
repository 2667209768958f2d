/**
 * The transcribed templates, checked against what the source documents state. Numbers here come
 * from the seeds (000 section 一/二/三, 001, 003) as the documents write them.
 */
import { describe, expect, it } from 'vitest';
import { loadTemplateFiles, templateLookup } from '../../src/cli/template-files';
import { checkTemplate, leafCount } from '../../src/core/template-checker';
import { effectiveWeight, visitNodes } from '../../src/core/indicator-tree';
import type { ScoringTemplate, Template } from '../../src/core/template-schema';

const files = loadTemplateFiles();
const templates = new Map<string, Template>();
for (const { result } of files) if (result.ok) templates.set(result.template.id, result.template);
const lookup = templateLookup();

function scoring(id: string): ScoringTemplate {
  const template = templates.get(id);
  if (!template || template.kind !== 'scoring') throw new Error(`no scoring template ${id}`);
  return template;
}

function weightAt(template: ScoringTemplate, path: string): number | null | undefined {
  return visitNodes(template).find((visited) => visited.path === path)?.node.weight;
}

describe('every template file', () => {
  it('includes the seven systems of the source documents', () => {
    expect([...templates.keys()].sort()).toEqual([
      'gx-2023-city',
      'gx-2023-county',
      'gx-2023-department',
      'gx-2023-department-scope',
      'gx-department-earlier',
      'liujiang-task-split',
      'xianning-2023-department',
    ]);
  });

  for (const { file, result } of files) {
    it(`${file} loads and its id is its file name`, () => {
      expect(result.ok ? [] : result.issues).toEqual([]);
      if (result.ok) expect(file.endsWith(`/${result.template.id}.json`)).toBe(true);
    });
  }

  for (const template of templates.values()) {
    it(`${template.id} is checked without a crash and has content`, () => {
      const report = checkTemplate(template, lookup);
      expect(report.template).toBe(template.id);
      expect(leafCount(template)).toBeGreaterThan(0);
      for (const issue of report.issues) expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
    });
  }
});

describe('Guangxi 2023 (seed 000)', () => {
  for (const id of ['gx-2023-department', 'gx-2023-city', 'gx-2023-county']) {
    it(`${id}: base 100, bonus 16, deduction 14, no errors`, () => {
      const report = checkTemplate(scoring(id), lookup);
      expect(report.totals).toEqual({ base: 100, bonus: 16, deduction: 14 });
      expect(report.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    });
  }

  it('department: level-1 weights as section 一 states them', () => {
    const t = scoring('gx-2023-department');
    const stated = { 发布解读: 44, 政务服务: 12, 互动交流: 8, 功能设计: 4, 智慧应用: 12, 政务新媒体: 15, 机制保障: 5 };
    for (const [name, weight] of Object.entries(stated)) expect(weightAt(t, name)).toBe(weight);
    expect(weightAt(t, '附加指标 › 加分指标')).toBe(16);
    expect(weightAt(t, '附加指标 › 扣分指标')).toBe(14);
  });

  for (const id of ['gx-2023-city', 'gx-2023-county']) {
    it(`${id}: 安全事件 weighs 4 but caps the deduction at 3 — a warning, numbers kept`, () => {
      const t = scoring(id);
      expect(weightAt(t, '附加指标 › 扣分指标 › 安全事件')).toBe(4);
      const warnings = checkTemplate(t, lookup).issues.filter((issue) => issue.severity === 'warning');
      expect(warnings).toContainEqual(
        expect.objectContaining({ code: 'cap-weight-mismatch', path: '附加指标 › 扣分指标 › 安全事件' }),
      );
    });
  }

  it('department: 安全事件 caps at its weight 4, so no cap warning there', () => {
    const issues = checkTemplate(scoring('gx-2023-department'), lookup).issues;
    expect(issues.filter((issue) => issue.code === 'cap-weight-mismatch')).toEqual([]);
  });

  it('city and county: 日常监管 uses the N/M rule of the text', () => {
    for (const id of ['gx-2023-city', 'gx-2023-county']) {
      const supervision = visitNodes(scoring(id)).find(({ node }) => node.name === '日常监管');
      expect(supervision?.node.rule).toEqual({ type: 'newmedia-supervision' });
    }
  });
});

describe('Xianning 2023 (seed 001)', () => {
  const t = () => scoring('xianning-2023-department');
  const report = () => checkTemplate(t(), lookup);

  it('reports the weights lost in extraction as errors, keeping them null', () => {
    expect(weightAt(t(), '办事服务 › 查询服务')).toBeNull();
    const lost = report().issues.filter((issue) => issue.code === 'weight-missing');
    expect(lost.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['办事服务 › 查询服务', '政府信息公开 › 基本信息公开 › 政策文件']),
    );
    expect(lost.every((issue) => issue.severity === 'error')).toBe(true);
  });

  it('suggests 查询服务 = 10 − 4 = 6 without writing it', () => {
    const issue = report().issues.find((i) => i.code === 'weight-missing' && i.path === '办事服务 › 查询服务');
    expect(issue?.message).toContain('应为 6（10 − 4）');
    expect(weightAt(t(), '办事服务 › 服务频道设计')).toBe(4);
  });

  it('keeps deductions negative as the document writes them (−4, −4, −2)', () => {
    const deductions = visitNodes(t())
      .filter((visited) => visited.part === 'deduction' && !visited.node.children)
      .map((visited) => visited.node.weight);
    expect(deductions).toEqual([-4, -4, -2]);
    expect(report().totals?.deduction).toBe(10);
  });

  it('splits add up to 100%, including the nested 专题专栏 point (50% = 25% + 25%)', () => {
    const splitProblems = report().issues.filter((issue) => /split|share/.test(issue.code));
    expect(splitProblems).toEqual([]);
    const topics = visitNodes(t()).find(({ node }) => node.name === '专题专栏')?.node;
    const nested = topics?.points?.find((point) => point.points);
    expect(nested?.share).toBe(50);
    expect(nested?.points?.map((point) => point.share)).toEqual([25, 25]);
  });

  it('在线咨询 answers within 1 day score 50%, within 5 days only 20%', () => {
    const consult = visitNodes(t()).find(({ node }) => node.name === '在线咨询')?.node;
    const shares = consult?.points?.flatMap((point) => point.alternatives?.map((a) => a.share) ?? []);
    expect(shares).toEqual([50, 20]);
  });

  it('attaches the appendices to the indicators that refer to them', () => {
    const refs = visitNodes(t()).flatMap(({ node }) => node.appendix?.map((a) => a.ref) ?? []);
    expect(refs.length).toBeGreaterThanOrEqual(4);
  });
});

describe('earlier Guangxi department system (seed 003)', () => {
  it('treats 行政服务 / 业务专题 as alternatives and reports that the base part is not 100', () => {
    const t = scoring('gx-department-earlier');
    const alternatives = visitNodes(t).filter(({ node }) => node.alternative?.group === '办事服务');
    expect(alternatives.map(({ node }) => node.name)).toEqual(['行政服务', '业务专题']);
    expect(alternatives.map(({ node }) => effectiveWeight(node))).toEqual([10, 10]);
    const report = checkTemplate(t, lookup);
    expect(report.issues.map((issue) => issue.code)).toContain('base-total');
  });
});

describe('department scope (seed 000 附录1, 附录2)', () => {
  it('checks every examined department against 重点信息 = 12 of the department template', () => {
    const scope = templates.get('gx-2023-department-scope');
    if (!scope || scope.kind !== 'department-scope') throw new Error('scope missing');
    expect(weightAt(scoring('gx-2023-department'), '发布解读 › 主动公开 › 重点信息')).toBe(12);
    const examined = scope.departments.filter((d) => d.keyAreas !== null);
    expect(examined.length).toBeGreaterThan(0);
    expect(checkTemplate(scope, lookup).issues).toEqual([]);
    const reform = scope.departments.find((d) => d.name.includes('发展改革委'));
    expect(reform?.keyAreas?.map((area) => area.weight)).toEqual([6, 6]);
  });

  it('reports a department whose sub-weights do not add up to 12', () => {
    const scope = templates.get('gx-2023-department-scope');
    if (!scope || scope.kind !== 'department-scope') throw new Error('scope missing');
    const broken = structuredClone(scope);
    const first = broken.departments.find((d) => d.keyAreas && d.keyAreas.length > 0);
    if (!first?.keyAreas) throw new Error('no examined department');
    first.keyAreas[0].weight = (first.keyAreas[0].weight ?? 0) + 1;
    const issues = checkTemplate(broken, lookup).issues;
    expect(issues).toContainEqual(expect.objectContaining({ code: 'scope-key-area-sum', path: first.name }));
  });
});

describe('Liujiang task split (seed 002)', () => {
  it('has plain text only: no HTML fragments left from the conversion', () => {
    const split = templates.get('liujiang-task-split');
    if (!split || split.kind !== 'task-split') throw new Error('task split missing');
    const text = JSON.stringify(split.rows);
    expect(text).not.toMatch(/<\/?(ol|p|li)\b/);
    expect(split.rows.find((row) => row.level3 === '财政预决算')?.units).toEqual(['区财政局']);
    expect(split.rows.find((row) => row.level3 === '机构职能')?.units).toEqual(['各镇', '各单位']);
  });
});
