/** Walking an indicator tree: paths, parts, leaves and the weights a parent stands for. */
import type { IndicatorNode, ScoringTemplate } from './template-schema';
import { joinPath } from './issues';
import { sum } from './numbers';

export type Part = 'base' | 'bonus' | 'deduction';

export interface VisitedNode {
  node: IndicatorNode;
  /** Names from level 1 down to this node. */
  names: string[];
  path: string;
  level: number;
  part: Part;
  parent: IndicatorNode | null;
}

/** Every node, depth first, parents before children, with its inherited part. */
export function visitNodes(template: ScoringTemplate): VisitedNode[] {
  const out: VisitedNode[] = [];
  const walk = (nodes: readonly IndicatorNode[], names: string[], part: Part, parent: IndicatorNode | null) => {
    for (const node of nodes) {
      const nodeNames = [...names, node.name];
      const nodePart = node.part ?? part;
      out.push({ node, names: nodeNames, path: joinPath(nodeNames), level: nodeNames.length, part: nodePart, parent });
      if (node.children) walk(node.children, nodeNames, nodePart, node);
    }
  };
  walk(template.indicators, [], 'base', null);
  return out;
}

export function isLeaf(node: IndicatorNode): boolean {
  return !node.children || node.children.length === 0;
}

export function leaves(template: ScoringTemplate): VisitedNode[] {
  return visitNodes(template).filter((visited) => isLeaf(visited.node));
}

/**
 * Children as they add up in their parent: of each alternative group only the first member counts,
 * since exactly one of the alternatives applies to a site.
 */
export function countedChildren(node: IndicatorNode): IndicatorNode[] {
  const seenGroups = new Set<string>();
  return (node.children ?? []).filter((child) => {
    if (!child.alternative) return true;
    if (seenGroups.has(child.alternative.group)) return false;
    seenGroups.add(child.alternative.group);
    return true;
  });
}

/**
 * The weight a node stands for: its stated weight, or for a parent without one the sum of its
 * counted children; `null` when a weight it depends on was lost.
 */
export function effectiveWeight(node: IndicatorNode): number | null {
  if (typeof node.weight === 'number') return node.weight;
  if (node.weight === null || isLeaf(node)) return null;
  const weights = childContributions(node, node.part === 'deduction');
  return weights.some((weight) => weight === null) ? null : sum(weights as number[]);
}

/**
 * What each counted child adds to its parent's weight. A deduction part under a parent that is not
 * itself a deduction (附加指标 30 = 加分 16 + 扣分 14) counts by its size, whatever sign the document
 * gives deductions (Xianning writes −4).
 */
export function childContributions(node: IndicatorNode, parentIsDeduction: boolean): (number | null)[] {
  return countedChildren(node).map((child) => {
    const weight = effectiveWeight(child);
    return weight !== null && child.part === 'deduction' && !parentIsDeduction ? Math.abs(weight) : weight;
  });
}

export interface PartTotals {
  base: number | null;
  bonus: number | null;
  /** A positive number of points, whatever sign the document gives deductions. */
  deduction: number | null;
}

function containsPartMarker(node: IndicatorNode): boolean {
  return (node.children ?? []).some((child) => child.part !== undefined || containsPartMarker(child));
}

/** Totals of the base, bonus and deduction parts. */
export function partTotals(template: ScoringTemplate): PartTotals {
  const totals: Record<Part, number | null> = { base: 0, bonus: 0, deduction: 0 };
  const add = (part: Part, weight: number | null) => {
    const current = totals[part];
    totals[part] = current === null || weight === null ? null : sum([current, weight]);
  };
  const walk = (nodes: readonly IndicatorNode[], part: Part) => {
    for (const node of nodes) {
      const nodePart = node.part ?? part;
      if (node.part === undefined && containsPartMarker(node)) walk(countedChildren(node), nodePart);
      else add(nodePart, effectiveWeight(node));
    }
  };
  walk(template.indicators, 'base');
  return {
    base: totals.base,
    bonus: totals.bonus,
    deduction: totals.deduction === null ? null : Math.abs(totals.deduction),
  };
}
