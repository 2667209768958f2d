/** The production bundle (`npm test` builds it first): functions metadata and the pane page. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertEs5, inlineScripts, openPane, userAgents } from './support/legacy-webview';

const dist = join(__dirname, '../dist');

describe('webpack build', () => {
  it('has been built (npm test runs `npm run build` before the specs)', () => {
    expect(existsSync(join(dist, 'functions.json')), '先运行 npm run build').toBe(true);
  });

  interface Parameter {
    name: string;
    description: string;
    dimensionality?: string;
    optional?: boolean;
  }
  interface FunctionMetadata {
    id: string;
    description: string;
    parameters: Parameter[];
  }
  const metadata = () => JSON.parse(readFileSync(join(dist, 'functions.json'), 'utf8')).functions as FunctionMetadata[];
  /** Parameters as [name, m (matrix) or s (scalar), o (optional) or r (required)]. */
  const signature = (f: FunctionMetadata) =>
    f.parameters.map((p) => `${p.name}:${p.dimensionality === 'matrix' ? 'm' : 's'}${p.optional ? 'o' : 'r'}`).join(',');

  it('generates functions.json with all 11 functions and their parameter shapes', () => {
    const byId = Object.fromEntries(metadata().map((f) => [f.id, signature(f)]));
    expect(byId).toEqual({
      NEWMEDIA_SUPERVISION: 'checked:sr,failed:sr,weight:so',
      CAPPED_DEDUCTION: 'counts:mr,perEvent:mr,cap:sr',
      CAPPED_BONUS: 'counts:mr,perEvent:mr,cap:sr',
      SPLIT_SCORE: 'weight:sr,shares:mr,attainments:mr',
      SHARE_DEDUCTION: 'weight:sr,counts:mr,shares:mr,capShare:sr',
      COUNT_TIER: 'count:sr,thresholds:mr,fractions:mr,weight:so',
      SERVICE_FORM_SCORE: 'form:sr,weight:so',
      RATIO_SCORE: 'weight:sr,numerator:sr,denominator:sr',
      QUARTER_HEALTH: 'scores:mr,vetoes:mo',
      BEST_CASES: 'scores:mr,k:so,perCaseCap:so,totalCap:so',
      CONTEST_SCORE: 'weight:sr,score:sr,fullScore:so',
    });
  });

  it('describes every function and parameter in Chinese', () => {
    for (const f of metadata()) {
      expect(f.description, f.id).toMatch(/[\u4e00-\u9fff]/);
      for (const p of f.parameters) expect(p.description, `${f.id}.${p.name}`).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('bundles the functions into the task pane page (one shared runtime)', () => {
    const html = readFileSync(join(dist, 'taskpane.html'), 'utf8');
    expect(html).toContain('functions.js');
    expect(html).toContain('taskpane.js');
    expect(readFileSync(join(dist, 'functions.js'), 'utf8')).toContain('associate("NEWMEDIA_SUPERVISION"');
  });

  it('keeps the legacy web view message working after HTML minification (ES5, IE11 only)', () => {
    const html = readFileSync(join(dist, 'taskpane.html'), 'utf8');
    const scripts = inlineScripts(html);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) assertEs5(script);
    const ie = openPane(html, userAgents.ie11);
    expect(ie.text).toContain('当前 Office 使用的是旧版 Internet Explorer 浏览器组件，本加载项需要 Microsoft Edge WebView2');
    expect(ie.loaders).toEqual([]);
    expect(openPane(html, userAgents.webView2).legacyMessage).toBe(false);
  });
});
