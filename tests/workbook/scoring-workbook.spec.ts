/**
 * End to end: gx-2023-county for three sites in portable mode, inputs filled with known values,
 * written by the .xlsx writer, recalculated by LibreOffice; the subtotals, totals and summary must
 * equal what the TypeScript rules compute for the same inputs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTemplateFiles } from '../../src/cli/template-files';
import type { ScoringTemplate } from '../../src/core/template-schema';
import { planScoringWorkbook } from '../../src/core/sheet-plan/workbook-plan';
import { COL, planScoringSheet, type ScoringSheetLayout } from '../../src/core/sheet-plan/scoring-sheet-plan';
import { scoringUnits } from '../../src/core/sheet-plan/scoring-units';
import { planLeaf, type InputRow } from '../../src/core/sheet-plan/leaf-inputs';
import { scoreSheet, type SheetScores } from '../../src/core/sheet-plan/sheet-scores';
import { leafTransfers } from '../../src/core/sheet-plan/weight-transfers';
import { SUMMARY_HEADER_ROW } from '../../src/core/sheet-plan/summary-sheet-plan';
import type { Cell } from '../../src/core/rules/cells';
import type { SheetPlan } from '../../src/core/sheet-plan/plan-types';
import { workbookBytes } from '../../src/xlsx/write-workbook';
import { recalculateWorkbook, type Computed } from '../support/libreoffice';

const SITES = ['甲县人民政府门户网站', '乙县人民政府门户网站', '丙县人民政府门户网站'];

function template(id: string): ScoringTemplate {
  const found = loadTemplateFiles().find(({ result }) => result.ok && result.template.id === id);
  if (!found?.result.ok || found.result.template.kind !== 'scoring') throw new Error(`${id} missing`);
  return found.result.template;
}

/** Xianning with its lost weights filled in (as an office would after confirming them), so that it scores. */
function xianningWithWeights(): ScoringTemplate {
  const t = structuredClone(template('xianning-2023-department'));
  const fill = (nodes: ScoringTemplate['indicators']) =>
    nodes.forEach((node) => {
      if (node.weight === null) node.weight = 3;
      fill(node.children ?? []);
    });
  fill(t.indicators);
  return t;
}

/** A known value for an input row: varied by site and row, valid for the input's kind, some left blank. */
function knownValue(row: InputRow, site: number, index: number, previous: Cell): Cell {
  const input = row.input;
  if (!input) return row.fixed ?? null;
  const seed = site * 7 + index * 3;
  if (seed % 9 === 4) return null; // not filled in yet
  if (row.label.includes('不合格账号数')) return typeof previous === 'number' ? seed % (previous + 1) : null;
  switch (input.type) {
    case 'whole':
      return (seed % 5) + (row.label.includes('检查账号数') ? 1 : 0);
    case 'list':
      return input.list[seed % input.list.length];
    case 'decimal': {
      const max = input.max ?? 20;
      return Math.round(((seed % 11) / 10) * max * 100) / 100;
    }
  }
}

interface FilledSite {
  sheet: SheetPlan;
  inputs: Map<string, Cell[]>;
  expected: SheetScores;
}

function fillSite(t: ScoringTemplate, sheet: SheetPlan, layout: ScoringSheetLayout, site: number): FilledSite {
  const inputs = new Map<string, Cell[]>();
  const units = scoringUnits(t);
  const transfers = leafTransfers(t);
  for (const unit of units) {
    for (const { node } of unit.leaves) {
      const position = layout.leaves.find((leaf) => leaf.leafId === node.id);
      if (!position) throw new Error(`no rows for ${node.id}`);
      const values: Cell[] = [];
      planLeaf(node, unit.part, 'portable', transfers.get(node.id)).rows.forEach((row, i) => {
        let value = knownValue(row, site, position.firstRow + i, values[i - 1] ?? null);
        // A ratio's denominator is never 0 under a numerator (the rule cannot compute that).
        if (node.rule?.type === 'ratio' && i === 1 && typeof values[0] === 'number' && values[0] > 0 && !(typeof value === 'number' && value > 0)) value = values[0] + 1;
        values.push(value);
        if (row.input && value !== null) sheet.cells[position.firstRow + i][COL.input] = { value };
      });
      inputs.set(node.id, values);
    }
  }
  return { sheet, inputs, expected: scoreSheet(t, inputs) };
}

