/**
 * Coverage checks of a task split, as data: rows without a unit, names not in the member list (with
 * aliases and near-duplicates to unify), collectives that reach nobody, indicators of the linked
 * scoring template the split misses or rows it does not know, and columns the 指标说明 asks for.
 */
import type { Issue } from '../issues';
import { joinPath } from '../issues';
import type { ScoringTemplate } from '../template-schema';
import { parseResponsible } from './responsible-parser';
import { MemberDirectory } from './assignments';
import type { MemberList } from './members';
import { levelNames, pathKey, rowPath, templatePaths, type TaskRow, type TaskSplit } from './task-split';
import { taskMessages } from './task-split-messages';
import { editDistance, isBlank, normaliseName } from './unit-names';

/** An issue of a task split; `rowId` and `field` point at the cell to select where there is one. */
export interface TaskIssue extends Issue {
  rowId?: string;
  field?: 'responsible' | 'column' | 'level';
}

export interface CoverageInput {
  split: TaskSplit;
  members: MemberList;
  /** The scoring template the split must cover; undefined when unknown or not found. */
  linked?: ScoringTemplate;
}

/** "设置…栏目", "开设相关专题专栏": the indicator asks for a website column. */
const ASKS_FOR_COLUMN = /(设置|开设|设立|开办)[^。；;，,]{0,24}?(栏目|专栏)/u;

export function checkCoverage({ split, members, linked }: CoverageInput): TaskIssue[] {
  const issues: TaskIssue[] = [];
  if (members.derived) issues.push({ severity: 'warning', code: 'members-missing', path: '', message: taskMessages.membersMissing() });
  if (split.linkedTemplateId && !linked) {
    issues.push({ severity: 'warning', code: 'linked-template-missing', path: '', message: taskMessages.linkedMissing(split.linkedTemplateId) });
  }
  const directory = new MemberDirectory(members);
  for (const row of split.rows) issues.push(...rowIssues(row, directory, members.derived));
  if (members.derived) issues.push(...spellingIssues(split));
  if (linked) issues.push(...linkIssues(split, linked));
  return issues;
}

function rowIssues(row: TaskRow, directory: MemberDirectory, derived: boolean): TaskIssue[] {
  const path = rowPath(row);
  const at = (field: TaskIssue['field']) => ({ path, rowId: row.id, field });
  const parsed = parseResponsible(row.responsible);
  const issues: TaskIssue[] = [];
  if (isBlank(row.level1)) issues.push({ severity: 'error', code: 'task-no-level', message: taskMessages.noLevel(), ...at('level') });
  if (!parsed.notApplicable && parsed.entries.length === 0) issues.push({ severity: 'error', code: 'task-no-unit', message: taskMessages.noUnit(), ...at('responsible') });
  for (const { name } of parsed.entries) {
    const match = directory.match(name);
    if (match.kind === 'collective' && match.members.length === 0) {
      // Without a member list nobody knows the towns: the members-missing warning says so, not an error per row.
      issues.push({ severity: derived ? 'warning' : 'error', code: 'collective-empty', message: taskMessages.collectiveEmpty(name, match.kinds), ...at('responsible') });
    } else if (match.kind === 'unknown' && !derived) {
      issues.push({ severity: 'error', code: 'unit-unknown', message: taskMessages.unitUnknown(name, suggestions(name, directory)), ...at('responsible') });
    } else if (match.kind === 'member' && match.how === 'alias') {
      issues.push({ severity: 'warning', code: 'unit-alias', message: taskMessages.unitAlias(name, match.member.name), ...at('responsible') });
    } else if (match.kind === 'member' && match.how === 'normalised') {
      issues.push({ severity: 'warning', code: 'unit-near-duplicate', message: taskMessages.unitNearDuplicate(name, match.member.name), ...at('responsible') });
    }
  }
  if (ASKS_FOR_COLUMN.test(row.description) && isBlank(row.column)) {
    issues.push({ severity: 'error', code: 'column-missing', message: taskMessages.columnMissing(), ...at('column') });
  }
  return issues;
}

/** Members whose name or alias is one or two edits away (at most a third of the name). */
function suggestions(name: string, directory: MemberDirectory): string[] {
  const key = normaliseName(name);
  const limit = Math.min(2, Math.floor([...key].length / 3));
  return directory.list.members
    .filter((m) => [m.name, ...m.aliases].some((n) => editDistance(normaliseName(n), key) <= limit))
    .map((m) => m.name)
    .slice(0, 3);
}

/** Without a member list: one unit written several ways (only spaces or character widths differ). */
function spellingIssues(split: TaskSplit): TaskIssue[] {
  const spellings = new Map<string, { names: Set<string>; row: TaskRow }>();
  for (const row of split.rows) {
    for (const { name } of parseResponsible(row.responsible).entries) {
      const key = normaliseName(name);
      const entry = spellings.get(key) ?? { names: new Set<string>(), row };
      entry.names.add(name);
      spellings.set(key, entry);
    }
  }
  return [...spellings.values()]
    .filter(({ names }) => names.size > 1)
    .map(({ names, row }) => ({ severity: 'warning', code: 'unit-near-duplicate', path: rowPath(row), rowId: row.id, field: 'responsible', message: taskMessages.spellingsDiffer([...names]) }));
}

const isPrefix = (short: readonly string[], long: readonly string[]) => short.length <= long.length && short.every((name, i) => name === long[i]);
const normalised = (names: readonly string[]) => pathKey(names).split('\u0000');

/**
 * Rows and the linked template's leaves match by their level names, normalised: a row covers a leaf
 * when one path is a prefix of the other (a row may stand for a whole level-2 indicator, or split a leaf).
 */
function linkIssues(split: TaskSplit, linked: ScoringTemplate): TaskIssue[] {
  const paths = templatePaths(linked);
  const leafKeys = paths.leaves.map(normalised);
  const rows = split.rows.filter((row) => !isBlank(row.level1)).map((row) => ({ row, key: normalised(levelNames(row)) }));
  const related = (a: string[], b: string[]) => isPrefix(a, b) || isPrefix(b, a);
  const issues: TaskIssue[] = [];
  for (const { row, key } of rows) {
    if (leafKeys.some((leaf) => related(key, leaf))) continue;
    const same = paths.leaves.filter((names) => normaliseName(names[names.length - 1]) === key[key.length - 1]).map((names) => joinPath(names));
    issues.push({ severity: 'error', code: 'indicator-unknown', path: rowPath(row), rowId: row.id, field: 'level', message: taskMessages.indicatorUnknown(linked.id, same) });
  }
  paths.leaves.forEach((names, i) => {
    if (rows.some(({ key }) => related(key, leafKeys[i]))) return;
    const last = leafKeys[i][leafKeys[i].length - 1];
    const same = rows.filter(({ key }) => key[key.length - 1] === last).map(({ row }) => rowPath(row));
    issues.push({ severity: 'error', code: 'indicator-missing', path: joinPath(names), message: taskMessages.indicatorMissing(linked.id, same) });
  });
  return issues;
}
