/** Count tiers (001 "1-4 次，得权重的 50%；5 次及以上，100%"): weight × the fraction of the highest threshold ≤ count. */
import { flatten, nonNegative, numberOf, numberOr, sameShape, weightOf, wholeCount, type Cell, type Range } from './cells';
import { RuleInputError } from './rule-error';

export function countTier(count: Cell, thresholds: Range | Cell, fractions: Range | Cell, weight: Cell = 1): number {
  sameShape(thresholds, fractions, '档位起点', '档位得分比例');
  const n = wholeCount(numberOr(count, 0, '次数'), '次数');
  const w = weightOf(weight);
  const mins = flatten(thresholds).map((cell, index) => nonNegative(numberOf(cell, `第 ${index + 1} 个档位起点`), '档位起点'));
  const parts = flatten(fractions).map((cell, index) => numberOf(cell, `第 ${index + 1} 个档位得分比例`));
  mins.forEach((min, index) => {
    if (index > 0 && !(min > mins[index - 1])) throw new RuleInputError(`档位起点必须从小到大排列（第 ${index + 1} 个为 ${min}，前一个为 ${mins[index - 1]}）。`);
  });
  parts.forEach((fraction, index) => {
    if (fraction < 0 || fraction > 1) throw new RuleInputError(`第 ${index + 1} 个档位得分比例应在 0 到 1 之间（现为 ${fraction}）。`);
  });
  let reached = 0;
  mins.forEach((min, index) => {
    if (n >= min) reached = parts[index];
  });
  return w * reached;
}
