/** Dispatches `npm run cli -- <command> …` (Chinese output); no process side effects, so tests call it. */
import { checkCommand, templatesCommand, type CommandOutput } from './commands';

const usage = `用法：
  npm run cli -- templates [--json]                 列出指标模板
  npm run cli -- check <模板标识 | 文件.json> [--json]  检查模板（有错误时退出码为 1）`;

export function run(argv: readonly string[]): CommandOutput {
  const [command, ...rest] = argv;
  const json = rest.includes('--json');
  const positional = rest.filter((arg) => !arg.startsWith('--'));
  switch (command) {
    case 'templates':
      return templatesCommand(json);
    case 'check':
      return checkCommand(positional[0], json);
    case undefined:
    case 'help':
    case '--help':
      return { stdout: usage, exitCode: command === undefined ? 2 : 0 };
    default:
      return { stdout: `未知命令 “${command}”。\n${usage}`, exitCode: 2 };
  }
}

