/**
 * The 通报 (.docx) made in the page, as the CLI's `notice` makes it: the same plan (src/core/notice),
 * the same writer (src/docx), the charts drawn by ECharts in the page. Loaded on demand: `docx` and
 * ECharts are not part of the first render.
 */
import { planNotice } from '../core/notice/notice-plan';
import type { RankingResult } from '../core/ranking/ranking-types';
import { type NoticeImage, noticeDocx } from '../docx/notice-docx';
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
  // A chart the page cannot draw (no canvas) is left out; the figures and tables are the document.
  const images = new Map<string, NoticeImage>();
  for (const chart of plan.charts) {
    try {
      images.set(chart.id, chartImage(chart));
    } catch {
      // left out
    }
  }
  return noticeDocx(plan, images);
}
