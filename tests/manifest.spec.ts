/** What the schema check cannot see in manifest.xml: one shared runtime, requirement sets, namespace GOV, locales. */
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

  /**
   * Office installs an add-in only where every requirement set of the top-level <Requirements> is
   * supported (https://learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements:
   * "Office prevents the add-in from being installed on combinations of Office version and platform
   * that don't support the APIs"). The GOV functions need CustomFunctionsRuntime 1.1, which Microsoft's
   * unified-manifest example for custom functions declares ("name": "CustomFunctionsRuntime",
   * "minVersion": "1.1", https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json);
   * with SharedRuntime 1.1 beside it no host that installs the add-in lacks the functions, so the pane
   * needs no fallback (hosts: README, "Supported hosts").
   */
  it('requires SharedRuntime 1.1 and CustomFunctionsRuntime 1.1 to install, outside VersionOverrides', () => {
    const topLevel = manifest.slice(0, manifest.indexOf('<VersionOverrides'));
    const sets = [...(topLevel.match(/<Requirements>[\s\S]*?<\/Requirements>/)?.[0] ?? '').matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\s*\/>/g)];
    expect(sets.map(([, name, version]) => `${name} ${version}`)).toEqual(['SharedRuntime 1.1', 'CustomFunctionsRuntime 1.1']);
    expect(manifest.slice(manifest.indexOf('<VersionOverrides'))).not.toContain('<Requirements>');
  });

  it('defaults to zh-CN with en-US overrides', () => {
    expect(manifest).toContain('<DefaultLocale>zh-CN</DefaultLocale>');
    expect(manifest).toMatch(/<DisplayName DefaultValue="[^"]*[\u4e00-\u9fff][^"]*">\s*<Override Locale="en-US"/);
  });
});
