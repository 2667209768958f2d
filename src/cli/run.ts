/**
 * Dispatches `gov-eval <command> …` (Chinese output); no process side effects, so tests call it.
 * The commands that read or write .xlsx are imported when run: the compiled CLI keeps ExcelJS in a
 * chunk of its own, so `templates` and `check` start without compiling it (README, Benchmarks).
 */
import { checkCommand, templatesCommand, type CommandOutput } from './commands';
import { ArgumentError, parseArgs, type ArgSpec, type ParsedArgs } from './args';
import { CHECK_USAGE, COLLECT_USAGE, COLLECT_VALUE_OPTIONS, NOTICE_USAGE, NOTICE_VALUE_OPTIONS, WORKBOOK_USAGE, RANK_USAGE, RANK_VALUE_OPTIONS, TASKS_USAGE } from './usage';
import { InputFileError } from './input-file';
import { OutputFileError } from './output-file';
import { printable } from '../core/text-input';

const usage = `用法（在项目中也可用 npm run cli -- 代替 gov-eval）：
  gov-eval templates [--json]                 列出指标模板
  ${CHECK_USAGE.replace('用法：', '')}  检查模板（有错误时退出码为 1）
  ${WORKBOOK_USAGE.replace('用法：', '')}  生成评分表
  ${RANK_USAGE.replace('用法：', '')}  生成排名
  ${NOTICE_USAGE.replace('用法：', '')}  生成通报（Word，GB/T 9704-2012 格式，含图表）
  ${TASKS_USAGE.replace('用法：', '')}  任务分解表：覆盖检查、单位任务、按单位拆分
  ${COLLECT_USAGE.replace('用法：', '')}  汇总一轮评估：重算、核对、自评对比、来源`;

interface Command {
  spec: ArgSpec;
  usage: string;
  run: (args: ParsedArgs) => CommandOutput | Promise<CommandOutput>;
}

const OUTPUT = ['-o', '--output'];

const COMMANDS: Record<string, Command> = {
  templates: { spec: { flags: ['--json'], values: [], positional: 0 }, usage: '用法：gov-eval templates [--json]', run: (args) => templatesCommand(args.flags.has('--json')) },
  check: { spec: { flags: ['--json'], values: [], positional: 1 }, usage: CHECK_USAGE, run: (args) => checkCommand(args.positional[0], args.flags.has('--json')) },
  workbook: {
    spec: { flags: ['--portable', '--force', '--ignore-check', '--self-assessment'], values: ['--sites', '--departments', ...OUTPUT], positional: 1 },
    usage: WORKBOOK_USAGE,
    run: async (args) => (await import('./workbook-command')).workbookCommand(args),
  },
  rank: {
    spec: { flags: ['--json', '--force'], values: [...RANK_VALUE_OPTIONS, ...OUTPUT], positional: 1 },
    usage: RANK_USAGE,
    run: async (args) => (await import('./rank-command')).rankCommand(args),
  },
  notice: {
    spec: { flags: ['--force'], values: [...NOTICE_VALUE_OPTIONS, ...OUTPUT], positional: 1 },
    usage: NOTICE_USAGE,
    run: async (args) => (await import('./notice-command')).noticeCommand(args),
  },
  tasks: {
    spec: { flags: ['--json', '--force'], values: ['--members', '--unit', ...OUTPUT], positional: 1 },
    usage: TASKS_USAGE,
    run: async (args) => (await import('./tasks-command')).tasksCommand(args),
  },
  collect: {
    spec: { flags: ['--json', '--force', '--allow-incomplete', '--allow-mixed-versions'], values: [...COLLECT_VALUE_OPTIONS, ...OUTPUT], repeatable: ['--reviewer', '--template'], positional: 100_000 },
    usage: COLLECT_USAGE,
    run: async (args) => (await import('./collect-command')).collectCommand(args),
  },
};

/** The command's output; a file that cannot be read (exit 2) or written (exit 1) ends it with its message. */
export async function run(argv: readonly string[]): Promise<CommandOutput> {
  try {
    return await dispatch(argv);
  } catch (error) {
    if (error instanceof InputFileError) return { stdout: '', stderr: error.message, exitCode: 2 };
    if (error instanceof OutputFileError) return { stdout: '', stderr: error.message, exitCode: 1 };
    // src/xlsx's XlsxReadError (a corrupt or oversized workbook), told by name: importing the class
    // would load ExcelJS on every start.
    if (error instanceof Error && error.name === 'XlsxReadError') return { stdout: '', stderr: error.message, exitCode: 1 };
    throw error;
  }
}

async function dispatch(argv: readonly string[]): Promise<CommandOutput> {
  const [command, ...rest] = argv;
  if (command === undefined) return { stdout: usage, exitCode: 2 };
  if (command === 'help' || command === '--help' || command === '-h') return { stdout: usage, exitCode: 0 };
  const found = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!found) return { stdout: `未知命令 “${command}”。\n${usage}`, exitCode: 2 };
  let args: ParsedArgs;
  try {
    args = parseArgs(rest, found.spec);
  } catch (error) {
    if (error instanceof ArgumentError) return { stdout: `${error.message}\n${found.usage}`, exitCode: 2 };
    throw error;
  }
  return found.run(args);
}

/**
 * `run` as the program runs it: anything unexpected ends with a Chinese line and exit 1 (the details
 * only with GOV_EVAL_DEBUG=1), never a stack trace; names from the user's files are printed without
 * terminal control sequences.
 */
export async function runSafely(argv: readonly string[], debug = false): Promise<CommandOutput> {
  let output: CommandOutput;
  try {
    output = await run(argv);
  } catch (error) {
    const detail = debug ? `\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}` : '';
    output = { stdout: '', stderr: `出错了：处理时发生了意外错误，没有写入任何文件。请把所用的命令和文件交给维护人员（设置环境变量 GOV_EVAL_DEBUG=1 可显示详情）。${detail}`, exitCode: 1 };
  }
  return { stdout: printable(output.stdout), stderr: output.stderr === undefined ? undefined : printable(output.stderr), exitCode: output.exitCode };
}
