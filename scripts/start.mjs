#!/usr/bin/env node
/**
 * `npm start`: where Excel desktop can be had (Windows, macOS), office-addin-debugging builds, serves
 * and sideloads the add-in; elsewhere (Linux, CI) the dev server alone serves the pane over plain
 * http and this script says where to open it. Falls back to the dev server when sideloading fails.
 */
import { spawn } from 'node:child_process';

const port = process.env.npm_package_config_dev_server_port || '3000';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(npx, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

function serveForBrowser(reason) {
  console.log(`\n${reason}`);
  console.log('启动开发服务器（http，仅用于在浏览器中查看面板）……');
  console.log(`面板地址：http://localhost:${port}/taskpane.html`);
  console.log(`在 Excel 中使用：请在装有 Excel 的电脑上运行 npm start，或按 README 手动旁加载 manifest.xml。\n`);
  return run(['webpack', 'serve', '--mode', 'development'], { ADDIN_HTTP: '1' });
}

async function main() {
  if (process.platform === 'win32' || process.platform === 'darwin') {
    const code = await run(['office-addin-debugging', 'start', 'manifest.xml', 'desktop', '--app', 'excel']);
    if (code === 0) return 0;
    return serveForBrowser('未能旁加载到 Excel 桌面版（可能未安装 Excel）。');
  }
  return serveForBrowser('本机没有 Excel 桌面版（当前系统不是 Windows 或 macOS）。');
}

process.exitCode = await main();
