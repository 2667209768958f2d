/**
 * The notice's charts in the pane, drawn by ECharts in the page (canvas), with the same options as the
 * server-side SVG (src/charts/chart-options.ts). Loaded on demand (a chunk of its own): ECharts is not
 * part of the first render. Also turns a chart into PNG bytes for the Word document made in the page.
 */
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { chartOption, chartSize } from '../charts/chart-options';
import type { NoticeChart } from '../core/notice/notice-types';
import type { NoticeImage } from '../docx/notice-docx';

echarts.use([BarChart, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, CanvasRenderer, SVGRenderer]);

/** Draws `chart` into `element` at the pane's width (SVG); returns a function that removes it. */
export function mountChart(element: HTMLElement, chart: NoticeChart): () => void {
  const { width, height } = chartSize(chart);
  // As wide as the pane (narrower than the printed chart), as tall as printed: the bars stay readable.
  // SVG on screen: sharp at any zoom, and drawn where a page has no canvas (a test's DOM).
  const instance = echarts.init(element, null, { renderer: 'svg', width: Math.min(width, element.clientWidth || width), height: Math.max(height, 180) });
  instance.setOption(chartOption(chart));
  return () => instance.dispose();
}

/** The chart as PNG at twice its size, drawn off screen (for the Word document). */
export function chartImage(chart: NoticeChart): NoticeImage {
  const { width, height } = chartSize(chart);
  const element = document.createElement('div');
  const instance = echarts.init(element, null, { renderer: 'canvas', width, height, devicePixelRatio: 2 });
  try {
    instance.setOption(chartOption(chart));
    const url = instance.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
    const binary = atob(url.slice(url.indexOf(',') + 1));
    const png = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) png[i] = binary.charCodeAt(i);
    return { png, width, height };
  } finally {
    instance.dispose();
  }
}
