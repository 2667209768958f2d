/**
 * planScoringWorkbook plans the first site's sheet and derives the others (scoringSheetForSite): the
 * derived sheets must be exactly what planScoringSheet makes for their site, in both formula modes,
 * for every scoring template and for site names that are cleaned or made unique.
 */
import { describe, expect, it } from 'vitest';
import { loadTemplateFiles } from '../../src/cli/template-files';
import type { ScoringTemplate } from '../../src/core/template-schema';
import { planScoringSheet } from '../../src/core/sheet-plan/scoring-sheet-plan';
import { planScoringWorkbook } from '../../src/core/sheet-plan/workbook-plan';

const scoring = loadTemplateFiles()
  .flatMap(({ result }) => (result.ok ? [result.template] : []))
  .filter((t): t is ScoringTemplate => t.kind === 'scoring');

const SITES = ['甲县人民政府门户网站', '乙县人民政府门户网站', '甲县人民政府门户网站', '丙县/政府[网站]', '=HYPERLINK("x")'];

describe('scoring workbook for several sites', () => {
  it('covers every scoring template', () => {
    expect(scoring.map((t) => t.id).sort()).toEqual(['gx-2023-city', 'gx-2023-county', 'gx-2023-department', 'gx-department-earlier', 'xianning-2023-department']);
  });

  for (const template of scoring) {
    for (const mode of ['gov', 'portable'] as const) {
      it(`${template.id} (${mode}): every site sheet equals the sheet planned for that site alone`, () => {
        const workbook = planScoringWorkbook(template, { sites: SITES, mode, existingSheets: ['乙县人民政府门户网站'] });
        const siteSheets = workbook.sheets.filter((sheet) => sheet.kind === 'scoring');
        expect(siteSheets).toHaveLength(SITES.length);
        siteSheets.forEach((sheet, i) => {
          expect(sheet, sheet.name).toEqual(planScoringSheet(template, { site: SITES[i], sheetName: sheet.name, mode }).plan);
        });
        expect(new Set(siteSheets.map((sheet) => sheet.name)).size).toBe(SITES.length);
        expect(siteSheets[1].cells[1][1]).toEqual({ value: '乙县人民政府门户网站' });
        expect(siteSheets[0].cells[1][1]).toEqual({ value: '甲县人民政府门户网站' }); // the first is not changed by the others
      });
    }
  }

  it('derives a sheet without a site name as planScoringSheet does (no site cell)', () => {
    const template = scoring[0];
    const workbook = planScoringWorkbook(template, { sites: ['甲', ''], mode: 'gov', summary: false });
    expect(workbook.sheets[1]).toEqual(planScoringSheet(template, { site: '', sheetName: workbook.sheets[1].name, mode: 'gov' }).plan);
  });

  it('lets one sheet’s cells be filled in without touching the others, and refuses layout changes to shared parts', () => {
    const workbook = planScoringWorkbook(scoring[0], { sites: ['甲', '乙', '丙'], mode: 'portable', summary: false });
    const [a, b, c] = workbook.sheets;
    const row = a.cells.findIndex((cells) => cells.length > 5);
    b.cells[row][5] = { value: 42 };
    expect(a.cells[row][5]).not.toEqual({ value: 42 });
    expect(c.cells[row][5]).not.toEqual({ value: 42 });
    expect(b.styles).toBe(a.styles);
    expect(() => b.styles.push({ range: 'A1', style: { bold: true } })).toThrow(TypeError);
    expect(() => b.merges.push('A1:B1')).toThrow(TypeError);
  });
});
