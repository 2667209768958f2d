/**
 * Collecting an evaluation round (issue 15): the evaluators' workbooks read back, every site scored
 * again from its 录入 cells by the core rules, evaluators reconciled, self-assessments compared.
 * Core takes workbooks already read into grids (src/xlsx reads .xlsx bytes into them, in Node and
 * in the browser alike), so the CLI and the pane collect the same way.
 */
import type { Template } from '../template-schema';

/** One sheet as read from a file: its cached values, and per cell its formula text (null for none). */
export interface CollectSheetGrid {
  name: string;
  /** Row 1 is values[0]; a formula's cached result, or null where the file holds none. */
  values: unknown[][];
  /** The formula of each cell without "=", null for a cell without one. */
  formulas: (string | null)[][];
}

export type CollectRole = 'evaluator' | 'reviewer';

export interface CollectFile {
  /** The file's name as the user gave it (printed, and in the source trail). */
  name: string;
  /** SHA-256 of the file's bytes, lower-case hex. */
  sha256: string;
  /** When the file was read (ISO 8601). */
  readAt: string;
  /** 'reviewer': given as a reviewer's file (--reviewer); its scores win under the reviewer policy. */
  role: CollectRole;
  sheets: CollectSheetGrid[];
  /** Why the file could not be read at all (not a workbook, password-protected …): reported, skipped. */
  unreadable?: string;
}

export const COLLECT_POLICIES = ['mean', 'median', 'reviewer'] as const;
export type CollectPolicy = (typeof COLLECT_POLICIES)[number];

export interface CollectOptions {
  policy: CollectPolicy;
  /** A disagreement: evaluators' scores of an indicator further apart than this share of its weight. */
  tolerance: number;
  /** A self-assessment is flagged when its total exceeds the reviewed total by more than this many points. */
  selfThreshold: number;
  allowIncomplete: boolean;
  allowMixedVersions: boolean;
  /** Every template a sheet may have been made from (the bundled ones and any given as files). */
  templates: readonly Template[];
}

export const DEFAULT_TOLERANCE = 0.2;
/** See README, "Collecting a round": 10 points, a tenth of the base part. */
export const DEFAULT_SELF_THRESHOLD = 10;

export interface CollectProblem {
  severity: 'error' | 'warning';
  code: string;
  file: string | null;
  sheet: string | null;
  /** e.g. "I12"; null where the problem is not one cell's. */
  cell: string | null;
  message: string;
}

export interface IncompleteItem {
  file: string;
  sheet: string;
  /** Indicator path, or '' for the sheet's status. */
  path: string;
  label: string;
  cell: string;
}

export interface EvaluatorScore {
  evaluator: string;
  file: string;
  sheet: string;
  role: CollectRole;
  base: number;
  bonus: number;
  deduction: number;
  total: number;
  complete: boolean;
}

export interface CollectedSite {
  name: string;
  category: string;
  base: number;
  bonus: number;
  deduction: number;
  total: number;
  complete: boolean;
  evaluators: EvaluatorScore[];
  incomplete: IncompleteItem[];
  templateId: string;
}

export interface IndicatorScore {
  evaluator: string;
  file: string;
  sheet: string;
  score: number;
}

export interface Disagreement {
  site: string;
  path: string;
  weight: number;
  scores: IndicatorScore[];
  /** Highest score less the lowest. */
  difference: number;
}

export interface SelfIndicator {
  path: string;
  weight: number;
  self: number | null;
  reviewed: number | null;
  difference: number | null;
  flagged: boolean;
}

export interface SelfComparison {
  site: string;
  file: string;
  sheet: string;
  self: number;
  /** The site's final total; null when only the self-assessment was collected. */
  reviewed: number | null;
  difference: number | null;
  flagged: boolean;
  indicators: SelfIndicator[];
}

export interface CollectSource {
  file: string;
  sha256: string;
  sheets: string[];
  templateId: string | null;
  templateVersion: string | null;
  role: CollectRole;
  readAt: string;
  /** Per scoring sheet read: its site, evaluator and whether it is a self-assessment. */
  details: { sheet: string; site: string; evaluator: string; selfAssessment: boolean; templateId: string; templateVersion: string }[];
  /** Why the file (or all of it) was skipped, or null. */
  skipped: string | null;
}

export interface CollectResult {
  policy: CollectPolicy;
  options: Omit<CollectOptions, 'templates'>;
  sites: CollectedSite[];
  disagreements: Disagreement[];
  selfAssessment: SelfComparison[];
  problems: CollectProblem[];
  sources: CollectSource[];
  /**
   * Why no output may be written (mixed template versions, unfinished sheets without the options
   * that allow them), or empty. The report is still complete.
   */
  refusals: string[];
}
