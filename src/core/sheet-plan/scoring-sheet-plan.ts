/**
 * The plan of one site's scoring sheet: header block, one block of indicator rows per unit with a
 * subtotal, then 基础分 / 加分 / 扣分 / 总分. See plan-types.ts for what a plan is.
 */
import type { ScoringTemplate } from '../template-schema';
import { partTotals, visitNodes } from '../indicator-tree';
import type { FormulaMode } from './rule-formulas';
import { GridBuilder } from './grid-builder';
import { planLeaf, type LeafTransfer } from './leaf-inputs';
import { leafTransfers, weightFormula, weightTransfers } from './weight-transfers';
import { scoringUnits, type ScoringUnit, type UnitLeaf } from './scoring-units';
import { rowKey, sheetMarker } from './sheet-keys';
import { templateVersion } from './template-version';
import { inputValidation, leafContentText, sheetTitle } from './scoring-sheet-text';
import type { SheetPlan } from './plan-types';

/** Column indexes (0-based) of a scoring sheet. */
export const COL = { level1: 0, level2: 1, level3: 2, weight: 3, content: 4, label: 5, param: 6, input: 7, score: 8, remark: 9, key: 10 } as const;
export const SCORING_WIDTH = 11;
export const HEADER_ROW = 3;
export const STATUS_DONE = '已完成';

const COLUMN_WIDTHS = [10, 12, 14, 7, 46, 30, 9, 11, 9, 22, 24];
const HEADERS = ['一级指标', '二级指标', '三级指标', '权重', '评估内容', '评分项', '比例/分值', '录入', '得分', '扣分说明/备注'];
const COLORS = { header: '#D9E1F2', input: '#FFF2CC', subtotal: '#F2F2F2', total: '#E2EFDA' } as const;

export interface LeafPosition {
  leafId: string;
  firstRow: number;
  lastRow: number;
}

export interface ScoringSheetLayout {
  plan: SheetPlan;
  leaves: LeafPosition[];
  units: { id: string; name: string; part: ScoringUnit['part']; row: number }[];
  totals: { base: number; bonus: number; deduction: number; total: number };
  /** Planned as a self-assessment sheet (ScoringSheetOptions.selfAssessment). */
  selfAssessment?: boolean;
}

export interface ScoringSheetOptions {
  site: string;
  sheetName: string;
  mode: FormulaMode;
  /** Weight-transfer sources whose 不适用 flag starts as 是 (a department's profile: 不考核 → 重点信息). */
  flagged?: ReadonlySet<string>;
  /** The department profile the template was derived with (its name goes into the sheet's marker). */
  profile?: string;
  /**
   * A self-assessment (自评) sheet: marked so in the marker, titled …（自评）, the evaluator's cell
   * labelled 自评单位 and holding the site's own name.
   */
  selfAssessment?: boolean;
}

/** The site name's cell (B2): with the sheet name, the only part of a scoring sheet that depends on the site. */
export const SITE_CELL = { row: 1, column: 1 } as const;
/** The evaluator's name (E2), right of its label 评估人员 (自评单位 on a self-assessment sheet). */
export const EVALUATOR_CELL = { row: 1, column: 4 } as const;
export const SELF_ASSESSMENT_TITLE_SUFFIX = '（自评）';
export const SELF_ASSESSMENT_EVALUATOR_LABEL = '自评单位';

/**
 * `layout`'s sheet for another site: the same plan with the site cell and the sheet name replaced.
 * The grid's rows are copied (callers fill cells in, as the workbook specs do); merges, styles,
 * validations and columns are shared and frozen, so that a change to one sheet's layout throws
 * instead of reaching the others. planScoringWorkbook plans the first site's sheet and derives the
 * others: 112 sheets in a few milliseconds instead of ~0.3 s, and the .xlsx writer works out the
 * shared styles once. tests/core/workbook-plan-sites.spec.ts checks the result equals
 * planScoringSheet for that site.
 */
export function scoringSheetForSite(layout: ScoringSheetLayout, site: string, sheetName: string): ScoringSheetLayout {
  const { plan } = layout;
  for (const shared of [plan.merges, plan.styles, plan.validations, plan.columns]) Object.freeze(shared);
  const cells = plan.cells.map((row) => row.slice());
  cells[SITE_CELL.row][SITE_CELL.column] = site === '' ? null : { value: site };
  // A self-assessment sheet names the site's own unit as its evaluator.
  if (layout.selfAssessment) cells[EVALUATOR_CELL.row][EVALUATOR_CELL.column] = site === '' ? null : { value: site };
  return { ...layout, plan: { ...plan, name: sheetName, cells } };
}

