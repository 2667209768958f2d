/**
 * 便民查询服务 of a department (000 section 一, indicator 10, with its 附录2 list). The indicator
 * names three points and gives them no shares: (1) "附件2中的便民查询服务提供比例", (2) "查询服务的
 * 提供形式（分数由低到高依次为：上级名单名录/上级查询系统/本级名单名录/本级查询系统/本级检索系统）",
 * (3) "考核栏目内是否存在关联性不高的信息噪音". This project's reading (README, Decisions):
 * - the three points weigh the same, a third of the weight each, as the split rule takes points
 *   without shares elsewhere;
 * - point 1 is the share of 附录2's services the site provides (one entry per service: 未提供 or the
 *   form it is provided in);
 * - point 2 is the mean of the form fractions (SERVICE_FORMS, 0.2 … 1.0) over the services provided
 *   (0 when none is), so a missing service is counted once, in point 1;
 * - point 3 is the evaluator's completion fraction 0…1 (1 = no noise), as for a split point.
 * The score is '' until every service and point 3 are filled in.
 */
import { isBlank, numberOf, weightOf, type Cell, type RuleResult } from './cells';
import { RuleInputError } from './rule-error';
import { SERVICE_FORMS, serviceFormLevel } from './service-form';

export const NOT_PROVIDED = '未提供';
export const QUERY_SERVICE_CHOICES: readonly string[] = [NOT_PROVIDED, ...SERVICE_FORMS];
/** The three points' shares of the weight (equal: the document gives none). */
export const QUERY_POINT_SHARE = 1 / 3;

/** `entries`: one per service (未提供 or a form); `noise`: point 3's completion 0…1. */
export function queryServicesScore(weight: Cell, entries: readonly Cell[], noise: Cell): RuleResult {
  const w = weightOf(weight, null);
  if (entries.length === 0) throw new RuleInputError('便民查询服务清单为空。');
  if (entries.some(isBlank) || isBlank(noise)) return '';
  let provided = 0;
  let forms = 0;
  for (const entry of entries) {
    if (typeof entry === 'string' && entry.trim() === NOT_PROVIDED) continue;
    const level = serviceFormLevel(entry);
    if (level === null) continue;
    provided++;
    forms += level / SERVICE_FORMS.length;
  }
  const quality = numberOf(noise, '信息噪音一项的完成程度');
  if (quality < 0 || quality > 1) throw new RuleInputError(`信息噪音一项的完成程度应在 0% 到 100% 之间（现为 ${quality}）。`);
  const ratio = provided / entries.length;
  const form = provided === 0 ? 0 : forms / provided;
  return w * QUERY_POINT_SHARE * (ratio + form + quality);
}
