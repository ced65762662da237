/**
 * The webmaster guides (docs/guides/*.md), tested as a webmaster follows them. The test READS each
 * guide's Markdown (its code blocks and its CSP table), not a copy of it: an edit of a guide that
 * breaks the snippet or the Content-Security-Policy breaks this test, and the failure names the guide
 * and the directive.
 *
 * For each guide: the snippet and the widget elements the guide shows go into a small page that looks
 * like that CMS's output; the page is served with the policy the guide makes the webmaster write; the
 * config is the example template with "example" removed and the map block of the guide's step on map
 * tiles. Then: every widget renders, the fallback is gone, no CSP violation, and after "load map" the
 * tiles come from the host the guide's policy allows.
 *
 * Everything is served through Playwright's routing at the guides' own example origin
 * (https://www.musterstadt.example.org), so absolute URLs in a guide work unchanged and nothing goes
 * to the network; the tile host answers with a 1 x 1 PNG. CSP is enforced by Chromium on routed
 * responses exactly as on real ones.
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {readFileSync, readdirSync} from 'node:fs';
import type {Browser, Page} from 'playwright-core';
// @ts-expect-error: plain .mjs, run by the build to print the value
import {integrity} from '../../scripts/print-integrity.mjs';
import {BUNDLE_PATH, launchBrowser, widgetText} from './harness.js';
import {
  DIRECTIVES,
  SITE,
  apacheHeader,
  clonePolicy,
  extend,
  parsePolicy,
  readGuide,
  section,
  serialize,
  wordpressPage,
  type Guide,
  type HostPage,
  type Policy,
} from './guide-reading.js';
import {GUIDE_PAGES, withStorybookLinks} from '../../stories/docs/guide-links.js';

const GUIDES_DIR = new URL('../../docs/guides/', import.meta.url);
const {version: VERSION} = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string};
// A 1 x 1 grey PNG: Leaflet stretches it to 256 x 256.
const TILE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGO4DgAA6QDpDQ2c6wAAAABJRU5ErkJggg==', 'base64');

// --- The table of a guide's CSP step -----------------------------------------------------------------

/** A row of the guide's "| your situation | add |" table in its CSP step. */
interface TableRow {
  situation: string;
  directive: string;
  sources: string[];
}

function cspTable(guide: Guide): TableRow[] {
  const rows = section(guide, /Content-Security-Policy/)
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2) // header and separator
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
  return rows
    .filter(([, add]) => !/^nothing/i.test(add))
    .map(([situation, add]) => {
      const tokens = [...add.matchAll(/`([^`]+)`/g)].flatMap((match) => match[1].split(/\s+/)).filter((token) => token !== '…');
      const directive = tokens.find((token) => DIRECTIVES.has(token));
      if (!directive) throw new Error(`${guide.file}: CSP table row "${situation}" names no directive in "${add}"`);
      return {situation, directive, sources: tokens.filter((token) => token !== directive)};
    });
}

/** The tile host the guide's CSP table names for the partner map, like https://tile.openstreetmap.org. */
function tileHost(guide: Guide): string {
  const row = cspTable(guide).find((candidate) => /map|tiles/i.test(candidate.situation));
  if (!row) throw new Error(`${guide.file}: the CSP table has no row for the partner map's tile host`);
  const host = /`(https:\/\/[^`\s]+)`/.exec(row.situation)?.[1];
  if (!host) throw new Error(`${guide.file}: the CSP table's map row names no https tile host: "${row.situation}"`);
  return host;
}

/**
 * The table rows that apply to a site with the partner map, on its own host: the tile row, and the
 * Trusted Types row for a policy that enforces Trusted Types.
 */
function applyTable(guide: Guide, policies: Policy[]): Policy[] {
  const rows = cspTable(guide);
  return policies.map((original) => {
    const policy = clonePolicy(original);
    for (const row of rows) {
      const applies = /map|tiles/i.test(row.situation) || (/Trusted Types/i.test(row.situation) && policy.has('require-trusted-types-for'));
      if (applies) extend(policy, row.directive, row.sources);
    }
    return policy;
  });
}

