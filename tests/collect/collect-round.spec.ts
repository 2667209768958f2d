/**
 * Issue 15, done when: workbooks written by the CLI, filled in as evaluators would (different
 * evaluators, one site scored twice with a disagreement, a self-assessment, a score typed over its
 * formula, a file from an older template version, a file that is not a workbook, one workbook saved
 * through LibreOffice), collected; totals checked against scoreSheet on the values the test entered
 * (and against LibreOffice's own totals for the file it saved), 复核, 自评对比 and problems checked,
 * and the output ranked by `rank`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import type { ScoringTemplate } from '../../src/core/template-schema';
import type { Cell } from '../../src/core/rules/cells';
import { templateVersion } from '../../src/core/sheet-plan/template-version';
import { parseTemplateJson } from '../../src/core/template-loader';
import { readXlsxSheets } from '../../src/xlsx/read-table';
import { expectedScores, fillWorkbook, leafRows, madeUpInputs, rowOfKey, saveThroughLibreOffice } from './round-support';

const countyText = readFileSync(join(__dirname, '../../indicators/gx-2023-county.json'), 'utf8');
/** The template as the CLI loads it (the loader's defaults included: its version is the marker's). */
function loaded(text: string): ScoringTemplate {
  const result = parseTemplateJson(text);
  if (!result.ok || result.template.kind !== 'scoring') throw new Error('template');
  return result.template;
}
const county = loaded(countyText);

/**
 * The file's JSON with 日常监管 2 → 3 and 网站协同 2 → 1: another version, still adding up, and one
 * where the weight changes a score (日常监管 scores weight × (N − M) / N).
 */
function olderCountyText(): string {
  const copy = JSON.parse(countyText) as ScoringTemplate;
  const edit = (nodes: ScoringTemplate['indicators']) => {
    for (const node of nodes) {
      if (node.id === 'newmedia-supervision') node.weight = 3;
      if (node.id === 'site-coordination') node.weight = 1;
      edit(node.children ?? []);
    }
  };
  edit(copy.indicators);
  return JSON.stringify(copy);
}

const dir = mkdtempSync(join(tmpdir(), 'collect-'));
const path = (name: string) => join(dir, name);
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const old = loaded(olderCountyText());

async function cli(args: string[]) {
  const out = await run(args);
  if (out.exitCode !== 0) throw new Error(`${args.join(' ')}: ${out.stdout} ${out.stderr ?? ''}`);
}

async function workbook(file: string, sites: string[], extra: string[] = []) {
  writeFileSync(path(`${file}.txt`), sites.join('\n'));
  await cli(['workbook', extra.includes('old') ? path('old-county.json') : 'gx-2023-county', '--sites', path(`${file}.txt`), ...extra.filter((e) => e !== 'old'), '-o', path(`${file}.raw.xlsx`)]);
  return new Uint8Array(readFileSync(path(`${file}.raw.xlsx`)));
}

const set = (inputs: Map<string, Cell[]>, id: string, value: number) => inputs.set(id, [value]);

// What each evaluator enters.
const a甲 = madeUpInputs(county, 0.6, 0);
const a乙 = madeUpInputs(county, 0.8, 1);
const b乙 = new Map(a乙);
set(a乙, 'basic-info', 8.1);
set(b乙, 'basic-info', 1.8); // 6.3 apart: over 20% of 9
set(a乙, 'key-info', 6);
set(b乙, 'key-info', 7.2); // 1.2 apart: within 20% of 12
const a丙 = madeUpInputs(county, 0.7, 2);
a丙.set('smart-qa', [null]); // left blank: 丙县 is not finished
const self甲 = madeUpInputs(county, 1, 0);
const c丁 = madeUpInputs(county, 0.75, 3);
set(c丁, 'policy-interpretation', 3);
const d戊 = madeUpInputs(old, 0.85, 4);

const files = { a: path('张三.xlsx'), b: path('李四.xlsx'), self: path('甲县自评.xlsx'), c: path('王五.xlsx'), d: path('赵六-旧版.xlsx'), bad: path('不是工作簿.xlsx') };
let typedOverCell = '';

