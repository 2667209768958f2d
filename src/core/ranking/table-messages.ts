/**
 * Messages about reading a ranking table (CSV quoting, .xlsx files and their limits, header columns,
 * uncalculated formulas, rows after a blank row): Chinese, naming the row, column and value.
 */

const quoted = (text: string) => `“${text}”`;
/** "A 列“单位名称”", or "A 列" for a column without a header. */
export const columnWhere = (letter: string, header: string) => `${letter} 列${header ? quoted(header) : ''}`;

/** 52428800 → "50 MB", 1536 → "1.5 KB": for limits and file sizes. */
export function formatBytes(bytes: number): string {
  const units = ['字节', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const text = unit === 0 ? String(value) : Number(value.toFixed(1)).toString();
  return `${text} ${units[unit]}`;
}

export const tableMessages = {
  csvQuote: (line: number) =>
    `CSV 文件第 ${line} 行有一个双引号没有闭合：从这里到文件末尾的内容都会被读成同一个单元格，表格无法读取。请检查该行的引号（单元格中的双引号应写成两个 ""）。`,
  roleConflict: (line: number, label: string, columns: string[]) =>
    `第 ${line} 行的表头中有 ${columns.length} 列都可以作为“${label}”列：${columns.join('、')}，无法确定用哪一列。请删除或改名多余的列，只保留一列${quoted(label)}。`,
  scoreChoice: (line: number, columns: string[]) =>
    `第 ${line} 行的表头中没有名为“总分”的列，可能的分数列：${columns.join('、')}。请选择按哪一列排名，或把该列的表头改为“总分”。`,
  twoRowHeader: (lines: [number, number], columns: string[]) =>
    `表头有两行（第 ${lines[0]}–${lines[1]} 行），但无法确定“总分”列：各列为 ${columns.join('、')}。请把总分所在列的表头写为“总分”，或改为只有一行表头。`,
  uncalculated: (columns: string[], count: number) =>
    `表格中的公式没有计算结果：${columns.join('、')}共 ${count} 个单元格只有公式、没有保存的值（文件从未在 Excel 或 WPS 中计算过，例如由 gov-eval workbook 生成后没有打开过）。请先在 Excel 或 WPS 中打开并保存该文件，再生成排名。`,
  uncalculatedColumn: (column: string, first: number, last: number) => `${column}第 ${first === last ? first : `${first}–${last}`} 行`,
  dataAfterBlank: (blankLine: number, firstLine: number, count: number) =>
    `第 ${blankLine} 行是空行，表格在此结束，但第 ${firstLine} 行起还有 ${count} 行数据（有单位名称），未参加排名。请删除表格中间的空行，或只选中排名表格本身。`,
  noSheets: () => '工作簿中没有任何工作表。',
  // .xlsx files
  notZip: () => '文件不是有效的 .xlsx 工作簿：它不是 zip 压缩包（.xlsx 文件实际上是 zip 格式）。可能是改了扩展名的其他文件，请在 Excel 中另存为 .xlsx 或 CSV。',
  zipNotXlsx: () => '文件是 zip 压缩包，但不是 .xlsx 工作簿（其中没有 xl/workbook.xml）。请在 Excel 中另存为 .xlsx 或 CSV。',
  encryptedOrXls: () => '文件不是 .xlsx 格式：它是设置了打开密码的工作簿或旧版 .xls 文件。请在 Excel 中取消打开密码，并另存为 .xlsx 或 CSV。',
  corruptXlsx: () => '文件不是有效的 .xlsx 工作簿：其中的内容无法解压或解析（文件可能已损坏或不完整）。请在 Excel 或 WPS 中打开并另存为 .xlsx 或 CSV 后再试。',
  tooLarge: (size: number, limit: number) => `文件大小为 ${formatBytes(size)}，超过 ${formatBytes(limit)} 的上限，未读取。请只保留排名所需的工作表或另存为 CSV。`,
  tooMuchUncompressed: (total: number, limit: number) =>
    `.xlsx 文件解压后共 ${formatBytes(total)}，超过 ${formatBytes(limit)} 的上限，未读取（可能是恶意构造的“zip 炸弹”）。`,
  tooHighRatio: (total: number, compressed: number, ratio: number, limit: number) =>
    `.xlsx 文件压缩了 ${Math.round(ratio)} 倍（${formatBytes(compressed)} 解压后为 ${formatBytes(total)}），超过 ${limit} 倍的上限，未读取（可能是恶意构造的“zip 炸弹”）。`,
} as const;
