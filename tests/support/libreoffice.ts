/**
 * Test support: computes Excel formulas in a real spreadsheet engine (LibreOffice Calc, headless), so
 * that specs can check that the project's portable standard-Excel formulas give the same results as
 * its TypeScript functions.
 *
 * How one `recalculate` call works:
 * 1. ExcelJS writes the cells into `input.xlsx` in a fresh temp dir: values as constants, formulas as
 *    formula cells without cached results. A second sheet holds a sentinel formula whose cached result
 *    is deliberately wrong.
 * 2. The temp dir gets a LibreOffice user profile whose registrymodifications.xcu sets Calc's
 *    "recalculation on file load" for Excel 2007+ files to "always"
 *    (org.openoffice.Office.Calc/Formula/Load/OOXMLRecalcMode = 0; LibreOffice's default is "never",
 *    keeping whatever results the file has cached) and the locale to en-US (so that VALUE("1.5") and
 *    the like do not depend on the machine's LANG).
 * 3. One `soffice --headless --convert-to fods` run loads, recalculates and saves the workbook as flat
 *    OpenDocument XML, which keeps each cell's value type, its exact stored value and LibreOffice's own
 *    error text (`Err:502`, `#DIV/0!`, …). The xlsx route would map LibreOffice's errors onto Excel's
 *    seven, wrongly as often as not (Err:502 becomes #VALUE!).
 * 4. The sentinel must have been recomputed, or the call throws: proof that LibreOffice recalculated
 *    instead of reporting cached results.
 *
 * Results, per formula cell:
 * - a formula returning "" comes back as `{ kind: 'text', value: '' }` (never `blank`: no formula
 *   result is blank, `=A1` on an empty A1 is the number 0, as in Excel). `blank` is in the type for
 *   callers that describe expectations; `recalculate` itself never returns it.
 * - errors come back as `{ kind: 'error', text }` with LibreOffice's text, which is not always Excel's:
 *   LibreOffice says `Err:502` ("invalid argument") where Excel says #VALUE!/#NUM!/#REF!
 *   (VALUE("x"), SQRT(-1), INDEX out of range), `Err:522` for a circular reference, and #VALUE! where
 *   Excel says #NUM! for LARGE/SMALL with k out of range. Compare error *kinds*, not texts.
 * - numbers are stored with 15 significant digits (both in .fods and in LibreOffice's .xlsx), so
 *   compare them with a tolerance (toBeCloseTo), not with toBe, unless they are small integers.
 * - booleans: LibreOffice keeps TRUE/FALSE as the numbers 1/0 with a boolean number format, and the
 *   saved value type follows that format. So a formula that returns a logical value comes back as
 *   `boolean`, but so can a number derived from booleans (MIN over cells holding TRUE gives boolean
 *   TRUE where Excel gives 0, see below).
 *
 * Known differences from Excel that matter for portable formulas:
 * - a cell holding the constant TRUE is the number 1 to range functions: SUM, MIN, MAX, COUNT and
 *   SUMPRODUCT over a range count it, where Excel ignores logical values in ranges. Avoid boolean
 *   input cells when the formula aggregates a range (use 1/0).
 * - LibreOffice drops constant empty-string cells on import, so an input value '' would be an empty
 *   cell; `recalculate` rejects it: use `null` for an empty cell or the formula '""' for a cell that
 *   holds an empty string as Excel's formulas produce it.
 * - a syntactically broken formula is not reported: LibreOffice's xlsx import repairs what it can
 *   (`SUM(` becomes `SUM()` = 0) and Excel would refuse the file. Check formulas' syntax elsewhere.
 * - functions newer than Excel 2007 must be written as they are stored in the file, with their
 *   prefix (`_xlfn.IFS(...)`, `_xlfn.IFNA(...)`); without it they give #NAME?.
 */
import ExcelJS from 'exceljs';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export type InputValue = number | string | boolean | null; // null = empty cell

export interface CellSpec {
  address: string;
  value?: InputValue;
  /** Without the leading "=", in Excel's English (file) syntax, e.g. 'IF(A1="","",A1*2)'. */
  formula?: string;
}

export type Computed =
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'blank' }
  | { kind: 'error'; text: string }
  | { kind: 'boolean'; value: boolean };

export interface RecalculateOptions {
  /** The soffice executable; default $SOFFICE or `soffice` on PATH. */
  soffice?: string;
  /** Kill soffice and throw after this long; default 120 s. */
  timeoutMs?: number;
}

