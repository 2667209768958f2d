/** The .xlsx writer applies a plan completely: read the file back with ExcelJS. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadTemplateFiles } from '../../src/cli/template-files';
import type { ScoringTemplate } from '../../src/core/template-schema';
import { planScoringWorkbook } from '../../src/core/sheet-plan/workbook-plan';
import { fileFormula, workbookBytes } from '../../src/xlsx/write-workbook';

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
    expect((await run(['workbook', 'gx-2023-county', '--sites', join(dir, 'none.txt'), '-o', join(dir, 'y.xlsx')])).stdout).toContain('不存在');
  });
});
