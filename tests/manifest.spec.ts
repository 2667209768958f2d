/** What the schema check cannot see in manifest.xml: one shared runtime, namespace GOV, locales. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const manifest = readFileSync(join(__dirname, '../manifest.xml'), 'utf8');

function resid(pattern: RegExp): string | undefined {
  return manifest.match(pattern)?.[1];
}

describe('manifest.xml', () => {
  it('declares a long-lived runtime as the first child of the Workbook host', () => {
    expect(manifest).toMatch(/<Host xsi:type="Workbook">\s*<Runtimes>\s*<Runtime resid="([^"]+)" lifetime="long"\s*\/>/);
  });

  it('uses the same resid for the runtime, the custom functions page and the task pane', () => {
    const runtime = resid(/<Runtime resid="([^"]+)"/);
    expect(runtime).toBeTruthy();
    expect(resid(/<Page>\s*<SourceLocation resid="([^"]+)"/)).toBe(runtime);
    expect(resid(/<Action xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="([^"]+)"/)).toBe(runtime);
    expect(resid(/<FunctionFile resid="([^"]+)"/)).toBe(runtime);
  });

  it('requires the shared runtime and names the functions namespace GOV', () => {
    expect(manifest).toContain('<Set Name="SharedRuntime" MinVersion="1.1"/>');
    const namespaceId = resid(/<Namespace resid="([^"]+)"/);
    expect(manifest).toContain(`<bt:String id="${namespaceId}" DefaultValue="GOV"/>`);
  });

  it('defaults to zh-CN with en-US overrides', () => {
    expect(manifest).toContain('<DefaultLocale>zh-CN</DefaultLocale>');
    expect(manifest).toMatch(/<DisplayName DefaultValue="[^"]*[\u4e00-\u9fff][^"]*">\s*<Override Locale="en-US"/);
  });
});