const SENTINEL_SHEET = '__recalc_check__';
const SENTINEL_FORMULA = '6*7';
const SENTINEL_EXPECTED = 42;
const SENTINEL_STALE = -1;
const INSTALL_HINT = 'bash scripts/ensure-system-deps.sh soffice:libreoffice-calc-nogui';

const PROFILE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>en-US</value></prop></item>
</oor:items>
`;

interface Position {
  row: number; // 1-based
  col: number; // 1-based
}

function parseAddress(address: string): Position {
  const m = /^([A-Z]{1,3})([1-9][0-9]{0,6})$/.exec(address.trim().toUpperCase());
  if (!m) throw new Error(`recalculate: "${address}" is not a cell address like A1 or XFD1048576`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (col > 16384 || row > 1048576) throw new Error(`recalculate: "${address}" is outside an Excel sheet`);
  return { row, col };
}

const key = (p: Position): string => `${p.row},${p.col}`;

/** Recalculates `cells` (placed on one sheet, `sheetName`, default Sheet1) in LibreOffice and returns
 * every formula cell's result by its address (upper-cased, as A1). See the file comment for what the
 * results mean. One soffice process per call; takes about 1–3 s. */
export async function recalculate(
  cells: CellSpec[],
  sheetName = 'Sheet1',
  options: RecalculateOptions = {},
): Promise<Map<string, Computed>> {
  if (sheetName === SENTINEL_SHEET) throw new Error(`recalculate: the sheet name ${SENTINEL_SHEET} is reserved`);
  const formulaCells = new Map<string, { address: string; position: Position }>();
  const seen = new Set<string>();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  for (const spec of cells) {
    const position = parseAddress(spec.address);
    const address = spec.address.trim().toUpperCase();
    if (seen.has(address)) throw new Error(`recalculate: cell ${address} is given twice`);
    seen.add(address);
    const cell = ws.getCell(address);
    if (spec.formula !== undefined) {
      if (spec.value !== undefined && spec.value !== null) {
        throw new Error(`recalculate: cell ${address} has both a value and a formula`);
      }
      const formula = spec.formula.trim().replace(/^=/, '');
      if (formula === '') throw new Error(`recalculate: cell ${address} has an empty formula`);
      cell.value = { formula, date1904: false };
      formulaCells.set(key(position), { address, position });
    } else if (spec.value === '') {
      throw new Error(
        `recalculate: cell ${address} has the value '' — LibreOffice would load it as an empty cell; ` +
          `use null for an empty cell or the formula '""' for an empty string`,
      );
    } else if (typeof spec.value === 'number' && !Number.isFinite(spec.value)) {
      throw new Error(`recalculate: cell ${address} has the value ${spec.value}, which no spreadsheet cell can hold`);
    } else if (spec.value !== undefined && spec.value !== null) {
      cell.value = spec.value;
    }
  }
  const xml = await recalculatedXml(wb, options);
  const found = readSheet(xml, sheetName, new Set(formulaCells.keys()));
  const results = new Map<string, Computed>();
  for (const [k, { address }] of formulaCells) {
    const computed = found.get(k);
    if (!computed) throw new Error(`recalculate: LibreOffice's output has no result for ${sheetName}!${address}`);
    results.set(address, computed);
  }
  return results;
}

/**
 * Recalculates a whole workbook (several sheets, as the project's writer makes them) and returns
 * the results at the wanted cells, keyed "sheet!A1".
 */
export async function recalculateWorkbook(
  bytes: Uint8Array,
  wanted: readonly { sheet: string; address: string }[],
  options: RecalculateOptions = {},
): Promise<Map<string, Computed>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const xml = await recalculatedXml(wb, options);
  const results = new Map<string, Computed>();
  const bySheet = new Map<string, string[]>();
  for (const { sheet, address } of wanted) bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), address.toUpperCase()]);
  for (const [sheet, addresses] of bySheet) {
    const keys = new Map(addresses.map((address) => [key(parseAddress(address)), address]));
    const found = readSheet(xml, sheet, new Set(keys.keys()));
    for (const [k, address] of keys) {
      const computed = found.get(k);
      if (!computed) throw new Error(`recalculateWorkbook: no result for ${sheet}!${address}`);
      results.set(`${sheet}!${address}`, computed);
    }
  }
  return results;
}

