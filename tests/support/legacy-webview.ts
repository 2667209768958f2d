/**
 * Runs taskpane.html (source or built) as a given web view would: jsdom executes the page's inline
 * scripts while it parses, in document order, and fetches nothing (no `resources` option), so only the
 * page's own inline code can change what the user sees.
 */
import { createRequire } from 'node:module';
import { parse } from 'acorn';

/** The part of jsdom used here (jsdom ships no type declarations and @types/jsdom is not installed). */
interface JsdomConstructor {
  new (html: string, options: { runScripts: 'dangerously'; beforeParse: (window: Window) => void }): { window: Window };
}
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: JsdomConstructor };

/** User agents of the web views Office uses (Trident and EdgeHTML as sent by Office on Windows). */
export const userAgents = {
  ie11: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; .NET CLR 2.0.50727; ms-office; MSOffice 16) like Gecko',
  edgeHtml:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041',
  webView2:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36 Edg/138.0.0.0',
  chrome: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36',
  macWebKit: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)',
} as const;

/** The bodies of the page's inline <script> elements (those without src), in order. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes)).map(([, , body]) => body);
}

/** Throws unless the script is ECMAScript 5 (what Internet Explorer 11 parses). */
export function assertEs5(script: string): void {
  parse(script, { ecmaVersion: 5, sourceType: 'script' });
}

export interface PaneView {
  /** The text of #container after the inline scripts ran. */
  text: string;
  /** Elements inside #container that would load something (img, link, script, iframe, anything with src or href). */
  loaders: string[];
  legacyMessage: boolean;
}

/** Opens the page with the given user agent and reports what #container shows. */
export function openPane(html: string, userAgent: string): PaneView {
  const { window } = new JSDOM(html, {
    runScripts: 'dangerously',
    beforeParse: (w) => Object.defineProperty(w.navigator, 'userAgent', { value: userAgent }),
  });
  const container = window.document.getElementById('container');
  if (!container) throw new Error('taskpane.html has no #container');
  const loaders = [...container.querySelectorAll('img, link, script, iframe, object, embed, [src], [href], [srcset]')].map((e) => e.outerHTML);
  return { text: container.textContent ?? '', loaders, legacyMessage: container.querySelector('#legacy-webview') !== null };
}
