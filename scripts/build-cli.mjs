/**
 * Compiles the command line (src/cli/main.ts) with esbuild into an ES module run by plain `node`:
 * every dependency (ExcelJS, zod, …) is bundled, so it needs no node_modules.
 *
 *   node scripts/build-cli.mjs [--if-stale] [--out FILE]
 *
 * Default output: build/cli/gov-eval.mjs (the `bin` of package.json; `npm run cli` builds it when a
 * source is newer). Decision: the commands that need ExcelJS are split into `lib/*.mjs` beside the
 * entry (esbuild code splitting of src/cli/run.ts's dynamic imports). One file would make every start
 * compile ExcelJS's 1.3 MB (~0.4 s for `templates` on the 2-core machines); split, `templates` starts
 * in about half that (README, Benchmarks). The folder is the program: copy it whole.
 * The templates are not bundled: the CLI reads `indicators/` beside it, or the project's
 * `indicators/` two folders up (src/cli/template-files.ts).
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_OUT = join(root, 'build/cli/gov-eval.mjs');

/**
 * esbuild options for a program run by plain `node` (the CLI here, the release's HTTPS server):
 * one ES module with its dependencies bundled. CommonJS dependencies (ExcelJS, sirv's) call require()
 * for Node built-ins, and an ES module has none of its own: the banner makes one.
 */
export const NODE_PROGRAM = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'eof',
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
};

export async function buildCli(outfile = CLI_OUT) {
  const { build } = await import('esbuild');
  rmSync(join(dirname(outfile), 'lib'), { recursive: true, force: true });
  await build({
    entryPoints: { [basename(outfile, '.mjs')]: join(root, 'src/cli/main.ts') },
    outdir: dirname(outfile),
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: 'lib/[name]-[hash]',
    ...NODE_PROGRAM,
    // A native module (prebuilt per platform, from npm): loaded from node_modules when present; the
    // notice command writes its document without chart images where it is not (src/cli/notice-command.ts).
    external: ['@resvg/resvg-js'],
  });
  return outfile;
}

function newestSource() {
  let newest = 0;
  const visit = (path) => {
    const stat = statSync(path);
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const path of ['src/cli', 'src/core', 'src/xlsx', 'src/docx', 'src/charts', 'package-lock.json', 'scripts/build-cli.mjs']) visit(join(root, path));
  return newest;
}

/** Whether the compiled CLI is missing or older than one of its sources. */
export function cliIsStale(outfile = CLI_OUT) {
  return !existsSync(outfile) || statSync(outfile).mtimeMs < newestSource();
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const outfile = outIndex >= 0 ? resolve(args[outIndex + 1]) : CLI_OUT;
  // No top-level await: the bench (CommonJS under tsx) imports this module.
  if (!args.includes('--if-stale') || cliIsStale(outfile)) {
    buildCli(outfile).catch((error) => {
      process.stderr.write(`命令行工具编译失败：${error.message}\n`);
      process.exitCode = 1;
    });
  }
}
