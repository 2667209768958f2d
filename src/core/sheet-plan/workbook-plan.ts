/**
 * A scoring workbook: one scoring sheet per site and, for several sites, the summary sheet.
 * Sheet names are unique against the sheets the workbook already has: nothing is overwritten.
 */
import type { ScoringTemplate } from '../template-schema';
import type { FormulaMode } from './rule-formulas';
import type { WorkbookPlan } from './plan-types';
import { planScoringSheet, scoringSheetForSite, type ScoringSheetLayout } from './scoring-sheet-plan';
import { planSummarySheet } from './summary-sheet-plan';
import { cleanSheetName, uniqueSheetName } from './sheet-names';

export interface ScoringWorkbookOptions {
  /** Site names; empty for one blank scoring sheet. */
  sites: readonly string[];
  mode: FormulaMode;
  /** Names the workbook already has. */
  existingSheets?: readonly string[];
  /** Add the summary sheet (default: when there are two sites or more). */
  summary?: boolean;
}

/** Site names from pasted or file text: one per line, trimmed, blank lines dropped. */
export function parseSiteList(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function planScoringWorkbook(template: ScoringTemplate, options: ScoringWorkbookOptions): WorkbookPlan {
  const taken = new Set(options.existingSheets ?? []);
  const sites = options.sites.length > 0 ? options.sites : [''];
  let first: ScoringSheetLayout | undefined;
  const sheets = sites.map((site) => {
    const sheetName = uniqueSheetName(site ? cleanSheetName(site) : '评分表', taken);
    taken.add(sheetName);
    if (first) return scoringSheetForSite(first, site, sheetName);
    first = planScoringSheet(template, { site, sheetName, mode: options.mode });
    return first;
  });
  const plans = sheets.map((layout) => layout.plan);
  const wantSummary = options.summary ?? sites.length >= 2;
  if (wantSummary) {
    const name = uniqueSheetName('汇总', taken);
    const summarySites = sites.map((site, i) => ({ site, sheetName: plans[i].name }));
    plans.unshift(planSummarySheet(template, sheets[0], summarySites, name));
  }
  return { sheets: plans, portable: options.mode === 'portable' };
}
