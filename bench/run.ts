/**
 * `npm run bench`: host round trips, proxy calls and request sizes for scoring sheets of ~50, ~500 and
 * ~5,000 indicator rows (synthetic templates) and for the real gx-2023-county template, the same for
 * a 排名 sheet of 100,000 sites, and timings of the pure steps.
 *
 * Everything is written into the calculating test host set up as Excel on the web (requests over
 * 5 MB fail there). The bench exits 1 when the syncs per injection or per validation pass differ
 * between templates, when an injection (the 排名 sheet included) fails or any request is over 5 MB,
 * or when a fresh sheet has validation problems. The proxy calls of the 5,000-row injection are
 * compared with the figure before RangeAreas (65,712) and the verdict printed, without failing.
 * Last, the compiled command line against tsx (bench/cli.ts) and `collect` of a round (bench/collect.ts),
 * with the verdicts on their targets.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseTemplateJson } from '../src/core/template-loader';
import type { ScoringTemplate } from '../src/core/template-schema';
import { leaves } from '../src/core/indicator-tree';
import { type HostCost, largestRequest, measure, officeJsWrite, mergeCalls, type Measurement, totalBytes, withinLimit } from './measure';
import { REQUEST_BUDGET_BYTES } from '../src/excel/request-budget';
import { syntheticTemplate } from './synthetic-template';
import { bundleSizeLines } from './bundle-size';
import { ROWS as RANKING_SITES, benchRankCli, benchRanking, benchRankingSheet, type RankingSheetCost } from './ranking';
import { fileURLToPath } from 'node:url';
import { cliLines } from './cli';
import { collectLines } from './collect';
import { paneRenderLines } from './pane-render';

const SIZES = [50, 500, 5000];
const RUNS = 21;
/**
 * Proxy calls of one synthetic-5000 injection before RangeAreas (README, measured with the
 * office-addin-mock host of that time; that code and host cannot be run any more).
 */
const BASELINE_5000_PROXY_CALLS = 65_712;
/** The 排名 sheet size to fall back to when 100,000 sites take the host longer than this. */
const RANKING_SHEET_MAX_MS = 120_000;
const RANKING_SHEET_FALLBACK_SITES = 20_000;

function loadScoring(path: URL): ScoringTemplate {
  const result = parseTemplateJson(readFileSync(path, 'utf8'));
  if (!result.ok || result.template.kind !== 'scoring') {
    throw new Error(`${path}: not a valid scoring template: ${result.ok ? result.template.kind : result.issues.map((i) => i.message).join('; ')}`);
  }
  return result.template;
}

/** The synthetic template through the same schema as the files in indicators/. */
function checkedSynthetic(rows: number): ScoringTemplate {
  const template = syntheticTemplate(rows);
  const result = parseTemplateJson(JSON.stringify(template));
  if (!result.ok) throw new Error(`synthetic template ${rows}: ${result.issues.map((i) => i.message).join('; ')}`);
  return template;
}

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
const count = (value: number) => value.toLocaleString('en-US');
const inject = (pick: (cost: HostCost) => number) => (m: Measurement) => (m.inject.error ? 'FAILED' : count(pick(m.inject)));

type Column = [string, (m: Measurement) => string];

const INJECTION: Column[] = [
  ['template', (m) => m.template],
  ['indicator rows', (m) => String(m.indicatorRows)],
  ['sheet rows', (m) => String(m.sheetRows)],
  ['syncs', inject((c) => c.syncs)],
  ['proxy calls', inject((c) => c.proxyCalls)],
  ['merge calls', inject(mergeCalls)],
  ['other calls', inject((c) => c.proxyCalls - mergeCalls(c))],
  ['host request bytes', inject(totalBytes)],
  ['write requests (Office.js bytes)', (m) => m.officeJsWrite.map(count).join(' + ')],
];

const VALIDATION: Column[] = [
  ['template', (m) => m.template],
  ['leaves', (m) => String(m.leaves)],
  ['validate syncs', (m) => String(m.validate.syncs)],
  ['validate proxy calls', (m) => String(m.validate.proxyCalls)],
  ['read bytes', (m) => count(m.validateResponseBytes)],
  ['plan ms', (m) => ms(m.planMs)],
  ['check sheet ms', (m) => ms(m.checkSheetMs)],
  ['checkTemplate ms', (m) => ms(m.checkTemplateMs)],
];

