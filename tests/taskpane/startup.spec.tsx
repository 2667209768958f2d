// @vitest-environment jsdom
/** How the pane starts (src/taskpane/startup.ts) and what it says when Office.js never becomes ready. */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OfficeNotReady } from '../../src/taskpane/components/OfficeNotReady';
import { officeJsAddress, OFFICE_READY_TIMEOUT_MS, startPane, type StartupHost, type StartupState } from '../../src/taskpane/startup';

/** A page whose timers run when told, and an Office whose onReady answers when told. */
function page(withOffice: boolean) {
  const timers = new Map<number, { at: number; run: () => void }>();
  let now = 0;
  let next = 1;
  let ready: ((info: { host: unknown }) => void) | null = null;
  const host: StartupHost = {
    office: withOffice ? { onReady: (callback) => (ready = callback), HostType: { Excel: 'Excel' } } : undefined,
    setTimeout: (run, ms) => {
      timers.set(next, { at: now + ms, run });
      return next++;
    },
    clearTimeout: (handle) => timers.delete(handle as number),
  };
  const states: StartupState[] = [];
  return {
    host,
    states,
    advance(ms: number) {
      now += ms;
      for (const [id, timer] of [...timers]) {
        if (timer.at <= now) {
          timers.delete(id);
          timer.run();
        }
      }
    },
    officeReady: (hostName: unknown) => ready?.({ host: hostName }),
  };
}

describe('pane start', () => {
  it('starts in browser mode at once where office.js did not load', () => {
    const p = page(false);
    startPane(p.host, (s) => p.states.push(s));
    expect(p.states).toEqual([{ kind: 'browser' }]);
  });

  it('starts in Excel when Office reports Excel in time, and never shows the message', () => {
    const p = page(true);
    startPane(p.host, (s) => p.states.push(s));
    p.advance(1_000);
    p.officeReady('Excel');
    p.advance(OFFICE_READY_TIMEOUT_MS * 2);
    expect(p.states).toEqual([{ kind: 'excel' }]);
  });

  it('starts in browser mode when Office reports no host (a plain browser with office.js)', () => {
    const p = page(true);
    startPane(p.host, (s) => p.states.push(s));
    p.officeReady(null);
    expect(p.states).toEqual([{ kind: 'browser' }]);
  });

  it('starts in WPS at once where the page has the ET object model (wps.EtApplication), without waiting for Office', () => {
    const p = page(true);
    p.host.wps = { EtApplication: () => ({}) };
    startPane(p.host, (s) => p.states.push(s));
    p.advance(OFFICE_READY_TIMEOUT_MS * 2);
    expect(p.states).toEqual([{ kind: 'wps' }]);
  });

  it.each([
    ['the merged root as `Application` (et-jsapi-declare 2.5.0: itself the ET application)', { Application: { ActiveWorkbook: null } }],
    ['`wps.EtApplication` as the deprecated property', { wps: { EtApplication: { ActiveWorkbook: null } } }],
  ])('starts in WPS with %s', (_name, globals) => {
    const p = page(true);
    Object.assign(p.host, globals);
    startPane(p.host, (s) => p.states.push(s));
    p.advance(OFFICE_READY_TIMEOUT_MS * 2);
    expect(p.states).toEqual([{ kind: 'wps' }]);
  });

  it('does not take a page with some other `wps` global (no EtApplication) for WPS', () => {
    const p = page(false);
    p.host.wps = {};
    startPane(p.host, (s) => p.states.push(s));
    expect(p.states).toEqual([{ kind: 'browser' }]);
  });

  it('says what to check when onReady never settles, and still starts if Office finishes later', () => {
    const p = page(true);
    startPane(p.host, (s) => p.states.push(s));
    p.advance(OFFICE_READY_TIMEOUT_MS - 1);
    expect(p.states).toEqual([]);
    p.advance(1);
    expect(p.states).toEqual([{ kind: 'office-not-ready', seconds: 20 }]);
    p.officeReady('Excel');
    expect(p.states.at(-1)).toEqual({ kind: 'excel' });
  });

  it('shows the administrator the checks and the office.js address the page used', () => {
    document.head.innerHTML = '<script src="https://eval.example.gov.cn/gov-eval/office-js/1.1.110/office.js"></script>';
    const address = officeJsAddress(document);
    expect(address).toBe('https://eval.example.gov.cn/gov-eval/office-js/1.1.110/office.js');
    render(<OfficeNotReady seconds={20} officeJs={address} />);
    expect(screen.getByText('评估面板未能启动')).toBeTruthy();
    expect(screen.getByText(/Office 在 20 秒内没有完成初始化/)).toBeTruthy();
    expect(screen.getByText(address!.trim(), { exact: false })).toBeTruthy();
    expect(screen.getByText(/证书是否正好签发给该服务器的主机名/)).toBeTruthy();
    expect(screen.getByText(/如果稍后初始化完成，评估面板会自动出现/)).toBeTruthy();
  });
});
