import { createRoot } from 'react-dom/client';
import { App } from './App';
import { bundledTemplates } from './bundled-templates';
import { excelOperations } from './excel-operations';
import { OfficeNotReady } from './components/OfficeNotReady';
import { officeJsAddress, startPane, type StartupState } from './startup';
import { PaneRoot } from './PaneRoot';
import { officeTheme, paneThemeName } from './office-theme';
import { documentTabStore, localTabStore } from './pane-tabs';

const container = document.getElementById('container');
if (container) {
  const root = createRoot(container);
  const show = (state: StartupState) => {
    const inExcel = state.kind === 'excel';
    // In Excel: the Office theme and the workbook's own settings (Office.context.document.settings).
    const theme = inExcel ? paneThemeName(officeTheme(Office)) : 'light';
    const settings = inExcel ? Office.context?.document?.settings : undefined;
    const tabStore = settings ? documentTabStore(settings) : localTabStore;
    root.render(
      <PaneRoot theme={theme}>
        {state.kind === 'office-not-ready' ? (
          <OfficeNotReady seconds={state.seconds} officeJs={officeJsAddress(document)} />
        ) : (
          <App templates={bundledTemplates()} operations={inExcel ? excelOperations() : null} tabStore={tabStore} />
        )}
      </PaneRoot>,
    );
  };
  // Office.js may be missing when the pane is opened in a plain browser: the pane works either way.
  startPane({ office: typeof Office === 'undefined' ? undefined : Office, setTimeout: (f, ms) => window.setTimeout(f, ms), clearTimeout: (h) => window.clearTimeout(h as number) }, show);
}
