/**
 * The pane's whole Excel flow on the calculating host, under both ways Excel hands blank cells to
 * custom functions (desktop: 0, web: null): insert three site sheets with GOV functions → type
 * inputs → live validation → 汇总 shows the calculated totals → 生成排名 from 汇总 → the 排名 sheet
 * holds the right ranks. The pane's own operations (excel-operations.ts) do every step.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadTemplateFiles } from '../../src/cli/template-files';
import type { ScoringTemplate } from '../../src/core/template-schema';
import { planScoringWorkbook } from '../../src/core/sheet-plan/workbook-plan';
import { validateScoringSheet } from '../../src/core/sheet-validation/validate-scoring-sheet';
import { MARK_FILL } from '../../src/excel/cell-marks';
import { excelOperations } from '../../src/taskpane/excel-operations';
import { buildRanking, readSourceTable } from '../../src/taskpane/ranking-source';
import { FakeExcel, type Platform } from './fake-excel';
import { rankedNames, THREE_SITE_RANKS } from '../support/ranking-table';

const county = loadTemplateFiles()
  .flatMap(({ result }) => (result.ok ? [result.template] : []))
  .find((t) => t.id === 'gx-2023-county') as ScoringTemplate;

const SITES = ['甲县', '乙县', '丙县'];
/** Share of each judged indicator's weight each site gets: 甲 best, 乙 worst. */
const ATTAINMENT: Record<string, number> = { 甲县: 1, 乙县: 0.5, 丙县: 0.8 };

let fake: FakeExcel;
afterEach(() => expect(fake.session.violations).toEqual([]));

/** Judged 录入 cells labelled 得分 (not 扣分) of a site sheet, with their weight, from the plan. */
function judgedCells(plan: ReturnType<typeof planScoringWorkbook>, sheet: string): { cell: string; max: number }[] {
  const sheetPlan = plan.sheets.find((s) => s.name === sheet);
  return (sheetPlan?.validations ?? []).flatMap(({ range, rule }) => {
    const row = Number(/\d+$/.exec(range)?.[0]) - 1;
    const label = sheetPlan?.cells[row]?.[5]?.value;
    return rule.type === 'decimal' && rule.max !== undefined && label === '得分' && !range.includes(':') ? [{ cell: range, max: rule.max }] : [];
  });
}

/** The 总分 a site sheet shows (its row found by the key total:total). */
function sheetTotal(values: unknown[][]): unknown {
  return values.find((row) => row[10] === 'total:total')?.[8];
}

async function flow(platform: Platform) {
  fake = new FakeExcel([{ name: 'Sheet1', values: [['']] }], { platform });
  fake.install();
  fake.busyUntilSettled = true;
  const operations = excelOperations();
  const plan = planScoringWorkbook(county, { sites: SITES, mode: 'gov', existingSheets: await operations.existingSheetNames() });
  expect(await operations.insertWorkbook(plan, () => undefined)).toEqual(['汇总', ...SITES]);
  await fake.settle();

  // Nothing filled: every total is empty or 0, no error anywhere, and the validator finds nothing.
  for (const site of SITES) {
    const problems = validateScoringSheet(county, await operations.readSheet(site));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  }
  const judged = judgedCells(plan, '甲县');
  expect(judged.length).toBeGreaterThan(10);
  for (const site of SITES) {
    for (const { cell, max } of judged) await fake.type(site, cell, [[Math.round(max * ATTAINMENT[site] * 100) / 100]]);
  }

  // Functions still computing: #BUSY! is not reported as an error.
  const busy = await operations.readSheet('甲县');
  expect(busy.values.flat()).toContain('#BUSY!');
  expect(validateScoringSheet(county, busy).filter((p) => p.code === 'score-error')).toEqual([]);
  await fake.settle();

  // A bad entry is found and marked; fixed, the mark goes and the 录入 fill is back.
  const [first] = judged;
  await fake.type('乙县', first.cell, [['很好']]);
  const found = validateScoringSheet(county, await operations.readSheet('乙县'));
  expect(found.map((p) => p.cell)).toContain(first.cell);
  await operations.markCells('乙县', found.map((p) => p.cell));
  expect(fake.fill('乙县', first.cell)).toBe(MARK_FILL);
  await fake.type('乙县', first.cell, [[Math.round(first.max * 0.5 * 100) / 100]]);
  await operations.markCells('乙县', []);
  expect(fake.fill('乙县', first.cell)).toBe('#FFF2CC');

  // 汇总 shows each site's calculated 总分.
  const summary = await operations.readSheet('汇总');
  const totals = Object.fromEntries(summary.values.filter((row) => SITES.includes(String(row[1]))).map((row) => [String(row[1]), row[row.length - 2]]));
  for (const site of SITES) {
    expect(typeof totals[site]).toBe('number');
    expect(totals[site]).toBe(sheetTotal((await operations.readSheet(site)).values));
  }
  // Only judged indicators were filled: 甲县's total is at least their full weight (bonus capped), 乙县's half of it.
  const judgedSum = judged.reduce((sum, { max }) => sum + max, 0);
  expect(totals['甲县'] as number).toBeGreaterThan(totals['丙县'] as number);
  expect(totals['丙县'] as number).toBeGreaterThan(totals['乙县'] as number);
  expect(totals['乙县'] as number).toBeGreaterThan(0);
  expect(totals['甲县'] as number).toBeLessThanOrEqual(judgedSum + 1e-9);

  // 生成排名 from 汇总: the 排名 sheet ranks 甲 > 丙 > 乙.
  const source = await readSourceTable(operations, 'summary');
  const ranking = buildRanking(source.table, source.table.mapping, 'competition');
  const written = await operations.replaceAddinSheet(ranking.plan);
  const rankingSheet = await operations.readSheet(written.name);
  expect(rankedNames(rankingSheet.values).filter(([, name]) => SITES.includes(String(name)))).toEqual(THREE_SITE_RANKS);
  return totals;
}

describe('the pane flow on the calculating Excel host', () => {
  it('gives the same totals and ranks with blanks passed as 0 (desktop) and as null (web)', async () => {
    const desktop = await flow('desktop');
    const web = await flow('web');
    expect(web).toEqual(desktop);
  }, 60_000);
});
