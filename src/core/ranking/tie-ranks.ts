/** Rank numbers for scores already sorted from highest to lowest, under each tie policy. */
import type { Band, TiePolicy } from './ranking-types';

/** The band a (rounded) score falls in: the first whose minimum it reaches; the last band otherwise. */
export function bandIndex(score: number, bands: readonly Band[]): number {
  const index = bands.findIndex((band) => score >= band.min);
  return index === -1 ? bands.length - 1 : index;
}

/** `sorted` is in descending order; equal values are equal doubles (scores are rounded first). */
export function ranksOf(sorted: readonly number[], policy: TiePolicy, bands: readonly Band[]): number[] {
  const ranks: number[] = [];
  sorted.forEach((score, i) => {
    const sameAsPrevious = i > 0 && score === sorted[i - 1];
    if (policy === 'bands') ranks.push(bandIndex(score, bands) + 1);
    else if (sameAsPrevious) ranks.push(ranks[i - 1]);
    else if (policy === 'competition') ranks.push(i + 1);
    else ranks.push(i === 0 ? 1 : ranks[i - 1] + 1);
  });
  return ranks;
}

/** Whether each score of the sorted list shares its value with a neighbour (a tie). */
export function tiesOf(sorted: readonly number[]): boolean[] {
  return sorted.map((score, i) => score === sorted[i - 1] || score === sorted[i + 1]);
}
