/**
 * `npm start` decisions (scripts/start-plan.mjs) with made-up machines: registry answers, certificate
 * errors and office-addin-debugging output as version 7 prints it (it exits 0 even when sideloading
 * fails: lib/commands.js catches the error and only logs "Unable to start debugging.").
 */
import { describe, expect, it } from 'vitest';
import { afterSideload, certificateProblem, classifyXlsxHandler, parseRegValue, planStart, readSideloadOutput } from '../scripts/start-plan.mjs';

/** What `reg query` prints for one value (the value name is localised, e.g. "(默认)" on Chinese Windows). */
const reg = (name: string, data: string) => `\r\nHKEY_CLASSES_ROOT\\.xlsx\r\n    ${name}    REG_SZ    ${data}\r\n\r\n`;

const started = [
  'Debugging is being started...',
  'App type: desktop',
  'Starting the dev server... (npm run dev-server)',
  'The dev server is running on port 3000. Process id: 4242',
  'Sideloading the Office Add-in...',
  'Launching excel via C:\\Users\\评估员\\AppData\\Local\\Temp\\Excel add-in 6f1d2c3a-8b4e-4d7a-9c21-5e3f0a7b9d41.xlsx',
  'Debugging started.',
].join('\n');

describe('npm start: where Excel is', () => {
  it('reads registry values, localised value names included', () => {
    expect(parseRegValue(reg('ProgId', 'Excel.Sheet.12'))).toBe('Excel.Sheet.12');
    expect(parseRegValue(reg('(默认)', '"C:\\Program Files\\Microsoft Office\\Root\\Office16\\EXCEL.EXE" "%1"'))).toBe(
      '"C:\\Program Files\\Microsoft Office\\Root\\Office16\\EXCEL.EXE" "%1"',
    );
    expect(parseRegValue('')).toBeNull();
    expect(parseRegValue('ERROR: The system was unable to find the specified registry key or value.')).toBeNull();
  });

  it('tells Excel, WPS and other programs apart by the open command, then by the ProgId', () => {
    const excel = '"C:\\Program Files\\Microsoft Office\\Root\\Office16\\EXCEL.EXE" "%1"';
    const wps = '"C:\\Users\\a\\AppData\\Local\\Kingsoft\\WPS Office\\ksolaunch.exe" /et "%1"';
    expect(classifyXlsxHandler({ userChoiceProgId: 'Excel.Sheet.12', openCommand: excel })).toBe('excel');
    // WPS may take over Excel's own ProgId: the command decides.
    expect(classifyXlsxHandler({ userChoiceProgId: 'Excel.Sheet.12', openCommand: wps })).toBe('wps');
    expect(classifyXlsxHandler({ userChoiceProgId: 'KET.xlsx' })).toBe('wps');
    expect(classifyXlsxHandler({ classesProgId: 'WPS.Xlsx.6' })).toBe('wps');
    expect(classifyXlsxHandler({ userChoiceProgId: 'Excel.Sheet.12' })).toBe('excel');
    expect(classifyXlsxHandler({ userChoiceProgId: 'LibreOffice.CalcDocument.1', openCommand: '"C:\\Program Files\\LibreOffice\\program\\scalc.exe" -o "%1"' })).toBe('other');
    expect(classifyXlsxHandler({ userChoiceProgId: 'KET.xlsx', classesProgId: 'Excel.Sheet.12' })).toBe('wps');
    expect(classifyXlsxHandler({})).toBe('unknown');
  });

  it('serves the pane for a browser on Linux and where Excel is missing', () => {
    expect(planStart({ platform: 'linux', excelInstalled: false })).toEqual({ kind: 'browser', reason: expect.stringContaining('不是 Windows 或 macOS') });
    expect(planStart({ platform: 'win32', excelInstalled: false, xlsxHandler: 'wps' })).toMatchObject({ kind: 'browser', reason: expect.stringContaining('未找到 Excel') });
    expect(planStart({ platform: 'darwin', excelInstalled: false })).toMatchObject({ kind: 'browser', reason: expect.stringContaining('Microsoft Excel') });
  });

  it('sideloads where Excel is, warning first when WPS or another program owns .xlsx', () => {
    expect(planStart({ platform: 'win32', excelInstalled: true, xlsxHandler: 'excel' })).toEqual({ kind: 'sideload', notices: [] });
    expect(planStart({ platform: 'darwin', excelInstalled: true })).toEqual({ kind: 'sideload', notices: [] });
    expect(planStart({ platform: 'win32', excelInstalled: true, xlsxHandler: 'wps' })).toEqual({ kind: 'sideload', notices: [expect.stringContaining('默认由 WPS 打开'), expect.any(String)] });
    expect(planStart({ platform: 'win32', excelInstalled: true, xlsxHandler: 'other' }).kind).toBe('sideload');
  });
});

