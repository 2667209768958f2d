/**
 * Department profiles (附录1 / 附录2 of 000): every 自治区 department is examined on its own scope, so
 * its sheet is planned from the department template plus its profile (`gx-2023-department-scope`):
 * - 重点信息 (the scope's keyInfoIndicator) is judged per 重点领域 area, one row per area with its
 *   sub-weight (rule `sub-weights`), the areas' scoring points in the 评估内容; a department whose
 *   附录1 says 不考核 keeps the one row, with its 不适用 flag starting as 是 (its weight then goes to
 *   the other 主动公开 indicators, weight-transfers.ts);
 * - 基础信息 (the sibling of 重点信息 named so) lists the 主动公开 items the department is examined on;
 * - 便民查询服务 (the indicator named so) gets one row per 附录2 service (rule `query-services`).
 * The profile's sheet carries the department's name in its marker, so validation, the summary and
 * the collector plan the same sheet again from the same two templates.
 */
import type { DepartmentScopeTemplate, IndicatorNode, ScoringTemplate, Template } from './template-schema';
import type { SheetMarker } from './sheet-plan/sheet-keys';
import type { SheetProblem } from './sheet-validation/leaf-checks';

export type ScopeDepartment = DepartmentScopeTemplate['departments'][number];

export interface DepartmentProfile {
  department: ScopeDepartment;
  template: ScoringTemplate;
  /** Weight-transfer sources whose 不适用 flag starts as 是. */
  flagged: Set<string>;
}

const BASIC_INFO = '基础信息';
const QUERY_SERVICES = '便民查询服务';

/** The department scope linked to a scoring template, if the bundled templates have one. */
export function scopeOf(template: ScoringTemplate, templates: Iterable<Template>): DepartmentScopeTemplate | undefined {
  for (const t of templates) if (t.kind === 'department-scope' && t.linkedTemplate === template.id) return t;
  return undefined;
}

/** Names compared without spaces and the 自治区 prefix people often leave out. */
const comparable = (name: string) => name.replace(/\s+/g, '').replace(/^(广西壮族自治区|广西|自治区)/, '');

function distance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[y.length];
}

export type FoundDepartment = { ok: true; department: ScopeDepartment } | { ok: false; message: string; suggestion: string | null };

/**
 * A department by the name 附录1 spells (exactly, or without spaces or the 自治区 prefix when that
 * leaves one match); otherwise a Chinese message with the nearest known name.
 */
export function findDepartment(scope: DepartmentScopeTemplate, name: string): FoundDepartment {
  const wanted = name.trim();
  const exact = scope.departments.find((d) => d.name === wanted);
  if (exact) return { ok: true, department: exact };
  const loose = scope.departments.filter((d) => comparable(d.name) === comparable(wanted));
  if (loose.length === 1) return { ok: true, department: loose[0] };
  const ranked = scope.departments
    .map((d) => ({ name: d.name, score: Math.min(distance(comparable(d.name), comparable(wanted)), d.name.includes(wanted) && wanted.length >= 2 ? 1 : Infinity) }))
    .sort((a, b) => a.score - b.score);
  const nearest = ranked[0] && ranked[0].score <= Math.max(2, Math.ceil(comparable(wanted).length / 2)) ? ranked[0].name : null;
  const hint = nearest ? `是否是“${nearest}”？` : `可用的部门名称见附录1（共 ${scope.departments.length} 个）。`;
  return { ok: false, suggestion: nearest, message: `“${wanted}”不是${scope.title}中的部门。${hint}` };
}

function mapNodes(nodes: readonly IndicatorNode[], change: (node: IndicatorNode, siblings: readonly IndicatorNode[]) => IndicatorNode): IndicatorNode[] {
  return nodes.map((node) => {
    const changed = change(node, nodes);
    return changed.children ? { ...changed, children: mapNodes(changed.children, change) } : changed;
  });
}

const numbered = (points: readonly string[]) => points.map((p, i) => `${i + 1}. ${p}`).join('\n');

/** The department's sheet template. Throws when the scope names a sub-weight the document lost (the checker reports it). */
export function profileTemplate(template: ScoringTemplate, scope: DepartmentScopeTemplate, department: ScopeDepartment): DepartmentProfile {
  const flagged = new Set<string>();
  const keyId = scope.keyInfoIndicator;
  const indicators = mapNodes(template.indicators, (node, siblings) => {
    if (node.id === keyId) {
      if (department.keyAreas === null) {
        flagged.add(node.id);
        return { ...node, content: `${node.content ?? ''}\n本部门（附录1）：重点领域信息公开不考核。`.trim() };
      }
      const areas = department.keyAreas.map((area) => {
        if (area.weight === null) throw new Error(`${department.name}的重点领域“${area.name}”没有权重（原文丢失）。`);
        return { label: area.name, weight: area.weight, points: area.points };
      });
      const text = areas.map((a) => `${a.label}（${a.weight} 分）：\n${numbered(a.points)}`).join('\n');
      return { ...node, content: `${node.content ?? ''}\n本部门考核的重点领域（附录1）：\n${text}`.trim(), rule: { type: 'sub-weights', items: areas.map(({ label, weight }) => ({ label, weight })) } };
    }
    if (node.name === BASIC_INFO && siblings.some((s) => s.id === keyId)) {
      return { ...node, content: `${node.content ?? ''}\n本部门主动公开考核范围（附录1）：${department.disclosure.join('、')}。`.trim() };
    }
    if (node.name === QUERY_SERVICES && (node.children ?? []).length === 0 && department.queryServices.length > 0) {
      return { ...node, rule: { type: 'query-services', services: [...department.queryServices] } };
    }
    return node;
  });
  return { department, template: { ...template, indicators }, flagged };
}

/**
 * The template a scoring sheet was planned from: the one its marker names, or that template with the
 * department profile the marker names. Null when either is not known here.
 */
export function scoringTemplateFor(marker: Pick<SheetMarker, 'templateId' | 'profile'>, templates: ReadonlyMap<string, Template>): ScoringTemplate | null {
  const template = templates.get(marker.templateId);
  if (!template || template.kind !== 'scoring') return null;
  if (!marker.profile) return template;
  const scope = scopeOf(template, templates.values());
  if (!scope) return null;
  const found = findDepartment(scope, marker.profile);
  return found.ok ? profileTemplate(template, scope, found.department).template : null;
}

/**
 * Why a scoring sheet cannot be checked here (its marker names a template or a department this
 * add-in does not know, e.g. a sheet made by another version), as a problem the pane lists; null
 * when its template is known.
 */
export function uncheckableSheetProblem(marker: Pick<SheetMarker, 'templateId' | 'profile'>, templates: ReadonlyMap<string, Template>): SheetProblem | null {
  if (scoringTemplateFor(marker, templates)) return null;
  const known = templates.get(marker.templateId)?.kind === 'scoring';
  return known
    ? { severity: 'warning', code: 'unknown-profile', cell: '', path: '', message: `此表标记的部门“${marker.profile ?? ''}”不在模板的考核范围（附录1）中，未能校验。请重新插入该部门的评分表。` }
    : { severity: 'warning', code: 'unknown-template', cell: '', path: '', message: `此表标记的指标模板“${marker.templateId}”不在本加载项的模板中（可能由其他版本生成），未能校验。` };
}
