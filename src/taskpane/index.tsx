import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from './App';
import { bundledTemplates } from './bundled-templates';
import { excelOperations } from './excel-operations';
import type { WorkbookOperations } from './operations';

/** Office.js may be missing when the pane is opened in a plain browser: render either way. */
function render(operations: WorkbookOperations | null): void {
  const container = document.getElementById('container');
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App templates={bundledTemplates()} operations={operations} />
    </FluentProvider>,
  );
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  Office.onReady((info) => render(info.host === Office.HostType.Excel ? excelOperations() : null));
} else {
  render(null);
}
