// The partner map's bench (issue 5), standalone: `npm run build && node bench/map.mjs`.
// For 1,000 partners in Chromium at 4x CPU throttling: filter latency, map first frame after the
// consent click, one pan; and the gzip bytes Leaflet, the map module and Leaflet's CSS add to the file.
// Tiles come from a fake tile server on loopback that the page reaches as https://tiles.willkommen.test
// (Chromium maps the host to 127.0.0.1 and accepts the bench's self-signed certificate), so the config
// passes the schema's https-only rule.
import {build} from 'esbuild';
import {createServer as createHttpServer} from 'node:http';
import {createServer as createHttpsServer} from 'node:https';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {chromium} from 'playwright-core';
import {chromePath, chromeArgs} from '../scripts/browser-paths.mjs';
import {bundleSizes, gzip, minifiedGzip} from '../scripts/measure-size.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const THROTTLE = 4;
const TILE_HOST = 'tiles.willkommen.test';
const BUDGET = {firstFrame: 800, pan: 100};

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

// --- Bytes -------------------------------------------------------------------------------------
/** The entry bundled and minified as the build does, gzip bytes; `standIn` paths become an empty map module. */
const entryGzip = (standIn = () => false) =>
  minifiedGzip("import './src/index.ts';", standIn, (path) => ({
    // The names the importer uses, so the bundler has nothing to warn about.
    contents: path.endsWith('leaflet-parts.js')
      ? 'export const map = () => {}, tileLayer = () => {}, latLngBounds = () => {}, DomUtil = {}, DomEvent = {};'
      : 'export const createPartnerMap = () => {}; export default {};',
    loader: 'js',
  }));

