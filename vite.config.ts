/**
 * Builds THE file: dist/willkommen.js, one self-contained classic script (IIFE) with Lit, every
 * translation and the embedded default profile inside. Storybook uses .storybook/vite.config.ts and
 * Vitest uses vitest.config.ts, so these library-only settings never reach them.
 */
import {defineConfig, type Plugin} from 'vite';
import {readFileSync} from 'node:fs';
import ts from 'typescript';
// @ts-ignore: a plain .mjs script without types, shared with scripts/measure-size.mjs.
import {MESSAGE_IDS_MODULE, compactLocaleTable, messageIds, messageIdsModule} from './scripts/compact-locales.mjs';
// @ts-ignore: a plain .mjs script without types, shared with scripts/measure-size.mjs.
import {compactStyleSheets} from './scripts/compact-style-sheets.mjs';

const {version} = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {version: string};

/**
 * lit-html asks Trusted Types for a policy named `lit-html` when it loads. Under
 * `trusted-types lit-html willkommen` without 'allow-duplicates', a second policy of that name throws,
 * so another copy of Lit on the host page (a theme, a CMS plugin) would break this file, or this file
 * would break theirs. Our copy asks for its own name `willkommen` first and takes `lit-html` only where
 * the page allows no `willkommen`. The policy passes Lit's own template strings only, as lit-html's does.
 */
function ownTrustedTypesPolicy(): Plugin {
  return {
    name: 'willkommen:own-trusted-types-policy',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
      const pattern = /(\w+)\.createPolicy\("lit-html",/;
      if (!pattern.test(code)) this.error('lit-html no longer calls createPolicy("lit-html", …): review this transform');
      return code.replace(
        pattern,
        '((p,o)=>{try{return p.createPolicy("willkommen",o)}catch{}try{return p.createPolicy("lit-html",o)}catch{}})($1,',
      );
    },
  };
}

/**
 * Leaflet 1.9.4 under a strict Content-Security-Policy: each patch replaces one line of its sources,
 * and the build stops if that line is no longer there. (Only the build needs them: Storybook and the
 * browser tests run without a CSP.)
 */
const LEAFLET_PATCHES = [
  {
    // It checks for inline SVG support when it is EVALUATED, with `div.innerHTML = '<svg/>'`: under
    // `require-trusted-types-for 'script'` that throws and the map never loads. The same check
    // without a string: append an SVG element and read its namespace, as the original does.
    file: /[\\/]leaflet[\\/]src[\\/]core[\\/]Browser\.js$/,
    line: "div.innerHTML = '<svg/>';",
    replacement: "div.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));",
  },
  {
    // It cancels a tile it no longer needs by setting its src to a `data:` GIF: on every zoom, under
    // the `img-src` our CSP section gives (no `data:`), a violation per tile in the site's reports. An
    // empty src cancels the same way, fetches nothing, and is what Leaflet compares against after.
    file: /[\\/]leaflet[\\/]src[\\/]core[\\/]Util\.js$/,
    line: "export var emptyImageUrl = 'data:image/gif;base64,R0lGODlhAQABAAD/ACwAAAAAAQABAAACADs=';",
    replacement: "export var emptyImageUrl = '';",
  },
];

export function leafletUnderStrictCsp(): Plugin {
  return {
    name: 'willkommen:leaflet-under-strict-csp',
    transform(code, id) {
      const patch = LEAFLET_PATCHES.find((candidate) => candidate.file.test(id));
      if (!patch) return null;
      if (!code.includes(patch.line)) this.error(`Leaflet no longer has the line this build patches: ${patch.line}`);
      return code.replace(patch.line, patch.replacement);
    },
  };
}

/**
 * Ships the locale tables without their message ids (scripts/compact-locales.mjs says why): each
 * table becomes an array in the order of one shared id list, resolved here as a module of its own.
 */
function compactLocaleTables(): Plugin {
  let ids: string[] = [];
  const resolved = '\0' + MESSAGE_IDS_MODULE;
  return {
    name: 'willkommen:compact-locale-tables',
    // Before esbuild turns the TypeScript into JavaScript: the table as lit-localize wrote it.
    enforce: 'pre',
    buildStart() {
      ids = messageIds();
    },
    resolveId: (source) => (source === MESSAGE_IDS_MODULE ? resolved : null),
    load: (id) => (id === resolved ? messageIdsModule(ids) : null),
    transform(code, id) {
      if (!/[\\/]src[\\/]generated[\\/]locales[\\/][\w-]+\.ts$/.test(id)) return null;
      return compactLocaleTable(code, ids, id);
    },
  };
}

/** The widgets' style sheets without their comments and line breaks (scripts/compact-style-sheets.mjs). */
function compactStyleSheetsPlugin(): Plugin {
  return {
    name: 'willkommen:compact-style-sheets',
    enforce: 'pre',
    transform: (code, id) => (/[\\/]src[\\/].*\.ts$/.test(id) ? (compactStyleSheets(code) ?? null) : null),
  };
}

/** Elements that are blocks (or table parts, or a line break) by default; no widget style makes one inline. */
const BLOCK_TAGS =
  'address|article|aside|blockquote|br|caption|dd|details|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|legend|li|main|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul';
