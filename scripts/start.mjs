#!/usr/bin/env node
/**
 * `npm start`: where Excel desktop is installed (Windows, macOS), installs the Office dev certificates,
 * then office-addin-debugging builds, serves over https and sideloads the add-in; elsewhere (Linux, CI,
 * no Excel) the dev server alone serves the pane over plain http for a browser. The decisions live in
 * start-plan.mjs (tested); this file only asks the machine and runs the tools.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { afterSideload, certificateProblem, classifyXlsxHandler, parseRegValue, planStart, readSideloadOutput } from './start-plan.mjs';

const port = process.env.npm_package_config_dev_server_port || '3000';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function spawnNpx(args, env, stdio) {
  return spawn(npx, args, { stdio, env: { ...process.env, ...env }, shell: process.platform === 'win32' });
}

function run(args, env = {}) {
  return new Promise((resolve) => {
    spawnNpx(args, env, 'inherit').on('exit', (code) => resolve(code ?? 1));
  });
}

/** Runs a tool showing its output as it comes (prompts included) and returns its exit code and output. */
function runAndCapture(args, env = {}) {
  return new Promise((resolve) => {
    const child = spawnNpx(args, env, ['inherit', 'pipe', 'pipe']);
    let output = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk);
      output += chunk;
    });
    child.on('error', (error) => (output += `\n${error.message}`));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** One registry value (`reg query`), or null when the key or value does not exist. */
function regValue(key, valueArgs) {
  try {
    return parseRegValue(execFileSync('reg', ['query', key, ...valueArgs], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], windowsHide: true }));
  } catch {
    return null;
  }
}

/** Whether Excel is installed and which program opens .xlsx (where the sideload workbook will open). */
function windowsMachine() {
  const fileExts = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\FileExts\\.xlsx';
  // Recent Windows 11 builds keep the user's choice under UserChoiceLatest; older ones under UserChoice.
  const userChoiceProgId = regValue(`${fileExts}\\UserChoiceLatest`, ['/v', 'ProgId']) ?? regValue(`${fileExts}\\UserChoice`, ['/v', 'ProgId']);
  const classesProgId = regValue('HKCR\\.xlsx', ['/ve']);
  const progId = userChoiceProgId || classesProgId;
  const openCommand = progId ? regValue(`HKCR\\${progId}\\shell\\open\\command`, ['/ve']) : null;
  const xlsxHandler = classifyXlsxHandler({ userChoiceProgId, classesProgId, openCommand });
  const excelPath = regValue('HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe', ['/ve']);
  return { excelInstalled: Boolean(excelPath) || xlsxHandler === 'excel', xlsxHandler };
}

function macMachine() {
  const apps = ['/Applications/Microsoft Excel.app', join(homedir(), 'Applications', 'Microsoft Excel.app')];
  return { excelInstalled: apps.some((app) => existsSync(app)), xlsxHandler: 'unknown' };
}

function serveForBrowser(reason) {
  console.log(`\n${reason}`);
  console.log('启动开发服务器（http，仅用于在浏览器中查看面板）……');
  console.log(`面板地址：http://localhost:${port}/taskpane.html`);
  console.log('在 Excel 中使用：请在装有 Excel 的电脑上运行 npm start，或按 README 手动旁加载 manifest.xml。\n');
  return run(['webpack', 'serve', '--mode', 'development'], { ADDIN_HTTP: '1' });
}

async function main() {
  const machine = process.platform === 'win32' ? windowsMachine() : process.platform === 'darwin' ? macMachine() : { excelInstalled: false, xlsxHandler: 'unknown' };
  const plan = planStart({ platform: process.platform, ...machine });
  if (plan.kind === 'browser') return serveForBrowser(plan.reason);

  try {
    await createRequire(import.meta.url)('office-addin-dev-certs').ensureCertificatesAreInstalled();
  } catch (error) {
    console.error(`\n${certificateProblem(error, process.platform).join('\n')}`);
    return 1;
  }
  if (plan.notices.length) console.log(`\n${plan.notices.join('\n')}\n`);
  // ADDIN_REQUIRE_HTTPS: the dev server that office-addin-debugging starts must not fall back to http.
  const { code, output } = await runAndCapture(['office-addin-debugging', 'start', 'manifest.xml', 'desktop', '--app', 'excel'], { ADDIN_REQUIRE_HTTPS: '1' });
  const next = afterSideload(readSideloadOutput(code, output), { xlsxHandler: machine.xlsxHandler, port });
  if (next.lines.length) console.log(`\n${next.lines.join('\n')}`);
  if (next.serveHttp) return serveForBrowser('改为只在浏览器中使用面板。');
  return next.exitCode;
}

process.exitCode = await main();
