/**
 * Whether a task split belongs to the scoring template it is linked to (`linkedTemplate`). A split
 * made for another edition of an indicator system, checked against the wrong template, gives a
 * coverage report of artefacts: 002 Liujiang (an older county system: 健康情况 as a level-1 row,
 * 中心工作落实宣传, 便民利企服务, 展现布局, no 资源融合 or 智慧应用) against gx-2023-county reported 65
 * rows unknown and 40 leaves missing.
 *
 * The test: the split's distinct level-1 names and level-1 › level-2 paths (where a row names a
 * level 2), compared after normalisation with the linked template's nodes of levels 1 and 2. When
 * fewer than half of them are found there, the link is refused. Level 1 alone does not tell: Liujiang
 * shares 5 of its 7 level-1 names with gx-2023-county (发布解读, 互动交流, 功能设计, 政务新媒体,
 * 机制保障) but only 3 of its 22 level-2 paths (8 of 29 in all). A split of the right system that
 * misses or adds a few indicators keeps most of its names and passes; the coverage check then
 * reports those indicators one by one.
 */
import type { ScoringTemplate } from '../template-schema';
import { normaliseName } from './unit-names';

export interface LinkMismatch {
  /** How many of the split's level-1 names and level-2 paths the linked template has, of how many. */
  found: number;
  total: number;
  /** The split's level-1 names the template does not have. */
  level1: string[];
  /** "一级 › 二级" paths the template does not have, under level-1 names it has. */
  level2: string[];
}

type LevelRow = { level1: string; level2: string | null };

const key = (names: readonly string[]) => names.map(normaliseName).join('\u0000');

/** The mismatch of a split's level names with `linked`, or null when at least half of them are found. */
export function linkMismatch(rows: readonly LevelRow[], linked: ScoringTemplate): LinkMismatch | null {
  const known = new Set<string>();
  for (const top of linked.indicators) {
    known.add(key([top.name]));
    for (const child of top.children ?? []) known.add(key([top.name, child.name]));
  }
  const level1 = new Map<string, string>();
  const level2 = new Map<string, [string, string]>();
  for (const row of rows) {
    if (row.level1.trim() === '') continue;
    level1.set(key([row.level1]), row.level1);
    if (row.level2 !== null && row.level2.trim() !== '') level2.set(key([row.level1, row.level2]), [row.level1, row.level2]);
  }
  const total = level1.size + level2.size;
  const found = [...level1.keys(), ...level2.keys()].filter((k) => known.has(k)).length;
  if (total === 0 || found * 2 >= total) return null;
  return {
    found,
    total,
    level1: [...level1].filter(([k]) => !known.has(k)).map(([, name]) => name),
    level2: [...level2]
      .filter(([k, [top]]) => !known.has(k) && known.has(key([top])))
      .map(([, names]) => names.join(' › ')),
  };
}
