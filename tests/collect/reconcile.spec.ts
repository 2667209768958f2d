import { describe, expect, it } from 'vitest';
import { combineSite, disagreementsOf, policyShares, selfComparison, type Evaluation } from '../../src/core/collect/reconcile';

/** An evaluation with given parts and one leaf 'x' (weight 10) scored `leaf`. */
function evaluation(evaluator: string, parts: [number, number, number], leaf: number | '', role: 'evaluator' | 'reviewer' = 'evaluator'): Evaluation {
  const [base, bonus, deduction] = parts;
  return {
    file: `${evaluator}.xlsx`,
    sheet: '甲县',
    role,
    self: false,
    templateId: 't',
    category: '县（市、区）政府门户网站',
    reading: {
      site: '甲县',
      evaluator,
      scores: { leaves: new Map([['x', leaf]]), units: new Map(), base, bonus, deduction, total: base + bonus - deduction },
      weights: new Map([['x', 10]]),
      paths: new Map([['x', '一级 › 指标']]),
      incomplete: [],
      problems: [],
    },
  };
}

describe('reconciling several evaluations of a site', () => {
  const a = evaluation('甲', [80, 10, 2], 6);
  const b = evaluation('乙', [70, 12, 4], 8);
  const c = evaluation('丙', [90, 0, 0], 9);

  it('mean: every part averaged, the total their sum', () => {
    const site = combineSite('甲县', [a, b], 'mean');
    expect([site.base, site.bonus, site.deduction, site.total]).toEqual([75, 11, 3, 83]);
  });

  it('median: the evaluation with the middle total (odd), the two middle ones half each (even)', () => {
    // Totals: 甲 88, 乙 78, 丙 90 → 甲 is the middle one.
    expect(combineSite('甲县', [a, b, c], 'median').total).toBe(88);
    expect(combineSite('甲县', [a, b, c], 'median').base).toBe(80);
    expect(policyShares([a, b], 'median')).toEqual([0.5, 0.5]);
  });

  it('reviewer: the reviewers\' files alike; the mean without any', () => {
    const r = evaluation('复核', [60, 5, 1], 2, 'reviewer');
    expect(combineSite('甲县', [a, r, b], 'reviewer').total).toBe(64);
    expect(policyShares([a, b], 'reviewer')).toEqual([0.5, 0.5]);
  });

  it('lists an indicator only when scores differ by more than the tolerance share of its weight', () => {
    expect(disagreementsOf('甲县', [a, b], 0.2)).toEqual([]); // 2 apart = 20% of 10: not more
    expect(disagreementsOf('甲县', [a, c], 0.2)).toEqual([
      { site: '甲县', path: '一级 › 指标', weight: 10, difference: 3, scores: [{ evaluator: '甲', file: '甲.xlsx', sheet: '甲县', score: 6 }, { evaluator: '丙', file: '丙.xlsx', sheet: '甲县', score: 9 }] },
    ]);
    expect(disagreementsOf('甲县', [a, evaluation('丁', [0, 0, 0], '')], 0)).toEqual([]); // a blank score is not a disagreement
  });

  it('compares a self-assessment per indicator and in total, flagged above the threshold', () => {
    const self = { ...evaluation('甲县', [95, 16, 0], 10), self: true };
    const result = combineSite('甲县', [a, b], 'mean');
    const compared = selfComparison('甲县', self, [a, b], result, { policy: 'mean', tolerance: 0.2, selfThreshold: 10 });
    expect([compared.self, compared.reviewed, compared.difference, compared.flagged]).toEqual([111, 83, 28, true]);
    expect(compared.indicators).toEqual([{ path: '一级 › 指标', weight: 10, self: 10, reviewed: 7, difference: 3, flagged: true }]);
    expect(selfComparison('甲县', self, [], null, { policy: 'mean', tolerance: 0.2, selfThreshold: 10 })).toMatchObject({ reviewed: null, difference: null, flagged: false });
    expect(selfComparison('甲县', self, [a, b], result, { policy: 'mean', tolerance: 0.2, selfThreshold: 30 }).flagged).toBe(false);
  });
});
