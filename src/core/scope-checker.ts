/** Department-scope data: each department's 重点领域 sub-weights add up to the weight of 重点信息. */
import type { DepartmentScopeTemplate, ScoringTemplate } from './template-schema';
import type { Issue } from './issues';
import { effectiveWeight, visitNodes } from './indicator-tree';
import { messages } from './messages';
import { nearlyEqual, sum } from './numbers';

export function checkScope(scope: DepartmentScopeTemplate, linked: ScoringTemplate | undefined): Issue[] {
  const issues: Issue[] = [];
  if (!linked) {
    return [{ severity: 'error', code: 'scope-linked-template', path: '', message: messages.scopeLinkedMissing(scope.linkedTemplate) }];
  }
  const keyInfo = visitNodes(linked).find(({ node }) => node.id === scope.keyInfoIndicator);
  if (!keyInfo) {
    const message = messages.scopeKeyInfoMissing(scope.keyInfoIndicator, scope.linkedTemplate);
    return [{ severity: 'error', code: 'scope-key-info', path: '', message }];
  }
  const expected = effectiveWeight(keyInfo.node);
  const notExamined = scope.departments.filter((d) => d.keyAreas === null);
  if (notExamined.length > 0 && !keyInfo.node.redistribution) {
    issues.push({
      severity: 'error',
      code: 'scope-no-transfer',
      path: keyInfo.path,
      message: `${notExamined.length} 个部门的重点领域“不考核”，但“${keyInfo.node.name}”没有权重转移规则：这些部门的评分表基础分会少 ${expected ?? '?'} 分。`,
    });
  }
  for (const department of scope.departments) {
    if (!department.keyAreas) continue; // 不考核: the weight is redistributed
    const lost = department.keyAreas.filter((area) => area.weight === null);
    for (const area of lost) {
      issues.push({ severity: 'error', code: 'weight-missing', path: `${department.name} › ${area.name}`, message: messages.scopeKeyAreaLost(area.name) });
    }
    if (lost.length > 0 || expected === null) continue;
    const weights = department.keyAreas.map((area) => area.weight as number);
    const total = sum(weights);
    if (!nearlyEqual(total, expected)) {
      issues.push({ severity: 'error', code: 'scope-key-area-sum', path: department.name, message: messages.scopeKeyAreaSum(total, expected, weights) });
    }
  }
  return issues;
}
