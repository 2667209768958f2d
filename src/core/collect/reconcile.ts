/**
 * Several sheets of one site brought to one score. The policy gives each evaluation a share:
 * mean — all alike; median — the evaluation with the middle total (the two middle ones half each
 * for an even count), so that 基础分 + 加分 − 扣分 still make the total; reviewer — the reviewers'
 * files alike (the evaluators' mean where no reviewer scored the site). Self-assessments never get a
 * share: they are compared with the result.
 */
import type { CollectOptions, CollectPolicy, CollectRole, CollectedSite, Disagreement, SelfComparison } from './collect-types';
import type { SheetReading } from './read-scoring-sheet';

export interface Evaluation {
  file: string;
  sheet: string;
  role: CollectRole;
  self: boolean;
  templateId: string;
  category: string;
  reading: SheetReading;
}

/** Away with binary noise (87.30000000000001): six decimals is more than any sheet shows. */
export const tidy = (value: number) => Math.round(value * 1e6) / 1e6;

export function policyShares(evaluations: readonly Evaluation[], policy: CollectPolicy): number[] {
  const n = evaluations.length;
  const reviewers = evaluations.map((e) => e.role === 'reviewer');
  if (policy === 'reviewer' && reviewers.some(Boolean)) {
    const k = reviewers.filter(Boolean).length;
    return reviewers.map((r) => (r ? 1 / k : 0));
  }
  if (policy === 'median') {
    const order = evaluations.map((e, i) => ({ i, total: e.reading.scores.total })).sort((a, b) => a.total - b.total || a.i - b.i);
    const shares = new Array<number>(n).fill(0);
    if (n % 2 === 1) shares[order[(n - 1) / 2].i] = 1;
    else {
      shares[order[n / 2 - 1].i] = 0.5;
      shares[order[n / 2].i] = 0.5;
    }
    return shares;
  }
  return evaluations.map(() => 1 / n);
}

export function combineSite(name: string, evaluations: readonly Evaluation[], policy: CollectPolicy): CollectedSite {
  const shares = policyShares(evaluations, policy);
  const part = (which: 'base' | 'bonus' | 'deduction') => tidy(evaluations.reduce((sum, e, i) => sum + shares[i] * e.reading.scores[which], 0));
  const base = part('base');
  const bonus = part('bonus');
  const deduction = part('deduction');
  const incomplete = evaluations.flatMap((e) => e.reading.incomplete);
  return {
    name,
    category: evaluations[0].category,
    base,
    bonus,
    deduction,
    total: tidy(base + bonus - deduction),
    complete: incomplete.length === 0,
    evaluators: evaluations.map((e) => ({
      evaluator: e.reading.evaluator,
      file: e.file,
      sheet: e.sheet,
      role: e.role,
      base: tidy(e.reading.scores.base),
      bonus: tidy(e.reading.scores.bonus),
      deduction: tidy(e.reading.scores.deduction),
      total: tidy(e.reading.scores.total),
      complete: e.reading.incomplete.length === 0,
    })),
    incomplete,
    templateId: evaluations[0].templateId,
  };
}

const numeric = (value: number | '' | undefined): number | null => (typeof value === 'number' ? value : null);

/** The leaf's score by the policy's shares; null where no evaluation has one. */
function combinedLeaf(id: string, evaluations: readonly Evaluation[], shares: readonly number[]): number | null {
  const scores = evaluations.map((e) => numeric(e.reading.scores.leaves.get(id)));
  if (scores.every((s) => s === null)) return null;
  return tidy(scores.reduce<number>((sum, s, i) => sum + shares[i] * (s ?? 0), 0));
}

/** Indicators whose scores differ by more than `tolerance` × their weight between two evaluations. */
export function disagreementsOf(site: string, evaluations: readonly Evaluation[], tolerance: number): Disagreement[] {
  if (evaluations.length < 2) return [];
  const out: Disagreement[] = [];
  for (const [id, path] of evaluations[0].reading.paths) {
    const scores = evaluations.flatMap((e) => {
      const score = numeric(e.reading.scores.leaves.get(id));
      return score === null ? [] : [{ evaluator: e.reading.evaluator, file: e.file, sheet: e.sheet, score: tidy(score) }];
    });
    if (scores.length < 2) continue;
    const weight = Math.max(...evaluations.map((e) => Math.abs(e.reading.weights.get(id) ?? 0)));
    const values = scores.map((s) => s.score);
    const difference = tidy(Math.max(...values) - Math.min(...values));
    if (difference > tolerance * weight + 1e-9) out.push({ site, path, weight: tidy(weight), scores, difference });
  }
  return out;
}

/**
 * A self-assessment against the site's result: per indicator (自评, 核查 by the policy, 差值 = 自评 −
 * 核查, flagged above `tolerance` × its weight) and in total (flagged above `selfThreshold` points).
 */
export function selfComparison(site: string, self: Evaluation, scored: readonly Evaluation[], result: CollectedSite | null, options: Pick<CollectOptions, 'policy' | 'tolerance' | 'selfThreshold'>): SelfComparison {
  const shares = policyShares(scored, options.policy);
  const indicators = [...self.reading.paths].map(([id, path]) => {
    const own = numeric(self.reading.scores.leaves.get(id));
    const reviewed = scored.length === 0 ? null : combinedLeaf(id, scored, shares);
    const weight = Math.abs(self.reading.weights.get(id) ?? 0);
    const difference = own === null || reviewed === null ? null : tidy(own - reviewed);
    return { path, weight: tidy(weight), self: own === null ? null : tidy(own), reviewed, difference, flagged: difference !== null && difference > options.tolerance * weight + 1e-9 };
  });
  const total = tidy(self.reading.scores.total);
  const reviewed = result?.total ?? null;
  const difference = reviewed === null ? null : tidy(total - reviewed);
  return { site, file: self.file, sheet: self.sheet, self: total, reviewed, difference, flagged: difference !== null && difference > options.selfThreshold + 1e-9, indicators };
}
