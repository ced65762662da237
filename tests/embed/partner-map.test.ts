/**
 * The partner map from the BUILT file. Tiles come from a fake tile server on loopback that the page
 * reaches as https://tiles.willkommen.test:<port> (Chromium maps that host to 127.0.0.1 and accepts
 * the test's self-signed certificate), so the config passes the schema's https-only rule unchanged
 * and the CSP names exactly that host, as a real office's would.
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createServer, type Server} from 'node:https';
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {AddressInfo} from 'node:net';
import {chromium, type Browser, type Page} from 'playwright-core';
// @ts-expect-error: a plain .mjs helper shared with the test runner config, without types
import {chromePath, chromeArgs} from '../../scripts/browser-paths.mjs';
import {HostServer, hostPage, openPage, STRICT_CSP, widgetText} from './harness.js';
import {partnerMapWithTileUrl} from '../fixtures/configs.js';

const TILE_HOST = 'tiles.willkommen.test';
// A 1 x 1 grey PNG: Leaflet stretches it to 256 x 256.
const TILE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGO4DgAA6QDpDQ2c6wAAAABJRU5ErkJggg==', 'base64');

let server: HostServer;
let browser: Browser;
let tiles: Server;
let tileOrigin = '';
const tileRequests: string[] = [];
let certificateDir = '';

beforeAll(async () => {
  server = await new HostServer().start();
  certificateDir = mkdtempSync(join(tmpdir(), 'willkommen-tiles-'));
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${TILE_HOST}`,
    '-addext', `subjectAltName=DNS:${TILE_HOST}`,
    '-keyout', join(certificateDir, 'key.pem'), '-out', join(certificateDir, 'cert.pem'),
  ], {stdio: 'ignore'});
  tiles = createServer({key: readFileSync(join(certificateDir, 'key.pem')), cert: readFileSync(join(certificateDir, 'cert.pem'))}, (request, response) => {
    tileRequests.push(request.url ?? '/');
    response.writeHead(200, {'content-type': 'image/png', 'access-control-allow-origin': '*'});
    response.end(TILE);
  });
  await new Promise<void>((resolve) => tiles.listen(0, '127.0.0.1', resolve));
  tileOrigin = `https://${TILE_HOST}:${(tiles.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: chromePath(),
    headless: true,
    args: [...chromeArgs, `--host-resolver-rules=MAP ${TILE_HOST} 127.0.0.1`, '--ignore-certificate-errors'],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await new Promise((resolve) => tiles?.close(resolve));
  if (certificateDir) rmSync(certificateDir, {recursive: true, force: true});
});

const config = () => partnerMapWithTileUrl(`${tileOrigin}/{z}/{x}/{y}.png`);
const cspWithTiles = () => STRICT_CSP.replace("img-src 'self'", `img-src 'self' ${tileOrigin}`);

/**
 * Leaflet reads window.L_DISABLE_3D once, when it is evaluated: a getter counts that read, so the test
 * knows whether Leaflet's code has run.
 */
const COUNT_LEAFLET_EVALUATION = `
  window.leafletEvaluations = 0;
  Object.defineProperty(window, 'L_DISABLE_3D', {configurable: true, get() { window.leafletEvaluations++; return false; }});
`;

type Box = {left: number; right: number; top: number; bottom: number};
type Layout = {map: Box; popup: Box; tipX: number; markerX: number; tipBottom: number; markerTop: number};

const shadow = (page: Page, script: string) =>
  page.evaluate(`(() => { const root = document.querySelector('willkommen-partner-map').shadowRoot; ${script} })()`);

async function loadTheMap(page: Page): Promise<void> {
  await page.locator('willkommen-partner-map .load-map').click();
  await page.waitForFunction(() => document.querySelector('willkommen-partner-map')!.shadowRoot!.querySelector('.marker, .cluster'), undefined, {timeout: 15_000});
  await page.waitForFunction(
    () => [...document.querySelector('willkommen-partner-map')!.shadowRoot!.querySelectorAll('img.leaflet-tile')].some((tile) => (tile as HTMLImageElement).complete && (tile as HTMLImageElement).naturalWidth > 0),
    undefined,
    {timeout: 15_000},
  );
}

