// Checks the documentation build (`npm run build:docs` → storybook-static/) after Storybook wrote it:
// the webmaster guides are docs pages, the configurator is shipped under configurator/ and opens, and
// the links between them lead somewhere. Exits 1 with the reasons otherwise, so a docs build that
// silently lost the configurator (staticDirs skip it when site/configurator/ was not built) fails.
//
// Serves storybook-static/ from a loopback server (node:http, no dependency) and, when Chromium is
// there (as for the tests, see scripts/browser-paths.mjs), renders the pages in it; without Chromium it
// says so and checks files and HTTP only.
import {createServer} from 'node:http';
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs';
import {extname, join, normalize} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {chromePath, chromeArgs} from './browser-paths.mjs';

const OUT = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const problems = [];
const check = (ok, message) => {
  if (!ok) problems.push(message);
  return ok;
};

// The docs pages, by Storybook id (stories/docs/guide-links.ts holds the same ids for the links).
const PAGES = {
  'webmaster-konfigurator--docs': 'Konfigurator öffnen',
  'webmaster-anleitungen-einstieg--docs': 'Guides for webmasters',
  'webmaster-anleitungen-typo3--docs': 'Willkommen on a TYPO3 website',
  'webmaster-anleitungen-wordpress--docs': 'Willkommen on a WordPress website',
  'webmaster-anleitungen-drupal--docs': 'Willkommen on a Drupal website',
  'webmaster-anleitungen-government-site-builder--docs': 'Willkommen on a Government Site Builder website',
  'webmaster-anleitungen-plain-html--docs': 'Willkommen on a plain HTML website',
};

function sizeOf(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

// 1. Files.
const configuratorHtml = join(OUT, 'configurator', 'index.html');
if (check(existsSync(configuratorHtml), 'storybook-static/configurator/index.html is missing: run `npm run build:configurator` before `storybook build` (npm run build:docs does)')) {
  const html = readFileSync(configuratorHtml, 'utf8');
  for (const [, ref] of html.matchAll(/(?:src|href)="(\.\/[^"]+)"/g)) {
    check(existsSync(join(OUT, 'configurator', ref)), `configurator/index.html refers to ${ref}, which is not in storybook-static/configurator/`);
  }
}
const index = existsSync(join(OUT, 'index.json')) ? JSON.parse(readFileSync(join(OUT, 'index.json'), 'utf8')) : {entries: {}};
for (const id of Object.keys(PAGES)) check(id in index.entries, `storybook-static/index.json has no docs page ${id}`);

// 2. Served over HTTP, as a docs host would serve it.
const TYPES = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png'};
const server = createServer((request, response) => {
  let path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(OUT, path));
  if (!file.startsWith(OUT) || !existsSync(file) || statSync(file).isDirectory()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, {'content-type': TYPES[extname(file)] ?? 'application/octet-stream'});
  response.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
for (const path of ['/index.html', '/iframe.html', '/configurator/index.html', '/configurator/page.css']) {
  const answer = await fetch(origin + path);
  check(answer.ok, `GET ${path} answered ${answer.status}`);
}

// 3. Rendered in Chromium: the configurator (over HTTP and from file://) and every docs page.
let browserPath;
try {
  browserPath = chromePath();
} catch (error) {
  console.log(`check-docs-build: ${error.message} Checked files and HTTP only.`);
}
if (browserPath && existsSync(configuratorHtml)) {
  const {chromium} = await import('playwright-core');
  const browser = await chromium.launch({executablePath: browserPath, args: chromeArgs, headless: true});
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const configuratorRenders = async (url) => {
    await page.goto(url);
    return page
      .waitForFunction(() => (document.querySelector('willkommen-configurator')?.shadowRoot?.childElementCount ?? 0) > 0, undefined, {timeout: 15_000})
      .then(() => true, () => false);
  };
  check(await configuratorRenders(`${origin}/configurator/index.html`), 'the configurator does not render from storybook-static/configurator/ over HTTP');
  check(await configuratorRenders(pathToFileURL(configuratorHtml).href), 'the configurator does not render from storybook-static/configurator/index.html over file://');

  for (const [id, heading] of Object.entries(PAGES)) {
    await page.goto(`${origin}/iframe.html?id=${id}&viewMode=docs`);
    const shown = await page
      .waitForFunction((text) => document.querySelector('#storybook-docs')?.textContent?.includes(text), heading, {timeout: 20_000})
      .then(() => true, () => false);
    if (!check(shown, `docs page ${id} does not show "${heading}"`)) continue;
    // Links between guides point to docs pages that exist; no link to a raw .md file is left.
    const links = await page.$$eval('#storybook-docs a[href]', (anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    for (const href of links) {
      check(!/\.md(#|$)/.test(href), `docs page ${id} still links to ${href}`);
      const target = /^\?path=\/docs\/(.+)$/.exec(href)?.[1];
      if (target) check(target in index.entries, `docs page ${id} links to ${href}, which is no page of this build`);
    }
    if (id === 'webmaster-konfigurator--docs') {
      const configuratorLink = links.find((href) => href.includes('configurator/index.html'));
      if (check(configuratorLink, 'the Konfigurator page has no link to configurator/index.html')) {
        const answer = await fetch(new URL(configuratorLink, `${origin}/iframe.html`));
        check(answer.ok, `the Konfigurator page's link ${configuratorLink} answers ${answer.status}`);
      }
    }
  }
  // The widgets' docs tables: the default slot (each widget's fallback content) is listed, and every
  // colour token is a colour picker (the controls set the tokens on the story's page, .storybook/preview.ts).
  for (const id of Object.keys(index.entries).filter((key) => /^widgets-.*--docs$/.test(key))) {
    await page.goto(`${origin}/iframe.html?id=${id}&viewMode=docs`);
    const tableRows = () =>
      [...document.querySelectorAll('.docblock-argstable tbody tr')].map((row) => ({
        name: row.querySelector('td')?.textContent?.trim() ?? '',
        picker: !!row.querySelector('td:last-child input[placeholder*="color" i]'),
      }));
    // The controls column fills in after the table: wait for it, then read the table as it stands.
    await page
      .waitForFunction(`(${tableRows})().some((row) => row.name === '(default)') && (${tableRows})().filter((row) => row.name.startsWith('--willkommen-color-')).every((row) => row.picker)`, undefined, {timeout: 20_000})
      .catch(() => {});
    const rows = await page.evaluate(tableRows);
    check(rows.some((row) => row.name === '(default)'), `docs page ${id} lists no default slot`);
    const colours = rows.filter((row) => row.name.startsWith('--willkommen-color-'));
    check(colours.length > 0 && colours.every((row) => row.picker), `docs page ${id}: not every colour token has a colour picker`);
  }
  check(errors.length === 0, `page errors: ${errors.join(' | ')}`);
  await browser.close();
}
server.close();

if (problems.length) {
  console.error(`check-docs-build: storybook-static/ is not a complete documentation build:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
const kb = (bytes) => `${Math.round(bytes / 1024)} KB`;
console.log(`check-docs-build: storybook-static/ ${kb(sizeOf(OUT))}, of which configurator/ ${kb(sizeOf(join(OUT, 'configurator')))}; ${Object.keys(PAGES).length} docs pages render, the configurator opens over HTTP and file://, the widgets' docs tables list their slots and colour pickers`);
