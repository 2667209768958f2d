/** What `tasks` prints: the coverage report or one unit's tasks, as JSON (exact shapes) or text. */
import { formatNumber } from '../core/numbers';
import type { UnitView } from '../core/task-split/assignments';
import type { TaskIssue } from '../core/task-split/coverage';
import { ROLE_LABELS } from '../core/task-split/responsible-parser';
import type { TaskReport } from '../core/task-split/task-report';
import type { TaskSplit } from '../core/task-split/task-split';

/** `{"issues": [{severity, code, path, message}], "units": [{unit, kind, tasks, weight}]}` */
export function reportJson(report: TaskReport): string {
  const issues = report.issues.map(({ severity, code, path, message }) => ({ severity, code, path, message }));
  const units = report.units.map(({ summary: { unit, kind, tasks, weight } }) => ({ unit, kind, tasks, weight }));
  return JSON.stringify({ issues, units }, null, 2);
}

/** `{"unit": name, "tasks": [{path, role, via, column, requirement}]}` */
export function unitJson(view: UnitView): string {
  const tasks = view.tasks.map(({ path, role, via, column, requirement }) => ({ path, role, via, column: column === '' ? null : column, requirement }));
  return JSON.stringify({ unit: view.summary.unit, tasks }, null, 2);
}

const weightText = (weight: number | null) => (weight === null ? '权重未知' : `权重合计 ${formatNumber(weight)}`);

function issueLine(issue: TaskIssue): string {
  return `${issue.severity === 'error' ? '错误' : '警告'} [${issue.code}] ${issue.path ? `${issue.path}：` : ''}${issue.message}`;
}

export function reportText(split: TaskSplit, report: TaskReport, membersSource: string): string {
  const errors = report.issues.filter((i) => i.severity === 'error').length;
  const towns = report.members.members.filter((m) => m.kind === '镇').length;
  const lines = [
    `${split.title}（${split.templateId}，${split.rows.length} 行${split.linkedTemplateId ? `；关联评分模板 ${split.linkedTemplateId}` : ''}）`,
    `单位名单：${membersSource}（${report.members.members.length} 个单位，其中镇 ${towns} 个）`,
    ...report.issues.map(issueLine),
    report.issues.length === 0 ? '未发现问题。' : `共 ${errors} 个错误，${report.issues.length - errors} 个警告。`,
    '各单位任务：',
    ...report.units.map(({ summary: s }) => `  ${s.unit}（${s.kind ?? '未列入单位名单'}）${s.tasks} 项，${weightText(s.weight)}`),
  ];
  return lines.join('\n');
}

export function unitText(view: UnitView): string {
  const { summary, tasks } = view;
  const head = `${summary.unit}（${summary.kind ?? '未列入单位名单'}）：${summary.tasks} 项任务，${weightText(summary.weight)}`;
  const body = tasks.map((t, i) => {
    const via = t.via === null ? '' : `，经“${t.via}”`;
    const duty = t.duty ? `：${t.duty}` : '';
    return `${i + 1}. ${t.path}（${ROLE_LABELS[t.role]}${duty}${via}）\n   对应栏目：${t.column || '（未填）'}`;
  });
  return [head, ...body].join('\n');
}
