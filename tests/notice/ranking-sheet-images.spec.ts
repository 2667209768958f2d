/**
 * `rank -o`: the 排名 sheet carries one chart image per category (issue 16), where the pane's Excel
 * writes its native chart (the plan's chart anchors), each a PNG that is not blank.
 */
import JSZip from 'jszip';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import { decodePng, inkedPixels } from '../support/png-pixels';

it('places a scores chart per category beside its table on the 排名 sheet', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rank-images-'));
  const rows = ['类别,单位名称,总分', ...Array.from({ length: 12 }, (_, i) => `${i % 3 === 0 ? '设区市' : 'A类'},网站${i + 1},${50 + i * 4}`)];
  writeFileSync(join(dir, 'scores.csv'), rows.join('\n'));
  const out = join(dir, 'ranking.xlsx');
  const made = await run(['rank', join(dir, 'scores.csv'), '-o', out]);
  expect(made.exitCode, made.stderr).toBe(0);
  const zip = await JSZip.loadAsync(readFileSync(out));
  const media = Object.keys(zip.files).filter((name) => /^xl\/media\/.*\.png$/.test(name));
  expect(media).toHaveLength(2);
  for (const name of media) {
    const pixels = decodePng(await zip.file(name)!.async('uint8array'));
    expect(inkedPixels(pixels)).toBeGreaterThan(5000);
  }
  // Anchored to the right of the tables, after the hidden marker column (G, 0-based 6).
  const drawing = await zip.file('xl/drawings/drawing1.xml')!.async('string');
  const anchors = [...drawing.matchAll(/<xdr:from><xdr:col>(\d+)<\/xdr:col><xdr:colOff>\d+<\/xdr:colOff><xdr:row>(\d+)<\/xdr:row>/g)].map((m) => [Number(m[1]), Number(m[2])]);
  expect(anchors).toHaveLength(2);
  for (const [column] of anchors) expect(column).toBe(7);
  expect(anchors[1][1] - anchors[0][1]).toBeGreaterThanOrEqual(16);
});
