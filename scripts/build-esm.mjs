// The ES module build for bundler users: one entry per widget (and one for all of them) in lib/,
// with Lit, @lit/localize, valibot and Leaflet left as imports of the installing project
// (package.json dependencies), so a site that has Lit already ships it once. Types go to lib/types
// (tsconfig.types.json). dist/ keeps only what a webmaster needs: the one self-contained willkommen.js.
import {build} from 'esbuild';
import {readFileSync, rmSync} from 'node:fs';

const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
export const WIDGET_ENTRIES = {
  index: 'src/index.ts',
  'contact-card': 'src/widgets/contact-card/contact-card.ts',
  checklist: 'src/widgets/checklist/checklist.ts',
  'document-finder': 'src/widgets/document-finder/document-finder.ts',
  'partner-map': 'src/widgets/partner-map/partner-map.ts',
  'language-picker': 'src/widgets/language-picker/language-picker.ts',
};

// Chunk names carry content hashes: start empty so no stale chunk ships.
rmSync('lib', {recursive: true, force: true});
await build({
  entryPoints: WIDGET_ENTRIES,
  bundle: true,
  splitting: true,
  format: 'esm',
  target: 'es2021',
  outdir: 'lib',
  chunkNames: 'chunks/[name]-[hash]',
  packages: 'external',
  define: {__WILLKOMMEN_VERSION__: JSON.stringify(version)},
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});
console.log(`lib written (${Object.keys(WIDGET_ENTRIES).join(', ')})`);
