/**
 * Dispatches `npm run cli -- <command> …` (Chinese output); no process side effects, so tests call it.
 * The commands that read or write .xlsx are imported when run: the compiled CLI keeps ExcelJS in a
 * chunk of its own, so `templates` and `check` start without compiling it (README, Benchmarks).
 */
import { checkCommand, templatesCommand, type CommandOutput } from './commands';
import { ArgumentError, parseArgs } from './args';
import { CHECK_USAGE, WORKBOOK_USAGE, RANK_USAGE, RANK_VALUE_OPTIONS, TASKS_USAGE } from './usage';

const usage = `用法（在项目中也可用 npm run cli -- 代替 gov-eval）：
  gov-eval templates [--json]                 列出指标模板
  ${CHECK_USAGE.replace('用法：', '')}  检查模板（有错误时退出码为 1）
  ${WORKBOOK_USAGE.replace('用法：', '')}  生成评分表
  ${RANK_USAGE.replace('用法：', '')}  生成排名
  ${TASKS_USAGE.replace('用法：', '')}  任务分解表：覆盖检查、单位任务、按单位拆分`;

const VALUE_OPTIONS = ['--sites', '-o', '--output', ...RANK_VALUE_OPTIONS, '--members', '--unit'];

export async function run(argv: readonly string[]): Promise<CommandOutput> {
  const [command, ...rest] = argv;
  let args;
  try {
    args = parseArgs(rest, VALUE_OPTIONS);
  } catch (error) {
    if (error instanceof ArgumentError) return { stdout: `${error.message}\n${usage}`, exitCode: 2 };
    throw error;
  }
  const json = args.flags.has('--json');
  switch (command) {
    case 'templates':
      return templatesCommand(json);
    case 'check':
      return checkCommand(args.positional[0], json);
    case 'workbook':
      return (await import('./workbook-command')).workbookCommand(args);
    case 'rank':
      return (await import('./rank-command')).rankCommand(args);
    case 'tasks':
      return (await import('./tasks-command')).tasksCommand(args);
    case undefined:
    case 'help':
    case '--help':
      return { stdout: usage, exitCode: command === undefined ? 2 : 0 };
    default:
      return { stdout: `未知命令 “${command}”。\n${usage}`, exitCode: 2 };
  }
}
