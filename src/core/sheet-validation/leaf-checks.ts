/** The checks of one leaf's rows: weight, shares, inputs, the score and its formula, veto and completeness. */
import type { IndicatorNode } from '../template-schema';
import type { Part } from '../indicator-tree';
import { address } from '../sheet-plan/addresses';
import { COL } from '../sheet-plan/scoring-sheet-plan';
import { planLeaf, type InputRow, type LeafTransfer } from '../sheet-plan/leaf-inputs';
import { joinPath, type Severity } from '../issues';
import type { UnitLeaf } from '../sheet-plan/scoring-units';
import type { SnapshotGrid } from './sheet-snapshot';

export interface SheetProblem {
  /** 'info': not a problem, an explanation the pane lists after them (a weight transfer in effect). */
  severity: Severity | 'info';
  code: string;
  /** The cell to select, e.g. "H12" ('' where there is none). */
  cell: string;
  path: string;
  message: string;
}

export interface LeafCheckInput {
  grid: SnapshotGrid;
  leaf: UnitLeaf;
  part: Part;
  /** Sheet rows of the leaf's inputs, by input index. */
  rows: number[];
  complete: boolean;
  /** The leaf's part in a weight transfer, and the weight its flags give it (weight-transfers.ts). */
  transfer?: { rows: LeafTransfer; weight: number };
}

const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
/**
 * "#BUSY!" is not an error: Excel shows it "when Excel is waiting for a custom function to complete"
 * (Troubleshoot custom functions). Such a score is not computed yet; the caller reads the sheet again.
 */
export const PENDING_VALUE = '#BUSY!';
const isErrorValue = (v: unknown) => typeof v === 'string' && v !== PENDING_VALUE && /^#[A-Z/0!?]+[!?]?$|^#N\/A$/.test(v);

export function checkLeaf({ grid, leaf, part, rows, complete, transfer }: LeafCheckInput): { problems: SheetProblem[]; weight: number | null } {
  const { node } = leaf;
  const path = joinPath(leaf.ancestry.map((n) => n.name));
  const planned = planLeaf(node, part, 'gov', transfer?.rows).rows;
  const problems: SheetProblem[] = [];
  const add = (severity: Severity, code: string, row: number, column: number, message: string) =>
    problems.push({ severity, code, cell: address(row, column), path, message });
  if (rows.length !== planned.length || rows.some((row) => row === undefined)) {
    problems.push({ severity: 'warning', code: 'rows-missing', cell: '', path, message: '该指标的录入行缺失或被改动，无法完整检查。请勿删除评分表中的行。' });
    return { problems, weight: typeof node.weight === 'number' ? node.weight : null };
  }
  const first = rows[0];
  const weight = checkWeight(grid, node, first, add, transfer?.weight);
  checkShares(grid, node, planned, rows, add);
  planned.forEach((input, i) => checkInput(grid, input, rows[i], complete, add));
  checkScore(grid, first, weight, add);
  checkVeto(grid, node, planned, rows, add);
  return { problems, weight };
}

type Add = (severity: Severity, code: string, row: number, column: number, message: string) => void;

/** `expected`: the weight the 不适用 flags give a leaf in a weight transfer, instead of the template's. */
function checkWeight(grid: SnapshotGrid, node: IndicatorNode, row: number, add: Add, expected?: number): number | null {
  const value = grid.value(row, COL.weight);
  if (isBlank(value)) {
    add('error', 'weight-missing', row, COL.weight, '权重未填写（原文丢失的权重须按原文补全）。');
    return null;
  }
  if (typeof value !== 'number') {
    add('error', 'not-a-number', row, COL.weight, `权重“${String(value)}”不是数字。`);
    return null;
  }
  if (expected !== undefined) {
    if (Math.abs(value - expected) > 1e-9) {
      add('warning', 'weight-changed', row, COL.weight, `权重为 ${value}，按“不适用”的选择应为 ${Math.round(expected * 1e4) / 1e4}（权重公式可能被改动）。`);
    }
  } else if (typeof node.weight === 'number' && value !== node.weight) {
    add('warning', 'weight-changed', row, COL.weight, `权重被改为 ${value}，模板中为 ${node.weight}。`);
  }
  return value;
}

