/**
 * The 通报 (.docx) made in the page, as the CLI's `notice` makes it: the same plan (src/core/notice),
 * the same writer (src/docx), the charts drawn by ECharts in the page. Loaded on demand: `docx` and
 * ECharts are not part of the first render.
 */
import { planNotice } from '../core/notice/notice-plan';
import type { RankingResult } from '../core/ranking/ranking-types';
import { noticeDocx } from '../docx/notice-docx';
import { chartImage } from './live-charts';

export interface PaneNoticeOptions {
  year: number | null;
  issuer: string;
  region: string;
}

export async function noticeDocxBytes(result: RankingResult, options: PaneNoticeOptions): Promise<Uint8Array> {
  const { plan, problems } = planNotice(result, { ...options, fullScore: result.options.fullScore });
  const error = problems.find((p) => p.severity === 'error');
  if (error) throw new Error(error.message);
  return noticeDocx(plan, new Map(plan.charts.map((chart) => [chart.id, chartImage(chart)])));
}
