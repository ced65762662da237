// Byte counts of the bundle and its parts, shared by the size test (budgets) and `npm run bench`.
// Bytes are deterministic for a given build, so budgets belong in tests, timings in the bench.
import {build} from 'esbuild';
import {readFileSync, readdirSync} from 'node:fs';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import {MESSAGE_IDS_MODULE, compactLocaleTable, messageIds, messageIdsModule} from './compact-locales.mjs';
import {compactStyleSheets} from './compact-style-sheets.mjs';

export const gzip = (data) => gzipSync(data, {level: 9}).length;
export const brotli = (data) => brotliCompressSync(data, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;

/** The built file: raw (minified), gzip and brotli bytes. */
export function bundleSizes(path = 'dist/willkommen.js') {
  const data = readFileSync(path);
  return {bytes: data.length, gzip: gzip(data), brotli: brotli(data)};
}

/** The embedded default profile as shipped (minified JSON), gzip bytes. */
export function defaultProfileGzip() {
  return gzip(JSON.stringify(JSON.parse(readFileSync('src/core/config/default-profile.json', 'utf8'))));
}

/**
 * What each locale's UI strings add to the file, in gzip bytes: the file as `vite build` makes it with
 * every translation, minus the same build with that one locale's table emptied. The real build, not an
 * esbuild bundle standing in for it: gzip squeezes a table against what comes before it in the file,
 * and esbuild laid the modules out differently, with the widgets' code after the tables. There, a
 * change to a widget moved this "per locale" average by about ±10 B with no translation changed (the
 * checklist's deferred date fields: +11.2 B), and it counted 2,557 B per locale where the shipped file
 * pays 2,053 B. In the shipped layout, the same change moved the average by −0.9 B.
 */
export async function localeGzips() {
  const all = await viteBuildGzip();
  const sizes = {};
  for (const file of readdirSync('src/generated/locales')) {
    const locale = file.replace(/\.ts$/, '');
    sizes[locale] = all - (await viteBuildGzip(locale));
  }
  return sizes;
}

/** dist/willkommen.js as `vite build` makes it, in memory (dist is not touched), gzip bytes. */
async function viteBuildGzip(emptiedLocale) {
  const {build: viteBuild} = await import('vite');
  const output = await viteBuild({
    configFile: 'vite.config.ts',
    logLevel: 'silent',
    build: {write: false, emptyOutDir: false, outDir: 'node_modules/.cache/measure-size'},
    plugins: [
      {
        name: 'empty-locale-table',
        enforce: 'pre',
        // The shape lit-localize writes, so the build's compactLocaleTables accepts it.
        load: (id) => (emptiedLocale && new RegExp(`[\\\\/]generated[\\\\/]locales[\\\\/]${emptiedLocale}\\.ts$`).test(id) ? 'export const templates = {\n};\n' : null),
      },
    ],
  });
  const chunk = [output].flat().flatMap((result) => result.output).find((item) => item.type === 'chunk' && item.isEntry);
  if (!chunk) throw new Error('vite build made no entry chunk');
  return gzip(chunk.code);
}

/** What stands in for a left-out import: `{}` for JSON, no names, or no translations for a locale module. */
function emptyModule(path) {
  if (path.endsWith('.json')) return {contents: '{}', loader: 'json'};
  if (/calendar-names/.test(path)) return {contents: 'export const CALENDAR_NAMES = {}; export const LANGUAGE_CODES = [];', loader: 'js'};
  return {contents: 'export const templates = {};', loader: 'js'};
}

/**
 * An entry bundled and minified as the build does, gzip bytes. Imports for which `standIn(path)` holds
 * are replaced by `standInModule(path)` (by default an empty module of their kind).
 */
export async function minifiedGzip(entry, standIn, standInModule = emptyModule) {
  const result = await build({
    stdin: {contents: entry, resolveDir: '.', loader: 'ts'},
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2021',
    // Lit's production build, as vite.config.ts asks for (its development build is 8 KB larger).
    conditions: ['module', 'browser', 'production'],
    write: false,
    define: {__WILLKOMMEN_VERSION__: '"0"'},
    plugins: [
      {
        name: 'stand-ins',
        setup(context) {
          context.onResolve({filter: /.*/}, (args) => (standIn(args.path) ? {path: args.path, namespace: 'stand-in'} : undefined));
          context.onLoad({filter: /.*/, namespace: 'stand-in'}, (args) => standInModule(args.path));
        },
      },
      {
        // The locale tables without their message ids, as vite.config.ts ships them.
        name: 'compact-locale-tables',
        setup(context) {
          const ids = messageIds();
          context.onResolve({filter: new RegExp(`^${MESSAGE_IDS_MODULE}$`)}, (args) => ({path: args.path, namespace: 'message-ids'}));
          context.onLoad({filter: /.*/, namespace: 'message-ids'}, () => ({contents: messageIdsModule(ids), loader: 'js'}));
          context.onLoad({filter: /[\\/]generated[\\/]locales[\\/][\w-]+\.ts$/}, (args) => ({
            contents: compactLocaleTable(readFileSync(args.path, 'utf8'), ids, args.path),
            loader: 'ts',
          }));
        },
      },
      {
        // The style sheets without their comments, as vite.config.ts ships them.
        name: 'compact-style-sheets',
        setup(context) {
          context.onLoad({filter: /[\\/]src[\\/].*\.ts$/}, (args) => {
            const contents = compactStyleSheets(readFileSync(args.path, 'utf8'));
            return contents === undefined ? undefined : {contents, loader: 'ts'};
          });
        },
      },
    ],
  });
  return gzip(result.outputFiles[0].contents);
}

/**
 * Translations (the UI strings and the CLDR names of calendar-names.ts) and the default profile, left
 * out of the "without data" figures.
 */
const isData = (path) => /default-profile\.json$|calendar-names(\.js|\.ts)?$|generated[\\/]locales[\\/]/.test(path);

/**
 * The shared core that every widget travels on: Lit, @lit/localize, src/core (config schema and
 * loading, opening hours, storage, tokens, ...) and src/localization.ts, without translations and
 * without the default profile (both replaced by empty stand-ins) and without any widget.
 */
export async function coreGzip() {
  // Re-exported so nothing is tree-shaken away; json-schema.ts is build-time only, not in the bundle.
  const modules = readdirSync('src/core', {recursive: true})
    .map((file) => String(file).replaceAll('\\', '/'))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('json-schema.ts'))
    .map((file, index) => `export * as m${index} from './src/core/${file}';`);
  return minifiedGzip([...modules, "export * as localization from './src/localization.ts';", "export * as lit from 'lit';"].join('\n'), isData);
}

/** The whole entry (every widget) without translations and default profile. */
export async function widgetsWithoutDataGzip() {
  return minifiedGzip("import './src/index.ts';", isData);
}
