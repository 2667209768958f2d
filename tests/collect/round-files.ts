/**
 * A small evaluation round for the pane's specs (jsdom and Chromium): workbooks written by the CLI
 * and filled in with round-support — 张三 scores 甲县 and 乙县, 李四 scores 乙县 too with 基础信息 6.3
 * apart (over 20% of its weight 9), 甲县 assesses itself (higher than 张三's score by more than 10),
 * and a text file named .xlsx. Returns the files' paths, what was entered and the expected totals.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/cli/run';
import { loadTemplateFiles } from '../../src/cli/template-files';
import type { Cell } from '../../src/core/rules/cells';
import type { ScoringTemplate } from '../../src/core/template-schema';
import { expectedScores, fillWorkbook, madeUpInputs } from './round-support';

export const county = loadTemplateFiles()
  .flatMap(({ result }) => (result.ok ? [result.template] : []))
  .find((t) => t.id === 'gx-2023-county') as ScoringTemplate;

export interface RoundFiles {
  dir: string;
  files: { a: string; b: string; self: string; bad: string };
  entered: { a甲: Map<string, Cell[]>; a乙: Map<string, Cell[]>; b乙: Map<string, Cell[]>; self甲: Map<string, Cell[]> };
  /** Expected totals: 甲县 (张三), 乙县 (mean of 张三 and 李四), 乙县 by 李四 alone, 甲县's self-assessment. */
  totals: { 甲: number; 乙: number; 乙b: number; self: number };
}

/** `workbook gx-2023-county --sites …` into `dir`; extra arguments such as --self-assessment. */
export async function cliWorkbook(dir: string, file: string, sites: string[], extra: string[] = []): Promise<Uint8Array> {
  writeFileSync(join(dir, `${file}.txt`), sites.join('\n'));
  const out = await run(['workbook', 'gx-2023-county', '--sites', join(dir, `${file}.txt`), ...extra, '-o', join(dir, `${file}.raw.xlsx`), '--force']);
  if (out.exitCode !== 0) throw new Error(out.stdout);
  return new Uint8Array(readFileSync(join(dir, `${file}.raw.xlsx`)));
}

export async function collectRoundFiles(dir: string): Promise<RoundFiles> {
  mkdirSync(dir, { recursive: true });
  const a甲 = madeUpInputs(county, 0.6, 0);
  const a乙 = madeUpInputs(county, 0.8, 1);
  const b乙 = new Map<string, Cell[]>(a乙);
  a乙.set('basic-info', [8.1]);
  b乙.set('basic-info', [1.8]);
  const self甲 = madeUpInputs(county, 1, 0);
  const files = { a: join(dir, '张三.xlsx'), b: join(dir, '李四.xlsx'), self: join(dir, '甲县自评.xlsx'), bad: join(dir, '不是工作簿.xlsx') };
  const [a, b, self] = await Promise.all([cliWorkbook(dir, 'a', ['甲县', '乙县']), cliWorkbook(dir, 'b', ['乙县']), cliWorkbook(dir, 'self', ['甲县'], ['--self-assessment'])]);
  writeFileSync(files.a, await fillWorkbook(a, [{ sheet: '甲县', inputs: a甲, evaluator: '张三', done: true }, { sheet: '乙县', inputs: a乙, evaluator: '张三', done: true }]));
  writeFileSync(files.b, await fillWorkbook(b, [{ sheet: '乙县', inputs: b乙, evaluator: '李四', done: true }]));
  writeFileSync(files.self, await fillWorkbook(self, [{ sheet: '甲县', inputs: self甲, done: true }]));
  writeFileSync(files.bad, '单位名称,总分\n甲县,90\n');
  const score = (entered: Map<string, Cell[]>) => expectedScores(county, entered).total;
  return { dir, files, entered: { a甲, a乙, b乙, self甲 }, totals: { 甲: score(a甲), 乙: (score(a乙) + score(b乙)) / 2, 乙b: score(b乙), self: score(self甲) } };
}
