/** Issue 14: the checker on weight transfers and department scopes (each case fails on the data before its change). */
import { describe, expect, it } from 'vitest';
import { loadTemplateFiles } from '../../src/cli/template-files';
import type { DepartmentScopeTemplate, IndicatorNode, ScoringTemplate, Template } from '../../src/core/template-schema';
import { checkTemplate } from '../../src/core/template-checker';

const all: Template[] = loadTemplateFiles().flatMap((f) => (f.result.ok ? [f.result.template] : []));
const department = () => structuredClone(all.find((t) => t.id === 'gx-2023-department') as ScoringTemplate);
const scope = () => structuredClone(all.find((t) => t.id === 'gx-2023-department-scope') as DepartmentScopeTemplate);

function node(template: ScoringTemplate, id: string): IndicatorNode {
  const find = (nodes: IndicatorNode[]): IndicatorNode | undefined => nodes.map((n) => (n.id === id ? n : find(n.children ?? []))).find(Boolean);
  const found = find(template.indicators);
  if (!found) throw new Error(id);
  return found;
}

const codes = (template: Template, lookup?: (id: string) => Template | undefined) => checkTemplate(template, lookup).issues.map((i) => `${i.severity} ${i.code}`);

describe('weight transfers in the checker', () => {
  it('reports none on the transcribed department template', () => {
    expect(codes(department()).filter((c) => c.includes('redistribution'))).toEqual([]);
  });

  it('reports a transfer to an indicator the template does not have', () => {
    const t = department();
    node(t, 'service-guide').redistribution = { when: '无政务服务职能的部门', to: { indicator: 'no-such-indicator' } };
    // rule-checker's report, once: the transfer checker leaves a missing target to it.
    expect(checkTemplate(t).issues.filter((i) => i.code.startsWith('redistribution-target'))).toHaveLength(1);
    const issue = checkTemplate(t).issues.find((i) => i.code === 'redistribution-target');
    expect(issue).toMatchObject({ severity: 'error', path: '政务服务 › 办事指南' });
    expect(issue?.message).toContain('no-such-indicator');
  });

  it('reports a transfer to an indicator that is not a leaf', () => {
    const t = department();
    node(t, 'service-guide').redistribution = { when: '无政务服务职能的部门', to: { indicator: 'interaction' } };
    expect(codes(t)).toContain('error redistribution-not-leaf');
  });

  it('reports a rule whose receivers could all be flagged (the base part would lose its weight)', () => {
    const t = department();
    node(t, 'basic-info').redistribution = { when: '某种情形', to: 'siblings' };
    expect(codes(t)).toContain('error redistribution-no-receiver');
  });

  it('reports 不考核 departments when 重点信息 has no transfer rule', () => {
    const t = department();
    delete node(t, 'key-info').redistribution;
    const issues = checkTemplate(scope(), (id) => (id === t.id ? t : undefined)).issues;
    const issue = issues.find((i) => i.code === 'scope-no-transfer');
    expect(issue?.message).toMatch(/^26 个部门的重点领域“不考核”，但“重点信息”没有权重转移规则/);
  });

  it('reports a department whose sub-weights do not add up to 重点信息', () => {
    const s = scope();
    const d = s.departments.find((x) => x.name === '自治区发展改革委');
    if (!d?.keyAreas) throw new Error('fixture');
    d.keyAreas[1].weight = 5;
    const issues = checkTemplate(s, (id) => all.find((t) => t.id === id)).issues;
    expect(issues.find((i) => i.code === 'scope-key-area-sum')).toMatchObject({ severity: 'error', path: '自治区发展改革委' });
  });
});
