/** Weights: lost weights, parent vs children, part totals, alternative branches. */
import type { ScoringTemplate } from './template-schema';
import type { Issue } from './issues';
import { childContributions, countedChildren, effectiveWeight, isLeaf, partTotals, visitNodes, type VisitedNode } from './indicator-tree';
import { messages, partNames } from './messages';
import { nearlyEqual, sum } from './numbers';

export function checkWeights(template: ScoringTemplate): Issue[] {
  const issues: Issue[] = [];
  for (const visited of visitNodes(template)) {
    issues.push(...checkNodeWeight(visited), ...checkChildrenSum(visited), ...checkAlternatives(visited));
  }
  issues.push(...checkPartTotals(template));
  return issues;
}

function checkNodeWeight({ node, path, part, parent }: VisitedNode): Issue[] {
  if (node.weight === null) {
    return [{ severity: 'error', code: 'weight-missing', path, message: lostWeightMessage(node, parent) }];
  }
  if (node.weight === undefined && isLeaf(node)) {
    return [{ severity: 'error', code: 'weight-missing', path, message: messages.weightNotStatedOnLeaf() }];
  }
  if (typeof node.weight === 'number' && node.weight < 0 && part !== 'deduction') {
    return [{ severity: 'error', code: 'weight-negative', path, message: messages.weightNegative(node.weight) }];
  }
  return [];
}

/** Where exactly one sibling weight is lost and the parent's is known, say what it must be. */
function lostWeightMessage(node: VisitedNode['node'], parent: VisitedNode['parent']): string {
  const parentWeight = parent ? effectiveWeight(parent) : null;
  if (!parent || parentWeight === null || typeof parent.weight !== 'number') return messages.weightLost();
  const siblings = countedChildren(parent).filter((sibling) => sibling !== node);
  const others = siblings.map(effectiveWeight);
  if (others.some((weight) => weight === null) || !countedChildren(parent).includes(node)) return messages.weightLost();
  const known = others as number[];
  return messages.weightLostSuggested(sum([parentWeight, -sum(known)]), parentWeight, known);
}

function checkChildrenSum({ node, path, part }: VisitedNode): Issue[] {
  if (isLeaf(node) || typeof node.weight !== 'number') return [];
  const weights = childContributions(node, part === 'deduction');
  if (weights.some((weight) => weight === null)) return []; // reported as weight-missing
  const total = sum(weights as number[]);
  // Inside the deduction part the document's sign is a convention (扣分指标 10 over −4, −4, −2).
  if (nearlyEqual(total, node.weight) || (part === 'deduction' && nearlyEqual(Math.abs(total), Math.abs(node.weight)))) return [];
  return [
    {
      severity: 'error',
      code: 'weight-sum-mismatch',
      path,
      message: messages.weightSumMismatch(node.weight, total, weights as number[]),
    },
  ];
}

function checkAlternatives({ node, path }: VisitedNode): Issue[] {
  const groups = new Map<string, (number | null)[]>();
  for (const child of node.children ?? []) {
    if (!child.alternative) continue;
    groups.set(child.alternative.group, [...(groups.get(child.alternative.group) ?? []), effectiveWeight(child)]);
  }
  const issues: Issue[] = [];
  for (const [group, weights] of groups) {
    const known = weights.filter((weight): weight is number => weight !== null);
    if (known.some((weight) => !nearlyEqual(weight, known[0]))) {
      issues.push({ severity: 'error', code: 'alternative-weights-differ', path, message: messages.alternativeWeights(group, known) });
    }
  }
  return issues;
}

function checkPartTotals(template: ScoringTemplate): Issue[] {
  const totals = partTotals(template);
  const issues: Issue[] = [];
  if (totals.base === null) {
    issues.push({ severity: 'error', code: 'base-total-unknown', path: '', message: messages.baseTotalUnknown() });
  } else if (!nearlyEqual(totals.base, 100)) {
    issues.push({ severity: 'error', code: 'base-total', path: '', message: messages.baseTotal(totals.base, hasAlternatives(template)) });
  }
  for (const part of ['bonus', 'deduction'] as const) {
    const total = totals[part];
    const stated = template.statedTotals[part];
    if (total === null || stated === null || nearlyEqual(total, stated)) continue;
    issues.push({ severity: 'error', code: `${part}-total`, path: '', message: messages.partTotal(partNames[part], total, stated) });
  }
  return issues;
}

function hasAlternatives(template: ScoringTemplate): boolean {
  return visitNodes(template).some(({ node }) => node.alternative !== undefined);
}
