/** Live validation of a scoring sheet, from snapshots of a planned sheet with the user's edits. */
import { describe, expect, it } from 'vitest';
import { loadTemplateFiles } from '../../src/cli/template-files';
import type { ScoringTemplate } from '../../src/core/template-schema';
import { COL, planScoringSheet, type ScoringSheetLayout } from '../../src/core/sheet-plan/scoring-sheet-plan';
import { parseAddress } from '../../src/core/sheet-plan/addresses';
import { validateScoringSheet } from '../../src/core/sheet-validation/validate-scoring-sheet';
import type { SheetSnapshot } from '../../src/core/sheet-validation/sheet-snapshot';

const templates = new Map(loadTemplateFiles().flatMap(({ result }) => (result.ok && result.template.kind === 'scoring' ? [[result.template.id, result.template] as const] : [])));
const template = (id: string) => templates.get(id) as ScoringTemplate;

/** The sheet as Excel would report it right after insertion: formulas with "=", their results blank. */
function snapshotOf(layout: ScoringSheetLayout, top = 0): SheetSnapshot {
  const values = layout.plan.cells.map((row) => row.map((cell) => (cell?.formula ? '' : (cell?.value ?? ''))));
  const formulas = layout.plan.cells.map((row) => row.map((cell) => (cell?.formula ? `=${cell.formula}` : (cell?.value ?? ''))));
  const pad = Array.from({ length: top }, () => Array.from({ length: values[0].length }, () => ''));
  return { name: layout.plan.name, address: `A1:K${values.length + top}`, values: [...pad, ...values], formulas: [...pad, ...formulas] };
}

function edit(snapshot: SheetSnapshot, a1: string, value: unknown, formula: unknown = value): void {
  const [row, column] = parseAddress(a1);
  snapshot.values[row][column] = value;
  snapshot.formulas[row][column] = formula;
}

function leafRow(layout: ScoringSheetLayout, name: string): number {
  const leaf = layout.leaves.find((l) => layout.plan.cells[l.firstRow].some((c) => c?.value === name));
  if (!leaf) throw new Error(`${name} missing`);
  return leaf.firstRow + 1;
}

const county = () => planScoringSheet(template('gx-2023-county'), { site: '某县', sheetName: '某县', mode: 'gov' });
const codes = (snapshot: SheetSnapshot, id = 'gx-2023-county') => validateScoringSheet(template(id), snapshot).map((p) => `${p.code}@${p.cell}`);

