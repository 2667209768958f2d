/**
 * A task split (任务分解表) as plain data: one row per indicator with its 指标说明, the website
 * column (对应栏目及工作要求) and the 责任单位 cell as written. It comes from a task-split template
 * (Liujiang), is generated from any scoring template (columns left to fill), or is read back from a
 * sheet the add-in or the CLI wrote.
 *
 * Cells are text: '' is an empty cell (to fill), "——" means not applicable.
 */
import type { ScoringTemplate, TaskSplitTemplate, Template } from '../template-schema';
import { leaves } from '../indicator-tree';
import { joinPath } from '../issues';
import { leafContentText, sheetTitle } from '../sheet-plan/scoring-sheet-text';
import { normaliseName } from './unit-names';

export const NOT_APPLICABLE = '——';

export interface TaskRow {
  id: string;
  level1: string;
  level2: string | null;
  level3: string | null;
  /** 指标说明 */
  description: string;
  /** 对应栏目及工作要求 */
  column: string;
  /** 责任单位, the cell as written */
  responsible: string;
  /** The indicator's weight where known (from the scoring template), else null. */
  weight: number | null;
}

export interface TaskSplit {
  /** The template the split was made from: a task-split template or a scoring template. */
  templateId: string;
  title: string;
  /** The scoring template whose indicators the split must cover; null when unknown. */
  linkedTemplateId: string | null;
  rows: TaskRow[];
}

export function levelNames(row: Pick<TaskRow, 'level1' | 'level2' | 'level3'>): string[] {
  return [row.level1, row.level2, row.level3].filter((name): name is string => name !== null && name !== '');
}

/** 一级 › 二级 › 三级 */
export function rowPath(row: Pick<TaskRow, 'level1' | 'level2' | 'level3'>): string {
  return joinPath(levelNames(row));
}

/** Names of a tree path as the sheet's three level columns (a deeper path keeps its tail in 三级指标). */
export function asLevels(names: readonly string[]): string[] {
  return names.length > 3 ? [names[0], names[1], names.slice(2).join(' · ')] : [...names];
}

/** Normalised path key for matching rows against a scoring template's indicators. */
export function pathKey(names: readonly string[]): string {
  return names.map(normaliseName).join('\u0000');
}

/** Leaf weights of a scoring template by normalised path. */
function leafWeights(template: ScoringTemplate | undefined): Map<string, number> {
  const weights = new Map<string, number>();
  for (const { names, node } of template ? leaves(template) : []) {
    if (typeof node.weight === 'number') weights.set(pathKey(asLevels(names)), node.weight);
  }
  return weights;
}

/**
 * The split of a task-split template. The template keeps null both for "——" and for a cell the
 * source left empty; a row whose 对应栏目 and 责任单位 are both null is the "——" row (健康情况), a row
 * with a column but no unit (项目竣工有关信息) is a cell to fill and is written empty.
 */
export function splitFromTemplate(template: TaskSplitTemplate, linked?: ScoringTemplate): TaskSplit {
  const weights = leafWeights(linked);
  const rows = template.rows.map((row): TaskRow => {
    const bothMissing = row.column === null && row.responsible === null;
    return {
      id: row.id,
      level1: row.level1,
      level2: row.level2,
      level3: row.level3,
      description: row.description,
      column: row.column ?? NOT_APPLICABLE,
      responsible: row.responsible ?? (bothMissing ? NOT_APPLICABLE : ''),
      weight: weights.get(pathKey(levelNames(row))) ?? null,
    };
  });
  return { templateId: template.id, title: template.title, linkedTemplateId: template.linkedTemplate ?? null, rows };
}

/** A blank split of a scoring template: every leaf with its path, 指标说明 and weight; columns to fill. */
export function splitFromScoring(template: ScoringTemplate): TaskSplit {
  const rows = leaves(template).map(({ node, names }): TaskRow => ({
    id: node.id,
    level1: names[0],
    level2: names[1] ?? null,
    level3: asLevels(names)[2] ?? null,
    description: leafContentText(node),
    column: '',
    responsible: '',
    weight: typeof node.weight === 'number' ? node.weight : null,
  }));
  return { templateId: template.id, title: sheetTitle(template).replace(/评分表$/, '任务分解表'), linkedTemplateId: template.id, rows };
}

/** The split of any template: task-split templates as transcribed, scoring templates blank. */
export function splitOf(template: Template, lookup: (id: string) => Template | undefined): TaskSplit | null {
  if (template.kind === 'scoring') return splitFromScoring(template);
  if (template.kind !== 'task-split') return null;
  const linked = template.linkedTemplate ? lookup(template.linkedTemplate) : undefined;
  return splitFromTemplate(template, linked?.kind === 'scoring' ? linked : undefined);
}

/** The scoring template a split made from `templateId` must cover: the link of a task-split template, a scoring template itself. */
export function linkedTemplateIdOf(templateId: string, lookup: (id: string) => Template | undefined): string | null {
  const template = lookup(templateId);
  if (template?.kind === 'task-split') return template.linkedTemplate ?? null;
  return template?.kind === 'scoring' ? template.id : null;
}

/** The scoring template a split must cover, if it can be found. */
export function linkedScoring(split: TaskSplit, lookup: (id: string) => Template | undefined): ScoringTemplate | undefined {
  const linked = split.linkedTemplateId ? lookup(split.linkedTemplateId) : undefined;
  return linked?.kind === 'scoring' ? linked : undefined;
}

/** The leaf paths of a scoring template, as level columns. */
export function templatePaths(template: ScoringTemplate): { leaves: string[][] } {
  return { leaves: leaves(template).map((v) => asLevels(v.names)) };
}
