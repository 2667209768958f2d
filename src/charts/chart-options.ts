/**
 * ECharts options of the notice's charts (a NoticeChart from the notice plan): a horizontal bar chart
 * of scores per category, sites in rank order with the pass line drawn, and a bar chart of pass rates
 * per category, this year against last. The same options serve the server-side SVG (chart-svg.ts)
 * and the pane's live charts, so the pane shows what the notice prints.
 */
import type { NoticeChart } from '../core/notice/notice-types';

/** Fonts a reader's machine or the test machine has (fonts-noto-cjk); single quotes, as ECharts puts the list into an SVG attribute written in double quotes. */
export const CHART_FONT = "'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', SimHei, sans-serif";

/** Width of the type area of GB/T 9704-2012 (156 mm) in CSS pixels at 96 dpi. */
export const CHART_WIDTH = 590;
const BAR_HEIGHT = 14;
const MAX_HEIGHT = 780;
const PASS_COLOR = '#2F5597';
const FAIL_COLOR = '#C00000';

/** Labels longer than this are cut with an ellipsis (by characters, never inside a surrogate pair). */
const LABEL_CHARACTERS = 20;
export function shorten(text: string, max = LABEL_CHARACTERS): string {
  const characters = Array.from(text.length > max * 2 + 2 ? text.slice(0, max * 2 + 2) : text);
  return characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : text;
}

export function chartSize(chart: NoticeChart): { width: number; height: number } {
  if (chart.kind === 'passRates') return { width: CHART_WIDTH, height: 300 };
  return { width: CHART_WIDTH, height: Math.min(MAX_HEIGHT, 90 + chart.names.length * BAR_HEIGHT) };
}

// ECharts' option type is large; the options here are plain objects checked by ECharts at run time.
export type ChartOption = Record<string, unknown>;

function scoresOption(chart: Extract<NoticeChart, { kind: 'scores' }>): ChartOption {
  const labelEvery = chart.names.length <= 60 ? 0 : 'auto';
  return {
    animation: false,
    textStyle: { fontFamily: CHART_FONT },
    // Title on the left: the pass line's label stands at the top of its line, right of centre.
    title: { text: shorten(chart.title, 30), left: 0, textStyle: { fontSize: 14, fontFamily: CHART_FONT } },
    grid: { left: 8, right: 40, top: 40, bottom: 40 },
    xAxis: { type: 'value', min: 0, max: chart.fullScore, splitLine: { show: false } },
    // A 40,000-character name would take the renderer minutes to lay out: labels are cut.
    yAxis: { type: 'category', inverse: true, data: chart.names.map((name) => shorten(name)), axisLabel: { interval: labelEvery, fontSize: chart.names.length > 40 ? 9 : 11 } },
    series: [
      {
        type: 'bar',
        name: '总分',
        barMaxWidth: 12,
        data: chart.scores.map((score, i) => ({ value: score, itemStyle: { color: chart.failed[i] ? FAIL_COLOR : PASS_COLOR } })),
        // Value labels only for small categories: each label costs resvg a text layout (see chart-png.ts).
        label: { show: chart.names.length <= 30, position: 'right', fontSize: 9, formatter: (p: { value: number }) => p.value.toFixed(2) },
        markLine: { symbol: 'none', silent: true, lineStyle: { color: FAIL_COLOR, type: 'dashed' }, label: { formatter: `合格线${chart.passLine}分`, position: 'start' }, data: [{ xAxis: chart.passLine }] },
      },
    ],
  };
}

function passRatesOption(chart: Extract<NoticeChart, { kind: 'passRates' }>): ChartOption {
  const thisYear = chart.year === null ? '本年度' : `${chart.year}年`;
  const lastYear = chart.year === null ? '上年度' : `${chart.year - 1}年`;
  const series = [{ type: 'bar', name: thisYear, data: chart.current, itemStyle: { color: PASS_COLOR }, label: { show: true, position: 'top', formatter: '{c}%', fontSize: 10 } }];
  if (chart.previous) series.unshift({ type: 'bar', name: lastYear, data: chart.previous, itemStyle: { color: '#A6A6A6' }, label: { show: true, position: 'top', formatter: '{c}%', fontSize: 10 } });
  return {
    animation: false,
    textStyle: { fontFamily: CHART_FONT },
    title: { text: shorten(chart.title, 30), left: 'center', textStyle: { fontSize: 14, fontFamily: CHART_FONT } },
    legend: { bottom: 0, data: series.map((s) => s.name) },
    grid: { left: 8, right: 8, top: 40, bottom: 40 },
    xAxis: { type: 'category', data: chart.categories.map((name) => shorten(name, 12)), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series,
  };
}

export function chartOption(chart: NoticeChart): ChartOption {
  return chart.kind === 'scores' ? scoresOption(chart) : passRatesOption(chart);
}
