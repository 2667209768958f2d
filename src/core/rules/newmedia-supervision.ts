/**
 * 日常监管 (000/002): "若检查N个，M个不合格，则得分为权重*(N-M)/N".
 * N = accounts checked, M = accounts failing: whole numbers, 0 ≤ M ≤ N, N > 0 once anything is filled.
 */
import { isBlank, numberOr, weightOf, wholeCount, type Cell, type RuleResult } from './cells';
import { RuleInputError } from './rule-error';

export function newmediaSupervision(checked: Cell, failed: Cell, weight: Cell = 1): RuleResult {
  const n = wholeCount(numberOr(checked, 0, '检查数 N'), '检查数 N');
  const m = wholeCount(numberOr(failed, 0, '不合格数 M'), '不合格数 M');
  const w = weightOf(weight);
  if (n === 0 && m === 0) return '';
  if (m > n) throw new RuleInputError(`不合格数 M=${m} 大于检查数 N=${isBlank(checked) ? '（未填写）' : n}。`);
  return (w * (n - m)) / n;
}
