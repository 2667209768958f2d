/**
 * One scoring sheet read back for collecting: its rows found by their keys, its 录入 values scored
 * again by the core rules with the template its marker names (never the file's own weights or
 * cached scores), what is not filled in yet, and where the file's cached scores differ from the
 * recomputed ones. A sheet whose rows were deleted or whose keys were changed is not read at all.
 */
import type { ScoringTemplate } from '../template-schema';
import { RuleInputError } from '../rules/rule-error';
import { address } from '../sheet-plan/addresses';
import { COL, EVALUATOR_CELL, SITE_CELL, STATUS_DONE } from '../sheet-plan/scoring-sheet-plan';
import { parseRowKey } from '../sheet-plan/sheet-keys';
import { leafWeights, scoreSheet, type SheetScores } from '../sheet-plan/sheet-scores';
import { SnapshotGrid } from '../sheet-validation/sheet-snapshot';
import { keyedRows, type KeyedRows } from '../sheet-validation/validate-scoring-sheet';
import { cleanName } from '../text-input';
import type { CollectProblem, CollectSheetGrid, IncompleteItem } from './collect-types';
import { collectMessages as m } from './collect-messages';
import { blank, editedTemplateCells, EPSILON, readInputs, sheetModel, type SheetModel } from './sheet-inputs';

export interface SheetReading {
  site: string;
  evaluator: string;
  scores: SheetScores;
  /** Each leaf's weight as the sheet's 不适用 flags make it. */
  weights: Map<string, number>;
  /** Each leaf's path 一级 › 二级 › 三级. */
  paths: Map<string, string>;
  incomplete: IncompleteItem[];
  problems: CollectProblem[];
}

export type SheetRead = { ok: true; reading: SheetReading } | { ok: false; problems: CollectProblem[] };

const text = (value: unknown) => (blank(value) ? '' : cleanName(String(value)));

/** The grid as a validation snapshot: formulas with their "=", values elsewhere (as Office.js gives them). */
export function snapshotOf(sheet: CollectSheetGrid) {
  const width = sheet.values.reduce((widest, row) => Math.max(widest, row.length), 1);
  const formulas = sheet.values.map((row, r) => Array.from({ length: width }, (_, c) => {
    const formula = sheet.formulas[r]?.[c];
    return typeof formula === 'string' ? `=${formula}` : row[c];
  }));
  return { name: sheet.name, address: 'A1', values: sheet.values, formulas };
}

export function readScoringSheet(sheet: CollectSheetGrid, template: ScoringTemplate, file: string): SheetRead {
  const problem = (severity: 'error' | 'warning', code: string, cell: string | null, message: string): CollectProblem => ({ severity, code, file, sheet: sheet.name, cell, message });
  const snapshot = snapshotOf(sheet);
  const grid = new SnapshotGrid(snapshot);
  const lost = sheetModel(template).leaves.find(({ node }) => typeof node.weight !== 'number');
  if (lost) return { ok: false, problems: [problem('error', 'weight-missing', null, m.weightMissing(template.id, lost.path))] };
  const structure = checkStructure(grid, template);
  if (structure) return { ok: false, problems: [problem('error', structure.code, structure.cell, structure.message)] };
  const site = text(grid.value(SITE_CELL.row, SITE_CELL.column));
  if (site === '') return { ok: false, problems: [problem('error', 'site-missing', address(SITE_CELL.row, SITE_CELL.column), m.siteMissing())] };
  const rows = keyedRows(grid);
  const problems: CollectProblem[] = [];
  const evaluator = text(grid.value(EVALUATOR_CELL.row, EVALUATOR_CELL.column));
  if (evaluator === '') problems.push(problem('warning', 'evaluator-missing', address(EVALUATOR_CELL.row, EVALUATOR_CELL.column), m.evaluatorMissing()));
  const model = sheetModel(template);
  const { inputs, incomplete: entered, problems: inputProblems } = readInputs(grid, model, rows, file, sheet.name);
  problems.push(...inputProblems);
  const { transfers, paths } = model;
  const weights = leafWeights(template, inputs);
  problems.push(...editedTemplateCells(grid, model, rows, weights, file, sheet.name));
  // A leaf set 不适用 scores 0 whatever its other inputs: only its flag must be filled in.
  const flaggedOff = new Set(model.leaves.filter(({ node }) => transfers.get(node.id)?.flag && weights.get(node.id) === 0).map(({ path }) => path));
  const incomplete = entered.filter((item) => !(flaggedOff.has(item.path) && !item.label.includes('不适用')));
  // A leaf whose inputs the rules refuse together (不合格数大于检查数 …) is not filled in either.
  for (const { node, plan, path } of model.leaves) {
    try {
      plan.evaluate(inputs.get(node.id) ?? [], weights.get(node.id) ?? (node.weight as number));
    } catch (error) {
      if (!(error instanceof RuleInputError)) throw error;
      const first = rows.inputs.get(node.id)?.[0] ?? 0;
      problems.push(problem('error', 'input-invalid', address(first, COL.input), m.inputInvalid(path, error.message)));
      inputs.set(node.id, (inputs.get(node.id) ?? []).map(() => null));
      incomplete.push({ file, sheet: sheet.name, path, label: '录入无法计分', cell: address(first, COL.input) });
    }
  }
  const scores = scoreSheet(template, inputs);
  problems.push(...cachedDifferences(grid, model, rows, scores, problem));
  const status = rows.status === null ? '' : text(grid.value(rows.status, COL.remark));
  if (status !== STATUS_DONE) incomplete.push({ file, sheet: sheet.name, path: '', label: m.statusLabel, cell: address(rows.status ?? 1, COL.remark) });
  // The weights change only where a refused entry blanked a 不适用 flag.
  const finalWeights = problems.some((p) => p.code === 'input-invalid') ? leafWeights(template, inputs) : weights;
  return { ok: true, reading: { site, evaluator, scores, weights: finalWeights, paths, incomplete, problems } };
}

