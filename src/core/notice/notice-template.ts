/**
 * The notice's text template: a few lines of Markdown-like text the office edits (see
 * default-template.ts), read into blocks with its `{{字段}}` filled in. A field the notice does not
 * know, an unclosed `{{`, or `{{图表}}` inside a sentence is a problem with its line (in Chinese),
 * never left in the document as typed.
 */
import type { Issue } from '../issues';
import type { NoticeBlock } from './notice-types';

/** The block field: on a line of its own it places the charts. */
export const CHARTS_FIELD = '图表';

export interface FilledTemplate {
  title: string;
  blocks: NoticeBlock[];
  problems: Issue[];
}

const FIELD = /\{\{\s*([^{}]*?)\s*\}\}/g;

function problem(line: number, message: string): Issue {
  return { severity: 'error', code: 'notice-template', path: `第 ${line} 行`, message: `正文模板第 ${line} 行：${message}` };
}

/** The line with its fields filled; problems for unknown fields and unclosed braces. */
function fillLine(text: string, line: number, fields: Readonly<Record<string, string>>, problems: Issue[]): string {
  const filled = text.replace(FIELD, (whole, name: string) => {
    if (name === CHARTS_FIELD) {
      problems.push(problem(line, `{{${CHARTS_FIELD}}} 只能单独占一行（它在此处插入图表）。`));
      return whole;
    }
    if (Object.hasOwn(fields, name)) return fields[name];
    problems.push(problem(line, `未知字段 “{{${name}}}”。可用的字段：${Object.keys(fields).map((f) => `{{${f}}}`).join('、')}、{{${CHARTS_FIELD}}}。`));
    return whole;
  });
  const rest = text.replace(FIELD, '');
  if (rest.includes('{{') || rest.includes('}}')) problems.push(problem(line, '“{{” 与 “}}” 不成对，字段应写成 {{合格率}} 这样。'));
  return filled;
}

/** Reads the template into the title and blocks, filling the fields. */
export function fillNoticeTemplate(template: string, fields: Readonly<Record<string, string>>): FilledTemplate {
  const problems: Issue[] = [];
  const blocks: NoticeBlock[] = [];
  let title = '';
  const lines = template.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  lines.forEach((raw, index) => {
    const number = index + 1;
    const text = raw.trim();
    if (text === '') return;
    if (new RegExp(`^\\{\\{\\s*${CHARTS_FIELD}\\s*\\}\\}$`).test(text)) {
      blocks.push({ kind: 'chart', id: '*', caption: '' });
      return;
    }
    const heading = /^(#{1,3})\s+(.*)$/.exec(text);
    const body = fillLine(heading ? heading[2] : text, number, fields, problems).trim();
    if (!heading) {
      const afterTitle = blocks.length === 1 && blocks[0].kind === 'title';
      blocks.push(afterTitle && /[：:]$/.test(body) ? { kind: 'addressee', text: body } : { kind: 'paragraph', text: body });
    } else if (heading[1] === '#') {
      if (title) problems.push(problem(number, '标题（以 # 开头的行）只能有一个。'));
      title = body;
      blocks.push({ kind: 'title', text: body });
    } else {
      blocks.push({ kind: heading[1] === '##' ? 'heading1' : 'heading2', text: body });
    }
  });
  if (!title) problems.push({ severity: 'error', code: 'notice-template', path: '', message: '正文模板没有标题：第一行应以 “# ” 开头，如 “# 关于{{年度}}年度政府网站绩效评估情况的通报”。' });
  return { title, blocks, problems };
}
