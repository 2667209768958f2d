/**
 * `npm run bench`: host round trips and pure-step timings for scoring sheets of ~50, ~500 and ~5,000
 * indicator rows (synthetic templates) and for the real gx-2023-county template.
 *
 * Syncs are counted in the fake Excel host of the adapter specs; they must not grow with the rows:
 * the bench exits 1 when the syncs per injection or per validation pass differ between templates.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseTemplateJson } from '../src/core/template-loader';
import type { ScoringTemplate } from '../src/core/template-schema';
import { leaves } from '../src/core/indicator-tree';
import { measure, type Measurement } from './measure';
import { syntheticTemplate } from './synthetic-template';
import { bundleSizeLines } from './bundle-size';
import { benchRanking } from './ranking';
import { fileURLToPath } from 'node:url';

const SIZES = [50, 500, 5000];
const RUNS = 21;

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

const COLUMNS: [string, (m: Measurement) => string][] = [
  ['template', (m) => m.template],
  ['leaves', (m) => String(m.leaves)],
  ['indicator rows', (m) => String(m.indicatorRows)],
  ['sheet rows', (m) => String(m.sheetRows)],
  ['inject syncs', (m) => String(m.inject.syncs)],
  ['inject proxy calls', (m) => String(m.inject.proxyCalls)],
  ['validate syncs', (m) => String(m.validate.syncs)],
  ['validate proxy calls', (m) => String(m.validate.proxyCalls)],
  ['plan ms', (m) => ms(m.planMs)],
  ['check sheet ms', (m) => ms(m.checkSheetMs)],
  ['checkTemplate ms', (m) => ms(m.checkTemplateMs)],
];

/** A Markdown table (pastes into README.md as is). */
function table(rows: Measurement[]): string {
  const cells = rows.map((m) => COLUMNS.map(([, cell]) => cell(m)));
  const widths = COLUMNS.map(([title], i) => Math.max(title.length, ...cells.map((row) => row[i].length)));
  const line = (values: string[]) => `| ${values.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(COLUMNS.map(([title]) => title)), rule, ...cells.map(line)].join('\n');
}

/** "3 / 3 / 3 / 3 — constant", or the differing figures; false when they differ. */
function constant(label: string, values: number[]): boolean {
  const same = values.every((v) => v === values[0]);
  console.log(`${label}: ${values.join(' / ')} — ${same ? 'constant' : 'NOT CONSTANT: syncs grow with the sheet'}`);
  return same;
}

async function main(): Promise<void> {
  const started = performance.now();
  const county = loadScoring(new URL('../indicators/gx-2023-county.json', import.meta.url));
  const templates = [...SIZES.map(checkedSynthetic), county];
  const results: Measurement[] = [];
  for (const template of templates) results.push(await measure(template, leaves(template).length, RUNS));

  console.log(`Scoring sheet injection and validation (fake Excel host), ${cpus().length} cores, Node ${process.version}`);
  console.log(`Timings: median of ${RUNS} runs after 2 warm-up runs; plan = planScoringWorkbook (one site), check sheet = validateScoringSheet on a snapshot built from the plan.`);
  console.log('Proxy calls = load() calls + method calls (not sync) + property writes recorded by the strict mock.\n');
  console.log(table(results));
  console.log();
  for (const m of results) {
    const { loads, calls, writes } = m.inject;
    console.log(`${m.template}: inject ${loads} loads + ${calls} calls + ${writes} writes; sheet problems ${m.sheetProblems}; template issues ${m.templateIssues.length}${m.templateIssues.length > 0 ? ` (${m.templateIssues.join(', ')})` : ''}`);
  }
  console.log();
  const injectOk = constant('syncs per injection', results.map((m) => m.inject.syncs));
  const validateOk = constant('syncs per validation pass', results.map((m) => m.validate.syncs));
  const synthetic = results.slice(0, SIZES.length);
  const clean = synthetic.every((m) => m.templateIssues.length === 0) && results.every((m) => m.sheetProblems === 0);
  if (!clean) console.log('UNEXPECTED: a synthetic template has checker issues or a fresh sheet has validation problems');
  console.log();
  for (const line of benchRanking()) console.log(line);
  console.log();
  for (const line of bundleSizeLines(fileURLToPath(new URL('../dist', import.meta.url)))) console.log(line);
  console.log(`\ndone in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (!injectOk || !validateOk || !clean) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
