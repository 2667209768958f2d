/**
 * Share-of-weight deduction (001 "每个扣 5%，共 20%", "每发现一个扣 50%，扣完为止"; several rates
 * under one cap: 通报曝光 "每被国务院办公厅通报…扣权重的 50%；每被省政府办公厅通报…5%"):
 * weight × min(Σ countᵢ × shareᵢ, capShare), a positive number of points to deduct.
 */
import { flatten, nonNegative, numberOf, numberOr, percent, sameShape, weightOf, wholeCount, type Cell, type Range } from './cells';
import { RuleInputError } from './rule-error';

export function shareDeduction(weight: Cell, counts: Range | Cell, shares: Range | Cell, capShare: Cell): number {
  const w = weightOf(weight, null);
  sameShape(counts, shares, '次数', '每次扣分比例');
  const cap = nonNegative(numberOf(capShare, '累计扣分比例上限'), '累计扣分比例上限');
  if (cap > 1) throw new RuleInputError(`累计扣分比例上限应在 0% 到 100% 之间（现为 ${percent(cap)}）。`);
  const shareCells = flatten(shares);
  let total = 0;
  flatten(counts).forEach((countCell, index) => {
    const count = wholeCount(numberOr(countCell, 0, `第 ${index + 1} 项次数`), `第 ${index + 1} 项次数`);
    const share = nonNegative(numberOf(shareCells[index], `第 ${index + 1} 项每次扣分比例`), '每次扣分比例');
    if (share > 1) throw new RuleInputError(`第 ${index + 1} 项每次扣分比例应在 0% 到 100% 之间（现为 ${percent(share)}）。`);
    total += count * share;
  });
  return w * Math.min(total, cap);
}

/** One rate of a share-deduction rule: what is counted (null for the single unnamed rate) and its percent. */
export interface ShareRate {
  label: string | null;
  sharePerEvent: number;
}

/** The rates of a template's share-deduction rule, in percent: its `rates`, or its one `sharePerEvent`. */
export function shareRatesOf(rule: { sharePerEvent?: number; rates?: readonly { label: string; sharePerEvent: number }[] }): ShareRate[] {
  if (rule.rates) return rule.rates.map(({ label, sharePerEvent }) => ({ label, sharePerEvent }));
  return rule.sharePerEvent === undefined ? [] : [{ label: null, sharePerEvent: rule.sharePerEvent }];
}
