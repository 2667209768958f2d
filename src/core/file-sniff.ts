/**
 * What a file really is, from its first bytes, before it is parsed as a score table: a user who picks
 * the wrong file is told what the file is and where it belongs, not "未找到表头" (issue 13 point 5).
 * Returns null for text that may be a table.
 */
import { looksBinary } from './text-input';

const starts = (bytes: Uint8Array, ...magic: number[]) => magic.every((byte, i) => bytes[i] === byte);

export function sniffTableFile(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return '文件是空的。';
  if (starts(bytes, 0x50, 0x4b, 0x03, 0x04)) return '这是一个 .xlsx 工作簿（或其他压缩包），但文件名不以 .xlsx 结尾：请把扩展名改为 .xlsx 后再选择。';
  if (starts(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return '这是旧版 Excel（.xls）或 Word 文件：请在 Excel 中另存为 .xlsx 或 CSV。';
  if (starts(bytes, 0x89, 0x50, 0x4e, 0x47) || starts(bytes, 0xff, 0xd8, 0xff) || starts(bytes, 0x47, 0x49, 0x46, 0x38)) return '这是一张图片，不是成绩表：请选择 CSV 或 .xlsx 文件。';
  if (starts(bytes, 0x25, 0x50, 0x44, 0x46)) return '这是一个 PDF 文件，不是成绩表：请选择 CSV 或 .xlsx 文件。';
  if (looksBinary(bytes)) return '这不是文本文件（含有二进制数据），不是成绩表：请选择 CSV 或 .xlsx 文件。';
  let i = starts(bytes, 0xef, 0xbb, 0xbf) ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  if (bytes[i] === 0x7b) return '这像是一个指标模板（JSON）文件，不是成绩表：成绩表请选择 CSV 或 .xlsx；模板可在“模板”页检查。';
  return null;
}
