/**
 * The paragraph of the published notice, with the figures filled in, e.g.
 * 评估结果显示，全区政府网站合格率为95.38%，比上年上升1.38个百分点。其中，… 低于60分的网站有3个：…
 */
import { formatFixed } from './decimal-round';
import type { RankedGroup, RankedRow, RankingResult } from './ranking-types';

export interface NoticeOptions {
  /** Who the rate is about: 全区, 全省, 全市 … */
  region: string;
  /** What was evaluated: 政府网站, 政务新媒体 … */
  subject: string;
  /** How many risers and fallers the notice names. */
  moves: number;
}

export const DEFAULT_NOTICE_OPTIONS: NoticeOptions = { region: '全区', subject: '政府网站', moves: 3 };

const percent = (rate: number) => `${formatFixed(rate, 2)}%`;
const points = (change: number) => `${formatFixed(Math.abs(change), 2)}个百分点`;

function changeText(change: number | null): string {
  if (change === null) return '';
  if (change === 0) return '，与上年持平';
  return `，比上年${change > 0 ? '上升' : '下降'}${points(change)}`;
}

const categoryLabel = (group: RankedGroup) => group.category || '未分类';

function groupSentence(groups: RankedGroup[]): string {
  if (groups.length < 2) return '';
  const named = groups.filter((group) => group.passRate !== null);
  const parts = named.map((group) => `${categoryLabel(group)}合格率为${percent(group.passRate ?? 0)}${changeText(group.passRateChange)}`);
  return parts.length ? `其中，${parts.join('；')}。` : '';
}

function failedSentence(result: RankingResult): string {
  const below = result.belowPassLine.filter((site) => !site.veto);
  const vetoed = result.belowPassLine.filter((site) => site.veto);
  const line = result.options.passLine;
  const decimals = result.options.decimals;
  if (below.length === 0 && vetoed.length === 0) return `所有网站均达到${line}分合格线。`;
  const sentences: string[] = [];
  if (below.length) sentences.push(`低于${line}分的网站有${below.length}个：${below.map((s) => `${s.name}（${formatFixed(s.score, decimals)}分）`).join('、')}。`);
  if (vetoed.length) sentences.push(`因单项否决不合格的网站有${vetoed.length}个：${vetoed.map((s) => s.name).join('、')}。`);
  return sentences.join('');
}

function moveText(row: RankedRow, result: RankingResult): string {
  const previous = row.previousRank ?? 0;
  const verb = (row.rankChange ?? 0) > 0 ? '上升' : '下降';
  if (result.options.tie !== 'bands') return `从第${previous}名${verb}到第${row.rank}名`;
  const band = (rank: number) => result.options.bands[rank - 1]?.name ?? String(rank);
  return `从“${band(previous)}”${verb}到“${band(row.rank)}”`;
}

function movesSentence(result: RankingResult, count: number): string {
  const several = result.groups.length > 1;
  const moved = result.groups.flatMap((group) => group.rows.filter((row) => row.rankChange).map((row) => ({ group, row })));
  const describe = ({ group, row }: (typeof moved)[number]) => `${row.name}（${several ? `${categoryLabel(group)}，` : ''}${moveText(row, result)}）`;
  const risers = moved.filter((m) => (m.row.rankChange ?? 0) > 0).sort((a, b) => (b.row.rankChange ?? 0) - (a.row.rankChange ?? 0));
  const fallers = moved.filter((m) => (m.row.rankChange ?? 0) < 0).sort((a, b) => (a.row.rankChange ?? 0) - (b.row.rankChange ?? 0));
  const parts: string[] = [];
  if (risers.length) parts.push(`排名上升较快的有：${risers.slice(0, count).map(describe).join('、')}`);
  if (fallers.length) parts.push(`排名下降较多的有：${fallers.slice(0, count).map(describe).join('、')}`);
  return parts.length ? `与上年相比，${parts.join('；')}。` : '';
}

export function noticeText(result: RankingResult, options: Partial<NoticeOptions> = {}): string {
  const { region, subject, moves } = { ...DEFAULT_NOTICE_OPTIONS, ...options };
  if (result.overall.passRate === null) return `没有可排名的${subject}。`;
  const opening = `评估结果显示，${region}${subject}合格率为${percent(result.overall.passRate)}${changeText(result.overall.passRateChange)}。`;
  return [opening, groupSentence(result.groups), failedSentence(result), result.hasPrevious ? movesSentence(result, moves) : '', excludedSentence(result)].join('');
}

/**
 * Rows the ranking left out are said in the notice itself, so that the published figures cannot be
 * taken for the whole table (issue 13 point 4): "另有2处数据有误，相应的行未参加排名。"
 */
function excludedSentence(result: RankingResult): string {
  let errors = 0;
  for (const problem of result.problems) if (problem.severity === 'error') errors++;
  return errors > 0 ? `另有${errors}处数据有误，相应的行未参加排名。` : '';
}
