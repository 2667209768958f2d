/* Excel custom functions in namespace GOV (see manifest.xml); each body is one call into src/core. */
import { newmediaSupervisionScore } from '../core/rules/newmedia-supervision';
import { excelCall, orDefault } from './errors';

/**
 * 政务新媒体日常监管得分：权重 ×（N − M）÷ N。
 * @customfunction NEWMEDIA_SUPERVISION
 * @param checked 检查的账号数 N（大于 0 的整数）
 * @param failed 不合格的账号数 M（0 到 N 的整数）
 * @param [weight] 指标权重（分），省略时为 1
 * @returns 得分
 */
export function newmediaSupervision(checked: number, failed: number, weight?: number | null): number {
  return excelCall(() => newmediaSupervisionScore(checked, failed, orDefault(weight, 1)));
}