const LINE_BREAKS_BESIDE_A_BLOCK = new RegExp(`(<\\/?(?:${BLOCK_TAGS})\\b[^<>]*>)\\n+|\\n+(?=<\\/?(?:${BLOCK_TAGS})\\b)`, 'g');

/**
 * Ships the widgets' `html` templates without the whitespace of their source layout. A run of
 * whitespace with a line break becomes the line break alone: it renders as one space wherever it
 * renders at all (no widget template holds a `<pre>`, or `white-space: pre` text). Next to the start
 * or end tag of a block it goes entirely: there it starts or ends a line, and renders as nothing.
 * That took 600 of the 30-item checklist's 1,362 text nodes, each cloned and walked on every render,
 * and 4 KB of the file. Templates given to `msg()` keep every character: lit-localize finds their
 * translations by a hash of their exact strings. TypeScript's parser finds the templates, nested ones
 * included; a template is compacted as a whole, so a tag may hold `${ }` attribute values.
 */
export function compactHtmlTemplates(): Plugin {
  return {
    name: 'willkommen:compact-html-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('html`')) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      // [start, end, new text] of each piece of literal text, between the backticks and the ${ }.
      const edits: [number, number, string][] = [];
      const visit = (node: ts.Node): void => {
        if (
          ts.isTaggedTemplateExpression(node) &&
          ts.isIdentifier(node.tag) &&
          node.tag.text === 'html' &&
          !(ts.isCallExpression(node.parent) && ts.isIdentifier(node.parent.expression) && node.parent.expression.text === 'msg')
        ) {
          const template = node.template;
          const literals = ts.isNoSubstitutionTemplateLiteral(template)
            ? [template]
            : [template.head, ...template.templateSpans.map((span) => span.literal)];
          const ranges = literals.map((literal): [number, number] => {
            const closing = ts.isTemplateHead(literal) || ts.isTemplateMiddle(literal) ? 2 : 1;
            return [literal.getStart(source) + 1, literal.end - closing];
          });
          // NUL stands for each ${ }: no source text holds one.
          const compact = ranges
            .map(([start, end]) => code.slice(start, end))
            .join('\0')
            .replace(/[ \t]*\n[ \t]*/g, '\n')
            .replace(LINE_BREAKS_BESIDE_A_BLOCK, '$1')
            .split('\0');
          ranges.forEach(([start, end], index) => edits.push([start, end, compact[index]]));
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (!edits.length) return null;
      let out = '';
      let at = 0;
      for (const [start, end, text] of edits.sort((x, y) => x[0] - y[0])) {
        out += code.slice(at, start) + text;
        at = end;
      }
      return {code: out + code.slice(at), map: null};
    },
  };
}

/**
 * Wraps the finished file: a UTF-8 byte-order mark (so pages served as ISO-8859-1 still read our
 * Arabic and German right), a compile hint for V8, and a guard so that a second copy evaluates
 * nothing: it would otherwise define every element twice and ask Trusted Types for a second
 * `lit-html` policy.
 */
function guardAndMarkEncoding(): Plugin {
  return {
    name: 'willkommen:guard-and-bom',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        const v = JSON.stringify(version);
        chunk.code =
          '\uFEFF' +
          // V8's explicit compile hint (Chromium 136+; other engines read a comment): compile every
          // function on the thread that streams the script in, not lazily on the main thread at its
          // first call. Lazy compiles were ~260 functions and a third of the main thread's work until
          // a widget's first render. With the hint, main-thread CPU until the card's first render:
          // 62.6 -> 49.4 ms; first render at 4x, 41 interleaved runs: card -91 ms, checklist -77 ms.
          // The price: the streaming thread compiles the functions a page never calls too (a page with
          // the script and no widget evaluates it ~50 ms later at 4x) and the heap holds ~0.3 MB more.
          // It goes first: V8 applies it to the functions that follow it.
          '//# allFunctionsCalledOnLoad\n' +
          '/*! Willkommen widgets ' + version + ' | MIT */\n' +
          // `.version`: an element with id="Willkommen" (a table of contents made from a heading) is
          // window.Willkommen too, and no earlier copy of this file.
          `if((window.Willkommen||{}).version){if(window.Willkommen.version!==${v})console.warn("[willkommen] Version "+${v}+" was loaded after "+window.Willkommen.version+"; the first one stays in use.")}else{\n` +
          chunk.code +
          '\n}\n';
      }
    },
  };
}

export default defineConfig({
  define: {
    __WILLKOMMEN_VERSION__: JSON.stringify(version),
  },
  plugins: [ownTrustedTypesPolicy(), leafletUnderStrictCsp(), compactLocaleTables(), compactStyleSheetsPlugin(), compactHtmlTemplates(), guardAndMarkEncoding()],
  // Lit's production build whatever NODE_ENV says: Vite picks the "development" export condition when
  // NODE_ENV is set to anything but "production" (Vitest sets "test"), and the file would grow by 8 KB
  // gzip and warn "Lit is in dev mode" on every host page.
  resolve: {conditions: ['module', 'browser', 'production']},
  build: {
    target: 'es2021',
    emptyOutDir: true,
    sourcemap: false,
    reportCompressedSize: false,
    lib: {
      entry: 'src/index.ts',
      formats: ['iife'],
      name: 'WillkommenBundle',
      fileName: () => 'willkommen.js',
    },
    rolldownOptions: {
      output: {
        codeSplitting: false,
      },
    },
  },
});
