/** Shared by the task-split specs: the templates of indicators/, the Liujiang split, fixtures, plan snapshots. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadTemplateFiles } from '../../../src/cli/template-files';
import type { SheetPlan } from '../../../src/core/sheet-plan/plan-types';
import { columnLetter } from '../../../src/core/sheet-plan/addresses';
import type { SheetSnapshot } from '../../../src/core/sheet-validation/sheet-snapshot';
import { parseMembersCsv, type MembersRead } from '../../../src/core/task-split/members';
import { splitOf, type TaskRow, type TaskSplit } from '../../../src/core/task-split/task-split';
import { parseTemplateJson } from '../../../src/core/template-loader';
import type { ScoringTemplate, TaskSplitTemplate, Template } from '../../../src/core/template-schema';

export const FIXTURES = join(__dirname, '../../fixtures/task-split');
export const MEMBERS_CSV = join(FIXTURES, 'liujiang-members.csv');

export const templates = new Map<string, Template>(loadTemplateFiles().flatMap(({ result }) => (result.ok ? [[result.template.id, result.template] as const] : [])));
export const lookup = (id: string) => templates.get(id);

export function scoring(id: string): ScoringTemplate {
  const t = templates.get(id);
  if (t?.kind !== 'scoring') throw new Error(`no scoring template ${id}`);
  return t;
}

export function liujiangTemplate(): TaskSplitTemplate {
  const t = templates.get('liujiang-task-split');
  if (t?.kind !== 'task-split') throw new Error('no liujiang-task-split');
  return t;
}

export function liujiangSplit(): TaskSplit {
  return splitOf(liujiangTemplate(), lookup) as TaskSplit;
}

export const liujiangMembers = (): MembersRead => parseMembersCsv(readFileSync(MEMBERS_CSV, 'utf8'));

export interface Fixture {
  file: string;
  description: string;
  split: TaskSplit;
  members: MembersRead | null;
  linked: ScoringTemplate | undefined;
}

/** Every JSON fixture of tests/fixtures/task-split, with its rows as a split. */
export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((file) => {
      const data = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as {
        description: string;
        linked: string | null;
        members: string[] | null;
        rows: Omit<TaskRow, 'id' | 'weight'>[];
      };
      const linkedResult = data.linked ? parseTemplateJson(readFileSync(join(__dirname, '../../fixtures/templates', data.linked), 'utf8')) : null;
      const linked = linkedResult?.ok && linkedResult.template.kind === 'scoring' ? linkedResult.template : undefined;
      const rows = data.rows.map((row, i): TaskRow => ({ ...row, id: `f${i + 1}`, weight: null }));
      const split: TaskSplit = { templateId: 'fixture', title: file, linkedTemplateId: linked?.id ?? null, rows };
      return { file, description: data.description, split, members: data.members ? parseMembersCsv(data.members.join('\n')) : null, linked };
    });
}

/** What Excel's `values` would give for a plan: values as written, merged-away cells and formulas ''. */
export function planSnapshot(plan: SheetPlan): SheetSnapshot {
  const width = Math.max(...plan.cells.map((row) => row.length));
  const values = plan.cells.map((row) => Array.from({ length: width }, (_, c) => row[c]?.value ?? ''));
  const formulas = plan.cells.map((row) => Array.from({ length: width }, (_, c) => (row[c]?.formula ? `=${row[c]?.formula}` : (row[c]?.value ?? ''))));
  return { name: plan.name, address: `A1:${columnLetter(width - 1)}${values.length}`, values, formulas };
}
