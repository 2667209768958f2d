/**
 * `collect` by the compiled CLI as a child process (issue 15's targets): 200 workbooks of one
 * gx-2023-county site each (a folder, as the office receives them) ≤ 10 s, and one workbook of 112
 * sites ≤ 3 s; wall time of whole processes, median of 3 runs, -o 汇总.xlsx written. The workbooks
 * are written by the same plan and writer as `gov-eval workbook`, every input filled, status 已完成.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../scripts/build-cli.mjs';
import { parseTemplateJson } from '../src/core/template-loader';
import type { ScoringTemplate } from '../src/core/template-schema';
import type { SheetPlan, WorkbookPlan } from '../src/core/sheet-plan/plan-types';
import { planScoringWorkbook } from '../src/core/sheet-plan/workbook-plan';
import { workbookBytesBySize } from '../src/xlsx/stream-workbook';
import { madeUpInputs } from '../tests/collect/round-support';

const root = fileURLToPath(new URL('..', import.meta.url));
const FOLDER_TARGET_S = 10;
const BIG_TARGET_S = 3;

/** 录入 values, evaluator and status written into a site sheet's plan (the cells are the sheet's own). */
function fill(sheet: SheetPlan, template: ScoringTemplate, level: number, evaluator: string): void {
  const inputs = madeUpInputs(template, level, sheet.name.length);
  sheet.cells.forEach((row, r) => {
    const key = row[10]?.value;
    const match = typeof key === 'string' ? /^input:(.+):(\d+)$/.exec(key) : null;
    const value = match ? inputs.get(match[1])?.[Number(match[2])] : undefined;
    if (value !== null && value !== undefined) sheet.cells[r] = row.map((cell, c) => (c === 7 ? { value: value as string | number } : cell));
  });
  sheet.cells[1] = sheet.cells[1].map((cell, c) => (c === 4 ? { value: evaluator } : c === 9 ? { value: '已完成' } : cell));
}

function filledWorkbook(template: ScoringTemplate, sites: string[]): WorkbookPlan {
  const plan = planScoringWorkbook(template, { sites, mode: 'gov' });
  plan.sheets.filter((s) => s.kind === 'scoring').forEach((sheet, i) => fill(sheet, template, 0.5 + (i % 5) / 10, `评估人员${(i % 7) + 1}`));
  return plan;
}

function wall(args: string[], cwd: string): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`collect exited ${result.status}: ${result.stdout}${result.stderr}`);
  return seconds;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function collectLines(): Promise<{ lines: string[]; ok: boolean }> {
  const work = mkdtempSync(join(tmpdir(), 'gov-bench-collect-'));
  try {
    const dir = join(work, 'cli');
    const compiled = await buildCli(join(dir, 'gov-eval.mjs'));
    symlinkSync(join(root, 'indicators'), join(dir, 'indicators'));
    const loaded = parseTemplateJson(readFileSync(join(root, 'indicators/gx-2023-county.json'), 'utf8'));
    if (!loaded.ok || loaded.template.kind !== 'scoring') throw new Error('gx-2023-county');
    const template = loaded.template;
    mkdirSync(join(work, 'round'));
    for (let i = 0; i < 200; i++) writeFileSync(join(work, 'round', `评分${String(i + 1).padStart(3, '0')}.xlsx`), await workbookBytesBySize(filledWorkbook(template, [`第${i + 1}县人民政府门户网站`])));
    const big = await workbookBytesBySize(filledWorkbook(template, Array.from({ length: 112 }, (_, i) => `第${i + 1}县人民政府门户网站`)));
    writeFileSync(join(work, 'big.xlsx'), big);
    const folder = median([0, 1, 2].map(() => wall([compiled, 'collect', 'round', '-o', 'out1.xlsx', '--force'], work)));
    const one = median([0, 1, 2].map(() => wall([compiled, 'collect', 'big.xlsx', '-o', 'out2.xlsx', '--force'], work)));
    const folderOk = folder <= FOLDER_TARGET_S;
    const bigOk = one <= BIG_TARGET_S;
    return {
      ok: folderOk && bigOk,
      lines: [
        'collect by the compiled CLI, whole processes (wall time, median of 3), -o 汇总.xlsx',
        '',
        '| input | time | target |',
        '|---|---:|---|',
        `| 200 workbooks of 1 site (gx-2023-county, a folder) | ${folder.toFixed(2)} s | ≤ ${FOLDER_TARGET_S} s — ${folderOk ? 'met' : 'MISSED'} |`,
        `| 1 workbook of 112 sites (${(big.length / 1024 / 1024).toFixed(2)} MB) | ${one.toFixed(2)} s | ≤ ${BIG_TARGET_S} s — ${bigOk ? 'met' : 'MISSED'} |`,
      ],
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  collectLines().then(({ lines }) => console.log(lines.join('\n')));
}
