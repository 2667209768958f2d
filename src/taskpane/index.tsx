import { createRoot } from 'react-dom/client';
import { App } from './App';
import { bundledTemplates } from './bundled-templates';
import { excelOperations } from './excel-operations';
import { OfficeNotReady } from './components/OfficeNotReady';
import { officeJsAddress, startPane, type StartupState } from './startup';
import { PaneRoot } from './PaneRoot';

const container = document.getElementById('container');
if (container) {
  const root = createRoot(container);
  const show = (state: StartupState) =>
    root.render(
      <PaneRoot>
        {state.kind === 'office-not-ready' ? (
          <OfficeNotReady seconds={state.seconds} officeJs={officeJsAddress(document)} />
        ) : (
          <App templates={bundledTemplates()} operations={state.kind === 'excel' ? excelOperations() : null} />
        )}
      </PaneRoot>,
    );
  // Office.js may be missing when the pane is opened in a plain browser: the pane works either way.
  startPane({ office: typeof Office === 'undefined' ? undefined : Office, setTimeout: (f, ms) => window.setTimeout(f, ms), clearTimeout: (h) => window.clearTimeout(h as number) }, show);
}
