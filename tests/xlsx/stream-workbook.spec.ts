/**
 * The streaming writer (src/xlsx/stream-workbook.ts) writes the same workbook as the in-memory one
 * (workbookBytes): both files are read back with ExcelJS and compared feature by feature.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { loadTemplateFiles } from '../../src/cli/template-files';
import { rankRows } from '../../src/core/ranking/rank-engine';
import { planRankingSheet } from '../../src/core/ranking/ranking-sheet-plan';
import type { RankingInputRow } from '../../src/core/ranking/ranking-types';
import type { SheetPlan, WorkbookPlan } from '../../src/core/sheet-plan/plan-types';
import { planScoringWorkbook } from '../../src/core/sheet-plan/workbook-plan';
import { planSplitWorkbook } from '../../src/core/task-split/split-workbook-plan';
import { taskReport } from '../../src/core/task-split/task-report';
import type { ScoringTemplate } from '../../src/core/template-schema';
import { planCellCount, STREAM_CELL_THRESHOLD, streamedWorkbookBytes, workbookBytesBySize } from '../../src/xlsx/stream-workbook';
import { workbookBytes } from '../../src/xlsx/write-workbook';
import { liujiangMembers, liujiangSplit, scoring } from '../core/task-split/support';

const county = loadTemplateFiles()
  .flatMap(({ result }) => (result.ok ? [result.template] : []))
  .find((t) => t.id === 'gx-2023-county') as ScoringTemplate;

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** What a cell shows and how: value or formula, style, merge, validation. */
function cellSnapshot(cell: ExcelJS.Cell, validations: Record<string, unknown>) {
  const { font, fill, alignment, numFmt, border } = cell.style;
  return {
    value: cell.type === ExcelJS.ValueType.Merge ? null : cell.value,
    formula: cell.formula,
    font: font ? { bold: font.bold, size: font.size } : undefined,
    fill,
    alignment,
    numFmt,
    border,
    master: cell.isMerged ? cell.master.address : undefined,
    validation: validations[cell.address],
  };
}

/** Everything the writers set on a sheet, as plain data. */
function sheetSnapshot(sheet: ExcelJS.Worksheet) {
  const validations = (sheet as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
  const cells: Record<string, unknown> = {};
  const heights: Record<number, number | undefined> = {};
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    if (row.height !== undefined) heights[n] = row.height;
    row.eachCell({ includeEmpty: true }, (cell) => {
      const snapshot = cellSnapshot(cell, validations);
      // An empty unstyled cell is no cell: one writer may keep it, the other not.
      if (Object.values(snapshot).some((v) => v !== undefined && v !== null)) cells[cell.address] = snapshot;
    });
  });
  const columns = Array.from({ length: sheet.columnCount }, (_, i) => ({ width: sheet.getColumn(i + 1).width, hidden: sheet.getColumn(i + 1).hidden }));
  const { orientation, paperSize, fitToPage, fitToWidth, fitToHeight, printTitlesRow } = sheet.pageSetup;
  return {
    name: sheet.name,
    cells,
    heights,
    columns,
    merges: [...sheet.model.merges].sort(),
    validations: Object.keys(validations).length,
    views: (sheet.views as Partial<ExcelJS.WorksheetViewFrozen>[]).map(({ state, xSplit, ySplit }) => ({ state, xSplit, ySplit })),
    pageSetup: { orientation, paperSize, fitToPage, fitToWidth, fitToHeight, printTitlesRow },
    tabColor: sheet.properties.tabColor,
  };
}

async function calcPr(bytes: Uint8Array): Promise<string | undefined> {
  const xml = await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')?.async('string');
  return /<calcPr[^>]*>/.exec(xml ?? '')?.[0];
}

