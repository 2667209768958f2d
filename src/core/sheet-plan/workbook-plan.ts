/**
 * A scoring workbook: one scoring sheet per site and, for several sites, the summary sheet.
 * Sheet names are unique against the sheets the workbook already has: nothing is overwritten.
 */
import type { DepartmentScopeTemplate, ScoringTemplate } from '../template-schema';
import { profileTemplate, type ScopeDepartment } from '../department-profile';
import type { FormulaMode } from './rule-formulas';
import type { WorkbookPlan } from './plan-types';
import { planScoringSheet, scoringSheetForSite, type ScoringSheetLayout } from './scoring-sheet-plan';
import { planSummarySheet } from './summary-sheet-plan';
import { cleanSheetName, uniqueSheetName } from './sheet-names';
import { cleanName } from '../text-input';

const SUMMARY_NAME = '汇总';

export interface ScoringWorkbookOptions {
  /** Site names; empty for one blank scoring sheet. */
  sites: readonly string[];
  mode: FormulaMode;
  /** Names the workbook already has. */
  existingSheets?: readonly string[];
  /** Add the summary sheet (default: when there are two sites or more). */
  summary?: boolean;
  /**
   * Department sites, each scored by its own profile (department-profile.ts): one sheet per
   * department, named and titled as 附录1 spells it, instead of `sites`.
   */
  departments?: { scope: DepartmentScopeTemplate; list: readonly ScopeDepartment[] };
  /** Self-assessment (自评) sheets, each naming its own site as the evaluator (scoring-sheet-plan.ts). */
  selfAssessment?: boolean;
}

/** Longer than this is not a site's name (and would not fit a printed sheet). */
export const MAX_SITE_NAME = 200;
/** A workbook of more sites than this is not one evaluator's (Excel slows down long before). */
export const MAX_SITES = 1000;

/** Site names from pasted or file text: one per line, cleaned (see checkSiteList), blank lines dropped. */
export function parseSiteList(text: string): string[] {
  return checkSiteList(text).sites;
}

export interface SiteListProblem {
  severity: 'error' | 'warning';
  /** 1-based line of the text. */
  line: number;
  message: string;
}

/**
 * A site list as the user typed or saved it: one name per line; spaces around a name, blank lines
 * and a BOM dropped; characters an .xlsx cannot hold and invisible ones (zero-width spaces) removed,
 * with a warning; a name given twice (after that cleaning: "甲县" and "甲县\u200B" are the same), a
 * name over MAX_SITE_NAME characters, and more than MAX_SITES names are errors.
 */
export function checkSiteList(text: string): { sites: string[]; problems: SiteListProblem[] } {
  const sites: string[] = [];
  const problems: SiteListProblem[] = [];
  const seen = new Map<string, number>();
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .forEach((raw, index) => {
      const line = index + 1;
      const name = cleanName(raw);
      if (name === '') return;
      if (name !== raw.trim()) problems.push({ severity: 'warning', line, message: `第 ${line} 行 “${name}” 含有不可见字符或控制字符，已删除。` });
      if (Array.from(name).length > MAX_SITE_NAME) return void problems.push({ severity: 'error', line, message: `第 ${line} 行的网站名称有 ${Array.from(name).length} 个字符，超过上限 ${MAX_SITE_NAME}。` });
      const key = name.toLowerCase();
      const first = seen.get(key);
      if (first !== undefined) return void problems.push({ severity: 'error', line, message: `第 ${line} 行 “${name}” 与第 ${first} 行重复。` });
      seen.set(key, line);
      sites.push(name);
    });
  if (sites.length > MAX_SITES) problems.push({ severity: 'error', line: 0, message: `网站名单有 ${sites.length} 个网站，超过上限 ${MAX_SITES}：请按类别分成几个工作簿。` });
  return { sites, problems };
}

export function planScoringWorkbook(template: ScoringTemplate, options: ScoringWorkbookOptions): WorkbookPlan {
  const departments = options.departments;
  const sites = departments ? departments.list.map((d) => d.name) : options.sites.length > 0 ? options.sites : [''];
  const wantSummary = options.summary ?? sites.length >= 2;
  // The summary keeps its name 汇总 (people and the collector look for it): a site called 汇总 gets 汇总(2).
  const summaryName = wantSummary ? uniqueSheetName(SUMMARY_NAME, options.existingSheets ?? []) : null;
  const taken = new Set([...(options.existingSheets ?? []), ...(summaryName ? [summaryName] : [])]);
  let first: ScoringSheetLayout | undefined;
  const sheets = sites.map((site, i) => {
    const sheetName = uniqueSheetName(site ? cleanSheetName(site) : '评分表', taken);
    taken.add(sheetName);
    if (departments) {
      // Each department's sheet has rows of its own (重点领域, 附录2 services): planned one by one.
      const profile = profileTemplate(template, departments.scope, departments.list[i]);
      return planScoringSheet(profile.template, { site, sheetName, mode: options.mode, flagged: profile.flagged, profile: site, selfAssessment: options.selfAssessment });
    }
    if (first) return scoringSheetForSite(first, site, sheetName);
    first = planScoringSheet(template, { site, sheetName, mode: options.mode, selfAssessment: options.selfAssessment });
    return first;
  });
  const plans = sheets.map((layout) => layout.plan);
  if (summaryName) {
    const summarySites = sites.map((site, i) => ({ site, sheetName: plans[i].name, layout: sheets[i] }));
    plans.unshift(planSummarySheet(template, sheets[0], summarySites, summaryName));
  }
  return { sheets: plans, portable: options.mode === 'portable' };
}
