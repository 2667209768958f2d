/**
 * Ordered service form (000 便民查询服务): 上级名单名录 / 上级查询系统 / 本级名单名录 / 本级查询系统 /
 * 本级检索系统, low → high. The documents give the order only; the even steps 0.2 … 1.0 are this
 * project's reading (README, Decisions).
 */
import { isBlank, weightOf, type Cell, type RuleResult } from './cells';
import { RuleInputError } from './rule-error';

export const SERVICE_FORMS = ['上级名单名录', '上级查询系统', '本级名单名录', '本级查询系统', '本级检索系统'] as const;

/** The level 1–5 of a form given by its name or its number; null for a blank cell. */
export function serviceFormLevel(form: Cell): number | null {
  if (isBlank(form)) return null;
  if (typeof form === 'number' && Number.isInteger(form) && form >= 1 && form <= 5) return form;
  if (typeof form === 'string') {
    const text = form.trim();
    const byName = SERVICE_FORMS.indexOf(text as (typeof SERVICE_FORMS)[number]);
    if (byName >= 0) return byName + 1;
    if (/^[1-5]$/.test(text)) return Number(text);
  }
  throw new RuleInputError(`服务形式 “${String(form)}” 无法识别，应为 ${SERVICE_FORMS.join(' / ')} 之一，或等级 1–5。`);
}

export function serviceFormScore(form: Cell, weight: Cell = 1): RuleResult {
  const w = weightOf(weight);
  const level = serviceFormLevel(form);
  return level === null ? '' : (w * level) / 5;
}
