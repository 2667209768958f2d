/**
 * Builds the WPS add-in (WPS加载项) and its offline publishing kit:
 *
 *   node scripts/build-wps.mjs [--out DIR]        (npm run build:wps; default build/wps)
 *
 * DIR/gov_eval_<version>/   the add-in folder, in the layout of the wpsjs 2.2.3 et template
 *                           (node_modules/wpsjs/packages/@wps-jsapi/et: index.html loading main.js and
 *                           the functions script, manifest.xml naming functions.json and the namespace,
 *                           ribbon.xml, images/): index.html, main.js, ribbon.xml, manifest.xml,
 *                           functions.json + functions.js (the GOV functions, src/wps/wps-functions.ts),
 *                           taskpane.html + taskpane.js (the pane, every dependency and the indicator
 *                           templates bundled), images/
 * DIR/gov_eval.7z           that folder packed by wpsjs's own offline build (`wpsjs build`, 离线插件),
 *                           for oem.ini's JSPluginsServer
 * DIR/publish.xml           the add-in list WPS reads from its jsaddons folder (per user; offline)
 * DIR/jsplugins.xml         the list for oem.ini's JSPluginsServer (enterprise deployment)
 * DIR/安装说明.txt           the administrator's note
 *
 * Nothing in the folder refers to an address outside it: no request leaves the intranet.
 * The pane and the functions are bundled with esbuild (a second or two; the wpsjs templates use vite,
 * which this project does not have). The folder is then handed to wpsjs's offline build
 * (src/lib/build.js buildWithArgs({ pluginType: 'offline' }) — what `wpsjs build` runs after asking
 * 在线/离线, called directly because the question is interactive): it copies the folder to
 * wps-addon-build/<name>_<version> and packs it as <name>.7z with the 7-Zip of the 7zip-bin package.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, chmodSync, constants, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const WPS_ADDIN_NAME = 'gov_eval';

/** The pane's templates: webpack's require.context in bundled-templates.ts, here a generated module. */
function templatesPlugin() {
  return {
    name: 'bundled-templates',
    setup(build) {
      build.onLoad({ filter: /bundled-templates\.ts$/ }, () => {
        const files = readdirSync(join(root, 'indicators')).filter((f) => f.endsWith('.json') && !f.startsWith('template.schema')).sort();
        const imports = files.map((file, i) => `import t${i} from ${JSON.stringify(join(root, 'indicators', file))};`).join('\n');
        const entries = files.map((file, i) => `{ file: ${JSON.stringify(file)}, result: parseTemplate(t${i}) }`).join(',\n');
        return {
          loader: 'ts',
          resolveDir: join(root, 'src/taskpane'),
          contents: `import { parseTemplate } from '../core/template-loader';\n${imports}\nexport function bundledTemplates() { return [${entries}]; }\n`,
        };
      });
    },
  };
}

function xmlText(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * functions.json for WPS from the GOV functions' JSDoc (custom-functions-metadata, as Excel's build
 * makes its functions.json), converted by src/wps/wps-functions.ts (bundled here to run it in Node).
 */
async function wpsFunctionsJson(build) {
  const { generateCustomFunctionsMetadata } = await import('custom-functions-metadata');
  const excel = await generateCustomFunctionsMetadata(join(root, 'src/functions/functions.ts'));
  if (excel.errors.length > 0) throw new Error(`GOV 函数说明有误：${excel.errors.join('；')}`);
  const bundled = await build({ entryPoints: [join(root, 'src/wps/wps-functions.ts')], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'warning' });
  const { wpsFunctionsMetadata } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
  return `${JSON.stringify(wpsFunctionsMetadata(JSON.parse(excel.metadataJson)), null, 2)}\n`;
}

/**
 * Packs the folder as <name>.7z with wpsjs's offline build, in a staging folder holding the files and
 * a package.json with the add-in's name and version (what wpsjs reads). 7zip-bin 5.2.0 ships its
 * 7za without the execute bit on Linux and macOS (https://github.com/develar/7zip-bin/issues/19, open;
 * wpsjs then fails with "spawn … 7za EACCES"), so it is made executable first.
 */
