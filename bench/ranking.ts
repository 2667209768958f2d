/**
 * The ranking engine on 100,000 generated sites in four categories (scores with three decimals, so
 * rounding and ties are exercised, and a few vetoes): the CSV read, the ranking, the 排名 sheet plan
 * and the JSON. Times are medians of 3 runs (after one warm-up run). Called by bench/run.ts.
 *
 * benchRankingSheet then writes such a 排名 sheet as the pane's 生成排名 does (replaceAddinSheet)
 * into the web-platform test host, once, and reports its requests.
 *
 * benchRankCli runs `rank big.csv -o ranking.xlsx` of the compiled CLI on 100,000 such sites as a
 * child process: wall time and peak memory (maxRSS) against the targets of issue 12 (30 s, 1 GB).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCli } from '../scripts/build-cli.mjs';
import { parseCsv } from '../src/core/ranking/csv';
import { rankRows } from '../src/core/ranking/rank-engine';
import { rankingJson } from '../src/core/ranking/ranking-json';
import { planRankingSheet } from '../src/core/ranking/ranking-sheet-plan';
import { findTable, tableRows } from '../src/core/ranking/ranking-table';
import type { SheetPlan } from '../src/core/sheet-plan/plan-types';
import { replaceAddinSheet } from '../src/excel/replace-sheet';
import { type HostCost, costOf, webHost } from './measure';

export const ROWS = 100_000;
const RUNS = 3;
const CATEGORIES = ['A类', 'B类', '设区市', '县（市、区）'];

/** A deterministic CSV of `rows` sites (32-bit linear congruential generator). */
export function rankingCsv(rows: number): string {
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8;
  const lines = Array.from({ length: rows }, (_, i) => {
    const thousandths = 30_000 + (next() % 80_001);
    const score = `${Math.floor(thousandths / 1000)}.${String(thousandths % 1000).padStart(3, '0')}`;
    return `${CATEGORIES[next() % 4]},网站${i + 1},http://site${i + 1}.gov.cn,${score},${i % 97 === 0 ? '是' : ''}`;
  });
  return ['类别,单位名称,网址,总分,否决', ...lines].join('\n');
}

function rankingOf(csv: string) {
  const found = findTable(parseCsv(csv));
  if ('problem' in found) throw new Error(found.problem.message);
  return tableRows(found, found.mapping);
}

