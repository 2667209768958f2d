/**
 * Issue 12 (corrupt and hostile .xlsx): every failure is an XlsxReadError with a Chinese message, and
 * size and zip-bomb limits apply before ExcelJS inflates anything.
 */
import JSZip from 'jszip';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import {
  MAX_XLSX_BYTES,
  MAX_XLSX_EXPANSION_RATIO,
  MAX_XLSX_UNCOMPRESSED_BYTES,
  XlsxReadError,
  checkXlsxZip,
  readXlsxSheets,
} from '../../src/xlsx/read-table';
import { readWorkbookSheets, XlsxReadError as ReExported } from '../../src/xlsx/read-workbook-sheets';
import { tempDir, xlsxBytes } from './helpers';

const dir = tempDir('ranking-hostile-');
const CHINESE = /[\u4e00-\u9fff]/;
const ENGLISH_LIBRARY_TEXT = /zip|central|end of|sax|invalid|cannot|undefined|Error/i;

async function refusal(bytes: Uint8Array): Promise<XlsxReadError> {
  const error = await readXlsxSheets(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(XlsxReadError);
  const { message } = error as XlsxReadError;
  expect(message).toMatch(CHINESE);
  expect(message.replace(/xl\/workbook\.xml|\.xlsx|zip 炸弹|zip 压缩包|zip 格式|WPS|Excel|CSV|\.xls|MB|KB/g, '')).not.toMatch(ENGLISH_LIBRARY_TEXT);
  return error as XlsxReadError;
}

/** Sets every central-directory entry's declared uncompressed size (the bytes stay as they are). */
function declareUncompressed(zip: Uint8Array, size: number): Uint8Array {
  const bytes = new Uint8Array(zip);
  const view = new DataView(bytes.buffer);
  for (let at = 0; at + 46 <= bytes.length; at++) if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true);
  return bytes;
}

describe('corrupt .xlsx files', () => {
  it('a PNG renamed .xlsx: not a zip', async () => {
    const png = Uint8Array.from(Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'));
    expect((await refusal(png)).message).toBe(
      '文件不是有效的 .xlsx 工作簿：它不是 zip 压缩包（.xlsx 文件实际上是 zip 格式）。可能是改了扩展名的其他文件，请在 Excel 中另存为 .xlsx 或 CSV。',
    );
  });

  it('an empty file, and a password-protected workbook (an OLE compound file)', async () => {
    expect((await refusal(new Uint8Array())).message).toContain('不是 zip 压缩包');
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    expect((await refusal(ole)).message).toContain('设置了打开密码的工作簿或旧版 .xls 文件');
  });

  it('a truncated workbook, and a zip holding no workbook', async () => {
    const good = await xlsxBytes({ rows: [['单位名称', '总分'], ['甲', 90]] });
    expect((await refusal(good.subarray(0, Math.floor(good.length / 2)))).message).toContain('文件不是有效的 .xlsx 工作簿');
    const zip = new JSZip();
    zip.file('readme.txt', 'hello');
    expect((await refusal(await zip.generateAsync({ type: 'uint8array' }))).message).toBe(
      '文件是 zip 压缩包，但不是 .xlsx 工作簿（其中没有 xl/workbook.xml）。请在 Excel 中另存为 .xlsx 或 CSV。',
    );
  });

  it('a workbook whose sheet XML is broken', async () => {
    const zip = await JSZip.loadAsync(await xlsxBytes({ rows: [['单位名称', '总分'], ['甲', 90]] }));
    zip.file('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>9999</v></c>');
    expect((await refusal(await zip.generateAsync({ type: 'uint8array' }))).message).toContain('文件不是有效的 .xlsx 工作簿');
  });

  it('rank and the task-split reader give the Chinese message (XlsxReadError from read-workbook-sheets)', async () => {
    const file = join(dir, 'garbage.xlsx');
    writeFileSync(file, 'this is not a workbook');
    const result = await run(['rank', file]);
    expect(result).toMatchObject({ exitCode: 1, stdout: expect.stringContaining('它不是 zip 压缩包') });
    expect(ReExported).toBe(XlsxReadError);
    await expect(readWorkbookSheets(new TextEncoder().encode('garbage'))).rejects.toBeInstanceOf(XlsxReadError);
  });
});

describe('limits (checked before anything is inflated)', () => {
  it('are exported as constants', () => {
    expect([MAX_XLSX_BYTES, MAX_XLSX_UNCOMPRESSED_BYTES, MAX_XLSX_EXPANSION_RATIO]).toEqual([50 * 1024 * 1024, 500 * 1024 * 1024, 200]);
  });

  it('refuses a file over 50 MB', () => {
    expect(() => checkXlsxZip(new Uint8Array(MAX_XLSX_BYTES + 1))).toThrow('文件大小为 50 MB，超过 50 MB 的上限，未读取。');
  });

  it('refuses a zip declaring more than 500 MB uncompressed', async () => {
    const good = await xlsxBytes({ rows: [['单位名称', '总分'], ['甲', 90]] });
    const error = await refusal(declareUncompressed(good, 100 * 1024 * 1024));
    expect(error.message).toMatch(/^\.xlsx 文件解压后共 [\d.]+ GB，超过 500 MB 的上限，未读取（可能是恶意构造的“zip 炸弹”）。$/);
  });

  it('refuses a zip expanding more than 200 times (a real zip bomb: 30 MB of zeros)', async () => {
    const zip = await JSZip.loadAsync(await xlsxBytes({ rows: [['单位名称', '总分'], ['甲', 90]] }));
    zip.file('xl/media/padding.bin', new Uint8Array(30 * 1024 * 1024));
    const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    const error = await refusal(bomb);
    expect(error.message).toMatch(/^\.xlsx 文件压缩了 \d+ 倍（[\d.]+ KB 解压后为 30 MB），超过 200 倍的上限，未读取（可能是恶意构造的“zip 炸弹”）。$/);
  }, 30_000);

  it('reads an ordinary workbook (its ratio is small, or its size under the ratio threshold)', async () => {
    const sheets = await readXlsxSheets(await xlsxBytes({ rows: [['单位名称', '总分'], ['甲', 90]] }));
    expect(sheets[0].rows).toEqual([['单位名称', '总分'], ['甲', 90]]);
  });
});
