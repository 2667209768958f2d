/**
 * Writing the CLI's output files. An existing file is kept unless `--force` is given (an evaluator's
 * workbook must not be overwritten by a mistyped `-o`), and a file is written to a temporary name in
 * the same folder and renamed onto its name only when complete, so a failed write leaves no
 * half-written file and the old file, if any, untouched.
 */
import { existsSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { CommandOutput } from './commands';
import { fileSystemReason } from './input-file';

/** Writing the output failed: the command ends with exit 1 and this message; nothing was changed. */
export class OutputFileError extends Error {
  override readonly name = 'OutputFileError';
}

/** Whether two paths name the same existing file (links and different spellings included). */
function sameFile(a: string, b: string): boolean {
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/**
 * A refusal for `-o <path>` before any work is done, or null when the path may be written. The
 * output may never be one of the command's inputs, not even with --force: writing it would destroy
 * the scores (or the other sheets of a workbook) the command is reading.
 */
export function outputRefusal(path: string, force: boolean, inputs: readonly (string | undefined)[] = []): CommandOutput | null {
  const input = inputs.find((file) => file !== undefined && sameFile(file, path));
  if (input !== undefined) {
    return { stdout: `输出文件 “${path}” 就是输入文件 “${input}”：写入会毁掉输入的内容（工作簿中的其他工作表也会丢失）。请用 -o 给出另一个文件名。`, exitCode: 2 };
  }
  if (!existsSync(path)) {
    return existsSync(dirname(path) || '.') ? null : { stdout: `无法写入 “${path}”：文件夹 “${dirname(path)}” 不存在。`, exitCode: 2 };
  }
  if (statSync(path).isDirectory()) return { stdout: `“${path}” 是一个文件夹，请在 -o 后给出文件名（如 ${join(path, '输出.xlsx')}）。`, exitCode: 2 };
  if (force) return null;
  return { stdout: `“${path}” 已存在，未覆盖。请换一个文件名，或加 --force 覆盖原文件。`, exitCode: 2 };
}

/** Writes all bytes to a temporary file beside `path`, then renames it onto `path`. */
export function writeOutputFile(path: string, bytes: Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } catch (error) {
    if (existsSync(temporary) && statSync(temporary).isFile()) unlinkSync(temporary);
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EBUSY' || code === 'EPERM' || code === 'EACCES' ? '文件可能正在 Excel 或 WPS 中打开，或没有写入权限；请关闭该文件后重试' : fileSystemReason(error);
    throw new OutputFileError(`无法写入 “${path}”：${reason}。原文件（如有）未被改动。`);
  }
}
