/** Bad input to a scoring rule: the message is Chinese and shown to the evaluator as it is. */
export class RuleInputError extends Error {
  override readonly name = 'RuleInputError';
}

export function requireNumber(value: unknown, label: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new RuleInputError(`${label}必须是数字。`);
  return value;
}

export function requireWholeCount(value: unknown, label: string): number {
  const count = requireNumber(value, label);
  if (!Number.isInteger(count) || count < 0) throw new RuleInputError(`${label}必须是不小于 0 的整数（现为 ${count}）。`);
  return count;
}
