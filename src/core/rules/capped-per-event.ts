/**
 * Capped per-event points, with one or several rates sharing one cap:
 * "政府门户网站每次1分，组织填报网站每次扣0.5分，累计最高扣2分" → min(Σ countᵢ × perEventᵢ, cap).
 */
import { flatten, isBlank, nonNegative, numberOf, numberOr, sameShape, wholeCount, type Cell, type Range } from './cells';

export function cappedPerEvent(counts: Range | Cell, perEvent: Range | Cell, cap: Cell): number {
  sameShape(counts, perEvent, '次数', '每次分值');
  const countCells = flatten(counts);
  const rateCells = flatten(perEvent);
  const limit = nonNegative(numberOf(cap, '累计上限'), '累计上限');
  let total = 0;
  countCells.forEach((countCell, index) => {
    const count = wholeCount(numberOr(countCell, 0, `第 ${index + 1} 项次数`), `第 ${index + 1} 项次数`);
    const rateCell = rateCells[index];
    if (count === 0 && isBlank(rateCell)) return;
    const rate = nonNegative(numberOf(rateCell, `第 ${index + 1} 项每次分值`), `第 ${index + 1} 项每次分值`);
    total += count * rate;
  });
  return Math.min(total, limit);
}
