/** Split score (001 评分细则 "…，30%；…，20%"): weight × Σ shareᵢ × attainmentᵢ. */
import { flatten, isBlank, nonNegative, numberOf, percent, sameShape, weightOf, type Cell, type Range, type RuleResult } from './cells';
import { RuleInputError } from './rule-error';

const SHARE_TOLERANCE = 1e-9;

/** Shares as Excel stores percentages (30% = 0.3), each ≥ 0, adding up to 1. */
export function checkedShares(shares: Range | Cell, label = '分项比例'): number[] {
  const values = flatten(shares).map((cell, index) => nonNegative(numberOf(cell, `第 ${index + 1} 个${label}`), label));
  const total = values.reduce((sum, value) => sum + value, 0);
  if (Math.abs(total - 1) > SHARE_TOLERANCE) throw new RuleInputError(`${label}合计为 ${percent(total)}，应为 100%。`);
  return values;
}

export function splitScore(weight: Cell, shares: Range | Cell, attainments: Range | Cell): RuleResult {
  const w = weightOf(weight, null);
  sameShape(shares, attainments, '分项比例', '完成程度');
  const values = checkedShares(shares);
  const cells = flatten(attainments);
  if (cells.every(isBlank)) return '';
  let total = 0;
  cells.forEach((cell, index) => {
    if (isBlank(cell)) return; // not yet filled: contributes nothing
    const attainment = numberOf(cell, `第 ${index + 1} 项完成程度`);
    if (attainment < 0 || attainment > 1) {
      throw new RuleInputError(`第 ${index + 1} 项完成程度应在 0 到 1（0% 到 100%）之间（现为 ${attainment}）。`);
    }
    total += values[index] * attainment;
  });
  return w * total;
}
