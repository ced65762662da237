import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import type {StorybookConfig} from '@storybook/web-components-vite';

/**
 * The configurator (a static page, `npm run build:configurator` → site/configurator/) ships inside the
 * documentation build as configurator/, next to the docs page that links to it. Only when it has been
 * built: Storybook refuses a static directory that does not exist, and `npm run storybook` or the story
 * tests must not need the configurator. `npm run build:docs` builds it first and then checks that
 * storybook-static/configurator/ is there (scripts/check-docs-build.mjs).
 */
const configuratorBuilt = existsSync(fileURLToPath(new URL('../site/configurator/index.html', import.meta.url)));

const config: StorybookConfig = {
  // The docs pages (stories/docs/*.mdx) render the webmaster guides from docs/guides/ and introduce the configurator.
  stories: ['../stories/docs/*.mdx', '../stories/**/*.stories.ts'],
  staticDirs: configuratorBuilt ? [{from: '../site/configurator', to: '/configurator'}] : [],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs', '@storybook/addon-vitest'],
  framework: '@storybook/web-components-vite',
  core: {
    disableTelemetry: true,
    builder: {
      name: '@storybook/builder-vite',
      options: {
        // The root vite.config.ts is library mode (one IIFE file): never let Storybook pick it up.
        // Resolved from this file, so Storybook works whatever directory it is started from.
        viteConfigPath: fileURLToPath(new URL('./vite.config.ts', import.meta.url)),
      },
    },
  },
};

export default config;
