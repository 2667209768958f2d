/**
 * What the benchmark measures for one template: host round trips of injecting and validating its
 * scoring sheet in the fake Excel host (tests/excel/fake-excel.ts), and wall time of the pure steps.
 *
 * A "proxy call" is what the strict mock session records: method calls on Office proxies (getRange,
 * merge, getItem, add, freezeRows …; not sync), property writes (formulas, numberFormat, rule …)
 * and load() calls. Property reads are not counted.
 */
import { rangeAddress } from '../src/core/sheet-plan/addresses';
import { checkTemplate } from '../src/core/template-checker';
import type { ScoringTemplate } from '../src/core/template-schema';
import { planScoringWorkbook } from '../src/core/sheet-plan/workbook-plan';
import type { SheetPlan } from '../src/core/sheet-plan/plan-types';
import { COL } from '../src/core/sheet-plan/scoring-sheet-plan';
import { validateScoringSheet } from '../src/core/sheet-validation/validate-scoring-sheet';
import type { SheetSnapshot } from '../src/core/sheet-validation/sheet-snapshot';
import { applyWorkbookPlan } from '../src/excel/apply-plan';
import { readSheet } from '../src/excel/read-sheets';
import { FakeExcel } from '../tests/excel/fake-excel';

export interface HostCost {
  syncs: number;
  /** loads + method calls + property writes */
  proxyCalls: number;
  loads: number;
  calls: number;
  writes: number;
}

export interface Measurement {
  template: string;
  leaves: number;
  /** Rows keyed input:… (one per input of a leaf). */
  indicatorRows: number;
  sheetRows: number;
  inject: HostCost;
  validate: HostCost;
  /** Problems validateScoringSheet found on the freshly inserted sheet (expected 0). */
  sheetProblems: number;
  /** Issues checkTemplate found, as "severity code" (none for the synthetic templates by construction). */
  templateIssues: string[];
  planMs: number;
  checkSheetMs: number;
  checkTemplateMs: number;
}

const SITE = '某县';

export const planOf = (template: ScoringTemplate): SheetPlan => planScoringWorkbook(template, { sites: [SITE], mode: 'gov' }).sheets[0];

/** The sheet as Excel reports it right after insertion: formulas with "=", their results still blank. */
export function snapshotOf(plan: SheetPlan): SheetSnapshot {
  const width = Math.max(...plan.cells.map((row) => row.length));
  const grid = (pick: (cell: SheetPlan['cells'][number][number]) => unknown) =>
    plan.cells.map((row) => Array.from({ length: width }, (_, c) => pick(row[c] ?? null)));
  return {
    name: plan.name,
    address: rangeAddress(0, 0, plan.cells.length - 1, width - 1),
    values: grid((cell) => (cell?.formula ? '' : (cell?.value ?? ''))),
    formulas: grid((cell) => (cell?.formula ? `=${cell.formula}` : (cell?.value ?? ''))),
  };
}

function costOf(fake: FakeExcel): HostCost {
  const { syncCount, loads, calls, writes, violations } = fake.session;
  if (violations.length > 0) throw new Error(`strict mock violations: ${violations.join('; ')}`);
  return { syncs: syncCount, proxyCalls: loads.length + calls.length + writes.length, loads: loads.length, calls: calls.length, writes: writes.length };
}

/** applyWorkbookPlan of the one scoring sheet into a workbook that holds only Sheet1. */
async function injectCost(plan: SheetPlan): Promise<HostCost> {
  const fake = new FakeExcel([{ name: 'Sheet1', values: [['用户数据']] }]);
  fake.install();
  await applyWorkbookPlan({ sheets: [plan], portable: false });
  return costOf(fake);
}

/** readSheet of the inserted sheet + validateScoringSheet. */
async function validateCost(template: ScoringTemplate, plan: SheetPlan): Promise<{ cost: HostCost; problems: number }> {
  const { values, formulas } = snapshotOf(plan);
  const fake = new FakeExcel([{ name: 'Sheet1', values: [['用户数据']] }, { name: plan.name, values, formulas }]);
  fake.install();
  const snapshot = await readSheet(plan.name);
  const problems = validateScoringSheet(template, snapshot).length;
  return { cost: costOf(fake), problems };
}

/** Median wall time in ms of `runs` calls after `warmup` unmeasured ones. */
export function medianMs(fn: () => unknown, runs: number, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn();
  const times = Array.from({ length: runs }, () => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  const mid = Math.floor(runs / 2);
  return runs % 2 === 1 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
}

export async function measure(template: ScoringTemplate, leaves: number, runs: number): Promise<Measurement> {
  const plan = planOf(template);
  const snapshot = snapshotOf(plan);
  const inject = await injectCost(plan);
  const validation = await validateCost(template, plan);
  return {
    template: template.id,
    leaves,
    indicatorRows: plan.cells.filter((row) => String(row[COL.key]?.value ?? '').startsWith('input:')).length,
    sheetRows: plan.cells.length,
    inject,
    validate: validation.cost,
    sheetProblems: validation.problems,
    templateIssues: checkTemplate(template).issues.map((issue) => `${issue.severity} ${issue.code}`),
    planMs: medianMs(() => planOf(template), runs),
    checkSheetMs: medianMs(() => validateScoringSheet(template, snapshot), runs),
    checkTemplateMs: medianMs(() => checkTemplate(template), runs),
  };
}
