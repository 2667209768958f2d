/**
 * Live validation of a scoring sheet the add-in made, from one read of its values and formulas.
 * Rows are found by their keys (hidden column), so inserted rows and moved blocks do not confuse
 * it. Problems are data, with the cell to select and a Chinese message.
 */
import type { ScoringTemplate } from '../template-schema';
import { address } from '../sheet-plan/addresses';
import { COL, STATUS_DONE } from '../sheet-plan/scoring-sheet-plan';
import { parseRowKey } from '../sheet-plan/sheet-keys';
import { scoringUnits } from '../sheet-plan/scoring-units';
import { nearlyEqual } from '../numbers';
import { SnapshotGrid, type SheetSnapshot } from './sheet-snapshot';
import { checkLeaf, type SheetProblem } from './leaf-checks';
import { adjustedWeights, leafTransfers, weightTransfers } from '../sheet-plan/weight-transfers';
import { planLeaf } from '../sheet-plan/leaf-inputs';
import { visitNodes } from '../indicator-tree';

export type { SheetProblem } from './leaf-checks';

/** Rows of the sheet by key: input rows per leaf, subtotal rows per unit, total rows. */
export interface KeyedRows {
  status: number | null;
  inputs: Map<string, number[]>;
  subtotals: Map<string, number>;
  totals: Map<string, number>;
}

export function keyedRows(grid: SnapshotGrid): KeyedRows {
  const rows: KeyedRows = { status: null, inputs: new Map(), subtotals: new Map(), totals: new Map() };
  for (let row = 0; row < grid.rowCount; row++) {
    const key = parseRowKey(grid.value(row, COL.key));
    if (key?.kind === 'input') {
      const list = rows.inputs.get(key.leafId) ?? [];
      list[key.index] = row;
      rows.inputs.set(key.leafId, list);
    } else if (key?.kind === 'subtotal') rows.subtotals.set(key.level1Id, row);
    else if (key?.kind === 'total') rows.totals.set(key.which, row);
    else if (key?.kind === 'status') rows.status = row;
  }
  return rows;
}

export function validateScoringSheet(template: ScoringTemplate, snapshot: SheetSnapshot): SheetProblem[] {
  const grid = new SnapshotGrid(snapshot);
  const rows = keyedRows(grid);
  const complete = rows.status !== null && grid.value(rows.status, COL.remark) === STATUS_DONE;
  const problems: SheetProblem[] = [];
  const transfers = transferState(template, grid, rows);
  problems.push(...transfers.notes);
  for (const unit of scoringUnits(template)) {
    let unitWeight = 0;
    for (const leaf of unit.leaves) {
      const leafTransfer = transfers.rows.get(leaf.node.id);
      const transfer = leafTransfer && { rows: leafTransfer, weight: transfers.weights.get(leaf.node.id) ?? leafTransfer.original };
      const result = checkLeaf({ grid, leaf, part: unit.part, rows: rows.inputs.get(leaf.node.id) ?? [], complete, transfer });
      problems.push(...result.problems);
      unitWeight += Math.abs(result.weight ?? 0);
    }
    problems.push(...checkSubtotal(grid, rows, unit.node.id, unit.node.name, unitWeight));
  }
  if (complete && problems.some((p) => p.code === 'input-missing')) {
    problems.push({ severity: 'error', code: 'incomplete', cell: address(rows.status ?? 1, COL.remark), path: '', message: '评估状态为“已完成”，但仍有未录入的项目。' });
  }
  return problems;
}

/**
 * The weight transfers as the sheet's 不适用 flags set them: each leaf's transfer rows, the weights
 * the flags give, and a note per transfer in effect (severity 'info'), so the pane explains why a
 * weight is not the template's.
 */
function transferState(template: ScoringTemplate, grid: SnapshotGrid, rows: KeyedRows) {
  const leafRows = leafTransfers(template);
  const { transfers } = weightTransfers(template);
  const nodes = new Map(visitNodes(template).map((v) => [v.node.id, v]));
  const flagged = new Set<string>();
  for (const source of transfers.sources) {
    const transfer = leafRows.get(source.id);
    const planned = transfer ? planLeaf(nodes.get(source.id)!.node, nodes.get(source.id)!.part, 'gov', transfer).rows : [];
    const index = planned.findIndex((row) => row.label === transfer?.flag?.label);
    const row = rows.inputs.get(source.id)?.[index];
    if (row !== undefined && String(grid.value(row, COL.input) ?? '').trim() === '是') flagged.add(source.id);
  }
  const weights = new Map<string, number>();
  for (const [id, node] of nodes) if (typeof node.node.weight === 'number') weights.set(id, node.node.weight);
  const adjusted = adjustedWeights(transfers, weights, flagged);
  const names = new Map([...nodes].map(([id, v]) => [id, v.node.name]));
  const notes: SheetProblem[] = transfers.sources
    .filter((source) => flagged.has(source.id))
    .map((source) => {
      const open = source.receivers.filter((r) => !flagged.has(r));
      const each = open.length === 0 ? 0 : Math.round((source.weight / open.length) * 1e4) / 1e4;
      const to = open.map((r) => `“${names.get(r)}”`).join('、');
      const row = rows.inputs.get(source.id)?.[0];
      return {
        severity: 'info' as const,
        code: 'weight-transfer',
        cell: row === undefined ? '' : address(row, COL.weight),
        path: nodes.get(source.id)!.path,
        message: open.length === 0 ? `已选不适用：“${source.name}”的 ${source.weight} 分没有可转入的指标。` : `已选不适用（${source.when}）：“${source.name}”不得分，${source.weight} 分转入${to}${open.length > 1 ? `，各 ${each} 分` : ''}。`,
      };
    });
  return { rows: leafRows, weights: adjusted, notes };
}

function checkSubtotal(grid: SnapshotGrid, rows: KeyedRows, unitId: string, name: string, leafWeights: number): SheetProblem[] {
  const row = rows.subtotals.get(unitId);
  if (row === undefined) {
    return [{ severity: 'warning', code: 'rows-missing', cell: '', path: name, message: `找不到“${name}”的小计行，可能被删除或改动。` }];
  }
  const problems: SheetProblem[] = [];
  const cell = address(row, COL.score);
  const formula = grid.formula(row, COL.score);
  if (typeof formula !== 'string' || !formula.startsWith('=')) {
    problems.push({ severity: 'error', code: 'formula-overwritten', cell, path: name, message: `“${name}”小计的公式被改成了固定值，请恢复公式。` });
  }
  const stated = grid.value(row, COL.weight);
  if (typeof stated === 'number' && !nearlyEqual(Math.abs(stated), leafWeights)) {
    problems.push({
      severity: 'error',
      code: 'weight-sum',
      cell: address(row, COL.weight),
      path: name,
      message: `“${name}”的权重为 ${stated}，但其下指标的权重合计为 ${Math.round(leafWeights * 1e4) / 1e4}。`,
    });
  }
  return problems;
}
