/**
 * The notice (通报) planned from one ranking: the text template filled with the ranking's figures,
 * the charts, the attachment list and signature, and the attachments — one results table per
 * category (排名 with 并列, 单位名称, 网址, 总分（满分N分）) and the list of sites that did not pass.
 * Problems (unknown template fields …) are data; the caller refuses to write while there are errors.
 */
import type { Issue } from '../issues';
import { formatFixed } from '../ranking/decimal-round';
import type { RankedGroup, RankingResult } from '../ranking/ranking-types';
import { DEFAULT_NOTICE_TEMPLATE } from './default-template';
import { DEFAULT_NOTICE_FIELD_OPTIONS, type NoticeFieldOptions, noticeFields, noticeSentences } from './notice-fields';
import { fillNoticeTemplate } from './notice-template';
import type { NoticeAttachment, NoticeBlock, NoticeChart, NoticePlan } from './notice-types';

export interface NoticePlanOptions extends NoticeFieldOptions {
  /** The text template; the default wording when absent. */
  template: string;
}

export const DEFAULT_NOTICE_PLAN_OPTIONS: NoticePlanOptions = { ...DEFAULT_NOTICE_FIELD_OPTIONS, template: DEFAULT_NOTICE_TEMPLATE };

const groupLabel = (group: RankedGroup) => group.category || '政府网站';

/** "8" or "8（并列）"; the band's name under the bands policy. */
export function rankCell(row: { rank: number; tied: boolean; band: string | null }): string {
  const rank = row.band ?? String(row.rank);
  return row.tied ? `${rank}（并列）` : rank;
}

function resultsAttachment(group: RankedGroup, result: RankingResult, options: NoticePlanOptions, yearText: string): Omit<NoticeAttachment, 'label'> {
  const decimals = result.options.decimals;
  const rankHeader = result.options.tie === 'bands' ? '等次' : '排名';
  const rate = group.passRate === null ? '—' : `${formatFixed(group.passRate, 2)}%`;
  return {
    title: `${yearText}${group.category ? `${group.category}政府网站` : "政府网站"}绩效评估结果`,
    table: {
      headers: [rankHeader, '单位名称', '网址', `总分（满分${options.fullScore}分）`],
      rows: group.rows.map((row) => [rankCell(row), row.name, row.url ?? '', formatFixed(row.score, decimals)]),
      // In characters of 五号 (42 fit in the 156 mm line): "29（并列）", a site name, a URL of ~28 Latin letters, the score.
      widths: [7, 13, 14, 8],
    },
    note: `共${group.count}个，合格${group.passed}个，合格率${rate}。`,
  };
}

function failedAttachment(result: RankingResult, yearText: string): Omit<NoticeAttachment, 'label'> {
  const decimals = result.options.decimals;
  const several = result.groups.length > 1;
  return {
    title: `${yearText}不合格政府网站名单`,
    table: {
      headers: ['序号', ...(several ? ['类别'] : []), '单位名称', '总分', '原因'],
      rows: result.belowPassLine.map((site, i) => [
        String(i + 1),
        ...(several ? [site.category] : []),
        site.name,
        formatFixed(site.score, decimals),
        site.veto ? '单项否决' : `低于${result.options.passLine}分`,
      ]),
      widths: several ? [4, 11, 14, 5, 8] : [4, 24, 6, 8],
    },
  };
}

/** The notice's charts: pass rates per category (against last year), then the scores of each category. */
export function noticeCharts(result: RankingResult, options: Pick<NoticePlanOptions, 'year' | 'fullScore'>): NoticeChart[] {
  const passRates: NoticeChart = {
    id: 'pass-rates',
    kind: 'passRates',
    title: '各类别合格率',
    categories: result.groups.map(groupLabel),
    current: result.groups.map((group) => group.passRate),
    previous: result.hasPrevious ? result.groups.map((group) => group.previous?.passRate ?? null) : null,
    year: options.year,
  };
  const scores = result.groups
    .filter((group) => group.rows.length > 0)
    .map((group, i): NoticeChart => ({
      id: `scores-${i + 1}`,
      kind: 'scores',
      title: `${groupLabel(group)}得分`,
      category: group.category,
      names: group.rows.map((row) => row.name),
      scores: group.rows.map((row) => row.score),
      failed: group.rows.map((row) => !row.passed),
      passLine: result.options.passLine,
      fullScore: options.fullScore,
    }));
  return [passRates, ...scores];
}

/** The notice's plan and its problems (errors: do not write the document). */
export function planNotice(result: RankingResult, partial: Partial<NoticePlanOptions> = {}): { plan: NoticePlan; problems: Issue[] } {
  const options = { ...DEFAULT_NOTICE_PLAN_OPTIONS, ...partial };
  const fields = noticeFields(result, options);
  const filled = fillNoticeTemplate(options.template, { ...fields, ...noticeSentences(fields, result) });
  const yearText = options.year === null ? '' : `${options.year}年度`;
  const attachments: NoticeAttachment[] = [
    ...result.groups.map((group) => resultsAttachment(group, result, options, yearText)),
    ...(result.belowPassLine.length ? [failedAttachment(result, yearText)] : []),
  ].map((attachment, i) => ({ label: `附件${i + 1}`, ...attachment }));
  const chartList = noticeCharts(result, options);
  let figure = 0;
  const blocks: NoticeBlock[] = filled.blocks.flatMap((block): NoticeBlock[] =>
    block.kind === 'chart' ? chartList.map((chart) => ({ kind: 'chart' as const, id: chart.id, caption: `图${++figure}\u3000${chart.title}` })) : [block],
  );
  if (attachments.length) blocks.push({ kind: 'attachmentList', titles: attachments.map((a) => a.title) });
  blocks.push({ kind: 'signature', issuer: options.issuer, date: options.date });
  return { plan: { title: filled.title, blocks, attachments, charts: chartList }, problems: filled.problems };
}
