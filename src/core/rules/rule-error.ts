/** Bad input to a scoring rule: the message is Chinese and shown to the evaluator as it is. */
export class RuleInputError extends Error {
  override readonly name = 'RuleInputError';
}
