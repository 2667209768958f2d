/**
 * The blocks of a scoring sheet: each ends with a subtotal row. A unit is the highest node whose
 * whole subtree lies in one part (base, bonus or deduction): a base level-1 indicator, or the
 * 加分指标 / 扣分指标 node inside 附加指标.
 */
import type { IndicatorNode, ScoringTemplate } from '../template-schema';
import { effectiveWeight, isLeaf, type Part } from '../indicator-tree';

export interface UnitLeaf {
  node: IndicatorNode;
  /** Nodes from level 1 down to the leaf. */
  ancestry: IndicatorNode[];
}

export interface ScoringUnit {
  node: IndicatorNode;
  part: Part;
  /** Nodes from level 1 down to the unit. */
  ancestry: IndicatorNode[];
  leaves: UnitLeaf[];
  /** The unit's weight as a positive number of points; null where a weight was lost. */
  weight: number | null;
}

function hasPartMarker(node: IndicatorNode): boolean {
  return (node.children ?? []).some((child) => child.part !== undefined || hasPartMarker(child));
}

function leavesOf(node: IndicatorNode, ancestry: IndicatorNode[]): UnitLeaf[] {
  if (isLeaf(node)) return [{ node, ancestry }];
  return (node.children ?? []).flatMap((child) => leavesOf(child, [...ancestry, child]));
}

export function scoringUnits(template: ScoringTemplate): ScoringUnit[] {
  const units: ScoringUnit[] = [];
  const walk = (nodes: readonly IndicatorNode[], ancestry: IndicatorNode[], part: Part) => {
    for (const node of nodes) {
      const path = [...ancestry, node];
      const nodePart = node.part ?? part;
      if (node.part === undefined && hasPartMarker(node)) {
        walk(node.children ?? [], path, nodePart);
        continue;
      }
      const weight = effectiveWeight(node);
      units.push({ node, part: nodePart, ancestry: path, leaves: leavesOf(node, path), weight: weight === null ? null : Math.abs(weight) });
    }
  };
  walk(template.indicators, [], 'base');
  return units;
}