beforeAll(async () => {
  writeFileSync(path('old-county.json'), olderCountyText());
  const a = await fillWorkbook(await workbook('a', ['甲县', '乙县', '丙县'], ['--portable']), [
    { sheet: '甲县', inputs: a甲, evaluator: '张三', done: true },
    { sheet: '乙县', inputs: a乙, evaluator: '张三', done: true },
    { sheet: '丙县', inputs: a丙, evaluator: '张三' },
  ]);
  writeFileSync(files.a, await saveThroughLibreOffice(a));
  writeFileSync(files.b, await fillWorkbook(await workbook('b', ['乙县']), [{ sheet: '乙县', inputs: b乙, evaluator: '李四', done: true }]));
  writeFileSync(files.self, await fillWorkbook(await workbook('self', ['甲县'], ['--self-assessment']), [{ sheet: '甲县', inputs: self甲, done: true }]));
  const c = await workbook('c', ['丁县']);
  typedOverCell = `I${await rowOfKey(c, '丁县', 'input:policy-interpretation:0')}`;
  writeFileSync(files.c, await fillWorkbook(c, [{ sheet: '丁县', inputs: c丁, evaluator: '王五', done: true, overrides: [{ cell: typedOverCell, value: 6 }] }]));
  writeFileSync(files.d, await fillWorkbook(await workbook('d', ['戊县'], ['old']), [{ sheet: '戊县', inputs: d戊, evaluator: '赵六', done: true }]));
  writeFileSync(files.bad, '单位名称,总分\n甲县,90\n');
}, 240_000);

const allFiles = () => [files.a, files.b, files.self, files.c, files.d, files.bad];

