import {defineConfig} from 'vitest/config';
import {storybookTest} from '@storybook/addon-vitest/vitest-plugin';
import {playwright} from '@vitest/browser-playwright';
// @ts-expect-error: a plain .mjs helper shared with the test runner config, without types
import {chromeArgs, chromePath} from './scripts/browser-paths.mjs';
import {sharedDependencies, storybookDefine} from './.storybook/vite.config.js';

/**
 * The storybook project needs Chromium, the others do not: a missing browser must fail only that
 * project, and only when it runs (chromePath() throws a message that says how to install one).
 */
const chromium = (() => {
  try {
    return {executablePath: chromePath() as string, missing: undefined};
  } catch (error) {
    return {executablePath: undefined, missing: error};
  }
})();

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
      {
        // Same Vite settings as Storybook itself (.storybook/vite.config.ts; the plugin does not read the
        // builder's viteConfigPath): one copy of Lit, and the version define src/index.ts expects.
        define: storybookDefine,
        optimizeDeps: {
          include: sharedDependencies,
        },
        plugins: [
          {
            name: 'willkommen:needs-chromium',
            // Runs only for a project that is not filtered out, so `--project unit` never gets here.
            configResolved() {
              if (chromium.missing) throw chromium.missing;
            },
          },
          // Every story in stories/ becomes a test; addon-a11y runs axe after each (a11y.test: 'error').
          storybookTest({configDir: '.storybook'}),
        ],
        test: {
          name: 'storybook',
          // One browser page at a time on a 2-core machine.
          fileParallelism: false,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {executablePath: chromium.executablePath, args: chromeArgs as string[]},
            }),
            instances: [{browser: 'chromium'}],
          },
        },
      },
    ],
  },
});
