/** Shared set-up of the pane's jsdom specs: a Fluent provider, cleanup, and what jsdom lacks. */
import { cleanup, render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { afterEach } from 'vitest';
import type { ReactElement } from 'react';

/** jsdom has no ResizeObserver; Fluent's Textarea and ProgressBar only need it to exist. */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
Object.assign(globalThis, { ResizeObserver: globalThis.ResizeObserver ?? NoResizeObserver });

afterEach(() => {
  cleanup();
  // The pane remembers its tab and the first-run card on this computer: each spec starts afresh.
  globalThis.localStorage?.clear();
});

export const ui = (element: ReactElement) => render(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
