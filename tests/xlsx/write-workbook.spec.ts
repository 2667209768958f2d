/** The .xlsx writer applies a plan completely: read the file back with ExcelJS. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadTemplateFiles } from '../../src/cli/template-files';
import type { ScoringTemplate } from '../../src/core/template-schema';
import { planScoringWorkbook } from '../../src/core/sheet-plan/workbook-plan';
import { fileFormula, workbookBytes } from '../../src/xlsx/write-workbook';
import type { SheetPlan } from '../../src/core/sheet-plan/plan-types';

const county = loadTemplateFiles()
  .flatMap(({ result }) => (result.ok ? [result.template] : []))
  .find((t) => t.id === 'gx-2023-county') as ScoringTemplate;

async function readBack(mode: 'gov' | 'portable') {
  const plan = planScoringWorkbook(county, { sites: ['甲县', '乙县'], mode });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await workbookBytes(plan)) as unknown as ArrayBuffer);
  return { plan, workbook };
}

describe('xlsx writer', () => {
  it('writes every sheet of the plan with its merges, validations, frozen header and hidden key column', async () => {
    const { plan, workbook } = await readBack('portable');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
    const sheetPlan = plan.sheets[1];
    const sheet = workbook.getWorksheet(sheetPlan.name);
    if (!sheet) throw new Error('sheet missing');
    expect(Object.keys((sheet as unknown as { _merges: object })._merges).length).toBe(sheetPlan.merges.length);
    const validated = sheetPlan.validations[5];
    expect(sheet.getCell(validated.range).dataValidation).toMatchObject({ type: validated.rule.type, prompt: validated.rule.prompt.message });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: sheetPlan.freeze.rows });
    expect(sheet.getColumn(sheetPlan.columns.length).hidden).toBe(true);
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1 });
    expect(sheet.getCell('A1').value).toBe('2023年县（市、区）政府门户网站绩效评估评分表');
  });

  it('asks every program to recalculate on open (calcPr fullCalcOnLoad in workbook.xml)', async () => {
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(await workbookBytes(planScoringWorkbook(county, { sites: [], mode: 'portable' })));
    const xml = await zip.file('xl/workbook.xml')?.async('string');
    expect(xml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it('stores GOV functions as Excel stores add-in functions in a file', async () => {
    const { plan, workbook } = await readBack('gov');
    const sheet = workbook.getWorksheet(plan.sheets[1].name);
    const formulas = (sheet?.getSheetValues() ?? []).flatMap((row) => (Array.isArray(row) ? row : [])).flatMap((v) => (v && typeof v === 'object' && 'formula' in v ? [String(v.formula)] : []));
    expect(formulas.some((f) => f.startsWith('_xldudf_GOV_NEWMEDIA_SUPERVISION('))).toBe(true);
    expect(formulas.some((f) => f.includes('GOV.'))).toBe(false);
    expect(fileFormula('MIN(GOV.CAPPED_DEDUCTION(H1:H2,G1:G2,3),ABS(D1))')).toBe('MIN(_xldudf_GOV_CAPPED_DEDUCTION(H1:H2,G1:G2,3),ABS(D1))');
  });
});

describe('cli workbook', () => {
  it('writes the file and says what it wrote', async () => {
    const { run } = await import('../../src/cli/run');
    const { mkdtempSync, writeFileSync, existsSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'cli-workbook-'));
    writeFileSync(join(dir, 'sites.txt'), '甲县\n乙县\n');
    const output = await run(['workbook', 'gx-2023-county', '--sites', join(dir, 'sites.txt'), '--portable', '-o', join(dir, 'out.xlsx')]);
    expect(output.exitCode).toBe(0);
    expect(output.stdout).toContain('3 个工作表（汇总、甲县、乙县）');
    expect(existsSync(join(dir, 'out.xlsx'))).toBe(true);
    expect((await run(['workbook', 'gx-2023-department-scope', '-o', join(dir, 'x.xlsx')])).stdout).toContain('不是评分指标模板');
    expect((await run(['workbook', 'gx-2023-county'])).exitCode).toBe(2);
    const missing = await run(['workbook', 'gx-2023-county', '--sites', join(dir, 'none.txt'), '-o', join(dir, 'y.xlsx')]);
    expect(missing).toMatchObject({ exitCode: 2, stderr: `无法读取网站名单文件 “${join(dir, 'none.txt')}”：文件不存在。` });
  });

  it('adds overlapping style ranges up (a later range sets only what it names), one style per distinct result', async () => {
    const sheet: SheetPlan = {
      name: '样式',
      kind: 'ranking',
      cells: Array.from({ length: 3 }, (_, r) => Array.from({ length: 3 }, (_, c) => ({ value: r * 3 + c }))),
      columns: [{ width: 10 }, { width: 10 }, { width: 10 }],
      merges: [],
      styles: [
        { range: 'A1:C3', style: { border: true, numberFormat: '0.00' } },
        { range: 'A1:C1', style: { bold: true, fill: '#F2F2F2' } },
        { range: 'B1:B3', style: { horizontal: 'center', wrap: true } },
        { range: 'C3', style: { numberFormat: '0%', fontSize: 14 } },
        { range: 'C1', style: { bold: false } },
      ],
      validations: [],
      freeze: { rows: 0, columns: 0 },
      print: { orientation: 'portrait', paper: 'A4', fitToWidth: false, repeatRows: [1, 1] },
    };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await workbookBytes({ sheets: [sheet], portable: true })) as unknown as ArrayBuffer);
    const read = workbook.getWorksheet('样式')!;
    const thin = { style: 'thin', color: { argb: 'FF8EA9C1' } };
    expect(read.getCell('A1').style).toMatchObject({ numFmt: '0.00', font: { bold: true }, fill: { fgColor: { argb: 'FFF2F2F2' } }, border: { top: thin, left: thin, bottom: thin, right: thin } });
    expect(read.getCell('B1').style).toMatchObject({ numFmt: '0.00', font: { bold: true }, alignment: { horizontal: 'center', wrapText: true } });
    expect(read.getCell('B2').alignment).toEqual({ horizontal: 'center', wrapText: true });
    expect(read.getCell('B2').font?.bold).toBeUndefined();
    expect(read.getCell('C3').style).toMatchObject({ numFmt: '0%', font: { size: 14 }, border: { top: thin } });
    expect(read.getCell('C1').font?.bold).toBeFalsy();
    expect(read.getCell('C1').fill).toMatchObject({ fgColor: { argb: 'FFF2F2F2' } });
    expect(read.getCell('A3').style).toMatchObject({ numFmt: '0.00', border: { top: thin } });
    expect(read.getCell('A3').fill).not.toMatchObject({ pattern: 'solid' });
    // Cells whose ranges add up to the same style share one style record (A2, C2, A3: border + 0.00; B2, B3).
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(await workbookBytes({ sheets: [sheet], portable: true }));
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const styleOf = (address: string) => new RegExp(`<c r="${address}" s="(\\d+)"`).exec(xml)?.[1];
    expect(styleOf('A3')).toBeDefined();
    expect(styleOf('A3')).toBe(styleOf('C2'));
    expect(styleOf('A2')).toBe(styleOf('C2'));
    expect(styleOf('B2')).toBe(styleOf('B3'));
    expect(new Set(['A1', 'B1', 'C1', 'A2', 'B2', 'C2', 'A3', 'B3', 'C3'].map(styleOf)).size).toBe(6);
  });
});
