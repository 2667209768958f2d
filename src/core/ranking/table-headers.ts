/**
 * Recognising a ranking table's columns from its header row, in Chinese or English. A header is
 * compared without spaces, case and a bracketed note, so "总分（满分110分）" and "Score (max 110)"
 * are 总分 and score. A rank column in the input is recognised only to be ignored: ranks are
 * always recomputed.
 */
import { cellText } from './cell-values';

export type ColumnRole = 'category' | 'name' | 'url' | 'score' | 'veto' | 'rank';
export type ColumnMapping = Record<ColumnRole, number | null>;

/** Roles in the order they claim columns; aliases in order of preference. */
export const HEADER_ALIASES: readonly [ColumnRole, readonly string[]][] = [
  ['name', ['单位名称', '网站名称', '名称', 'name', '网站', '单位', 'site']],
  ['score', ['总分', '得分', '分数', 'score', '总得分', '最终得分', 'total']],
  ['category', ['类别', '分类', 'category', '类型', '组别']],
  ['url', ['网址', 'url', '网站地址', '网站网址', '域名', 'website']],
  ['veto', ['否决', 'veto', '单项否决', '是否否决', '单项否决指标']],
  ['rank', ['名次', '排名', 'rank', 'ranking']],
];

export const EMPTY_MAPPING: ColumnMapping = { category: null, name: null, url: null, score: null, veto: null, rank: null };

export function normalizeHeader(cell: unknown): string {
  return cellText(cell)
    .replace(/[（(【[].*?[）)】\]]/g, '')
    .replace(/[\s\u3000:：*]+/g, '')
    .toLowerCase();
}

/** Two or more columns that could each be one role's column (ambiguous unless the user picks). */
export interface HeaderConflict {
  role: ColumnRole;
  columns: number[];
}

export interface HeaderReading {
  /** The recognised columns; a role with a conflict is null. */
  mapping: ColumnMapping;
  conflicts: HeaderConflict[];
}

/**
 * Roles where any two of their aliases make the choice ambiguous: 得分 next to 总分 may be a part
 * score beside the total, and a second veto column left unread would let a vetoed site pass. For the
 * other roles only the same header twice is ambiguous: 单位名称 next to 网站名称 is the usual
 * layout, either names the row, and the preference order (单位名称 first) decides.
 */
const ANY_ALIAS_CONFLICTS: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['score', 'veto']);

/** Reads a header row (or the combined texts of a two-row header), reporting ambiguous columns. */
export function readHeaderRow(headerRow: readonly unknown[]): HeaderReading {
  const headers = headerRow.map(normalizeHeader);
  const mapping: ColumnMapping = { ...EMPTY_MAPPING };
  const conflicts: HeaderConflict[] = [];
  const taken = new Set<number>();
  for (const [role, aliases] of HEADER_ALIASES) {
    const preference = (column: number) => aliases.indexOf(headers[column]);
    const matches = headers.flatMap((_, i) => (!taken.has(i) && preference(i) !== -1 ? [i] : []));
    if (matches.length === 0) continue;
    const best = Math.min(...matches.map(preference));
    // The input's rank column is ignored whatever it holds: two of them are no problem.
    const rivals = role === 'rank' ? [] : ANY_ALIAS_CONFLICTS.has(role) ? matches : matches.filter((i) => preference(i) === best);
    if (rivals.length > 1) {
      conflicts.push({ role, columns: rivals });
      rivals.forEach((i) => taken.add(i));
      continue;
    }
    const column = matches.find((i) => preference(i) === best) as number;
    mapping[role] = column;
    taken.add(column);
  }
  return { mapping, conflicts };
}

export function recognizeColumns(headerRow: readonly unknown[]): ColumnMapping {
  return readHeaderRow(headerRow).mapping;
}

/** Whether a header row has what ranking needs: a name and a score. */
export function isRankingHeader(mapping: ColumnMapping): boolean {
  return mapping.name !== null && mapping.score !== null;
}

/** Whether a header row names a name and a score column, each once or (ambiguously) several times. */
export function hasRankingColumns(reading: HeaderReading): boolean {
  const has = (role: ColumnRole) => reading.mapping[role] !== null || reading.conflicts.some((c) => c.role === role);
  return has('name') && has('score');
}

const NUMBER_TEXT = /^[+\-－＋]?([0-9０-９][0-9０-９,，]*([.．][0-9０-９]*)?|[.．][0-9０-９]+)\s*(分|%)?$/;
const isNumberLike = (cell: unknown) => typeof cell === 'number' || NUMBER_TEXT.test(cellText(cell));

/** A two-row header read as one: per column its text for recognition and for display. */
export interface CombinedHeader {
  /** What each column is recognised by: the child's text under a parent, else the top row's. */
  texts: string[];
  /** For the user: "得分/总分" for a child under a parent, else the text itself. */
  labels: string[];
}

/**
 * Whether `sub` is the second row of a two-row header under `top`, as Chinese tables write
 * 得分 merged over 基础分 | 加分 | 总分: Excel (and CSV, and Office.js) keep a merged parent's text
 * in its first column only, so `sub` must have a text cell under a blank `top` cell with a parent
 * to its left. `sub` holds no number (a data row does: its score), and its cell under the name
 * column is blank or repeats the name header (a name header merged down over both rows).
 */
export function isSubHeaderRow(top: readonly unknown[], sub: readonly unknown[]): boolean {
  if (sub.some(isNumberLike)) return false;
  const name = recognizeColumns(top).name;
  if (name !== null && cellText(sub[name]) !== '' && normalizeHeader(sub[name]) !== normalizeHeader(top[name])) return false;
  const firstParent = top.findIndex((cell) => cellText(cell) !== '');
  return firstParent !== -1 && sub.some((cell, i) => i > firstParent && cellText(cell) !== '' && cellText(top[i]) === '');
}

/**
 * The columns of a two-row header: a column with a text in `sub` that differs from `top`'s is that
 * child (its parent is the nearest `top` text at or left of it, over a run of children); otherwise
 * the column is what `top` says (a header merged down over both rows, or written in the top row only).
 */
export function combineHeaderRows(top: readonly unknown[], sub: readonly unknown[], width: number): CombinedHeader {
  const texts: string[] = [];
  const labels: string[] = [];
  let parent = '';
  for (let i = 0; i < width; i++) {
    const above = cellText(top[i]);
    const below = cellText(sub[i]);
    if (above !== '') parent = above;
    else if (below === '') parent = '';
    const child = below !== '' && normalizeHeader(below) !== normalizeHeader(above) ? below : '';
    texts.push(child || above);
    labels.push(child && parent ? `${parent}/${child}` : child || above);
  }
  return { texts, labels };
}