function packWithWpsjs(folder, folderName, version, out) {
  const require = createRequire(import.meta.url);
  const sevenZip = require('7zip-bin').path7za;
  try {
    accessSync(sevenZip, constants.X_OK);
  } catch {
    chmodSync(sevenZip, 0o755);
  }
  const stage = join(out, '.wpsjs-stage');
  rmSync(stage, { recursive: true, force: true });
  cpSync(folder, stage, { recursive: true });
  writeFileSync(join(stage, 'package.json'), JSON.stringify({ name: WPS_ADDIN_NAME, version, description: '政府网站绩效评估 WPS 加载项' }));
  // wpsjs exports only ./vite_plugins (src/vite_plugins.js); its build module sits beside it.
  const wpsjsBuild = join(dirname(require.resolve('wpsjs/vite_plugins')), 'lib', 'build.js');
  // buildWithArgs resolves before 7-Zip finishes; the child process exits when it has.
  execFileSync(process.execPath, ['-e', `require(${JSON.stringify(wpsjsBuild)}).buildWithArgs({ pluginType: 'offline' })`], { cwd: stage, stdio: 'pipe' });
  const archive = join(stage, 'wps-addon-build', `${WPS_ADDIN_NAME}.7z`);
  renameSync(archive, join(out, `${WPS_ADDIN_NAME}.7z`));
  rmSync(stage, { recursive: true, force: true });
  return join(out, `${WPS_ADDIN_NAME}.7z`);
}

export class BuildWpsError extends Error {
  name = 'BuildWpsError';
}

/** Files a previous `build:wps` leaves in its folder: only such a folder (or an empty one) is replaced. */
const KIT_FILES = ['publish.xml', 'jsplugins.xml', '安装说明.txt'];

/**
 * Builds the kit in a folder beside `out` and puts it in place only when complete, so a failed build
 * leaves the previous kit as it was; a folder that holds anything else is never deleted.
 */
