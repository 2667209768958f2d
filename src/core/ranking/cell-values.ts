/** Turning table cells into ranking input: scores, veto marks, names and web addresses. */

export type ScoreCell = { kind: 'number'; value: number } | { kind: 'blank' } | { kind: 'bad'; text: string };

const FULL_WIDTH = /[０-９．－＋]/g;
/** "88.5", " 88.50 ", "88.5分", "８８．５" (full-width digits, as some Chinese input methods type them). */
const SCORE_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(分)?$/;

export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  return String(cell).trim();
}

export function parseScore(cell: unknown): ScoreCell {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { kind: 'number', value: cell } : { kind: 'bad', text: String(cell) };
  const text = cellText(cell);
  if (text === '') return { kind: 'blank' };
  const ascii = text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s+/g, '');
  if (!SCORE_TEXT.test(ascii)) return { kind: 'bad', text };
  return { kind: 'number', value: Number(ascii.replace('分', '')) };
}

const NOT_VETOED = new Set(['', '否', '无', '没有', 'no', 'n', 'false', '0', '×', 'x', '-', '—', '/']);

/**
 * A veto cell: blank, 否, 无, no, false, 0, × … mean "not vetoed"; anything else (是, √, 1, true,
 * or a reason such as "首页无法访问") means the site was vetoed (单项否决).
 */
export function parseVeto(cell: unknown): boolean {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell !== 0;
  return !NOT_VETOED.has(cellText(cell).toLowerCase());
}

/** Names compare without surrounding or repeated spaces (full-width ones too). */
export function nameKey(name: string): string {
  return name.replace(/[\s\u3000]+/g, ' ').trim().toLowerCase();
}

/** Web addresses compare without scheme, "www.", case and trailing slash. */
export function urlKey(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
}