/** Leaflet's CSS as the widget ships it (the subset in partner-map.styles.ts), as text. */
async function leafletCssText() {
  const dir = mkdtempSync(join(tmpdir(), 'willkommen-bench-css-'));
  try {
    const result = await build({
      stdin: {contents: "export {leafletStyles} from './src/widgets/partner-map/partner-map.styles.ts';", resolveDir: '.', loader: 'ts'},
      bundle: true,
      format: 'esm',
      platform: 'node',
      write: false,
    });
    const file = join(dir, 'styles.mjs');
    writeFileSync(file, result.outputFiles[0].contents);
    const {leafletStyles} = await import(pathToFileURL(file).href);
    return leafletStyles.cssText;
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

const whole = await entryGzip();
const withoutLeaflet = await entryGzip((path) => path.endsWith('./leaflet-parts.js'));
const withoutMapModule = await entryGzip((path) => path.endsWith('./map-view.js'));
const wholeLeaflet = await minifiedGzip("export * from 'leaflet/dist/leaflet-src.esm.js';", () => false);
const cssText = await leafletCssText();
const leafletJs = whole - withoutLeaflet;
const mapModule = withoutLeaflet - withoutMapModule;
const leafletCss = gzip(cssText);
console.log('Bytes the map adds to dist/willkommen.js (gzip -9, measured as "whole entry minus the entry without it")');
console.table({
  'dist/willkommen.js (as built)': {gzip: kb(bundleSizes().gzip)},
  'Leaflet 1.9.4 (the parts in leaflet-parts.js, lazily evaluated)': {gzip: kb(leafletJs)},
  'map module (map-view.ts: markers, clustering, popups)': {gzip: kb(mapModule)},
  "Leaflet's CSS (subset, adopted on load)": {gzip: kb(leafletCss)},
  'leaflet.markercluster': {gzip: kb(0), note: 'not used (8.5 KB gzip, needs a global L): grid clustering in partner-map-model.ts'},
  'total for the map': {gzip: kb(leafletJs + mapModule + leafletCss)},
  'for comparison: Leaflet 1.9.4 whole ESM build': {gzip: kb(wholeLeaflet)},
  'for comparison: leaflet.css 1.9.4 whole': {gzip: kb(gzip(readFileSync('node_modules/leaflet/dist/leaflet.css')))},
});

// --- Timings -------------------------------------------------------------------------------------
const certificateDir = mkdtempSync(join(tmpdir(), 'willkommen-bench-tiles-'));
execFileSync('openssl', [
  'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${TILE_HOST}`,
  '-addext', `subjectAltName=DNS:${TILE_HOST}`,
  '-keyout', join(certificateDir, 'key.pem'), '-out', join(certificateDir, 'cert.pem'),
], {stdio: 'ignore'});
// A 1 x 1 grey PNG, stretched to 256 x 256 by Leaflet.
const TILE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGO4DgAA6QDpDQ2c6wAAAABJRU5ErkJggg==', 'base64');
const tiles = createHttpsServer(
  {key: readFileSync(join(certificateDir, 'key.pem')), cert: readFileSync(join(certificateDir, 'cert.pem'))},
  (request, response) => response.writeHead(200, {'content-type': 'image/png'}).end(TILE),
);
await new Promise((resolve) => tiles.listen(0, '127.0.0.1', resolve));
const tileOrigin = `https://${TILE_HOST}:${tiles.address().port}`;

// 1,000 partners on a golden-angle spiral around the example office (as tests/fixtures/configs.ts).
// The same 1,000 partners the browser tests cluster (tests/fixtures/configs.ts), bundled for Node,
// with the fake tile server of this bench instead of the fixture's.
const fixtures = await build({entryPoints: ['tests/fixtures/configs.ts'], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent'});
const {manyPartners} = await import(`data:text/javascript;base64,${Buffer.from(fixtures.outputFiles[0].contents).toString('base64')}`);
const config = {...manyPartners, map: {...manyPartners.map, tiles: `${tileOrigin}/{z}/{x}/{y}.png`}};
const PARTNERS = config.partners.features.length;
const page = `<!doctype html><html lang="de"><body>
<script type="application/json" id="partners">${JSON.stringify(config).replace(/</g, '\\u003c')}</script>
<willkommen-partner-map config="#partners"></willkommen-partner-map>
<script src="/willkommen.js"></script></body></html>`;
const bundle = readFileSync('dist/willkommen.js');
const server = createHttpServer((request, response) => {
  const path = request.url.split('?')[0];
  if (path === '/willkommen.js') return void response.writeHead(200, {'content-type': 'text/javascript'}).end(bundle);
  if (path === '/') return void response.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(page);
  response.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: chromePath(),
  headless: true,
  args: [...chromeArgs, `--host-resolver-rules=MAP ${TILE_HOST} 127.0.0.1`, '--ignore-certificate-errors'],
});

// Runs in the page: one filter change, from the event to the frame that shows the new list.
const FILTER = async ([name, value]) => {
  const root = document.querySelector('willkommen-partner-map').shadowRoot;
  const field = root.querySelector(`[name="${name}"]`);
  const start = performance.now();
  field.value = value;
  field.dispatchEvent(new Event(name === 'query' ? 'input' : 'change'));
  await document.querySelector('willkommen-partner-map').updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  return performance.now() - start;
};

async function run() {
  const context = await browser.newContext({viewport: {width: 1024, height: 900}});
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: THROTTLE});
  await tab.goto(origin + '/');
  await tab.waitForFunction(() => document.querySelector('willkommen-partner-map')?.shadowRoot?.querySelector('.partner'), undefined, {timeout: 60_000});
  // Filters: a language, a category, a name typed, then everything again.
  const filters = [];
  for (const step of [['language', 'prs'], ['category', 'legal'], ['query', 'Beratungsstelle 1'], ['query', ''], ['category', ''], ['language', '']]) {
    filters.push(await tab.evaluate(FILTER, step));
  }
  // Map first frame: from the consent click to the first painted frame with markers and a tile.
  const firstFrame = await tab.evaluate(async () => {
    const root = document.querySelector('willkommen-partner-map').shadowRoot;
    const start = performance.now();
    root.querySelector('.load-map').click();
    for (;;) {
      const tile = [...root.querySelectorAll('img.leaflet-tile-loaded')].length > 0;
      if (tile && root.querySelector('.marker, .cluster')) break;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    return performance.now() - start;
  });
  const markers = await tab.evaluate(() => document.querySelector('willkommen-partner-map').shadowRoot.querySelectorAll('.marker, .cluster').length);
  // One pan of 300 px, no animation: from the call to the frame after Leaflet's moveend.
  const pan = await tab.evaluate(async () => {
    const map = document.querySelector('willkommen-partner-map').view.map;
    const start = performance.now();
    const moved = new Promise((resolve) => map.once('moveend', resolve));
    map.panBy([300, 120], {animate: false});
    await moved;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    return performance.now() - start;
  });
  await context.close();
  return {filter: median(filters), filterMax: Math.max(...filters), firstFrame, pan, markers};
}

await run(); // warm-up: the first launch pays for caches we do not measure
const results = [];
for (let index = 0; index < RUNS; index++) results.push(await run());
await browser.close();
server.close();
tiles.close();
rmSync(certificateDir, {recursive: true, force: true});

const firstFrame = median(results.map((result) => result.firstFrame));
const pan = median(results.map((result) => result.pan));
console.log(`\nPartner map, ${PARTNERS} partners, ${THROTTLE}x CPU throttling, median of ${RUNS} runs (ms)`);
console.table({
  'filter (one change, to the next frame)': {median: median(results.map((result) => result.filter)).toFixed(0), 'worst of a run, median': median(results.map((result) => result.filterMax)).toFixed(0)},
  'map first frame (click to markers and a tile painted)': {median: firstFrame.toFixed(0), budget: BUDGET.firstFrame},
  'one pan (300 px, to the next frame)': {median: pan.toFixed(0), budget: BUDGET.pan},
  'buttons on the map at the start zoom': {median: median(results.map((result) => result.markers))},
});
console.log(`Map first frame ${firstFrame <= BUDGET.firstFrame ? 'within' : 'OVER'} budget (${firstFrame.toFixed(0)} / ${BUDGET.firstFrame} ms); one pan ${pan <= BUDGET.pan ? 'within' : 'OVER'} budget (${pan.toFixed(0)} / ${BUDGET.pan} ms)`);
