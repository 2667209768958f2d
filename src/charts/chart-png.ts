/**
 * SVG charts to PNG with @resvg/resvg-js (Node only: a native module from npm's prebuilt platform
 * packages). CJK text needs a CJK font on the machine: resvg loads the system fonts and falls back to
 * Noto Sans CJK SC (Debian: fonts-noto-cjk), so Chinese names are drawn, not boxes.
 */
import { Resvg } from '@resvg/resvg-js';
import type { ChartSvg } from './chart-svg';

/** PNG pixels per SVG pixel: sharp when printed at the type area's width. */
export const PNG_SCALE = 2;

export interface ChartPng {
  id: string;
  png: Uint8Array;
  /** The size to show it at, in CSS pixels (96 dpi). */
  width: number;
  height: number;
}

export function chartPng(chart: ChartSvg): ChartPng {
  const resvg = new Resvg(chart.svg, {
    background: '#ffffff',
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    font: { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC', sansSerifFamily: 'Noto Sans CJK SC' },
  });
  return { id: chart.id, png: new Uint8Array(resvg.render().asPng()), width: chart.width, height: chart.height };
}