export function planScoringSheet(template: ScoringTemplate, options: ScoringSheetOptions): ScoringSheetLayout {
  const grid = new GridBuilder(SCORING_WIDTH);
  writeHeaderBlock(grid, template, options);
  const leaves: LeafPosition[] = [];
  const units: ScoringSheetLayout['units'] = [];
  // Weight transfers: where each source's 不适用 flag lands, known once its leaf is written (a
  // source sharing a flag comes after the one it shares, in tree order as in the sheet).
  const flagCells = new Map<string, string>();
  const transfers = leafTransfers(template, options.flagged, (id) => flagCells.get(id) ?? 'H1');
  for (const unit of scoringUnits(template)) {
    const start = grid.rowCount;
    for (const leaf of unit.leaves) {
      const transfer = transfers.get(leaf.node.id);
      const position = writeLeaf(grid, leaf, unit, options.mode, transfer);
      leaves.push(position);
      if (transfer?.flag) flagCells.set(leaf.node.id, `H${position.firstRow + flagRowOffset(leaf, unit, options.mode, transfer) + 1}`);
    }
    styleUnitBody(grid, start, grid.rowCount - 1);
    writeNameColumns(grid, unit, leaves.slice(leaves.length - unit.leaves.length));
    units.push({ id: unit.node.id, name: unit.node.name, part: unit.part, row: writeSubtotal(grid, unit, start) });
  }
  writeTransferWeights(grid, template, leaves, flagCells);
  const totals = writeTotals(grid, template, units);
  const plan = grid.toPlan({
    name: options.sheetName,
    kind: 'scoring',
    columns: COLUMN_WIDTHS.map((width, i) => ({ width, hidden: i === COL.key })),
    freeze: { rows: HEADER_ROW + 1, columns: 0 },
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: [HEADER_ROW + 1, HEADER_ROW + 1] },
  });
  return { plan, leaves, units, totals, ...(options.selfAssessment ? { selfAssessment: true } : {}) };
}

function writeHeaderBlock(grid: GridBuilder, template: ScoringTemplate, options: ScoringSheetOptions): void {
  const self = options.selfAssessment === true;
  grid.value(0, 0, `${sheetTitle(template)}${self ? SELF_ASSESSMENT_TITLE_SUFFIX : ''}`);
  grid.merge(0, 0, 0, COL.remark);
  grid.style(0, 0, 0, COL.remark, { bold: true, fontSize: 16, horizontal: 'center', vertical: 'middle' });
  const labels: [number, number, string][] = [[1, 0, '网站名称'], [1, 3, self ? SELF_ASSESSMENT_EVALUATOR_LABEL : '评估人员'], [1, 5, '评估日期'], [1, 8, '评估状态'], [2, 0, '指标模板'], [2, 5, '模板版本'], [2, 8, '及格线']];
  for (const [row, column, text] of labels) grid.value(row, column, text);
  grid.style(1, 0, 2, COL.remark, { bold: false, vertical: 'middle' });
  for (const [row, column] of labels) grid.style(row, column, row, column, { bold: true });
  grid.value(SITE_CELL.row, SITE_CELL.column, options.site);
  if (self) grid.value(EVALUATOR_CELL.row, EVALUATOR_CELL.column, options.site);
  grid.merge(1, 1, 1, 2);
  grid.merge(1, 6, 1, 7);
  grid.value(1, COL.remark, '填写中');
  grid.value(1, COL.key, rowKey.status);
  grid.validate(1, COL.remark, { type: 'list', list: ['填写中', STATUS_DONE], prompt: { title: '评估状态', message: '全部录入后选“已完成”，面板会检查有无漏填。' }, error: { title: '输入有误', message: '请从下拉列表中选择。' } });
  grid.value(2, 1, `${template.title}（${template.id}）`);
  grid.merge(2, 1, 2, 4);
  grid.value(2, 6, templateVersion(template));
  grid.merge(2, 6, 2, 7);
  grid.value(2, COL.remark, template.passLine);
  grid.value(0, COL.key, sheetMarker({ kind: 'scoring', templateId: template.id, templateVersion: templateVersion(template), profile: options.profile, selfAssessment: self }));
  HEADERS.forEach((text, column) => grid.value(HEADER_ROW, column, text));
  grid.value(HEADER_ROW, COL.key, rowKey.header);
  grid.style(HEADER_ROW, 0, HEADER_ROW, COL.remark, { bold: true, fill: COLORS.header, horizontal: 'center', vertical: 'middle', wrap: true, border: true });
}

