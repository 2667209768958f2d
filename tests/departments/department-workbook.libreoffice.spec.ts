/**
 * Issue 14, done when: for every one of the 51 departments the sheet's base part is 100 with the
 * profile's flags and with every combination of flags an evaluator can set, in GOV and portable
 * modes, recalculated in LibreOffice. One workbook per mode (汇总 + 51 department sheets, as
 * `gov-eval workbook gx-2023-department --departments all` writes it); sheet i gets the flag
 * combination i mod 8 of the three flags an evaluator sets (重点信息, 政策解读, 无政务服务职能), and
 * in the portable workbook every input is filled, so that every score — 重点领域 sub-weights, the
 * 附录2 services, the leaves whose weight moved — is compared with the TypeScript rules too.
 * GOV functions cannot run in LibreOffice: the GOV workbook's weights (standard formulas) are read,
 * its scores are covered by tests/workbook/gov-blank-conventions.spec.ts's calculating host.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTemplateFiles } from '../../src/cli/template-files';
import type { DepartmentScopeTemplate, ScoringTemplate, Template } from '../../src/core/template-schema';
import { profileTemplate, scopeOf } from '../../src/core/department-profile';
import { COL, planScoringSheet, type ScoringSheetLayout } from '../../src/core/sheet-plan/scoring-sheet-plan';
import { planScoringWorkbook } from '../../src/core/sheet-plan/workbook-plan';
import { scoringUnits } from '../../src/core/sheet-plan/scoring-units';
import { planLeaf } from '../../src/core/sheet-plan/leaf-inputs';
import { leafTransfers } from '../../src/core/sheet-plan/weight-transfers';
import { leafWeights, scoreSheet } from '../../src/core/sheet-plan/sheet-scores';
import type { Cell } from '../../src/core/rules/cells';
import type { FormulaMode } from '../../src/core/sheet-plan/rule-formulas';
import type { WorkbookPlan } from '../../src/core/sheet-plan/plan-types';
import { workbookBytes } from '../../src/xlsx/write-workbook';
import { recalculateWorkbook, type Computed } from '../support/libreoffice';

const all: Template[] = loadTemplateFiles().flatMap((f) => (f.result.ok ? [f.result.template] : []));
const department = all.find((t) => t.id === 'gx-2023-department') as ScoringTemplate;
const scope = scopeOf(department, all) as DepartmentScopeTemplate;
const LEADERS = ['key-info', 'policy-interpretation', 'service-guide'];

interface Site {
  name: string;
  template: ScoringTemplate;
  layout: ScoringSheetLayout;
  inputs: Map<string, Cell[]>;
  mask: number;
}

/** A valid value for an input row, varied by sheet and row. */
function value(kind: NonNullable<ReturnType<typeof planLeaf>['rows'][number]['input']>, seed: number): Cell {
  switch (kind.type) {
    case 'list':
      return kind.list[seed % kind.list.length];
    case 'whole':
      return 1 + (seed % 4);
    case 'decimal':
      return kind.max === undefined ? 1 + (seed % 7) : Math.round(kind.max * ((seed % 5) + 1) * 20) / 100;
  }
}

