/**
 * The bad-input corpus (tests/fixtures/bad-inputs/): every case through the CLI as a user runs it,
 * with the outcome it must get. See the corpus README for the case format.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runSafely } from '../../src/cli/run';
import { UNFRIENDLY } from '../support/unfriendly';
import { scoringWorkbook, type ScoringFile } from './scoring-file';

type FileContent =
  | string
  | { base64: string }
  | { encoding: 'gbk' | 'utf16le-bom'; text: string }
  | { xlsx: unknown[][]; merges?: string[]; formulas?: Record<string, { formula: string; result?: unknown }>; sheet?: string }
  | { dir: true }
  | { scoring: ScoringFile };

interface BadInputCase {
  id: string;
  item: number | null;
  about: string;
  files?: Record<string, FileContent>;
  generate?: Record<string, { rows: number; failing: number }>;
  argv: string[];
  exit: 0 | 1 | 2;
  stdout?: string[];
  stderr?: string[];
  outputs?: string[];
}

const casesDir = join(__dirname, '../fixtures/bad-inputs/cases');

function loadCases(): (BadInputCase & { file: string })[] {
  return readdirSync(casesDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((file) => (JSON.parse(readFileSync(join(casesDir, file), 'utf8')) as BadInputCase[]).map((c) => ({ ...c, file })));
}

async function contentBytes(content: FileContent): Promise<Uint8Array | 'dir'> {
  if (typeof content === 'string') return new TextEncoder().encode(content);
  if ('dir' in content) return 'dir';
  if ('scoring' in content) return scoringWorkbook(content.scoring);
  if ('base64' in content) return new Uint8Array(Buffer.from(content.base64, 'base64'));
  if ('encoding' in content) {
    return content.encoding === 'gbk' ? new Uint8Array(iconv.encode(content.text, 'gbk')) : new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(content.text, 'utf16le')]));
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(content.sheet ?? 'Sheet1');
  content.xlsx.forEach((row, r) => row.forEach((cell, c) => cell !== null && cell !== undefined && (sheet.getCell(r + 1, c + 1).value = cell as ExcelJS.CellValue)));
  for (const [address, formula] of Object.entries(content.formulas ?? {})) {
    sheet.getCell(address).value = ('result' in formula ? { formula: formula.formula, result: formula.result } : { formula: formula.formula }) as ExcelJS.CellValue;
  }
  for (const range of content.merges ?? []) sheet.mergeCells(range);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function generatedCsv(rows: number, failing: number): string {
  const lines = ['类别,单位名称,网址,总分'];
  for (let i = 0; i < rows; i++) {
    const score = i / rows < failing ? 30 + (i % 29) : 60 + (i % 50);
    lines.push(`${'ABCD'[i % 4]}类,第${i + 1}号网站,www.site${i + 1}.gov.cn,${score}.${i % 10}`);
  }
  return lines.join('\n') + '\n';
}

const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function snapshot(dir: string, prefix = ''): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      files.set(`${prefix}${name}/`, 'dir');
      for (const [inner, value] of snapshot(path, `${prefix}${name}/`)) files.set(inner, value);
    } else files.set(`${prefix}${name}`, hash(path));
  }
  return files;
}


async function runCase(c: BadInputCase): Promise<{ dir: string; stdout: string; stderr: string; exitCode: number; before: Map<string, string> }> {
  const dir = mkdtempSync(join(tmpdir(), 'gov-bad-'));
  for (const [name, content] of Object.entries(c.files ?? {})) {
    const path = join(dir, name.replace('{pid}', String(process.pid)));
    const bytes = await contentBytes(content);
    if (bytes === 'dir') mkdirSync(path, { recursive: true });
    else writeFileSync(path, bytes);
  }
  for (const [name, spec] of Object.entries(c.generate ?? {})) writeFileSync(join(dir, name), generatedCsv(spec.rows, spec.failing));
  const before = snapshot(dir);
  const argv = c.argv.map((arg) => arg.replaceAll('{dir}', dir));
  const output = await runSafely(argv);
  return { dir, stdout: output.stdout, stderr: output.stderr ?? '', exitCode: output.exitCode, before };
}

const cases = loadCases();

describe('bad-input corpus', () => {
  it('has at least 150 cases with unique ids, and guards every one of issue 12’s 11 defects', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    const ids = cases.map((c) => c.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const items = new Set(cases.map((c) => c.item));
    for (let item = 1; item <= 11; item++) expect(items.has(item), `item ${item}`).toBe(true);
  });

  describe.each(cases.map((c) => [`${c.file} › ${c.id}`, c] as const))('%s', (_, c) => {
    it(c.about, { timeout: 60_000 }, async () => {
      const result = await runCase(c);
      const shown = `exit ${result.exitCode}\nstdout: ${result.stdout}\nstderr: ${result.stderr}`;
      expect(result.exitCode, shown).toBe(c.exit);
      for (const text of c.stdout ?? []) expect(result.stdout, shown).toContain(text);
      for (const text of c.stderr ?? []) expect(result.stderr, shown).toContain(text);
      if (c.exit !== 0) expect(`${result.stdout}${result.stderr}`, shown).toMatch(/[\u4e00-\u9fff]/);
      expect(`${result.stdout}\n${result.stderr}`, shown).not.toMatch(UNFRIENDLY);
      expect([...`${result.stdout}${result.stderr}`].some((char) => ['\u001B', '\u0007', '\u009B'].includes(char)), 'a terminal control character reached the output').toBe(false);
      // Inputs unchanged, byte for byte; nothing left but the inputs and the named outputs.
      const outputs = new Set(c.outputs ?? []);
      const after = snapshot(result.dir);
      for (const [name, digest] of result.before) if (!outputs.has(name)) expect(after.get(name), `${name} changed or removed`).toBe(digest);
      for (const name of after.keys()) expect(result.before.has(name) || outputs.has(name), `unexpected file ${name}`).toBe(true);
      for (const name of outputs) if (!result.before.has(name) && c.exit !== 0) expect(existsSync(join(result.dir, name)), `${name} written although the command failed`).toBe(false);
    });
  });
});
