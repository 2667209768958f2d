/**
 * The compiled command line (scripts/build-cli.mjs): run by plain `node`, no tsx, the same output and
 * exit codes as the sources; `npm run cli` (scripts/cli.mjs) compiles it when a source is newer.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli.mjs';
import { run } from '../../src/cli/run';

const root = join(__dirname, '../..');
let cli: string;

const node = (args: string[], cwd = tmpdir()) => spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });

describe('compiled CLI', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    // Laid out as in a release: cli/gov-eval.mjs, cli/lib/, cli/indicators/ (a link to the project's).
    const dir = join(mkdtempSync(join(tmpdir(), 'gov-cli-build-')), 'cli');
    cli = await buildCli(join(dir, 'gov-eval.mjs'));
    symlinkSync(join(root, 'indicators'), join(dir, 'indicators'));
  });

  it('is one entry file plus the ExcelJS commands in lib/, with no tsx or node_modules import', () => {
    const dir = join(cli, '..');
    expect(readdirSync(dir).sort()).toEqual(['gov-eval.mjs', 'indicators', 'lib']);
    expect(readdirSync(join(dir, 'lib')).some((name) => name.startsWith('workbook-command-'))).toBe(true);
  });

  it('prints what the sources print, with the same exit codes', async () => {
    for (const argv of [['templates'], ['check', 'xianning-2023-department'], ['check', 'gx-2023-city', '--json'], ['nonsense']]) {
      const compiled = node([cli, ...argv]);
      const source = await run(argv);
      expect(compiled.stdout, argv.join(' ')).toBe(`${source.stdout}\n`);
      expect(compiled.status, argv.join(' ')).toBe(source.exitCode);
    }
  });

  it('writes and ranks .xlsx (the split-off chunk loads)', () => {
    const work = mkdtempSync(join(tmpdir(), 'gov-cli-run-'));
    const written = node([cli, 'workbook', 'gx-2023-city', '-o', '评分表.xlsx'], work);
    expect(written.status, written.stdout + written.stderr).toBe(0);
    expect(existsSync(join(work, '评分表.xlsx'))).toBe(true);
    const ranked = node([cli, 'rank', join(root, 'tests/fixtures/ranking/valid.english.csv'), '-o', '排名.xlsx'], work);
    expect(ranked.status, ranked.stdout + ranked.stderr).toBe(0);
    expect(ranked.stdout).toContain('已写入 排名.xlsx');
  });

  it('collects a workbook (its XML reader bundled) as the sources do', async () => {
    const work = mkdtempSync(join(tmpdir(), 'gov-cli-collect-'));
    writeFileSync(join(work, 'sites.txt'), '甲县\n');
    expect(node([cli, 'workbook', 'gx-2023-county', '--sites', 'sites.txt', '-o', '评分表.xlsx'], work).status).toBe(0);
    const compiled = node([cli, 'collect', '评分表.xlsx', '--allow-incomplete', '--json'], work);
    expect(compiled.status, compiled.stderr).toBe(0);
    const report = JSON.parse(compiled.stdout);
    expect(report.sources[0].sheets).toEqual(['甲县']);
    expect(report.problems.map((p: { code: string }) => p.code)).toEqual(['evaluator-missing', 'incomplete']);
    const source = await run(['collect', join(work, '评分表.xlsx'), '--allow-incomplete', '--json']);
    expect(JSON.parse(source.stdout).sites).toEqual(report.sites.map((s: { evaluators: { file: string }[] }) => ({ ...s, evaluators: s.evaluators.map((e) => ({ ...e, file: join(work, '评分表.xlsx') })), incomplete: (s as unknown as { incomplete: { file: string }[] }).incomplete.map((i) => ({ ...i, file: join(work, '评分表.xlsx') })) })));
  });

  it('runs through npm run cli (scripts/cli.mjs) from the compiled file', () => {
    const result = node([join(root, 'scripts/cli.mjs'), 'templates']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('gx-2023-county');
    expect(existsSync(join(root, 'build/cli/gov-eval.mjs'))).toBe(true);
  });
});
