/** Turning raw JSON into a template, with schema problems as issues rather than exceptions. */
import { templateSchema, type Template } from './template-schema';
import type { Issue } from './issues';
import { messages } from './messages';

export type LoadResult = { ok: true; template: Template } | { ok: false; issues: Issue[] };

export function parseTemplateJson(text: string): LoadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [{ severity: 'error', code: 'json-syntax', path: '', message: messages.jsonSyntax(String((error as Error).message)) }] };
  }
  return parseTemplate(data);
}

export function parseTemplate(data: unknown): LoadResult {
  const result = templateSchema.safeParse(data);
  if (result.success) return { ok: true, template: result.data };
  const issues = result.error.issues.map(
    (issue): Issue => ({
      severity: 'error',
      code: 'schema',
      path: '',
      message: messages.schema(issue.path.join('.'), schemaDetail(issue.code, issue.message)),
    }),
  );
  return { ok: false, issues };
}

/** zod's English messages for the common cases, in Chinese. */
function schemaDetail(code: string, message: string): string {
  const known: Record<string, string> = {
    invalid_type: '类型不对（例如应为数字却写了文字）',
    invalid_union: '不是允许的取值之一',
    invalid_value: '不是允许的取值之一',
    unrecognized_keys: '含有未定义的字段',
    too_small: '为空或过小',
    invalid_format: '格式不对',
  };
  return `${known[code] ?? '不符合模板格式'}（${message}）`;
}
