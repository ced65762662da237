/**
 * Builds the configurator (src/configurator/) as a page of its own into site/configurator/: a normal
 * app build, NOT the widget bundle (vite.config.ts builds dist/willkommen.js). It must open straight
 * from the disk (file://) or any folder, with no server: relative paths (base './'), and ONE classic
 * script, because browsers refuse ES modules from file:// (an origin of "null" fails their CORS check).
 */
import {defineConfig, type Plugin} from 'vite';
import {fileURLToPath} from 'node:url';
import {existsSync, readFileSync} from 'node:fs';
import {leafletUnderStrictCsp} from './vite.config.js';
// @ts-ignore: a plain .mjs script without types; integrity(path) returns "sha384-…".
import {integrity} from './scripts/print-integrity.mjs';

const {version} = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {version: string};

/** The Subresource Integrity of dist/willkommen.js, or null when it has not been built. */
function widgetIntegrity(): string | null {
  const path = fileURLToPath(new URL('./dist/willkommen.js', import.meta.url));
  return existsSync(path) ? (integrity(path) as string) : null;
}

/** `<script type="module" crossorigin src>` → `<script defer src>`: a classic script loads from file://. */
function classicScript(): Plugin {
  return {
    name: 'willkommen:configurator-classic-script',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        return html.replace(/<script type="module" crossorigin src=/g, '<script defer src=');
      },
    },
  };
}

export default defineConfig(({command}) => ({
  root: fileURLToPath(new URL('./src/configurator', import.meta.url)),
  base: './',
  // The widgets in the preview say which version they are (window.Willkommen.version).
  // The snippet's integrity="sha384-…" for the willkommen.js built before (`npm run build`); without
  // that file (dev, a fresh checkout) null, and the snippet says where to get the value.
  define: {
    __WILLKOMMEN_VERSION__: JSON.stringify(version),
    __WILLKOMMEN_INTEGRITY__: JSON.stringify(widgetIntegrity()),
  },
  // Lit's production build (see vite.config.ts for why the conditions are spelled out).
  resolve: {conditions: ['module', 'browser', 'production']},
  // The preview's partner map loads Leaflet after consent: the same transform keeps Trusted Types whole.
  plugins: command === 'build' ? [leafletUnderStrictCsp(), classicScript()] : [leafletUnderStrictCsp()],
  server: {port: 5180},
  build: {
    // Not in dist/: that folder holds only what a webmaster uploads for the widgets.
    outDir: fileURLToPath(new URL('./site/configurator', import.meta.url)),
    emptyOutDir: true,
    target: 'es2021',
    modulePreload: false,
    reportCompressedSize: false,
    // One file with Lit, every widget, all translations, Leaflet and the example template: ~770 KB, fine for a tool.
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        format: 'iife',
        codeSplitting: false,
      },
      // Vite's preload helper mentions import.meta; with every import inlined it never runs.
      transform: {define: {'import.meta': '{}'}},
    },
  },
}));
