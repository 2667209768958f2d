/**
 * Properties over random input: random byte strings, and random mutations (flipped bytes, cuts,
 * insertions, repeated slices) of valid CSV tables, templates, site and member lists and .xlsx
 * workbooks, given to every command that reads a file. Every run must end with exit 0, 1 or 2 and
 * Chinese text, never with an unexpected error (runSafely's "意外错误"), a stack trace or an English
 * library message, and must leave its input byte for byte as it was and no file but its output.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { runSafely } from '../../src/cli/run';
import { UNFRIENDLY } from '../support/unfriendly';
import { scoringWorkbook } from './scoring-file';

const VALID_CSV = '类别,单位名称,网址,总分,否决\nA类,甲县人民政府门户网站,www.a.gov.cn,91.5,否\nA类,乙县人民政府门户网站,www.b.gov.cn,88,\nB类,丙县人民政府门户网站,www.c.gov.cn,59.5,是\n';
const VALID_TEMPLATE = readFileSync(join(__dirname, '../fixtures/templates/valid.basic.json'), 'utf8');
const VALID_SITES = '甲县人民政府门户网站\n乙县人民政府门户网站\n';
const VALID_MEMBERS = '单位,类型,别名\n区财政局,部门,财政局\n拉堡镇,镇,\n';
let validXlsx: Uint8Array;
let validScoring: Uint8Array;

/** A valid input changed in random ways. */
const mutated = (valid: () => Uint8Array) =>
  fc
    .array(
      fc.oneof(
        fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
        fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
        fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 16 }) }),
        fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((edits) => {
      let bytes = valid();
      for (const edit of edits) {
        const at = bytes.length === 0 ? 0 : edit.at % bytes.length;
        if (edit.kind === 'flip' && bytes.length > 0) bytes = Uint8Array.from(bytes, (b, i) => (i === at ? edit.value : b));
        else if (edit.kind === 'cut') bytes = bytes.subarray(0, at);
        else if (edit.kind === 'insert') bytes = new Uint8Array([...bytes.subarray(0, at), ...edit.bytes, ...bytes.subarray(at)]);
        else if (edit.kind === 'repeat') bytes = new Uint8Array([...bytes.subarray(0, at + edit.length), ...bytes.subarray(at)]);
      }
      return bytes;
    });

const utf8 = (text: string) => () => new TextEncoder().encode(text);

async function check(file: string, bytes: Uint8Array, argv: (dir: string) => string[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gov-prop-'));
  writeFileSync(join(dir, file), bytes);
  const output = await runSafely(argv(dir));
  const text = `${output.stdout}\n${output.stderr ?? ''}`;
  const shown = `exit ${output.exitCode}: ${text.slice(0, 400)}`;
  expect([0, 1, 2], shown).toContain(output.exitCode);
  expect(text, shown).toMatch(/[\u4e00-\u9fff]/);
  expect(text, shown).not.toContain('意外错误');
  expect(text, shown).not.toMatch(UNFRIENDLY);
  expect(Buffer.compare(readFileSync(join(dir, file)), Buffer.from(bytes)), 'the input changed').toBe(0);
  expect(readdirSync(dir).filter((name) => name !== file && name !== 'out.xlsx'), 'stray files').toEqual([]);
}

/** Runs per command; PROPERTY_RUNS=500 for a longer search. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 40);

describe('every command on random and mutated input', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('成绩');
    VALID_CSV.trim()
      .split('\n')
      .forEach((line, r) => line.split(',').forEach((cell, c) => (sheet.getCell(r + 1, c + 1).value = r > 0 && c === 3 ? Number(cell) : cell)));
    validXlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    validScoring = await scoringWorkbook({ template: 'gx-2023-county', sites: ['甲县'], fill: 0.8 });
  });

  const inputs = (valid: () => Uint8Array) => fc.oneof(fc.uint8Array({ maxLength: 600 }), mutated(valid));

  it('rank <table.csv>', async () => {
    await fc.assert(fc.asyncProperty(inputs(utf8(VALID_CSV)), (bytes) => check('t.csv', bytes, (dir) => ['rank', join(dir, 't.csv')])), { numRuns: RUNS });
  });

  it('rank <table.xlsx> -o out.xlsx', async () => {
    await fc.assert(
      fc.asyncProperty(inputs(() => validXlsx), (bytes) => check('t.xlsx', bytes, (dir) => ['rank', join(dir, 't.xlsx'), '-o', join(dir, 'out.xlsx')])),
      { numRuns: RUNS },
    );
  });

  it('check <template.json>', async () => {
    await fc.assert(fc.asyncProperty(inputs(utf8(VALID_TEMPLATE)), (bytes) => check('t.json', bytes, (dir) => ['check', join(dir, 't.json')])), { numRuns: RUNS });
  });

  it('workbook <template.json> -o out.xlsx', async () => {
    await fc.assert(
      fc.asyncProperty(inputs(utf8(VALID_TEMPLATE)), (bytes) => check('t.json', bytes, (dir) => ['workbook', join(dir, 't.json'), '-o', join(dir, 'out.xlsx')])),
      { numRuns: RUNS },
    );
  });

  it('workbook --sites <sites.txt> -o out.xlsx', async () => {
    await fc.assert(
      fc.asyncProperty(inputs(utf8(VALID_SITES)), (bytes) => check('s.txt', bytes, (dir) => ['workbook', 'gx-2023-city', '--sites', join(dir, 's.txt'), '-o', join(dir, 'out.xlsx')])),
      { numRuns: RUNS },
    );
  });

  it('workbook --departments <names.txt> -o out.xlsx', async () => {
    await fc.assert(
      fc.asyncProperty(inputs(utf8('自治区发展改革委\n自治区科技厅\n')), (bytes) =>
        check('d.txt', bytes, (dir) => ['workbook', 'gx-2023-department', '--departments', join(dir, 'd.txt'), '-o', join(dir, 'out.xlsx')]),
      ),
      { numRuns: RUNS },
    );
  });

  it('tasks --members <members.csv>', async () => {
    await fc.assert(
      fc.asyncProperty(inputs(utf8(VALID_MEMBERS)), (bytes) => check('m.csv', bytes, (dir) => ['tasks', 'liujiang-task-split', '--members', join(dir, 'm.csv'), '--unit', '区财政局'])),
      { numRuns: RUNS },
    );
  });

  it('collect <scoring.xlsx>', async () => {
    await fc.assert(fc.asyncProperty(inputs(() => validScoring), (bytes) => check('s.xlsx', bytes, (dir) => ['collect', join(dir, 's.xlsx'), '--allow-incomplete'])), { numRuns: RUNS });
  });

  it('tasks <workbook.xlsx>', async () => {
    await fc.assert(fc.asyncProperty(inputs(() => validXlsx), (bytes) => check('w.xlsx', bytes, (dir) => ['tasks', join(dir, 'w.xlsx')])), { numRuns: RUNS });
  });
});