/** The workbook with flags set by each sheet's mask and, when `fill`, every other input typed in. */
function madeWorkbook(mode: FormulaMode, fill: boolean): { plan: WorkbookPlan; sites: Site[] } {
  const plan = planScoringWorkbook(department, { sites: [], mode, departments: { scope, list: scope.departments } });
  const sites = scope.departments.map((d, i): Site => {
    const p = profileTemplate(department, scope, d);
    const layout = planScoringSheet(p.template, { site: d.name, sheetName: d.name, mode, flagged: p.flagged, profile: d.name });
    const sheet = plan.sheets[i + 1];
    const transfers = leafTransfers(p.template);
    const inputs = new Map<string, Cell[]>();
    for (const unit of scoringUnits(p.template)) {
      for (const { node } of unit.leaves) {
        const position = layout.leaves.find((l) => l.leafId === node.id);
        if (!position) throw new Error(`${d.name}: no rows for ${node.id}`);
        const transfer = transfers.get(node.id);
        const values: Cell[] = [];
        planLeaf(node, unit.part, mode, transfer).rows.forEach((row, r) => {
          const at = position.firstRow + r;
          let typed: Cell = null;
          if (transfer?.flag && row.label === transfer.flag.label && row.input) typed = i % 8 & (1 << LEADERS.indexOf(node.id)) ? '是' : '否';
          else if (fill && row.input) typed = value(row.input, i * 5 + at);
          if (node.rule?.type === 'ratio' && r === 1 && typeof values[0] === 'number') typed = values[0] + 2;
          values.push(typed ?? (row.fixed ?? null));
          if (typed !== null) sheet.cells[at][COL.input] = { value: typed };
        });
        inputs.set(node.id, values);
      }
    }
    return { name: d.name, template: p.template, layout, inputs, mask: i % 8 };
  });
  return { plan, sites };
}

const baseLeaves = (template: ScoringTemplate) => scoringUnits(template).filter((u) => u.part === 'base').flatMap((u) => u.leaves.map((l) => l.node.id));

function numberAt(results: Map<string, Computed>, sheet: string, address: string): number {
  const computed = results.get(`${sheet}!${address}`);
  if (computed?.kind !== 'number') throw new Error(`${sheet}!${address} is ${JSON.stringify(computed)}`);
  return computed.value;
}

describe.each<[FormulaMode, boolean]>([
  ['portable', true],
  ['gov', false],
])('51 department sheets in LibreOffice, %s mode', (mode, fill) => {
  const { plan, sites } = madeWorkbook(mode, fill);
  let results: Map<string, Computed>;

  beforeAll(async () => {
    const wanted = sites.flatMap((site) => [
      ...site.layout.leaves.map((l) => ({ sheet: site.name, address: `D${l.firstRow + 1}` })),
      ...(fill ? site.layout.leaves.map((l) => ({ sheet: site.name, address: `I${l.firstRow + 1}` })) : []),
      ...(fill ? Object.values(site.layout.totals).map((row) => ({ sheet: site.name, address: `I${row + 1}` })) : []),
    ]);
    results = await recalculateWorkbook(await workbookBytes(plan), wanted);
  }, 180_000);

  it('covers every combination of the three flags', () => {
    expect(new Set(sites.map((s) => s.mask)).size).toBe(8);
  });

  it('keeps the base part at 100 on every sheet, each weight as the flags give it', () => {
    for (const site of sites) {
      const expected = leafWeights(site.template, site.inputs);
      let base = 0;
      for (const position of site.layout.leaves) {
        const shown = numberAt(results, site.name, `D${position.firstRow + 1}`);
        expect(shown, `${site.name} ${position.leafId} (flags ${site.mask})`).toBeCloseTo(expected.get(position.leafId) ?? NaN, 9);
        if (baseLeaves(site.template).includes(position.leafId)) base += shown;
      }
      expect(base, `${site.name} (flags ${site.mask})`).toBeCloseTo(100, 9);
    }
  });

  it.runIf(fill)('scores every leaf and total as the rules do', () => {
    for (const site of sites) {
      const expected = scoreSheet(site.template, site.inputs);
      for (const position of site.layout.leaves) {
        const score = expected.leaves.get(position.leafId);
        expect(numberAt(results, site.name, `I${position.firstRow + 1}`), `${site.name} ${position.leafId}`).toBeCloseTo(typeof score === 'number' ? score : NaN, 9);
      }
      for (const which of ['base', 'bonus', 'deduction', 'total'] as const) {
        expect(numberAt(results, site.name, `I${site.layout.totals[which] + 1}`), `${site.name} ${which}`).toBeCloseTo(expected[which], 9);
      }
    }
  });
});
