/** The task pane's JavaScript as the browser downloads it: raw and gzip sizes of the built files. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

export function bundleSizeLines(dist: string): string[] {
  if (!existsSync(join(dist, 'taskpane.html'))) return ['pane bundle: not built (run `npm run build` first)'];
  const files = readdirSync(dist).filter((name) => name.endsWith('.js') && statSync(join(dist, name)).isFile());
  const rows = files.map((name) => {
    const bytes = readFileSync(join(dist, name));
    return { name, raw: bytes.length, gzip: gzipSync(bytes).length };
  });
  const total = rows.reduce((sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip }), { raw: 0, gzip: 0 });
  return [
    'Pane bundle (dist/*.js; Office.js itself, served from dist/office-js, not counted):',
    ...rows.map((row) => `  ${row.name.padEnd(16)} ${kib(row.raw).padStart(9)}  gzip ${kib(row.gzip).padStart(8)}`),
    `  ${'total'.padEnd(16)} ${kib(total.raw).padStart(9)}  gzip ${kib(total.gzip).padStart(8)}`,
  ];
}
