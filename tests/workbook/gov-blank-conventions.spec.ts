/**
 * Issue 10: a GOV workbook written by `cli workbook`, recalculated with blank cells passed to the
 * custom functions as 0 (Excel desktop) and as null (Excel on the web), gives identical results,
 * unfilled, half-filled and filled, with no error value on an unfilled sheet.
 *
 * The workbook is made as a user makes it (the CLI's workbook command, GOV mode, three sites), read
 * back from the .xlsx with ExcelJS and opened in two calculating test hosts, one per convention.
 * Inputs are typed into both hosts identically; every cell of every sheet must then show the same
 * value in both, and the scores must be what the TypeScript rules compute from the same inputs.
 * The last block shows that the hosts really differ where a formula hands an empty cell straight to
 * a GOV function, so the agreement found here is not vacuous.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import { loadTemplateFile, resolveTemplateArgument } from '../../src/cli/template-files';
import type { IndicatorNode, ScoringTemplate } from '../../src/core/template-schema';
import type { Part } from '../../src/core/indicator-tree';
import { address } from '../../src/core/sheet-plan/addresses';
import { COL } from '../../src/core/sheet-plan/scoring-sheet-plan';
import { parseRowKey, parseSheetMarker } from '../../src/core/sheet-plan/sheet-keys';
import { planLeaf } from '../../src/core/sheet-plan/leaf-inputs';
import { scoringUnits } from '../../src/core/sheet-plan/scoring-units';
import { leafWeights, resolvedInputs, scoreSheet, type SheetScores } from '../../src/core/sheet-plan/sheet-scores';
import { leafTransfers } from '../../src/core/sheet-plan/weight-transfers';
import { RuleInputError } from '../../src/core/rules/rule-error';
import type { Cell, RuleResult } from '../../src/core/rules/cells';
import { FakeExcel, type Platform } from '../excel/fake-excel';

const SITES = ['甲县人民政府门户网站', '乙县人民政府门户网站', '丙县人民政府门户网站'];
const PLATFORMS: Platform[] = ['desktop', 'web'];
const ERROR_VALUE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|BUSY!|GETTING_DATA|CYCLE!|ERROR!|LIC!)$/;
const TOLERANCE = 1e-9;

type FileCell = string | number | boolean | null;
type InputValidation = { type: 'list'; list: string[] } | { type: 'whole' | 'decimal'; min: number; max?: number };

interface FileSheet {
  name: string;
  /** Cells from A1 as stored: text, numbers, formulas with `=` (GOV calls as GOV.*); a merge's hidden cells null. */
  cells: FileCell[][];
  /** The data validation of each 录入 (H) cell that has one, by 0-based row. */
  inputValidations: Map<number, InputValidation>;
}

// ---- the workbook, as the CLI writes it ----

let workDir: string;
beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'gov-blanks-'));
  writeFileSync(join(workDir, 'sites.txt'), `${SITES.join('\n')}\n`);
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Xianning with its lost weights filled in (as tests/workbook/scoring-workbook.spec.ts does), as a template file. */
function xianningWithWeightsFile(): string {
  const found = resolveTemplateArgument('xianning-2023-department');
  if (!found?.result.ok || found.result.template.kind !== 'scoring') throw new Error('xianning-2023-department missing');
  const template = structuredClone(found.result.template);
  const fill = (nodes: IndicatorNode[]) =>
    nodes.forEach((node) => {
      if (node.weight === null) node.weight = 3;
      fill(node.children ?? []);
    });
  fill(template.indicators);
  const file = join(workDir, 'xianning-with-weights.json');
  writeFileSync(file, JSON.stringify(template, null, 2));
  return file;
}

interface MadeWorkbook {
  template: ScoringTemplate;
  sheets: FileSheet[];
  stdout: string;
}

