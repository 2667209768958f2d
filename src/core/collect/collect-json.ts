/**
 * `collect --json`: exactly the keys issue 15 lists, in its order, then more (options, refusals and
 * per-item details) after them.
 */
import type { CollectResult } from './collect-types';

export function collectJson(result: CollectResult) {
  return {
    policy: result.policy,
    sites: result.sites.map((s) => ({
      name: s.name,
      category: s.category,
      base: s.base,
      bonus: s.bonus,
      deduction: s.deduction,
      total: s.total,
      complete: s.complete,
      evaluators: s.evaluators.map((e) => ({ evaluator: e.evaluator, file: e.file, total: e.total, sheet: e.sheet, role: e.role, complete: e.complete })),
      incomplete: s.incomplete,
      templateId: s.templateId,
    })),
    disagreements: result.disagreements.map((d) => ({
      site: d.site,
      path: d.path,
      scores: d.scores.map((s) => ({ evaluator: s.evaluator, file: s.file, score: s.score, sheet: s.sheet })),
      weight: d.weight,
      difference: d.difference,
    })),
    selfAssessment: result.selfAssessment.map((c) => ({ site: c.site, self: c.self, reviewed: c.reviewed, difference: c.difference, flagged: c.flagged, file: c.file, sheet: c.sheet, indicators: c.indicators })),
    problems: result.problems.map((p) => ({ severity: p.severity, code: p.code, file: p.file, sheet: p.sheet, cell: p.cell, message: p.message })),
    sources: result.sources.map((s) => ({ file: s.file, sha256: s.sha256, sheets: s.sheets, templateId: s.templateId, templateVersion: s.templateVersion, role: s.role, readAt: s.readAt, skipped: s.skipped, details: s.details })),
    options: result.options,
    refusals: result.refusals,
  };
}
