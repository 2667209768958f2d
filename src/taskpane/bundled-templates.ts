/** The templates of `indicators/`, bundled into the pane by webpack (no network at run time). */
import { parseTemplate, type LoadResult } from '../core/template-loader';

declare const require: {
  context(dir: string, deep: boolean, filter: RegExp): { keys(): string[]; (key: string): unknown };
};

export interface BundledTemplate {
  file: string;
  result: LoadResult;
}

export function bundledTemplates(): BundledTemplate[] {
  const context = require.context('../../indicators', false, /^\.\/(?!template\.schema).*\.json$/);
  return context
    .keys()
    .sort()
    .map((key) => ({ file: key.replace('./', ''), result: parseTemplate(context(key)) }));
}
