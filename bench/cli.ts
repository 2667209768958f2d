/**
 * The command line started as a user starts it: the compiled CLI (plain `node`, scripts/build-cli.mjs)
 * against the sources run through tsx (how `npm run cli` ran before it was compiled), side by side in
 * one run. Wall time of whole processes, median of several runs: `templates` (cold start) and
 * `workbook gx-2023-county` for 112 county sites (the workbook an evaluation office writes).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../scripts/build-cli.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const COLD_START_TARGET_S = 0.3;
const WORKBOOK_TARGET_S = 2;

function wall(command: string, args: string[], cwd: string): number {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stdout}${result.stderr}`);
  return seconds;
}

function median(runs: number, measure: () => number): number {
  const values = Array.from({ length: runs }, measure).sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)];
}

export async function cliLines(): Promise<{ lines: string[]; ok: boolean }> {
  const work = mkdtempSync(join(tmpdir(), 'gov-bench-cli-'));
  try {
    const dir = join(work, 'cli');
    const compiled = await buildCli(join(dir, 'gov-eval.mjs'));
    symlinkSync(join(root, 'indicators'), join(dir, 'indicators'));
    const tsx = join(root, 'node_modules/.bin/tsx');
    const source = join(root, 'src/cli/main.ts');
    writeFileSync(join(work, 'sites.txt'), Array.from({ length: 112 }, (_, i) => `第${i + 1}县人民政府门户网站`).join('\n'));
    const workbook = ['workbook', 'gx-2023-county', '--sites', 'sites.txt', '-o', 'out.xlsx', '--force'];
    const startCompiled = median(9, () => wall(process.execPath, [compiled, 'templates'], work));
    const startTsx = median(5, () => wall(tsx, [source, 'templates'], work));
    const bookCompiled = median(5, () => wall(process.execPath, [compiled, ...workbook], work));
    const bookTsx = median(3, () => wall(tsx, [source, ...workbook], work));
    const s = (value: number) => `${value.toFixed(2)} s`;
    const coldOk = startCompiled <= COLD_START_TARGET_S;
    const bookOk = bookCompiled <= WORKBOOK_TARGET_S;
    return {
      ok: coldOk && bookOk,
      lines: [
        'Command line, whole processes (wall time, median): compiled (plain node) against the sources through tsx, same run',
        '',
        '| command | compiled | tsx | target (compiled) |',
        '|---|---:|---:|---|',
        `| \`templates\` (cold start) | ${s(startCompiled)} | ${s(startTsx)} | ≤ ${COLD_START_TARGET_S} s — ${coldOk ? 'met' : 'MISSED'} |`,
        `| \`workbook gx-2023-county\`, 112 sites (113 sheets) | ${s(bookCompiled)} | ${s(bookTsx)} | ≤ ${WORKBOOK_TARGET_S} s — ${bookOk ? 'met' : 'MISSED'} |`,
      ],
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