/** `npm run cli -- workbook <template> --sites sites.txt -o <file>.xlsx` (GOV mode: no --portable), read back. */
async function cliWorkbook(templateArgument: string, fileName: string): Promise<MadeWorkbook> {
  const output = join(workDir, fileName);
  // Xianning's weights, filled in as 3, still do not add up: built with --ignore-check on purpose.
  const result = await run(['workbook', templateArgument, '--sites', join(workDir, 'sites.txt'), '-o', output, '--ignore-check']);
  if (result.exitCode !== 0) throw new Error(`cli workbook ${templateArgument}: ${result.stdout}`);
  const found = templateArgument.endsWith('.json') ? loadTemplateFile(templateArgument) : resolveTemplateArgument(templateArgument);
  if (!found?.result.ok || found.result.template.kind !== 'scoring') throw new Error(`${templateArgument} is not a scoring template`);
  return { template: found.result.template, sheets: await readWorkbook(readFileSync(output)), stdout: result.stdout };
}

async function readWorkbook(bytes: Uint8Array): Promise<FileSheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.map((worksheet) => {
    const cells: FileCell[][] = [];
    const inputValidations = new Map<number, InputValidation>();
    for (let r = 1; r <= worksheet.rowCount; r++) {
      const row: FileCell[] = [];
      for (let c = 1; c <= worksheet.columnCount; c++) {
        const cell = worksheet.getCell(r, c);
        row.push(fileCell(cell));
        if (c === COL.input + 1 && cell.dataValidation?.type) inputValidations.set(r - 1, inputValidation(cell.dataValidation));
      }
      cells.push(row);
    }
    return { name: worksheet.name, cells, inputValidations };
  });
}