describe('collect: a round of evaluators\' workbooks', () => {
  it('recomputes every site from the values entered, reconciles, compares the self-assessment and lists the problems', async () => {
    const out = await run(['collect', ...allFiles(), '--template', path('old-county.json'), '--allow-mixed-versions', '--allow-incomplete', '--json']);
    const report = JSON.parse(out.stdout);
    expect(Object.keys(report).slice(0, 6)).toEqual(['policy', 'sites', 'disagreements', 'selfAssessment', 'problems', 'sources']);
    expect(report.policy).toBe('mean');
    expect(Object.keys(report.sites[0]).slice(0, 8)).toEqual(['name', 'category', 'base', 'bonus', 'deduction', 'total', 'complete', 'evaluators']);
    expect(Object.keys(report.sites[0].evaluators[0]).slice(0, 3)).toEqual(['evaluator', 'file', 'total']);

    const e = {
      甲: expectedScores(county, a甲), 乙a: expectedScores(county, a乙), 乙b: expectedScores(county, b乙),
      丙: expectedScores(county, a丙), 丁: expectedScores(county, c丁), 戊: expectedScores(old, d戊), self: expectedScores(county, self甲),
    };
    const sites = new Map<string, { total: number; base: number; bonus: number; deduction: number; complete: boolean; evaluators: { evaluator: string; total: number }[] }>(report.sites.map((s: { name: string }) => [s.name, s]));
    expect([...sites.keys()]).toEqual(['甲县', '乙县', '丙县', '丁县', '戊县']);
    expect(sites.get('甲县')?.total).toBeCloseTo(e.甲.total, 6);
    expect(sites.get('乙县')?.total).toBeCloseTo((e.乙a.total + e.乙b.total) / 2, 6);
    expect(sites.get('乙县')?.base).toBeCloseTo((e.乙a.base + e.乙b.base) / 2, 6);
    expect(sites.get('乙县')?.evaluators.map((x) => [x.evaluator, Math.round(x.total * 1e6) / 1e6])).toEqual([['张三', Math.round(e.乙a.total * 1e6) / 1e6], ['李四', Math.round(e.乙b.total * 1e6) / 1e6]]);
    expect(sites.get('丙县')?.total).toBeCloseTo(e.丙.total, 6);
    expect(sites.get('丙县')?.complete).toBe(false);
    expect(sites.get('甲县')?.complete).toBe(true);
    // The typed-over score (6) is not used: the recomputed one (3 entered) is.
    expect(sites.get('丁县')?.total).toBeCloseTo(e.丁.total, 6);
    expect(e.丁.leaves.get('policy-interpretation')).toBe(3);
    // The older file is scored with its own template (日常监管 weighs 3 there).
    expect(sites.get('戊县')?.total).toBeCloseTo(e.戊.total, 6);
    expect(e.戊.leaves.get('newmedia-supervision')).toBeCloseTo(2.4, 9);
    expect(sites.get('戊县')?.deduction).toBeCloseTo(e.戊.deduction, 6);

    expect(report.disagreements).toHaveLength(1);
    expect(report.disagreements[0]).toMatchObject({ site: '乙县', path: '发布解读 › 主动公开 › 基础信息', weight: 9, difference: 6.3 });
    expect(report.disagreements[0].scores.map((s: { evaluator: string; score: number; file: string }) => [s.evaluator, s.score, s.file])).toEqual([['张三', 8.1, files.a], ['李四', 1.8, files.b]]);

    expect(report.selfAssessment).toHaveLength(1);
    const self = report.selfAssessment[0];
    expect(self.site).toBe('甲县');
    expect(self.self).toBeCloseTo(e.self.total, 6);
    expect(self.reviewed).toBeCloseTo(e.甲.total, 6);
    expect(self.difference).toBeCloseTo(e.self.total - e.甲.total, 6);
    expect(self.flagged).toBe(e.self.total - e.甲.total > 10);
    expect(self.flagged).toBe(true);

    const problems = report.problems.map((p: { severity: string; code: string; file: string | null; cell: string | null }) => `${p.severity} ${p.code} ${p.file ?? ''} ${p.cell ?? ''}`.trim());
    expect(problems).toContain(`error unreadable ${files.bad}`);
    expect(problems.filter((p: string) => p.includes('formula-overwritten'))).toEqual([`warning formula-overwritten ${files.c} ${typedOverCell}`]);
    expect(problems.filter((p: string) => p.startsWith('warning mixed-versions'))).toHaveLength(1);
    expect(report.problems.find((p: { code: string }) => p.code === 'mixed-versions').message).toContain(files.d);
    expect(problems.filter((p: string) => p.includes('incomplete'))).toEqual(['warning incomplete']);
    expect(report.problems.find((p: { code: string }) => p.code === 'incomplete').message).toContain('智能问答');
    // LibreOffice computed the saved file's scores: every one equals the recomputed one.
    expect(problems.filter((p: string) => p.includes('score-differs'))).toEqual([]);
    expect(problems.filter((p: string) => p.startsWith('error')).length).toBe(1);
    expect(out.exitCode).toBe(1);

    expect(report.sources.map((s: { file: string; sha256: string }) => [s.file, s.sha256])).toEqual(allFiles().map((f) => [f, sha(f)]));
    const d = report.sources.find((s: { file: string }) => s.file === files.d);
    expect([d.templateId, d.templateVersion, d.sheets]).toEqual(['gx-2023-county', templateVersion(old), ['戊县']]);
    expect(report.sources.find((s: { file: string }) => s.file === files.a).sheets).toEqual(['甲县', '乙县', '丙县']);
  });

  it('the saved LibreOffice totals agree with the collected ones', async () => {
    const sheets = await readXlsxSheets(new Uint8Array(readFileSync(files.a)));
    const totalRow = (await rowOfKey(new Uint8Array(readFileSync(files.a)), '甲县', 'total:total')) - 1;
    const cached = sheets.find((s) => s.name === '甲县')?.rows[totalRow]?.[8];
    expect(cached).toBeCloseTo(expectedScores(county, a甲).total, 6);
  });

  it('refuses to mix template versions unless told to, naming the files, and writes nothing', async () => {
    const output = path('refused.xlsx');
    const out = await run(['collect', files.a, files.b, files.d, '--allow-incomplete', '-o', output]);
    expect(out.exitCode).toBe(1);
    expect(existsSync(output)).toBe(false);
    expect(out.stdout).toContain('未写入');
    expect(out.stderr).toContain('[unknown-version]');
    expect(out.stderr).toMatch(new RegExp(`\\[mixed-versions\\].*${files.d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    // Told to: recomputed with the bundled template, a warning.
    const allowed = JSON.parse((await run(['collect', files.d, files.a, '--allow-mixed-versions', '--allow-incomplete', '--json'])).stdout);
    const d = allowed.sites.find((s: { name: string }) => s.name === '戊县');
    expect(d.total).toBeCloseTo(expectedScores(county, d戊).total, 6);
    expect(allowed.problems.filter((p: { code: string }) => p.code === 'unknown-version').map((p: { severity: string }) => p.severity)).toEqual(['warning']);
  });

  it('cannot close the round on an unfinished sheet without --allow-incomplete', async () => {
    const output = path('unfinished.xlsx');
    const out = await run(['collect', files.a, '-o', output]);
    expect(out.exitCode).toBe(1);
    expect(existsSync(output)).toBe(false);
    expect(out.stderr).toMatch(/错误 \[incomplete\].*丙县.*智能问答/);
  });

  it('with --reviewer the reviewer\'s file wins', async () => {
    const out = JSON.parse((await run(['collect', files.a, '--reviewer', files.b, '--allow-incomplete', '--json'])).stdout);
    expect(out.policy).toBe('reviewer');
    expect(out.sites.find((s: { name: string }) => s.name === '乙县').total).toBeCloseTo(expectedScores(county, b乙).total, 6);
    expect(out.sources.find((s: { file: string }) => s.file === files.b).role).toBe('reviewer');
  });

  it('writes 汇总, 复核, 自评对比 and 来源, and the output ranks with rank', async () => {
    const output = path('汇总.xlsx');
    const out = await run(['collect', ...allFiles(), '--template', path('old-county.json'), '--allow-mixed-versions', '--allow-incomplete', '-o', output]);
    expect(out.stdout).toContain('已写入');
    const sheets = await readXlsxSheets(new Uint8Array(readFileSync(output)));
    expect(sheets.map((s) => s.name)).toEqual(['汇总', '复核', '自评对比', '来源']);
    const summary = sheets[0].rows;
    expect(String(summary[1][0])).toContain('汇总方式：平均值（mean）');
    expect(summary[2].slice(0, 8)).toEqual(['序号', '类别', '单位名称', '总分', '基础分', '加分', '扣分', '是否完成']);

    const review = sheets[1].rows.slice(3).map((r) => [r[0], r[1], r[4], r[7]]);
    expect(review).toEqual([['乙县', '发布解读 › 主动公开 › 基础信息', '张三', 8.1], ['乙县', '发布解读 › 主动公开 › 基础信息', '李四', 1.8]]);

    const selfRows = sheets[2].rows.slice(3);
    expect(selfRows).toHaveLength(1 + leafRows(county).length);
    expect(selfRows[0].slice(0, 2)).toEqual(['甲县', '总分']);
    expect(selfRows[0][3] as number).toBeCloseTo(expectedScores(county, self甲).total, 6);
    const basic = selfRows.find((r) => r[1] === '发布解读 › 主动公开 › 基础信息') ?? [];
    expect(basic.slice(3, 6)).toEqual([self甲.get('basic-info')?.[0], a甲.get('basic-info')?.[0], Math.round(((self甲.get('basic-info')?.[0] as number) - (a甲.get('basic-info')?.[0] as number)) * 1e6) / 1e6]);

    const sources = sheets[3].rows.slice(3);
    expect(sources.map((r) => r[0])).toEqual([files.a, files.a, files.a, files.b, files.self, files.c, files.d, files.bad]);
    expect(sources[4].slice(1, 8)).toEqual([sha(files.self), '甲县', '甲县', 'gx-2023-county', templateVersion(county), '甲县', '自评']);

    const ranked = await run(['rank', output, '--json']);
    const rows = JSON.parse(ranked.stdout).groups.flatMap((g: { rows: { name: string; score: number }[] }) => g.rows.map((r) => [r.name, r.score]));
    const round2 = (n: number) => Math.round(n * 100) / 100;
    const expected: [string, number][] = [
      ['甲县', expectedScores(county, a甲).total], ['乙县', (expectedScores(county, a乙).total + expectedScores(county, b乙).total) / 2], ['丙县', expectedScores(county, a丙).total],
      ['丁县', expectedScores(county, c丁).total], ['戊县', expectedScores(old, d戊).total],
    ];
    expect(rows.sort()).toEqual(expected.map(([n, s]) => [n, round2(s)]).sort());
  });
});
