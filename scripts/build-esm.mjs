// The ES module build for bundler users: one entry per widget (and one for all of them) in dist/esm/,
// with Lit, @lit/localize, @lit/task, valibot and Leaflet left as imports of the installing project
// (package.json dependencies), so a site that has Lit already ships it once. Types go to dist/types
// (tsconfig.types.json). The one-file script for webmasters stays dist/willkommen.js.
import {build} from 'esbuild';
import {readFileSync} from 'node:fs';

const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
export const WIDGET_ENTRIES = {
  index: 'src/index.ts',
  'contact-card': 'src/widgets/contact-card/contact-card.ts',
  checklist: 'src/widgets/checklist/checklist.ts',
  'document-finder': 'src/widgets/document-finder/document-finder.ts',
  'partner-map': 'src/widgets/partner-map/partner-map.ts',
  'language-picker': 'src/widgets/language-picker/language-picker.ts',
};

await build({
  entryPoints: WIDGET_ENTRIES,
  bundle: true,
  splitting: true,
  format: 'esm',
  target: 'es2021',
  outdir: 'dist/esm',
  chunkNames: 'chunks/[name]-[hash]',
  packages: 'external',
  define: {__WILLKOMMEN_VERSION__: JSON.stringify(version)},
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});
console.log(`dist/esm written (${Object.keys(WIDGET_ENTRIES).join(', ')})`);