/** Code blocks of the CSP step that are a header line: `Content-Security-Policy: …`. */
function headerBlocks(guide: Guide): Policy[] {
  return guide.blocks
    .filter((block) => /Content-Security-Policy/.test(block.section) && /^Content-Security-Policy:/.test(block.text.trim()))
    .map((block) => parsePolicy(block.text.trim().replace(/^Content-Security-Policy:\s*/, ''), `${guide.file}, "${block.section}"`));
}

/** A bare policy block of the CSP step (no header name), like the GSB guide's strict policy. */
function bareBlock(guide: Guide): Policy {
  const block = guide.blocks.find((candidate) => /Content-Security-Policy/.test(candidate.section) && /^\s*script-src /.test(candidate.text));
  if (!block) throw new Error(`${guide.file}: no policy code block in its CSP step`);
  return parsePolicy(block.text.trim(), `${guide.file}, "${block.section}"`);
}

/**
 * TYPO3's own frontend policy (EXT:frontend/Configuration/ContentSecurityPolicies.php, v12/v13):
 * default-src 'self', script-src extended by a per-request nonce, style-src-attr 'unsafe-inline',
 * img-src extended by data: and two video CDNs, base-uri 'self', frame-src for video embeds.
 * "Extend" on a directive not yet set starts from default-src, as in TYPO3.
 */
function typo3DefaultPolicy(nonce: string): Policy {
  const policy: Policy = new Map([['default-src', ["'self'"]]]);
  extend(policy, 'script-src', [`'nonce-${nonce}'`]);
  policy.set('style-src-attr', ["'unsafe-inline'"]);
  extend(policy, 'img-src', ['data:', '*.ytimg.com', '*.vimeocdn.com']);
  policy.set('base-uri', ["'self'"]);
  extend(policy, 'frame-src', ['*.youtube-nocookie.com', '*.youtube.com', '*.vimeo.com']);
  return policy;
}

