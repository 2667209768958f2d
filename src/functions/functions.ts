/*
 * Excel custom functions in namespace GOV (manifest.xml), sharing the task pane's runtime.
 * Each body is one call into src/core/rules, where arguments are checked.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands over raw cell values (number, text, boolean, blank); typing them `any` keeps text and blanks unconverted so that core can refuse text with a Chinese message and treat blanks as the rules say. */
import { newmediaSupervision as newmediaSupervisionRule } from '../core/rules/newmedia-supervision';
import { cappedPerEvent } from '../core/rules/capped-per-event';
import { splitScore as splitScoreRule } from '../core/rules/split-score';
import { shareDeduction as shareDeductionRule } from '../core/rules/share-deduction';
import { countTier as countTierRule } from '../core/rules/count-tier';
import { serviceFormScore as serviceFormScoreRule } from '../core/rules/service-form';
import { ratioScore as ratioScoreRule } from '../core/rules/ratio-score';
import { quarterHealth as quarterHealthRule } from '../core/rules/quarter-health';
import { bestCases as bestCasesRule } from '../core/rules/best-cases';
import { contestScore as contestScoreRule } from '../core/rules/contest-score';
import { excelCall } from './errors';

/**
 * 政务新媒体日常监管得分：权重 ×（N − M）÷ N。N、M 均未填写时结果为空。
 * @customfunction NEWMEDIA_SUPERVISION
 * @param checked 检查的账号数 N（整数，大于 0）
 * @param failed 不合格的账号数 M（0 到 N 的整数）
 * @param [weight] 指标权重（分），省略时为 1
 * @returns 得分
 */
export function newmediaSupervision(checked: any, failed: any, weight?: any): any {
  return excelCall(() => newmediaSupervisionRule(checked, failed, weight));
}

/**
 * 按次扣分并封顶：min(Σ 次数 × 每次扣分, 上限)，结果为应扣的分数（正数）。
 * @customfunction CAPPED_DEDUCTION
 * @param counts 各类情形的次数（区域，空白按 0 次）
 * @param perEvent 每次扣分（与次数同样大小的区域）
 * @param cap 累计最高扣分
 * @returns 应扣分数
 */
export function cappedDeduction(counts: any[][], perEvent: any[][], cap: any): any {
  return excelCall(() => cappedPerEvent(counts, perEvent, cap));
}

/**
 * 按次加分并封顶：min(Σ 次数 × 每次加分, 上限)。
 * @customfunction CAPPED_BONUS
 * @param counts 各类情形的次数（区域，空白按 0 次）
 * @param perEvent 每次加分（与次数同样大小的区域）
 * @param cap 累计最高加分
 * @returns 加分
 */
export function cappedBonus(counts: any[][], perEvent: any[][], cap: any): any {
  return excelCall(() => cappedPerEvent(counts, perEvent, cap));
}

/**
 * 按评分细则比例计分：权重 × Σ 比例 × 完成程度。比例合计须为 100%；完成程度全部未填时结果为空。
 * @customfunction SPLIT_SCORE
 * @param weight 指标权重（分）
 * @param shares 各评分点比例（区域，如 30%、20%）
 * @param attainments 各评分点完成程度（0 到 1 或 0% 到 100%，与比例同样大小的区域）
 * @returns 得分
 */
export function splitScore(weight: any, shares: any[][], attainments: any[][]): any {
  return excelCall(() => splitScoreRule(weight, shares, attainments));
}

/**
 * 按权重比例扣分：权重 × min(Σ 次数 × 每次扣分比例, 比例上限)，结果为应扣的分数（正数）。
 * @customfunction SHARE_DEDUCTION
 * @param weight 指标权重（分）
 * @param counts 各类问题的次数（区域）
 * @param shares 每次扣分比例（如 5%，与次数同样大小的区域）
 * @param capShare 累计扣分比例上限（如 20%；扣完为止填 100%）
 * @returns 应扣分数
 */
export function shareDeduction(weight: any, counts: any[][], shares: any[][], capShare: any): any {
  return excelCall(() => shareDeductionRule(weight, counts, shares, capShare));
}

/**
 * 按次数分档计分：权重 × 不超过次数的最高档位的得分比例（低于第一档得 0）。
 * @customfunction COUNT_TIER
 * @param count 次数
 * @param thresholds 各档起点（从小到大，如 1、5）
 * @param fractions 各档得分比例（如 50%、100%，与起点同样大小的区域）
 * @param [weight] 指标权重（分），省略时为 1
 * @returns 得分
 */
export function countTier(count: any, thresholds: any[][], fractions: any[][], weight?: any): any {
  return excelCall(() => countTierRule(count, thresholds, fractions, weight));
}

/**
 * 查询服务提供形式得分：上级名单名录 / 上级查询系统 / 本级名单名录 / 本级查询系统 / 本级检索系统 依次得权重的 20% / 40% / 60% / 80% / 100%。
 * @customfunction SERVICE_FORM_SCORE
 * @param form 服务形式（名称或等级 1–5）
 * @param [weight] 指标权重（分），省略时为 1
 * @returns 得分
 */
export function serviceFormScore(form: any, weight?: any): any {
  return excelCall(() => serviceFormScoreRule(form, weight));
}

/**
 * 按比例计分：权重 × min(分子 ÷ 分母, 1)。分子分母均未填或为 0 时结果为空。
 * @customfunction RATIO_SCORE
 * @param weight 指标权重（分）
 * @param numerator 分子（如原创文章数）
 * @param denominator 分母（如抽查文章数）
 * @returns 得分
 */
export function ratioScore(weight: any, numerator: any, denominator: any): any {
  return excelCall(() => ratioScoreRule(weight, numerator, denominator));
}

/**
 * 健康情况：已填季度得分的平均分；被单项否决的季度记 0 分。
 * @customfunction QUARTER_HEALTH
 * @param scores 各季度检查得分（区域）
 * @param [vetoes] 各季度否决标记（1、TRUE、是、否决 表示否决；与得分同样大小的区域）
 * @returns 平均分
 */
export function quarterHealth(scores: any[][], vetoes?: any[][]): any {
  return excelCall(() => quarterHealthRule(scores, vetoes));
}

/**
 * 创新案例：取得分最高的 k 个案例（每个不超过单个上限）之和，且不超过总分上限。空白表示不限。
 * @customfunction BEST_CASES
 * @param scores 各案例得分（区域）
 * @param [k] 采纳的案例数
 * @param [perCaseCap] 单个案例最高得分
 * @param [totalCap] 案例总分上限
 * @returns 得分
 */
export function bestCases(scores: any[][], k?: any, perCaseCap?: any, totalCap?: any): any {
  return excelCall(() => bestCasesRule(scores, k, perCaseCap, totalCap));
}

/**
 * 知识竞赛折算：权重 × 竞赛成绩 ÷ 竞赛满分。成绩未填时结果为空。
 * @customfunction CONTEST_SCORE
 * @param weight 指标权重（分）
 * @param score 竞赛成绩
 * @param [fullScore] 竞赛满分，省略时为 100
 * @returns 得分
 */
export function contestScore(weight: any, score: any, fullScore?: any): any {
  return excelCall(() => contestScoreRule(weight, score, fullScore));
}
