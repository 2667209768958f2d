/**
 * The summary sheet (汇总): one row per site with its unit subtotals, bonus, deduction and total,
 * as formulas pointing at the site sheets (Excel keeps them right when rows are inserted there).
 */
import type { ScoringTemplate } from '../template-schema';
import { partTotals } from '../indicator-tree';
import { formatNumber } from '../numbers';
import { GridBuilder } from './grid-builder';
import { sheetReference } from './addresses';
import { rowKey, sheetMarker } from './sheet-keys';
import { templateVersion } from './template-version';
import type { ScoringSheetLayout } from './scoring-sheet-plan';
import type { SheetPlan } from './plan-types';

export interface SummarySite {
  site: string;
  sheetName: string;
  /** The site sheet's own layout where it differs from the first (department profiles). */
  layout?: ScoringSheetLayout;
}

export const SUMMARY_HEADER_ROW = 2;

export function planSummarySheet(template: ScoringTemplate, layout: ScoringSheetLayout, sites: readonly SummarySite[], name: string): SheetPlan {
  const units = layout.units;
  const headers = ['序号', '网站名称', '评分表', ...units.map((u) => `${u.name}${u.part === 'deduction' ? '（扣分）' : ''}`), '基础分', '加分', '扣分', '总分'];
  const keyColumn = headers.length;
  const grid = new GridBuilder(keyColumn + 1);
  grid.value(0, 0, `${template.edition ?? ''}${template.edition ? '年' : ''}${template.title}评分汇总`);
  grid.merge(0, 0, 0, keyColumn - 1);
  grid.style(0, 0, 0, keyColumn - 1, { bold: true, fontSize: 14, horizontal: 'center' });
  grid.value(0, keyColumn, sheetMarker({ kind: 'summary', templateId: template.id, templateVersion: templateVersion(template) }));
  grid.value(1, 0, fullScoreNote(template));
  grid.merge(1, 0, 1, keyColumn - 1);
  headers.forEach((text, column) => grid.value(SUMMARY_HEADER_ROW, column, text));
  grid.value(SUMMARY_HEADER_ROW, keyColumn, rowKey.header);
  grid.style(SUMMARY_HEADER_ROW, 0, SUMMARY_HEADER_ROW, keyColumn - 1, { bold: true, fill: '#D9E1F2', horizontal: 'center', wrap: true, border: true });
  const scoreCells = (own: ScoringSheetLayout) => [...own.units.map((u) => u.row), own.totals.base, own.totals.bonus, own.totals.deduction, own.totals.total];
  sites.forEach((site, i) => {
    const row = SUMMARY_HEADER_ROW + 1 + i;
    grid.value(row, 0, i + 1);
    grid.value(row, 1, site.site);
    grid.value(row, 2, site.sheetName);
    scoreCells(site.layout ?? layout).forEach((sheetRow, j) => grid.formula(row, 3 + j, sheetReference(site.sheetName, `I${sheetRow + 1}`)));
    grid.value(row, keyColumn, rowKey.site(site.sheetName));
  });
  const last = SUMMARY_HEADER_ROW + Math.max(sites.length, 1);
  grid.style(SUMMARY_HEADER_ROW + 1, 0, last, keyColumn - 1, { border: true });
  grid.style(SUMMARY_HEADER_ROW + 1, 3, last, keyColumn - 1, { numberFormat: '0.00', horizontal: 'center' });
  return grid.toPlan({
    name,
    kind: 'summary',
    columns: [...headers.map((_, i) => ({ width: i === 1 ? 28 : i === 2 ? 16 : i === 0 ? 6 : 11 })), { width: 20, hidden: true }],
    freeze: { rows: SUMMARY_HEADER_ROW + 1, columns: 2 },
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: [SUMMARY_HEADER_ROW + 1, SUMMARY_HEADER_ROW + 1] },
    tabColor: '#2F75B5',
  });
}

/** 满分110分（基础分 100，加分 16，扣分最多 14）；及格线 60 分 */
function fullScoreNote(template: ScoringTemplate): string {
  const { base, bonus, deduction } = partTotals(template);
  const full = base === null ? '' : `满分${formatNumber(base + (bonus ?? 0))}分（基础分 ${formatNumber(base)}${bonus ? `，加分 ${formatNumber(bonus)}` : ''}${deduction ? `，扣分最多 ${formatNumber(deduction)}` : ''}）；`;
  return `${full}及格线 ${template.passLine} 分。`;
}
