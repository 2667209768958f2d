/**
 * Best cases (000 创新案例 "仅采纳评分最高的两个"; 003 "每个案例最多得2分…满分6分"):
 * the sum of the k best min(score, perCaseCap), at most totalCap. Blank k or caps: no limit.
 */
import { flatten, isBlank, nonNegative, numberOf, wholeCount, type Cell, type Range, type RuleResult } from './cells';
import { RuleInputError } from './rule-error';

function optionalLimit(value: Cell, label: string): number {
  return isBlank(value) ? Infinity : nonNegative(numberOf(value, label), label);
}

export function bestCases(scores: Range | Cell, k?: Cell, perCaseCap?: Cell, totalCap?: Cell): RuleResult {
  const take = isBlank(k) ? Infinity : wholeCount(numberOf(k, '采纳案例数 k'), '采纳案例数 k');
  if (take === 0) throw new RuleInputError('采纳案例数 k 必须至少为 1。');
  const perCase = optionalLimit(perCaseCap, '单个案例上限');
  const total = optionalLimit(totalCap, '案例总分上限');
  const filled = flatten(scores).filter((cell) => !isBlank(cell));
  if (filled.length === 0) return '';
  const capped = filled
    .map((cell, index) => Math.min(nonNegative(numberOf(cell, `第 ${index + 1} 个案例得分`), '案例得分'), perCase))
    .sort((a, b) => b - a)
    .slice(0, take);
  return Math.min(
    capped.reduce((sum, value) => sum + value, 0),
    total,
  );
}
