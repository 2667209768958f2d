/** Nothing filled yet gives a blank result; bad input gives a Chinese message saying what is expected. */
import { describe, expect, it } from 'vitest';
import { RuleInputError } from '../../../src/core/rules/rule-error';
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

describe('blank results while nothing is filled in', () => {
  it.each([
    ['N and M blank', () => newmediaSupervision(null, '', 2)],
    ['N and M zero', () => newmediaSupervision(0, 0, 2)],
    ['all attainments blank', () => splitScore(3, [[0.5, 0.5]], [[null, '']])],
    ['all quarter scores blank', () => quarterHealth([[null, null, '', null]])],
    ['service form blank', () => serviceFormScore('', 10)],
    ['ratio numerator and denominator blank', () => ratioScore(4, null, '')],
    ['ratio numerator and denominator 0', () => ratioScore(4, 0, 0)],
    ['no case scored', () => bestCases([[null, '']], 2)],
    ['contest score blank', () => contestScore(2, null)],
  ])('%s → ""', (_, compute) => {
    expect(compute()).toBe('');
  });

  it('blank counts count as 0 events', () => {
    expect(cappedPerEvent([[null, '']], [[1, 0.5]], 2)).toBe(0);
    expect(shareDeduction(2, [['']], [[0.05]], 0.2)).toBe(0);
    expect(countTier(null, [[1, 5]], [[0.5, 1]], 2)).toBe(0);
  });
});

describe('bad input is refused with a message, never clamped', () => {
  it.each([
    ['M > N', () => newmediaSupervision(10, 12, 2), '不合格数 M=12 大于检查数 N=10'],
    ['M without N', () => newmediaSupervision(null, 2, 2), '不合格数 M=2 大于检查数 N=（未填写）'],
    ['fractional N', () => newmediaSupervision(2.5, 1, 2), '检查数 N必须是不小于 0 的整数'],
    ['negative M', () => newmediaSupervision(5, -1, 2), '不合格数 M必须是不小于 0 的整数'],
    ['text N', () => newmediaSupervision('十', 1, 2), '检查数 N必须是数字（现为 “十”）'],
    ['negative weight', () => newmediaSupervision(5, 1, -2), '权重不能为负数'],
    ['shares 90%', () => splitScore(3, [[0.3, 0.2, 0.2, 0.2]], [[1, 1, 1, 1]]), '分项比例合计为 90%，应为 100%'],
    ['attainment above 1', () => splitScore(3, [[0.5, 0.5]], [[1, 1.2]]), '第 2 项完成程度应在 0 到 1'],
    ['shapes differ', () => splitScore(3, [[0.5, 0.5]], [[1]]), '区域大小必须相同'],
    ['split without weight', () => splitScore(null, [[1]], [[1]]), '权重未填写'],
    ['negative count', () => cappedPerEvent([[-1]], [[1]], 2), '第 1 项次数必须是不小于 0 的整数'],
    ['fractional count', () => cappedPerEvent([[1.5]], [[1]], 2), '第 1 项次数必须是不小于 0 的整数'],
    ['cap missing', () => cappedPerEvent([[1]], [[1]], null), '累计上限未填写'],
    ['negative per-event', () => cappedPerEvent([[1]], [[-1]], 2), '每次分值不能为负数'],
    ['per-event missing where counted', () => cappedPerEvent([[1]], [['']], 2), '第 1 项每次分值未填写'],
    ['cap share above 100%', () => shareDeduction(2, [[1]], [[0.05]], 1.5), '累计扣分比例上限应在 0% 到 100% 之间'],
    ['share above 100%', () => shareDeduction(2, [[1]], [[2]], 1), '每次扣分比例应在 0% 到 100% 之间'],
    ['thresholds not ascending', () => countTier(3, [[5, 1]], [[1, 0.5]]), '档位起点必须从小到大排列'],
    ['tier fraction above 1', () => countTier(3, [[1, 5]], [[0.5, 2]]), '第 2 个档位得分比例应在 0 到 1 之间'],
    ['unknown service form', () => serviceFormScore('市级网站', 10), '服务形式 “市级网站” 无法识别'],
    ['service level 6', () => serviceFormScore(6, 10), '无法识别'],
    ['denominator 0', () => ratioScore(4, 3, 0), '分母为 0 而分子为 3'],
    ['negative numerator', () => ratioScore(4, -1, 5), '分子不能为负数'],
    ['unknown veto mark', () => quarterHealth([[90]], [['也许']]), '否决标记 “也许” 无法识别'],
    ['text quarter score', () => quarterHealth([['良好']]), '第 1 季度得分必须是数字'],
    ['k = 0', () => bestCases([[1]], 0), '采纳案例数 k 必须至少为 1'],
    ['negative case score', () => bestCases([[-1]], 2), '案例得分不能为负数'],
    ['contest above full score', () => contestScore(2, 120), '竞赛成绩 120 超过竞赛满分 100'],
    ['contest full score 0', () => contestScore(2, 50, 0), '竞赛满分必须大于 0'],
  ])('%s', (_, compute, message) => {
    expect(compute).toThrow(RuleInputError);
    expect(compute).toThrow(message);
  });
});
