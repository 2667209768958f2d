/**
 * What the benchmark measures for one template: host round trips and request sizes of injecting and
 * validating its scoring sheet in the calculating test host (tests/excel/host) set up as Excel on the
 * web, which fails any request over 5 MB with RequestPayloadSizeLimitExceeded; and wall time of the
 * pure steps.
 *
 * A "proxy call" is what the host's proxy session records: load() calls, method calls on Office
 * proxies (getRange, getRanges, merge, getItem, add, freezeRows …; not context.sync, which is counted
 * as a sync) and property writes (formulas, numberFormat, rule …). Property reads are not counted.
 * Request bytes are the host's estimate of each request sent (one per sync): the JSON of what is
 * written plus 60 bytes per queued action (tests/excel/host/proxy-session.ts).
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
import { writePlanSheets } from '../src/excel/bulk-write';
import { hostSupport } from '../src/excel/host-support';
import { RequestBatcher } from '../src/excel/request-budget';
import { officeJsRequests } from '../tests/support/office-js-requests';
import { FakeExcel } from '../tests/excel/fake-excel';
import { WEB_PAYLOAD_LIMIT_BYTES } from '../tests/excel/host/excel-host';
import { jsonBytes } from '../tests/excel/host/proxy-session';

export interface HostCost {
  syncs: number;
  /** loads + method calls (not sync) + property writes */
  proxyCalls: number;
  loads: number;
  calls: number;
  writes: number;
  /** merge() calls: each merged group is one getRange and one merge call. */
  merges: number;
  /** Estimated bytes of every request sent, in order (one per sync). */
  requestBytes: number[];
  /** What Excel answered with when the injection failed (RequestPayloadSizeLimitExceeded …). */
  error?: string;
}

/** Proxy calls of merged groups (getRange + merge, two per merge). */
export const mergeCalls = (cost: HostCost): number => 2 * cost.merges;
export const totalBytes = (cost: HostCost): number => cost.requestBytes.reduce((sum, bytes) => sum + bytes, 0);
export const largestRequest = (cost: HostCost): number => cost.requestBytes.reduce((largest, bytes) => Math.max(largest, bytes), 0);
/** True when every request stayed within Excel on the web's 5 MB and nothing failed. */
export const withinLimit = (cost: HostCost): boolean => cost.error === undefined && largestRequest(cost) <= WEB_PAYLOAD_LIMIT_BYTES;

export interface Measurement {
  template: string;
  leaves: number;
  /** Rows keyed input:… (one per input of a leaf). */
  indicatorRows: number;
  sheetRows: number;
  inject: HostCost;
  validate: HostCost;
  /**
   * The sheet's write (cells, layout, formats, validations: what bulkWrite sends between reading the
   * names and the recalculation) serialized by Office.js itself: bytes per request.
   */
  officeJsWrite: number[];
  /** Estimated bytes of Excel's answer to the validation read: the JSON of the values and formulas loaded. */
  validateResponseBytes: number;
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
  const width = plan.cells.reduce((widest, row) => Math.max(widest, row.length), 0);
  const grid = (pick: (cell: SheetPlan['cells'][number][number]) => unknown) =>
    plan.cells.map((row) => Array.from({ length: width }, (_, c) => pick(row[c] ?? null)));
  return {
    name: plan.name,
    address: rangeAddress(0, 0, plan.cells.length - 1, width - 1),
    values: grid((cell) => (cell?.formula ? '' : (cell?.value ?? ''))),
    formulas: grid((cell) => (cell?.formula ? `=${cell.formula}` : (cell?.value ?? ''))),
  };
}

/** A new web-platform host (requests over 5 MB fail) holding `sheets`, installed as the globals Excel and Office. */
export function webHost(sheets: ConstructorParameters<typeof FakeExcel>[0]): FakeExcel {
  const fake = new FakeExcel(sheets, { platform: 'web' });
  fake.install();
  return fake;
}

export function costOf(fake: FakeExcel, error?: unknown): HostCost {
  const { syncCount, loads, calls, writes, violations, requestBytes } = fake.session;
  if (violations.length > 0) throw new Error(`test host violations: ${violations.join('; ')}`);
  const methodCalls = calls.filter((call) => call.method !== 'sync');
  const cost: HostCost = {
    syncs: syncCount,
    proxyCalls: loads.length + methodCalls.length + writes.length,
    loads: loads.length,
    calls: methodCalls.length,
    writes: writes.length,
    merges: methodCalls.filter((call) => call.method === 'merge').length,
    requestBytes: [...requestBytes],
  };
  if (error !== undefined) cost.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return cost;
}

/** applyWorkbookPlan of the one scoring sheet into a workbook that holds only Sheet1. */
async function injectCost(plan: SheetPlan): Promise<HostCost> {
  const fake = webHost([{ name: 'Sheet1', values: [['用户数据']] }]);
  try {
    await applyWorkbookPlan({ sheets: [plan], portable: false });
  } catch (error) {
    return costOf(fake, error);
  }
  return costOf(fake);
}

/**
 * The write requests of a plan as Office.js serializes them (tests/support/office-js-requests.ts):
 * the content requests the size budget cuts, without the recalculation and Excel.run's clean-up.
 */
export async function officeJsWrite(plan: SheetPlan): Promise<number[]> {
  const support = hostSupport(() => true);
  const requests = await officeJsRequests(async (context) => {
    const batcher = new RequestBatcher(context);
    await writePlanSheets(context, batcher, { sheets: [plan], portable: false }, [plan.name], support);
    await batcher.flush();
  });
  return requests.slice(0, -1).map((r) => r.bytes);
}

/** readSheet of the inserted sheet + validateScoringSheet. */
async function validateCost(template: ScoringTemplate, plan: SheetPlan): Promise<{ cost: HostCost; responseBytes: number; problems: number }> {
  const { values, formulas } = snapshotOf(plan);
  const fake = webHost([{ name: 'Sheet1', values: [['用户数据']] }, { name: plan.name, values, formulas }]);
  const snapshot = await readSheet(plan.name);
  const problems = validateScoringSheet(template, snapshot).length;
  return { cost: costOf(fake), responseBytes: jsonBytes(snapshot.values) + jsonBytes(snapshot.formulas), problems };
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
  const officeJs = await officeJsWrite(plan);
  return {
    template: template.id,
    leaves,
    indicatorRows: plan.cells.filter((row) => String(row[COL.key]?.value ?? '').startsWith('input:')).length,
    sheetRows: plan.cells.length,
    inject,
    validate: validation.cost,
    officeJsWrite: officeJs,
    validateResponseBytes: validation.responseBytes,
    sheetProblems: validation.problems,
    templateIssues: checkTemplate(template).issues.map((issue) => `${issue.severity} ${issue.code}`),
    planMs: medianMs(() => planOf(template), runs),
    checkSheetMs: medianMs(() => validateScoringSheet(template, snapshot), runs),
    checkTemplateMs: medianMs(() => checkTemplate(template), runs),
  };
}
