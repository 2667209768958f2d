import { describe, expect, it } from 'vitest';
import { chartPng, PNG_SCALE } from '../../src/charts/chart-png';
import { chartSvg } from '../../src/charts/chart-svg';
import type { NoticeChart } from '../../src/core/notice/notice-types';
import { decodePng, inkedPixels } from '../support/png-pixels';

const scores: NoticeChart = {
  id: 'scores-1',
  kind: 'scores',
  title: '设区市得分',
  category: '设区市',
  names: ['南宁市人民政府', '柳州市人民政府', '桂林市人民政府', '梧州市人民政府'],
  scores: [92.5, 88.18, 71, 55.25],
  failed: [false, false, true, true],
  passLine: 60,
  fullScore: 110,
};
const passRates: NoticeChart = { id: 'pass-rates', kind: 'passRates', title: '各类别合格率', categories: ['A类', '设区市'], current: [100, 75], previous: [90, 80], year: 2024 };

describe('the notice charts', () => {
  it('renders the scores chart as SVG holding every site name, its title and the pass line, failed sites (vetoed too) in red', () => {
    const { svg, width, height } = chartSvg(scores);
    expect(svg.startsWith('<svg')).toBe(true);
    for (const name of scores.names) expect(svg).toContain(name);
    expect(svg).toContain('设区市得分');
    expect(svg).toContain('合格线60分');
    expect([width, height]).toEqual([590, 90 + 4 * 14]);
    // 桂林 (71, vetoed) and 梧州 (55.25) red, the others blue.
    expect(svg.match(/fill="#C00000"/gi)?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(svg.match(/fill="#2F5597"/gi)?.length ?? 0).toBe(2);
  });

  it('renders the pass-rate chart with both years', () => {
    const { svg } = chartSvg(passRates);
    for (const text of ['A类', '设区市', '2024年', '2023年', '75%']) expect(svg).toContain(text);
  });

  it('turns the SVG into a PNG that is not blank, at twice the size, with the CJK text drawn', async () => {
    const rendered = chartSvg(scores);
    const pixels = decodePng((await chartPng(rendered)).png);
    expect([pixels.width, pixels.height]).toEqual([rendered.width * PNG_SCALE, rendered.height * PNG_SCALE]);
    const inked = inkedPixels(pixels);
    expect(inked).toBeGreaterThan(pixels.width * pixels.height * 0.02);
    // The names are drawn (a CJK font was found): the same SVG with the names taken out of its text
    // (same layout) has clearly less ink, about 7 characters × 4 names × 20 × 20 px at twice the size.
    let unnamedSvg = rendered.svg;
    for (const name of scores.names) unnamedSvg = unnamedSvg.replaceAll(`>${name}<`, '><');
    expect(unnamedSvg).not.toBe(rendered.svg);
    const unnamed = decodePng((await chartPng({ ...rendered, svg: unnamedSvg })).png);
    expect(inked - inkedPixels(unnamed)).toBeGreaterThan(2000);
  });
});

describe('long names in charts', () => {
  it('cuts a 40,000-character name (and surrogate pairs) to 20 characters, so that the chart renders at once', async () => {
    const long = '𠀀'.repeat(20_000);
    const started = Date.now();
    const svg = chartSvg({ ...scores, title: `${'类'.repeat(40_000)}得分`, names: [long, ...scores.names.slice(1)] });
    expect(svg.svg).toContain(`${'𠀀'.repeat(19)}…`);
    expect(svg.svg).not.toContain('𠀀'.repeat(20));
    expect(svg.svg).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    await chartPng(svg);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
