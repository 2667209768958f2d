/**
 * The 排名 sheet's chart images for `rank -o` (issue 16): the notice's scores chart of each category
 * (ECharts → SVG → PNG), placed where Excel's native chart goes when the pane writes the sheet (the
 * plan's chart anchors), 480 px wide and no taller than the rows before the next chart.
 */
import { noticeCharts } from '../core/notice/notice-plan';
import type { RankingResult } from '../core/ranking/ranking-types';
import { parseAddress } from '../core/sheet-plan/addresses';
import type { SheetPlan } from '../core/sheet-plan/plan-types';
import type { SheetImage } from '../xlsx/write-workbook';

const WIDTH = 480;
/** Excel's default row height, 15 pt, in pixels. */
const ROW_PIXELS = 20;

/** The images, or [] without the native renderer (@resvg/resvg-js): the sheet is written without them. */
export async function rankingSheetImages(result: RankingResult, plan: SheetPlan, fullScore: number): Promise<SheetImage[]> {
  const anchors = (plan.charts ?? []).map((chart) => chart.anchor);
  const charts = noticeCharts(result, { year: null, fullScore }).filter((chart) => chart.kind === 'scores');
  if (anchors.length !== charts.length || charts.length === 0) return [];
  let chartPng: typeof import('../charts/chart-png').chartPng;
  try {
    ({ chartPng } = await import('../charts/chart-png'));
  } catch {
    return [];
  }
  const { chartSvg } = await import('../charts/chart-svg');
  const pngs = await Promise.all(charts.map((chart) => chartPng(chartSvg(chart))));
  return pngs.map((png, i) => {
    const scale = WIDTH / png.width;
    const room = i + 1 < anchors.length ? (parseAddress(anchors[i + 1])[0] - parseAddress(anchors[i])[0]) * ROW_PIXELS : Infinity;
    return { sheet: plan.name, png: png.png, anchor: anchors[i], width: WIDTH, height: Math.round(Math.min(png.height * scale, room)) };
  });
}
