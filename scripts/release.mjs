/**
 * `npm run release -- --url https://host/path/ [--share \\server\addins] [--office-js local|cdn] [--out DIR]`
 *
 * Builds the release kit for an office network in `release/gov-eval-addin-<version>/` (paths that
 * administrators and their scripts rely on):
 *   web/                      the static files for the office's HTTPS server (content-hashed names)
 *   manifest.xml              every URL on the given address, <Version> from package.json
 *   安装说明.md                the administrator's instructions, filled in for this address and share
 *   catalog/trust-catalog.reg the trusted add-in catalog for the share (with --share)
 *   server/serve.mjs          an optional HTTPS server for web/ (plain node, sirv bundled) + config.json
 *   cli/gov-eval.mjs          the compiled command line (+ lib/, indicators/, package.json)
 * The kit is assembled in a hidden folder beside it and renamed when complete: a failed release
 * leaves nothing half-built. A version is released once: a new release needs a higher version.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCli, NODE_PROGRAM } from './build-cli.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
/** The address the source manifest (and `npm start`) uses; every occurrence is replaced. */
export const DEV_URL = 'https://localhost:3000/';
export const KIT_PREFIX = 'gov-eval-addin-';

export class ReleaseError extends Error {
  name = 'ReleaseError';
}

const USAGE =
  '用法：npm run release -- --url https://服务器/路径/ [--share \\\\服务器\\共享文件夹] [--office-js local|cdn] [--out 输出文件夹]';

/**
 * The base address the add-in will be served from: https only, no query or fragment, not `localhost`
 * (which on each evaluator's PC means that PC), and with a trailing slash (added, and said so).
 */
export function releaseUrl(text) {
  if (!text) throw new ReleaseError(`缺少 --url：请给出加载项网页文件所在的 HTTPS 地址，如 https://eval.example.gov.cn/gov-eval/。\n${USAGE}`);
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new ReleaseError(`地址 “${text}” 不是有效的网址，应形如 https://eval.example.gov.cn/gov-eval/。`);
  }
  if (url.protocol !== 'https:') {
    throw new ReleaseError(`地址 “${text}” 不是 https：Office 只从 HTTPS 地址加载加载项，请使用单位证书机构为该服务器签发的证书并改用 https://。`);
  }
  if (url.hostname === 'localhost') {
    throw new ReleaseError('地址不能是 localhost：在每位评估人员的电脑上，localhost 指的是他自己的电脑。请使用服务器的主机名。');
  }
  if (url.search || url.hash) throw new ReleaseError(`地址 “${text}” 含有 “?” 或 “#” 部分，请只给出文件夹地址。`);
  if (url.username || url.password) throw new ReleaseError('地址中不能含有用户名或密码。');
  const notes = [];
  if (!url.pathname.endsWith('/')) {
    url.pathname += '/';
    notes.push(`地址末尾没有 “/”，已按文件夹处理：${url.href}`);
  }
  if (url.hostname === '127.0.0.1' || url.hostname === '[::1]') notes.push(`注意：${url.hostname} 只指向本机，这样的发布包只适合在本机测试。`);
  return { url: url.href, host: url.hostname, notes };
}

/** A UNC share path (`\\server\share[\folder]`), as the trusted catalog's Url takes it. */
export function sharePath(text) {
  const share = text.trim().replace(/\//g, '\\').replace(/\\+$/, '');
  if (!/^\\\\[^\\]+\\[^\\]+/.test(share)) {
    throw new ReleaseError(`共享文件夹 “${text}” 不是网络路径，应形如 \\\\服务器\\共享名（在命令行中每个 “\\” 可能需要写成 “\\\\”）。`);
  }
  return share;
}

/** The catalog's GUID: derived from the share, so a later release for the same share reuses the same registry key. */
export function catalogGuid(share) {
  const hex = createHash('sha1').update(`gov-eval-addin-catalog:${share.toLowerCase()}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}}`;
}

/**
 * The .reg file that registers the share as a trusted add-in catalog shown in the add-in dialog, as
 * Microsoft's "Sideload Office Add-ins on Windows from a network share" gives it
 * (https://learn.microsoft.com/office/dev/add-ins/testing/create-a-network-shared-folder-catalog-for-task-pane-and-content-add-ins,
 * "Specify the shared folder as a trusted catalog" › "Configure the trust manually" › registry):
 * key HKCU\Software\Microsoft\Office\16.0\WEF\TrustedCatalogs\{GUID}, "Id" the same GUID, "Url" the
 * share with every backslash doubled, "Flags"=dword:00000001 (the page's value; what the manual steps
 * call "Show in Menu"). Written as UTF-16 LE with a byte order mark and CRLF, the encoding of
 * "Windows Registry Editor Version 5.00" files, so a share name in Chinese survives.
 */
export function registryFile(share) {
  const guid = catalogGuid(share);
  const escaped = share.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  const lines = [
    'Windows Registry Editor Version 5.00',
    '',
    '; 政府网站绩效评估加载项：把共享文件夹登记为受信任的加载项目录（仅当前用户）。',
    '; 运行前请关闭所有 Office 程序；之后在 Excel 的“加载项”对话框中选择“共享文件夹”。',
    `[HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\WEF\\TrustedCatalogs\\${guid}]`,
    `"Id"="${guid}"`,
    `"Url"="${escaped}"`,
    '"Flags"=dword:00000001',
    '',
  ];
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines.join('\r\n'), 'utf16le')]);
}

