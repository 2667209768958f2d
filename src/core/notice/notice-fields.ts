/**
 * The fields of the notice's text template (`{{合格率}}` …), each a figure or a phrase computed from
 * one RankingResult — the one the 排名 sheet is planned from — so that no number is typed twice.
 * Rates are the published two-decimal percentages; changes are in percentage points.
 */
import { formatFixed } from '../ranking/decimal-round';
import type { PassFigures, PreviousComparison, RankedGroup, RankingResult } from '../ranking/ranking-types';

export interface NoticeFieldOptions {
  /** The year evaluated (2024); null leaves 年度 as 本. */
  year: number | null;
  /** 发文机关 (the issuing office), as signed. */
  issuer: string;
  /** The region word of the notice: 全区, 全市, 全省 … */
  region: string;
  /** 成文日期, as written under the signature ("2025年3月1日"); blank spaces for the office to fill. */
  date: string;
  /** How many rank climbers the notice names. */
  climbers: number;
  /** 满分 of the results tables. */
  fullScore: number;
}

export const DEFAULT_NOTICE_FIELD_OPTIONS: NoticeFieldOptions = { year: null, issuer: '××人民政府办公厅', region: '全区', date: '　　年　月　日', climbers: 5, fullScore: 110 };

export interface RankClimber {
  category: string;
  name: string;
  previousRank: number;
  rank: number;
  rise: number;
}

const percent = (rate: number | null) => (rate === null ? '—' : `${formatFixed(rate, 2)}%`);
const label = (group: RankedGroup) => group.category || '全部网站';

/** "比上年上升1.38个百分点" / "与上年持平" / "" without a previous year. */
export function rateChangePhrase(figures: PreviousComparison): string {
  const change = figures.passRateChange;
  if (change === null) return '';
  if (change === 0) return '与上年持平';
  return `比上年${change > 0 ? '上升' : '下降'}${formatFixed(Math.abs(change), 2)}个百分点`;
}

const failedCount = (figures: PassFigures) => figures.count - figures.passed;

/** "比上年减少3个" / "与上年持平" / "" — the change in sites that did not pass. */
function failedChangePhrase(figures: PassFigures & PreviousComparison): string {
  if (!figures.previous) return '';
  const change = failedCount(figures) - failedCount(figures.previous);
  if (change === 0) return '与上年持平';
  return `比上年${change < 0 ? '减少' : '增加'}${Math.abs(change)}个`;
}

/** The largest rank rises (competition or dense ranks only), largest first, then in table order. */
export function rankClimbers(result: RankingResult, count: number): RankClimber[] {
  if (!result.hasPrevious || result.options.tie === 'bands') return [];
  const all: RankClimber[] = [];
  for (const group of result.groups) {
    for (const row of group.rows) {
      if (row.previousRank !== null && row.rankChange !== null && row.rankChange > 0) {
        all.push({ category: group.category, name: row.name, previousRank: row.previousRank, rank: row.rank, rise: row.rankChange });
      }
    }
  }
  // Array.prototype.sort is stable: equal rises keep the tables' order.
  return all.sort((a, b) => b.rise - a.rise).slice(0, count);
}

/** Joins with 、 and ends a clause; "无" for none. */
const list = (items: string[]) => (items.length ? items.join('、') : '无');

function withChange(text: string, change: string): string {
  return change ? `${text}，${change}` : text;
}

/** The field values by name. Every name here is a field the template may use. */
export function noticeFields(result: RankingResult, options: NoticeFieldOptions): Record<string, string> {
  const { overall, groups } = result;
  const line = result.options.passLine;
  const decimals = result.options.decimals;
  const several = groups.length > 1;
  const below = result.belowPassLine.filter((site) => !site.veto);
  const vetoed = result.belowPassLine.filter((site) => site.veto);
  const allPassed = groups.filter((group) => group.count > 0 && group.passed === group.count);
  const climbers = rankClimbers(result, options.climbers);
  const year = options.year === null ? '本' : String(options.year);
  const previousYear = options.year === null ? '上' : String(options.year - 1);
  const categoryCounts = groups.map((group) => `${label(group)}${group.count}个`).join('、');
  const categoryRates = groups
    .map((group) => withChange(`${label(group)}合格率为${percent(group.passRate)}`, rateChangePhrase(group)))
    .join('；');
  const site = (s: { category: string; name: string }) => (several && s.category ? `${s.name}（${s.category}）` : s.name);
  return {
    年度: year,
    上年: previousYear,
    发文机关: options.issuer,
    地区: options.region,
    成文日期: options.date,
    合格线: String(line),
    满分: String(options.fullScore),
    网站总数: String(overall.count),
    类别数: String(groups.length),
    各类别数量: categoryCounts,
    合格数: String(overall.passed),
    合格率: percent(overall.passRate),
    上年合格率: percent(overall.previous?.passRate ?? null),
    合格率变化: rateChangePhrase(overall),
    各类别合格率: categoryRates,
    全部合格类别: list(allPassed.map(label)),
    全部合格类别数: String(allPassed.length),
    不合格数: String(failedCount(overall)),
    不合格数变化: failedChangePhrase(overall),
    低于合格线数: String(below.length),
    低于合格线网站: list(below.map((s) => `${site(s)}${formatFixed(s.score, decimals)}分`)),
    单项否决数: String(vetoed.length),
    单项否决网站: list(vetoed.map(site)),
    排名上升: list(climbers.map((c) => `${c.name}（${several && c.category ? `${c.category}，` : ''}从第${c.previousRank}名上升到第${c.rank}名）`)),
  };
}

/** The sentences the default template uses, built from the fields so that they read well when a part is empty. */
export function noticeSentences(fields: Record<string, string>, result: RankingResult): Record<string, string> {
  const overall = withChange(`${fields.地区}政府网站合格率为${fields.合格率}`, fields.合格率变化);
  const allPassed = fields.全部合格类别 === '无' ? '' : `${fields.全部合格类别}网站全部合格。`;
  const failed = withChange(`不合格网站${fields.不合格数}个`, fields.不合格数变化);
  const climbers = fields.排名上升 === '无' ? '' : `与上年相比，排名上升较快的有：${fields.排名上升}。`;
  return {
    总体情况: `本次共评估${fields.网站总数}个政府网站${result.groups.length > 1 ? `，其中${fields.各类别数量}` : ''}。评估结果显示，${overall}；${failed}。${result.groups.length > 1 ? `分类别看，${fields.各类别合格率}。` : ''}${allPassed}${climbers}`,
    问题网站: result.belowPassLine.length === 0 ? `所有网站均达到${fields.合格线}分合格线。` : [
      fields.低于合格线数 === '0' ? '' : `低于${fields.合格线}分的网站有${fields.低于合格线数}个：${fields.低于合格线网站}。`,
      fields.单项否决数 === '0' ? '' : `因单项否决不合格的网站有${fields.单项否决数}个：${fields.单项否决网站}。`,
    ].join(''),
  };
}
