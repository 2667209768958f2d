/** Turning raw JSON into a template, with schema problems as issues rather than exceptions. */
import { templateSchema, type Template } from './template-schema';
import type { Issue } from './issues';
import { messages } from './messages';
import { firstXmlIllegal } from './text-input';

export type LoadResult = { ok: true; template: Template } | { ok: false; issues: Issue[] };

/** Deeper than this is not an indicator tree (the documents have four levels); zod would overflow the stack. */
export const MAX_TEMPLATE_DEPTH = 40;
/** No weight, score, cap or count of a template comes near this; beyond it sums overflow to Infinity. */
export const MAX_TEMPLATE_NUMBER = 1_000_000;

const syntaxError = (message: string): LoadResult => ({ ok: false, issues: [{ severity: 'error', code: 'json-syntax', path: '', message }] });

export function parseTemplateJson(text: string): LoadResult {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return syntaxError(messages.jsonSyntax(messages.jsonEmpty()));
  const first = body.trim()[0];
  if (first !== '{' && first !== '[') return syntaxError(messages.jsonSyntax(messages.notJsonTemplate(Array.from(body.trim()).slice(0, 12).join(''))));
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return syntaxError(messages.jsonSyntax(jsonErrorWhere(body, String((error as Error).message))));
  }
  return parseTemplate(data);
}

/** Where JSON.parse stopped, as line and column (V8 says "… at position 123"), in Chinese. */
function jsonErrorWhere(text: string, message: string): string {
  const position = /position (\d+)/.exec(message);
  const at = position ? Number(position[1]) : text.length;
  const before = text.slice(0, at).split('\n');
  return messages.jsonWhere(before.length, before[before.length - 1].length + 1);
}

interface Found {
  path: string;
  message: string;
  code: string;
}

/** Depth, strings XML cannot hold and numbers too large: walked without recursion. */
function rawProblems(data: unknown): Found[] {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: data, path: '', depth: 0 }];
  const found: Found[] = [];
  while (stack.length > 0 && found.length < 20) {
    const { value, path, depth } = stack.pop()!;
    if (depth > MAX_TEMPLATE_DEPTH) return [{ path, code: 'template-too-deep', message: messages.tooDeep(depth, MAX_TEMPLATE_DEPTH) }];
    if (typeof value === 'string') {
      const bad = firstXmlIllegal(value);
      if (bad) found.push({ path, code: 'illegal-character', message: messages.illegalCharacter(`U+${bad.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`) });
    } else if (typeof value === 'number') {
      if (Math.abs(value) > MAX_TEMPLATE_NUMBER) found.push({ path, code: 'number-too-large', message: messages.numberTooLarge(value, MAX_TEMPLATE_NUMBER) });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]`, depth: depth + 1 }));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) stack.push({ value: item, path: path ? `${path}.${key}` : key, depth: depth + 1 });
    }
  }
  return found;
}

export function parseTemplate(data: unknown): LoadResult {
  const raw = rawProblems(data);
  if (raw.length > 0) return { ok: false, issues: raw.map(({ path, code, message }) => ({ severity: 'error', code, path, message: messages.schema(path, message) })) };
  const result = templateSchema.safeParse(data);
  if (result.success) return { ok: true, template: result.data };
  const issues = result.error.issues.map(
    (issue): Issue => ({
      severity: 'error',
      code: 'schema',
      path: '',
      message: messages.schema(readablePath(data, issue.path), schemaDetail(issue.code, issue.message, 'keys' in issue ? (issue.keys as string[]) : [])),
    }),
  );
  return { ok: false, issues };
}

/** The template's fields as the user knows them. */
const FIELD_LABELS: Record<string, string> = {
  id: '标识', title: '标题', kind: '类别', siteKind: '网站类别', edition: '年份', region: '地区', source: '来源', file: '文件', section: '章节',
  passLine: '及格线', statedTotals: '原文总分', indicators: '指标', children: '下级指标', name: '名称', weight: '权重', part: '部分',
  rule: '评分规则', type: '类型', points: '要点', share: '占比', text: '内容', clauses: '条款', rates: '扣分标准', cap: '上限', label: '说明',
};

/**
 * A schema path (`indicators.0.children.1.weight`) as indicator names and field labels
 * ("发布解读 › 基础信息 › 权重"), found in the data the path points into.
 */
function readablePath(data: unknown, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let node: unknown = data;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const named = next !== null && typeof next === 'object' ? (next as { name?: unknown; id?: unknown; text?: unknown }) : {};
      const label = [named.name, named.text, named.id].find((v) => typeof v === 'string' && v.trim() !== '');
      parts.push(typeof label === 'string' ? label : `第 ${key + 1} 项`);
    } else if (!(key === 'indicators' || key === 'children') || i === path.length - 1) {
      parts.push(FIELD_LABELS[String(key)] ?? String(key));
    }
    node = next;
  }
  return parts.join(' › ');
}

/**
 * zod's problems in Chinese. zod's own texts are English ("Invalid input: expected number, received
 * undefined"): only the schema's own messages (Chinese, e.g. the id's format) are kept.
 */
function schemaDetail(code: string, message: string, keys: readonly string[]): string {
  const known: Record<string, string> = {
    invalid_type: '类型不对或缺少此项（例如应为数字却写了文字）',
    invalid_union: '不是允许的取值之一',
    invalid_value: '不是允许的取值之一',
    unrecognized_keys: `含有未定义的字段${keys.length ? `：${keys.map((key) => `“${key}”`).join('、')}` : ''}`,
    too_small: '为空或过小',
    too_big: '过大或过长',
    invalid_format: '格式不对',
  };
  const own = /[\u4e00-\u9fff]/.test(message) ? `（${message}）` : '';
  return `${known[code] ?? '不符合模板格式'}${own}`;
}
