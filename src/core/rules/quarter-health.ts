/**
 * Quarterly health (002 健康情况): "取各季度…检查分数的平均分…若网站单项否决则该季度记零分".
 * The mean over the quarters filled in so far; a vetoed quarter counts as 0 (and as filled).
 */
import { flatten, isBlank, nonNegative, numberOf, sameShape, type Cell, type Range, type RuleResult } from './cells';
import { RuleInputError } from './rule-error';

const VETO_SET = new Set(['1', 'TRUE', '是', '否决']);
const VETO_CLEAR = new Set(['0', 'FALSE', '否']);

/** A veto cell: 1, TRUE, 是, 否决 set it; blank, 0, FALSE, 否 leave it clear. */
export function isVetoed(value: Cell): boolean {
  if (isBlank(value)) return false;
  const text = String(value).trim().toUpperCase();
  if (VETO_SET.has(text)) return true;
  if (VETO_CLEAR.has(text)) return false;
  throw new RuleInputError(`否决标记 “${String(value)}” 无法识别，应为 1、TRUE、是、否决（否决）或留空、0、FALSE、否（未否决）。`);
}

export function quarterHealth(scores: Range | Cell, vetoes?: Range | Cell | null): RuleResult {
  const scoreCells = flatten(scores);
  let vetoCells: Cell[] = scoreCells.map(() => null);
  if (vetoes !== undefined && vetoes !== null && !(typeof vetoes === 'string' && vetoes === '')) {
    sameShape(scores, vetoes, '季度得分', '否决标记');
    vetoCells = flatten(vetoes);
  }
  const counted: number[] = [];
  scoreCells.forEach((cell, index) => {
    if (isVetoed(vetoCells[index])) return void counted.push(0);
    if (isBlank(cell)) return;
    counted.push(nonNegative(numberOf(cell, `第 ${index + 1} 季度得分`), `第 ${index + 1} 季度得分`));
  });
  if (counted.length === 0) return '';
  return counted.reduce((sum, value) => sum + value, 0) / counted.length;
}

