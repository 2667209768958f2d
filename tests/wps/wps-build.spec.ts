// @vitest-environment jsdom
/**
 * `npm run build:wps` (scripts/build-wps.mjs): the WPS add-in folder in the wpsjs layout, its ribbon
 * valid CustomUI (the structure of [MS-CUSTOMUI] CT_CustomUI: customUI > ribbon > tabs > tab > group >
 * button, https://learn.microsoft.com/openspecs/office_standards/ms-customui2/a232628d-f6fb-4630-a463-459989a68e7a;
 * no CustomUI schema is in /work/shared/schemas, so the XML is parsed and its structure checked), every
 * callback it names defined in main.js, the offline kit, and no address outside the folder.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { parse } from 'acorn';
import { waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeEt } from './host/et-host';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { WPS_GOV_FUNCTIONS } from '../../src/wps/wps-functions';

const CUSTOMUI_NS = 'http://schemas.microsoft.com/office/2006/01/customui';
/** Which children each element may have ([MS-CUSTOMUI] CT_CustomUI, CT_Ribbon, CT_Tabs, CT_Tab, CT_Group). */
const CHILDREN: Record<string, string[]> = { customUI: ['commands', 'ribbon', 'backstage', 'contextMenus'], ribbon: ['qat', 'tabs', 'contextualTabs', 'officeMenu'], tabs: ['tab'], tab: ['group'], group: ['button', 'toggleButton', 'separator', 'menu', 'splitButton', 'box', 'labelControl'], button: [] };
const CALLBACKS = ['onLoad', 'onAction', 'getImage', 'getLabel', 'getEnabled', 'getVisible'];

let dir: string;
let folder: string;
let built: { folderName: string; version: string };
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wps-build-'));
  // Built as `npm run build:wps` does, in its own process (esbuild does not run under jsdom).
  execFileSync(process.execPath, ['scripts/build-wps.mjs', '--out', dir], { stdio: 'pipe' });
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  built = { folderName: `gov_eval_${version}`, version };
  folder = join(dir, built.folderName);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const read = (...parts: string[]) => readFileSync(join(...parts), 'utf8');

/** Problems of a CustomUI document: wrong root or namespace, unknown children, bad or duplicate ids, missing labels. */
function customUiProblems(xml: string): string[] {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) return ['not well-formed XML'];
  const problems: string[] = [];
  const root = doc.documentElement;
  if (root.localName !== 'customUI' || root.namespaceURI !== CUSTOMUI_NS) problems.push(`root ${root.localName} in ${root.namespaceURI}`);
  const ids = new Set<string>();
  const walk = (element: Element) => {
    for (const child of Array.from(element.children)) {
      if (child.namespaceURI !== CUSTOMUI_NS || !(CHILDREN[element.localName] ?? []).includes(child.localName)) problems.push(`${child.localName} inside ${element.localName}`);
      const id = child.getAttribute('id');
      if (['tab', 'group', 'button'].includes(child.localName)) {
        if (!id || !/^[A-Za-z_][\w.-]{0,1023}$/.test(id)) problems.push(`${child.localName} id ${id}`);
        else if (ids.has(id)) problems.push(`duplicate id ${id}`);
        else ids.add(id);
        if (!child.getAttribute('label') && !child.getAttribute('getLabel')) problems.push(`${id} has no label`);
      }
      walk(child);
    }
  };
  walk(root);
  return problems;
}

