/** Invariants of the rules over generated inputs (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newmediaSupervision } from '../../../src/core/rules/newmedia-supervision';
import { cappedPerEvent } from '../../../src/core/rules/capped-per-event';
import { splitScore } from '../../../src/core/rules/split-score';
import { shareDeduction } from '../../../src/core/rules/share-deduction';
import { countTier } from '../../../src/core/rules/count-tier';
import { ratioScore } from '../../../src/core/rules/ratio-score';
import { quarterHealth } from '../../../src/core/rules/quarter-health';
import { bestCases } from '../../../src/core/rules/best-cases';

const weight = fc.integer({ min: 0, max: 4000 }).map((v) => v / 100);
const count = fc.integer({ min: 0, max: 50 });
const points = fc.integer({ min: 0, max: 500 }).map((v) => v / 100);
const row = <T>(values: T[]) => [values];
const num = (value: number | '') => {
  if (value === '') throw new Error('unexpected blank result');
  return value;
};

describe('new-media supervision', () => {
  it('stays within 0…weight and falls as M rises', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.nat(), weight, (n, seed, w) => {
        const m = seed % (n + 1);
        const score = num(newmediaSupervision(n, m, w));
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(w + 1e-12);
        if (m < n) expect(num(newmediaSupervision(n, m + 1, w))).toBeLessThanOrEqual(score);
      }),
    );
  });
});

describe('capped per-event points', () => {
  it('stay within 0…cap and never fall when a count rises', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(count, points), { minLength: 1, maxLength: 4 }), points, fc.nat(), (pairs, cap, pick) => {
        const counts = pairs.map(([c]) => c);
        const rates = pairs.map(([, r]) => r);
        const score = cappedPerEvent(row(counts), row(rates), cap);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(cap);
        const more = [...counts];
        more[pick % more.length] += 1;
        expect(cappedPerEvent(row(more), row(rates), cap)).toBeGreaterThanOrEqual(score);
      }),
    );
  });
});

describe('split score', () => {
  it('stays within 0…weight for shares adding up to 100%', () => {
    const sharesAndAttainments = fc
      .array(fc.tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 100 })), { minLength: 1, maxLength: 6 })
      .map((parts) => {
        const total = parts.reduce((sum, [s]) => sum + s, 0);
        let used = 0;
        const shares = parts.map(([s], index) => {
          if (index === parts.length - 1) return Math.round((1 - used) * 1e12) / 1e12;
          const share = Math.round((s / total) * 1e6) / 1e6;
          used += share;
          return share;
        });
        return { shares, attainments: parts.map(([, a]) => a / 100) };
      });
    fc.assert(
      fc.property(sharesAndAttainments, weight, ({ shares, attainments }, w) => {
        const score = num(splitScore(w, row(shares), row(attainments)));
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(w + 1e-9);
      }),
    );
  });
});

describe('share-of-weight deduction', () => {
  it('deducts at most weight × capShare and never less for more events', () => {
    fc.assert(
      fc.property(weight, count, fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (w, c, share, cap) => {
        const deducted = shareDeduction(w, [[c]], [[share / 100]], cap / 100);
        expect(deducted).toBeGreaterThanOrEqual(0);
        expect(deducted).toBeLessThanOrEqual((w * cap) / 100 + 1e-9);
        expect(shareDeduction(w, [[c + 1]], [[share / 100]], cap / 100)).toBeGreaterThanOrEqual(deducted);
      }),
    );
  });
});

describe('count tiers', () => {
  it('stay within 0…weight and never fall as the count rises (ascending fractions)', () => {
    const tiers = fc.uniqueArray(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 4 }).chain((mins) =>
      fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: mins.length, maxLength: mins.length }).map((fractions) => ({
        mins: [...mins].sort((a, b) => a - b),
        fractions: [...fractions].sort((a, b) => a - b).map((f) => f / 100),
      })),
    );
    fc.assert(
      fc.property(tiers, count, weight, ({ mins, fractions }, c, w) => {
        const score = countTier(c, row(mins), row(fractions), w);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(w);
        expect(countTier(c + 1, row(mins), row(fractions), w)).toBeGreaterThanOrEqual(score);
      }),
    );
  });
});

describe('ratio', () => {
  it('stays within 0…weight', () => {
    fc.assert(
      fc.property(weight, count, fc.integer({ min: 1, max: 60 }), (w, top, bottom) => {
        const score = num(ratioScore(w, top, bottom));
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(w + 1e-12);
      }),
    );
  });
});

describe('quarterly health', () => {
  it('lies between 0 (a veto) or the lowest score and the highest score', () => {
    const quarter = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.boolean());
    fc.assert(
      fc.property(fc.array(quarter, { minLength: 1, maxLength: 4 }), (quarters) => {
        const mean = num(quarterHealth(row(quarters.map(([s]) => s)), row(quarters.map(([, v]) => (v ? 1 : 0)))));
        const counted = quarters.map(([s, v]) => (v ? 0 : s));
        expect(mean).toBeGreaterThanOrEqual(Math.min(...counted) - 1e-9);
        expect(mean).toBeLessThanOrEqual(Math.max(...counted) + 1e-9);
      }),
    );
  });
});

describe('best cases', () => {
  it('never exceed totalCap nor k × perCaseCap, and never fall when k rises', () => {
    fc.assert(
      fc.property(fc.array(points, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 5 }), points, points, (scores, k, perCase, total) => {
        const score = num(bestCases(row(scores), k, perCase, total));
        expect(score).toBeLessThanOrEqual(total);
        expect(score).toBeLessThanOrEqual(k * perCase + 1e-9);
        expect(num(bestCases(row(scores), k + 1, perCase, total))).toBeGreaterThanOrEqual(score);
      }),
    );
  });
});
