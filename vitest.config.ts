import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.spec.ts', 'tests/**/*.spec.tsx'],
    environment: 'node',
    // The pane's jsdom specs render the whole pane; on a 2-core machine running LibreOffice and
    // Chromium specs beside them, one render can take seconds. Speed is measured in `npm run bench`,
    // not by test timeouts.
    testTimeout: 20_000,
    // One worker per core. Vitest's default is cores − 1, a single worker on a 2-core machine, while
    // many specs mostly wait on LibreOffice, Chromium or a build in a child process: measured on this
    // 2-core machine, 365 s with the default and 209 s with two workers, every spec passing.
    maxWorkers: availableParallelism(),
  },
});