function numberAt(results: Map<string, Computed>, sheet: string, address: string): number {
  const computed = results.get(`${sheet}!${address}`);
  if (computed?.kind !== 'number') throw new Error(`${sheet}!${address} is ${JSON.stringify(computed)}`);
  return computed.value;
}

describe.each([
  ['gx-2023-county', () => template('gx-2023-county')],
  ['xianning-2023-department (splits, deduction points, vetoes, negative weights)', xianningWithWeights],
])('portable scoring workbook in LibreOffice: %s, three sites', (_, load) => {
  const t = load();
  const plan = planScoringWorkbook(t, { sites: SITES, mode: 'portable' });
  const layout = planScoringSheet(t, { site: SITES[0], sheetName: 'x', mode: 'portable' });
  const summary = plan.sheets[0];
  const filled = plan.sheets.slice(1).map((sheet, i) => fillSite(t, sheet, layout, i));
  let results: Map<string, Computed>;

  beforeAll(async () => {
    const wanted = filled.flatMap(({ sheet }) => [
      ...layout.units.map((unit) => ({ sheet: sheet.name, address: `I${unit.row + 1}` })),
      ...Object.values(layout.totals).map((row) => ({ sheet: sheet.name, address: `I${row + 1}` })),
    ]);
    const summaryColumns = layout.units.length + 4;
    for (let site = 0; site < SITES.length; site++) {
      for (let c = 0; c < summaryColumns; c++) {
        wanted.push({ sheet: summary.name, address: `${String.fromCharCode(68 + c)}${SUMMARY_HEADER_ROW + 2 + site}` });
      }
    }
    results = await recalculateWorkbook(await workbookBytes(plan), wanted);
  }, 120_000);

  it('makes the summary first, then one sheet per site', () => {
    expect(plan.sheets.map((sheet) => sheet.name)).toEqual(['汇总', ...SITES]);
    expect(plan.portable).toBe(true);
  });

  it('fills a fair share of inputs and leaves some blank', () => {
    const values = filled.flatMap(({ inputs }) => [...inputs.values()].flat());
    expect(values.filter((v) => v === null).length).toBeGreaterThan(5);
    expect(values.filter((v) => v !== null).length).toBeGreaterThan(100);
    expect(filled.every(({ expected }) => expected.total > 0)).toBe(true);
  });

  it('computes every unit subtotal as the rules do', () => {
    for (const { sheet, expected } of filled) {
      for (const unit of layout.units) {
        expect(numberAt(results, sheet.name, `I${unit.row + 1}`), `${sheet.name} ${unit.name}`).toBeCloseTo(expected.units.get(unit.id) ?? NaN, 9);
      }
    }
  });

  it('computes 基础分, 加分, 扣分 and 总分 as the rules do', () => {
    for (const { sheet, expected } of filled) {
      for (const which of ['base', 'bonus', 'deduction', 'total'] as const) {
        expect(numberAt(results, sheet.name, `I${layout.totals[which] + 1}`), `${sheet.name} ${which}`).toBeCloseTo(expected[which], 9);
      }
    }
  });

  it('shows the same subtotals and totals on the summary sheet', () => {
    filled.forEach(({ expected }, site) => {
      const row = SUMMARY_HEADER_ROW + 2 + site;
      const values = [...layout.units.map((u) => expected.units.get(u.id) ?? NaN), expected.base, expected.bonus, expected.deduction, expected.total];
      values.forEach((value, c) => expect(numberAt(results, summary.name, `${String.fromCharCode(68 + c)}${row}`)).toBeCloseTo(value, 9));
    });
  });
});
