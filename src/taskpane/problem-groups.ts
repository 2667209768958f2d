/**
 * The live check's problems arranged for reading: per sheet, errors before warnings, each problem
 * named by its indicator first and its cell second, and problems of one kind (e.g. 48 inputs left
 * blank) gathered into one group that the panel shows as a single collapsible line.
 */
import type { SheetProblem } from '../core/sheet-validation/validate-scoring-sheet';

/** A kind repeated this often or more is shown as one collapsible line. */
export const COLLAPSE_AT = 3;

export interface ProblemItem {
  sheet: string;
  problem: SheetProblem;
  /** "发布解读 › 主动公开 › 基础信息（H5）：得分未录入" */
  text: string;
}

export interface ProblemGroup {
  /** Stable across re-checks: sheet, severity and kind. */
  key: string;
  severity: SheetProblem['severity'];
  /** "48 项未录入"; null when the group is shown as its single lines. */
  label: string | null;
  items: ProblemItem[];
}

export interface SheetProblems {
  sheet: string;
  errors: number;
  warnings: number;
  groups: ProblemGroup[];
}

/** What a group of one kind is called, by the checker's code. */
const KIND_LABELS: Record<string, (n: number) => string> = {
  'input-missing': (n) => `${n} 项未录入`,
  'not-a-number': (n) => `${n} 处不是数字`,
  'input-range': (n) => `${n} 处录入超出范围`,
  'weight-missing': (n) => `${n} 项权重未填写`,
  'weight-changed': (n) => `${n} 项权重与模板不同`,
  'weight-sum': (n) => `${n} 项权重合计不符`,
  'split-sum': (n) => `${n} 项分项比例合计不是 100%`,
  'formula-overwritten': (n) => `${n} 处公式被改成固定值`,
  'score-error': (n) => `${n} 项得分无法计算`,
  'score-range': (n) => `${n} 项得分超出范围`,
  'veto-score': (n) => `${n} 项已否决但得分不为 0`,
  'rows-missing': (n) => `${n} 项的行缺失或被改动`,
};

const kindLabel = (code: string, n: number) => KIND_LABELS[code]?.(n) ?? `${n} 个同类问题`;

/** The message without what the indicator and cell already say: "已标记完成，但“得分”未录入。" → "得分未录入". */
function shortMessage(problem: SheetProblem): string {
  const missing = problem.code === 'input-missing' ? /“(.+)”未录入/.exec(problem.message) : null;
  if (missing) return Array.from(missing[1]).length <= 6 ? `${missing[1]}未录入` : `“${missing[1]}”未录入`;
  return problem.message.replace(/。$/, '');
}

/** Indicator first, cell second: "机构职能（H6）：得分未录入". */
export function problemText(problem: SheetProblem): string {
  const where = problem.path || (problem.code === 'incomplete' ? '评估状态' : '');
  const cell = problem.cell ? `（${problem.cell}）` : '';
  const head = `${where}${cell}`;
  return head ? `${head}：${shortMessage(problem)}` : shortMessage(problem);
}

export function groupSheetProblems(sheet: string, problems: readonly SheetProblem[]): SheetProblems {
  const byKind = new Map<string, ProblemItem[]>();
  for (const severity of ['error', 'warning', 'info'] as const) {
    for (const problem of problems) {
      if (problem.severity !== severity) continue;
      const key = `${severity}|${problem.code}`;
      byKind.set(key, [...(byKind.get(key) ?? []), { sheet, problem, text: problemText(problem) }]);
    }
  }
  const groups: ProblemGroup[] = [];
  for (const [kind, items] of byKind) {
    const severity = items[0].problem.severity;
    if (items.length >= COLLAPSE_AT) groups.push({ key: `${sheet}|${kind}`, severity, label: kindLabel(items[0].problem.code, items.length), items });
    else items.forEach((item, i) => groups.push({ key: `${sheet}|${kind}|${i}`, severity, label: null, items: [item] }));
  }
  // Single lines and collapsed lines of one severity stay together; errors first (byKind is in that order).
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  return { sheet, errors, warnings, groups };
}

/** Every sheet with problems, in sheet order; sheets without problems are left out. */
export function groupProblems(problems: readonly (readonly [string, readonly SheetProblem[]])[]): SheetProblems[] {
  return problems.filter(([, list]) => list.length > 0).map(([sheet, list]) => groupSheetProblems(sheet, list));
}

/** The problems 上一个 / 下一个 step through: those with a cell to select, in the order shown. */
export function steppableItems(sheets: readonly SheetProblems[]): ProblemItem[] {
  return sheets.flatMap((s) => s.groups.flatMap((g) => g.items)).filter((item) => item.problem.cell !== '');
}

/** Identifies a problem across re-checks (its position may change as others are fixed). */
export const itemKey = (item: ProblemItem) => `${item.sheet}|${item.problem.cell}|${item.problem.code}|${item.problem.path}|${item.problem.message}`;
