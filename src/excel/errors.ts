/**
 * Typed failures of the Office.js adapter. Messages are Chinese because the task pane shows them as
 * they are; callers tell the cases apart with `instanceof`, never by parsing the message.
 */

/** The host lacks an API the operation cannot do without (optional features are skipped instead). */
export class UnsupportedHostError extends Error {
  constructor(
    readonly feature: string,
    readonly requirement: string,
  ) {
    super(`当前 Excel 版本不支持${feature}（需要 ${requirement}），请升级 Excel 或改用 Microsoft 365。`);
    this.name = 'UnsupportedHostError';
  }
}

export { InvalidPlanError, NotAddinSheetError, SheetExistsError, SheetNotFoundError } from '../core/workbook-writing/errors';

const HOST_MESSAGES: Record<string, string> = {
  InvalidOperationInCellEditMode: 'Excel 正在编辑单元格，请按 Enter 或 Esc 结束编辑后重试。',
  ItemNotFound: '找不到要操作的工作表或区域，它可能已被删除或重命名。',
  ItemAlreadyExists: '同名的工作表或对象已存在。',
  AccessDenied: '工作簿或工作表受保护，无法修改。',
  InvalidArgument: 'Excel 拒绝了加载项提交的参数。',
  GeneralException: 'Excel 处理请求时出错，请稍后重试。',
};

/** An Office.js failure (OfficeExtension.Error) with a Chinese message; `code` is Office's error code. */
export class HostError extends Error {
  constructor(
    readonly code: string,
    readonly hostMessage: string,
    options?: { cause?: unknown },
  ) {
    super(HOST_MESSAGES[code] ?? `Excel 操作失败（${code}）：${hostMessage}`, options);
    this.name = 'HostError';
  }
}

/** Office's error code when `error` looks like an OfficeExtension.Error, else null. */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code !== '' ? code : null;
}

/** Wraps Office errors in HostError; typed errors and programming errors pass through unchanged. */
export function toHostError(error: unknown): unknown {
  if (error instanceof HostError) return error;
  const code = officeErrorCode(error);
  if (code === null) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new HostError(code, message, { cause: error });
}
