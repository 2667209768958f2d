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

export function recognizeColumns(headerRow: readonly unknown[]): ColumnMapping {
  const headers = headerRow.map(normalizeHeader);
  const mapping: ColumnMapping = { ...EMPTY_MAPPING };
  const taken = new Set<number>();
  for (const [role, aliases] of HEADER_ALIASES) {
    for (const alias of aliases) {
      const column = headers.findIndex((header, i) => header === alias && !taken.has(i));
      if (column === -1) continue;
      mapping[role] = column;
      taken.add(column);
      break;
    }
  }
  return mapping;
}

/** Whether a header row has what ranking needs: a name and a score. */
export function isRankingHeader(mapping: ColumnMapping): boolean {
  return mapping.name !== null && mapping.score !== null;
}
