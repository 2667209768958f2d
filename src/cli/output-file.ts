/**
 * Writing the CLI's output files. An existing file is kept unless `--force` is given (an evaluator's
 * workbook must not be overwritten by a mistyped `-o`), and a file is written to a temporary name in
 * the same folder and renamed onto its name only when complete, so a failed write leaves no
 * half-written file and the old file, if any, untouched.
 */
import { existsSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { CommandOutput } from './commands';

/** A refusal for `-o <path>` before any work is done, or null when the path may be written. */
export function outputRefusal(path: string, force: boolean): CommandOutput | null {
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
    const reason =
      code === 'EBUSY' || code === 'EPERM' || code === 'EACCES'
        ? '文件可能正在 Excel 或 WPS 中打开，或没有写入权限；请关闭该文件后重试'
        : code === 'ENOSPC'
          ? '磁盘空间不足'
          : (error as Error).message;
    throw new Error(`无法写入 “${path}”：${reason}。原文件（如有）未被改动。`);
  }
}