function medianOf<T>(fn: () => T): { ms: number; value: T } {
  let value = fn();
  const times = Array.from({ length: RUNS }, () => {
    const start = performance.now();
    value = fn();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return { ms: times[Math.floor(RUNS / 2)], value };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

export function benchRanking(): string[] {
  const csv = rankingCsv(ROWS);
  const read = medianOf(() => rankingOf(csv));
  const ranked = medianOf(() => rankRows(read.value));
  const plan = medianOf(() => planRankingSheet(ranked.value));
  const json = medianOf(() => JSON.stringify(rankingJson(ranked.value)));
  const result = ranked.value;
  const ties = result.groups.reduce((total, group) => total + group.rows.filter((row) => row.tied).length, 0);
  return [
    `ranking: ${ROWS.toLocaleString('en-US')} sites in ${result.groups.length} categories, median of ${RUNS} runs`,
    `  read CSV (parse + headers + rows):  ${ms(read.ms)}`,
    `  rankRows (round, sort, rank, pass rates): ${ms(ranked.ms)}  — ${result.overall.passed} passed (${result.overall.passRate}%), ${ties} tied, ${result.problems.length} problems`,
    `  planRankingSheet (排名 sheet plan): ${ms(plan.ms)}  — ${plan.value.cells.length} rows`,
    `  rankingJson + JSON.stringify: ${ms(json.ms)}  — ${(json.value.length / 1024 / 1024).toFixed(1)} MiB`,
  ];
}

export interface RankingSheetCost {
  sites: number;
  plan: Pick<SheetPlan, 'name'> & { rows: number; merges: number };
  /** The sheet plan itself (for measuring its requests with Office.js). */
  planSheet: SheetPlan;
  cost: HostCost;
  /** Wall time of replaceAddinSheet, most of it the test host's own work (its formula engine). */
  ms: number;
}

/**
 * The 排名 sheet of `sites` generated sites written with replaceAddinSheet into the web-platform
 * host (a workbook holding only 汇总): syncs, requests and their sizes, wall time. A failure (a request
 * over 5 MB, or an exception before any request) is returned in `cost.error`, not thrown.
 */
export async function benchRankingSheet(sites: number): Promise<RankingSheetCost> {
  const plan = planRankingSheet(rankRows(rankingOf(rankingCsv(sites))));
  const fake = webHost([{ name: '汇总', values: [['汇总表']] }]);
  const start = performance.now();
  let cost: HostCost;
  try {
    const written = await replaceAddinSheet(plan);
    cost = costOf(fake);
    if (fake.sheet(written.name).name !== plan.name) cost.error = `written as ${written.name}`;
  } catch (error) {
    cost = costOf(fake, error);
  }
  return { sites, plan: { name: plan.name, rows: plan.cells.length, merges: plan.merges.length }, planSheet: plan, cost, ms: performance.now() - start };
}

/** Issue 12: `rank -o` of 100,000 sites within 30 s and 1 GB (GiB here: 1,024 MiB of resident memory). */
export const RANK_CLI_TARGET = { seconds: 30, mib: 1024 };
const RANK_CLI_RUNS = 3;

/**
 * Starts the compiled CLI as a user does, through a wrapper that reports the process's peak resident
 * memory (process.resourceUsage().maxRSS, KiB) on stderr as it exits: the same number /usr/bin/time -v
 * gives, without depending on it.
 */
const WRAPPER = `const cli = process.argv[2];
process.argv.splice(1, 2, cli);
process.on('exit', () => process.stderr.write('\\nmaxRSS=' + process.resourceUsage().maxRSS + '\\n'));
await import(process.env.RANK_CLI_URL);
`;

interface CliRun {
  seconds: number;
  mib: number;
}

function runRank(wrapper: string, cli: string, dir: string, run: number): CliRun {
  const args = [wrapper, cli, 'rank', join(dir, 'sites.csv'), '-o', join(dir, `ranking-${run}.xlsx`)];
  const started = performance.now();
  // stdout (the notice, megabytes) is not kept.
  const child = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, RANK_CLI_URL: pathToFileURL(cli).href }, maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  const rss = /maxRSS=(\d+)/.exec(child.stderr ?? '');
  if (child.status !== 0 || !rss) throw new Error(`rank -o exited ${child.status}: ${(child.stderr ?? '').slice(0, 2000)}`);
  return { seconds, mib: Number(rss[1]) / 1024 };
}

/** `rank sites.csv -o ranking.xlsx` of `rows` generated sites by the compiled CLI: median wall time, largest peak RSS. */
export async function benchRankCli(rows = ROWS): Promise<{ lines: string[]; ok: boolean }> {
  const dir = mkdtempSync(join(tmpdir(), 'gov-bench-rank-'));
  try {
    const cli = await buildCli(join(dir, 'cli', 'gov-eval.mjs'));
    symlinkSync(fileURLToPath(new URL('../indicators', import.meta.url)), join(dir, 'cli', 'indicators'));
    const wrapper = join(dir, 'measure-rss.mjs');
    writeFileSync(wrapper, WRAPPER);
    writeFileSync(join(dir, 'sites.csv'), rankingCsv(rows));
    const runs = Array.from({ length: RANK_CLI_RUNS }, (_, i) => runRank(wrapper, cli, dir, i));
    const seconds = runs.map((r) => r.seconds).sort((a, b) => a - b)[Math.floor(RANK_CLI_RUNS / 2)];
    const mib = Math.max(...runs.map((r) => r.mib));
    const timeOk = seconds < RANK_CLI_TARGET.seconds;
    const memoryOk = mib < RANK_CLI_TARGET.mib;
    return {
      ok: timeOk && memoryOk,
      lines: [
        `rank -o ranking.xlsx, ${rows.toLocaleString('en-US')} sites, compiled CLI as a child process (${RANK_CLI_RUNS} runs):`,
        `  wall time (median): ${seconds.toFixed(1)} s — target < ${RANK_CLI_TARGET.seconds} s: ${timeOk ? 'met' : 'MISSED'}`,
        `  peak memory (largest maxRSS): ${Math.round(mib).toLocaleString('en-US')} MiB — target < ${RANK_CLI_TARGET.mib.toLocaleString('en-US')} MiB (1 GB): ${memoryOk ? 'met' : 'MISSED'}`,
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
