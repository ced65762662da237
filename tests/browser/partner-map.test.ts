/// <reference types="mocha" />
import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import '../../src/index.js';
import {applyLocale} from '../../src/localization.js';
import {storage} from '../../src/core/storage.js';
import type {WillkommenPartnerMap} from '../../src/widgets/partner-map/partner-map.js';
import {dariPartners, manyPartners, musterstadt, ownCategory, partnerMapWithTiles, partnersListOnly} from '../fixtures/configs.js';
import {axeViolations, inlineConfig, settled, shadowText, textRects} from './helpers.js';

// Monday 1 June 2026, 10:30 in Berlin: "Migrationsberatung Nord" (Mo-Th 09:00-16:00) is open.
const MONDAY_MORNING = new Date('2026-06-01T08:30:00Z');

async function partnerMap(config: unknown = partnerMapWithTiles, options: {locale?: string; category?: string} = {}) {
  await applyLocale(options.locale ?? 'de');
  const element = await fixture<WillkommenPartnerMap>(
    html`<willkommen-partner-map config=${inlineConfig(config)} category=${options.category ?? ''} .now=${MONDAY_MORNING}>
      <a href="https://www.musterstadt.example.org/partner">Partner</a>
    </willkommen-partner-map>`,
  );
  await settled(element);
  return element;
}

const root = (element: Element) => element.shadowRoot!;
const items = (element: Element) => [...root(element).querySelectorAll<HTMLElement>('.partner')];
const itemIds = (element: Element) => items(element).map((item) => item.dataset.id);
const select = async (element: WillkommenPartnerMap, name: string, value: string) => {
  const field = root(element).querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
  field.value = value;
  field.dispatchEvent(new Event('change'));
  await element.updateComplete;
};
const active = (element: Element) => root(element).activeElement as HTMLElement | null;
// Elements are compared as booleans: chai describing a failed match of an element inside a live
// Leaflet map can take the page down, which hides the failure behind a timeout.