describe('the WPS add-in folder', () => {
  it('has the wpsjs layout: index.html loading main.js, manifest.xml, ribbon.xml, the pane and its images', () => {
    expect(built.folderName).toBe(`gov_eval_${built.version}`);
    for (const file of ['index.html', 'main.js', 'manifest.xml', 'ribbon.xml', 'functions.json', 'functions.js', 'taskpane.html', 'taskpane.js', 'images/icon-32.png']) expect(existsSync(join(folder, file)), file).toBe(true);
    expect(read(folder, 'index.html')).toMatch(/<script[^>]+src="\.\/main\.js"/);
    expect(read(folder, 'index.html')).toMatch(/<script[^>]+src="\.\/functions\.js"/);
    expect(read(folder, 'manifest.xml')).toMatch(/<JsPlugin>[\s\S]*<Name>gov_eval<\/Name>/);
    expect(read(folder, 'taskpane.js')).toContain('gx-2023-county');
  });

  it('is what wpsjs packs: its offline build made gov_eval.7z holding the folder, file for file', () => {
    const sevenZip = createRequire(import.meta.url)('7zip-bin').path7za as string;
    const listing = execFileSync(sevenZip, ['l', '-slt', join(dir, 'gov_eval.7z')], { encoding: 'utf8' });
    const entries = new Map<string, number>();
    for (const block of listing.split(/\r?\n\r?\n/)) {
      const path = /^Path = (.+)$/m.exec(block)?.[1];
      const size = /^Size = (\d+)$/m.exec(block)?.[1];
      const isFolder = /^Folder = \+$/m.test(block) || /^Attributes = D/m.test(block);
      if (path && size !== undefined && !isFolder && path.startsWith(`${built.folderName}/`)) entries.set(path.slice(built.folderName.length + 1), Number(size));
    }
    const files = new Map<string, number>();
    const walk = (relative: string) => {
      for (const name of readdirSync(join(folder, relative))) {
        const path = relative ? `${relative}/${name}` : name;
        if (statSync(join(folder, path)).isDirectory()) walk(path);
        else files.set(path, statSync(join(folder, path)).size);
      }
    };
    walk('');
    expect(files.size).toBeGreaterThan(9);
    expect(Object.fromEntries(entries)).toEqual(Object.fromEntries(files));
  });

  it('declares the GOV functions as WPS reads them: manifest Functions, functions.json, and functions.js registering them', () => {
    const manifest = new DOMParser().parseFromString(read(folder, 'manifest.xml'), 'application/xml');
    expect([manifest.querySelector('Functions > Uri')?.textContent, manifest.querySelector('Functions > Namespace')?.textContent]).toEqual(['/functions.json', 'GOV']);
    const metadata = JSON.parse(read(folder, 'functions.json')) as { functions: { name: string; parameters: { type: string }[] }[] };
    expect(metadata.functions.map((f) => f.name).sort()).toEqual(Object.keys(WPS_GOV_FUNCTIONS).sort());
    expect(metadata.functions.find((f) => f.name === 'SPLIT_SCORE')?.parameters.map((p) => p.type)).toEqual(['any', 'any[][]', 'any[][]']);

    // The built script, as index.html runs it in a WPS that registers custom functions …
    const registered = new Map<string, (...args: unknown[]) => unknown>();
    const root = { ActiveWorkbook: null, AddCustomFunction: (namespace: string, name: string, callback: (...args: unknown[]) => unknown) => registered.set(`${namespace}.${name}`, callback) };
    runInNewContext(read(folder, 'functions.js'), { wps: root, Application: root });
    expect(registered.size).toBe(11);
    expect(registered.get('GOV.RATIO_SCORE')?.(10, 1, 2)).toBe(5);
    expect(registered.get('GOV.QUARTER_HEALTH')?.([[90, 80]])).toBe(85);
    expect(registered.get('GOV.CONTEST_SCORE')?.(10, '')).toBe('');
    expect(() => registered.get('GOV.RATIO_SCORE')?.(10, '文字', 2)).toThrow(/文字|数字/);
    // … and in one that does not (older WPS, or outside WPS): nothing happens, nothing fails.
    expect(() => runInNewContext(read(folder, 'functions.js'), { wps: { EtApplication: () => ({}) } })).not.toThrow();
    expect(() => runInNewContext(read(folder, 'functions.js'), {})).not.toThrow();
  });

  it('has a ribbon that is valid CustomUI with the 绩效评估 group and the 评估面板 button', () => {
    const xml = read(folder, 'ribbon.xml');
    expect(customUiProblems(xml)).toEqual([]);
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.documentElement.getAttribute('onLoad')).toBe('OnAddinLoad');
    expect(doc.querySelector('group')?.getAttribute('label')).toBe('绩效评估');
    const button = doc.querySelector('button');
    expect([button?.getAttribute('label'), button?.getAttribute('onAction')]).toEqual(['评估面板', 'OnAction']);
    // The check can fail: a stray element, a duplicate id and a missing label are reported.
    expect(customUiProblems(xml.replace('</group>', '<tab id="btnGovEvalPane"/></group>'))).toEqual(['tab inside group', 'duplicate id btnGovEvalPane', 'btnGovEvalPane has no label']);
    expect(customUiProblems('<customUI>')).toEqual(['not well-formed XML']);
  });

  it('defines every ribbon callback in main.js, and the button opens the pane from the folder, then toggles it', () => {
    const source = read(folder, 'main.js');
    const declared = (parse(source, { ecmaVersion: 5 }) as unknown as { body: { type: string; id?: { name: string } }[] }).body.flatMap((node) => (node.type === 'FunctionDeclaration' && node.id ? [node.id.name] : []));
    const named = [...read(folder, 'ribbon.xml').matchAll(new RegExp(`(?:${CALLBACKS.join('|')})="(\\w+)"`, 'g'))].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(1);
    for (const name of named) expect(declared).toContain(name);
    // The root as `Application` (WPS now) and as `wps` only (older WPS): the same behaviour.
    for (const global of ['Application', 'wps']) {
      const panes: { url: string; ID: string; Visible: boolean }[] = [];
      const storage = new Map<string, unknown>();
      const root: Record<string, unknown> = {
        PluginStorage: { getItem: (k: string) => storage.get(k), setItem: (k: string, v: unknown) => storage.set(k, v) },
        CreateTaskPane: (url: string) => (panes.push({ url, ID: `p${panes.length}`, Visible: false }), panes[panes.length - 1]),
        GetTaskPane: (id: string) => panes.find((p) => p.ID === id),
      };
      const sandbox: Record<string, unknown> = { [global]: root, document: { location: { href: 'file:///jsaddons/gov_eval_0.2.0/index.html' } } };
      runInNewContext(source, sandbox);
      const call = (name: string, ...args: unknown[]) => (sandbox[name] as (...a: unknown[]) => unknown)(...args);
      const ribbon = {};
      expect(call('OnAddinLoad', ribbon)).toBe(true);
      expect(root.ribbonUI).toBe(ribbon);
      call('OnAction', { Id: 'btnGovEvalPane' });
      expect(panes, global).toEqual([{ url: 'file:///jsaddons/gov_eval_0.2.0/taskpane.html', ID: 'p0', Visible: true }]);
      call('OnAction', { Id: 'btnGovEvalPane' });
      expect(panes).toHaveLength(1);
      expect(panes[0].Visible).toBe(false);
    }
  });

  it('loads nothing from outside the folder (no Office.js, no CDN, relative addresses only)', () => {
    for (const page of ['index.html', 'taskpane.html']) {
      const sources = [...read(folder, page).matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
      expect(sources.every((s) => s.startsWith('./')), `${page}: ${sources.join(', ')}`).toBe(true);
    }
    expect(read(folder, 'taskpane.html')).not.toMatch(/office\.js/);
    expect(read(folder, 'taskpane.js')).not.toMatch(/appsforoffice\.microsoft\.com|fonts\.googleapis|unpkg\.com|cdn\./);
  });

  it('starts the built pane in WPS: the bundle finds the ET application and the pane says 已连接 WPS 表格', async () => {
    const et = new FakeEt(['Sheet1']);
    // jsdom has no ResizeObserver (Fluent only needs it to exist); WPS's Chromium has.
    const ResizeObserver = class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    };
    Object.assign(window, { wps: et.page.wps, Application: et.page.Application, ResizeObserver });
    document.body.innerHTML = '<div id="container"></div>';
    // The bundle as WPS's Chromium runs it: a classic script in the page's global scope.
    window.eval(read(folder, 'taskpane.js'));
    await waitFor(() => expect(document.body.textContent).toContain('已连接 WPS 表格。'), { timeout: 15_000 });
    expect(document.body.textContent).not.toContain('评估面板未能启动');
    // It read the workbook through the ET object model (the sheet names for 评分表), nothing else.
    expect(et.violations).toEqual([]);
    // (Fluent's focus manager keeps a timer past the test: jsdom may log "NodeFilter is not defined" at teardown.)
  }, 30_000);

  it('never deletes a folder that is not a kit it made: refuses, in Chinese, with exit 1, the user\'s file untouched', () => {
    const other = mkdtempSync(join(tmpdir(), 'wps-out-'));
    writeFileSync(join(other, '我的文件.txt'), '保留');
    const run = spawnSync(process.execPath, ['scripts/build-wps.mjs', '--out', other], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`输出文件夹 “${other}” 已存在，且不是此前生成的 WPS 加载项，未做任何改动：请换一个空文件夹或新文件夹。`);
    expect(readdirSync(other)).toEqual(['我的文件.txt']);
    expect(readFileSync(join(other, '我的文件.txt'), 'utf8')).toBe('保留');
    expect(existsSync(`${other}.building`)).toBe(false);
    rmSync(other, { recursive: true, force: true });
  });

  it('comes with the offline kit: publish.xml naming the folder, jsplugins.xml, and the administrator\'s note in Chinese', () => {
    const publish = new DOMParser().parseFromString(read(dir, 'publish.xml'), 'application/xml');
    const entry = publish.querySelector('jsplugins > jsplugin');
    expect([entry?.getAttribute('name'), entry?.getAttribute('type'), entry?.getAttribute('url'), entry?.getAttribute('version')]).toEqual(['gov_eval', 'et', built.folderName, built.version]);
    // The attributes wpsjs's own offline install writes (src/lib/build.js, CreatePublishXml).
    const wpsjsBuild = readFileSync(join(dirname(createRequire(import.meta.url).resolve('wpsjs/vite_plugins')), 'lib', 'build.js'), 'utf8');
    const theirs = /<jsplugin ([^>]*?)\/>/.exec(wpsjsBuild)?.[1].match(/[\w]+(?==)/g) ?? [];
    expect(theirs.length).toBeGreaterThan(4);
    expect(entry?.getAttributeNames().sort()).toEqual([...theirs].sort());
    const plugins = new DOMParser().parseFromString(read(dir, 'jsplugins.xml'), 'application/xml');
    // The offline form wpsjs publishes: the folder packed as <name>.7z.
    expect([plugins.querySelector('jsplugin')?.getAttribute('type'), plugins.querySelector('jsplugin')?.getAttribute('url')?.split('/').pop()]).toEqual(['et', 'gov_eval.7z']);
    const note = read(dir, '安装说明.txt');
    for (const text of ['jsaddons', 'JSPluginsServer', 'oem.ini', '通用公式', '不访问互联网', built.folderName]) expect(note).toContain(text);
  });
});
