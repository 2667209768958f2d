/**
 * Runs tests/fixtures/bad-inputs/cases/tables.json (hostile ranking tables, issue 12) through the
 * in-process CLI: each case's files are written to a fresh folder, the command must end with the
 * expected exit status and messages, leave its input files unchanged and create only `outputs`.
 * (The shared bad-input runner reads the same format; this one keeps the table cases checked here.)
 */
import iconv from 'iconv-lite';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import { tempDir, xlsxBytes } from './helpers';

type Content =
  | string
  | { base64: string }
  | { encoding: 'gbk' | 'utf16le-bom'; text: string }
  | { xlsx: unknown[][]; merges?: string[]; formulas?: Record<string, { formula: string; result?: number }>; sheet?: string };

interface Case {
  id: string;
  item: number | null;
  about: string;
  files: Record<string, Content>;
  argv: string[];
  exit: 0 | 1 | 2;
  stdout: string[];
  stderr: string[];
  outputs: string[];
}

const cases = JSON.parse(readFileSync(join(__dirname, '../fixtures/bad-inputs/cases/tables.json'), 'utf8')) as Case[];

async function bytesOf(content: Content): Promise<Uint8Array> {
  if (typeof content === 'string') return new TextEncoder().encode(content);
  if ('base64' in content) return Uint8Array.from(Buffer.from(content.base64, 'base64'));
  if ('encoding' in content) {
    const bytes = content.encoding === 'gbk' ? iconv.encode(content.text, 'gbk') : Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(content.text, 'utf16le')]);
    return new Uint8Array(bytes);
  }
  return xlsxBytes({ rows: content.xlsx, merges: content.merges, formulas: content.formulas, sheet: content.sheet });
}

describe('bad-input corpus: ranking tables', () => {
  it('has at least 40 cases with unique ids', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_, testCase) => {
    const dir = tempDir('tables-case-');
    const inputs = new Map<string, Uint8Array>();
    for (const [name, content] of Object.entries(testCase.files)) {
      const bytes = await bytesOf(content);
      writeFileSync(join(dir, name), bytes);
      inputs.set(name, bytes);
    }
    const result = await run(testCase.argv.map((arg) => arg.replaceAll('{dir}', dir)));
    expect({ exit: result.exitCode, stdout: result.stdout, stderr: result.stderr }).toMatchObject({ exit: testCase.exit });
    for (const text of testCase.stdout) expect(result.stdout).toContain(text);
    for (const text of testCase.stderr) expect(result.stderr ?? '').toContain(text);
    for (const [name, bytes] of inputs) expect(new Uint8Array(readFileSync(join(dir, name)))).toEqual(bytes);
    const created = readdirSync(dir).filter((name) => !inputs.has(name));
    expect(created.every((name) => testCase.outputs.includes(name))).toBe(true);
  }, 30_000);
});
