/** Issue 12 item 11: `rank` printing 200,000 rows as text overflowed the call stack (a huge spread into push). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';

describe('rank text output', () => {
  it('prints 200,000 ranked rows', { timeout: 60_000 }, async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gov-rank-200k-')), 'scores.csv');
    const rows = Array.from({ length: 200_000 }, (_, i) => `第${i + 1}号网站,${(i * 7919) % 1000 / 10 + 10}`);
    writeFileSync(file, `单位名称,总分\n${rows.join('\n')}\n`);
    const output = await run(['rank', file]);
    expect(output.exitCode).toBe(0);
    const lines = output.stdout.split('\n');
    expect(lines[0]).toMatch(/^【全部网站】共 200000 个/);
    expect(lines.filter((line) => /^ {2}第\d+名 {2}/.test(line))).toHaveLength(200_000);
  });
});
