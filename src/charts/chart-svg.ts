/**
 * The notice's charts as SVG, rendered by ECharts on the server side (no browser, no DOM: `ssr: true`
 * and renderToSVGString, https://echarts.apache.org/handbook/en/how-to/cross-platform/server/).
 * Only the bar chart, its components and the SVG renderer are loaded (echarts/core), not all of ECharts.
 */
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { NoticeChart } from '../core/notice/notice-types';
import { chartOption, chartSize } from './chart-options';

echarts.use([BarChart, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, SVGRenderer]);

export interface ChartSvg {
  id: string;
  svg: string;
  width: number;
  height: number;
}

export function chartSvg(chart: NoticeChart): ChartSvg {
  const { width, height } = chartSize(chart);
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    instance.setOption(chartOption(chart));
    return { id: chart.id, svg: instance.renderToSVGString(), width, height };
  } finally {
    instance.dispose();
  }
}
