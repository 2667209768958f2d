/** The whole report on a task split, as the CLI prints it and the pane shows it. */
import type { ScoringTemplate } from '../template-schema';
import { checkCoverage, type TaskIssue } from './coverage';
import { unitViews, type UnitView } from './assignments';
import { deriveMembers, type MemberList, type MembersRead } from './members';
import { parseResponsible } from './responsible-parser';
import type { TaskSplit } from './task-split';

export interface TaskReport {
  issues: TaskIssue[];
  members: MemberList;
  units: UnitView[];
}

/**
 * The given member list, or one inferred from the names in the split (and a warning saying so) when
 * none was given or the given one has no 单位 header (its problem is kept).
 */
export function membersFor(split: TaskSplit, read: MembersRead | null): MembersRead {
  if (read && !read.issues.some((issue) => issue.code === 'members-header')) return read;
  const names = split.rows.flatMap((row) => parseResponsible(row.responsible).entries.map((e) => e.name));
  return { list: deriveMembers(names), issues: read?.issues ?? [] };
}

export function taskReport(split: TaskSplit, read: MembersRead | null, linked: ScoringTemplate | undefined): TaskReport {
  const { list, issues: memberIssues } = membersFor(split, read);
  const issues = [...memberIssues, ...checkCoverage({ split, members: list, linked })];
  return { issues, members: list, units: unitViews(split, list) };
}
