/**
 * The checker's part for weight transfers (sheet-plan/weight-transfers.ts): a transfer to an
 * indicator that is not a leaf, or whose receivers could all be flagged 不适用 themselves, is an error
 * (the sheet could not keep its base total). A missing target is rule-checker's `redistribution-target`.
 */
import type { ScoringTemplate } from './template-schema';
import type { Issue } from './issues';
import { visitNodes } from './indicator-tree';
import { weightTransfers } from './sheet-plan/weight-transfers';

export function checkTransfers(template: ScoringTemplate): Issue[] {
  const paths = new Map(visitNodes(template).map((v) => [v.node.id, v.path]));
  return weightTransfers(template)
    .problems.filter((problem) => problem.code !== 'redistribution-target-missing')
    .map((problem) => ({ severity: 'error', code: problem.code, path: paths.get(problem.id) ?? '', message: problem.message }));
}
