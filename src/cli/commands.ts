/** `templates` and `check`: listing templates and printing the checker's report. */
import { checkTemplate, leafCount, type CheckReport } from '../core/template-checker';
import { partTotals } from '../core/indicator-tree';
import { formatNumber } from '../core/numbers';
import type { Issue } from '../core/issues';
import { CHECK_USAGE } from './usage';
import { loadTemplateFiles, resolveTemplateArgument, templateIdOf, templateLookup } from './template-files';

export interface CommandOutput {
  stdout: string;
  exitCode: number;
  /** Warnings and problems that must not mix with stdout (e.g. beside --json). */
  stderr?: string;
}

const kindNames = { scoring: '评分指标', 'department-scope': '部门考核范围', 'task-split': '任务分解表' } as const;

export function templatesCommand(json: boolean): CommandOutput {
  const rows = loadTemplateFiles().map(({ file, result }) => {
    if (!result.ok) return { id: templateIdOf(file), error: `无法读取：${result.issues[0]?.message ?? ''}` };
    const t = result.template;
    const totals = t.kind === 'scoring' ? partTotals(t) : null;
    return { id: t.id, title: t.title, kind: t.kind, year: t.edition, leaves: leafCount(t), totals };
  });
  if (json) return { stdout: JSON.stringify(rows, null, 2), exitCode: rows.some((row) => 'error' in row) ? 1 : 0 };
  const lines = rows.map((row) => {
    if ('error' in row) return `${row.id}  ${row.error}`;
    const totals = row.totals ? `  基础分 ${show(row.totals.base)} / 加分 ${show(row.totals.bonus)} / 扣分 ${show(row.totals.deduction)}` : '';
    const count = row.kind === 'scoring' ? `${row.leaves} 个末级指标` : row.kind === 'task-split' ? `${row.leaves} 行` : `${row.leaves} 个部门`;
    return `${row.id}  ${row.title}（${row.year ?? '年份不详'}，${kindNames[row.kind]}，${count}）${totals}`;
  });
  return { stdout: lines.join('\n'), exitCode: 0 };
}

const show = (value: number | null) => (value === null ? '未知' : formatNumber(value));

export function checkCommand(argument: string | undefined, json: boolean): CommandOutput {
  if (!argument) return { stdout: CHECK_USAGE, exitCode: 2 };
  const found = resolveTemplateArgument(argument);
  if (!found) {
    const known = loadTemplateFiles().map(({ file }) => templateIdOf(file)).join('、');
    return { stdout: `未找到模板 “${argument}”。可用的模板：${known}`, exitCode: 2 };
  }
  const report: CheckReport = found.result.ok
    ? checkTemplate(found.result.template, templateLookup())
    : { template: templateIdOf(found.file), totals: null, issues: found.result.issues };
  const exitCode = report.issues.some((issue) => issue.severity === 'error') ? 1 : 0;
  return { stdout: json ? JSON.stringify(report, null, 2) : formatReport(report), exitCode };
}

function formatReport(report: CheckReport): string {
  const lines = [`模板 ${report.template}`];
  if (report.totals) {
    lines.push(`基础分 ${show(report.totals.base)}，加分 ${show(report.totals.bonus)}，扣分 ${show(report.totals.deduction)}`);
  }
  const errors = report.issues.filter((issue) => issue.severity === 'error').length;
  const warnings = report.issues.length - errors;
  lines.push(...report.issues.map(formatIssue));
  lines.push(report.issues.length === 0 ? '未发现问题。' : `共 ${errors} 个错误，${warnings} 个警告。`);
  return lines.join('\n');
}

function formatIssue(issue: Issue): string {
  const label = issue.severity === 'error' ? '错误' : '警告';
  return `${label} [${issue.code}] ${issue.path ? `${issue.path}：` : ''}${issue.message}`;
}