/** A Markdown table (pastes into README.md as is). */
function table(columns: Column[], rows: Measurement[]): string {
  const cells = rows.map((m) => columns.map(([, cell]) => cell(m)));
  const widths = columns.map(([title], i) => Math.max(title.length, ...cells.map((row) => row[i].length)));
  const line = (values: string[]) => `| ${values.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(columns.map(([title]) => title)), rule, ...cells.map(line)].join('\n');
}

/** "3 / 3 / 3 / 3 — constant", or the differing figures; false when they differ. */
function constant(label: string, values: number[]): boolean {
  const same = values.every((v) => v === values[0]);
  console.log(`${label}: ${values.join(' / ')} — ${same ? 'constant' : 'NOT CONSTANT: syncs grow with the sheet'}`);
  return same;
}

/** The 5,000-row injection against the figure before RangeAreas (a tenth of it is the target of issue 10). */
function againstBaseline(m: Measurement): void {
  const { proxyCalls } = m.inject;
  const target = Math.floor(BASELINE_5000_PROXY_CALLS / 10);
  const ok = m.inject.error === undefined && proxyCalls <= target;
  const share = ((100 * proxyCalls) / BASELINE_5000_PROXY_CALLS).toFixed(1);
  const others = proxyCalls - mergeCalls(m.inject);
  console.log(
    `${m.template} proxy calls: ${count(proxyCalls)} (${count(mergeCalls(m.inject))} for ${count(m.inject.merges)} merged groups + ${count(others)} others)` +
      ` against ${count(BASELINE_5000_PROXY_CALLS)} before RangeAreas (office-addin-mock host): ${share}% — ${ok ? 'within' : 'over'} a tenth (${count(target)});` +
      ` without the merged groups (one range and one merge each, which Office.js cannot do over several areas): ${((100 * others) / BASELINE_5000_PROXY_CALLS).toFixed(2)}%`,
  );
}

function rankingSheetLines({ sites, plan, cost, ms: wall }: RankingSheetCost): string[] {
  const head = `排名 sheet of ${count(sites)} sites (${count(plan.rows)} rows, ${count(plan.merges)} merged groups), replaceAddinSheet on the web-platform host`;
  if (cost.error) return [`${head}: FAILED after ${(wall / 1000).toFixed(1)} s, ${cost.syncs} syncs — ${cost.error}`, `  requests (bytes): ${cost.requestBytes.map(count).join(', ')}`];
  return [
    `${head}: ${(wall / 1000).toFixed(1)} s`,
    `  ${cost.syncs} syncs, ${count(cost.proxyCalls)} proxy calls (${count(mergeCalls(cost))} for merged groups + ${count(cost.proxyCalls - mergeCalls(cost))} others)`,
    `  ${count(totalBytes(cost))} request bytes, largest request ${count(largestRequest(cost))} (${withinLimit(cost) ? 'within' : 'OVER'} 5 MB)`,
    `  requests (bytes): ${cost.requestBytes.map(count).join(', ')}`,
  ];
}

/** 100,000 sites, and 20,000 as well when that fails or takes the host over two minutes. */
async function rankingSheets(): Promise<boolean> {
  const full = await benchRankingSheet(RANKING_SITES);
  const requests = await officeJsWrite(full.planSheet);
  console.log(`  write requests as Office.js serializes them (${requests.length}): ${requests.map(count).join(', ')} bytes — ${requests.every((b) => b <= REQUEST_BUDGET_BYTES) ? 'all within' : 'OVER'} the budget`);
  for (const line of rankingSheetLines(full)) console.log(line);
  const fullOk = withinLimit(full.cost);
  if (fullOk && full.ms <= RANKING_SHEET_MAX_MS) return true;
  console.log(fullOk ? `  (over ${RANKING_SHEET_MAX_MS / 1000} s in the test host; measured again with ${count(RANKING_SHEET_FALLBACK_SITES)} sites)` : `  (measured again with ${count(RANKING_SHEET_FALLBACK_SITES)} sites)`);
  const smaller = await benchRankingSheet(RANKING_SHEET_FALLBACK_SITES);
  for (const line of rankingSheetLines(smaller)) console.log(line);
  return fullOk && withinLimit(smaller.cost);
}

async function main(): Promise<void> {
  const started = performance.now();
  const county = loadScoring(new URL('../indicators/gx-2023-county.json', import.meta.url));
  const templates = [...SIZES.map(checkedSynthetic), county];
  const results: Measurement[] = [];
  for (const template of templates) results.push(await measure(template, leaves(template).length, RUNS));

  console.log(`Scoring sheet injection (applyWorkbookPlan) into the test host as Excel on the web (requests over 5 MB fail), ${cpus().length} cores, Node ${process.version}`);
  console.log('Proxy calls = load() calls + method calls (not sync) + property writes recorded by the host; merge calls = getRange + merge per merged group.');
  console.log('Host request bytes = the test host\'s approximation, all requests. Write requests = the sheet\'s cells, layout, formats and validations');
  console.log(`serialized by Office.js itself (the Excel library the add-in ships), one figure per request; the writer cuts at ${count(REQUEST_BUDGET_BYTES)} bytes.\n`);
  console.log(table(INJECTION, results));
  console.log();
  for (const m of results) {
    const { loads, calls, writes, requestBytes, error } = m.inject;
    console.log(`${m.template}: inject ${loads} loads + ${calls} calls + ${writes} writes; requests (bytes) ${requestBytes.map(count).join(', ')}${error ? `; FAILED: ${error}` : ''}`);
  }
  console.log();
  console.log(`Validation (readSheet + validateScoringSheet) on the same host; read bytes = JSON of the values and formulas Excel answers with.`);
  console.log(`Timings: median of ${RUNS} runs after 2 warm-up runs; plan = planScoringWorkbook (one site), check sheet = validateScoringSheet on a snapshot built from the plan.\n`);
  console.log(table(VALIDATION, results));
  console.log();
  console.log(`syncs per injection: ${results.map((m) => m.inject.syncs).join(' / ')}; write requests the size budget needs: ${results.map((m) => m.officeJsWrite.length).join(' / ')}`);
  // Names, events/recalculation, the #NAME? probe: what does not depend on the sheet's size.
  const injectOk = constant('syncs per injection besides the write requests', results.map((m) => m.inject.syncs - m.officeJsWrite.length));
  const budgetOk = results.every((m) => m.officeJsWrite.every((bytes) => bytes <= REQUEST_BUDGET_BYTES));
  console.log(`largest write request (Office.js): ${results.map((m) => count(Math.max(...m.officeJsWrite))).join(' / ')} bytes — ${budgetOk ? 'all within the budget' : 'OVER THE BUDGET'}`);
  const validateOk = constant('syncs per validation pass', results.map((m) => m.validate.syncs));
  const limitOk = results.every((m) => withinLimit(m.inject));
  console.log(`largest injection request: ${results.map((m) => count(largestRequest(m.inject))).join(' / ')} bytes — ${limitOk ? 'all within 5 MB' : 'A REQUEST FAILED OR IS OVER 5 MB'}`);
  againstBaseline(results[SIZES.indexOf(5000)]);
  const synthetic = results.slice(0, SIZES.length);
  const clean = synthetic.every((m) => m.templateIssues.length === 0) && results.every((m) => m.sheetProblems === 0);
  if (!clean) console.log('UNEXPECTED: a synthetic template has checker issues or a fresh sheet has validation problems');
  console.log();
  for (const line of benchRanking()) console.log(line);
  // rank -o of the compiled CLI: time and memory against their targets, printed with a verdict (not failing the bench).
  for (const line of (await benchRankCli()).lines) console.log(line);
  console.log();
  const rankingOk = await rankingSheets();
  console.log();
  for (const line of bundleSizeLines(fileURLToPath(new URL('../dist', import.meta.url)))) console.log(line);
  for (const line of await paneRenderLines()) console.log(line);
  console.log();
  // Timings against targets are printed with a verdict; they do not fail the bench (machines differ).
  for (const line of (await cliLines()).lines) console.log(line);
  console.log();
  for (const line of (await collectLines()).lines) console.log(line);
  console.log(`\ndone in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (!injectOk || !budgetOk || !validateOk || !limitOk || !clean || !rankingOk) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
