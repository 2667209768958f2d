/** The [rank, name] pairs of a 排名 sheet's table, read from its values (rows above the 共… line). */
export function rankedNames(values: unknown[][]): [unknown, unknown][] {
  const end = values.findIndex((row) => String(row[0]).startsWith('共'));
  return values
    .slice(0, end < 0 ? values.length : end)
    .filter((row) => typeof row[0] === 'number')
    .map((row) => [row[0], row[1]]);
}

/** The ranks the pane specs' three sites get from their typed scores. */
export const THREE_SITE_RANKS = [
  [1, '甲县'],
  [2, '丙县'],
  [3, '乙县'],
];