/** A reason not to read the sheet: the key column moved, keys changed or duplicated, input rows missing. */
function checkStructure(grid: SnapshotGrid, template: ScoringTemplate): { code: string; cell: string | null; message: string } | null {
  if (typeof grid.value(0, COL.key) !== 'string' || !String(grid.value(0, COL.key)).startsWith('gov-eval|scoring|')) {
    return { code: 'layout-changed', cell: null, message: m.layoutChanged() };
  }
  const planned = new Map(sheetModel(template).leaves.map((leaf) => [leaf.node.id, { count: Math.max(leaf.plan.rows.length, 1), path: leaf.path }]));
  const seen = new Set<string>();
  for (let row = 1; row < grid.rowCount; row++) {
    const raw = grid.value(row, COL.key);
    if (blank(raw)) continue;
    const key = parseRowKey(raw);
    const cell = address(row, COL.key);
    if (!key) return { code: 'keys-tampered', cell, message: m.keysTampered(String(raw)) };
    if (seen.has(String(raw))) return { code: 'duplicate-key', cell, message: m.duplicateKey(String(raw)) };
    seen.add(String(raw));
    if (key.kind === 'input' && (!planned.has(key.leafId) || key.index >= (planned.get(key.leafId)?.count ?? 0))) {
      return { code: 'keys-tampered', cell, message: m.keysTampered(String(raw)) };
    }
  }
  for (const [id, { count, path }] of planned) {
    for (let i = 0; i < count; i++) if (!seen.has(`input:${id}:${i}`)) return { code: 'rows-missing', cell: null, message: m.rowsMissing(path) };
  }
  return null;
}

type ProblemMaker = (severity: 'error' | 'warning', code: string, cell: string | null, message: string) => CollectProblem;

/**
 * The file's cached scores against the recomputed ones: a score typed over its formula, a cached
 * score that differs (a weight or formula edited). Subtotals and totals are reported only where no
 * leaf below them already explains the difference. Cached errors (#NAME? where the GOV functions
 * were not loaded) are one warning per sheet; a file never calculated has nothing to compare.
 */
function cachedDifferences(grid: SnapshotGrid, model: SheetModel, rows: KeyedRows, scores: SheetScores, problem: ProblemMaker): CollectProblem[] {
  const problems: CollectProblem[] = [];
  const errors = new Map<string, number>();
  const compare = (row: number, recomputed: number | '', quiet: boolean): boolean => {
    const cell = address(row, COL.score);
    const formula = grid.formula(row, COL.score);
    const cached = grid.value(row, COL.score);
    const hasFormula = typeof formula === 'string' && formula.startsWith('=');
    if (!hasFormula && !blank(cached)) {
      problems.push(problem('warning', 'formula-overwritten', cell, m.formulaOverwritten(cached, recomputed)));
      return true;
    }
    if (typeof cached === 'string' && cached.startsWith('#')) {
      errors.set(cached, (errors.get(cached) ?? 0) + 1);
      return false;
    }
    if (typeof cached !== 'number' || Math.abs(cached - (recomputed === '' ? 0 : recomputed)) <= EPSILON) return false;
    if (!quiet) problems.push(problem('warning', 'score-differs', cell, m.scoreDiffers(cached, recomputed)));
    return true;
  };
  let anyLeaf = false;
  for (const unit of model.units) {
    let differs = false;
    for (const id of unit.leafIds) {
      const first = rows.inputs.get(id)?.[0];
      if (first !== undefined && compare(first, scores.leaves.get(id) ?? '', false)) differs = true;
    }
    const subtotal = rows.subtotals.get(unit.id);
    if (subtotal !== undefined) compare(subtotal, scores.units.get(unit.id) ?? 0, differs);
    anyLeaf ||= differs;
  }
  for (const which of ['base', 'bonus', 'deduction', 'total'] as const) {
    const row = rows.totals.get(which);
    if (row !== undefined) compare(row, scores[which], anyLeaf);
  }
  for (const [value, count] of errors) problems.push(problem('warning', 'cached-error', null, m.cachedErrors(value, count)));
  return problems;
}
