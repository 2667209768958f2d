import { describe, expect, it } from 'vitest';
import { newmediaSupervisionScore } from '../../../src/core/rules/newmedia-supervision';
import { RuleInputError } from '../../../src/core/rules/rule-error';

describe('new-media supervision: weight × (N − M) / N', () => {
  it('scores 8 checked, 2 failing, weight 4 as 3', () => {
    expect(newmediaSupervisionScore(8, 2, 4)).toBe(3);
  });

  it('uses weight 1 when omitted', () => {
    expect(newmediaSupervisionScore(4, 1)).toBe(0.75);
  });

  it.each([
    [0, 0, 1, 'N 为 0'],
    [3, 4, 1, '不能大于检查数'],
    [-1, 0, 1, '不小于 0 的整数'],
    [2.5, 0, 1, '不小于 0 的整数'],
    ['五', 0, 1, '必须是数字'],
    [5, 1, -2, '权重不能为负数'],
  ])('refuses N=%s, M=%s, weight=%s with a Chinese message', (n, m, w, message) => {
    expect(() => newmediaSupervisionScore(n, m, w)).toThrow(RuleInputError);
    expect(() => newmediaSupervisionScore(n, m, w)).toThrow(message);
  });
});
