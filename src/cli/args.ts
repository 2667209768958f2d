/** Command-line arguments: positionals, flags (--json) and options with a value (--sites FILE, -o FILE). */
export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

export class ArgumentError extends Error {
  override readonly name = 'ArgumentError';
}

export function parseArgs(argv: readonly string[], valueOptions: readonly string[]): ParsedArgs {
  const parsed: ParsedArgs = { positional: [], flags: new Set(), options: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (valueOptions.includes(arg)) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('-')) throw new ArgumentError(`选项 ${arg} 后面需要一个值。`);
      parsed.options.set(arg, value);
      i++;
    } else if (arg.startsWith('-')) parsed.flags.add(arg);
    else parsed.positional.push(arg);
  }
  return parsed;
}