describe('scoring sheet validation', () => {
  it('finds nothing wrong in a freshly inserted sheet', () => {
    expect(validateScoringSheet(template('gx-2023-county'), snapshotOf(county()))).toEqual([]);
  });

  it('reports an edited weight and the subtotal it no longer adds up to', () => {
    const layout = county();
    const snapshot = snapshotOf(layout);
    const row = leafRow(layout, '日常监管');
    edit(snapshot, `D${row}`, 3);
    const problems = validateScoringSheet(template('gx-2023-county'), snapshot);
    expect(problems).toContainEqual(expect.objectContaining({ code: 'weight-changed', cell: `D${row}`, severity: 'warning' }));
    const unit = layout.units.find((u) => u.name === '政务新媒体');
    expect(problems).toContainEqual(expect.objectContaining({ code: 'weight-sum', cell: `D${(unit?.row ?? 0) + 1}`, severity: 'error' }));
  });

  it('reports a score above its weight or below 0, and an error value in a score', () => {
    const layout = county();
    const snapshot = snapshotOf(layout);
    const row = leafRow(layout, '日常监管');
    edit(snapshot, `I${row}`, 9, `=GOV.NEWMEDIA_SUPERVISION(H${row},H${row + 1},D${row})`);
    expect(codes(snapshot)).toContain(`score-range@I${row}`);
    edit(snapshot, `I${row}`, -1, `=GOV.NEWMEDIA_SUPERVISION(H${row},H${row + 1},D${row})`);
    expect(codes(snapshot)).toContain(`score-range@I${row}`);
    edit(snapshot, `I${row}`, '#VALUE!', `=GOV.NEWMEDIA_SUPERVISION(H${row},H${row + 1},D${row})`);
    expect(codes(snapshot)).toContain(`score-error@I${row}`);
  });

  it('takes #BUSY! (custom functions still computing) as not computed yet, not as an error', () => {
    const layout = county();
    const snapshot = snapshotOf(layout);
    const row = leafRow(layout, '日常监管');
    edit(snapshot, `I${row}`, '#BUSY!', `=GOV.NEWMEDIA_SUPERVISION(H${row},H${row + 1},D${row})`);
    expect(codes(snapshot)).toEqual([]);
  });

  it('reports text in a number cell and values outside an input range (pasted past validation)', () => {
    const layout = county();
    const snapshot = snapshotOf(layout);
    const row = leafRow(layout, '日常监管');
    edit(snapshot, `H${row}`, '十个');
    edit(snapshot, `H${row + 1}`, 2.5);
    expect(codes(snapshot)).toEqual(expect.arrayContaining([`not-a-number@H${row}`, `input-range@H${row + 1}`]));
  });

  it('reports a score formula overwritten by a typed value', () => {
    const layout = county();
    const snapshot = snapshotOf(layout);
    const row = leafRow(layout, '日常监管');
    edit(snapshot, `I${row}`, 1);
    expect(codes(snapshot)).toContain(`formula-overwritten@I${row}`);
  });

  it('reports split shares that no longer add up to 100%', () => {
    const layout = planScoringSheet(template('xianning-2023-department'), { site: '', sheetName: 'x', mode: 'gov' });
    const snapshot = snapshotOf(layout);
    const row = leafRow(layout, '动态要闻');
    edit(snapshot, `G${row}`, 0.2);
    const problems = validateScoringSheet(template('xianning-2023-department'), snapshot).filter((p) => p.code === 'split-sum');
    expect(problems).toEqual([expect.objectContaining({ cell: `G${row}`, message: '分项比例合计为 90%，应为 100%。' })]);
  });

  it('reports a veto set while the judged score is not 0', () => {
    // No judged leaf of the transcribed templates has a veto (民意征集's 此项不得分 belongs to its
    // point 5), so the department template is given one here.
    const withVeto = structuredClone(template('gx-2023-department'));
    const opinion = withVeto.indicators.flatMap((n) => n.children ?? []).find((n) => n.name === '民意征集');
    if (!opinion) throw new Error('民意征集 missing');
    opinion.vetoes = ['一年内未开展民意征集活动'];
    const layout = planScoringSheet(withVeto, { site: '', sheetName: 'x', mode: 'gov' });
    const snapshot = snapshotOf(layout);
    const vetoCodes = () => validateScoringSheet(withVeto, snapshot).map((p) => `${p.code}@${p.cell}`);
    const row = leafRow(layout, '民意征集');
    const leaf = layout.leaves.find((l) => l.firstRow === row - 1);
    edit(snapshot, `H${row}`, 4);
    expect(vetoCodes()).not.toContain(`veto-score@H${row}`);
    edit(snapshot, `H${(leaf?.lastRow ?? 0) + 1}`, '是');
    expect(vetoCodes()).toContain(`veto-score@H${row}`);
  });

  it('reports every missing input once the sheet is marked 已完成', () => {
    const layout = county();
    const snapshot = snapshotOf(layout);
    expect(codes(snapshot).filter((c) => c.startsWith('input-missing'))).toEqual([]);
    edit(snapshot, 'J2', '已完成');
    const missing = validateScoringSheet(template('gx-2023-county'), snapshot).filter((p) => p.code === 'input-missing');
    const inputRows = layout.plan.validations.filter((v) => v.range.startsWith('H')).length;
    expect(missing.length).toBe(inputRows);
    expect(codes(snapshot)).toContain('incomplete@J2');
  });

  it('still finds every row after the user inserted rows above the table', () => {
    const snapshot = snapshotOf(county(), 0);
    const shifted = snapshotOf(county(), 0);
    for (const s of [snapshot, shifted]) edit(s, 'J2', '已完成');
    shifted.values.splice(0, 0, Array(11).fill(''), Array(11).fill(''));
    shifted.formulas.splice(0, 0, Array(11).fill(''), Array(11).fill(''));
    const moved = (cell: string) => (cell ? cell.replace(/\d+$/, (n) => String(Number(n) + 2)) : cell);
    const before = validateScoringSheet(template('gx-2023-county'), snapshot);
    expect(before.length).toBeGreaterThan(10);
    expect(validateScoringSheet(template('gx-2023-county'), shifted)).toEqual(before.map((p) => ({ ...p, cell: moved(p.cell) })));
    const broken = snapshotOf(county());
    const row = broken.values.findIndex((r) => String(r[COL.key]).startsWith('input:'));
    broken.values[row][COL.key] = '';
    expect(codes(broken).some((c) => c.startsWith('rows-missing'))).toBe(true);
  });

  it('reads a used range that does not start at A1', () => {
    const layout = county();
    const snapshot = snapshotOf(layout);
    const offset: SheetSnapshot = { ...snapshot, address: `'某县'!A2:K${snapshot.values.length}`, values: snapshot.values.slice(1), formulas: snapshot.formulas.slice(1) };
    expect(validateScoringSheet(template('gx-2023-county'), offset)).toEqual([]);
  });
});
