/**
 * `tasks <file.xlsx | template-id> [--members members.csv] [--unit NAME] [--json | -o out.xlsx]`:
 * the coverage report of a task split, one unit's tasks, or the split workbook (任务分解表, 单位名单,
 * 单位索引, one sheet per unit) as .xlsx.
 */
import { existsSync } from 'node:fs';
import { readInputBytes, readInputText } from './input-file';
import { templateVersion } from '../core/sheet-plan/template-version';
import { findUnitView } from '../core/task-split/assignments';
import { membersFromRows, parseMembersCsv, type MembersRead } from '../core/task-split/members';
import { readTaskSplitSheet } from '../core/task-split/read-task-split-sheet';
import { planSplitWorkbook } from '../core/task-split/split-workbook-plan';
import { taskReport } from '../core/task-split/task-report';
import { linkedScoring, linkedTemplateIdOf, splitOf, type TaskSplit } from '../core/task-split/task-split';
import { TASK_SHEET_NAMES } from '../core/task-split/task-keys';
import type { Template } from '../core/template-schema';
import { readWorkbookSheets } from '../xlsx/read-workbook-sheets';
import { workbookBytesBySize } from '../xlsx/stream-workbook';
import type { ParsedArgs } from './args';
import type { CommandOutput } from './commands';
import { TASKS_USAGE } from './usage';
import { resolveTemplateArgument, templateLookup } from './template-files';
import { checkTemplate } from '../core/template-checker';
import { reportJson, reportText, unitJson, unitText } from './tasks-output';
import { outputRefusal, writeOutputFile } from './output-file';

interface Source {
  split: TaskSplit;
  version: string;
  members: MembersRead | null;
}

export async function tasksCommand(args: ParsedArgs): Promise<CommandOutput> {
  const [input] = args.positional;
  const output = args.options.get('-o') ?? args.options.get('--output');
  if (!input || (output && args.flags.has('--json'))) return { stdout: TASKS_USAGE, exitCode: 2 };
  const membersFile = args.options.get('--members');
  const refusal = output ? outputRefusal(output, args.flags.has('--force'), [input, membersFile]) : null;
  if (refusal) return refusal;
  if (membersFile && !existsSync(membersFile)) return { stdout: `单位名单文件 “${membersFile}” 不存在。`, exitCode: 2 };
  const lookup = templateLookup();
  const source = input.toLowerCase().endsWith('.xlsx') ? await fromWorkbook(input, lookup) : fromTemplate(input, lookup);
  if ('stdout' in source) return source;
  const members = membersFile ? parseMembersCsv(readInputText(membersFile, '单位名单文件')) : source.members;
  const report = taskReport(source.split, members, linkedScoring(source.split, lookup));
  const unitName = args.options.get('--unit');
  const view = unitName === undefined ? undefined : findUnitView(report.units, report.members, unitName);
  if (unitName !== undefined && !view) return { stdout: `任务分解表和单位名单中都没有单位 “${unitName}”。`, exitCode: 2 };
  if (output) {
    const plan = planSplitWorkbook(source.split, report, { templateVersion: source.version, only: view?.summary.unit });
    writeOutputFile(output, await workbookBytesBySize(plan));
    return { stdout: `已写入 ${output}：${plan.sheets.length} 个工作表（${plan.sheets.map((s) => s.name).join('、')}）。`, exitCode: 0 };
  }
  const json = args.flags.has('--json');
  if (view) {
    // The unit's tasks are shown, but an error in the member list (two units claiming one name) is not hidden.
    const memberErrors = (members?.issues ?? []).filter((i) => i.severity === 'error').map((i) => `错误 [${i.code}] ${i.path ? `${i.path}：` : ''}${i.message}`);
    return { stdout: json ? unitJson(view) : unitText(view), stderr: memberErrors.join('\n') || undefined, exitCode: memberErrors.length > 0 ? 1 : 0 };
  }
  const exitCode = report.issues.some((i) => i.severity === 'error') ? 1 : 0;
  const membersSource = membersFile ?? (members ? `工作簿中的“${TASK_SHEET_NAMES.members}”` : '未提供，按任务分解表推定');
  return { stdout: json ? reportJson(report) : reportText(source.split, report, membersSource), exitCode };
}

function fromTemplate(argument: string, lookup: (id: string) => Template | undefined): Source | CommandOutput {
  const found = resolveTemplateArgument(argument);
  if (!found) return { stdout: `未找到模板 “${argument}”。`, exitCode: 2 };
  if (!found.result.ok) return { stdout: `模板无法读取：${found.result.issues.map((i) => i.message).join('；')}`, exitCode: 1 };
  // A split linked to a scoring template of another indicator system would report the wrong tasks
  // against the wrong indicators: refused, as `check` reports it (task-split-link-mismatch).
  const mismatch = checkTemplate(found.result.template, lookup).issues.find((issue) => issue.code === 'task-split-link-mismatch');
  if (mismatch) return { stdout: `模板 “${found.result.template.id}” 不能据此生成任务分解：${mismatch.message}`, exitCode: 1 };
  const split = splitOf(found.result.template, lookup);
  if (!split) return { stdout: `模板 “${found.result.template.id}” 既不是任务分解表也不是评分指标模板。`, exitCode: 2 };
  return { split, version: templateVersion(found.result.template), members: null };
}

async function fromWorkbook(file: string, lookup: (id: string) => Template | undefined): Promise<Source | CommandOutput> {
  if (!existsSync(file)) return { stdout: `文件 “${file}” 不存在。`, exitCode: 2 };
  const sheets = await readWorkbookSheets(readInputBytes(file, '工作簿'));
  const sheet = sheets.find((s) => s.marker?.kind === 'task-split');
  if (!sheet?.marker) return { stdout: `“${file}” 中没有本工具生成的任务分解表（工作表标记 task-split）。`, exitCode: 2 };
  const { split } = readTaskSplitSheet(sheet.snapshot, linkedTemplateIdOf(sheet.marker.templateId, lookup));
  const memberSheet = sheets.find((s) => s.marker?.kind === 'unit-list') ?? sheets.find((s) => s.name === TASK_SHEET_NAMES.members);
  const members = memberSheet ? membersFromRows(memberSheet.snapshot.values) : null;
  return { split, version: sheet.marker.templateVersion, members };
}
