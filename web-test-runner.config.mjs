// Browser tests of the elements from source, in a real Chromium: rendering, keyboard, focus, axe, RTL.
import {chromeLauncher} from '@web/test-runner-chrome';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromePath, chromeArgs} from './scripts/browser-paths.mjs';

export default {
  files: ['tests/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
  browsers: [
    chromeLauncher({
      launchOptions: {executablePath: chromePath(), headless: true, args: chromeArgs},
    }),
  ],
  plugins: [
    esbuildPlugin({ts: true, json: true, tsconfig: 'tsconfig.json', target: 'es2021'}),
    {
      // The per-locale tests read the German source strings from an XLIFF file, as text.
      name: 'xliff-as-text',
      resolveMimeType(context) {
        if (context.path.endsWith('.xlf')) return 'js';
      },
      transform(context) {
        if (context.path.endsWith('.xlf')) return {body: `export default ${JSON.stringify(context.body)};`};
      },
    },
    {
      // The bundle defines the version at build time; from source it is the package's.
      name: 'willkommen-version',
      transform(context) {
        if (context.path.endsWith('/src/index.ts')) {
          return {body: `const __WILLKOMMEN_VERSION__ = 'test';\n${context.body}`};
        }
      },
    },
  ],
};
