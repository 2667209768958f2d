/** What `npm run release` accepts and refuses before it builds anything (scripts/release.mjs). */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { catalogGuid, checkNewVersion, manifestVersion, releaseManifest, releaseUrl, sharePath } from '../../scripts/release.mjs';

const root = join(__dirname, '../..');
const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');

describe('release address', () => {
  it('takes an https folder address and adds the trailing slash, saying so', () => {
    expect(releaseUrl('https://eval.example.gov.cn/gov-eval/')).toEqual({ url: 'https://eval.example.gov.cn/gov-eval/', host: 'eval.example.gov.cn', notes: [] });
    const added = releaseUrl('https://eval.example.gov.cn/gov-eval');
    expect(added.url).toBe('https://eval.example.gov.cn/gov-eval/');
    expect(added.notes).toEqual(['地址末尾没有 “/”，已按文件夹处理：https://eval.example.gov.cn/gov-eval/']);
    expect(releaseUrl('https://eval.example.gov.cn').url).toBe('https://eval.example.gov.cn/');
  });

  it.each([
    [undefined, '缺少 --url'],
    ['', '缺少 --url'],
    ['eval.example.gov.cn/gov-eval/', '不是有效的网址'],
    ['http://eval.example.gov.cn/gov-eval/', '不是 https'],
    ['https://localhost:3000/', '地址不能是 localhost'],
    ['https://eval.example.gov.cn/gov-eval/?v=1', '含有 “?” 或 “#”'],
    ['https://user:pw@eval.example.gov.cn/', '用户名或密码'],
  ])('refuses %j', (text, message) => {
    expect(() => releaseUrl(text)).toThrow(message);
  });

  it('refuses on the command line with a Chinese message, exit 1, no stack trace and no kit', () => {
    const out = mkdtempSync(join(tmpdir(), 'gov-release-refused-'));
    for (const args of [['--url', 'http://eval.example.gov.cn/'], [], ['--url', 'https://eval.example.gov.cn/', '--office-js', 'web'], ['--url', 'https://e.example/', '--share', 'D:\\addins']]) {
      const result = spawnSync(process.execPath, [join(root, 'scripts/release.mjs'), ...args, '--out', out], { encoding: 'utf8' });
      expect(result.status, args.join(' ')).toBe(1);
      expect(result.stderr).toMatch(/[\u4e00-\u9fff]/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('release versions and catalog', () => {
  it('writes the four-part manifest version and refuses a version not above every released kit', () => {
    expect(manifestVersion('0.2.0')).toBe('0.2.0.0');
    expect(manifestVersion('1.2.3.4')).toBe('1.2.3.4');
    expect(() => manifestVersion('1.x')).toThrow('无法写入清单');
    const out = mkdtempSync(join(tmpdir(), 'gov-versions-'));
    checkNewVersion(join(out, 'none-yet'), '0.1.0');
    mkdirSync(join(out, 'gov-eval-addin-0.2.0'));
    mkdirSync(join(out, 'gov-eval-addin-0.10.0'));
    expect(() => checkNewVersion(out, '0.2.0')).toThrow('已有版本 0.10.0 的发布包');
    expect(() => checkNewVersion(out, '0.9.9')).toThrow('新发布的版本必须更高');
    expect(() => checkNewVersion(out, '0.10.1')).not.toThrow();
  });

  it('keeps the source manifest version equal to package.json', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(manifest).toContain(`<Version>${manifestVersion(version)}</Version>`);
  });

  it('takes UNC shares only and gives a share the same catalog GUID every time', () => {
    expect(sharePath('\\\\server\\addins\\')).toBe('\\\\server\\addins');
    expect(sharePath('//server/addins')).toBe('\\\\server\\addins');
    expect(() => sharePath('D:\\addins')).toThrow('不是网络路径');
    expect(() => sharePath('\\\\server')).toThrow('不是网络路径');
    expect(catalogGuid('\\\\server\\addins')).toMatch(/^\{[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\}$/);
    expect(catalogGuid('\\\\SERVER\\Addins')).toBe(catalogGuid('\\\\server\\addins'));
    expect(catalogGuid('\\\\server\\other')).not.toBe(catalogGuid('\\\\server\\addins'));
  });

  it('refuses a manifest whose files were not built', () => {
    const files = ['taskpane.html', 'functions.json', 'help.html', 'functions.1a2b3c4d.js', 'assets/icon-16.1a2b3c4d.png', 'assets/icon-32.1a2b3c4d.png', 'assets/icon-64.1a2b3c4d.png', 'assets/icon-80.1a2b3c4d.png'];
    const xml = releaseManifest(manifest, { url: 'https://e.example/g/', version: '0.2.0', files });
    expect(xml).toContain('DefaultValue="https://e.example/g/functions.1a2b3c4d.js"');
    expect(() => releaseManifest(manifest, { url: 'https://e.example/g/', version: '0.2.0', files: files.filter((f) => f !== 'help.html') })).toThrow('清单引用的文件没有生成：help.html');
  });
});

describe('release build configuration', () => {
  const config = (env: Record<string, unknown>) => createRequire(__filename)(join(root, 'webpack.config.js'))(env, { mode: 'production' });
  const htmlOptions = (c: { plugins: { constructor: { name: string }; userOptions?: Record<string, unknown> }[] }) =>
    c.plugins.find((p) => p.constructor.name === 'HtmlWebpackPlugin')!.userOptions!;

  it('loads Office.js from the copy served with the add-in by default, from Microsoft’s CDN with --office-js cdn', async () => {
    const local = await config({ release: true });
    expect(htmlOptions(local).officeJsSrc).toMatch(/^office-js\/\d+\.\d+\.\d+\/office\.js$/);
    const cdn = await config({ release: true, officeJs: 'cdn' });
    expect(htmlOptions(cdn).officeJsSrc).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    const copied = (c: { plugins: { constructor: { name: string }; patterns?: { from: string }[] }[] }) =>
      c.plugins.find((p) => p.constructor.name === 'CopyPlugin')!.patterns!.map((p) => p.from);
    expect(copied(local)).toContain('node_modules/@microsoft/office-js/dist');
    expect(copied(cdn)).not.toContain('node_modules/@microsoft/office-js/dist');
    expect(local.output.filename).toBe('[name].[contenthash:8].js');
    expect(existsSync(join(root, 'scripts/release/安装说明.md'))).toBe(true);
  });
});
