/**
 * `rank <file.csv | file.xlsx> [--sheet NAME] [--previous FILE] [--tie competition|dense|bands]
 * [--decimals 2] [--pass 60] [--full-score 110] [--json | -o ranking.xlsx [--force]]`.
 * Problems (bad rows, left out of the ranking) go to stderr; the exit code is 1 when there were any.
 */
import type { Issue } from '../core/issues';
import { formatFixed } from '../core/ranking/decimal-round';
import { noticeText } from '../core/ranking/notice-text';
import { rankRows } from '../core/ranking/rank-engine';
import { type RankingJson, rankingJson, rowsFromRankingJson } from '../core/ranking/ranking-json';
import { planRankingSheet } from '../core/ranking/ranking-sheet-plan';
import { tableRows } from '../core/ranking/ranking-table';
import { DEFAULT_RANKING_OPTIONS, TIE_POLICIES, type RankingInputRow, type RankingOptions, type RankingResult, type TiePolicy } from '../core/ranking/ranking-types';
import { STREAM_CELL_THRESHOLD, planCellCount, workbookBytesBySize } from '../xlsx/stream-workbook';
import { workbookBytes } from '../xlsx/write-workbook';
import { rankingSheetImages } from './ranking-images';
import type { ParsedArgs } from './args';
import type { CommandOutput } from './commands';
import { RANK_USAGE } from './usage';
import { readTableFile } from './table-file';
import { outputRefusal, writeOutputFile } from './output-file';
import { readInputText } from './input-file';

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

function numberOption(args: ParsedArgs, name: string, fallback: number, integer: boolean): Parsed<number> {
  const text = args.options.get(name);
  if (text === undefined) return { ok: true, value: fallback };
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || (integer && (!Number.isInteger(value) || value < 0 || value > 10))) {
    return { ok: false, message: `选项 ${name} 的值 “${text}” 无效${integer ? '（应为 0–10 的整数）' : '（应为数字）'}。` };
  }
  return { ok: true, value };
}

function rankingOptions(args: ParsedArgs): Parsed<RankingOptions> {
  const tie = args.options.get('--tie') ?? 'competition';
  if (!TIE_POLICIES.includes(tie as TiePolicy)) return { ok: false, message: `选项 --tie 只能是 ${TIE_POLICIES.join('、')}。` };
  const decimals = numberOption(args, '--decimals', DEFAULT_RANKING_OPTIONS.decimals, true);
  if (!decimals.ok) return decimals;
  const passLine = numberOption(args, '--pass', DEFAULT_RANKING_OPTIONS.passLine, false);
  if (!passLine.ok) return passLine;
  return { ok: true, value: { ...DEFAULT_RANKING_OPTIONS, tie: tie as TiePolicy, decimals: decimals.value, passLine: passLine.value } };
}

/** A ranking made from the command's arguments, as `rank` makes it; `notice` ranks the same way. */
export interface RankedFromArgs {
  result: RankingResult;
  problems: Issue[];
  region: string;
  fullScore: number;
}

/**
 * Validates the ranking options (--tie, --decimals, --pass, --full-score, --region), reads the table
 * (and --previous) and ranks it; a refusal is the command's output. `outputs`: files the command will
 * write, refused before anything is read when they exist or name an input.
 */
type ReadRows = { ok: true; rows: RankingInputRow[]; problems: Issue[]; policy?: RankingJson['policy'] } | { ok: false; message: string };

/** The rows of a score table, or (`rankingJson`: notice) of a ranking `rank --json` wrote. */
async function readRows(path: string, sheet: string | undefined, rankingJson: boolean): Promise<ReadRows> {
  if (rankingJson && /\.json$/i.test(path)) {
    const text = readInputText(path, '排名文件');
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return { ok: false, message: `“${path}” 不是有效的 JSON：排名文件应是 rank --json 的输出。` };
    }
    const read = rowsFromRankingJson(value);
    return 'problem' in read ? { ok: false, message: `“${path}”：${read.problem}` } : { ok: true, rows: read.rows, problems: [], policy: read.policy };
  }
  const table = await readTableFile(path, sheet);
  return table.ok ? { ok: true, rows: tableRows(table.table, table.table.mapping), problems: table.table.problems } : table;
}