/** Adds the sentinel sheet, converts with LibreOffice to .fods and checks that it recalculated. */
async function recalculatedXml(wb: ExcelJS.Workbook, options: RecalculateOptions): Promise<string> {
  const check = wb.addWorksheet(SENTINEL_SHEET);
  check.getCell('A1').value = { formula: SENTINEL_FORMULA, result: SENTINEL_STALE, date1904: false };

  const dir = mkdtempSync(join(tmpdir(), 'lo-recalc-'));
  try {
    const input = join(dir, 'input.xlsx');
    const outDir = join(dir, 'out');
    const profile = join(dir, 'profile');
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), PROFILE_SETTINGS);
    await wb.xlsx.writeFile(input);

    const soffice = options.soffice ?? process.env.SOFFICE ?? 'soffice';
    const args = [
      '--headless',
      '--norestore',
      '--nolockcheck',
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--convert-to',
      'fods',
      '--outdir',
      outDir,
      input,
    ];
    const run = await runProcess(soffice, args, options.timeoutMs ?? 120_000);
    const output = join(outDir, 'input.fods');
    if (run.spawnError) {
      const missing = (run.spawnError as NodeJS.ErrnoException).code === 'ENOENT';
      throw new Error(
        missing
          ? `recalculate: LibreOffice's soffice was not found (${soffice}); install it with: ${INSTALL_HINT}`
          : `recalculate: could not start ${soffice}: ${run.spawnError.message}`,
      );
    }
    if (run.timedOut || run.code !== 0 || !existsSync(output)) {
      const why = run.timedOut
        ? `timed out after ${options.timeoutMs ?? 120_000} ms`
        : run.code !== 0
          ? `exited with ${run.code ?? `signal ${run.signal ?? '?'}`}`
          : 'wrote no output file';
      throw new Error(
        `recalculate: LibreOffice conversion failed (${soffice} ${why}).\n` +
          `stderr: ${run.stderr.trim() || '(empty)'}\nstdout: ${run.stdout.trim() || '(empty)'}`,
      );
    }

    const xml = readFileSync(output, 'utf8');
    const sentinelPos = parseAddress('A1');
    const sentinel = readSheet(xml, SENTINEL_SHEET, new Set([key(sentinelPos)])).get(key(sentinelPos));
    if (!sentinel || sentinel.kind !== 'number' || sentinel.value !== SENTINEL_EXPECTED) {
      throw new Error(
        `recalculate: LibreOffice did not recalculate the workbook on load (sentinel ${SENTINEL_FORMULA} = ` +
          `${JSON.stringify(sentinel)}, expected ${SENTINEL_EXPECTED}); is OOXMLRecalcMode ignored?`,
      );
    }
    return xml;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  spawnError?: Error;
}

function runProcess(command: string, args: string[], timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve) => {
    // detached: soffice is a wrapper script whose oosplash starts soffice.bin; on a timeout the whole
    // process group it heads is killed, by its id.
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let settled = false;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          child.kill('SIGKILL');
        }
      }
    }, timeoutMs);
    const finish = (result: Omit<RunResult, 'stdout' | 'stderr' | 'timedOut'>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...result, stdout, stderr, timedOut });
    };
    child.on('error', (err) => finish({ code: null, signal: null, spawnError: err }));
    child.on('close', (code, signal) => finish({ code, signal }));
  });
}

// ---- reading the flat OpenDocument spreadsheet (.fods) that LibreOffice writes ----

function decodeXml(s: string): string {
  return s.replace(/&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g, (_m, hex?: string, dec?: string, name?: string) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (dec) return String.fromCodePoint(parseInt(dec, 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name as 'amp' | 'lt' | 'gt' | 'quot' | 'apos'];
  });
}

function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of tag.matchAll(/([\w.-]+:[\w.-]+|[\w.-]+)\s*=\s*"([^"]*)"/g)) attrs.set(m[1], decodeXml(m[2]));
  return attrs;
}

/** The text of a cell's <text:p> paragraphs, as LibreOffice displays it. */
function cellText(content: string): string {
  const paragraphs = [...content.matchAll(/<text:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/text:p>)/g)].map((m) =>
    (m[1] ?? '')
      .replace(/<text:s\b([^>]*?)\/>/g, (_s, a: string) => ' '.repeat(Number(attributes(a).get('text:c') ?? '1')))
      .replace(/<text:tab\b[^>]*\/>/g, '\t')
      .replace(/<text:line-break\b[^>]*\/>/g, '\n')
      .replace(/<[^>]+>/g, ''),
  );
  return decodeXml(paragraphs.join('\n'));
}

