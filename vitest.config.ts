import {defineConfig} from 'vitest/config';

// Three kinds of Vitest run share this file:
// - unit: pure models and core logic, no browser (fast, happy-dom for the few DOM-free helpers)
// - embed: Node drives a real Chromium (playwright-core) against the BUILT dist/willkommen.js in host pages
// - storybook: every story rendered in Chromium through Vitest browser mode, with axe (added below)
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'embed',
          include: ['tests/embed/**/*.test.ts'],
          environment: 'node',
          // One browser at a time on a 2-core machine; each file starts its own Chromium.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
