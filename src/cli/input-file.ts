/**
 * Reading the files a command is given: a Chinese message for every file-system error, a size limit,
 * and the project's one text decoder (src/core/text-input.ts: UTF-8 with or without BOM, UTF-16 with
 * BOM, GBK).
 */
import { readFileSync, statSync } from 'node:fs';
import { decodeText, looksBinary } from '../core/text-input';

/** Templates, site and member lists, CSV tables: far below this; a bigger file is not one of them. */
export const MAX_TEXT_FILE_BYTES = 50 * 1024 * 1024;

/** A problem with a file the user named: the command stops with exit 2 and this message. */
export class InputFileError extends Error {
  override readonly name = 'InputFileError';
}

export function fileSystemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return '文件不存在';
    case 'EISDIR':
      return '这是一个文件夹，不是文件';
    case 'EACCES':
    case 'EPERM':
      return '没有读写权限';
    case 'EBUSY':
      return '文件正被其他程序使用（如在 Excel 或 WPS 中打开）';
    case 'ENOSPC':
      return '磁盘空间不足';
    case 'ENAMETOOLONG':
      return '文件名过长';
    case 'EROFS':
      return '磁盘只读';
    case 'ENOTDIR':
      return '路径中有一部分不是文件夹';
    default:
      return `系统错误 ${code ?? ''}`.trim();
  }
}

/** The bytes of `path` (`what` names it in messages, e.g. "网站名单文件"). */
export function readInputBytes(path: string, what: string, maxBytes = MAX_TEXT_FILE_BYTES): Uint8Array {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    size = stat.size;
  } catch (error) {
    throw new InputFileError(`无法读取${what} “${path}”：${fileSystemReason(error)}。`);
  }
  if (size > maxBytes) throw new InputFileError(`${what} “${path}” 有 ${(size / 1024 / 1024).toFixed(1)} MB，超过上限 ${maxBytes / 1024 / 1024} MB。`);
  try {
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    throw new InputFileError(`无法读取${what} “${path}”：${fileSystemReason(error)}。`);
  }
}

/** The text of `path`, decoded as the project decodes every text file. */
export function readInputText(path: string, what: string, maxBytes = MAX_TEXT_FILE_BYTES): string {
  const bytes = readInputBytes(path, what, maxBytes);
  if (looksBinary(bytes)) {
    throw new InputFileError(`${what} “${path}” 不是文本文件（含有二进制数据）。`);
  }
  return decodeText(bytes);
}
