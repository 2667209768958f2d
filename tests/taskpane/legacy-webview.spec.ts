/**
 * taskpane.html tells users of the Internet Explorer 11 (Trident) or EdgeHTML web view what is wrong
 * instead of hanging on 正在加载评估面板…: the ES2020 bundle cannot parse there, so only an inline ES5
 * script can speak. Microsoft's documented check is the user agent ("Trident", then "Edge" for
 * EdgeHTML; https://learn.microsoft.com/office/dev/add-ins/develop/support-ie-11). The built page is
 * checked the same way in tests/build.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertEs5, inlineScripts, openPane, userAgents } from '../support/legacy-webview';

const source = readFileSync(join(__dirname, '../../src/taskpane/taskpane.html'), 'utf8');

describe('taskpane.html in a legacy web view', () => {
  it('replaces the loading text with the WebView2 message in Internet Explorer 11 (Trident)', () => {
    const view = openPane(source, userAgents.ie11);
    expect(view.legacyMessage).toBe(true);
    expect(view.text).toContain('当前 Office 使用的是旧版 Internet Explorer 浏览器组件，本加载项需要 Microsoft Edge WebView2');
    expect(view.text).toMatch(/WebView2 运行时[\s\S]*更新到最新版本[\s\S]*Excel 网页版/);
    expect(view.text).not.toContain('正在加载评估面板');
  });

  it('says EdgeHTML where Office uses Microsoft Edge Legacy', () => {
    const view = openPane(source, userAgents.edgeHtml);
    expect(view.text).toContain('当前 Office 使用的是旧版 Microsoft Edge（EdgeHTML）浏览器组件，本加载项需要 Microsoft Edge WebView2');
  });

  for (const name of ['webView2', 'chrome', 'macWebKit'] as const) {
    it(`leaves the pane to the bundle in ${name}`, () => {
      const view = openPane(source, userAgents[name]);
      expect(view.legacyMessage).toBe(false);
      // The loading view: the pane's title and placeholder bars, not unstyled text (issue 13 point 10).
      expect(view.text).toBe('政府网站绩效评估正在加载评估面板…');
    });
  }

  it('loads nothing: no element that fetches, no network API in the script', () => {
    expect(openPane(source, userAgents.ie11).loaders).toEqual([]);
    const scripts = inlineScripts(source);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).not.toMatch(/XMLHttpRequest|fetch\s*\(|\.src\b|\.href\b|location|import\s*\(|new Image|sendBeacon/);
  });

  it('is ECMAScript 5 (the check refuses ES2015 syntax)', () => {
    for (const script of inlineScripts(source)) assertEs5(script);
    for (const later of ['var f = () => 1;', 'let a = 1;', 'const a = 1;', 'var s = `x`;', 'var o = a?.b;']) {
      expect(() => assertEs5(later), later).toThrow();
    }
  });
});
