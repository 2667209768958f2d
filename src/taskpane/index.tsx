import { createRoot } from 'react-dom/client';
import { App } from './App';
import { bundledTemplates } from './bundled-templates';
import { excelOperations } from './excel-operations';
import { wpsPaneProps, type WpsPaneProps } from './wps-operations';
import { wpsRootOf } from '../wps/et-types';
import { OfficeNotReady } from './components/OfficeNotReady';
import { officeJsAddress, startPane, type StartupState } from './startup';
import { PaneRoot } from './PaneRoot';
import { officeTheme, paneThemeName } from './office-theme';
import { documentTabStore, localTabStore } from './pane-tabs';

const container = document.getElementById('container');
if (container) {
  const root = createRoot(container);
  // WPS加载项 pages have the ET object model under `Application` / `wps` (src/wps/et-types.ts).
  const page = window as unknown as { wps?: unknown; Application?: unknown };
  const wps = wpsRootOf(page);
  // In WPS: the operations, and whether GOV formulas can be used (probed once, when WPS is recognised).
  let inWps: WpsPaneProps | null = null;
  const show = (state: StartupState) => {
    const inExcel = state.kind === 'excel';
    if (state.kind === 'wps' && wps && !inWps) inWps = wpsPaneProps(wps);
    // In Excel: the Office theme and the workbook's own settings (Office.context.document.settings).
    const theme = inExcel ? paneThemeName(officeTheme(Office)) : 'light';
    const settings = inExcel ? Office.context?.document?.settings : undefined;
    const tabStore = settings ? documentTabStore(settings) : localTabStore;
    root.render(
      <PaneRoot theme={theme}>
        {state.kind === 'office-not-ready' ? (
          <OfficeNotReady seconds={state.seconds} officeJs={officeJsAddress(document)} />
        ) : (
          <App
            templates={bundledTemplates()}
            operations={inExcel ? excelOperations() : state.kind === 'wps' && inWps ? inWps.operations : null}
            tabStore={tabStore}
            host={state.kind === 'wps' ? 'wps' : inExcel ? 'excel' : 'browser'}
            portableOnly={state.kind === 'wps' ? inWps?.portableOnly : undefined}
          />
        )}
      </PaneRoot>,
    );
  };
  // Office.js may be missing when the pane is opened in a plain browser: the pane works either way.
  startPane({ office: typeof Office === 'undefined' ? undefined : Office, wps: page.wps, Application: page.Application, setTimeout: (f, ms) => window.setTimeout(f, ms), clearTimeout: (h) => window.clearTimeout(h as number) }, show);
}
