/** `-o` never overwrites silently and never leaves a half-written file (src/cli/output-file.ts). */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import { writeOutputFile } from '../../src/cli/output-file';

const dir = () => mkdtempSync(join(tmpdir(), 'gov-out-'));

describe('cli output files', () => {
  it('keeps an existing workbook unless --force is given', async () => {
    const folder = dir();
    const file = join(folder, '评分表.xlsx');
    writeFileSync(file, 'an evaluator’s workbook');
    for (const argv of [
      ['workbook', 'gx-2023-county', '-o', file],
      ['tasks', 'liujiang-task-split', '-o', file],
      ['rank', join(__dirname, '../fixtures/ranking/valid.english.csv'), '-o', file],
    ]) {
      const refused = await run(argv);
      expect(refused.exitCode, argv[0]).toBe(2);
      expect(refused.stdout, argv[0]).toBe(`“${file}” 已存在，未覆盖。请换一个文件名，或加 --force 覆盖原文件。`);
      expect(readFileSync(file, 'utf8')).toBe('an evaluator’s workbook');
    }
    const forced = await run(['workbook', 'gx-2023-county', '-o', file, '--force']);
    expect(forced.exitCode).toBe(0);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(folder)).toEqual(['评分表.xlsx']);
  });

  it('refuses a folder or a missing folder as the output', async () => {
    const folder = dir();
    expect(await run(['workbook', 'gx-2023-county', '-o', folder])).toMatchObject({ exitCode: 2, stdout: expect.stringContaining('是一个文件夹') });
    expect(await run(['workbook', 'gx-2023-county', '-o', join(folder, 'no/such/out.xlsx')])).toMatchObject({
      exitCode: 2,
      stdout: expect.stringContaining('不存在'),
    });
  });

  it('leaves the old file as it was and no temporary file when the write fails', () => {
    const folder = dir();
    const file = join(folder, 'out.xlsx');
    writeFileSync(file, 'old');
    mkdirSync(join(folder, `.out.xlsx.${process.pid}.tmp`)); // the temporary name is taken: writing it fails
    expect(() => writeOutputFile(file, new Uint8Array([1, 2, 3]))).toThrow(`无法写入 “${file}”`);
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(existsSync(join(folder, `.out.xlsx.${process.pid}.tmp`))).toBe(true); // not ours: left alone
  });

  it('summarises many sheets in one line instead of listing 112 names', async () => {
    const folder = dir();
    const sites = Array.from({ length: 112 }, (_, i) => `第${i + 1}县人民政府门户网站`);
    writeFileSync(join(folder, 'sites.txt'), sites.join('\n'));
    const output = await run(['workbook', 'gx-2023-county', '--sites', join(folder, 'sites.txt'), '-o', join(folder, 'out.xlsx')]);
    expect(output.stdout).toBe(`已写入 ${join(folder, 'out.xlsx')}：113 个工作表（汇总 + 112 个网站），GOV 函数（需加载项）。`);
  }, 60_000);
});
