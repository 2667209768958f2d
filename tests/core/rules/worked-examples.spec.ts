/** The worked examples of the source documents, computed by hand from the seeds' wording. */
import { describe, expect, it } from 'vitest';
import { newmediaSupervision } from '../../../src/core/rules/newmedia-supervision';
import { cappedPerEvent } from '../../../src/core/rules/capped-per-event';
import { splitScore } from '../../../src/core/rules/split-score';
import { shareDeduction } from '../../../src/core/rules/share-deduction';
import { countTier } from '../../../src/core/rules/count-tier';
import { serviceFormScore } from '../../../src/core/rules/service-form';
import { ratioScore } from '../../../src/core/rules/ratio-score';
import { quarterHealth } from '../../../src/core/rules/quarter-health';
import { bestCases } from '../../../src/core/rules/best-cases';
import { contestScore } from '../../../src/core/rules/contest-score';

describe('日常监管: 权重*(N-M)/N', () => {
  it('N=10, M=2, weight 2 → 1.6', () => expect(newmediaSupervision(10, 2, 2)).toBeCloseTo(1.6, 12));
  it('all accounts passing gives the full weight', () => expect(newmediaSupervision(7, 0, 1)).toBe(1));
  it('all accounts failing gives 0', () => expect(newmediaSupervision(7, 7, 1)).toBe(0));
});

describe('capped per-event points', () => {
  it('安全事件 (department): 2 points per event, at most 4', () => {
    expect(cappedPerEvent([[1]], [[2]], 4)).toBe(2);
    expect(cappedPerEvent([[2]], [[2]], 4)).toBe(4);
    expect(cappedPerEvent([[3]], [[2]], 4)).toBe(4);
  });

  it('通报曝光 (city): portal 1 per event, filled-in site 0.5 per event, at most 2', () => {
    expect(cappedPerEvent([[1, 1]], [[1, 0.5]], 2)).toBe(1.5);
    expect(cappedPerEvent([[0, 3]], [[1, 0.5]], 2)).toBe(1.5);
    expect(cappedPerEvent([[1, 3]], [[1, 0.5]], 2)).toBe(2);
  });

  it('表彰宣传 (department): sub-caps 2 / 1.5 / 1.5 applied per clause, 5 in all', () => {
    const praise = cappedPerEvent([[3]], [[1]], 2); // 每受到1次表彰加1分，累计最高加2分
    const reports = cappedPerEvent([[4]], [[0.5]], 1.5); // 每被报道1次加0.5分，累计最高加1.5分
    const adopted = cappedPerEvent([[1]], [[0.5]], 1.5); // 每被采用1次加0.5分，累计最高加1.5分
    expect([praise, reports, adopted]).toEqual([2, 1.5, 0.5]);
    expect(praise + reports + adopted).toBe(4);
  });
});

describe('split score (Xianning 评分细则)', () => {
  it('动态要闻 30/20/20/30 with weight 3: points fully, half, fully, not met → 1.8', () => {
    expect(splitScore(3, [[0.3, 0.2, 0.2, 0.3]], [[1, 0.5, 1, 0]])).toBeCloseTo(1.8, 12);
  });

  it('every point met gives the weight', () => {
    expect(splitScore(2, [[0.5], [0.5]], [[1], [1]])).toBe(2);
  });
});

