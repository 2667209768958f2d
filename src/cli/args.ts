/**
 * Command-line arguments, strictly: every option a command does not know, an option given twice, a
 * missing value and an argument too many are errors (exit 2, with the command's usage), never
 * silently ignored (`--jsno` used to be).
 */
export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  options: Map<string, string>;
  /** Values of the options that may be given several times (ArgSpec.repeatable), in order. */
  lists: Map<string, string[]>;
}

/** What a command accepts. */
export interface ArgSpec {
  flags: readonly string[];
  values: readonly string[];
  /** Most positional arguments. */
  positional: number;
  /** Value options that may be given several times (`--reviewer a.xlsx --reviewer b.xlsx`). */
  repeatable?: readonly string[];
}

export class ArgumentError extends Error {
  override readonly name = 'ArgumentError';
}

/** A value may itself start with "-" when it is a number (`--decimals -1` is then refused as a value). */
const NEGATIVE_NUMBER = /^-\d/;

export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const parsed: ParsedArgs = { positional: [], flags: new Set(), options: new Map(), lists: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (spec.repeatable?.includes(arg)) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('-')) throw new ArgumentError(`选项 ${arg} 后面需要一个值。`);
      parsed.lists.set(arg, [...(parsed.lists.get(arg) ?? []), value]);
      i++;
    } else if (spec.values.includes(arg)) {
      const value = argv[i + 1];
      if (value === undefined || (value.startsWith('-') && !NEGATIVE_NUMBER.test(value))) throw new ArgumentError(`选项 ${arg} 后面需要一个值。`);
      if (parsed.options.has(arg)) throw new ArgumentError(`选项 ${arg} 给了两次。`);
      parsed.options.set(arg, value);
      i++;
    } else if (spec.flags.includes(arg)) {
      parsed.flags.add(arg);
    } else if (arg.startsWith('-') && arg !== '-') {
      const known = [...spec.flags, ...spec.values, ...(spec.repeatable ?? [])];
      throw new ArgumentError(`未知选项 “${arg}”。${known.length ? `此命令可用的选项：${known.join('、')}。` : '此命令没有选项。'}`);
    } else {
      if (parsed.positional.length >= spec.positional) throw new ArgumentError(`多余的参数 “${arg}”${spec.positional === 0 ? '：此命令不需要参数' : ''}。`);
      parsed.positional.push(arg);
    }
  }
  return parsed;
}
