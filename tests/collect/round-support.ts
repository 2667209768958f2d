/**
 * Test support for collecting: 录入 values made up per leaf from its planned input rows, written into
 * a CLI-made workbook by row key with ExcelJS (as an evaluator types them), and a workbook saved
 * through LibreOffice (recalculated on load, as a user of LibreOffice would save it).
 */
import ExcelJS from 'exceljs';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ScoringTemplate } from '../../src/core/template-schema';
import type { Cell } from '../../src/core/rules/cells';
import { planLeaf, type InputRow } from '../../src/core/sheet-plan/leaf-inputs';
import { scoringUnits } from '../../src/core/sheet-plan/scoring-units';
import { leafTransfers } from '../../src/core/sheet-plan/weight-transfers';
import { scoreSheet, type SheetScores } from '../../src/core/sheet-plan/sheet-scores';

export interface LeafRows {
  id: string;
  path: string;
  weight: number;
  rows: InputRow[];
  judged: boolean;
}

export function leafRows(template: ScoringTemplate): LeafRows[] {
  const transfers = leafTransfers(template);
  return scoringUnits(template).flatMap((unit) =>
    unit.leaves.map(({ node, ancestry }) => ({
      id: node.id,
      path: ancestry.map((n) => n.name).join(' › '),
      weight: typeof node.weight === 'number' ? node.weight : 0,
      rows: planLeaf(node, unit.part, 'gov', transfers.get(node.id)).rows,
      judged: (node.rule?.type ?? 'judged') === 'judged' && !transfers.has(node.id) && !node.vetoes?.length,
    })),
  );
}

/**
 * What an evaluator enters: per leaf, per input row (null where nothing is entered); `level` (0…1)
 * sets how good the site looks, `vary` shifts it per leaf so that leaves differ.
 */
export function madeUpInputs(template: ScoringTemplate, level: number, vary = 0): Map<string, Cell[]> {
  const out = new Map<string, Cell[]>();
  leafRows(template).forEach((leaf, index) => {
    const f = Math.min(1, Math.max(0, level - ((index * 7 + vary) % 5) / 20));
    let wholes = 0;
    out.set(
      leaf.id,
      leaf.rows.map((row): Cell => {
        const kind = row.input;
        if (!kind) return null;
        if (kind.type === 'list') return kind.list.includes('否') ? '否' : kind.list[(index + vary) % kind.list.length];
        if (kind.type === 'whole') return wholes++ === 0 ? 10 : 2;
        if (kind.format === '0%') return Math.round(f * 100) / 100;
        if (kind.max !== undefined) return Math.round(kind.max * f * 100) / 100;
        return wholes++ === 0 ? 3 : 4;
      }),
    );
  });
  return out;
}

/** scoreSheet's input: the entered values with the template's fixed ones (a tier's fraction). */
export function expectedScores(template: ScoringTemplate, entered: ReadonlyMap<string, readonly Cell[]>): SheetScores {
  const inputs = new Map<string, Cell[]>();
  for (const leaf of leafRows(template)) {
    const values = entered.get(leaf.id) ?? [];
    inputs.set(leaf.id, leaf.rows.map((row, i) => (row.fixed !== undefined ? row.fixed : values[i] ?? null)));
  }
  return scoreSheet(template, inputs);
}

export interface SheetFill {
  sheet: string;
  inputs: ReadonlyMap<string, readonly Cell[]>;
  evaluator?: string;
  done?: boolean;
  /** Cells to set after the inputs, e.g. a score typed over its formula. */
  overrides?: { cell: string; value: number }[];
}

/** Writes 录入 values by row key (column K), the evaluator (E2) and the status (J2). */
export async function fillWorkbook(bytes: Uint8Array, fills: readonly SheetFill[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  for (const fill of fills) {
    const sheet = workbook.getWorksheet(fill.sheet);
    if (!sheet) throw new Error(`no sheet ${fill.sheet}`);
    sheet.eachRow((row) => {
      const key = row.getCell(11).value;
      const match = typeof key === 'string' ? /^input:(.+):(\d+)$/.exec(key) : null;
      if (!match) return;
      const value = fill.inputs.get(match[1])?.[Number(match[2])];
      if (value !== null && value !== undefined) row.getCell(8).value = value as ExcelJS.CellValue;
    });
    if (fill.evaluator !== undefined) sheet.getCell('E2').value = fill.evaluator;
    if (fill.done) sheet.getCell('J2').value = '已完成';
    for (const { cell, value } of fill.overrides ?? []) sheet.getCell(cell).value = value;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The sheet row (1-based) holding a row key. */
export async function rowOfKey(bytes: Uint8Array, sheetName: string, key: string): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  let found = -1;
  workbook.getWorksheet(sheetName)?.eachRow((row, n) => {
    if (row.getCell(11).value === key) found = n;
  });
  return found;
}

const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>en-US</value></prop></item>
</oor:items>
`;

/** The workbook opened in LibreOffice Calc (recalculated on load) and saved as .xlsx again. */
export async function saveThroughLibreOffice(bytes: Uint8Array, timeoutMs = 120_000): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'lo-save-'));
  try {
    const input = join(dir, 'in', 'book.xlsx');
    mkdirSync(join(dir, 'in'));
    mkdirSync(join(dir, 'profile', 'user'), { recursive: true });
    writeFileSync(join(dir, 'profile', 'user', 'registrymodifications.xcu'), PROFILE);
    writeFileSync(input, bytes);
    const args = ['--headless', '--norestore', '--nolockcheck', `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(dir, 'out'), input];
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.env.SOFFICE ?? 'soffice', args, { stdio: 'ignore', detached: true });
      const timer = setTimeout(() => {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
        reject(new Error('LibreOffice timed out'));
      }, timeoutMs);
      child.on('error', reject);
      child.on('exit', (code) => {
        clearTimeout(timer);
        if (code === 0) resolve();
        else reject(new Error(`soffice exited with ${code}`));
      });
    });
    return new Uint8Array(readFileSync(join(dir, 'out', 'book.xlsx')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