/** The row of a source's flag within its leaf's rows. */
function flagRowOffset(leaf: UnitLeaf, unit: ScoringUnit, mode: FormulaMode, transfer: LeafTransfer): number {
  return planLeaf(leaf.node, unit.part, mode, transfer).rows.findIndex((row) => row.label === transfer.flag?.label);
}

/** The 权重 cell of every leaf in a weight transfer: a formula of the 不适用 flags (weight-transfers.ts). */
function writeTransferWeights(grid: GridBuilder, template: ScoringTemplate, leaves: LeafPosition[], flagCells: ReadonlyMap<string, string>): void {
  const { transfers } = weightTransfers(template);
  const weights = new Map(visitNodes(template).map((v) => [v.node.id, v.node.weight]));
  for (const position of leaves) {
    const weight = weights.get(position.leafId);
    if (!transfers.involved.has(position.leafId) || typeof weight !== 'number') continue;
    grid.formula(position.firstRow, COL.weight, weightFormula(transfers, position.leafId, weight, (id) => flagCells.get(id) ?? 'H1'));
  }
}

function writeLeaf(grid: GridBuilder, leaf: UnitLeaf, unit: ScoringUnit, mode: FormulaMode, transfer?: LeafTransfer): LeafPosition {
  const { node } = leaf;
  const planned = planLeaf(node, unit.part, mode, transfer);
  const first = grid.rowCount;
  const rows = planned.rows.length > 0 ? planned.rows : [{ label: '', input: null }];
  const last = first + rows.length - 1;
  const level = leaf.ancestry.length;
  grid.value(first, Math.min(level, 3) - 1, node.name);
  grid.merge(first, Math.min(level, 3) - 1, last, COL.level3);
  grid.value(first, COL.weight, typeof node.weight === 'number' ? node.weight : null);
  grid.value(first, COL.content, leafContentText(node));
  grid.formula(first, COL.score, planned.scoreFormula(first));
  if (node.weight === null) grid.value(first, COL.remark, '权重缺失（原文丢失），请先按原文补全权重。');
  for (const column of [COL.weight, COL.content, COL.score, COL.remark]) grid.merge(first, column, last, column);
  rows.forEach((input, i) => {
    const row = first + i;
    grid.value(row, COL.label, input.label);
    if (input.param !== undefined) grid.value(row, COL.param, input.param);
    if (input.fixed !== undefined) grid.value(row, COL.input, input.fixed);
    if (input.formula) grid.formula(row, COL.input, input.formula(first));
    if (input.prefill !== undefined) grid.value(row, COL.input, input.prefill);
    if (input.paramFormat) grid.style(row, COL.param, row, COL.param, { numberFormat: input.paramFormat, horizontal: 'center' });
    grid.value(row, COL.key, rowKey.input(node.id, i));
    if (!input.input) return;
    grid.style(row, COL.input, row, COL.input, { fill: COLORS.input, ...(input.input.type === 'list' ? {} : { numberFormat: input.input.format }) });
    grid.validate(row, COL.input, inputValidation(input.input));
  });
  setLeafRowHeights(grid, first, rows.map((r) => r.label), leafContentText(node));
  return { leafId: node.id, firstRow: first, lastRow: last };
}

/** One styled range per unit, not per leaf: fewer proxy calls when the adapter applies the plan. */
function styleUnitBody(grid: GridBuilder, first: number, last: number): void {
  if (last < first) return;
  grid.style(first, 0, last, COL.remark, { border: true, vertical: 'top', wrap: true });
  grid.style(first, COL.weight, last, COL.weight, { numberFormat: '0.##', horizontal: 'center' });
  grid.style(first, COL.score, last, COL.score, { numberFormat: '0.00', horizontal: 'center' });
}

const LINE_HEIGHT = 15;

