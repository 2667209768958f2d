/**
 * The decisions of `npm start` (scripts/start.mjs), free of I/O so that tests/start-script.spec.ts can
 * cover every case with made-up registry answers, errors and tool output. Messages are Chinese: they
 * are what the person running `npm start` reads.
 */

/** Reads the data of a `reg query` answer ("    ProgId    REG_SZ    Excel.Sheet.12"); null if none. */
export function parseRegValue(output) {
  if (!output) return null;
  const match = /\sREG_(?:EXPAND_)?SZ[ \t]+(.+?)\s*$/m.exec(output);
  return match ? match[1] : null;
}

/**
 * Which program opens .xlsx on Windows: the user's choice (Explorer's UserChoice ProgId) wins over the
 * machine default (HKCR\.xlsx); the ProgId's open command names the program. WPS may take over Excel's
 * own ProgId (Excel.Sheet.12 then opens et.exe / ksolaunch.exe), so the command decides when known.
 * @returns {'excel' | 'wps' | 'other' | 'unknown'}
 */
export function classifyXlsxHandler({ userChoiceProgId = null, classesProgId = null, openCommand = null }) {
  const command = openCommand ?? '';
  if (/\\excel\.exe\b/i.test(command)) return 'excel';
  if (/kingsoft|wps|\\et\.exe\b|ksolaunch/i.test(command)) return 'wps';
  const progId = userChoiceProgId || classesProgId;
  if (command) return 'other';
  if (!progId) return 'unknown';
  if (/^(KET|ET|WPS)\b|kingsoft|wps/i.test(progId)) return 'wps';
  if (/^Excel\./i.test(progId)) return 'excel';
  return 'other';
}

const WPS_NOTICE = [
  '注意：本机 .xlsx 文件默认由 WPS 打开。office-addin-debugging 会用默认程序打开旁加载工作簿，',
  '因此它可能在 WPS 中打开，而 WPS 不能运行本加载项。稍后请按提示在 Excel 中打开该工作簿。',
];

/**
 * Sideload into Excel desktop, or serve the pane for a browser.
 * @param {{ platform: string, excelInstalled: boolean, xlsxHandler?: string }} machine
 * @returns {{ kind: 'browser', reason: string } | { kind: 'sideload', notices: string[] }}
 */
export function planStart({ platform, excelInstalled, xlsxHandler = 'unknown' }) {
  if (platform !== 'win32' && platform !== 'darwin') {
    return { kind: 'browser', reason: '本机没有 Excel 桌面版（当前系统不是 Windows 或 macOS）。' };
  }
  if (!excelInstalled) {
    return {
      kind: 'browser',
      reason: platform === 'win32' ? '未找到 Excel 桌面版（注册表中没有 excel.exe，.xlsx 也不由 Excel 打开）。' : '未找到 Excel 桌面版（“应用程序”中没有 Microsoft Excel）。',
    };
  }
  if (platform === 'win32' && xlsxHandler === 'wps') return { kind: 'sideload', notices: WPS_NOTICE };
  if (platform === 'win32' && xlsxHandler === 'other') {
    return { kind: 'sideload', notices: ['注意：本机 .xlsx 文件默认不由 Excel 打开，旁加载工作簿可能在其他程序中打开；稍后请按提示在 Excel 中打开它。'] };
  }
  return { kind: 'sideload', notices: [] };
}

/**
 * The dev certificates could not be installed: Excel loads the add-in only over https (the manifest's
 * URLs), so nothing is sideloaded and `npm start` stops with this message.
 */