function fileCell(cell: ExcelJS.Cell): FileCell {
  // A merged range shows its first cell's content; ExcelJS repeats it in the others.
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  if (cell.type === ExcelJS.ValueType.Formula) return `=${cell.formula.replace(/_xldudf_GOV_([A-Z_]+)\(/g, 'GOV.$1(')}`;
  const value = cell.value;
  if (value === null || value === undefined || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value ?? null;
  throw new Error(`${cell.address}: unexpected cell value ${JSON.stringify(value)}`);
}

function inputValidation(rule: ExcelJS.DataValidation): InputValidation {
  const formulae = (rule.formulae ?? []).map(String);
  if (rule.type === 'list') return { type: 'list', list: formulae[0].replace(/^"|"$/g, '').split(',') };
  if (rule.type !== 'whole' && rule.type !== 'decimal') throw new Error(`unexpected validation ${rule.type}`);
  const numbers = formulae.map(Number);
  if (rule.operator === 'between') return { type: rule.type, min: numbers[0], max: numbers[1] };
  if (rule.operator === 'greaterThanOrEqual') return { type: rule.type, min: numbers[0] };
  throw new Error(`unexpected validation operator ${rule.operator}`);
}

/** Both hosts with the file open: every sheet added before any cell is written. Text stays text ('1.10'). */
function openInBothHosts(sheets: FileSheet[]): Record<Platform, FakeExcel> {
  const grids = sheets.map(({ name, cells }) => ({
    name,
    formulas: cells.map((row) => row.map((cell) => (typeof cell === 'string' && !cell.startsWith('=') ? `'${cell}` : cell))),
  }));
  return { desktop: new FakeExcel(grids, { platform: 'desktop' }), web: new FakeExcel(grids, { platform: 'web' }) };
}

// ---- what the sheets hold, found by their hidden keys ----

interface InputRow {
  row: number;
  leafId: string;
  index: number;
  validation: InputValidation | undefined;
  /** What the file holds in 录入 (a fixed tier fraction, or nothing). */
  stored: FileCell;
}

interface SiteSheet {
  name: string;
  inputRows: InputRow[];
  leafRows: Map<string, number>;
  subtotalRows: Map<string, number>;
  totalRows: Record<'base' | 'bonus' | 'deduction' | 'total', number>;
}

interface SummarySheet {
  name: string;
  /** Per site sheet: its row; its columns hold the unit subtotals, then 基础分, 加分, 扣分, 总分, from D. */
  siteRows: Map<string, number>;
}

function markerKind(sheet: FileSheet): string | undefined {
  return sheet.cells[0].map(parseSheetMarker).find((marker) => marker !== null)?.kind;
}

function siteSheet(sheet: FileSheet): SiteSheet {
  const found: SiteSheet = { name: sheet.name, inputRows: [], leafRows: new Map(), subtotalRows: new Map(), totalRows: { base: -1, bonus: -1, deduction: -1, total: -1 } };
  sheet.cells.forEach((cells, row) => {
    const key = parseRowKey(cells[COL.key]);
    if (key?.kind === 'input') {
      found.inputRows.push({ row, leafId: key.leafId, index: key.index, validation: sheet.inputValidations.get(row), stored: cells[COL.input] });
      if (key.index === 0) found.leafRows.set(key.leafId, row);
    } else if (key?.kind === 'subtotal') found.subtotalRows.set(key.level1Id, row);
    else if (key?.kind === 'total') found.totalRows[key.which] = row;
  });
  return found;
}

function summarySheet(sheet: FileSheet): SummarySheet {
  const siteRows = new Map<string, number>();
  sheet.cells.forEach((cells, row) => {
    const key = cells.map(parseRowKey).find((parsed) => parsed?.kind === 'site');
    if (key?.kind === 'site') siteRows.set(key.sheet, row);
  });
  return { name: sheet.name, siteRows };
}

// ---- filling: valid values from each 录入 cell's own validation ----

type FillState = 'unfilled' | 'half-filled' | 'filled';

const SHARES_OF_RANGE = [1, 0.5, 0.75, 0.25, 0.9];

function validValue(validation: InputValidation, seed: number): string | number {
  switch (validation.type) {
    case 'list':
      return validation.list[seed % validation.list.length];
    case 'whole':
      return validation.min + 1 + (seed % 3);
    case 'decimal':
      return validation.max === undefined ? validation.min + 1 + (seed % 9) : validation.min + (validation.max - validation.min) * SHARES_OF_RANGE[seed % SHARES_OF_RANGE.length];
  }
}

interface LeafInfo {
  node: IndicatorNode;
  part: Part;
}

function leavesOf(template: ScoringTemplate): Map<string, LeafInfo> {
  return new Map(scoringUnits(template).flatMap((unit) => unit.leaves.map(({ node }) => [node.id, { node, part: unit.part }] as const)));
}

/**
 * What the evaluator types into 录入 on one site sheet, by row: nothing; every second input row (the
 * rest stays truly empty); every input row. Values depend on the site and the row, and respect what
 * the rules require beyond a single cell: M ≤ N, no numerator over an empty denominator.
 */
function typedInputs(site: SiteSheet, siteIndex: number, state: FillState, leaves: Map<string, LeafInfo>): Map<number, string | number> {
  const typed = new Map<number, string | number>();
  if (state === 'unfilled') return typed;
  site.inputRows
    .filter((input) => input.validation)
    .forEach((input, ordinal) => {
      if (state === 'filled' || ordinal % 2 === 0) typed.set(input.row, validValue(input.validation as InputValidation, siteIndex * 7 + ordinal * 3));
    });
  const rowOf = (leafId: string, index: number) => site.inputRows.find((input) => input.leafId === leafId && input.index === index)?.row ?? -1;
  for (const [leafId, { node }] of leaves) {
    if (node.rule?.type === 'newmedia-supervision') {
      // 不合格账号数 M ≤ 检查账号数 N (an empty N counts as 0).
      const [checked, failed] = [typed.get(rowOf(leafId, 0)), typed.get(rowOf(leafId, 1))];
      if (typeof failed === 'number') typed.set(rowOf(leafId, 1), Math.min(failed, typeof checked === 'number' ? checked : 0));
    }
    if (node.rule?.type === 'ratio') {
      // A numerator over an empty denominator cannot be computed: leave it at 0 until the denominator is in.
      if (typed.has(rowOf(leafId, 0)) && !typed.has(rowOf(leafId, 1))) typed.set(rowOf(leafId, 0), 0);
    }
  }
  return typed;
}

async function typeInBoth(hosts: Record<Platform, FakeExcel>, sheet: string, typed: Map<number, string | number>): Promise<void> {
  for (const [row, value] of typed) {
    for (const platform of PLATFORMS) await hosts[platform].type(sheet, address(row, COL.input), [[value]]);
  }
}

// ---- what the rules say ----

type Expected = RuleResult | '#VALUE!';

interface SiteExpectation {
  leaves: Map<string, Expected>;
  /** Subtotals and totals, where no leaf is in error. */
  scores: SheetScores | null;
}

function expectation(template: ScoringTemplate, site: SiteSheet, typed: Map<number, string | number>, leaves: Map<string, LeafInfo>): SiteExpectation {
  const inputs = new Map<string, Cell[]>();
  for (const input of site.inputRows) {
    const values = inputs.get(input.leafId) ?? [];
    // What the cell holds: typed, else stored (a fixed number, a prefilled 不适用 flag); formulas are resolved below.
    const stored = typeof input.stored === 'string' && input.stored.startsWith('=') ? null : input.stored;
    values[input.index] = typed.get(input.row) ?? stored;
    inputs.set(input.leafId, values);
  }
  const results = new Map<string, Expected>();
  const resolved = resolvedInputs(template, inputs);
  const weights = leafWeights(template, inputs);
  const transfers = leafTransfers(template);
  for (const [leafId, { node, part }] of leaves) {
    try {
      results.set(leafId, planLeaf(node, part, 'gov', transfers.get(leafId)).evaluate(resolved.get(leafId) ?? [], weights.get(leafId) ?? NaN));
    } catch (error) {
      if (!(error instanceof RuleInputError)) throw error;
      results.set(leafId, '#VALUE!');
    }
  }
  const inError = [...results.values()].includes('#VALUE!');
  return { leaves: results, scores: inError ? null : scoreSheet(template, inputs) };
}

// ---- comparing ----

function gridOf(host: FakeExcel, sheet: FileSheet): (string | number | boolean)[][] {
  return host.sheet(sheet.name).valuesIn([0, 0, sheet.cells.length - 1, sheet.cells[0].length - 1]);
}

/** Every cell where the two hosts show different values: sheet!cell, its formula, both values. */
function disagreements(hosts: Record<Platform, FakeExcel>, sheets: FileSheet[]): string[] {
  const found: string[] = [];
  for (const sheet of sheets) {
    const desktop = gridOf(hosts.desktop, sheet);
    const web = gridOf(hosts.web, sheet);
    desktop.forEach((row, r) =>
      row.forEach((value, c) => {
        if (!Object.is(value, web[r][c])) {
          found.push(`${sheet.name}!${address(r, c)} ${String(hosts.desktop.formula(sheet.name, address(r, c)))}: desktop ${JSON.stringify(value)}, web ${JSON.stringify(web[r][c])}`);
        }
      }),
    );
  }
  return found;
}

function errorCells(host: FakeExcel, sheets: FileSheet[]): string[] {
  return sheets.flatMap((sheet) =>
    gridOf(host, sheet).flatMap((row, r) => row.flatMap((value, c) => (typeof value === 'string' && ERROR_VALUE.test(value) ? [`${sheet.name}!${address(r, c)} ${value}`] : []))),
  );
}

function expectScore(shown: unknown, expected: Expected, where: string): void {
  if (typeof expected === 'number') {
    expect(typeof shown, `${where}: ${JSON.stringify(shown)}`).toBe('number');
    expect(Math.abs((shown as number) - expected), `${where}: ${String(shown)} vs ${expected}`).toBeLessThanOrEqual(TOLERANCE);
  } else expect(shown, where).toBe(expected);
}

// ---- the workbooks ----

const TEMPLATES: { name: string; argument: () => string }[] = [
  { name: 'gx-2023-county', argument: () => 'gx-2023-county' },
  { name: 'gx-2023-city', argument: () => 'gx-2023-city' },
  { name: 'gx-2023-department', argument: () => 'gx-2023-department' },
  { name: 'xianning-2023-department (lost weights filled in as 3)', argument: xianningWithWeightsFile },
];

describe.each(TEMPLATES)('GOV workbook from `cli workbook` under both blank conventions: $name, three sites', ({ name, argument }) => {
  let made: MadeWorkbook;
  let sites: SiteSheet[];
  let summary: SummarySheet;
  let leaves: Map<string, LeafInfo>;

  beforeAll(async () => {
    made = await cliWorkbook(argument(), `${name.split(' ')[0]}.xlsx`);
    sites = made.sheets.filter((sheet) => markerKind(sheet) === 'scoring').map(siteSheet);
    const summaries = made.sheets.filter((sheet) => markerKind(sheet) === 'summary');
    if (summaries.length !== 1) throw new Error(`${name}: ${summaries.length} summary sheets`);
    summary = summarySheet(summaries[0]);
    leaves = leavesOf(made.template);
  });

  it('is a GOV workbook: 汇总 and three site sheets, GOV functions in the score cells, every input validated', () => {
    expect(made.stdout).toContain('GOV 函数');
    expect(made.sheets.map((sheet) => sheet.name)).toEqual(['汇总', ...sites.map((site) => site.name)]);
    expect(sites).toHaveLength(3);
    const formulas = made.sheets.flatMap((sheet) => sheet.cells.flat()).filter((cell): cell is string => typeof cell === 'string' && cell.startsWith('='));
    expect(formulas.some((formula) => formula.includes('_xldudf_'))).toBe(false);
    expect(formulas.filter((formula) => formula.includes('GOV.')).length).toBeGreaterThanOrEqual(3 * 3);
    for (const site of sites) {
      expect([...site.leafRows.keys()].sort()).toEqual([...leaves.keys()].sort());
      expect(site.inputRows.filter((input) => input.validation).length).toBeGreaterThan(20);
      // Without validation: a fixed tier fraction, or a formula (a shared 不适用 flag, the adjusted weight),
      // or nothing in a split: the share row of a point scored by its deductions (运维管理情况 point 5).
      const unvalidated = (input: InputRow) =>
        typeof input.stored === 'number' || String(input.stored).startsWith('=') || ((input.stored === null || input.stored === '') && leaves.get(input.leafId)?.node.rule?.type === 'split');
      expect(site.inputRows.filter((input) => !input.validation).every(unvalidated)).toBe(true);
      expect(Object.values(site.totalRows).every((row) => row > 0)).toBe(true);
      expect(summary.siteRows.has(site.name)).toBe(true);
    }
  });

  it.each<FillState>(['unfilled', 'half-filled', 'filled'])('%s: identical in both hosts, no error value, scores as the rules compute', async (state) => {
    const hosts = openInBothHosts(made.sheets);
    const expected = new Map<string, SiteExpectation>();
    for (const [siteIndex, site] of sites.entries()) {
      const typed = typedInputs(site, siteIndex, state, leaves);
      const inputCount = site.inputRows.filter((input) => input.validation).length;
      expect(typed.size).toBe(state === 'unfilled' ? 0 : state === 'filled' ? inputCount : Math.ceil(inputCount / 2));
      await typeInBoth(hosts, site.name, typed);
      expected.set(site.name, expectation(made.template, site, typed, leaves));
    }

    expect(disagreements(hosts, made.sheets)).toEqual([]);
    for (const platform of PLATFORMS) expect(errorCells(hosts[platform], made.sheets), platform).toEqual([]);

    for (const platform of PLATFORMS) {
      const host = hosts[platform];
      for (const site of sites) {
        const { leaves: leafScores, scores } = expected.get(site.name) as SiteExpectation;
        const shown = (row: number) => host.value(site.name, address(row, COL.score));
        for (const [leafId, row] of site.leafRows) expectScore(shown(row), leafScores.get(leafId) as Expected, `${platform} ${site.name} ${leafId}`);
        if (!scores) throw new Error(`${site.name}: a leaf is in error, ${JSON.stringify([...leafScores])}`);
        for (const [unitId, row] of site.subtotalRows) expectScore(shown(row), scores.units.get(unitId) ?? NaN, `${platform} ${site.name} subtotal ${unitId}`);
        for (const which of ['base', 'bonus', 'deduction', 'total'] as const) expectScore(shown(site.totalRows[which]), scores[which], `${platform} ${site.name} ${which}`);

        const summaryRow = summary.siteRows.get(site.name) as number;
        const columns = [...site.subtotalRows.keys()].map((unitId) => scores.units.get(unitId) ?? NaN);
        [...columns, scores.base, scores.bonus, scores.deduction, scores.total].forEach((value, i) =>
          expectScore(host.value(summary.name, address(summaryRow, 3 + i)), value, `${platform} 汇总 ${site.name} column ${i}`),
        );
        expect(host.value(summary.name, address(summaryRow, 3 + columns.length + 3))).toBe(shown(site.totalRows.total));
      }
    }

    if (state === 'unfilled') {
      // Empty stays empty: a leaf shows "" where its rule has nothing to score, else 0 (counts of
      // nothing), or the full weight where points are only taken away (share-of-weight deductions,
      // and splits whose every point is scored by such deductions).
      for (const site of sites) {
        for (const [leafId, row] of site.leafRows) {
          const shown = hosts.web.value(site.name, address(row, COL.score));
          const { node, part } = leaves.get(leafId) as LeafInfo;
          const onlyDeductions = node.rule?.type === 'share-deduction' || (node.rule?.type === 'split' && (node.points ?? []).every((p) => p.rule?.type === 'share-deduction'));
          const fullWeight = onlyDeductions && part === 'base' ? Math.abs(node.weight as number) : 0;
          expect(['', 0, fullWeight], `${site.name} ${leafId} (${node.rule?.type ?? 'judged'})`).toContain(shown);
        }
        const blanks = [...site.leafRows.values()].filter((row) => hosts.desktop.value(site.name, address(row, COL.score)) === '');
        expect(blanks.length).toBeGreaterThan(site.leafRows.size / 2);
      }
    }
    if (state === 'filled') {
      for (const site of sites) expect(expected.get(site.name)?.scores?.total ?? 0).toBeGreaterThan(0);
    }
  });
});

describe('the blank convention matters where a formula hands an empty cell to a GOV function', () => {
  const bothHosts = (formulas: unknown[][]) => PLATFORMS.map((platform) => new FakeExcel([{ name: '表', formulas }], { platform }));

  it('QUARTER_HEALTH over 90 and three empty quarters: 22.5 on desktop (blanks as 0), 90 on the web (null)', () => {
    const [desktop, web] = bothHosts([
      ['=GOV.QUARTER_HEALTH(H1:H4)', '=GOV.QUARTER_HEALTH(IF(ISBLANK(H1:H4),"",H1:H4))', '', '', '', '', '', 90],
      ['', '', '', '', '', '', '', null],
      ['', '', '', '', '', '', '', null],
      ['', '', '', '', '', '', '', null],
    ]);
    expect([desktop.value('表', 'A1'), web.value('表', 'A1')]).toEqual([22.5, 90]);
    // The same call with its blanks made explicit, as the plan writes it: the same everywhere.
    expect([desktop.value('表', 'B1'), web.value('表', 'B1')]).toEqual([90, 90]);
  });

  it('CONTEST_SCORE with an empty score: 0 on desktop, "" on the web; with explicit blanks "" on both', () => {
    const [desktop, web] = bothHosts([['=GOV.CONTEST_SCORE(2,H1)', '=GOV.CONTEST_SCORE(2,IF(ISBLANK(H1),"",H1))', '', '', '', '', '', null]]);
    expect([desktop.value('表', 'A1'), web.value('表', 'A1')]).toEqual([0, '']);
    expect([desktop.value('表', 'B1'), web.value('表', 'B1')]).toEqual(['', '']);
  });

  it('the county workbook with its explicit blanks taken out would differ between the hosts on an unfilled sheet', async () => {
    const made = await cliWorkbook('gx-2023-county', 'county-raw-blanks.xlsx');
    const raw = made.sheets.map((sheet) => ({
      ...sheet,
      cells: sheet.cells.map((row) => row.map((cell) => (typeof cell === 'string' ? cell.replace(/IF\(ISBLANK\(([^()]+)\),"",\1\)/g, '$1') : cell))),
    }));
    const before = made.sheets.flatMap((sheet) => sheet.cells.flat());
    expect(raw.flatMap((sheet) => sheet.cells.flat()).filter((cell, i) => cell !== before[i]).length).toBeGreaterThan(0);
    const found = disagreements(openInBothHosts(raw), raw);
    // As issue 10 found before the fix: on desktop an untouched sheet looks scored (one contest and one best-cases cell per site sheet).
    expect(found.filter((line) => /GOV\.CONTEST_SCORE\(D\d+,H\d+\): desktop 0, web ""$/.test(line)), found.join('\n')).toHaveLength(3);
    expect(found.filter((line) => /GOV\.BEST_CASES\(H\d+:H\d+,.*\): desktop 0, web ""$/.test(line)), found.join('\n')).toHaveLength(3);
  });
});
