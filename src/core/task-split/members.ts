/**
 * The member list (单位名单) the office maintains: each unit with its kind (镇 / 部门) and aliases.
 * It comes from a members.csv (CLI) or the 单位名单 sheet of the workbook: both are rows of cells
 * under a header 单位 | 类型 | 别名 (aliases separated by 、).
 */
import type { Issue } from '../issues';
import { taskMessages } from './task-split-messages';
import { collectiveKinds, guessKind, normaliseName, type UnitKind } from './unit-names';

export interface Member {
  name: string;
  kind: UnitKind;
  aliases: string[];
}

export interface MemberList {
  members: Member[];
  /** True when the list was inferred from the task split because none was given. */
  derived: boolean;
}

export interface MembersRead {
  list: MemberList;
  issues: Issue[];
}

const KIND_WORDS: Record<string, UnitKind> = { 镇: '镇', 乡: '镇', 乡镇: '镇', 街道: '镇', 部门: '部门', 单位: '部门' };
const ALIAS_SEPARATORS = /[、，,;；/]+/u;

const cellText = (value: unknown) => (value === null || value === undefined ? '' : String(value).trim());

/** Members from rows of cells (a sheet's values or parsed CSV): the header row is the first that has 单位. */
export function membersFromRows(rows: readonly (readonly unknown[])[]): MembersRead {
  const headerAt = rows.findIndex((row) => row.some((cell) => cellText(cell) === '单位'));
  if (headerAt < 0) return { list: { members: [], derived: false }, issues: [issue('error', 'members-header', taskMessages.membersHeader())] };
  const header = rows[headerAt].map(cellText);
  const column = (label: string) => header.indexOf(label);
  const [nameAt, kindAt, aliasAt] = [column('单位'), column('类型'), column('别名')];
  const members: Member[] = [];
  const issues: Issue[] = [];
  for (const row of rows.slice(headerAt + 1)) {
    const name = cellText(row[nameAt]);
    if (name === '' || name.startsWith('#')) continue;
    const kindText = kindAt < 0 ? '' : cellText(row[kindAt]);
    const kind = kindText === '' ? guessKind(name) : KIND_WORDS[normaliseName(kindText)];
    if (!kind) issues.push(issue('error', 'member-kind', taskMessages.memberKind(name, kindText), name));
    const aliases = aliasAt < 0 ? [] : cellText(row[aliasAt]).split(ALIAS_SEPARATORS).map((a) => a.trim()).filter(Boolean);
    members.push({ name, kind: kind ?? '部门', aliases });
  }
  return { list: { members, derived: false }, issues: [...issues, ...duplicateIssues(members)] };
}

/** members.csv: comma-separated, optional quotes ("" inside quotes), lines starting with # are comments. */
export function parseMembersCsv(text: string): MembersRead {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => !line.trimStart().startsWith('#'));
  return membersFromRows(lines.map(csvFields));
}

function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

function duplicateIssues(members: readonly Member[]): Issue[] {
  const seen = new Map<string, string>();
  const issues: Issue[] = [];
  for (const member of members) {
    for (const name of [member.name, ...member.aliases]) {
      const key = normaliseName(name);
      const other = seen.get(key);
      if (other !== undefined) issues.push(issue('error', 'member-duplicate', taskMessages.memberDuplicate(name, other), member.name));
      else seen.set(key, name);
    }
  }
  return issues;
}

/** A list inferred from the names in the cells: every unit that is not a collective, kind guessed. */
export function deriveMembers(names: readonly string[]): MemberList {
  const members = new Map<string, Member>();
  for (const name of names) {
    const key = normaliseName(name);
    if (key === '' || collectiveKinds(name) || members.has(key)) continue;
    members.set(key, { name: name.trim(), kind: guessKind(name), aliases: [] });
  }
  return { members: [...members.values()], derived: true };
}

/** Members as CSV text (header 单位,类型,别名), e.g. to start a members.csv from a derived list. */
export function membersCsv(list: MemberList): string {
  const field = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return ['单位,类型,别名', ...list.members.map((m) => [m.name, m.kind, m.aliases.join('、')].map(field).join(','))].join('\n') + '\n';
}

function issue(severity: Issue['severity'], code: string, message: string, path = ''): Issue {
  return { severity, code, path, message };
}
