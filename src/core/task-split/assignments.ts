/**
 * Who does what: each row's 责任单位 cell resolved through the member list into units with a role,
 * directly or through a collective (via "各镇"), and the per-unit views built from that.
 */
import { sum } from '../numbers';
import { parseResponsible, type ResponsibleEntry, type Role } from './responsible-parser';
import { rowPath, type TaskRow, type TaskSplit } from './task-split';
import { collectiveKinds, normaliseName, type UnitKind } from './unit-names';
import type { Member, MemberList } from './members';

/** How a written name matched the member list. */
export type NameMatch =
  | { kind: 'member'; member: Member; how: 'exact' | 'normalised' | 'alias' }
  | { kind: 'collective'; kinds: UnitKind[]; members: Member[] }
  | { kind: 'unknown' };

export class MemberDirectory {
  private readonly byKey = new Map<string, { member: Member; alias: boolean }>();

  /**
   * Names first, aliases after: a unit's own name always wins over another unit's alias that
   * collides with it (the member list reports the collision as an error, member-duplicate).
   */
  constructor(readonly list: MemberList) {
    for (const member of list.members) {
      const key = normaliseName(member.name);
      if (!this.byKey.has(key)) this.byKey.set(key, { member, alias: false });
    }
    for (const member of list.members) {
      for (const alias of member.aliases) {
        const key = normaliseName(alias);
        if (!this.byKey.has(key)) this.byKey.set(key, { member, alias: true });
      }
    }
  }

  match(name: string): NameMatch {
    const kinds = collectiveKinds(name);
    if (kinds) return { kind: 'collective', kinds, members: this.list.members.filter((m) => kinds.includes(m.kind)) };
    const found = this.byKey.get(normaliseName(name));
    if (!found) return { kind: 'unknown' };
    const how = found.alias ? 'alias' : name === found.member.name ? 'exact' : 'normalised';
    return { kind: 'member', member: found.member, how };
  }
}

export interface Assignment {
  /** The member's name, or the name as written (trimmed) for a unit not in the list. */
  unit: string;
  role: Role;
  /** The collective the task reached the unit through, null when named directly. */
  via: string | null;
  duty: string | null;
}

/** A row's units, each once: a direct mention wins over a collective, the first mention over later ones. */
export function rowAssignments(row: TaskRow, directory: MemberDirectory): Assignment[] {
  const entries = parseResponsible(row.responsible).entries;
  const found = new Map<string, Assignment>();
  const add = (assignment: Assignment) => {
    const key = normaliseName(assignment.unit);
    const current = found.get(key);
    if (!current || (current.via !== null && assignment.via === null)) found.set(key, assignment);
  };
  for (const entry of entries) for (const assignment of entryAssignments(entry, directory)) add(assignment);
  return [...found.values()];
}

function entryAssignments(entry: ResponsibleEntry, directory: MemberDirectory): Assignment[] {
  const match = directory.match(entry.name);
  const base = { role: entry.role, duty: entry.duty };
  if (match.kind === 'collective') return match.members.map((m) => ({ ...base, unit: m.name, via: entry.name }));
  return [{ ...base, unit: match.kind === 'member' ? match.member.name : entry.name, via: null }];
}

export interface UnitTask {
  rowId: string;
  path: string;
  role: Role;
  via: string | null;
  duty: string | null;
  column: string;
  requirement: string;
  weight: number | null;
}

export interface UnitSummary {
  unit: string;
  /** null for a unit that is not in the member list */
  kind: UnitKind | null;
  tasks: number;
  /** Sum of the known weights of its indicators (each unit answers for the whole indicator); null when none is known. */
  weight: number | null;
}

export interface UnitView {
  summary: UnitSummary;
  tasks: UnitTask[];
}

/** Every unit's tasks: the members in list order (also those without tasks), then names not in the list. */
export function unitViews(split: TaskSplit, list: MemberList): UnitView[] {
  const directory = new MemberDirectory(list);
  const views = new Map<string, UnitView>();
  const viewOf = (unit: string, kind: UnitKind | null) => {
    const key = normaliseName(unit);
    if (!views.has(key)) views.set(key, { summary: { unit, kind, tasks: 0, weight: null }, tasks: [] });
    return views.get(key) as UnitView;
  };
  for (const member of list.members) viewOf(member.name, member.kind);
  for (const row of split.rows) {
    for (const a of rowAssignments(row, directory)) {
      viewOf(a.unit, null).tasks.push({ rowId: row.id, path: rowPath(row), role: a.role, via: a.via, duty: a.duty, column: row.column, requirement: row.description, weight: row.weight });
    }
  }
  return [...views.values()].map(({ summary, tasks }) => {
    const weights = tasks.map((t) => t.weight).filter((w): w is number => w !== null);
    return { tasks, summary: { ...summary, tasks: tasks.length, weight: weights.length > 0 ? sum(weights) : null } };
  });
}

/** One unit's view by name or alias (normalised); undefined when the split and the list do not know it. */
export function findUnitView(views: readonly UnitView[], list: MemberList, name: string): UnitView | undefined {
  const match = new MemberDirectory(list).match(name);
  const wanted = normaliseName(match.kind === 'member' ? match.member.name : name);
  return views.find((view) => normaliseName(view.summary.unit) === wanted);
}
