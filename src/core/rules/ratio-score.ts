/** Ratio (原创比例, 网办深度, 服务提供比例): weight × min(numerator / denominator, 1). */
import { nonNegative, numberOr, weightOf, type Cell, type RuleResult } from './cells';
import { RuleInputError } from './rule-error';

export function ratioScore(weight: Cell, numerator: Cell, denominator: Cell): RuleResult {
  const w = weightOf(weight, null);
  const top = nonNegative(numberOr(numerator, 0, '分子'), '分子');
  const bottom = nonNegative(numberOr(denominator, 0, '分母'), '分母');
  if (top === 0 && bottom === 0) return '';
  if (bottom === 0) throw new RuleInputError(`分母为 0 而分子为 ${top}，无法计算比例。`);
  return w * Math.min(top / bottom, 1);
}