/** `0.2.0` → `0.2.0.0` (the manifest's four-part version). */
export function manifestVersion(version) {
  const parts = version.split('-')[0].split('.');
  if (parts.length > 4 || parts.some((part) => !/^\d+$/.test(part))) throw new ReleaseError(`package.json 的版本号 “${version}” 无法写入清单（应为 1–4 段数字，如 1.2.0）。`);
  while (parts.length < 4) parts.push('0');
  return parts.join('.');
}

function compareVersions(a, b) {
  const pa = manifestVersion(a).split('.').map(Number);
  const pb = manifestVersion(b).split('.').map(Number);
  for (let i = 0; i < 4; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
}

/** Refuses a version that is not higher than every kit already in `outRoot`. */
export function checkNewVersion(outRoot, version) {
  if (!existsSync(outRoot)) return;
  const released = readdirSync(outRoot)
    .filter((name) => name.startsWith(KIT_PREFIX))
    .map((name) => name.slice(KIT_PREFIX.length))
    .filter((v) => /^\d+(\.\d+){0,3}$/.test(v));
  const highest = released.sort(compareVersions).at(-1);
  if (highest !== undefined && compareVersions(version, highest) <= 0) {
    throw new ReleaseError(
      `${relative(process.cwd(), outRoot) || outRoot} 中已有版本 ${highest} 的发布包，新发布的版本必须更高（当前 package.json 为 ${version}）。` +
        'Office 按版本号缓存加载项：同一版本再次发布，已安装的电脑不会更新。请提高 package.json 中的 "version"，并同步 manifest.xml 的 <Version>。',
    );
  }
}

/** Every file of a folder, as paths relative to it with forward slashes. */
function listFiles(dir, prefix = '') {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

/** `functions.js` → `functions.1a2b3c4d.js` etc.: the hashed file a source name became in `web/`. */
export function hashedNames(files) {
  const map = new Map();
  for (const file of files) {
    const match = /^(.*)\.[0-9a-f]{8}(\.[a-z0-9]+)$/.exec(file);
    if (match) map.set(`${match[1]}${match[2]}`, file);
  }
  return map;
}

/**
 * The release manifest: each `https://localhost:3000/<file>` of the source manifest becomes `<url><file
 * as built>`, <Version> follows package.json. Every URL must name a file that is in `web/`.
 */
export function releaseManifest(source, { url, version, files }) {
  const names = hashedNames(files);
  const present = new Set(files);
  const missing = [];
  let xml = source.replace(/https:\/\/localhost:3000\/([^"<\s]*)/g, (_all, path) => {
    const built = names.get(path) ?? path;
    if (!present.has(built)) missing.push(path);
    return `${url}${built}`;
  });
  if (missing.length) throw new ReleaseError(`清单引用的文件没有生成：${missing.join('、')}。`);
  xml = xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
  if (/localhost/i.test(xml)) throw new ReleaseError('清单中仍有 localhost 地址，发布中止。');
  return xml;
}

async function buildWeb(outputPath, officeJs) {
  const webpack = require('webpack');
  const config = await require(join(root, 'webpack.config.js'))({ release: true, officeJs, outputPath }, { mode: 'production' });
  const stats = await new Promise((resolvePromise, reject) => webpack(config, (error, result) => (error ? reject(error) : resolvePromise(result))));
  if (stats.hasErrors()) throw new ReleaseError(`网页文件构建失败：\n${stats.toString({ all: false, errors: true })}`);
}

async function buildServer(outfile) {
  const { build } = await import('esbuild');
  await build({ entryPoints: [join(root, 'src/server/serve.ts')], outfile, ...NODE_PROGRAM });
}

function instructions(values) {
  const template = readFileSync(join(root, 'scripts/release/安装说明.md'), 'utf8');
  return template.replace(/\{\{(\w+)\}\}/g, (_all, name) => {
    if (!(name in values)) throw new ReleaseError(`安装说明模板中有未知的占位符 {{${name}}}。`);
    return values[name];
  });
}

export async function release(argv, log = (line) => process.stdout.write(`${line}\n`)) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { url: { type: 'string' }, share: { type: 'string' }, 'office-js': { type: 'string', default: 'local' }, out: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    throw new ReleaseError(`参数有误（${error.message}）。\n${USAGE}`);
  }
  const { url, host, notes } = releaseUrl(values.url);
  const officeJs = values['office-js'];
  if (officeJs !== 'local' && officeJs !== 'cdn') throw new ReleaseError(`--office-js 只能是 local（随加载项提供，默认）或 cdn（微软 CDN）。`);
  const share = values.share === undefined ? null : sharePath(values.share);
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const outRoot = resolve(values.out ?? join(root, 'release'));
  checkNewVersion(outRoot, version);
  notes.forEach((note) => log(note));

  const kit = join(outRoot, `${KIT_PREFIX}${version}`);
  const staging = join(outRoot, `.${KIT_PREFIX}${version}.${process.pid}.partial`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    log('正在构建网页文件（约 1 分钟）…');
    await buildWeb(join(staging, 'web'), officeJs);
    const files = listFiles(join(staging, 'web'));
    const manifest = releaseManifest(readFileSync(join(root, 'manifest.xml'), 'utf8'), { url, version, files });
    writeFileSync(join(staging, 'manifest.xml'), manifest);

    if (share) {
      mkdirSync(join(staging, 'catalog'));
      writeFileSync(join(staging, 'catalog/trust-catalog.reg'), registryFile(share));
    }

    log('正在生成 HTTPS 服务程序与命令行工具…');
    await buildServer(join(staging, 'server/serve.mjs'));
    writeFileSync(join(staging, 'server/config.json'), `${JSON.stringify({ url }, null, 2)}\n`);
    await buildCli(join(staging, 'cli/gov-eval.mjs'));
    cpSync(join(root, 'indicators'), join(staging, 'cli/indicators'), { recursive: true });
    const cliPackage = {
      name: 'gov-eval',
      version,
      description: '政府网站绩效评估命令行工具（评分表、模板检查、排名、任务分解）',
      type: 'module',
      bin: { 'gov-eval': 'gov-eval.mjs' },
      engines: { node: '>=20.19.0' },
      license: 'MIT',
    };
    writeFileSync(join(staging, 'cli/package.json'), `${JSON.stringify(cliPackage, null, 2)}\n`);

    const address = new URL(url);
    writeFileSync(
      join(staging, '安装说明.md'),
      instructions({
        VERSION: version,
        URL: url,
        HOST: host,
        PATH: address.pathname,
        PORT: address.port || '443',
        SHARE: share ?? '\\\\服务器\\共享文件夹',
        SHARE_NOTE: share
          ? `本发布包已为共享文件夹 \`${share}\` 生成 \`catalog/trust-catalog.reg\`。`
          : '生成本发布包时没有给出 `--share`，因此没有 `catalog/trust-catalog.reg`：可按下文手工登记，或加上 `--share \\\\服务器\\共享文件夹` 重新生成（需先提高版本号）。',
        OFFICE_JS: officeJs === 'local' ? '随加载项提供（`web/office-js/`），评估人员的电脑无需访问互联网' : '从微软 CDN（appsforoffice.microsoft.com）加载，评估人员的电脑必须能访问该地址',
      }),
    );

    rmSync(kit, { recursive: true, force: true });
    renameSync(staging, kit);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  log(`发布包已生成：${relative(process.cwd(), kit) || kit}`);
  log(`  web/            上传到 ${url} 对应的 HTTPS 服务器`);
  log('  manifest.xml    放入共享文件夹（受信任的加载项目录）');
  log(share ? `  catalog/trust-catalog.reg  在每台电脑上导入（共享文件夹 ${share}）` : '  （未给出 --share：没有生成 catalog/trust-catalog.reg）');
  log('  安装说明.md      管理员安装步骤');
  return kit;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  release(process.argv.slice(2)).catch((error) => {
    process.stderr.write(`${error instanceof ReleaseError ? error.message : `发布失败：${error.stack ?? error}`}\n`);
    process.exitCode = 1;
  });
}
