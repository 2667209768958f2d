/**
 * `collect <files… | folder> [--reviewer FILE]… [--template FILE.json]… [--policy mean|median|reviewer]
 * [--tolerance 20] [--self-threshold 10] [--allow-incomplete] [--allow-mixed-versions]
 * [--json | -o 汇总.xlsx [--force]]`: an evaluation round's workbooks collected (src/core/collect).
 * A file that cannot be read is reported and skipped; problems go to stderr, exit 1 when one is an
 * error. -o is not written while the round is refused (mixed template versions, unfinished sheets).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { collectRound } from '../core/collect/collect-round';
import { collectJson } from '../core/collect/collect-json';
import { planCollectWorkbook } from '../core/collect/collect-plan';
import { COLLECT_POLICIES, DEFAULT_SELF_THRESHOLD, DEFAULT_TOLERANCE, type CollectFile, type CollectPolicy, type CollectProblem, type CollectResult } from '../core/collect/collect-types';
import { POLICY_NAMES } from '../core/collect/collect-messages';
import { formatNumber } from '../core/numbers';
import type { Template } from '../core/template-schema';
import { readCollectFile } from '../xlsx/read-collect-file';
import { workbookBytesBySize } from '../xlsx/stream-workbook';
import { MAX_XLSX_BYTES } from '../xlsx/read-table';
import type { ParsedArgs } from './args';
import type { CommandOutput } from './commands';
import { fileSystemReason, readInputBytes } from './input-file';
import { outputRefusal, writeOutputFile } from './output-file';
import { loadTemplateFile, loadTemplateFiles } from './template-files';
import { COLLECT_USAGE } from './usage';

const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm']);

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** The files named: a folder gives its .xlsx files (not its subfolders, not Excel's ~$ lock files). */
function expandInputs(paths: readonly string[]): Parsed<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if (existsSync(path) && statSync(path).isDirectory()) {
      const found = readdirSync(path)
        .filter((name) => WORKBOOK_EXTENSIONS.has(extname(name).toLowerCase()) && !name.startsWith('~$') && !name.startsWith('.'))
        .sort()
        .map((name) => join(path, name));
      if (found.length === 0) return { ok: false, message: `文件夹 “${path}” 中没有 .xlsx 文件。` };
      files.push(...found);
    } else files.push(path);
  }
  return { ok: true, value: files };
}

function numberOption(args: ParsedArgs, name: string, fallback: number, max: number): Parsed<number> {
  const text = args.options.get(name);
  if (text === undefined) return { ok: true, value: fallback };
  const value = Number(text.trim().replace(/%$/, ''));
  if (text.trim() === '' || !Number.isFinite(value) || value < 0 || value > max) return { ok: false, message: `选项 ${name} 的值 “${text}” 无效（应为 0 到 ${max} 之间的数）。` };
  return { ok: true, value };
}

/** The bundled templates and those given with --template (an earlier version of one, say). */
function templates(args: ParsedArgs): Parsed<Template[]> {
  const bundled = loadTemplateFiles().flatMap((file) => (file.result.ok ? [file.result.template] : []));
  const given: Template[] = [];
  for (const path of args.lists.get('--template') ?? []) {
    const loaded = loadTemplateFile(path);
    if (!loaded.result.ok) return { ok: false, message: `模板文件 “${path}” 无法读取：${loaded.result.issues.map((i) => i.message).join('；')}` };
    if (loaded.result.template.kind !== 'scoring') return { ok: false, message: `模板文件 “${path}” 不是评分指标模板。` };
    given.push(loaded.result.template);
  }
  return { ok: true, value: [...given, ...bundled] };
}

async function readFile(path: string, role: CollectFile['role']): Promise<CollectFile> {
  let bytes: Uint8Array;
  try {
    bytes = readInputBytes(path, '文件', MAX_XLSX_BYTES);
  } catch (error) {
    const reason = error instanceof Error ? error.message : fileSystemReason(error);
    return { name: path, sha256: '', readAt: new Date().toISOString(), role, sheets: [], unreadable: reason };
  }
  return readCollectFile(path, bytes, role);
}

const problemLine = (p: CollectProblem) => {
  const where = [p.file, p.sheet && `${p.sheet}${p.cell ? `!${p.cell}` : ''}`].filter(Boolean).join(' › ');
  return `${p.severity === 'error' ? '错误' : '警告'} [${p.code}] ${where ? `${where}：` : ''}${p.message}`;
};

