/**
 * A site's scores computed by the TypeScript rules from its 录入 values: leaf scores, unit
 * subtotals and 基础分 / 加分 / 扣分 / 总分 — what the scoring sheet's formulas must show.
 */
import type { IndicatorNode, ScoringTemplate } from '../template-schema';
import { partTotals, type Part } from '../indicator-tree';
import type { Cell, RuleResult } from '../rules/cells';
import { planLeaf, type LeafTransfer } from './leaf-inputs';
import { scoringUnits } from './scoring-units';
import { adjustedWeights, leafTransfers, weightTransfers } from './weight-transfers';

export interface SheetScores {
  leaves: Map<string, RuleResult>;
  units: Map<string, number>;
  base: number;
  bonus: number;
  deduction: number;
  total: number;
}

/**
 * Each leaf's weight as the sheet's 不适用 flags make it (weight-transfers.ts): the template's, or
 * for a leaf in a weight transfer the adjusted one. A source's flag is the value of its flag row in
 * `inputs` (the shared ones included, as the sheet computes them).
 */
export function leafWeights(template: ScoringTemplate, inputs: ReadonlyMap<string, readonly Cell[]>): Map<string, number> {
  const flags = flagValues(template, inputs);
  const { transfers: graph } = weightTransfers(template);
  const flagged = new Set(graph.sources.filter((source) => flags.get(source.leader) === '是').map((source) => source.id));
  const base = new Map<string, number>();
  for (const unit of scoringUnits(template)) for (const { node } of unit.leaves) if (typeof node.weight === 'number') base.set(node.id, node.weight);
  const adjusted = adjustedWeights(graph, base, flagged);
  return new Map([...base].map(([id, weight]) => [id, adjusted.get(id) ?? weight]));
}

/** Each source's own flag row, where it is entered (not a shared one): its index and value. */
function flagValues(template: ScoringTemplate, inputs: ReadonlyMap<string, readonly Cell[]>): Map<string, string> {
  const transfers = leafTransfers(template);
  const out = new Map<string, string>();
  for (const unit of scoringUnits(template)) {
    for (const { node } of unit.leaves) {
      const transfer = transfers.get(node.id);
      if (!transfer?.flag || transfer.flag.sharedCell) continue;
      const index = flagRowIndex(node, unit.part, transfer);
      out.set(node.id, String(inputs.get(node.id)?.[index] ?? '').trim());
    }
  }
  return out;
}

function flagRowIndex(node: IndicatorNode, part: Part, transfer: LeafTransfer): number {
  return planLeaf(node, part, 'gov', transfer).rows.findIndex((row) => row.label === transfer.flag?.label);
}

/**
 * The inputs as the sheet shows them: a shared flag row holds its leader's value and the weight row
 * the adjusted weight (both are formulas in the sheet, absent from what an evaluator types).
 */
export function resolvedInputs(template: ScoringTemplate, inputs: ReadonlyMap<string, readonly Cell[]>): Map<string, Cell[]> {
  const transfers = leafTransfers(template);
  const { transfers: graph } = weightTransfers(template);
  const flags = flagValues(template, inputs);
  const weights = leafWeights(template, inputs);
  const out = new Map<string, Cell[]>([...inputs].map(([id, values]) => [id, [...values]]));
  for (const unit of scoringUnits(template)) {
    for (const { node } of unit.leaves) {
      const transfer = transfers.get(node.id);
      if (!transfer) continue;
      const rows = planLeaf(node, unit.part, 'gov', transfer).rows;
      const values = out.get(node.id) ?? [];
      if (transfer.flag?.sharedCell) values[flagRowIndex(node, unit.part, transfer)] = flags.get(graph.bySource.get(node.id)?.leader ?? '') ?? null;
      values[rows.length - 1] = weights.get(node.id) ?? null;
      out.set(node.id, values);
    }
  }
  return out;
}

/** `inputs` holds, per leaf id, the 录入 column values of its rows (fixed values included). */
export function scoreSheet(template: ScoringTemplate, inputs: ReadonlyMap<string, readonly Cell[]>): SheetScores {
  const leaves = new Map<string, RuleResult>();
  const units = new Map<string, number>();
  const sums = { base: 0, bonus: 0, deduction: 0 };
  const weights = leafWeights(template, inputs);
  inputs = resolvedInputs(template, inputs);
  const transfers = leafTransfers(template);
  for (const unit of scoringUnits(template)) {
    let subtotal = 0;
    for (const { node } of unit.leaves) {
      const plan = planLeaf(node, unit.part, 'gov', transfers.get(node.id));
      const score = plan.evaluate(inputs.get(node.id) ?? [], weights.get(node.id) ?? (typeof node.weight === 'number' ? node.weight : NaN));
      leaves.set(node.id, score);
      if (score !== '') subtotal += score;
    }
    units.set(unit.node.id, subtotal);
    sums[unit.part] += subtotal;
  }
  const stated = partTotals(template);
  const bonus = stated.bonus === null ? sums.bonus : Math.min(sums.bonus, stated.bonus);
  const deduction = stated.deduction === null ? sums.deduction : Math.min(sums.deduction, stated.deduction);
  return { leaves, units, base: sums.base, bonus, deduction, total: sums.base + bonus - deduction };
}
