/** Maps core errors to Excel's #VALUE! with the Chinese message shown in the cell's error tooltip. */
import { RuleInputError } from '../core/rules/rule-error';

export function toExcelError(error: unknown): CustomFunctions.Error {
  const message = error instanceof RuleInputError ? error.message : '计算出错，请检查参数。';
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

/** Runs a core call; bad input becomes #VALUE! with its message (thrown, as Excel expects). */
export function excelCall<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    throw toExcelError(error);
  }
}
