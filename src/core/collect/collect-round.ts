/**
 * Collecting a round: every scoring sheet of every file found by its marker, scored again
 * (read-scoring-sheet.ts), template versions checked, sheets of the same site (its name compared as
 * rankings compare names) brought together, the final score by the chosen policy, disagreements
 * between evaluators, self-assessments compared, and the source of every number.
 */
import type { ScoringTemplate, Template } from '../template-schema';
import { scoringTemplateFor } from '../department-profile';
import { parseSheetMarker, type SheetMarker } from '../sheet-plan/sheet-keys';
import { templateVersion } from '../sheet-plan/template-version';
import { nameKey } from '../ranking/cell-values';
import { readScoringSheet } from './read-scoring-sheet';
import { collectMessages as m } from './collect-messages';
import { combineSite, disagreementsOf, selfComparison, type Evaluation } from './reconcile';
import type { CollectFile, CollectOptions, CollectProblem, CollectResult, CollectSource, CollectedSite } from './collect-types';

const CATEGORY = { department: '自治区部门网站', city: '设区市政府门户网站', county: '县（市、区）政府门户网站', 'municipal-department': '市直部门网站' } as const;

/** A sheet's template: the one whose version its marker names, else (versions mixed) the first of its id. */
interface Resolved {
  template: ScoringTemplate;
  /** The marker's version matched a known template. */
  exact: boolean;
  /** The version that tells templates apart: the base template's (a department sheet carries its profile's). */
  version: string;
}

class TemplateResolver {
  private readonly byId = new Map<string, Template[]>();
  private readonly cache = new Map<string, Resolved | null>();

  constructor(private readonly templates: readonly Template[]) {
    for (const t of templates) this.byId.set(t.id, [...(this.byId.get(t.id) ?? []), t]);
  }

  resolve(marker: SheetMarker): Resolved | null {
    const key = `${marker.templateId}|${marker.templateVersion}|${marker.profile ?? ''}`;
    if (!this.cache.has(key)) this.cache.set(key, this.find(marker));
    return this.cache.get(key) ?? null;
  }

  knownVersions(id: string): string[] {
    return (this.byId.get(id) ?? []).map((t) => templateVersion(t));
  }

  private find(marker: SheetMarker): Resolved | null {
    let fallback: ScoringTemplate | null = null;
    for (const candidate of this.byId.get(marker.templateId) ?? []) {
      // scoringTemplateFor looks the template up by id: give it this candidate (and the scopes).
      const lookup = new Map(this.templates.map((t) => [t.id, t] as const));
      lookup.set(candidate.id, candidate);
      const template = scoringTemplateFor(marker, lookup);
      if (!template) continue;
      if (templateVersion(template) === marker.templateVersion) return { template, exact: true, version: templateVersion(candidate) };
      fallback ??= template;
    }
    const unknown = marker.profile ? `${marker.templateVersion}（${marker.profile}）` : marker.templateVersion;
    return fallback && { template: fallback, exact: false, version: unknown };
  }
}

