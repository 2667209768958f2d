/**
 * Unit names as offices write them: normalisation for comparing (a stray space, full-width letters
 * or brackets must not make two names of one unit), "——" for not applicable, and the collectives
 * (各镇, 各单位 …) that stand for every member of a kind.
 */

/** NFKC (full-width → half-width, ideographic space → space), then no whitespace at all. */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, '');
}

/** "——", "—", "-", "－", "无", "不适用": the table says the cell does not apply. */
export function isNotApplicable(text: string | null | undefined): boolean {
  if (text === null || text === undefined) return false;
  const t = normaliseName(text);
  return /^[—–\-－―─]+$/u.test(t) || t === '无' || t === '不适用';
}

export function isBlank(text: string | null | undefined): boolean {
  return text === null || text === undefined || text.trim() === '';
}

export type UnitKind = '镇' | '部门';
export const UNIT_KINDS: readonly UnitKind[] = ['镇', '部门'];

/**
 * Collectives and the member kinds they stand for. In the Liujiang table "各镇、各单位" names the towns
 * and the district departments side by side, so 各单位 means the departments (towns are 各镇).
 */
const COLLECTIVES: Record<string, UnitKind[]> = {
  各镇: ['镇'],
  各乡镇: ['镇'],
  各镇街: ['镇'],
  各单位: ['部门'],
  各部门: ['部门'],
  各有关部门: ['部门'],
  各有关单位: ['部门'],
  各相关部门: ['部门'],
  各相关单位: ['部门'],
  各镇各单位: ['镇', '部门'],
};

/** The member kinds a collective stands for; null for a name that is not a collective. */
export function collectiveKinds(name: string): UnitKind[] | null {
  return COLLECTIVES[normaliseName(name)] ?? null;
}

/** Kind a unit name suggests when no member list says (a town ends with 镇, 乡 or 街道). */
export function guessKind(name: string): UnitKind {
  return /(镇|乡|街道)$/u.test(normaliseName(name)) ? '镇' : '部门';
}

/** Levenshtein distance, for "did you mean" hints on unknown names (short strings only). */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[y.length];
}