async function loadMap(element: WillkommenPartnerMap, remember = false) {
  if (remember) root(element).querySelector<HTMLInputElement>('.consent input[type="checkbox"]')!.click();
  root(element).querySelector<HTMLButtonElement>('.load-map')!.click();
  for (let attempt = 0; attempt < 200 && !root(element).querySelector('.marker, .cluster'); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await element.updateComplete;
  expect(!!root(element).querySelector('.marker, .cluster'), 'markers drawn').to.equal(true);
}

/** Tile requests so far: the page's resource timings hold every image the browser asked for. */
const tileRequests = () =>
  performance.getEntriesByType('resource').filter((entry) => entry.name.includes('tiles.example.invalid')).length;

describe('willkommen-partner-map: the list', () => {
  beforeEach(() => storage.clearAll());

  it('lists every partner with category, languages, address, contact and description', async () => {
    const element = await partnerMap(musterstadt);
    expect(items(element)).to.have.length(musterstadt.partners.features.length);
    const text = shadowText(element);
    expect(text).to.contain('Beispieldaten');
    expect(text).to.contain('Migrationsberatung Nord');
    expect(text).to.contain('Lindenweg 4');
    expect(text).to.contain('Arabisch'); // a language of advice, named in the visitor's language
    expect(text).to.contain('Kostenlose Beratung');
    const first = root(element).querySelector('.partner[data-id="mbe-nord"]')!;
    expect(!!(first.querySelector('.category svg'))).to.equal(true);
    expect(!!(first.querySelector('a[href="mailto:mbe-nord@example.org"]'))).to.equal(true);
    expect(!!(first.querySelector('.status.open'))).to.equal(true);
    // The light-DOM fallback stays for no-script visitors but is not rendered.
    expect(element.querySelector('a')!.getClientRects().length).to.equal(0);
  });

  it('at 300 px, keeps a wrapped website or e-mail address level with its label, not with its last line', async () => {
    // An inline-block's baseline is its last line: Safari drew such a value over the line above.
    for (const locale of ['en', 'ar']) {
      await applyLocale(locale);
      const wrapper = await fixture(html`<div style="width: 300px; font: 16px/1.5 sans-serif">
        <willkommen-partner-map config=${inlineConfig(musterstadt)} .now=${MONDAY_MORNING}></willkommen-partner-map>
      </div>`);
      const element = wrapper.querySelector('willkommen-partner-map') as WillkommenPartnerMap;
      await settled(element);
      const wrapped = [...root(element).querySelectorAll<HTMLAnchorElement>('.contact dd a')].filter(
        (link) => link.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(link).lineHeight),
      );
      expect(wrapped.length, `${locale}: some links wrap at this width`).to.be.greaterThan(0);
      for (const link of wrapped) {
        const label = link.closest('dd')!.previousElementSibling!;
        const lineHeight = parseFloat(getComputedStyle(label).lineHeight);
        expect(Math.abs(label.getBoundingClientRect().top - link.getBoundingClientRect().top), `${locale}: ${link.textContent}`).to.be.lessThan(lineHeight / 2);
      }
    }
    await applyLocale('de');
  });

  it('wraps a website\'s name left to right in an Arabic list, flush left like the address above it', async () => {
    await applyLocale('ar');
    try {
      const wrapper = await fixture(html`<div style="width: 260px; font: 16px/1.5 sans-serif">
        <willkommen-partner-map config=${inlineConfig(musterstadt)} .now=${MONDAY_MORNING}></willkommen-partner-map>
      </div>`);
      const element = wrapper.querySelector('willkommen-partner-map') as WillkommenPartnerMap;
      await settled(element);
      // The lines of each website's name: the rectangles of the link's visible text.
      const lines = [...root(element).querySelectorAll<HTMLAnchorElement>('.contact a[target="_blank"]')].map(textRects);
      const wrapped = lines.filter((rects) => new Set(rects.map((rect) => Math.round(rect.top))).size > 1);
      expect(wrapped.length, 'some names wrap at this width').to.be.greaterThan(0);
      for (const rects of wrapped) expect(new Set(rects.map((rect) => Math.round(rect.left))).size).to.equal(1);
    } finally {
      await applyLocale('de');
    }
  });

  it('has an icon for every preset category and a generic one for the config own', async () => {
    const element = await partnerMap(ownCategory);
    const sports = root(element).querySelector('.partner[data-id="' + ownCategory.partners.features[11].properties.id + '"]')!;
    expect(sports.textContent).to.contain('Sport und Freizeit');
    expect(!!(sports.querySelector('.category svg'))).to.equal(true);
    const icons = new Set(items(element).map((item) => item.querySelector('.category svg')!.innerHTML));
    expect(icons.size).to.be.greaterThan(10);
  });

  it('counts in the plural form of the language: Arabic zero, one, two and many', async () => {
    const element = await partnerMap(musterstadt, {locale: 'ar'});
    const count = () => root(element).querySelector('#count')!.textContent!.trim();
    expect(count()).to.equal(`${musterstadt.partners.features.length} خدمةً`); // 11-99: many
    await select(element, 'category', 'migration-counselling');
    expect(count()).to.equal('2 خدمتان'); // exactly two: the dual
    await select(element, 'language', 'fa');
    expect(count()).to.equal('1 خدمة');
    await select(element, 'category', '');
    await select(element, 'language', '');
    const search = root(element).querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'nichts dergleichen';
    search.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(count()).to.equal('0 خدمة');
  });

  it('empties its live region when the language changes, rather than keep a count in the old one', async () => {
    const element = await partnerMap(musterstadt);
    await select(element, 'category', 'migration-counselling');
    const region = root(element).querySelector('[role="status"]')!;
    expect(region.textContent).to.match(/2/);
    await applyLocale('en');
    await element.updateComplete;
    expect(region.textContent!.trim()).to.equal('');
    await applyLocale('de');
  });

  it('filters by category, language and name, and says how many it found', async () => {
    const element = await partnerMap(musterstadt);
    await select(element, 'category', 'migration-counselling');
    expect(itemIds(element).sort()).to.deep.equal(['mbe-nord', 'mbe-sued']);
    await select(element, 'language', 'fa');
    expect(itemIds(element)).to.deep.equal(['mbe-sued']);
    expect(root(element).querySelector('[role="status"]')!.textContent).to.match(/1/);
    await select(element, 'category', '');
    await select(element, 'language', '');
    const search = root(element).querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'süd';
    search.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(itemIds(element)).to.deep.equal(['mbe-sued']);
    search.value = 'nichts dergleichen';
    search.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(items(element)).to.have.length(0);
    expect(!!(root(element).querySelector('.empty'))).to.equal(true);
  });

  it('presets the category from its attribute', async () => {
    const element = await partnerMap(musterstadt, {category: 'legal'});
    expect(items(element).length).to.be.greaterThan(0);
    expect(items(element).every((item) => item.dataset.id && musterstadt.partners.features.find((partner) => partner.properties.id === item.dataset.id)!.properties.category === 'legal')).to.equal(true);
    expect(root(element).querySelector<HTMLSelectElement>('select[name="category"]')!.value).to.equal('legal');
  });

  it('tells the page once when its category attribute names no category of the config', async () => {
    const events: CustomEvent[] = [];
    const listener = (event: Event) => events.push(event as CustomEvent);
    document.addEventListener('willkommen-config-error', listener);
    try {
      const element = await partnerMap(musterstadt, {category: 'nope'});
      await new Promise((resolve) => setTimeout(resolve));
      expect(items(element).length).to.be.greaterThan(0); // the filter is ignored: every partner shows
      expect(events.map((event) => event.detail.issues[0].path)).to.deep.equal(['$.categories']);
    } finally {
      document.removeEventListener('willkommen-config-error', listener);
    }
  });

  it('finds Dari-speaking counselling near the office without any map', async () => {
    const element = await partnerMap(dariPartners);
    await select(element, 'language', 'prs');
    await select(element, 'sort', 'distance');
    const ids = itemIds(element);
    expect(ids).to.include('mbe-sued');
    const distances = items(element).map((item) => item.querySelector('.distance')!.textContent!);
    expect(distances.every((distance) => /\d/.test(distance))).to.equal(true);
    expect(root(element).querySelector('.leaflet-container') === null).to.equal(true);
    expect(tileRequests()).to.equal(0);
  });

  it('shows 20 partners of 1,000 and more on request, focusing the first new one', async () => {
    const element = await partnerMap(manyPartners);
    expect(items(element)).to.have.length(20);
    root(element).querySelector<HTMLButtonElement>('.more button')!.click();
    await element.updateComplete;
    await element.updateComplete;
    expect(items(element)).to.have.length(40);
    expect(active(element)?.closest('.partner') === items(element)[20]).to.equal(true);
  });

  it('is list-only without map.tiles', async () => {
    const element = await partnerMap(partnersListOnly);
    expect(root(element).querySelector('.consent') === null).to.equal(true);
    expect(root(element).querySelector('.map-area') === null).to.equal(true);
    expect(items(element).length).to.equal(musterstadt.partners.features.length);
  });

  it('can be used with the keyboard alone: search, filters, links', async () => {
    const element = await partnerMap(musterstadt);
    const search = root(element).querySelector<HTMLInputElement>('input[type="search"]')!;
    search.focus();
    await sendKeys({type: 'nord'});
    await element.updateComplete;
    expect(itemIds(element)).to.deep.equal(['mbe-nord']);
    await sendKeys({press: 'Tab'});
    expect(active(element)?.getAttribute('name')).to.equal('category');
    await sendKeys({press: 'Tab'});
    expect(active(element)?.getAttribute('name')).to.equal('language');
    await sendKeys({press: 'Tab'});
    expect(active(element)?.getAttribute('name')).to.equal('sort');
    await sendKeys({press: 'Tab'});
    expect(active(element)?.closest('.partner')?.getAttribute('data-id')).to.equal('mbe-nord');
  });

  for (const locale of ['de', 'en', 'ar']) {
    it(`has no axe violations (with target-size) in ${locale}, before consent`, async () => {
      const element = await partnerMap(partnerMapWithTiles, {locale});
      expect(element.getAttribute('dir')).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
      expect(await axeViolations(element)).to.deep.equal([]);
    });
  }
});

