/**
 * SVG charts to PNG with @resvg/resvg-js (Node only: a native module from npm's prebuilt platform
 * packages). CJK text needs a CJK font on the machine: resvg loads the system fonts and falls back to
 * Noto Sans CJK SC (Debian: fonts-noto-cjk), so Chinese names are drawn, not boxes.
 */
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { execFileSync } from 'node:child_process';
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

let fontOptions: ResvgRenderOptions['font'] | undefined;

/**
 * The CJK font file fontconfig names (fc-match, Linux); loading every system font instead takes about
 * 2 s per chart (the Noto CJK collections are large), one file about 0.1 s. Without fontconfig (Windows,
 * macOS) resvg loads the system fonts.
 */
function cjkFont(): ResvgRenderOptions['font'] {
  if (fontOptions) return fontOptions;
  const family = 'Noto Sans CJK SC';
  let file = '';
  try {
    file = execFileSync('fc-match', ['-f', '%{file}', `${family}:lang=zh-cn`], { encoding: 'utf8', timeout: 5000 }).trim();
  } catch {
    file = '';
  }
  fontOptions = /\.(ttc|otf|ttf)$/i.test(file)
    ? { loadSystemFonts: false, fontFiles: [file], defaultFontFamily: family, sansSerifFamily: family }
    : { loadSystemFonts: true, defaultFontFamily: family, sansSerifFamily: family };
  return fontOptions;
}

/**
 * Laying out the text of a chart of 50 sites takes resvg about 2.5 s (it shapes every label against
 * the large CJK collection); renderAsync runs on libuv's thread pool, so the charts of one notice are
 * rendered in parallel (Promise.all).
 */
export async function chartPng(chart: ChartSvg): Promise<ChartPng> {
  const rendered = await renderAsync(chart.svg, { background: '#ffffff', fitTo: { mode: 'zoom', value: PNG_SCALE }, font: cjkFont() });
  return { id: chart.id, png: new Uint8Array(rendered.asPng()), width: chart.width, height: chart.height };
}