describe('the partner map from the built file', () => {
  it('requests nothing and evaluates no Leaflet before consent; afterwards only the tile host, with zero CSP violations', async () => {
    server.json('/partners.json', config());
    const url = server.page(
      '/partners.html',
      hostPage('<willkommen-partner-map config="/partners.json"></willkommen-partner-map><script src="/willkommen.js"></script>'),
      {csp: cspWithTiles()},
    );
    tileRequests.length = 0;
    const {page, watch} = await openPage(browser, url, {init: COUNT_LEAFLET_EVALUATION});
    const text = await widgetText(page, 'willkommen-partner-map');
    expect(text).toContain(`${TILE_HOST}:`);
    expect(text).toContain('Migrationsberatung Nord');
    await page.waitForTimeout(300);
    expect(tileRequests).toEqual([]);
    expect(watch.requests.filter((request) => !request.startsWith(server.origin))).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as {leafletEvaluations: number}).leafletEvaluations)).toBe(0);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);

    await loadTheMap(page);
    expect(await page.evaluate(() => (window as unknown as {leafletEvaluations: number}).leafletEvaluations)).toBe(1);
    expect(tileRequests.length).toBeGreaterThan(0);
    const elsewhere = watch.requests.filter((request) => !request.startsWith(server.origin) && !request.startsWith(tileOrigin + '/'));
    expect(elsewhere).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as {cspViolations: string[]}).cspViolations)).toEqual([]);
    // Zooming drops the tiles of the last zoom level: Leaflet cancelled each with a data: image.
    for (const button of [0, 0, 1]) {
      await page.locator('willkommen-partner-map .map-tools button').nth(button).click();
      await page.waitForTimeout(400);
    }
    expect(await page.evaluate(() => (window as unknown as {cspViolations: string[]}).cspViolations)).toEqual([]);
    expect(await page.evaluate(() => 'L' in window)).toBe(false);
    // Not ticked: nothing stored.
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(watch.errors).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('is used with the keyboard: Enter on a marker opens its popup with focus, Escape goes back', async () => {
    server.json('/partners-keys.json', config());
    const url = server.page(
      '/partners-keys.html',
      hostPage('<willkommen-partner-map config="/partners-keys.json"></willkommen-partner-map><script src="/willkommen.js"></script>'),
      {csp: cspWithTiles()},
    );
    const {page, watch} = await openPage(browser, url);
    await widgetText(page, 'willkommen-partner-map');
    await page.locator('willkommen-partner-map .load-map').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('willkommen-partner-map')!.shadowRoot!.querySelector('.marker'));
    // Tab from the map to its first marker.
    let onMarker = false;
    for (let step = 0; step < 10 && !onMarker; step++) {
      await page.keyboard.press('Tab');
      onMarker = (await shadow(page, `return root.activeElement?.classList.contains('marker') ?? false;`)) as boolean;
    }
    expect(onMarker).toBe(true);
    const id = await shadow(page, `return root.activeElement.dataset.id;`);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('willkommen-partner-map')!.shadowRoot!.activeElement?.closest('.popup-body'));
    expect(await shadow(page, `return root.querySelector('.partner.selected')?.dataset.id;`)).toBe(id);
    await page.keyboard.press('Escape');
    await page.waitForFunction((markerId) => (document.querySelector('willkommen-partner-map')!.shadowRoot!.activeElement as HTMLElement | null)?.dataset.id === markerId, id);
    expect(await page.evaluate(() => (window as unknown as {cspViolations: string[]}).cspViolations)).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('places a marker\'s popup inside the map on a 320 px phone in Arabic, its tip on the marker', async () => {
    server.json('/partners-popup.json', config());
    const url = server.page(
      '/partners-popup.html',
      hostPage('<willkommen-partner-map config="/partners-popup.json"></willkommen-partner-map><script src="/willkommen.js"></script>', {lang: 'ar'}),
      {csp: cspWithTiles()},
    );
    const {page, watch} = await openPage(browser, url, {viewport: {width: 320, height: 640}});
    await widgetText(page, 'willkommen-partner-map');
    await loadTheMap(page);
    // The marker nearest the map's inline end: its popup would stick out unless the map pans.
    await shadow(page, `
      const markers = [...root.querySelectorAll('.marker')];
      markers.sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right);
      markers[0].click();`);
    await page.waitForFunction(() => document.querySelector('willkommen-partner-map')!.shadowRoot!.querySelector('.partner-popup .popup-body'));
    await page.waitForTimeout(400); // the map's pan to show the popup
    const layout = (await shadow(page, `
      const box = (element) => { const r = element.getBoundingClientRect(); return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; };
      const popup = root.querySelector('.partner-popup');
      const tip = popup.querySelector('.leaflet-popup-tip').getBoundingClientRect();
      const id = root.activeElement.closest('.popup-body') && root.querySelector('.partner.selected').dataset.id;
      const marker = root.querySelector('.marker[data-id="' + id + '"]').getBoundingClientRect();
      return {map: box(root.querySelector('.leaflet-container')), popup: box(popup.querySelector('.leaflet-popup-content-wrapper')),
        tipX: tip.left + tip.width / 2, markerX: marker.left + marker.width / 2, tipBottom: tip.bottom, markerTop: marker.top};`)) as Layout;
    const {map, popup} = layout;
    expect(popup.left, 'popup starts inside the map').toBeGreaterThanOrEqual(map.left);
    expect(popup.right, 'popup ends inside the map').toBeLessThanOrEqual(map.right);
    expect(popup.top, 'popup top inside the map').toBeGreaterThanOrEqual(map.top);
    expect(Math.abs(layout.tipX - layout.markerX), 'tip above the marker').toBeLessThan(2);
    expect(layout.tipBottom, 'tip above the marker, not over it').toBeLessThanOrEqual(layout.markerTop + 1);
    mkdirSync('screenshots/ar', {recursive: true});
    await page.locator('willkommen-partner-map .leaflet-container').screenshot({path: 'screenshots/ar/partner-map-popup.png'});
    // A click on the map elsewhere closes the popup.
    await shadow(page, `root.querySelector('.leaflet-container').dispatchEvent(new MouseEvent('click', {bubbles: true, clientX: 5, clientY: 5}));`);
    await page.waitForFunction(() => !document.querySelector('willkommen-partner-map')!.shadowRoot!.querySelector('.partner-popup'));
    expect(await page.evaluate(() => (window as unknown as {cspViolations: string[]}).cspViolations)).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('keeps a popup inside the map at 200 % text on a 320 px phone, its buttons reachable', async () => {
    server.json('/partners-large.json', config());
    const url = server.page(
      '/partners-large.html',
      hostPage('<willkommen-partner-map config="/partners-large.json"></willkommen-partner-map><script src="/willkommen.js"></script>', {lang: 'ar'}),
      {csp: cspWithTiles()},
    );
    const {page, watch} = await openPage(browser, url, {viewport: {width: 320, height: 640}});
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', {fontSizes: {standard: 32}});
    await page.reload();
    await widgetText(page, 'willkommen-partner-map');
    await loadTheMap(page);
    await shadow(page, `root.querySelector('.marker').click();`);
    await page.waitForFunction(() => document.querySelector('willkommen-partner-map')!.shadowRoot!.querySelector('.partner-popup .popup-body'));
    await page.waitForTimeout(400); // the map's pan to show the popup
    const layout = (await shadow(page, `
      const box = (element) => { const r = element.getBoundingClientRect(); return {top: r.top, bottom: r.bottom}; };
      const body = root.querySelector('.partner-popup .leaflet-popup-content');
      const last = [...body.querySelectorAll('button, a')].at(-1);
      last.scrollIntoView({block: 'nearest'});
      return {map: box(root.querySelector('.leaflet-container')), popup: box(root.querySelector('.partner-popup .leaflet-popup-content-wrapper')), last: box(last)};`)) as {
      map: {top: number; bottom: number};
      popup: {top: number; bottom: number};
      last: {top: number; bottom: number};
    };
    expect(layout.popup.top, 'popup top inside the map').toBeGreaterThanOrEqual(layout.map.top);
    expect(layout.popup.bottom, 'popup bottom inside the map').toBeLessThanOrEqual(layout.map.bottom);
    // Its last control, scrolled to inside the popup, shows within the map.
    expect(layout.last.bottom).toBeLessThanOrEqual(layout.map.bottom);
    expect(layout.last.top).toBeGreaterThanOrEqual(layout.map.top);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('remembers the consent only when ticked', async () => {
    server.json('/partners-remember.json', config());
    const url = server.page(
      '/partners-remember.html',
      hostPage('<willkommen-partner-map config="/partners-remember.json"></willkommen-partner-map><script src="/willkommen.js"></script>'),
      {csp: cspWithTiles()},
    );
    const {page} = await openPage(browser, url);
    await widgetText(page, 'willkommen-partner-map');
    await page.locator('willkommen-partner-map .consent input[type="checkbox"]').check();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await loadTheMap(page);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([`willkommen:map-consent:${TILE_HOST}:${new URL(tileOrigin).port}`]);
    await page.reload();
    await page.waitForFunction(() => document.querySelector('willkommen-partner-map')?.shadowRoot?.querySelector('.marker, .cluster'), undefined, {timeout: 15_000});
    expect(await shadow(page, `return root.querySelector('.consent');`)).toBe(null);
    await page.context().close();
  });

  it("leaves a host page's own Leaflet (window.L) as it was, and both maps work", async () => {
    server.route('/host-leaflet.js', {body: readFileSync('node_modules/leaflet/dist/leaflet.js'), headers: {'content-type': 'text/javascript'}});
    server.json('/partners-host-l.json', config());
    const url = server.page(
      '/partners-host-l.html',
      hostPage(`<div id="host-map" style="width: 300px; height: 200px"></div>
<script src="/host-leaflet.js"></script>
<script>window.hostL = window.L; window.hostMap = L.map('host-map').setView([51.5, 7.4], 12);</script>
<willkommen-partner-map config="/partners-host-l.json"></willkommen-partner-map>
<script src="/willkommen.js"></script>`),
    );
    const {page, watch} = await openPage(browser, url);
    await widgetText(page, 'willkommen-partner-map');
    await loadTheMap(page);
    const after = await page.evaluate(() => {
      const w = window as unknown as {L: {version: string; marker: (ll: [number, number]) => {addTo: (m: unknown) => unknown}}; hostL: unknown; hostMap: {getZoom: () => number; setZoom: (z: number) => void}};
      w.L.marker([51.5, 7.4]).addTo(w.hostMap);
      w.hostMap.setZoom(13);
      return {same: w.L === w.hostL, version: w.L.version, markers: document.querySelectorAll('#host-map .leaflet-marker-icon').length};
    });
    expect(after).toEqual({same: true, version: '1.9.4', markers: 1});
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('stays a list without map.tiles, and a page without a partner map never evaluates Leaflet', async () => {
    const url = server.page(
      '/partners-list-only.html',
      hostPage('<willkommen-partner-map></willkommen-partner-map><willkommen-contact-card></willkommen-contact-card><script src="/willkommen.js"></script>'),
      {csp: STRICT_CSP},
    );
    const {page, watch} = await openPage(browser, url, {init: COUNT_LEAFLET_EVALUATION});
    const text = await widgetText(page, 'willkommen-partner-map');
    expect(text).toContain('Migrationsberatung Nord');
    expect(await shadow(page, `return root.querySelector('.consent, .map-area');`)).toBe(null);
    expect(await page.evaluate(() => (window as unknown as {leafletEvaluations: number}).leafletEvaluations)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as {cspViolations: string[]}).cspViolations)).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});