export async function rankFromArgs(args: ParsedArgs, usage: string, output: string | undefined, extraInputs: readonly (string | undefined)[] = [], rankingJson = false): Promise<RankedFromArgs | CommandOutput> {
  const [file] = args.positional;
  if (!file) return { stdout: usage, exitCode: 2 };
  const parsed = rankingOptions(args);
  const fullScore = numberOption(args, '--full-score', DEFAULT_RANKING_OPTIONS.fullScore, false);
  if (!parsed.ok || !fullScore.ok) return { stdout: `${parsed.ok ? '' : parsed.message}${fullScore.ok ? '' : fullScore.message}\n${usage}`, exitCode: 2 };
  if (fullScore.value <= 0) return { stdout: `选项 --full-score 的值 ${fullScore.value} 无效：满分应大于 0。\n${usage}`, exitCode: 2 };
  if (parsed.value.passLine < 0 || parsed.value.passLine > fullScore.value) {
    return { stdout: `选项 --pass 的值 ${parsed.value.passLine} 无效：及格线应在 0 与满分 ${fullScore.value} 之间。\n${usage}`, exitCode: 2 };
  }
  const options = { ok: true as const, value: { ...parsed.value, fullScore: fullScore.value } };
  // The notice's region word (全区 / 全市 / 全省 / 全县 …): a few Chinese characters, nothing else.
  const region = args.options.get('--region') ?? '全区';
  if (!/^[\u4e00-\u9fff]{1,8}$/.test(region)) return { stdout: `选项 --region 的值 “${region}” 无效：应为通报中的地区称谓，如 全区、全市、全省、全县。\n${usage}`, exitCode: 2 };
  const refusal = output ? outputRefusal(output, args.flags.has('--force'), [file, args.options.get('--previous'), ...extraInputs]) : null;
  if (refusal) return refusal;
  const current = await readRows(file, args.options.get('--sheet'), rankingJson);
  if (!current.ok) return { stdout: current.message, exitCode: 1 };
  const previousFile = args.options.get('--previous');
  const previous = previousFile ? await readRows(previousFile, undefined, rankingJson) : null;
  if (previous && !previous.ok) return { stdout: `上年表格：${previous.message}`, exitCode: 1 };
  // A ranking read back keeps its own policy unless the command names another.
  const policy = current.policy;
  if (policy && !args.options.has('--tie') && TIE_POLICIES.includes(policy.tie as TiePolicy)) options.value.tie = policy.tie as TiePolicy;
  if (policy && !args.options.has('--decimals')) options.value.decimals = policy.decimals;
  if (policy && !args.options.has('--pass')) options.value.passLine = policy.passLine;
  const result = rankRows(current.rows, options.value, previous?.ok ? previous.rows : undefined);
  const problems = [...current.problems, ...(previous?.ok ? previous.problems.map((p) => ({ ...p, message: `上年表格：${p.message}` })) : []), ...result.problems];
  return { result, problems, region, fullScore: fullScore.value };
}

export const issueLine = (issue: Issue) => `${issue.severity === 'error' ? '错误' : '警告'} [${issue.code}] ${issue.path ? `${issue.path}：` : ''}${issue.message}`;

export async function rankCommand(args: ParsedArgs): Promise<CommandOutput> {
  const output = args.options.get('-o') ?? args.options.get('--output');
  const ranked = await rankFromArgs(args, RANK_USAGE, output);
  if (!('result' in ranked)) return ranked;
  const { result, problems, region, fullScore } = ranked;
  const stderr = problems.map(issueLine).join('\n') || undefined;
  const exitCode = problems.some((p) => p.severity === 'error') ? 1 : 0;
  const lines: string[] = [];
  if (output) {
    const plan = planRankingSheet(result, { fullScore, notice: { region } });
    const workbook = { sheets: [plan], portable: true };
    // Chart images where the in-memory writer writes the sheet: the streaming writer (thousands of
    // sites, where a bar per site is unreadable anyway) cannot place images.
    const small = planCellCount(workbook) <= STREAM_CELL_THRESHOLD;
    writeOutputFile(output, small ? await workbookBytes(workbook, await rankingSheetImages(result, plan, fullScore)) : await workbookBytesBySize(workbook));
    lines.push(`已写入 ${output}：工作表 “${plan.name}”，${result.groups.length} 个类别，${result.overall.count} 个网站。`);
  }
  if (args.flags.has('--json')) return { stdout: JSON.stringify(rankingJson(result), null, 2), exitCode, stderr: [...lines, stderr].filter(Boolean).join('\n') || undefined };
  // One line at a time: spreading 200,000 lines into push() overflows the call stack.
  if (!output) for (const line of textReport(result)) lines.push(line);
  lines.push(noticeText(result, { region }));
  return { stdout: lines.join('\n'), exitCode, stderr };
}

/** The ranking as plain text, one table per category. */
function textReport(result: RankingResult): string[] {
  const { decimals } = result.options;
  return result.groups.flatMap((group) => [
    `【${group.category || '全部网站'}】共 ${group.count} 个，合格 ${group.passed} 个，合格率 ${group.passRate === null ? '—' : `${formatFixed(group.passRate, 2)}%`}`,
    ...group.rows.map((row) => {
      const rank = row.band ?? `第${row.rank}名`;
      const notes = [row.tied ? '并列' : '', row.veto ? '单项否决' : row.passed ? '' : '不合格'].filter(Boolean).join('，');
      return `  ${rank}  ${row.name}  ${formatFixed(row.score, decimals)}${notes ? `（${notes}）` : ''}`;
    }),
    '',
  ]);
}