export async function buildWps(out = join(root, 'build/wps')) {
  if (existsSync(out) && readdirSync(out).length > 0 && !KIT_FILES.every((file) => existsSync(join(out, file)))) {
    throw new BuildWpsError(`输出文件夹 “${out}” 已存在，且不是此前生成的 WPS 加载项，未做任何改动：请换一个空文件夹或新文件夹。`);
  }
  const work = `${out}.building`;
  rmSync(work, { recursive: true, force: true });
  try {
    const built = await buildInto(work);
    rmSync(out, { recursive: true, force: true });
    renameSync(work, out);
    return { ...built, out, folder: join(out, built.folderName), archive: join(out, `${WPS_ADDIN_NAME}.7z`) };
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
}

async function buildInto(out) {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const folderName = `${WPS_ADDIN_NAME}_${version}`;
  const folder = join(out, folderName);
  mkdirSync(join(folder, 'images'), { recursive: true });
  const { build } = await import('esbuild');
  // WPS's built-in Chromium differs by version and platform (Kylin/UOS builds may be older); ES2020
  // is the oldest the pane can be (BigInt in src/core/ranking/decimal-round.ts). TESTING.md step W1.
  const forWps = { bundle: true, format: 'iife', platform: 'browser', target: 'es2020', minify: true, legalComments: 'eof', logLevel: 'warning' };
  // The functions script index.html loads when WPS starts the add-in.
  await build({ ...forWps, entryPoints: [join(root, 'src/wps/functions-entry.ts')], outfile: join(folder, 'functions.js') });
  writeFileSync(join(folder, 'functions.json'), await wpsFunctionsJson(build));
  await build({
    ...forWps,
    entryPoints: [join(root, 'src/taskpane/index.tsx')],
    outfile: join(folder, 'taskpane.js'),
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [templatesPlugin()],
  });
  for (const file of ['index.html', 'main.js', 'ribbon.xml', 'taskpane.html']) cpSync(join(root, 'wps', file), join(folder, file));
  for (const icon of ['icon-16.png', 'icon-32.png', 'icon-64.png']) cpSync(join(root, 'assets', icon), join(folder, 'images', icon));
  writeFileSync(
    join(folder, 'manifest.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<JsPlugin>\n  <ApiVersion>1.0.0</ApiVersion>\n  <Name>${WPS_ADDIN_NAME}</Name>\n  <Description>${xmlText('政府网站与政务新媒体绩效评估：指标模板、评分表、校验与排名')}</Description>\n  <Functions>\n    <Uri>/functions.json</Uri>\n    <Namespace>GOV</Namespace>\n  </Functions>\n</JsPlugin>\n`,
  );
  packWithWpsjs(folder, folderName, version, out);
  writeFileSync(join(out, 'publish.xml'), publishXml(folderName, version));
  writeFileSync(join(out, 'jsplugins.xml'), jspluginsXml(folderName, version));
  writeFileSync(join(out, '安装说明.txt'), installNote(folderName, version));
  return { folderName, version };
}

/**
 * The jsaddons folder's list (offline, per user): name, type="et" (表格), url = the add-in folder
 * beside it — the form wpsjs 2.2.3 itself writes for an offline install (src/lib/build.js,
 * CreatePublishXml: `<jsplugin name=… type=… url="<name>_<version>" version=… enable="enable_dev"
 * install="null" customDomain=""/>`).
 */
function publishXml(folderName, version) {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jsplugin name="${WPS_ADDIN_NAME}" type="et" url="${folderName}" version="${version}" enable="enable_dev" install="null" customDomain=""/>\n</jsplugins>\n`;
}

/**
 * The list oem.ini's [Server] JSPluginsServer names (https://e-com-net.com/article/1716648229820510208.htm:
 * `<jsplugin enable="true" version="1.0.0" name="…" url="file:///…/name.7z" type="wps"/>`). An offline
 * add-in is the folder `<name>_<version>` packed as `<name>.7z`, as `wpsjs build` (offline) packs it and
 * `wpsjs publish` addresses it (`serverUrl + name + ".7z"`, https://github.com/LKI/wpsjs-next/blob/main/src/lib/build.js
 * and src/lib/publish.js). The url is a placeholder for the administrator's intranet address.
 */
function jspluginsXml(folderName, version) {
  const archive = `${WPS_ADDIN_NAME}.7z`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!-- 将 url 改为内网中本加载项压缩包 ${archive}（${folderName} 文件夹用 7-Zip 打包）的地址，例如 http://内网服务器/wps/${archive} 或 file:///路径/${archive} -->\n<jsplugins>\n  <jsplugin enable="true" version="${version}" name="${WPS_ADDIN_NAME}" url="http://intranet.example/wps/${archive}" type="et"/>\n</jsplugins>\n`;
}

function installNote(folderName, version) {
  return `政府网站绩效评估 WPS 加载项 ${version} 安装说明（管理员）
========================================

本加载项在 WPS 表格中提供与 Excel 版相同的评估面板（功能区“绩效评估”>“评估面板”）。
加载项的全部文件都在 ${folderName} 文件夹中，运行时不访问互联网，也不访问内网以外的任何地址。

一、单台电脑安装（离线）
1. 关闭 WPS。
2. 将 ${folderName} 文件夹和 publish.xml 复制到当前用户的 WPS 加载项目录：
   Windows：%APPDATA%\\kingsoft\\wps\\jsaddons\\
   麒麟 / 统信 UOS：~/.local/share/Kingsoft/wps/jsaddons/
   （目录不存在时新建；目录中已有 publish.xml 时，把其中的 <jsplugin …/> 一行加入已有文件，不要覆盖。）
3. 打开 WPS 表格，功能区出现“绩效评估”选项卡，点击“评估面板”。

二、全单位部署（内网）
1. 将随本说明提供的 ${WPS_ADDIN_NAME}.7z（即 ${folderName} 文件夹的压缩包）放在内网文件服务器或内网网站上。
2. 修改 jsplugins.xml 中的 url 为该压缩包的内网地址，放在各电脑可读取的位置。
3. 在各电脑 WPS 安装目录的 cfgs/oem.ini 中加入：
   [Support]
   JsApiPlugin=true
   [Server]
   JSPluginsServer=（jsplugins.xml 的路径或内网地址）
4. 重启 WPS。升级时替换压缩包并修改 jsplugins.xml 中的 version。

三、与 Excel 版的不同
- GOV 评分函数：WPS 12.1.0.20540 及以后的版本由本加载项注册（公式写法与 Excel 相同，如 =GOV.RATIO_SCORE(…)）。
  评估面板打开时先试算几个公式；试算不通过（如较早的 WPS 版本）时，评分表使用“通用公式”插入，面板会说明原因，得分相同。
- GOV 函数只在装有本加载项的 WPS / Excel 中计算；需要发给未装加载项的人时，插入评分表时选择“通用公式”。
- 以上目录与配置项来自 WPS 加载项的公开资料，请在本单位的 WPS 版本上先试装一台电脑。
`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const index = process.argv.indexOf('--out');
  try {
    const result = await buildWps(index > 0 ? resolve(process.argv[index + 1]) : undefined);
    console.log(`WPS 加载项已生成：${result.folder}`);
  } catch (error) {
    console.error(error instanceof BuildWpsError ? error.message : `生成 WPS 加载项失败：${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