export function collectRound(files: readonly CollectFile[], options: CollectOptions): CollectResult {
  const problems: CollectProblem[] = [];
  const sources: CollectSource[] = [];
  const evaluations: Evaluation[] = [];
  const resolver = new TemplateResolver(options.templates);
  const versions = new Map<string, Map<string, Set<string>>>();
  const seen = new Map<string, string>();
  for (const file of files) {
    const source: CollectSource = { file: file.name, sha256: file.sha256, sheets: [], templateId: null, templateVersion: null, role: file.role, readAt: file.readAt, details: [], skipped: null };
    sources.push(source);
    // The same bytes twice (a copy under another name) would count an evaluator twice.
    const earlier = file.sha256 === '' ? undefined : seen.get(file.sha256);
    if (earlier !== undefined) {
      source.skipped = m.duplicateFile(earlier);
      problems.push({ severity: 'warning', code: 'duplicate-file', file: file.name, sheet: null, cell: null, message: source.skipped });
      continue;
    }
    if (file.sha256 !== '') seen.set(file.sha256, file.name);
    if (file.unreadable !== undefined) {
      source.skipped = m.unreadable(file.unreadable);
      problems.push({ severity: 'error', code: 'unreadable', file: file.name, sheet: null, cell: null, message: source.skipped });
      continue;
    }
    let markers = 0;
    let collected = 0;
    for (const sheet of file.sheets) {
      const marker = findMarker(sheet.values);
      if (marker?.kind === 'collect') collected++;
      if (marker?.kind !== 'scoring') continue;
      markers++;
      const sheetProblem = (code: string, message: string) => problems.push({ severity: 'error', code, file: file.name, sheet: sheet.name, cell: null, message });
      const resolved = resolver.resolve(marker);
      if (!resolved) {
        const known = resolver.knownVersions(marker.templateId).length > 0;
        sheetProblem(known ? 'unknown-profile' : 'unknown-template', known ? m.unknownProfile(marker.templateId, marker.profile ?? '') : m.unknownTemplate(marker.templateId));
        continue;
      }
      if (!resolved.exact) {
        const allowed = options.allowMixedVersions;
        problems.push({
          severity: allowed ? 'warning' : 'error',
          code: 'unknown-version',
          file: file.name,
          sheet: sheet.name,
          cell: null,
          message: allowed ? m.unknownVersionAllowed(marker.templateId, marker.templateVersion) : m.unknownVersion(marker.templateId, marker.templateVersion, resolver.knownVersions(marker.templateId)),
        });
      }
      const read = readScoringSheet(sheet, resolved.template, file.name);
      if (!read.ok) {
        problems.push(...read.problems);
        continue;
      }
      problems.push(...read.reading.problems);
      const byVersion = versions.get(marker.templateId) ?? new Map<string, Set<string>>();
      byVersion.set(resolved.version, (byVersion.get(resolved.version) ?? new Set()).add(file.name));
      versions.set(marker.templateId, byVersion);
      source.sheets.push(sheet.name);
      source.details.push({ sheet: sheet.name, site: read.reading.site, evaluator: read.reading.evaluator, selfAssessment: marker.selfAssessment === true, templateId: marker.templateId, templateVersion: marker.templateVersion });
      source.templateId = joinDistinct(source.templateId, marker.templateId);
      source.templateVersion = joinDistinct(source.templateVersion, marker.templateVersion);
      evaluations.push({ file: file.name, sheet: sheet.name, role: file.role, self: marker.selfAssessment === true, templateId: marker.templateId, category: CATEGORY[resolved.template.siteKind], reading: read.reading });
    }
    if (markers === 0) {
      // An earlier collect's output (in the folder collected) is not an evaluator's file: skipped quietly.
      source.skipped = collected > 0 ? m.collectOutput() : m.noScoringSheet();
      problems.push({ severity: collected > 0 ? 'warning' : 'error', code: collected > 0 ? 'collect-output' : 'no-scoring-sheet', file: file.name, sheet: null, cell: null, message: source.skipped });
    }
  }
  const refusals: string[] = [];
  for (const [id, byVersion] of versions) {
    if (byVersion.size < 2) continue;
    const groups = [...byVersion].map(([version, names]) => [version, [...names]] as [string, string[]]);
    const allowed = options.allowMixedVersions;
    problems.push({ severity: allowed ? 'warning' : 'error', code: 'mixed-versions', file: null, sheet: null, cell: null, message: allowed ? m.mixedVersionsAllowed(id, groups) : m.mixedVersions(id, groups) });
    if (!allowed) refusals.push(m.mixedVersions(id, groups));
  }
  if (!options.allowMixedVersions && problems.some((p) => p.code === 'unknown-version')) refusals.push(problems.find((p) => p.code === 'unknown-version')?.message ?? '');
  const { sites, disagreements, selfAssessment } = reconcileSites(evaluations, options, problems);
  const unfinished = sites.filter((site) => !site.complete);
  if (unfinished.length > 0 && !options.allowIncomplete) refusals.push(m.incompleteRefused(unfinished.length));
  const { policy, tolerance, selfThreshold, allowIncomplete, allowMixedVersions } = options;
  return { policy, options: { policy, tolerance, selfThreshold, allowIncomplete, allowMixedVersions }, sites, disagreements, selfAssessment, problems, sources, refusals };
}

function joinDistinct(current: string | null, next: string): string {
  if (current === null) return next;
  return current.split('、').includes(next) ? current : `${current}、${next}`;
}

/** The rightmost marker of the first row (the key column's first cell). */
function findMarker(values: readonly (readonly unknown[])[]): SheetMarker | null {
  const first = values[0] ?? [];
  for (let column = first.length - 1; column >= 0; column--) {
    const marker = parseSheetMarker(first[column]);
    if (marker) return marker;
  }
  return null;
}

function reconcileSites(evaluations: readonly Evaluation[], options: CollectOptions, problems: CollectProblem[]) {
  const bySite = new Map<string, Evaluation[]>();
  for (const evaluation of evaluations) {
    const key = nameKey(evaluation.reading.site);
    bySite.set(key, [...(bySite.get(key) ?? []), evaluation]);
  }
  const sites: CollectedSite[] = [];
  const disagreements: CollectResult['disagreements'] = [];
  const selfAssessment: CollectResult['selfAssessment'] = [];
  const siteProblem = (code: string, severity: 'error' | 'warning', message: string, at?: Evaluation) =>
    problems.push({ severity, code, file: at?.file ?? null, sheet: at?.sheet ?? null, cell: null, message });
  for (const group of bySite.values()) {
    const scored = group.filter((e) => !e.self);
    const name = (scored[0] ?? group[0]).reading.site;
    const ids = [...new Set(group.map((e) => e.templateId))];
    if (ids.length > 1) siteProblem('site-templates-differ', 'warning', m.siteTemplatesDiffer(name, ids));
    let site: CollectedSite | null = null;
    if (scored.length === 0) siteProblem('self-only', 'warning', m.selfOnly(name), group[0]);
    else {
      if (options.policy === 'reviewer' && !scored.some((e) => e.role === 'reviewer')) siteProblem('site-not-reviewed', 'warning', m.siteNotReviewed(name));
      site = combineSite(name, scored, options.policy);
      sites.push(site);
      if (!site.complete) {
        const items = site.incomplete.map((item) => `${item.path ? `${item.path}：` : ''}${item.label}（${item.file} › ${item.sheet}!${item.cell}）`);
        siteProblem('incomplete', options.allowIncomplete ? 'warning' : 'error', m.incompleteSite(name, items.length, items.slice(0, 5)));
      }
      disagreements.push(...disagreementsOf(name, scored, options.tolerance));
    }
    for (const self of group.filter((e) => e.self)) {
      const comparison = selfComparison(name, self, scored, site, options);
      selfAssessment.push(comparison);
      if (comparison.flagged && comparison.reviewed !== null) {
        siteProblem('self-above-review', 'warning', m.selfFlagged(name, comparison.self, comparison.reviewed, options.selfThreshold), self);
      }
    }
  }
  return { sites, disagreements, selfAssessment };
}
