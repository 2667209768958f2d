/**
 * A site's scores computed by the TypeScript rules from its 录入 values: leaf scores, unit
 * subtotals and 基础分 / 加分 / 扣分 / 总分 — what the scoring sheet's formulas must show.
 */
import type { ScoringTemplate } from '../template-schema';
import { partTotals } from '../indicator-tree';
import type { Cell, RuleResult } from '../rules/cells';
import { planLeaf } from './leaf-inputs';
import { scoringUnits } from './scoring-units';

export interface SheetScores {
  leaves: Map<string, RuleResult>;
  units: Map<string, number>;
  base: number;
  bonus: number;
  deduction: number;
  total: number;
}

/** `inputs` holds, per leaf id, the 录入 column values of its rows (fixed values included). */
export function scoreSheet(template: ScoringTemplate, inputs: ReadonlyMap<string, readonly Cell[]>): SheetScores {
  const leaves = new Map<string, RuleResult>();
  const units = new Map<string, number>();
  const sums = { base: 0, bonus: 0, deduction: 0 };
  for (const unit of scoringUnits(template)) {
    let subtotal = 0;
    for (const { node } of unit.leaves) {
      const plan = planLeaf(node, unit.part, 'gov');
      const score = plan.evaluate(inputs.get(node.id) ?? [], typeof node.weight === 'number' ? node.weight : NaN);
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
