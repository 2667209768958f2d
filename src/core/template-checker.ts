/** The template checker: every problem of a template, with severity, stable code, path and message. */
import type { ScoringTemplate, TaskSplitTemplate, Template } from './template-schema';
import type { Issue } from './issues';
import { leaves, partTotals, visitNodes, type PartTotals } from './indicator-tree';
import { checkWeights } from './weight-checker';
import { checkSplits } from './split-checker';
import { checkRules } from './rule-checker';
import { checkScope } from './scope-checker';
import { checkTransfers } from './transfer-checker';
import { messages } from './messages';
import { linkMismatch } from './task-split/link-match';

export interface CheckReport {
  template: string;
  totals: PartTotals | null;
  issues: Issue[];
}

/** Looks up another template by id (the scope data needs its scoring template). */
export type TemplateLookup = (id: string) => Template | undefined;

export function checkTemplate(template: Template, lookup: TemplateLookup = () => undefined): CheckReport {
  switch (template.kind) {
    case 'scoring':
      return { template: template.id, totals: partTotals(template), issues: checkScoring(template) };
    case 'department-scope': {
      const linked = lookup(template.linkedTemplate);
      const issues = [...duplicateIssues(template.departments.map((d) => [d.name, d.name])), ...checkScope(template, linked?.kind === 'scoring' ? linked : undefined)];
      return { template: template.id, totals: null, issues };
    }
    case 'task-split': {
      const rows = template.rows.map((row) => [row.id, [row.level1, row.level2, row.level3].filter(Boolean).join(' › ')] as [string, string]);
      return { template: template.id, totals: null, issues: [...duplicateIssues(rows), ...linkIssues(template, lookup)] };
    }
  }
}

/** A task split linked to a scoring template of another indicator system (see link-match.ts). */
function linkIssues(template: TaskSplitTemplate, lookup: TemplateLookup): Issue[] {
  const linked = template.linkedTemplate ? lookup(template.linkedTemplate) : undefined;
  if (linked?.kind !== 'scoring') return [];
  const mismatch = linkMismatch(template.rows, linked);
  if (!mismatch) return [];
  const message = messages.taskSplitLinkMismatch(linked.id, mismatch.found, mismatch.total, mismatch.level1, mismatch.level2);
  return [{ severity: 'error', code: 'task-split-link-mismatch', path: '', message }];
}

function checkScoring(template: ScoringTemplate): Issue[] {
  const visited = visitNodes(template);
  return [
    ...duplicateIssues(visited.map(({ node, path }) => [node.id, path])),
    ...visited
      .filter(({ node }) => node.name.trim() === '')
      .map(({ path }): Issue => ({ severity: 'error', code: 'empty-name', path, message: messages.emptyName() })),
    ...checkWeights(template),
    ...checkSplits(template),
    ...checkRules(template),
    ...checkTransfers(template),
  ];
}

/** `[id, path]` pairs → one issue per id seen more than once. */
function duplicateIssues(entries: readonly (readonly [string, string])[]): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const [id, path] of entries) {
    if (seen.has(id)) issues.push({ severity: 'error', code: 'duplicate-id', path, message: messages.duplicateId(id) });
    seen.add(id);
  }
  return issues;
}

export function leafCount(template: Template): number {
  switch (template.kind) {
    case 'scoring':
      return leaves(template).length;
    case 'department-scope':
      return template.departments.length;
    case 'task-split':
      return template.rows.length;
  }
}
