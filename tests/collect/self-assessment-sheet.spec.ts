import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import { parseSheetMarker, sheetMarker } from '../../src/core/sheet-plan/sheet-keys';
import { planScoringWorkbook } from '../../src/core/sheet-plan/workbook-plan';
import { templateVersion } from '../../src/core/sheet-plan/template-version';
import { readWorkbookSheets } from '../../src/xlsx/read-workbook-sheets';
import type { ScoringTemplate } from '../../src/core/template-schema';

const county = JSON.parse(readFileSync(join(__dirname, '../../indicators/gx-2023-county.json'), 'utf8')) as ScoringTemplate;

describe('self-assessment (自评) scoring sheets', () => {
  it('old markers parse as before; the flag is a field of its own, with or without a profile', () => {
    expect(parseSheetMarker('gov-eval|scoring|v1|gx-2023-county|2023-1a2b3c4d')).toEqual({ kind: 'scoring', templateId: 'gx-2023-county', templateVersion: '2023-1a2b3c4d' });
    expect(parseSheetMarker('gov-eval|scoring|v1|gx-2023-department|2023-00ff|自治区发展改革委')).toEqual({
      kind: 'scoring', templateId: 'gx-2023-department', templateVersion: '2023-00ff', profile: '自治区发展改革委',
    });
    expect(parseSheetMarker('gov-eval|scoring|v1|gx-2023-county|2023-1a2b|self-assessment')).toEqual({
      kind: 'scoring', templateId: 'gx-2023-county', templateVersion: '2023-1a2b', selfAssessment: true,
    });
    const both = { kind: 'scoring' as const, templateId: 'gx-2023-department', templateVersion: 'x', profile: '自治区民政厅', selfAssessment: true };
    expect(sheetMarker(both)).toBe('gov-eval|scoring|v1|gx-2023-department|x|自治区民政厅|self-assessment');
    expect(parseSheetMarker(sheetMarker(both))).toEqual(both);
  });

  it('shows 自评 in the title and names the site as 自评单位 on every site sheet', () => {
    const plan = planScoringWorkbook(county, { sites: ['甲县', '乙县'], mode: 'gov', selfAssessment: true });
    const [summary, first, second] = plan.sheets;
    expect(summary.name).toBe('汇总');
    for (const [sheet, site] of [[first, '甲县'], [second, '乙县']] as const) {
      expect(sheet.cells[0][0]?.value).toBe('2023年县（市、区）政府门户网站绩效评估评分表（自评）');
      expect(sheet.cells[1][3]?.value).toBe('自评单位');
      expect(sheet.cells[1][1]?.value).toBe(site);
      expect(sheet.cells[1][4]?.value).toBe(site);
      expect(parseSheetMarker(sheet.cells[0][10]?.value)).toEqual({ kind: 'scoring', templateId: 'gx-2023-county', templateVersion: templateVersion(county), selfAssessment: true });
    }
  });

  it('leaves an ordinary sheet as it was: 评估人员 blank, no flag', () => {
    const [sheet] = planScoringWorkbook(county, { sites: ['甲县'], mode: 'gov' }).sheets;
    expect(sheet.cells[0][0]?.value).toBe('2023年县（市、区）政府门户网站绩效评估评分表');
    expect(sheet.cells[1][3]?.value).toBe('评估人员');
    expect(sheet.cells[1][4]).toBeNull();
    expect(String(sheet.cells[0][10]?.value)).not.toContain('self-assessment');
  });

  it('cli workbook --self-assessment writes the marked sheets', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'self-'));
    const sites = join(dir, 'sites.txt');
    writeFileSync(sites, '甲县\n乙县\n');
    const out = join(dir, '自评.xlsx');
    const result = await run(['workbook', 'gx-2023-county', '--sites', sites, '--self-assessment', '-o', out]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('自评表');
    const sheets = await readWorkbookSheets(new Uint8Array(readFileSync(out)));
    const scoring = sheets.filter((s) => s.marker?.kind === 'scoring');
    expect(scoring.map((s) => [s.name, s.marker?.selfAssessment, s.snapshot.values[1][4]])).toEqual([['甲县', true, '甲县'], ['乙县', true, '乙县']]);
  });
});
