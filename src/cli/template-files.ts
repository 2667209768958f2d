/** Reading templates from `indicators/` (or a given path) for the command line. */
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTemplateJson, type LoadResult } from '../core/template-loader';
import type { Template } from '../core/template-schema';
import { readInputText } from './input-file';

/**
 * The templates: the nearest `indicators/` (the folder with template.schema.json) from this module up:
 * `cli/indicators/` of a release (the compiled module is in `cli/lib/`), the project's `indicators/`
 * from `src/cli/` (tsx, vitest) and from `build/cli/lib/` (the compiled CLI in the project).
 */
export const INDICATORS_DIR = indicatorsDir();

function indicatorsDir(): string {
  const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
  const candidates = ['indicators', '../indicators', '../../indicators', '../../../indicators'].map((path) => resolve(here, path));
  return candidates.find((dir) => existsSync(join(dir, 'template.schema.json'))) ?? candidates[2];
}

export interface TemplateFile {
  file: string;
  result: LoadResult;
}

/** Every template file of a folder (the JSON Schema file excepted), sorted by name. */
export function loadTemplateFiles(dir = INDICATORS_DIR): TemplateFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .sort()
    .map((name) => loadTemplateFile(join(dir, name)));
}

/** A template file, decoded as every text file is (a BOM, UTF-16 or GBK included). */
export function loadTemplateFile(file: string): TemplateFile {
  return { file, result: parseTemplateJson(readInputText(file, '模板文件')) };
}

/** A template by id (`gx-2023-city`) or by file path (`./my-template.json`). */
export function resolveTemplateArgument(argument: string, dir = INDICATORS_DIR): TemplateFile | undefined {
  if (argument.endsWith('.json') || argument.includes('/') || argument.includes('\\')) {
    return existsSync(argument) ? loadTemplateFile(argument) : undefined;
  }
  const file = join(dir, `${argument}.json`);
  return existsSync(file) ? loadTemplateFile(file) : undefined;
}

export function templateLookup(dir = INDICATORS_DIR): (id: string) => Template | undefined {
  return (id) => {
    const found = resolveTemplateArgument(id, dir);
    return found?.result.ok ? found.result.template : undefined;
  };
}

export function templateIdOf(file: string): string {
  return basename(file, '.json');
}
