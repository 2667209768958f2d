/** Contest score (应知应会: 知识竞赛成绩): weight × score / fullScore (fullScore 100 when blank). */
import { isBlank, nonNegative, numberOf, numberOr, weightOf, type Cell, type RuleResult } from './cells';
import { RuleInputError } from './rule-error';

export function contestScore(weight: Cell, score: Cell, fullScore: Cell = 100): RuleResult {
  const w = weightOf(weight, null);
  const full = nonNegative(numberOr(fullScore, 100, '竞赛满分'), '竞赛满分');
  if (full === 0) throw new RuleInputError('竞赛满分必须大于 0。');
  if (isBlank(score)) return '';
  const value = nonNegative(numberOf(score, '竞赛成绩'), '竞赛成绩');
  if (value > full) throw new RuleInputError(`竞赛成绩 ${value} 超过竞赛满分 ${full}。`);
  return (w * value) / full;
}
