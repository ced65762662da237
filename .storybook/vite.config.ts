/**
 * Vite settings for Storybook (dev server and `storybook build`) and for the `storybook` Vitest project.
 * The root vite.config.ts builds the one IIFE library file; none of its library-mode settings belong
 * here, so .storybook/main.ts points the builder at this file instead.
 */
import {defineConfig} from 'vite';

/**
 * Pre-bundled once, so the elements, Storybook's web-components renderer and @lit/localize share ONE
 * copy of Lit (several copies warn, and break `instanceof` checks and localization hooks).
 */
export const sharedDependencies = [
  'lit',
  'lit/decorators.js',
  'lit/directive-helpers.js',
  '@lit/localize',
  'valibot',
];

/** The version the bundle would get from package.json at build time; stories say where they run. */
export const storybookDefine = {
  __WILLKOMMEN_VERSION__: JSON.stringify('storybook'),
};

export default defineConfig({
  define: storybookDefine,
  optimizeDeps: {
    include: sharedDependencies,
  },
});