/** Days since 1899-12-30 (the spreadsheet serial number) of an ODF date value. */
function dateSerial(value: string): number {
  const m = /^(-?\d{4,})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d):(\d\d(?:\.\d+)?))?/.exec(value);
  if (!m) throw new Error(`recalculate: cannot read the date value "${value}"`);
  const ms =
    Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), 0) +
    Number(m[6] ?? 0) * 1000;
  return (ms - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** Fraction of a day of an ODF time value (an ISO 8601 duration such as PT12H30M00S). */
function timeFraction(value: string): number {
  const m = /^(-)?P(?:(\d+)D)?T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(value);
  if (!m) throw new Error(`recalculate: cannot read the time value "${value}"`);
  const days = Number(m[2] ?? 0) + (Number(m[3] ?? 0) + (Number(m[4] ?? 0) + Number(m[5] ?? 0) / 60) / 60) / 24;
  return m[1] ? -days : days;
}

function computedOf(startTag: string, content: string): Computed {
  const a = attributes(startTag);
  if (a.get('calcext:value-type') === 'error') return { kind: 'error', text: cellText(content) };
  switch (a.get('office:value-type')) {
    case 'float':
    case 'percentage':
    case 'currency':
      return { kind: 'number', value: Number(a.get('office:value')) };
    case 'boolean':
      return { kind: 'boolean', value: a.get('office:boolean-value') === 'true' };
    case 'date':
      return { kind: 'number', value: dateSerial(a.get('office:date-value') ?? '') };
    case 'time':
      return { kind: 'number', value: timeFraction(a.get('office:time-value') ?? '') };
    case 'string':
      return { kind: 'text', value: a.get('office:string-value') ?? cellText(content) };
    case undefined:
      // LibreOffice writes a formula whose result is the empty string with no value type at all.
      if (a.has('table:formula')) return { kind: 'text', value: cellText(content) };
      return { kind: 'blank' };
    default:
      throw new Error(`recalculate: unexpected cell value type "${a.get('office:value-type')}"`);
  }
}

/** The cells at the positions `wanted` of the table `sheetName` in a .fods document. */
function readSheet(xml: string, sheetName: string, wanted: Set<string>): Map<string, Computed> {
  let start = -1;
  for (const m of xml.matchAll(/<table:table\s[^>]*>/g)) {
    if (attributes(m[0]).get('table:name') === sheetName) {
      start = m.index + m[0].length;
      break;
    }
  }
  if (start < 0) throw new Error(`recalculate: LibreOffice's output has no sheet named "${sheetName}"`);
  const end = xml.indexOf('</table:table>', start);
  const table = xml.slice(start, end < 0 ? undefined : end);
  let maxRow = 0;
  let maxCol = 0;
  for (const k of wanted) {
    const [r, c] = k.split(',').map(Number);
    maxRow = Math.max(maxRow, r);
    maxCol = Math.max(maxCol, c);
  }

  const found = new Map<string, Computed>();
  const token =
    /<table:table-row(?=[\s/>])([^>]*?)(\/?)>|<\/table:table-row>|<table:(covered-table-cell|table-cell)(?=[\s/>])([^>]*?)(?:\/>|>([\s\S]*?)<\/table:\3>)/g;
  let row = 0; // the last row started
  let rowRepeat = 1;
  let col = 0; // columns of the current row passed so far
  for (const m of table.matchAll(token)) {
    if (m[0].startsWith('<table:table-row')) {
      row += rowRepeat;
      rowRepeat = Number(attributes(m[1]).get('table:number-rows-repeated') ?? '1');
      col = 0;
      if (row > maxRow) break;
    } else if (m[3] !== undefined) {
      const repeat = Number(attributes(m[4]).get('table:number-columns-repeated') ?? '1');
      for (let r = row; r < row + rowRepeat && r <= maxRow; r++) {
        for (let c = col + 1; c <= col + repeat && c <= maxCol; c++) {
          const k = `${r},${c}`;
          if (wanted.has(k)) found.set(k, computedOf(m[4], m[5] ?? ''));
        }
      }
      col += repeat;
    }
  }
  return found;
}