/** Writes the plan both ways and expects the same workbook back; returns the streamed one's snapshots. */
async function expectSameWorkbook(plan: WorkbookPlan) {
  const memoryBytes = await workbookBytes(plan);
  const streamBytes = await streamedWorkbookBytes(plan);
  const [memory, streamed] = [await load(memoryBytes), await load(streamBytes)];
  const sheets = streamed.worksheets.map(sheetSnapshot);
  expect(sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
  memory.worksheets.map(sheetSnapshot).forEach((expected, i) => expect(sheets[i], `sheet ${expected.name}`).toEqual(expected));
  expect(await calcPr(streamBytes)).toMatch(/fullCalcOnLoad="1"/);
  expect(streamed.creator).toBe(memory.creator);
  return sheets;
}

/** A sheet's features, to make sure a comparison compared something. */
function features(sheet: ReturnType<typeof sheetSnapshot>) {
  const cells = Object.values(sheet.cells) as ReturnType<typeof cellSnapshot>[];
  return {
    formulas: cells.filter((c) => c.formula).length,
    bold: cells.some((c) => c.font?.bold),
    fills: cells.some((c) => c.fill && 'pattern' in c.fill && c.fill.pattern === 'solid'),
    borders: cells.some((c) => c.border?.top),
    numFmts: cells.some((c) => c.numFmt),
    merges: sheet.merges.length,
    validations: sheet.validations,
    hidden: sheet.columns.some((c) => c.hidden),
    heights: Object.keys(sheet.heights).length,
    frozen: sheet.views[0]?.state === 'frozen' && (sheet.views[0].ySplit ?? 0) > 0,
    printTitles: Boolean(sheet.pageSetup.printTitlesRow),
    fitToPage: sheet.pageSetup.fitToPage,
    tabColor: Boolean(sheet.tabColor),
  };
}

/** 2,000 sites in 4 categories, ~40 % below the pass line, with last year's table. */
function rankingPlan(): SheetPlan {
  const rows = (year: number): RankingInputRow[] =>
    Array.from({ length: 2000 }, (_, i) => ({
      category: ['省级', '市级', '县级', '部门'][i % 4],
      name: `测试单位${i + 1}`,
      url: `https://www.site${i + 1}.gov.cn`,
      score: (((i * 7919 + year * 31) % 9000) / 100 + 20).toFixed(2),
    }));
  return planRankingSheet(rankRows(rows(2024), {}, rows(2023)));
}

describe('streaming xlsx writer: the same workbook as the in-memory writer', () => {
  it.each(['gov', 'portable'] as const)('scoring workbook of 3 sites (gx-2023-county, %s)', async (mode) => {
    const plan = planScoringWorkbook(county, { sites: ['甲县', '乙县', '丙县'], mode });
    const sheets = await expectSameWorkbook(plan);
    const site = features(sheets[1]);
    expect(site).toMatchObject({ bold: true, borders: true, numFmts: true, hidden: true, frozen: true, printTitles: true });
    expect(site.formulas).toBeGreaterThan(0);
    expect(site.merges).toBeGreaterThan(0);
    expect(site.validations).toBeGreaterThan(0);
    expect(sheets.some((s) => s.tabColor)).toBe(true);
  });

  it('ranking sheet of 2,000 sites with last year', async () => {
    const plan: WorkbookPlan = { sheets: [rankingPlan()], portable: true };
    expect(planCellCount(plan)).toBeGreaterThan(STREAM_CELL_THRESHOLD);
    const [sheet] = await expectSameWorkbook(plan);
    // The ranking freezes nothing: its views are compared above (state frozen, no split).
    expect(features(sheet)).toMatchObject({ bold: true, fills: true, borders: true, numFmts: true, hidden: true, printTitles: true, fitToPage: true, tabColor: true });
    expect(features(sheet).merges).toBeGreaterThan(0);
    expect(features(sheet).heights).toBeGreaterThan(0);
  });

  it('task-split workbook (split, member list, index, unit sheets)', async () => {
    const split = liujiangSplit();
    const plan = planSplitWorkbook(split, taskReport(split, liujiangMembers(), scoring('gx-2023-county')), { templateVersion: 'v' });
    const sheets = await expectSameWorkbook(plan);
    expect(features(sheets[0])).toMatchObject({ bold: true, borders: true, hidden: true, frozen: true, printTitles: true, fitToPage: true, tabColor: true });
    expect(sheets.length).toBeGreaterThan(3);
  });

  it('the CLI streams big plans and writes small ones in memory', async () => {
    /** The parts of a file but its dates (docProps/core.xml), which differ between two writes. */
    const parts = async (bytes: Uint8Array) => {
      const zip = await JSZip.loadAsync(bytes);
      const names = Object.keys(zip.files).filter((name) => !name.endsWith('core.xml')).sort();
      return Object.fromEntries(await Promise.all(names.map(async (name) => [name.replace(/^\//, ''), await zip.files[name].async('string')])));
    };
    const small = planScoringWorkbook(county, { sites: [], mode: 'portable' });
    expect(planCellCount(small)).toBeLessThanOrEqual(STREAM_CELL_THRESHOLD);
    const inMemory = await parts(await workbookBytes(small));
    expect(await parts(await workbookBytesBySize(small))).toEqual(inMemory);
    // The two writers' files differ in their XML (else this test would tell nothing).
    expect(await parts(await streamedWorkbookBytes(small))).not.toEqual(inMemory);
    const big: WorkbookPlan = { sheets: [rankingPlan()], portable: true };
    expect(await parts(await workbookBytesBySize(big))).toEqual(await parts(await streamedWorkbookBytes(big)));
  });
});
