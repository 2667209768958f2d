/**
 * Issue 14: live validation of a department's sheet on the calculating test host (HyperFormula with
 * the GOV functions): a freshly inserted sheet is clean, a 不适用 flag set by the evaluator moves the
 * weights without a weight-changed warning, each transfer in effect is explained (severity info, no
 * cell marked), and a weight formula typed over is still caught.
 */
import { describe, expect, it } from 'vitest';
import { loadTemplateFiles } from '../../src/cli/template-files';
import type { DepartmentScopeTemplate, ScoringTemplate, Template } from '../../src/core/template-schema';
import { findDepartment, profileTemplate, scopeOf, scoringTemplateFor } from '../../src/core/department-profile';
import { COL, planScoringSheet } from '../../src/core/sheet-plan/scoring-sheet-plan';
import { address } from '../../src/core/sheet-plan/addresses';
import { parseRowKey, parseSheetMarker } from '../../src/core/sheet-plan/sheet-keys';
import { validateScoringSheet } from '../../src/core/sheet-validation/validate-scoring-sheet';
import type { SheetSnapshot } from '../../src/core/sheet-validation/sheet-snapshot';
import { FakeExcel } from '../excel/fake-excel';

const all: Template[] = loadTemplateFiles().flatMap((f) => (f.result.ok ? [f.result.template] : []));
const department = all.find((t) => t.id === 'gx-2023-department') as ScoringTemplate;
const scope = scopeOf(department, all) as DepartmentScopeTemplate;

function opened(name: string) {
  const found = findDepartment(scope, name);
  if (!found.ok) throw new Error(found.message);
  const p = profileTemplate(department, scope, found.department);
  const layout = planScoringSheet(p.template, { site: name, sheetName: name, mode: 'gov', flagged: p.flagged, profile: name });
  const formulas = layout.plan.cells.map((row) => row.map((cell) => (cell?.formula ? `=${cell.formula}` : typeof cell?.value === 'string' ? `'${cell.value}` : (cell?.value ?? null))));
  const host = new FakeExcel([{ name, formulas }], { platform: 'desktop' });
  const snapshot = (): SheetSnapshot => {
    const width = layout.plan.cells[0].length;
    const height = layout.plan.cells.length;
    const values = host.sheet(name).valuesIn([0, 0, height - 1, width - 1]);
    const shown = values.map((row, r) => row.map((value, c) => (layout.plan.cells[r][c]?.formula ? `=${layout.plan.cells[r][c]?.formula}` : value)));
    return { name, address: `A1:${address(height - 1, width - 1)}`, values, formulas: shown };
  };
  const flagCell = (leafId: string) => {
    const row = layout.plan.cells.findIndex((cells) => {
      const key = parseRowKey(cells[COL.key]?.value);
      return key?.kind === 'input' && key.leafId === leafId && String(cells[COL.label]?.value ?? '').startsWith('不适用');
    });
    return address(row, COL.input);
  };
  // The pane finds the template again from the sheet's marker, as it does in Excel.
  const marker = parseSheetMarker(layout.plan.cells[0][COL.key]?.value);
  const template = marker && scoringTemplateFor(marker, new Map(all.map((t) => [t.id, t])));
  if (!template) throw new Error('marker');
  return { host, snapshot, flagCell, template, layout };
}

describe('live validation of a department sheet', () => {
  it('is clean when inserted; a 不考核 department’s transfer is explained, not reported', () => {
    const sheet = opened('自治区科技厅');
    const problems = validateScoringSheet(sheet.template, sheet.snapshot());
    expect(problems.filter((p) => p.severity !== 'info')).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'info', code: 'weight-transfer', message: expect.stringMatching(/“重点信息”不得分，12 分转入“基础信息”、“政策解读”，各 6 分。$/) }),
    ]);
  });

  it('follows the evaluator’s 无政务服务职能: weights move, no warning, the transfer explained', async () => {
    const sheet = opened('自治区发展改革委');
    expect(validateScoringSheet(sheet.template, sheet.snapshot())).toEqual([]);
    await sheet.host.type('自治区发展改革委', sheet.flagCell('service-guide'), [['是']]);
    const problems = validateScoringSheet(sheet.template, sheet.snapshot());
    expect(problems.filter((p) => p.severity !== 'info')).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('“办事指南”不得分，1 分转入“便民查询服务”'),
      expect.stringContaining('“网办深度”不得分，1 分转入“便民查询服务”'),
    ]);
    const query = sheet.layout.leaves.find((l) => l.leafId === 'convenience-query')?.firstRow ?? -1;
    expect(sheet.host.value('自治区发展改革委', address(query, COL.weight))).toBe(12);
  });

  it('still reports a weight typed over its formula', async () => {
    const sheet = opened('自治区发展改革委');
    const basic = sheet.layout.leaves.find((l) => l.leafId === 'basic-info')?.firstRow ?? -1;
    await sheet.host.type('自治区发展改革委', address(basic, COL.weight), [[20]]);
    const snapshot = sheet.snapshot();
    snapshot.formulas[basic][COL.weight] = 20;
    const problems = validateScoringSheet(sheet.template, snapshot);
    expect(problems).toContainEqual(expect.objectContaining({ code: 'weight-changed', cell: address(basic, COL.weight), severity: 'warning' }));
  });
});