describe('npm start: dev certificates', () => {
  it('stops with a Chinese explanation instead of serving http to an https manifest', () => {
    const lines = certificateProblem(new Error('Unable to install the CA certificate. 用户取消了操作\nat …'), 'win32');
    expect(lines[0]).toBe('无法安装 Office 开发证书：Unable to install the CA certificate. 用户取消了操作');
    expect(lines.join('\n')).toMatch(/不旁加载、也不改用 http/);
    expect(lines.join('\n')).toMatch(/npx office-addin-dev-certs install.*“是”/);
    expect(certificateProblem('denied', 'darwin').join('\n')).toMatch(/登录密码/);
  });
});

describe('npm start: what office-addin-debugging achieved', () => {
  it('recognises a sideload that worked and says nothing more when Excel owns .xlsx', () => {
    const outcome = readSideloadOutput(0, started);
    expect(outcome).toEqual({
      status: 'ok',
      devServerUp: true,
      workbook: 'C:\\Users\\评估员\\AppData\\Local\\Temp\\Excel add-in 6f1d2c3a-8b4e-4d7a-9c21-5e3f0a7b9d41.xlsx',
      problem: null,
    });
    expect(afterSideload(outcome, { xlsxHandler: 'excel' })).toEqual({ lines: [], serveHttp: false, exitCode: 0 });
  });

  it('after a sideload into WPS, gives the workbook to open in Excel', () => {
    const next = afterSideload(readSideloadOutput(0, started), { xlsxHandler: 'wps' });
    expect(next.serveHttp).toBe(false);
    expect(next.lines.join('\n')).toMatch(/WPS 不能运行本加载项[\s\S]*启动 Microsoft Excel[\s\S]*Excel add-in 6f1d2c3a-8b4e-4d7a-9c21-5e3f0a7b9d41\.xlsx/);
  });

  it('treats exit code 0 with "Unable to sideload" as a failure; the running https server serves the browser', () => {
    const output = [
      'The dev server is running on port 3000. Process id: 4242',
      'Sideloading the Office Add-in...',
      'Error: Unable to start debugging.',
      'Error: Unable to sideload the Office Add-in. ',
      'Error: spawn excel ENOENT',
    ].join('\n');
    const outcome = readSideloadOutput(0, output);
    expect(outcome.status).toBe('failed');
    expect(outcome.devServerUp).toBe(true);
    expect(outcome.problem).toMatch(/^Unable to start debugging\. Error: Unable to sideload/);
    const next = afterSideload(outcome, { port: '3000' });
    expect(next).toMatchObject({ serveHttp: false, exitCode: 1 });
    expect(next.lines.join('\n')).toMatch(/未能旁加载到 Excel 桌面版[\s\S]*https:\/\/localhost:3000\/taskpane\.html[\s\S]*npm stop/);
  });

  it('falls back to the http dev server when the dev server did not come up', () => {
    const output = 'Starting the dev server... (npm run dev-server)\nUnable to start the dev server. Error: The dev server is not running on port 3000.\nSideloading the Office Add-in...\nDebugging started.';
    const outcome = readSideloadOutput(0, output);
    expect(outcome).toMatchObject({ status: 'failed', devServerUp: false });
    expect(afterSideload(outcome)).toMatchObject({ serveHttp: true, exitCode: 1, lines: [expect.stringContaining('Unable to start the dev server')] });
  });

  it('catches the failure office-addin-debugging 7.0.0 really reports with exit code 0 (run on Linux)', () => {
    // Captured from `npx office-addin-debugging start manifest.xml desktop --app excel` on this Linux
    // machine: exit code 0, and this on stderr.
    const outcome = readSideloadOutput(0, 'Error: Unable to start debugging.\nError: The current platform is not supported: linux\n');
    expect(outcome).toEqual({ status: 'failed', devServerUp: false, workbook: null, problem: 'Unable to start debugging. Error: The current platform is not supported: linux' });
    expect(afterSideload(outcome).serveHttp).toBe(true);
  });

  it('fails on a non-zero exit code, and does not claim success without "Started."', () => {
    expect(readSideloadOutput(1, 'npm ERR! could not determine executable to run')).toMatchObject({ status: 'failed', problem: '退出码 1' });
    const unknown = readSideloadOutput(0, 'The dev server is running on port 3000.');
    expect(unknown.status).toBe('unknown');
    expect(afterSideload(unknown).lines[0]).toMatch(/无法确认旁加载是否成功/);
  });
});