/** Applies the guide's `config/sites/<site>/csp.yaml` (a small YAML subset: mutations of mode, directive, sources). */
function applyCspYaml(guide: Guide, base: Policy): Policy {
  const block = guide.blocks.find((candidate) => candidate.lang === 'yaml' && /csp\.yaml/.test(candidate.text));
  if (!block) throw new Error(`${guide.file}: no csp.yaml block in its CSP step`);
  const unquote = (value: string) => value.trim().replace(/^'(.*)'$/, '$1').replace(/^"(.*)"$/, '$1');
  const mutations: {mode: string; directive: string; sources: string[]}[] = [];
  let inheritDefault = false;
  let inSources = false;
  for (const raw of block.text.split('\n')) {
    const line = raw.replace(/#.*$/, '').trimEnd();
    if (!line.trim()) continue;
    let match: RegExpExecArray | null;
    if ((match = /^inheritDefault:\s*(\S+)/.exec(line))) inheritDefault = match[1] === 'true';
    else if ((match = /^\s*- mode:\s*(.+)$/.exec(line))) {
      mutations.push({mode: unquote(match[1]), directive: '', sources: []});
      inSources = false;
    } else if ((match = /^\s+directive:\s*(.+)$/.exec(line))) mutations.at(-1)!.directive = unquote(match[1]);
    else if (/^\s+sources:\s*$/.test(line)) inSources = true;
    else if (inSources && (match = /^\s+- (.+)$/.exec(line))) mutations.at(-1)!.sources.push(unquote(match[1]));
    else if (!/^mutations:\s*$/.test(line)) throw new Error(`${guide.file}: csp.yaml line not understood: "${raw}"`);
  }
  const policy = inheritDefault ? clonePolicy(base) : new Map();
  for (const mutation of mutations) {
    if (!DIRECTIVES.has(mutation.directive)) throw new Error(`${guide.file}: csp.yaml names "${mutation.directive}", not a CSP directive`);
    if (mutation.mode === 'extend') extend(policy, mutation.directive, mutation.sources);
    else if (mutation.mode === 'set') policy.set(mutation.directive, mutation.sources);
    else throw new Error(`${guide.file}: csp.yaml mode "${mutation.mode}" is not handled by this test`);
  }
  return policy;
}

// --- The snippet, the widgets and the config --------------------------------------------------------

/** The `<script …willkommen.js…>` line as the page source shows it: the first html block with it. */
function snippet(guide: Guide): string {
  const block = guide.blocks.find((candidate) => candidate.lang === 'html' && /<script\b[^>]*willkommen\.js/.test(candidate.text));
  if (!block) throw new Error(`${guide.file}: no html code block with the <script> line for willkommen.js`);
  // What the webmaster does with the placeholder: paste the value `npm run build` prints.
  return block.text.replace(/sha384-(?:PASTE-THE-VALUE-HERE|…)/g, integrity(BUNDLE_PATH.pathname) as string);
}

/**
 * The widget elements the guide shows: its html blocks of widget elements, plus an empty element for
 * each widget the text names as `<willkommen-…>` without a block of its own ("The other widgets are …").
 */
function widgets(guide: Guide): string {
  const shown = guide.blocks
    .filter((block) => block.lang === 'html' && /<willkommen-/.test(block.text) && !/<script\b/.test(block.text))
    .map((block) => block.text);
  const inBlocks = new Set([...guide.blocks.map((block) => block.text).join('\n').matchAll(/<(willkommen-[a-z-]+)/g)].map((match) => match[1]));
  const named = new Set([...guide.markdown.matchAll(/`<(willkommen-[a-z-]+)>`/g)].map((match) => match[1]));
  const others = [...named].filter((tag) => !inBlocks.has(tag)).map((tag) => `<${tag}></${tag}>`);
  return [...shown, ...others].join('\n');
}

/** The guide's `"map": {…}` block from its step on map tiles, with the tile host of its CSP step. */
function mapSettings(guide: Guide, host: string): Record<string, unknown> {
  const block = guide.blocks.find((candidate) => candidate.lang === 'json' && /^"map"\s*:/.test(candidate.text.trim()));
  if (!block) throw new Error(`${guide.file}: no "map": {…} json block`);
  const map = (JSON.parse(`{${block.text}}`) as {map: Record<string, unknown>}).map;
  // The guides' CSP steps name OpenStreetMap's tile server, their map steps a self-hosted example: an
  // office uses ONE host in both places, so the tiles come from the host the CSP step names, with the
  // map step's {z}/{x}/{y} path.
  const tiles = new URL(String(map.tiles).replace(/[{}]/g, '_'));
  return {...map, tiles: `${host}${decodeURI(tiles.pathname).replace(/_(z|x|y)_/g, '{$1}')}`};
}

/**
 * The example template as the guides tell the office to start: "example" removed, the guide's map.
 * Read from its source (the build copies it to dist/willkommen.example.json unchanged but for "$schema").
 */
function officeConfig(guide: Guide, host: string): string {
  const config = JSON.parse(readFileSync(new URL('../../examples/musterstadt.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  delete config.example;
  config.map = mapSettings(guide, host);
  return JSON.stringify(config);
}

// --- Host pages that look like each system's output ----------------------------------------------------

/** TYPO3 with its own CSP: Fluid layout markup, content elements, TYPO3's nonce on its inline script. */
function typo3Page(script: string, elements: string, nonce: string): HostPage {
  return {
    blockedInlineScripts: 0,
    html: `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
-->
<title>Ausländerbehörde: Stadt Musterstadt</title>
<meta name="generator" content="TYPO3 CMS">
<link rel="stylesheet" href="${SITE}/_assets/5b1c2d/Css/main.css?1732600000" media="all">
<script nonce="${nonce}">document.documentElement.classList.add('js');</script>
</head>
<body id="p42" class="page-42 pagelevel-2 language-0 backendlayout-default layout-default">
<header class="page-header"><a class="brand" href="/">Stadt Musterstadt</a></header>
<main id="page-content" class="page-main">
<div id="c101" class="frame frame-default frame-type-header frame-layout-0"><header><h2>Termin bei der Ausländerbehörde</h2></header></div>
<div id="c102" class="frame frame-default frame-type-html frame-layout-0">
${elements}
</div>
</main>
<footer class="page-footer"><a href="/impressum">Impressum</a></footer>
${script}
</body>
</html>`,
  };
}

/** Drupal 10/11 (Olivero-like): regions, a custom block with the widgets, drupalSettings as JSON. */
function drupalPage(script: string, elements: string): HostPage {
  return {
    blockedInlineScripts: 0,
    html: `<!DOCTYPE html>
<html lang="de" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 11 (https://www.drupal.org)">
<title>Ausländerbehörde | Stadt Musterstadt</title>
<link rel="stylesheet" media="all" href="${SITE}/sites/default/files/css/css_Xq3l.css?delta=0&amp;language=de&amp;theme=olivero">
</head>
<body class="path-node page-node-type-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Direkt zum Inhalt</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><a href="/" rel="home" class="site-branding__name">Stadt Musterstadt</a></header>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region region--content" id="content">
<div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title">Ausländerbehörde</span></h1></div>
<div id="block-willkommen" class="block block-block-content block-block-content7c1f">
<div class="block__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
${elements}
</div></div></div>
</div>
</main>
</div></div>
</div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentLanguage":"de"},"ajaxTrustedUrl":[]}</script>
${script}
</body>
</html>`,
  };
}

/** Government Site Builder: the federal layout's markup, widgets in a text module. */
function gsbPage(script: string, elements: string): HostPage {
  return {
    blockedInlineScripts: 0,
    html: `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="UTF-8">
<title>Stadt Musterstadt - Ausländerbehörde</title>
<meta name="generator" content="Government Site Builder">
</head>
<body class="gsb-startseite">
<div id="wrapperOuter"><div id="wrapperInner">
<header id="header"><p class="logo"><a href="/">Stadt Musterstadt</a></p></header>
<main id="main"><div id="content" class="c-content">
<h1 class="isFirstInSlot">Ausländerbehörde</h1>
<div class="text richtext">
${elements}
</div>
</div></main>
<footer id="footer"><a href="/impressum">Impressum</a></footer>
</div></div>
${script}
</body>
</html>`,
  };
}

/** A hand-written municipal page. */
function plainPage(script: string, elements: string): HostPage {
  return {
    blockedInlineScripts: 0,
    html: `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Ausländerbehörde - Stadt Musterstadt</title>
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
<header><a href="/">Stadt Musterstadt</a></header>
<main>
<h1>Ausländerbehörde</h1>
${elements}
${script}
</main>
</body>
</html>`,
  };
}

// --- What each guide makes the webmaster do -------------------------------------------------------------

interface GuideCase {
  file: string;
  /** The policies the page is served with after following the guide's CSP step. */
  policies(guide: Guide, nonce: string): Policy[];
  page(script: string, elements: string, nonce: string): HostPage;
}

const CASES: GuideCase[] = [
  {
    // The strict policy "the widgets are tested with", plus the table's additions for the map.
    file: 'plain-html.md',
    policies: (guide) => applyTable(guide, headerBlocks(guide)),
    page: plainPage,
  },
  {
    // The policy handed to the operator, plus the table's additions for the map.
    file: 'government-site-builder.md',
    policies: (guide) => applyTable(guide, [bareBlock(guide)]),
    page: gsbPage,
  },
  {
    // The example .htaccess line, as it stands: it must already hold what the table says to add.
    file: 'wordpress.md',
    policies: (guide) => [apacheHeader(guide)],
    page: (script, elements) => wordpressPage(script, elements),
  },
  {
    // TYPO3's own frontend policy with the guide's csp.yaml applied.
    file: 'typo3.md',
    policies: (guide, nonce) => [applyCspYaml(guide, typo3DefaultPolicy(nonce))],
    page: typo3Page,
  },
  {
    // A Drupal site whose CSP module enforces a policy of its own (a typical one: Drupal's guide shows
    // none), plus the table's additions, plus the guide's second header for Trusted Types.
    file: 'drupal.md',
    policies: (guide) => [
      ...applyTable(guide, [
        parsePolicy("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'self'; base-uri 'self'", 'the Drupal site policy'),
      ]),
      ...headerBlocks(guide),
    ],
    page: drupalPage,
  },
];

// --- The test ----------------------------------------------------------------------------------------

interface Violation {
  directive: string;
  blockedURI: string;
  sourceFile: string;
}

interface Visit {
  page: Page;
  violations: () => Promise<Violation[]>;
  consoleErrors: string[];
  pageErrors: string[];
  tileRequests: string[];
  unexpected: string[];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the host page; every request is answered from `files` (by path) or by the tile host. */
async function visit(url: string, files: Map<string, {body: string | Buffer; type: string; headers?: Record<string, string>}>, tiles: string): Promise<Visit> {
  const context = await browser.newContext({viewport: {width: 1024, height: 800}, locale: 'de-DE'});
  const page = await context.newPage();
  const result: Visit = {
    page,
    consoleErrors: [],
    pageErrors: [],
    tileRequests: [],
    unexpected: [],
    violations: () => page.evaluate(() => (window as unknown as {violations: Violation[]}).violations),
  };
  page.on('console', (message) => {
    if (message.type() === 'error') result.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => result.pageErrors.push(error.message));
  await context.route('**/*', async (route) => {
    const requested = new URL(route.request().url());
    if (requested.origin === SITE) {
      const file = files.get(requested.pathname);
      if (file) return route.fulfill({status: 200, headers: {'content-type': file.type, ...file.headers}, body: file.body});
      if (requested.pathname === '/favicon.ico') return route.fulfill({status: 204, body: ''});
    }
    if (requested.origin === tiles) {
      result.tileRequests.push(requested.href);
      return route.fulfill({status: 200, headers: {'content-type': 'image/png'}, body: TILE});
    }
    result.unexpected.push(requested.href);
    return route.abort('blockedbyclient');
  });
  // Violations with where they come from: a host page's own inline script is not the widgets' doing.
  await page.addInitScript(() => {
    const collected: Violation[] = [];
    (window as unknown as {violations: Violation[]}).violations = collected;
    document.addEventListener('securitypolicyviolation', (event) => {
      collected.push({directive: event.effectiveDirective, blockedURI: event.blockedURI, sourceFile: event.sourceFile});
    });
  });
  await page.goto(url);
  return result;
}

const TAGS = ['willkommen-contact-card', 'willkommen-checklist', 'willkommen-document-finder', 'willkommen-partner-map', 'willkommen-language-picker'];

/** The nonce TYPO3 (and the Trusted Types site below) puts on its own inline script. */
const NONCE = 'dHlwbzMtbm9uY2U';

/**
 * Serves the CMS-like page with the guide's snippet and widgets under `policies` (one header; several
 * policies are comma-separated, and the browser enforces each) and checks what the guide promises.
 */
async function followGuide(testCase: GuideCase, guide: Guide, policies: Policy[], label: string): Promise<void> {
  const nonce = NONCE;
  const host = tileHost(guide);
  const header = policies.map(serialize).join(', ');
  const imgSources = policies.flatMap((policy) => policy.get('img-src') ?? policy.get('default-src') ?? []);
  expect(imgSources, `${label}: img-src of the resulting policy (${header}) does not allow the tile host ${host}`).toContain(host);

  const script = snippet(guide);
  const elements = widgets(guide);
  const src = /\bsrc="([^"]+)"/.exec(script)?.[1];
  const dataConfig = /\bdata-config="([^"]+)"/.exec(script)?.[1];
  expect(src, `${label}: the snippet has no src`).toBeTruthy();
  expect(dataConfig, `${label}: the snippet has no data-config`).toBeTruthy();
  const pageUrl = `${SITE}/auslaenderbehoerde/`;
  const hostPage = testCase.page(script, elements, nonce);
  const files = new Map<string, {body: string | Buffer; type: string; headers?: Record<string, string>}>([
    ['/auslaenderbehoerde/', {body: hostPage.html, type: 'text/html; charset=utf-8', headers: {'content-security-policy': header}}],
    [new URL(src!, pageUrl).pathname, {body: readFileSync(BUNDLE_PATH), type: 'text/javascript'}],
    [new URL(dataConfig!, pageUrl).pathname, {body: officeConfig(guide, host), type: 'application/json'}],
    ['/css/site.css', {body: 'body { font-family: sans-serif; }', type: 'text/css'}],
    ['/_assets/5b1c2d/Css/main.css', {body: 'body { margin: 0; }', type: 'text/css'}],
    ['/wp-includes/css/dist/block-library/style.min.css', {body: '.wp-block-group { box-sizing: border-box; }', type: 'text/css'}],
    ['/sites/default/files/css/css_Xq3l.css', {body: '.visually-hidden { position: absolute !important; }', type: 'text/css'}],
  ]);

  const {page, violations, consoleErrors, pageErrors, tileRequests, unexpected} = await visit(pageUrl, files, host);
  try {
    const onPage = TAGS.filter((tag) => elements.includes(`<${tag}`));
    expect(onPage.length, `${label}: shows fewer widgets than expected`).toBeGreaterThanOrEqual(4);
    for (const tag of onPage) {
      const text = await widgetText(page, tag).catch(() => '');
      expect(text, `${label}: <${tag}> did not render (policy: ${header}; console: ${consoleErrors.join(' | ') || 'no errors'})`).not.toBe('');
      expect(text, `${label}: <${tag}> shows the example-data notice: the office's config was not read`).not.toContain('Beispieldaten.');
    }
    expect(await widgetText(page, 'willkommen-contact-card'), `${label}: the contact card does not show the office`).toContain('Ausländerbehörde Musterstadt');
    // The fallback content inside the elements is hidden once the widgets have rendered.
    const visibleFallbacks = await page.evaluate(
      (tags) => tags.flatMap((tag) => [...document.querySelectorAll(`${tag} > *`)].filter((child) => child.getClientRects().length > 0).map(() => tag)),
      onPage,
    );
    expect(visibleFallbacks, `${label}: fallback content still visible`).toEqual([]);
    expect(await page.evaluate(() => window.Willkommen?.version), `${label}: window.Willkommen.version`).toBe(VERSION);

    // The map, after consent: tiles from the host the guide's policy allows, and they load.
    expect(tileRequests, `${label}: tiles requested before consent`).toEqual([]);
    await page.locator('willkommen-partner-map .load-map').click();
    const tilesLoaded = await page
      .waitForFunction(
        () => [...document.querySelector('willkommen-partner-map')!.shadowRoot!.querySelectorAll('img.leaflet-tile')].some((tile) => (tile as HTMLImageElement).complete && (tile as HTMLImageElement).naturalWidth > 0),
        undefined,
        {timeout: 15_000},
      )
      .then(() => true, () => false);
    const seen = await violations();
    const explain = (list: Violation[]) => list.map((violation) => `${violation.directive} blocked ${violation.blockedURI} (from ${violation.sourceFile || 'the page'})`).join('; ');
    expect(tilesLoaded, `${label}: no map tile loaded from ${host} after "load map". CSP violations: ${explain(seen) || 'none'}`).toBe(true);
    expect(tileRequests.length).toBeGreaterThan(0);
    expect(tileRequests.filter((request) => !request.startsWith(`${host}/`)), `${label}: tiles from a host the policy does not name`).toEqual([]);

    // No violation but the CMS's own inline scripts that its policy blocks on purpose.
    const hostOwn = seen.filter((violation) => violation.blockedURI === 'inline' && violation.directive.startsWith('script-src') && violation.sourceFile === pageUrl);
    const widgetsOwn = seen.filter((violation) => !hostOwn.includes(violation));
    expect(explain(widgetsOwn), `${label}: CSP violations under "${header}"`).toBe('');
    expect(hostOwn.length, `${label}: the host page's own blocked inline scripts`).toBe(hostPage.blockedInlineScripts);
    const errors = consoleErrors.filter((message) => !(hostPage.blockedInlineScripts > 0 && /inline script/i.test(message)));
    expect(errors, `${label}: console errors`).toEqual([]);
    expect(pageErrors, `${label}: page errors`).toEqual([]);
    expect(unexpected, `${label}: requests to hosts the page should not reach`).toEqual([]);
  } finally {
    await page.context().close();
  }
}

describe('the webmaster guides, followed to the letter', () => {
  for (const testCase of CASES) {
    it(`${testCase.file}: its snippet, widgets and its own policy code work together, map included`, async () => {
      const guide = readGuide(testCase.file);
      const policies = testCase.policies(guide, NONCE);
      // The policy code must already hold what the guide's own table says to add: an example that
      // forgot the tile host while the table names it is a contradiction the webmaster would copy.
      const header = policies.map(serialize).join(', ');
      const withTable = applyTable(guide, policies).map(serialize).join(', ');
      expect(header, `${testCase.file}: its policy code lacks what its CSP table says to add.\n  code:       ${header}\n  with table: ${withTable}\n`).toBe(withTable);
      await followGuide(testCase, guide, policies, testCase.file);
    });

    it(`${testCase.file}: its CSP table, applied to a site that already enforces Trusted Types, lets the widgets and the map work`, async () => {
      // "If your site uses Trusted Types … add `lit-html willkommen` to its list": a strict site with a
      // Trusted Types policy of its own and nonce-based scripts, before and after the table's rows.
      const guide = readGuide(testCase.file);
      const site = parsePolicy(
        `default-src 'self'; script-src 'self' 'nonce-${NONCE}'; object-src 'none'; base-uri 'self'; require-trusted-types-for 'script'; trusted-types site-policy`,
        'the Trusted Types site policy',
      );
      const policies = applyTable(guide, [site]);
      expect(policies[0].get('trusted-types'), `${testCase.file}: its CSP table's Trusted Types row`).toEqual(expect.arrayContaining(['site-policy']));
      await followGuide(testCase, guide, policies, `${testCase.file} (CSP table on a Trusted Types site)`);
    });
  }
});

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
const anchor = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s/g, '-');

describe('links between the guides, on GitHub and in the Storybook docs build', () => {
  const files = readdirSync(GUIDES_DIR).filter((file) => file.endsWith('.md')).sort();

  it('every relative link points to a guide and a heading that exist', () => {
    const broken: string[] = [];
    for (const file of files) {
      const markdown = readFileSync(new URL(file, GUIDES_DIR), 'utf8');
      for (const [, target, hash] of markdown.matchAll(/\]\(([A-Za-z0-9._-]+\.md)(?:#([^)\s]+))?\)/g)) {
        if (!files.includes(target)) {
          broken.push(`${file} → ${target} (no such guide)`);
          continue;
        }
        const headings = [...readFileSync(new URL(target, GUIDES_DIR), 'utf8').matchAll(/^#{1,6} (.+)$/gm)].map((match) => anchor(match[1]));
        if (hash && !headings.includes(hash)) broken.push(`${file} → ${target}#${hash} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every guide is a Storybook docs page that renders it, with its links turned into page links', () => {
    expect(Object.keys(GUIDE_PAGES).sort(), 'stories/docs/guide-links.ts GUIDE_PAGES').toEqual(files);
    const docs = new URL('../../stories/docs/', import.meta.url);
    const mdx = readdirSync(docs).filter((file) => file.endsWith('.mdx')).map((file) => readFileSync(new URL(file, docs), 'utf8'));
    for (const [file, page] of Object.entries(GUIDE_PAGES)) {
      const source = mdx.find((text) => text.includes(`docs/guides/${file}?raw`));
      expect(source, `no stories/docs/*.mdx imports docs/guides/${file}?raw`).toBeTruthy();
      expect(source, `the docs page for ${file} has another title than GUIDE_PAGES says`).toContain(`<Meta title="${page.title}" />`);
      // Storybook's id of a title: lower case, runs of other characters to one hyphen.
      expect(page.id, `${file}: GUIDE_PAGES id does not match its title`).toBe(`${page.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}--docs`);
      const rewritten = withStorybookLinks(readFileSync(new URL(file, GUIDES_DIR), 'utf8'));
      expect(rewritten.match(/\]\([A-Za-z0-9._-]+\.md[)#]/g), `${file}: links to .md files left in its docs page`).toBeNull();
    }
  });
});

/**
 * Where the page's script line comes from code the guide gives (TypoScript, a WordPress plugin, a
 * Drupal library), the snippet the tests above load must be what that code writes: otherwise the
 * browser tests would prove a line that no webmaster's site prints.
 */
describe('the code in the guides writes the script line the tests load', () => {
  const attributes = (tag: string) => Object.fromEntries([...tag.matchAll(/([a-z-]+)="([^"]*)"/g)].map((match) => [match[1], match[2]]));

  it('typo3.md: the TypoScript footerData line is the snippet of step 2', () => {
    const guide = readGuide('typo3.md');
    const typoscript = guide.blocks.find((block) => block.lang === 'typoscript');
    const value = typoscript && /^page\.footerData\.\d+\.value = (.+)$/m.exec(typoscript.text)?.[1];
    expect(value, 'typo3.md: no `page.footerData.N.value = <script …>` line').toBeTruthy();
    const html = guide.blocks.find((block) => block.lang === 'html' && /<script\b/.test(block.text))!.text;
    expect(attributes(value!)).toEqual(attributes(html));
    expect(value).toMatch(/\bdefer><\/script>$/);
  });

  it('wordpress.md: willkommen.php writes the src and data-config of the page line', () => {
    const guide = readGuide('wordpress.md');
    const php = guide.blocks.find((block) => block.lang === 'php')?.text ?? '';
    const version = /const WILLKOMMEN_VERSION\s*=\s*'([^']+)'/.exec(php)?.[1];
    const scriptPath = /plugins_url\('([^']+)' \. WILLKOMMEN_VERSION \. '([^']+)'/.exec(php);
    const configPath = /wp_upload_dir\(\)\['baseurl'\] \. '([^']+)'/.exec(php)?.[1];
    expect({version, scriptPath: !!scriptPath, configPath}, 'wordpress.md: willkommen.php as the test reads it').toEqual({version: expect.any(String), scriptPath: true, configPath: expect.any(String)});
    const line = attributes(snippet(guide));
    // plugins_url(…, __FILE__) of a file in wp-content/mu-plugins/, and the uploads folder's base URL.
    expect(line.src).toBe(`${SITE}/wp-content/mu-plugins/${scriptPath![1]}${version}${scriptPath![2]}`);
    expect(line['data-config']).toBe(`${SITE}/wp-content/uploads${configPath}`);
    expect(line.crossorigin).toBe('anonymous');
    expect(php).toContain('crossorigin="anonymous"');
  });

  it('drupal.md: the library definition writes the src, data-config and integrity of the page line', () => {
    const guide = readGuide('drupal.md');
    const library = guide.blocks.find((block) => block.lang === 'yaml' && /^widgets:/m.test(block.text))?.text ?? '';
    const file = /^ {4}(js\/[^:]+):\s*$/m.exec(library)?.[1];
    const dataConfig = /^ {8}data-config:\s*(\S+)\s*$/m.exec(library)?.[1];
    expect({file, dataConfig}, 'drupal.md: willkommen_embed.libraries.yml as the test reads it').toEqual({file: expect.any(String), dataConfig: expect.any(String)});
    expect(library).toMatch(/^ {6}preprocess: false$/m);
    expect(library).toMatch(/^ {8}integrity: 'sha384-/m);
    const line = attributes(snippet(guide));
    expect(new URL(line.src, SITE).pathname).toBe(`/modules/custom/willkommen_embed/${file}`);
    expect(line['data-config']).toBe(dataConfig);
  });
});
