import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from './App';
import { bundledTemplates } from './bundled-templates';

/** Office.js may be missing when the pane is opened in a plain browser: render either way. */
function render(hostName: string | null): void {
  const container = document.getElementById('container');
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App templates={bundledTemplates()} hostName={hostName} />
    </FluentProvider>,
  );
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  Office.onReady((info) => render(info.host ? String(info.host) : null));
} else {
  render(null);
}
