/**
 * How the pane starts: in Excel once Office.onReady reports the host, in a plain browser at once.
 *
 * Office.onReady never settles when one of Office.js's own files (the host script, the locale's
 * office_strings.js) is blocked or fails to load — by design, the maintainers say
 * (https://github.com/OfficeDev/office-js/issues/6040, closed "Resolution: by design";
 * https://github.com/OfficeDev/office-js/issues/6148, whose answer is a timeout around onReady; the
 * note added to Microsoft's initialization docs by https://github.com/OfficeDev/office-js-docs-pr/pull/5418).
 * On an office network that is a blocked file, a proxy or a certificate problem, and the pane would
 * hang on "正在加载…". So after OFFICE_READY_TIMEOUT_MS the pane says what the administrator should
 * check, and keeps waiting: if Office does finish, the pane replaces the message.
 *
 * WPS (WPS加载项) is recognised first, and at once: its pages run in WPS's own Chromium with the ET
 * object model under `window.Application` / `window.wps` (src/wps/et-types.ts, wpsRootOf), and no
 * Office.js host ever answers there.
 */
import { wpsRootOf } from '../wps/et-types';

export const OFFICE_READY_TIMEOUT_MS = 20_000;

export interface StartupHost {
  /** The page's Office global, or undefined when office.js did not load at all (a plain browser). */
  office: { onReady: (callback: (info: { host: unknown }) => void) => unknown; HostType: { Excel: unknown } } | undefined;
  /** The page's globals a WPS add-in (WPS加载项) has: `wps` and `Application` (undefined elsewhere). */
  wps?: unknown;
  Application?: unknown;
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

export type StartupState = { kind: 'excel' } | { kind: 'wps' } | { kind: 'browser' } | { kind: 'office-not-ready'; seconds: number };

/** The host a started pane works in, as the pane names it to the user. */
export type PaneHost = 'excel' | 'wps' | 'browser';

/** Calls `show` with each state the pane goes through (a timeout message first, when Office is slow). */
export function startPane(host: StartupHost, show: (state: StartupState) => void, timeoutMs = OFFICE_READY_TIMEOUT_MS): void {
  if (wpsRootOf({ wps: host.wps, Application: host.Application })) {
    show({ kind: 'wps' });
    return;
  }
  const office = host.office;
  if (!office || typeof office.onReady !== 'function') {
    show({ kind: 'browser' });
    return;
  }
  let ready = false;
  const timer = host.setTimeout(() => {
    if (!ready) show({ kind: 'office-not-ready', seconds: Math.round(timeoutMs / 1000) });
  }, timeoutMs);
  office.onReady((info) => {
    ready = true;
    host.clearTimeout(timer);
    show(info.host === office.HostType.Excel ? { kind: 'excel' } : { kind: 'browser' });
  });
}

/** The address office.js was loaded from (shown to the administrator), if the page has it. */
export function officeJsAddress(doc: Document): string | null {
  const script = Array.from(doc.scripts).find((element) => /\/office\.js(\?|$)/.test(element.src));
  return script ? script.src : null;
}
