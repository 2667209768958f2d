/** Templates grouped for the picker: by edition and kind of site, each with its totals and checker verdict. */
import type { Template } from '../core/template-schema';
import { checkTemplate, type CheckReport } from '../core/template-checker';

export interface TemplateEntry {
  template: Template;
  report: CheckReport;
  errors: number;
  warnings: number;
}

export interface TemplateGroup {
  label: string;
  entries: TemplateEntry[];
}

const kindLabels: Record<string, string> = {
  department: '部门网站',
  city: '设区市政府门户网站',
  county: '县（市、区）政府门户网站',
  'municipal-department': '市直部门网站',
  'department-scope': '部门考核范围',
  'task-split': '任务分解表',
};

/**
 * How a template is named in the pane (issue 13 point 6): issuing area, kind of site, year —
 * "广西 · 自治区部门网站（2023）", "咸宁 · 市直部门网站（2023）" — so that two editions with almost the same
 * title are told apart. Ids and source file names are shown only under 详细信息.
 */
export function templateLabel(template: Template): string {
  const year = template.edition ?? '早期版本';
  if (template.kind !== 'scoring') return `${template.region} · ${template.title.replace(/^\d{4}年/, '')}${template.edition ? `（${template.edition}）` : ''}`;
  const kind =
    template.siteKind === 'department'
      ? template.title.replace(/^\d{4}年/, '').replace(/(绩效)?评估指标$/, '') || kindLabels.department
      : (kindLabels[template.siteKind] ?? template.siteKind);
  return `${template.region} · ${kind}（${year}）`;
}

function kindOf(template: Template): string {
  return template.kind === 'scoring' ? template.siteKind : template.kind;
}

export function groupTemplates(templates: readonly Template[]): TemplateGroup[] {
  const byId = new Map(templates.map((t) => [t.id, t]));
  const groups = new Map<string, TemplateEntry[]>();
  const order = new Map<string, [number, number]>();
  for (const template of templates) {
    const report = checkTemplate(template, (id) => byId.get(id));
    const errors = report.issues.filter((issue) => issue.severity === 'error').length;
    const label = `${template.edition ?? '年份不详'} · ${kindLabels[kindOf(template)] ?? kindOf(template)}`;
    groups.set(label, [...(groups.get(label) ?? []), { template, report, errors, warnings: report.issues.length - errors }]);
    order.set(label, [template.kind === 'scoring' ? 0 : 1, -(template.edition ?? 0)]);
  }
  // Scoring systems first, newest edition first; scope data and task splits after them.
  const rank = (label: string) => order.get(label) ?? [9, 0];
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a)[0] - rank(b)[0] || rank(a)[1] - rank(b)[1] || a.localeCompare(b, 'zh-CN'))
    .map(([label, entries]) => ({ label, entries }));
}