export function certificateProblem(error, platform) {
  const reason = error instanceof Error ? error.message : String(error);
  return [
    `无法安装 Office 开发证书：${reason.split('\n')[0]}`,
    'manifest.xml 让 Excel 从 https://localhost:3000 加载本加载项，没有受信任的证书就无法加载，因此不旁加载、也不改用 http。',
    platform === 'darwin'
      ? '请运行 npx office-addin-dev-certs install 并在提示时输入本机登录密码，然后重新运行 npm start。'
      : '请运行 npx office-addin-dev-certs install，在“安全警告”对话框中点击“是”以信任该证书，然后重新运行 npm start。',
    platform === 'win32'
      ? '只想在浏览器中查看面板（不连接 Excel）时：在命令提示符中运行 set ADDIN_HTTP=1，再运行 npm run dev-server，打开 http://localhost:3000/taskpane.html。'
      : '只想在浏览器中查看面板（不连接 Excel）时：运行 ADDIN_HTTP=1 npm run dev-server，打开 http://localhost:3000/taskpane.html。',
  ];
}

/** Lines office-addin-debugging 7 prints (lib/start.js, lib/commands.js); it exits 0 even on failure. */
const FAILURE = /Unable to start debugging|Unable to sideload the Office Add-in|Unable to start the dev server|The dev server is not running on port/;
const SUCCESS = /^(?:Debugging started|Started)\.\s*$/m;
const DEV_SERVER_UP = /The dev server is (?:already )?running on port/;
const LAUNCH = /^Launching excel via (.+?)\s*$/im;

/**
 * What `office-addin-debugging start` achieved, from its exit code and output.
 * @returns {{ status: 'ok' | 'failed' | 'unknown', devServerUp: boolean, workbook: string | null, problem: string | null }}
 */
export function readSideloadOutput(exitCode, output) {
  const failure = FAILURE.exec(output);
  const devServerUp = DEV_SERVER_UP.test(output) && !/Unable to start the dev server|The dev server is not running/.test(output);
  const workbook = LAUNCH.exec(output)?.[1] ?? null;
  if (exitCode !== 0 || failure) {
    const problem = failure ? output.slice(failure.index).split('\n').slice(0, 3).join(' ').trim() : `退出码 ${exitCode}`;
    return { status: 'failed', devServerUp, workbook, problem };
  }
  return { status: SUCCESS.test(output) ? 'ok' : 'unknown', devServerUp, workbook, problem: null };
}

/**
 * What to tell the user after office-addin-debugging, and whether to start the http dev server.
 * @returns {{ lines: string[], serveHttp: boolean, exitCode: number }}
 */
export function afterSideload(outcome, { xlsxHandler = 'unknown', port = '3000' } = {}) {
  const openInExcel = outcome.workbook
    ? [`请启动 Microsoft Excel（从“开始”菜单，不要双击 .xlsx 文件），用“文件 › 打开”打开：`, `  ${outcome.workbook}`, '打开后在“开始”选项卡点击“评估面板”。']
    : ['请启动 Microsoft Excel（从“开始”菜单），在“插入 › 我的加载项”中加载“政府网站绩效评估”。'];
  const notExcel = xlsxHandler === 'wps' || xlsxHandler === 'other';
  if (outcome.status === 'failed') {
    const lines = [`未能旁加载到 Excel 桌面版：${outcome.problem}`];
    if (outcome.devServerUp) {
      lines.push(`开发服务器已在运行：浏览器中可打开 https://localhost:${port}/taskpane.html（浏览器模式）。`, '结束时运行 npm stop。');
      return { lines, serveHttp: false, exitCode: 1 };
    }
    return { lines, serveHttp: true, exitCode: 1 };
  }
  const lines = outcome.status === 'unknown' ? ['office-addin-debugging 已结束，但输出中没有“Started.”，无法确认旁加载是否成功；如 Excel 中没有出现加载项，请查看上面的输出。'] : [];
  if (notExcel) lines.push(xlsxHandler === 'wps' ? '旁加载工作簿已交给 .xlsx 的默认程序（WPS）打开；WPS 不能运行本加载项，请关闭它。' : '旁加载工作簿已交给 .xlsx 的默认程序打开；如果那不是 Excel，请关闭它。', ...openInExcel);
  return { lines, serveHttp: false, exitCode: 0 };
}
