/**
 * Reading a 责任单位 cell: "区财政局", "各镇、各单位", "区信息中心牵头，各有关部门配合",
 * "区信息中心负责功能设计，各镇、各单位配合做好信息发布规范化", "——".
 *
 * Clauses are separated by ，,;； and line breaks; the units of a clause by 、 and /. A role word
 * (牵头 lead, 配合 assist, 负责 owner …) ends a unit's name; what follows it is the duty. A unit
 * without a role word takes the role of the next unit of its clause that has one ("各镇、各单位配合…":
 * both assist), else it is the owner.
 */
import { isBlank, isNotApplicable } from './unit-names';

export type Role = 'owner' | 'lead' | 'assist';

export interface ResponsibleEntry {
  /** The unit's name as written, outer whitespace trimmed. */
  name: string;
  role: Role;
  /** What the cell says the unit does ("功能设计"), or null. */
  duty: string | null;
}

export interface ParsedResponsible {
  /** The cell says "——": no unit is responsible, by design. */
  notApplicable: boolean;
  entries: ResponsibleEntry[];
}

const CLAUSE_SEPARATORS = /[，,;；\r\n]+/u;
const UNIT_SEPARATORS = /[、/／]+/u;
const ROLE_WORDS: [RegExp, Role][] = [
  [/^(牵头|主办|为主)/u, 'lead'],
  [/^(配合|协助|协办)/u, 'assist'],
  [/^负责/u, 'owner'],
];
const ROLE_AT = /[（(]?(牵头|主办|为主|配合|协助|协办|负责)/u;

interface Item {
  name: string;
  role: Role | null;
  duty: string | null;
}

function readItem(text: string): Item {
  const match = ROLE_AT.exec(text);
  if (!match) return { name: text.trim(), role: null, duty: null };
  const rest = text.slice(match.index + match[0].length - match[1].length);
  const role = ROLE_WORDS.find(([pattern]) => pattern.test(rest))?.[1] ?? 'owner';
  const duty = rest.replace(/^(牵头|主办|为主|配合|协助|协办|负责)[）)]?/u, '').trim();
  return { name: text.slice(0, match.index).trim(), role, duty: duty === '' ? null : duty };
}

export function parseResponsible(cell: string | null | undefined): ParsedResponsible {
  if (isBlank(cell)) return { notApplicable: false, entries: [] };
  if (isNotApplicable(cell)) return { notApplicable: true, entries: [] };
  const entries: ResponsibleEntry[] = [];
  for (const clause of (cell as string).split(CLAUSE_SEPARATORS)) {
    const items = clause.split(UNIT_SEPARATORS).map(readItem);
    items.forEach((item, i) => {
      if (item.name === '' || isNotApplicable(item.name)) return;
      const next = items.slice(i + 1).find((other) => other.role !== null);
      const role = item.role ?? next?.role ?? 'owner';
      entries.push({ name: item.name, role, duty: item.duty ?? (item.role === null ? (next?.duty ?? null) : null) });
    });
  }
  return { notApplicable: false, entries };
}

/** Chinese label of a role, as the sheets and the pane show it. */
export const ROLE_LABELS: Record<Role, string> = { owner: '负责', lead: '牵头', assist: '配合' };
