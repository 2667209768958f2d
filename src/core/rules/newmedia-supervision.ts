/**
 * 日常监管 (000/002): "若检查N个，M个不合格，则得分为权重*(N-M)/N".
 * N = accounts checked (> 0), M = accounts failing (0 ≤ M ≤ N).
 */
import { RuleInputError, requireNumber, requireWholeCount } from './rule-error';

export function newmediaSupervisionScore(checked: unknown, failed: unknown, weight: unknown = 1): number {
  const n = requireWholeCount(checked, '检查数 N');
  const m = requireWholeCount(failed, '不合格数 M');
  const w = requireNumber(weight, '权重');
  if (n === 0) throw new RuleInputError('检查数 N 为 0，无法计算（N 必须大于 0）。');
  if (m > n) throw new RuleInputError(`不合格数 M（${m}）不能大于检查数 N（${n}）。`);
  if (w < 0) throw new RuleInputError(`权重不能为负数（现为 ${w}）。`);
  return (w * (n - m)) / n;
}