/** Rows tall enough for the wrapped 评估内容 and labels: neither Excel nor LibreOffice grows merged rows by itself. */
function setLeafRowHeights(grid: GridBuilder, first: number, labels: string[], content: string): void {
  const contentLines = wrappedLines(content, COLUMN_WIDTHS[COL.content]);
  const labelLines = labels.map((label) => wrappedLines(label, COLUMN_WIDTHS[COL.label]));
  const perRow = Math.ceil(contentLines / labels.length);
  labels.forEach((_, i) => {
    const lines = Math.max(perRow, labelLines[i], 1);
    if (lines > 1) grid.rowHeights[first + i] = lines * LINE_HEIGHT;
  });
}

/** How many lines a text takes in a column of `width` characters (a Chinese character is two wide). */
export function wrappedLines(text: string, width: number): number {
  return text.split('\n').reduce((total, line) => {
    const visual = [...line].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
    return total + Math.max(1, Math.ceil(visual / Math.max(width - 1, 1)));
  }, 0);
}

/** Level-1 and level-2 names merged over the rows of their leaves inside the unit. */
function writeNameColumns(grid: GridBuilder, unit: ScoringUnit, positions: LeafPosition[]): void {
  for (const column of [COL.level1, COL.level2]) {
    let group: { id: string; name: string; first: number; last: number } | null = null;
    const flush = () => {
      if (!group) return;
      grid.value(group.first, column, group.name);
      grid.merge(group.first, column, group.last, column);
      group = null;
    };
    unit.leaves.forEach((leaf, i) => {
      const ancestor = leaf.ancestry.length > column + 1 ? leaf.ancestry[column] : null;
      const position = positions[i];
      if (ancestor && group && group.id === ancestor.id) group.last = position.lastRow;
      else {
        flush();
        if (ancestor) group = { id: ancestor.id, name: ancestor.name, first: position.firstRow, last: position.lastRow };
      }
    });
    flush();
  }
}

function writeSubtotal(grid: GridBuilder, unit: ScoringUnit, start: number): number {
  const row = grid.rowCount;
  grid.value(row, 0, `${unit.node.name}小计${unit.part === 'deduction' ? '（扣分）' : ''}`);
  grid.merge(row, 0, row, COL.level3);
  grid.value(row, COL.weight, unit.weight);
  grid.formula(row, COL.score, `SUM(I${start + 1}:I${row})`);
  grid.value(row, COL.key, rowKey.subtotal(unit.node.id));
  grid.style(row, 0, row, COL.remark, { bold: true, fill: COLORS.subtotal, border: true });
  grid.style(row, COL.weight, row, COL.weight, { numberFormat: '0.##', horizontal: 'center' });
  grid.style(row, COL.score, row, COL.score, { numberFormat: '0.00', horizontal: 'center' });
  return row;
}

function writeTotals(grid: GridBuilder, template: ScoringTemplate, units: ScoringSheetLayout['units']): ScoringSheetLayout['totals'] {
  const stated = partTotals(template);
  const cells = (part: string) => units.filter((u) => u.part === part).map((u) => `I${u.row + 1}`);
  const sum = (refs: string[]) => (refs.length === 0 ? '0' : `SUM(${refs.join(',')})`);
  const capped = (refs: string[], cap: number | null) => (cap === null ? sum(refs) : `MIN(${sum(refs)},${cap})`);
  const base = grid.rowCount;
  const rows: [string, number | null, string, 'base' | 'bonus' | 'deduction' | 'total'][] = [
    ['基础分', stated.base, sum(cells('base')), 'base'],
    ['加分', stated.bonus, capped(cells('bonus'), stated.bonus), 'bonus'],
    ['扣分', stated.deduction, capped(cells('deduction'), stated.deduction), 'deduction'],
    ['总分', null, `I${base + 1}+I${base + 2}-I${base + 3}`, 'total'],
  ];
  rows.forEach(([label, weight, formula, key], i) => {
    const row = base + i;
    grid.value(row, 0, label);
    grid.merge(row, 0, row, COL.level3);
    grid.value(row, COL.weight, weight);
    grid.formula(row, COL.score, formula);
    grid.value(row, COL.key, rowKey.total(key));
    grid.style(row, 0, row, COL.remark, { bold: true, border: true, fill: key === 'total' ? COLORS.total : COLORS.subtotal });
    grid.style(row, COL.score, row, COL.score, { numberFormat: '0.00', horizontal: 'center' });
    grid.style(row, COL.weight, row, COL.weight, { numberFormat: '0.##', horizontal: 'center' });
  });
  return { base, bonus: base + 1, deduction: base + 2, total: base + 3 };
}