describe('willkommen-partner-map: the map after consent', () => {
  beforeEach(() => storage.clearAll());
  afterEach(() => storage.clearAll());

  it('asks first, naming the tile host, and loads nothing before the click', async () => {
    const element = await partnerMap();
    const consent = root(element).querySelector('.consent')!;
    expect(consent.textContent).to.contain('tiles.example.invalid');
    expect(root(element).querySelector('.leaflet-container') === null).to.equal(true);
    expect(tileRequests()).to.equal(0);
    expect(storage.keys()).to.deep.equal([]);
  });

  it('loads the map on the click, stores nothing unless asked, and leaves window.L alone', async () => {
    const element = await partnerMap();
    await loadMap(element);
    expect(!!(root(element).querySelector('.leaflet-container'))).to.equal(true);
    const markers = [...root(element).querySelectorAll<HTMLButtonElement>('.marker, .cluster')];
    expect(markers.length).to.be.greaterThan(0);
    for (const marker of markers) expect(marker.getAttribute('aria-label')).to.match(/\S/);
    expect(storage.keys()).to.deep.equal([]);
    expect((window as unknown as {L?: unknown}).L).to.equal(undefined);
    // The widget's own controls and attribution: no Leaflet control was created.
    expect(root(element).querySelector('.leaflet-control') === null).to.equal(true);
    expect(shadowText(element)).to.contain('Leaflet');
    // The map, focused once loaded, draws its focus ring inside itself: outside it covered the hint.
    const map = root(element).querySelector<HTMLElement>('.leaflet-container')!;
    map.focus();
    const style = getComputedStyle(map);
    const ringBottom = map.getBoundingClientRect().bottom + parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
    expect(ringBottom).to.be.at.most(root(element).querySelector('#map-hint')!.getBoundingClientRect().top);
  });

  it('draws the map anew when the config changes to one without a map and back (as an app changes the attribute)', async () => {
    const element = await partnerMap();
    await loadMap(element);
    element.setAttribute('config', inlineConfig(musterstadt));
    await settled(element);
    expect(root(element).querySelector('.map') === null, 'no map area without tiles').to.equal(true);
    element.setAttribute('config', inlineConfig(partnerMapWithTiles));
    await settled(element);
    // Not the old view in a container that is gone: the choice again, and a map from it.
    expect(!!root(element).querySelector('.consent'), 'the choice again').to.equal(true);
    await loadMap(element);
    expect(!!root(element).querySelector('.map.leaflet-container'), 'a map in the new container').to.equal(true);
  });

  it('remembers the choice only when ticked, and loads at once next time', async () => {
    const element = await partnerMap();
    await loadMap(element, true);
    expect(storage.keys()).to.deep.equal(['map-consent:tiles.example.invalid']);
    const again = await partnerMap();
    for (let attempt = 0; attempt < 200 && !root(again).querySelector('.leaflet-container'); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(root(again).querySelector('.consent') === null).to.equal(true);
    expect(!!(root(again).querySelector('.leaflet-container'))).to.equal(true);
    // "Do not load automatically" forgets it.
    await again.updateComplete;
    const forget = [...root(again).querySelectorAll<HTMLButtonElement>('.map-tools button')].at(-1)!;
    forget.focus();
    forget.click();
    expect(storage.keys()).to.deep.equal([]);
    // The button leaves; the focus stays on the map's tools, not back at the page's start.
    await again.updateComplete;
    await again.updateComplete;
    expect(forget.isConnected).to.equal(false);
    expect(active(again)?.closest('.map-tools') != null, `focus on ${active(again)?.outerHTML.slice(0, 60)}`).to.equal(true);
  });

  it('opens a popup from a marker with the keyboard, which takes focus; Escape returns it', async () => {
    const element = await partnerMap();
    await loadMap(element);
    const marker = root(element).querySelector<HTMLButtonElement>('.marker')!;
    marker.focus();
    expect(active(element) === marker, `focus on ${active(element)?.outerHTML.slice(0, 80)}`).to.equal(true);
    // A native <button>: Enter and Space activate it as a click. (Pressing them through
    // @web/test-runner-commands here makes this Chromium drop the page; the embed test presses
    // Enter on a marker through Playwright instead.)
    marker.click();
    await element.updateComplete;
    const popup = root(element).querySelector('.popup-body')!;
    expect(!!popup).to.equal(true);
    expect(active(element)?.closest('.popup-body') === popup, `focus on ${active(element)?.outerHTML.slice(0, 80)}`).to.equal(true);
    // Marker to list: the chosen partner is marked in the list.
    await element.updateComplete;
    expect(root(element).querySelector('.partner.selected')?.getAttribute('data-id')).to.equal(marker.dataset.id);
    await sendKeys({press: 'Escape'});
    await new Promise((resolve) => setTimeout(resolve, 300)); // Leaflet fades the popup out
    expect(root(element).querySelector('.popup-body') === null).to.equal(true);
    expect(active(element) === marker, `focus on ${active(element)?.outerHTML.slice(0, 80)}`).to.equal(true);
  });

  it('goes from the list to the marker and back', async () => {
    const element = await partnerMap();
    await loadMap(element);
    const item = root(element).querySelector<HTMLElement>('.partner[data-id="mbe-sued"]')!;
    item.querySelector<HTMLButtonElement>('.show-on-map button')!.click();
    const popup = root(element).querySelector('.popup-body')!;
    expect(popup.textContent).to.contain('Migrationsberatung Süd');
    expect(active(element)?.closest('.popup-body') === popup, `focus on ${active(element)?.outerHTML.slice(0, 80)}`).to.equal(true);
    popup.querySelector<HTMLButtonElement>('.popup-actions button')!.click();
    await element.updateComplete;
    await element.updateComplete;
    expect(active(element)?.closest('.partner')?.getAttribute('data-id')).to.equal('mbe-sued');
  });

  it('lets keyboard users skip past the map to the list', async () => {
    const element = await partnerMap();
    await loadMap(element);
    const skip = root(element).querySelector<HTMLButtonElement>('.skip')!;
    skip.focus();
    expect(skip.getBoundingClientRect().height).to.be.at.least(24);
    skip.click();
    expect(active(element)?.closest('.partner') === items(element)[0]).to.equal(true);
  });

  it('follows the filters on the map and zooms with its own buttons', async () => {
    const element = await partnerMap();
    await loadMap(element);
    await select(element, 'category', 'migration-counselling');
    await element.updateComplete;
    const labels = [...root(element).querySelectorAll('.marker')].map((marker) => marker.getAttribute('aria-label'));
    expect(labels).to.have.length(2);
    const zoomIn = root(element).querySelector<HTMLButtonElement>('.map-tools button')!;
    expect(zoomIn.textContent).to.match(/\S/);
    zoomIn.click();
  });

  it('groups 1,000 partners into far fewer buttons, each at least 24 px', async () => {
    const element = await partnerMap(manyPartners);
    await loadMap(element);
    const buttons = [...root(element).querySelectorAll<HTMLElement>('.marker, .cluster')];
    expect(buttons.length).to.be.lessThan(300);
    expect(!!(root(element).querySelector('.cluster'))).to.equal(true);
    for (const button of buttons.slice(0, 20)) {
      const box = button.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
    }
  });

  it('brings a marker that Tab reaches outside the visible map into view', async () => {
    await emulateMedia({reducedMotion: 'reduce'});
    try {
      const element = await partnerMap(partnerMapWithTiles);
      await loadMap(element);
      const map = root(element).querySelector<HTMLElement>('.leaflet-container')!;
      map.focus();
      // Leaflet pans 240 px a press with Shift, and ignores a press while the last pan still moves.
      await sendKeys({down: 'Shift'});
      for (let press = 0; press < 4; press++) {
        await sendKeys({press: 'ArrowLeft'});
        await new Promise((resolve) => setTimeout(resolve, 400));
      }
      await sendKeys({up: 'Shift'});
      const inside = (button: Element) => {
        const area = map.getBoundingClientRect(); // focusing may scroll the page
        const box = button.getBoundingClientRect();
        return box.left >= area.left && box.right <= area.right && box.top >= area.top && box.bottom <= area.bottom;
      };
      const markers = [...root(element).querySelectorAll<HTMLElement>('.marker, .cluster')];
      const outside = markers.find((marker) => !inside(marker));
      expect(!!outside, 'a marker out of view after the pan').to.equal(true);
      outside!.focus();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(inside(outside!)).to.equal(true);
    } finally {
      await emulateMedia({reducedMotion: 'no-preference'});
    }
  });

  it('marks a partner name that falls back to English with its language in the hidden part of "show on map"', async () => {
    const element = await partnerMap(partnerMapWithTiles, {locale: 'ar'});
    await loadMap(element);
    const hidden = root(element).querySelector('.show-on-map .visually-hidden')!;
    expect(hidden.querySelector('[lang="en"]'), hidden.innerHTML).to.not.equal(null);
    await applyLocale('de');
  });

  it('writes a group\'s count in Persian digits on the button, as its name says it', async () => {
    const element = await partnerMap(manyPartners, {locale: 'fa'});
    await loadMap(element);
    const cluster = root(element).querySelector<HTMLElement>('.cluster')!;
    const shown = cluster.textContent!.trim();
    expect(shown).to.match(/^[۰-۹]+$/);
    expect(cluster.getAttribute('aria-label')).to.contain(shown); // axe label-content-name-mismatch
    await applyLocale('de');
  });

  it('turns the map animations off for visitors who ask for reduced motion', async () => {
    await emulateMedia({reducedMotion: 'reduce'});
    try {
      const element = await partnerMap();
      await loadMap(element);
      const map = root(element).querySelector('.leaflet-container')!;
      expect(map.classList.contains('leaflet-fade-anim')).to.equal(false);
      // Leaflet draws a zoom-animation proxy only when zoom animation is on.
      expect(root(element).querySelector('.leaflet-proxy') === null).to.equal(true);
    } finally {
      await emulateMedia({reducedMotion: 'no-preference'});
    }
    const animated = await partnerMap();
    await loadMap(animated);
    expect(root(animated).querySelector('.leaflet-container')!.classList.contains('leaflet-fade-anim')).to.equal(true);
    expect(root(animated).querySelector('.leaflet-proxy') !== null).to.equal(true);
  });

  it('moves the map with the arrow keys at once, without gliding, for visitors who ask for reduced motion', async () => {
    await emulateMedia({reducedMotion: 'reduce'});
    try {
      const element = await partnerMap(partnerMapWithTiles);
      await loadMap(element);
      const container = root(element).querySelector<HTMLElement>('.leaflet-container')!;
      const pane = root(element).querySelector<HTMLElement>('.leaflet-map-pane')!;
      const before = pane.style.transform;
      container.focus();
      await sendKeys({press: 'ArrowRight'});
      await new Promise(requestAnimationFrame);
      const next = pane.style.transform;
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(next).to.not.equal(before);
      expect(pane.style.transform, 'where the pan ended').to.equal(next);
    } finally {
      await emulateMedia({reducedMotion: 'no-preference'});
    }
  });

  for (const locale of ['de', 'en', 'ar']) {
    it(`has no axe violations (with target-size) in ${locale}, after consent`, async () => {
      const element = await partnerMap(partnerMapWithTiles, {locale});
      await loadMap(element);
      expect(await axeViolations(element)).to.deep.equal([]);
    });
  }
});