describe('share-of-weight deduction', () => {
  it('集约化 "每个扣 5%，共 20%" on weight 2: 3 problems → 0.3, 6 problems → 0.4 (capped)', () => {
    expect(shareDeduction(2, [[3]], [[0.05]], 0.2)).toBeCloseTo(0.3, 12);
    expect(shareDeduction(2, [[6]], [[0.05]], 0.2)).toBeCloseTo(0.4, 12);
  });

  it('"每发现一个扣 50%，扣完为止" on weight 3: 1 → 1.5, 2 → 3, 5 → 3', () => {
    expect(shareDeduction(3, [[1]], [[0.5]], 1)).toBe(1.5);
    expect(shareDeduction(3, [[2]], [[0.5]], 1)).toBe(3);
    expect(shareDeduction(3, [[5]], [[0.5]], 1)).toBe(3);
  });

  it('通报曝光 (001 line 765) on −4: 国务院办公厅 50%, 省政府办公厅 5%, 市政府办 5% per site, no cap stated (100%)', () => {
    // one by 国务院办公厅, two by 省政府办公厅, one by 市政府办: 4 × (50% + 10% + 5%) = 2.6
    expect(shareDeduction(4, [[1], [2], [1]], [[0.5], [0.05], [0.05]], 1)).toBeCloseTo(2.6, 12);
    expect(shareDeduction(4, [[3], [0], [0]], [[0.5], [0.05], [0.05]], 1)).toBe(4);
    expect(shareDeduction(4, [[''], [2], [null]], [[0.5], [0.05], [0.05]], 1)).toBeCloseTo(0.4, 12);
  });

  it('运维管理情况 point 5 (001 line 500) on 5: 5% per overdue message, 50% per month overdue, at most its 30%', () => {
    expect(shareDeduction(5, [[3], [0]], [[0.05], [0.5]], 0.3)).toBeCloseTo(0.75, 12);
    expect(shareDeduction(5, [[2], [1]], [[0.05], [0.5]], 0.3)).toBeCloseTo(1.5, 12);
  });
});

describe('count tiers', () => {
  it('协调联动 "1-4 次，得权重的 50%；5 次及以上，100%" on weight 2', () => {
    const tiers = [[1, 5]];
    const fractions = [[0.5, 1]];
    expect([0, 1, 4, 5, 9].map((count) => countTier(count, tiers, fractions, 2))).toEqual([0, 1, 1, 2, 2]);
  });
});

describe('ordered service form', () => {
  it('上级名单名录 … 本级检索系统 → 20% … 100% of weight 10', () => {
    const forms = ['上级名单名录', '上级查询系统', '本级名单名录', '本级查询系统', '本级检索系统'];
    expect(forms.map((form) => serviceFormScore(form, 10))).toEqual([2, 4, 6, 8, 10]);
    expect(serviceFormScore(3, 10)).toBe(6);
  });
});

describe('ratio', () => {
  it('原创比例 6 of 8 articles on weight 4 → 3; more than the denominator is capped at the weight', () => {
    expect(ratioScore(4, 6, 8)).toBe(3);
    expect(ratioScore(4, 9, 8)).toBe(4);
  });
});

describe('quarterly health', () => {
  it('健康情况: 90, 80 (vetoed), 70, 100 → (90 + 0 + 70 + 100) / 4 = 65', () => {
    expect(quarterHealth([[90, 80, 70, 100]], [[0, 1, 0, 0]])).toBe(65);
  });

  it('only the quarters filled so far count: 90 and 70 → 80', () => {
    expect(quarterHealth([[90, null, 70, '']])).toBe(80);
  });

  it('accepts 是, 否决 and TRUE as vetoes', () => {
    expect(quarterHealth([[90, 80, 70]], [['是', '否决', true]])).toBe(0);
  });
});

describe('best cases', () => {
  it('创新案例 (000): only the best two of 3, 5 and 4 → 9', () => {
    expect(bestCases([[3, 5, 4]], 2)).toBe(9);
  });

  it('003: each case at most 2 points, 6 in all: 3, 2.5, 1, 2.2 → 2 + 2 + 1 + 2 capped at 6', () => {
    expect(bestCases([[3, 2.5, 1, 2.2]], null, 2, 6)).toBe(6);
    expect(bestCases([[3, 1]], null, 2, 6)).toBe(3);
  });
});

describe('contest score', () => {
  it('知识竞赛 85 of 100 on weight 2 → 1.7; of 120 with full score 120 → weight', () => {
    expect(contestScore(2, 85)).toBeCloseTo(1.7, 12);
    expect(contestScore(2, 120, 120)).toBe(2);
  });
});