function checkShares(grid: SnapshotGrid, node: IndicatorNode, planned: InputRow[], rows: number[], add: Add): void {
  if (node.rule?.type !== 'split') return;
  const shareRows = planned.map((row, i) => ({ row, sheetRow: rows[i] })).filter(({ row }) => row.paramFormat === '0%' && !row.label.startsWith('扣分'));
  const shares = shareRows.map(({ sheetRow }) => grid.value(sheetRow, COL.param));
  if (shares.some((share) => typeof share !== 'number')) return void add('error', 'split-sum', shareRows[0].sheetRow, COL.param, '有评分点的比例为空或不是数字。');
  const total = (shares as number[]).reduce((a, b) => a + b, 0);
  if (Math.abs(total - 1) > 1e-9) {
    add('error', 'split-sum', shareRows[0].sheetRow, COL.param, `分项比例合计为 ${Math.round(total * 1e6) / 1e4}%，应为 100%。`);
  }
}

function checkInput(grid: SnapshotGrid, input: InputRow, row: number, complete: boolean, add: Add): void {
  const kind = input.input;
  if (!kind) return;
  const value = grid.value(row, COL.input);
  if (isBlank(value)) {
    if (complete) add('error', 'input-missing', row, COL.input, `已标记完成，但“${input.label}”未录入。`);
    return;
  }
  if (kind.type === 'list') {
    if (!kind.list.includes(String(value).trim())) add('error', 'input-range', row, COL.input, `“${String(value)}”不是可选项，应为：${kind.list.join('、')}。`);
    return;
  }
  if (typeof value !== 'number') return void add('error', 'not-a-number', row, COL.input, `“${input.label}”录入的“${String(value)}”不是数字。`);
  if (kind.type === 'whole' && (!Number.isInteger(value) || value < 0)) {
    add('error', 'input-range', row, COL.input, `“${input.label}”应为不小于 0 的整数，现为 ${value}。`);
  } else if (kind.type === 'decimal' && (value < kind.min || (kind.max !== undefined && value > kind.max))) {
    const range = kind.max === undefined ? `不小于 ${kind.min}` : `在 ${kind.min} 到 ${kind.max} 之间`;
    add('error', 'input-range', row, COL.input, `“${input.label}”应${range}，现为 ${value}。`);
  }
}

function checkScore(grid: SnapshotGrid, row: number, weight: number | null, add: Add): void {
  const formula = grid.formula(row, COL.score);
  if (typeof formula !== 'string' || !formula.startsWith('=')) {
    add('error', 'formula-overwritten', row, COL.score, '得分公式被改成了固定值，请恢复公式（可重新插入评分表后复制录入）。');
  }
  const score = grid.value(row, COL.score);
  if (isErrorValue(score)) return void add('error', 'score-error', row, COL.score, `得分无法计算（${String(score)}），请检查该指标的录入与权重。`);
  if (typeof score !== 'number') return;
  if (score < 0) add('error', 'score-range', row, COL.score, `得分 ${score} 小于 0。`);
  else if (weight !== null && score > Math.abs(weight) + 1e-9) add('error', 'score-range', row, COL.score, `得分 ${score} 超过权重 ${Math.abs(weight)}。`);
}

function checkVeto(grid: SnapshotGrid, node: IndicatorNode, planned: InputRow[], rows: number[], add: Add): void {
  const vetoIndex = planned.findIndex((row) => row.label === '单项否决（是/否）');
  if (vetoIndex < 0 || String(grid.value(rows[vetoIndex], COL.input)).trim() !== '是') return;
  const judged = (node.rule?.type ?? 'judged') === 'judged';
  const entered = grid.value(rows[0], COL.input);
  if (judged && typeof entered === 'number' && entered !== 0) {
    add('error', 'veto-score', rows[0], COL.input, `已选单项否决，但录入的得分为 ${entered}，应为 0。`);
  }
}
