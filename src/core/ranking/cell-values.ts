/** Turning table cells into ranking input: scores, veto marks, names and web addresses. */
import { cleanName } from '../text-input';

export type ScoreCell = { kind: 'number'; value: number } | { kind: 'blank' } | { kind: 'bad'; text: string };

const FULL_WIDTH = /[０-９．－＋]/g;
/** "88.5", " 88.50 ", "88.5分", "８８．５" (full-width digits, as some Chinese input methods type them). */
const SCORE_TEXT = /^[+-]?(\d+\.?\d*|\.\d+) ?(分)?$/;

export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  return String(cell).trim();
}

/**
 * A score cell. Spaces around the number and thousands separators are allowed ("1,088.5" is not a
 * score anyway); a space INSIDE the digits is not: "88 5" is refused, never read as 885.
 */
export function parseScore(cell: unknown): ScoreCell {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { kind: 'number', value: cell } : { kind: 'bad', text: String(cell) };
  const text = cellText(cell);
  if (text === '') return { kind: 'blank' };
  const ascii = text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[\s\u3000]+/g, ' ').trim();
  if (!SCORE_TEXT.test(ascii)) return { kind: 'bad', text };
  const value = Number(ascii.replace('分', ''));
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'bad', text };
}

/** A veto cell: vetoed, not vetoed, or neither (refused with its row and value, never guessed). */
export type VetoCell = boolean | { unclear: string };

const NOT_VETOED = new Set([
  '', '否', '无', '没有', '不', '不是', '未', '未否决', '无否决', '不否决', '非否决', '没有否决', '未被否决', '不涉及', '无此项', '合格', '通过',
  'no', 'n', 'false', 'f', '0', 'none', 'n/a', 'na', 'not', 'not vetoed', '×', '✗', '✘', 'x', '-', '—', '–', '/', '／', '无否决项',
]);
const VETOED = new Set([
  '是', '有', '否决', '已否决', '被否决', '单项否决', '一票否决', '不合格', 'yes', 'y', 'true', 't', '1', 'vetoed', 'veto', '√', '✓', '✔', '☑',
]);
/** A reason written instead of a mark ("首页无法访问", "存在严重错误") counts as vetoed: it names what failed. */
const REASON = /无法访问|不能访问|打不开|错误|违规|泄露|泄密|篡改|攻击|挂马|暗链|失效|关停|未备案|严重/;

/**
 * A veto cell (单项否决), both ways: blank, 否, 无, 未否决, 无否决, 不, no, N/A, 0, × … are "not vetoed";
 * 是, 有, 否决, √, 1, yes, true … and a written reason ("首页无法访问") are "vetoed". Anything else is
 * unclear and the row is refused with its value: a site is never failed on a guess.
 */
export function parseVeto(cell: unknown): VetoCell {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell === 0 ? false : cell === 1 ? true : { unclear: String(cell) };
  const text = cellText(cell);
  const key = text.toLowerCase().replace(/[\s\u3000。．.!！]+$/g, '').replace(/\s+/g, ' ');
  if (NOT_VETOED.has(key)) return false;
  if (VETOED.has(key)) return true;
  if (REASON.test(text)) return true;
  return { unclear: text };
}

/**
 * Names compare without surrounding or repeated spaces (full-width ones too) and without invisible
 * characters: "甲县" and "甲县" + a zero-width space are the same site (a duplicate, not two sites).
 */
export function nameKey(name: string): string {
  return cleanName(name).replace(/[\s\u3000]+/g, ' ').trim().toLowerCase();
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
