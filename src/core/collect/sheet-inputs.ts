/**
 * What collecting reads of a scoring sheet's inputs: the template's leaves planned once, the 录入
 * values checked against their input kinds (as the sheet's data validation would) and the weights and
 * shares the sheet shows against the template's.
 */
import type { IndicatorNode, ScoringTemplate } from '../template-schema';
import type { Part } from '../indicator-tree';
import type { Cell } from '../rules/cells';
import { address } from '../sheet-plan/addresses';
import { COL } from '../sheet-plan/scoring-sheet-plan';
import { planLeaf, type InputKind, type LeafPlan } from '../sheet-plan/leaf-inputs';
import { scoringUnits } from '../sheet-plan/scoring-units';
import { leafTransfers } from '../sheet-plan/weight-transfers';
import type { SnapshotGrid } from '../sheet-validation/sheet-snapshot';
import type { KeyedRows } from '../sheet-validation/validate-scoring-sheet';
import { joinPath } from '../issues';
import type { CollectProblem, IncompleteItem } from './collect-types';
import { collectMessages as m } from './collect-messages';

export const EPSILON = 1e-6;
export const blank = (value: unknown) => value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/** What every sheet of a template shares: its leaves in sheet order with their planned rows. */
export interface SheetModel {
  leaves: { node: IndicatorNode; part: Part; path: string; plan: LeafPlan; unitId: string }[];
  units: { id: string; leafIds: string[] }[];
  transfers: ReturnType<typeof leafTransfers>;
  paths: Map<string, string>;
}

const models = new WeakMap<ScoringTemplate, SheetModel>();

/** Planned once per template: a round of 200 sheets of one template plans its leaves once. */
export function sheetModel(template: ScoringTemplate): SheetModel {
  const known = models.get(template);
  if (known) return known;
  const transfers = leafTransfers(template);
  const units = scoringUnits(template);
  const leaves = units.flatMap((unit) =>
    unit.leaves.map(({ node, ancestry }) => ({ node, part: unit.part, path: joinPath(ancestry.map((n) => n.name)), plan: planLeaf(node, unit.part, 'gov', transfers.get(node.id)), unitId: unit.node.id })),
  );
  const model = { leaves, units: units.map((u) => ({ id: u.node.id, leafIds: u.leaves.map((l) => l.node.id) })), transfers, paths: new Map(leaves.map((l) => [l.node.id, l.path])) };
  models.set(template, model);
  return model;
}

/** Why an entry is refused (as the sheet's data validation would), or null. */
function entryProblem(kind: InputKind, label: string, value: unknown): { code: string; message: string } | null {
  if (kind.type === 'list') return kind.list.includes(String(value).trim()) ? null : { code: 'input-range', message: `“${String(value)}”不是可选项，应为：${kind.list.join('、')}。` };
  if (typeof value !== 'number') return { code: 'not-a-number', message: `“${label}”录入的“${String(value)}”不是数字。` };
  if (kind.type === 'whole') return Number.isInteger(value) && value >= 0 ? null : { code: 'input-range', message: `“${label}”应为不小于 0 的整数，现为 ${value}。` };
  if (value < kind.min || (kind.max !== undefined && value > kind.max + EPSILON)) {
    return { code: 'input-range', message: `“${label}”应${kind.max === undefined ? `不小于 ${kind.min}` : `在 ${kind.min} 到 ${kind.max} 之间`}，现为 ${value}。` };
  }
  return null;
}

/**
 * The 录入 values per leaf as scoreSheet takes them: what the evaluator entered (a refused entry as
 * blank, with an error), the template's fixed values (not the file's), formula rows left to
 * resolvedInputs; and every input left blank.
 */
export function readInputs(grid: SnapshotGrid, model: SheetModel, rows: KeyedRows, file: string, sheet: string) {
  const inputs = new Map<string, Cell[]>();
  const incomplete: IncompleteItem[] = [];
  const problems: CollectProblem[] = [];
  for (const { node, path, plan } of model.leaves) {
    const sheetRows = rows.inputs.get(node.id) ?? [];
    const values = plan.rows.map((planned, i): Cell => {
      if (planned.fixed !== undefined) return planned.fixed;
      if (!planned.input) return null;
      const cell = address(sheetRows[i], COL.input);
      const value = grid.value(sheetRows[i], COL.input);
      const refused = blank(value) ? null : entryProblem(planned.input, planned.label, value);
      if (refused) problems.push({ severity: 'error', code: refused.code, file, sheet, cell, message: `${path}：${refused.message}该项按未录入处理。` });
      if (blank(value) || refused) {
        incomplete.push({ file, sheet, path, label: planned.label, cell });
        return null;
      }
      return typeof value === 'string' ? value.trim() : (value as Cell);
    });
    inputs.set(node.id, values);
  }
  return { inputs, incomplete, problems };
}

/**
 * Weights (权重) and shares (比例/分值) changed on the sheet: the recomputed scores use the template's,
 * so each change is a warning with its cell (the cached scores then differ as well).
 */
export function editedTemplateCells(grid: SnapshotGrid, model: SheetModel, rows: KeyedRows, weights: ReadonlyMap<string, number>, file: string, sheet: string): CollectProblem[] {
  const problems: CollectProblem[] = [];
  for (const { node, path, plan } of model.leaves) {
    const sheetRows = rows.inputs.get(node.id) ?? [];
    const expected = weights.get(node.id);
    const weight = grid.value(sheetRows[0], COL.weight);
    if (expected !== undefined && typeof weight === 'number' && Math.abs(weight - expected) > EPSILON) {
      problems.push({ severity: 'warning', code: 'weight-changed', file, sheet, cell: address(sheetRows[0], COL.weight), message: m.weightChanged(path, weight, expected) });
    }
    plan.rows.forEach((planned, i) => {
      const param = grid.value(sheetRows[i], COL.param);
      if (planned.param === undefined || typeof param !== 'number' || Math.abs(param - planned.param) <= EPSILON) return;
      problems.push({ severity: 'warning', code: 'param-changed', file, sheet, cell: address(sheetRows[i], COL.param), message: m.paramChanged(path, planned.label, param, planned.param) });
    });
  }
  return problems;
}
