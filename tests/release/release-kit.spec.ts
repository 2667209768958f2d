/**
 * The release kit as an administrator builds and uses it: `npm run release -- --url
 * https://127.0.0.1:8443/gov-eval/ --share \\server\评估加载项` (run as a program), the web files served
 * by the kit's own HTTPS server with a test certificate, the pane opened from that address in
 * Chromium (browser mode), the .reg file read back, and the compiled CLI installed from the kit.
 * One full production build (~1 minute).
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCertificate } from '../support/test-certificate';

const root = join(__dirname, '../..');
const URL_ARG = 'https://127.0.0.1:8443/gov-eval'; // no trailing slash: the release adds it
const BASE = 'https://127.0.0.1:8443/gov-eval/';
const SHARE = '\\\\server\\评估加载项';
const VERSION: string = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The host name `localhost` (not `document.localhost`, a name inside Office.js that is never requested). */
const LOCALHOST = /(?<![\w.-])localhost(?![\w-])/i;

let out: string;
let kit: string;
let releaseOutput: string;

function releaseRun(args: string[]) {
  return spawnSync(process.execPath, [join(root, 'scripts/release.mjs'), ...args], { cwd: root, encoding: 'utf8' });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('npm run release', { timeout: 240_000 }, () => {
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'gov-release-'));
    const result = releaseRun(['--url', URL_ARG, '--share', SHARE, '--out', out]);
    releaseOutput = result.stdout + result.stderr;
    expect(result.status, releaseOutput).toBe(0);
    kit = join(out, `gov-eval-addin-${VERSION}`);
  }, 240_000);

  it('builds the kit at the paths administrators rely on, and says it added the trailing slash', () => {
    for (const path of ['web/taskpane.html', 'web/functions.json', 'web/help.html', 'manifest.xml', '安装说明.md', 'catalog/trust-catalog.reg', 'server/serve.mjs', 'cli/gov-eval.mjs', 'cli/package.json']) {
      expect(existsSync(join(kit, path)), path).toBe(true);
    }
    expect(releaseOutput).toContain(`已按文件夹处理：${BASE}`);
    expect(readdirSync(out)).toEqual([`gov-eval-addin-${VERSION}`]); // no partial folder left beside it
  });

  it('leaves no localhost anywhere in the kit (the check finds it in the source manifest)', () => {
    expect(LOCALHOST.test(readFileSync(join(root, 'manifest.xml'), 'utf8'))).toBe(true);
    expect(LOCALHOST.test('e.localDocument="http://document.localhost/"')).toBe(false);
    const hits = filesUnder(kit).filter((file) => LOCALHOST.test(readFileSync(file, 'latin1')));
    expect(hits.map((file) => relative(kit, file))).toEqual([]);
  });

  it('names content-hashed scripts and icons, and serves Office.js with every locale from a versioned folder', () => {
    const web = readdirSync(join(kit, 'web'));
    expect(web).toEqual(expect.arrayContaining([expect.stringMatching(/^taskpane\.[0-9a-f]{8}\.js$/), expect.stringMatching(/^functions\.[0-9a-f]{8}\.js$/)]));
    expect(web.filter((name) => /^(taskpane|functions)\.js$/.test(name))).toEqual([]);
    expect(readdirSync(join(kit, 'web/assets')).every((name) => /^icon-\d+\.[0-9a-f]{8}\.png$/.test(name))).toBe(true);
    const officeJsVersion = JSON.parse(readFileSync(join(root, 'node_modules/@microsoft/office-js/package.json'), 'utf8')).version;
    const officeJs = join(kit, 'web/office-js', officeJsVersion);
    expect(existsSync(join(officeJs, 'office.js'))).toBe(true);
    expect(existsSync(join(officeJs, 'excel-win32-16.01.js'))).toBe(true);
    const locales = readdirSync(join(root, 'node_modules/@microsoft/office-js/dist')).filter((name) => existsSync(join(root, 'node_modules/@microsoft/office-js/dist', name, 'office_strings.js')));
    expect(locales.length).toBeGreaterThan(100);
    for (const locale of locales) expect(existsSync(join(officeJs, locale, 'office_strings.js')), locale).toBe(true);
    expect(readFileSync(join(kit, 'web/taskpane.html'), 'utf8')).toContain(`src=office-js/${officeJsVersion}/office.js`);
  });

  it('writes a manifest that passes the schema check, names only the given address and files that exist, at the package version', () => {
    const manifest = readFileSync(join(kit, 'manifest.xml'), 'utf8');
    const validation = spawnSync('xmllint', ['--noout', '--nonet', '--schema', join(root, 'tests/manifest-schemas/OfficeAppManifestV1_1.xsd'), join(kit, 'manifest.xml')], { encoding: 'utf8' });
    expect(validation.status, validation.stderr).toBe(0);
    if (existsSync(join(root, '../shared/bin/validate-manifest'))) {
      const shared = spawnSync(join(root, '../shared/bin/validate-manifest'), [join(kit, 'manifest.xml')], { encoding: 'utf8' });
      expect(shared.status, shared.stdout + shared.stderr).toBe(0);
    }
    const urls = [...manifest.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThanOrEqual(9);
    for (const url of urls) {
      expect(url.startsWith(BASE), url).toBe(true);
      expect(existsSync(join(kit, 'web', url.slice(BASE.length))), url).toBe(true);
    }
    expect(manifest).toContain(`<Version>${VERSION.split('.').concat(['0', '0', '0']).slice(0, 4).join('.')}</Version>`);
  });

  it('writes a .reg file that parses, registers the share as a trusted catalog and shows it in the menu', () => {
    const bytes = readFileSync(join(kit, 'catalog/trust-catalog.reg'));
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]); // UTF-16 LE with BOM
    const text = bytes.subarray(2).toString('utf16le');
    expect(text.split('\r\n')[0]).toBe('Windows Registry Editor Version 5.00');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/); // CRLF only
    const reg = parseReg(text);
    const keys = Object.keys(reg);
    expect(keys).toHaveLength(1);
    const match = /^HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16\.0\\WEF\\TrustedCatalogs\\(\{[0-9a-f-]{36}\})$/.exec(keys[0]);
    expect(match, keys[0]).not.toBeNull();
    expect(reg[keys[0]]).toEqual({ Id: match![1], Url: '\\\\server\\评估加载项', Flags: 1 });
  });

  it('fills in the administrator instructions for this address, host and share', () => {
    const text = readFileSync(join(kit, '安装说明.md'), 'utf8');
    expect(text).toContain(`本发布包为地址 **${BASE}** 生成`);
    expect(text).toContain('正好签发给 `127.0.0.1`');
    expect(text).toContain('location /gov-eval/ {');
    expect(text).toContain('`\\\\server\\评估加载项`');
    expect(text).not.toMatch(/\{\{\w+\}\}/);
  });

  describe('served by server/serve.mjs and opened in Chromium', () => {
    let server: ChildProcess;
    let browser: Browser;

    beforeAll(async () => {
      const certs = testCertificate(mkdtempSync(join(tmpdir(), 'gov-cert-')), 'release-test', 'IP:127.0.0.1');
      server = spawn(process.execPath, [join(kit, 'server/serve.mjs'), '--cert', certs.cert, '--key', certs.key, '--port', '8443', '--host', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'pipe'] });
      await new Promise<void>((resolve, reject) => {
        let output = '';
        const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 15_000);
        const onData = (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('按 Ctrl+C 停止')) {
            clearTimeout(timer);
            resolve();
          }
        };
        server.stdout!.on('data', onData);
        server.stderr!.on('data', onData);
        server.once('exit', (code) => reject(new Error(`server exited ${code}: ${output}`)));
      });
      browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      server?.kill();
    });

    it('shows the working pane and requests nothing from any other host', async () => {
      // The test certificate is self-signed; an office's CA certificate would be trusted by the PCs.
      const context = await browser.newContext({ ignoreHTTPSErrors: true, locale: 'zh-CN', viewport: { width: 360, height: 900 }, acceptDownloads: true });
      const page = await context.newPage();
      const requests: string[] = [];
      const failures: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      page.on('requestfailed', (request) => failures.push(request.url()));
      page.on('response', (response) => {
        if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
      });
      await page.goto(BASE); // the server sends the bare folder to taskpane.html
      expect(page.url()).toBe(`${BASE}taskpane.html`);
      await page.getByText(/当前在浏览器中运行/).waitFor();
      await page.getByRole('combobox', { name: '选择指标模板' }).click();
      await page.getByRole('option', { name: /县（市、区）政府门户网站绩效评估指标/ }).click();
      await page.getByText('基础分 100，加分 16，扣分 14；43 个末级指标').waitFor();
      // The workbook writer is a chunk of its own, loaded on demand from its hashed name.
      await page.getByRole('tab', { name: '评分表' }).click();
      await page.getByRole('textbox', { name: /网站名称/ }).fill('甲县人民政府门户网站');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载评分表' }).click()]);
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      await context.close();
      const http = requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:'));
      expect(http.some((url) => /\/office-js\/[\d.]+\/office\.js$/.test(url))).toBe(true);
      expect(http.some((url) => /\/xlsx\.[0-9a-f]{8}\.js$/.test(url))).toBe(true);
      expect(http.filter((url) => !url.startsWith(BASE))).toEqual([]);
      expect(failures).toEqual([]);
    });
  });

  it('installs the compiled CLI from the kit with npm (no dev dependencies) and runs it with plain node', () => {
    const work = mkdtempSync(join(tmpdir(), 'gov-cli-'));
    const copy = join(work, 'cli');
    cpSync(join(kit, 'cli'), copy, { recursive: true });
    const npm = (args: string[], cwd: string) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--offline'], { cwd, encoding: 'utf8', stdio: 'pipe' });
    npm(['install', '--omit=dev'], copy);
    expect(existsSync(join(copy, 'node_modules'))).toBe(false); // nothing to install: everything is bundled
    npm(['install', '--global', '--prefix', join(work, 'prefix'), copy], work);
    const bin = join(work, 'prefix/bin/gov-eval');
    const templates = spawnSync(bin, ['templates'], { cwd: work, encoding: 'utf8' });
    expect(templates.status, templates.stderr).toBe(0);
    expect(templates.stdout).toContain('gx-2023-county  县（市、区）政府门户网站绩效评估指标（2023，评分指标，43 个末级指标）');
    writeFileSync(join(work, 'sites.txt'), '甲县人民政府门户网站\n乙县人民政府门户网站\n');
    const workbook = spawnSync(bin, ['workbook', 'gx-2023-county', '--sites', 'sites.txt', '-o', '评分表.xlsx'], { cwd: work, encoding: 'utf8' });
    expect(workbook.status, workbook.stdout + workbook.stderr).toBe(0);
    expect(workbook.stdout).toBe('已写入 评分表.xlsx：3 个工作表（汇总、甲县人民政府门户网站、乙县人民政府门户网站），GOV 函数（需加载项）。\n');
  });

  it('refuses to release the same version again, before building anything', () => {
    const again = releaseRun(['--url', BASE, '--out', out]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`已有版本 ${VERSION} 的发布包，新发布的版本必须更高`);
    expect(again.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(readdirSync(out)).toEqual([`gov-eval-addin-${VERSION}`]);
  });
});

/** A minimal reader of .reg text: `[key]` sections with `"name"="string"` and `"name"=dword:hex` values. */
function parseReg(text: string): Record<string, Record<string, string | number>> {
  const keys: Record<string, Record<string, string | number>> = {};
  let current: Record<string, string | number> | null = null;
  for (const line of text.split('\r\n').slice(1)) {
    if (line === '' || line.startsWith(';')) continue;
    const key = /^\[(.+)\]$/.exec(line);
    if (key) {
      current = keys[key[1]] = {};
      continue;
    }
    const value = /^"([^"]+)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/.exec(line);
    if (!value || !current) throw new Error(`not a .reg line: ${line}`);
    current[value[1]] = value[3] !== undefined ? parseInt(value[3], 16) : value[2].replace(/\\(.)/g, '$1');
  }
  return keys;
}
