/**
 * The site list checked before a scoring workbook is generated: what checkSiteList refuses (errors
 * block generating) or cleans (warnings), and the sites whose sheet tab will not carry their name as
 * typed — computed as planScoringWorkbook names the sheets, so what is listed is what happens.
 */
import { useMemo, useState } from 'react';
import type { ScoringTemplate } from '../core/template-schema';
import { checkTemplate } from '../core/template-checker';
import { checkSiteList, type SiteListProblem } from '../core/sheet-plan/workbook-plan';
import { cleanSheetName, uniqueSheetName } from '../core/sheet-plan/sheet-names';

const SUMMARY_NAME = '汇总';
const FORBIDDEN = /[[\]:*?/\\]/g;
const MAX_SHEET_NAME = 31;
/** One empty list for every render (a new [] would recompute the review each time). */
const NO_SHEETS: readonly string[] = [];

export interface SheetRename {
  site: string;
  sheetName: string;
  /** Why, in plain words: "工作表名不能含 / \ * [ ] : ?" … */
  reasons: string[];
}

export interface SiteListReview {
  sites: string[];
  errors: SiteListProblem[];
  warnings: SiteListProblem[];
  renames: SheetRename[];
}

/** Why `site` becomes `sheetName` (the steps of cleanSheetName and uniqueSheetName). */
function renameReasons(site: string, cleaned: string, sheetName: string, summary: string | null, existing: ReadonlySet<string>): string[] {
  const reasons: string[] = [];
  const withoutForbidden = site.replace(FORBIDDEN, '');
  if (withoutForbidden !== site) reasons.push('工作表名不能含 / \\ * [ ] : ?');
  if (/^'|'$/.test(withoutForbidden.trim())) reasons.push('工作表名不能以单引号开头或结尾');
  if (withoutForbidden.replace(/^'+|'+$/g, '').trim() === '') reasons.push('去掉这些字符后名称为空');
  else if (Array.from(withoutForbidden.replace(/^'+|'+$/g, '').trim()).length > MAX_SHEET_NAME) reasons.push(`工作表名最多 ${MAX_SHEET_NAME} 个字`);
  if (sheetName !== cleaned) {
    const key = cleaned.toLowerCase();
    if (summary !== null && key === SUMMARY_NAME) reasons.push('与汇总表同名');
    else if (key === 'history') reasons.push('History 是 Excel 保留的工作表名');
    else if (existing.has(key)) reasons.push('工作簿中已有同名工作表');
    else reasons.push('与名单中前面的网站的工作表同名');
  }
  return reasons;
}

/** The sheet tabs that will not carry the site's name as given, named as planScoringWorkbook names them. */
function sheetRenames(sites: readonly string[], existingSheets: readonly string[]): SheetRename[] {
  // As planScoringWorkbook: 汇总 is named first (only with two sites or more), then each site's sheet.
  const summary = sites.length >= 2 ? uniqueSheetName(SUMMARY_NAME, existingSheets) : null;
  const taken = new Set([...existingSheets, ...(summary ? [summary] : [])]);
  const existing = new Set(existingSheets.map((name) => name.toLowerCase()));
  const renames: SheetRename[] = [];
  for (const site of sites) {
    const cleaned = cleanSheetName(site);
    const sheetName = uniqueSheetName(cleaned, taken);
    taken.add(sheetName);
    if (sheetName !== site) renames.push({ site, sheetName, reasons: renameReasons(site, cleaned, sheetName, summary, existing) });
  }
  return renames;
}

/** The list as planScoringWorkbook will use it, with the problems and the sheet names it will give. */
export function reviewSiteList(text: string, existingSheets: readonly string[] = []): SiteListReview {
  const { sites, problems } = checkSiteList(text);
  return {
    sites,
    errors: problems.filter((p) => p.severity === 'error'),
    warnings: problems.filter((p) => p.severity === 'warning'),
    renames: sheetRenames(sites, existingSheets),
  };
}

/**
 * Departments chosen from a department scope (附录1): their names are the scope's, so there is nothing
 * to clean or refuse; only the sheet tabs the workbook already has (or 汇总) make a tab named otherwise.
 */
export function reviewDepartments(names: readonly string[], existingSheets: readonly string[] = []): SiteListReview {
  return { sites: [...names], errors: [], warnings: [], renames: sheetRenames(names, existingSheets) };
}

/** Errors the template checker finds in the template (lost weights, sums that do not add up …). */
export function templateErrorCount(template: ScoringTemplate): number {
  return checkTemplate(template).issues.filter((issue) => issue.severity === 'error').length;
}

export interface SiteListGate {
  review: SiteListReview;
  templateErrors: number;
  /** The user chose to generate from a template with errors (for this template only). */
  confirmed: boolean;
  setConfirmed: (confirmed: boolean) => void;
  /** Generating is not allowed: the list has errors, or the template has and nobody confirmed. */
  blocked: boolean;
}

/** The review of the typed list and the template, and the confirmation a template with errors needs. */
export function useSiteListGate(text: string, template: ScoringTemplate, existingSheets: readonly string[] = NO_SHEETS): SiteListGate {
  const review = useMemo(() => reviewSiteList(text, existingSheets), [text, existingSheets]);
  return useReviewGate(review, template);
}

/**
 * The gate of any review (typed list or chosen departments): `nothingChosen` also blocks, for a
 * department list with no department ticked (there would be no sheet to make).
 */
export function useReviewGate(review: SiteListReview, template: ScoringTemplate, nothingChosen = false): SiteListGate {
  const templateErrors = useMemo(() => templateErrorCount(template), [template]);
  // Remembered per template id: choosing another template asks again.
  const [confirmedFor, setConfirmedFor] = useState<string | null>(null);
  const confirmed = confirmedFor === template.id;
  return {
    review,
    templateErrors,
    confirmed,
    setConfirmed: (value) => setConfirmedFor(value ? template.id : null),
    blocked: nothingChosen || review.errors.length > 0 || (templateErrors > 0 && !confirmed),
  };
}