export async function collectCommand(args: ParsedArgs): Promise<CommandOutput> {
  if (args.positional.length === 0) return { stdout: COLLECT_USAGE, exitCode: 2 };
  const reviewers = args.lists.get('--reviewer') ?? [];
  const policyText = args.options.get('--policy') ?? (reviewers.length > 0 ? 'reviewer' : 'mean');
  if (!COLLECT_POLICIES.includes(policyText as CollectPolicy)) return { stdout: `选项 --policy 只能是 ${COLLECT_POLICIES.join('、')}。\n${COLLECT_USAGE}`, exitCode: 2 };
  const policy = policyText as CollectPolicy;
  if (policy === 'reviewer' && reviewers.length === 0) return { stdout: `--policy reviewer 需要用 --reviewer 给出复核文件。\n${COLLECT_USAGE}`, exitCode: 2 };
  const tolerance = numberOption(args, '--tolerance', DEFAULT_TOLERANCE * 100, 100);
  const selfThreshold = numberOption(args, '--self-threshold', DEFAULT_SELF_THRESHOLD, 1000);
  for (const parsed of [tolerance, selfThreshold]) if (!parsed.ok) return { stdout: `${parsed.message}\n${COLLECT_USAGE}`, exitCode: 2 };
  const inputs = expandInputs(args.positional);
  const reviewerFiles = expandInputs(reviewers);
  if (!inputs.ok || !reviewerFiles.ok) return { stdout: inputs.ok ? (reviewerFiles as { message: string }).message : inputs.message, exitCode: 2 };
  const known = templates(args);
  if (!known.ok) return { stdout: known.message, exitCode: 2 };
  const output = args.options.get('-o') ?? args.options.get('--output');
  if (output && args.flags.has('--json')) return { stdout: `--json 与 -o 只能用一个。\n${COLLECT_USAGE}`, exitCode: 2 };
  const refusal = output ? outputRefusal(output, args.flags.has('--force'), [...inputs.value, ...reviewerFiles.value, ...(args.lists.get('--template') ?? [])]) : null;
  if (refusal) return refusal;
  const reviewerSet = new Set(reviewerFiles.value);
  const files: CollectFile[] = [];
  for (const path of inputs.value) if (!reviewerSet.has(path)) files.push(await readFile(path, 'evaluator'));
  for (const path of reviewerFiles.value) files.push(await readFile(path, 'reviewer'));
  const result = collectRound(files, {
    policy,
    tolerance: (tolerance as { value: number }).value / 100,
    selfThreshold: (selfThreshold as { value: number }).value,
    allowIncomplete: args.flags.has('--allow-incomplete'),
    allowMixedVersions: args.flags.has('--allow-mixed-versions'),
    templates: known.value,
  });
  const lines: string[] = [];
  if (output && result.refusals.length === 0) {
    const plan = planCollectWorkbook(result);
    writeOutputFile(output, await workbookBytesBySize(plan));
    lines.push(`已写入 ${output}：${plan.sheets.map((s) => s.name).join('、')}，${result.sites.length} 个网站（${POLICY_NAMES[policy]}），来源文件 ${result.sources.length} 个。`);
  } else if (output) lines.push(`未写入 ${output}：${result.refusals.join('\n')}`);
  const exitCode = result.refusals.length > 0 || result.problems.some((p) => p.severity === 'error') ? 1 : 0;
  const stderr = result.problems.map(problemLine).join('\n') || undefined;
  if (args.flags.has('--json')) return { stdout: JSON.stringify(collectJson(result), null, 2), stderr, exitCode };
  if (!output) lines.push(...textReport(result));
  return { stdout: lines.join('\n'), stderr, exitCode };
}

const show = (value: number) => formatNumber(Math.round(value * 100) / 100);

function textReport(result: CollectResult): string[] {
  const lines = result.sites.map((site) => {
    const who = site.evaluators.map((e) => `${e.evaluator || '（未填写）'}${e.role === 'reviewer' ? '（复核）' : ''} ${show(e.total)}`).join('、');
    return `${site.name}  总分 ${show(site.total)}（基础分 ${show(site.base)}，加分 ${show(site.bonus)}，扣分 ${show(site.deduction)}）${site.complete ? '' : '  未完成'}  ${who}`;
  });
  const flagged = result.selfAssessment.filter((c) => c.flagged).length;
  lines.push(`共 ${result.sites.length} 个网站（${POLICY_NAMES[result.policy]}），${result.disagreements.length} 处评分差异超过容差，${result.selfAssessment.length} 份自评（${flagged} 份高于核查得分 ${formatNumber(result.options.selfThreshold)} 分以上）。`);
  if (result.refusals.length > 0) lines.push(...result.refusals);
  return lines;
}
