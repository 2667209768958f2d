import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.spec.ts', 'tests/**/*.spec.tsx'],
    environment: 'node',
    // The pane's jsdom specs render the whole pane; on a 2-core machine running LibreOffice and
    // Chromium specs beside them, one render can take seconds. Speed is measured in `npm run bench`,
    // not by test timeouts.
    testTimeout: 20_000,
  },
});
