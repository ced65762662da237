/// <reference types="mocha" />
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import '../../src/index.js';
import {applyLocale} from '../../src/localization.js';
import type {WillkommenDocumentFinder} from '../../src/widgets/document-finder/document-finder.js';
import type {WillkommenChecklist} from '../../src/widgets/checklist/checklist.js';
import {multilingualDocuments, musterstadt} from '../fixtures/configs.js';
import {axeViolations, inlineConfig, settled, shadowText} from './helpers.js';

// These tests read config texts (document names, the office's phone) and the structure (ids, ARIA
// state), not the UI strings, so they hold in English and Arabic before the translations are merged.

async function finder(options: {locale?: string; service?: string; config?: unknown} = {}) {
  await applyLocale(options.locale ?? 'de');
  const element = await fixture<WillkommenDocumentFinder>(
    html`<willkommen-document-finder config=${inlineConfig(options.config ?? musterstadt)} service=${options.service ?? ''}>
      <p>Unterlagen: <a href="/unterlagen">Liste des Amtes</a></p>
    </willkommen-document-finder>`,
  );
  await settled(element);
  return element;
}

const root = (element: Element) => element.shadowRoot!;
const field = (element: Element) => root(element).querySelector<HTMLInputElement>('input[type="search"]')!;
const results = (element: Element) => [...root(element).querySelectorAll<HTMLLIElement>('.document')].map((item) => item.dataset.id!);
const toggleOf = (element: Element, id: string) => root(element).querySelector<HTMLButtonElement>(`#toggle-${id}`)!;
/** The id of the focused control inside the finder (ids, not elements: a failing comparison of two
 * elements makes chai format whole DOM trees, which stalls the runner). */
const focused = (element: Element) => (root(element).activeElement as HTMLElement | null)?.id ?? '(nothing)';
const liveRegion = (element: Element) => root(element).querySelector('[role="status"]')!;

async function type(element: WillkommenDocumentFinder, text: string) {
  field(element).focus();
  await sendKeys({type: text});
  await element.updateComplete;
}

/** The live region speaks once typing pauses for a second. */
async function typingPause(element: WillkommenDocumentFinder) {
  await new Promise((resolve) => setTimeout(resolve, 1100));
  await element.updateComplete;
}

async function press(element: WillkommenDocumentFinder, key: string) {
  await sendKeys({press: key});
  await element.updateComplete;
}

/** Leaves the test page's URL as it was (the tests set hashes to test the deep link). */
function clearHash() {
  history.replaceState(null, '', location.pathname + location.search);
}

describe('willkommen-document-finder', () => {
  afterEach(clearHash);

  it('marks each case in the filter box with the language its name is in', async () => {
    // The default profile names its cases in German and English: on a Ukrainian page they fall back.
    const element = await finder({locale: 'uk', config: musterstadt});
    const options = [...element.shadowRoot!.querySelectorAll<HTMLOptionElement>('#service option[value]:not([value=""])')];
    expect(options.length).to.be.greaterThan(3);
    expect(options.map((option) => option.lang)).to.deep.equal(options.map(() => 'en'));
    const arabic = await finder({locale: 'ar', config: musterstadt});
    expect(arabic.shadowRoot!.querySelector<HTMLOptionElement>('#service option[value="extension"]')!.dir).to.equal('ltr');
    await applyLocale('de');
  });

  it('lists every document A–Z with the count, and hides the fallback', async () => {
    const element = await finder();
    const names = [...root(element).querySelectorAll('.document .name')].map((name) => name.textContent!.trim());
    expect(names).to.have.length(musterstadt.documents.length);
    expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b, 'de')));
    expect(root(element).querySelector('#count')!.textContent).to.contain(String(musterstadt.documents.length));
    expect(root(element).querySelector('[role="search"] label')!.getAttribute('for')).to.equal('query');
    // Closed disclosures with their panels named.
    const toggle = toggleOf(element, 'passport');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(root(element).getElementById(toggle.getAttribute('aria-controls')!)!.hidden).to.equal(true);
    expect(element.querySelector('p')!.getClientRects().length).to.equal(0);
  });

  it('is styled: a padded box, 24 px targets at least, a focus ring, a forced-colours-safe marker', async () => {
    const element = await finder();
    const box = root(element).querySelector('[part="finder"]')!;
    expect(getComputedStyle(box).paddingTop).to.not.equal('0px');
    for (const target of root(element).querySelectorAll<HTMLElement>('button, input, select')) {
      const {width, height} = target.getBoundingClientRect();
      expect(Math.min(width, height), target.className || target.localName).to.be.at.least(24);
    }
    // The open/closed marker is a text glyph (forced colours paint it), hidden from screen readers.
    const chevron = root(element).querySelector('.chevron')!;
    expect(chevron.getAttribute('aria-hidden')).to.equal('true');
    expect(getComputedStyle(chevron, '::before').content).to.equal('"▸"');
    field(element).focus();
    await press(element, 'ArrowDown');
    const first = root(element).querySelector<HTMLButtonElement>('button.toggle')!;
    expect(focused(element)).to.equal(first.id);
    expect(getComputedStyle(first).outlineStyle).to.equal('solid');
    // Opened, its focus ring ends above the first line of its panel instead of covering it.
    await press(element, 'Enter');
    const style = getComputedStyle(first);
    const ringBottom = first.getBoundingClientRect().bottom + parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
    const text = root(element).querySelector(`#panel-${first.id.replace('toggle-', '')} p, #panel-${first.id.replace('toggle-', '')} dt`)!;
    const range = document.createRange();
    range.selectNodeContents(text);
    expect(ringBottom).to.be.at.most(range.getBoundingClientRect().top);
  });

  it('finds "anmeldung" while typing, best first, and announces the count politely once typing pauses', async () => {
    const element = await finder();
    expect(liveRegion(element).textContent!.trim()).to.equal('');
    const said: string[] = [];
    const listener = new MutationObserver(() => said.push(liveRegion(element).textContent!.trim()));
    listener.observe(liveRegion(element), {subtree: true, childList: true, characterData: true});
    await type(element, 'anmeldung');
    expect(results(element)[0]).to.equal('registration-certificate');
    expect(focused(element)).to.equal('query'); // focus stays in the field as the results change
    expect(said.filter(Boolean)).to.deep.equal([]); // nothing per keystroke
    await typingPause(element);
    listener.disconnect();
    expect(liveRegion(element).getAttribute('aria-live')).to.equal('polite');
    expect(said.filter(Boolean)).to.deep.equal([liveRegion(element).textContent!.trim()]);
    expect(liveRegion(element).textContent).to.contain(String(results(element).length));
    // A typo is forgiven.
    field(element).select();
    await type(element, 'Meldebeschinigung');
    expect(results(element)[0]).to.equal('registration-certificate');
  });

  it('moves through the results with the arrow keys, opens one, and Escape clears back to the field', async () => {
    const element = await finder();
    await type(element, 'bescheinigung');
    const found = results(element);
    expect(found.length).to.be.greaterThan(2);
    await press(element, 'ArrowDown');
    expect(focused(element)).to.equal(`toggle-${found[0]!}`);
    await press(element, 'ArrowDown');
    expect(focused(element)).to.equal(`toggle-${found[1]!}`);
    await press(element, 'End');
    expect(focused(element)).to.equal(`toggle-${found.at(-1)!}`);
    await press(element, 'Home');
    expect(focused(element)).to.equal(`toggle-${found[0]!}`);
    await press(element, 'Enter');
    const toggle = toggleOf(element, found[0]!);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const panel = root(element).getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(panel.hidden).to.equal(false);
    expect(panel.querySelector('dd')!.textContent!.trim().length).to.be.greaterThan(0);
    await press(element, 'Space');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await press(element, 'ArrowUp');
    expect(focused(element)).to.equal('query');
    await press(element, 'ArrowDown');
    await press(element, 'Escape');
    expect(field(element).value).to.equal('');
    expect(focused(element)).to.equal('query');
    expect(results(element)).to.have.length(musterstadt.documents.length);
  });

  it('keeps the focus on an open document while the list around it changes', async () => {
    const element = await finder();
    await type(element, 'Reisepass');
    await press(element, 'ArrowDown');
    const passport = toggleOf(element, 'passport');
    expect(focused(element)).to.equal('toggle-passport');
    // The case filter changes the list; the same button (keyed) keeps the focus.
    const select = root(element).querySelector('select')!;
    select.value = 'extension';
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(toggleOf(element, 'passport') === passport).to.equal(true);
    expect(focused(element)).to.equal('toggle-passport');
  });

  it('shows the document: German term beside the name, where to get it, the link, the cases', async () => {
    const element = await finder({locale: 'en', config: multilingualDocuments});
    toggleOf(element, 'housing-proof').click();
    await element.updateComplete;
    const item = root(element).querySelector('.document[data-id="housing-proof"]')!;
    expect(item.querySelector('.name')!.textContent).to.contain('Proof of adequate housing');
    const official = item.querySelector('.official')!;
    expect(official.getAttribute('lang')).to.equal('de');
    expect(official.textContent).to.contain('Nachweis über ausreichenden Wohnraum');
    expect(item.querySelector('.panel')!.textContent).to.contain('Your landlord or the housing office');
    const link = item.querySelector<HTMLAnchorElement>('.link a')!;
    expect(link.href).to.equal('https://www.musterstadt.example.org/wohnraum');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(link.target).to.equal('_blank');
    // No checklist on the page: the cases are named, not linked.
    expect(item.querySelector('.services')!.textContent).to.contain('Family reunification');
    expect(item.querySelector('.services a')).to.equal(null);
  });

  it('marks text in another language with its own lang in Arabic, and sets dir=rtl', async () => {
    const element = await finder({locale: 'ar'});
    expect(element.getAttribute('dir')).to.equal('rtl');
    const name = root(element).querySelector('.document[data-id="passport"] .name')!;
    expect(name.querySelector('[lang="en"]')!.textContent).to.equal('Passport');
    expect(root(element).querySelector('.document[data-id="passport"] .official')!.getAttribute('lang')).to.equal('de');
    // The German term starts where its Arabic name starts, on the right, not at the far left.
    const textRight = (node: Element) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return range.getBoundingClientRect().right;
    };
    const official = root(element).querySelector('.document[data-id="passport"] .official')!;
    expect(Math.abs(textRight(official) - textRight(name))).to.be.lessThan(1);
    // Where to get it: "Citizens' office (Bürgeramt)" says the German word already; it is not repeated.
    toggleOf(element, 'registration-certificate').click();
    await element.updateComplete;
    const where = root(element).querySelector('#panel-registration-certificate dd')!;
    expect(where.textContent!.match(/Bürgeramt/g)).to.have.length(1);
    await applyLocale('de');
  });

  it('brings a document opened at the bottom edge of the screen into view', async () => {
    await setViewport({width: 800, height: 400});
    try {
      const element = await finder();
      const toggle = toggleOf(element, 'passport');
      toggle.scrollIntoView({block: 'end'}); // the name on the screen's last line
      toggle.focus();
      await sendKeys({press: 'Enter'});
      await element.updateComplete;
      const panel = root(element).getElementById(toggle.getAttribute('aria-controls')!)!;
      // Most of the text shows, and the name stays on screen above it.
      expect(panel.getBoundingClientRect().top, 'the text starts well above the bottom edge').to.be.lessThan(window.innerHeight * 0.6);
      expect(toggle.getBoundingClientRect().top).to.be.at.least(0);
    } finally {
      await setViewport({width: 800, height: 600});
    }
  });

  it('empties its live region when the language changes, rather than keep a count in the old one', async () => {
    const element = await finder();
    await type(element, 'pass');
    await typingPause(element);
    expect(liveRegion(element).textContent).to.contain('gefunden');
    await applyLocale('en');
    await element.updateComplete;
    // Left as it was, "7 Dokumente gefunden" sat under lang="en" and was read with an English voice.
    expect(liveRegion(element).textContent!.trim()).to.equal('');
    await applyLocale('de');
  });

  it('finds Arabic, Persian and Cyrillic queries from the keyboard', async () => {
    const element = await finder({locale: 'ar', config: multilingualDocuments});
    await type(element, 'مسكن');
    expect(results(element)[0]).to.equal('housing-proof');
    field(element).select();
    await type(element, 'паспорт');
    expect(results(element)[0]).to.equal('passport');
  });

  it('says when nothing is found, with the office phone and email, and leads back to all', async () => {
    const element = await finder();
    await type(element, 'xyzzyqq');
    expect(results(element)).to.deep.equal([]);
    const empty = root(element).querySelector('[part="no-results"]')!;
    const office = musterstadt.offices[0]!;
    expect(empty.querySelector('a[href^="tel:"]')!.textContent).to.equal(office.phone);
    expect(empty.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!.href).to.equal(`mailto:${office.email}`);
    await typingPause(element);
    expect(liveRegion(element).textContent!.trim().length).to.be.greaterThan(0);
    empty.querySelector<HTMLButtonElement>('button')!.focus();
    await press(element, 'Enter');
    await element.updateComplete;
    expect(results(element)).to.have.length(musterstadt.documents.length);
    expect(focused(element)).to.equal('query');
  });

  it('presets the case filter from the service attribute', async () => {
    const element = await finder({service: 'studies'});
    const studies = musterstadt.services.find((service) => service.id === 'studies')!;
    expect(root(element).querySelector('select')!.value).to.equal('studies');
    expect(results(element).sort()).to.deep.equal([...new Set(studies.documents.map((entry) => entry.ref))].sort());
  });

  it('lists and counts all documents when the service attribute names a case the config lacks', async () => {
    const element = await finder({service: 'nope'});
    expect(results(element)).to.have.length(musterstadt.documents.length);
    expect(root(element).querySelector('select')!.value).to.equal('');
    expect(shadowText(element)).to.contain(`Alle Dokumente, A–Z: ${musterstadt.documents.length}`);
  });

  it('suggests frequent documents, and a suggestion opens its document with the focus on it', async () => {
    const element = await finder();
    const suggestion = root(element).querySelector<HTMLButtonElement>('button.suggestion')!;
    expect(suggestion.textContent).to.contain('Reisepass');
    suggestion.click();
    await element.updateComplete;
    expect(toggleOf(element, 'passport').getAttribute('aria-expanded')).to.equal('true');
    expect(focused(element)).to.equal('toggle-passport');
  });

  it('opens the document of a deep link on load and on hashchange, even past a filter', async () => {
    location.hash = 'willkommen-doc=blocked-account';
    const element = await finder({service: 'extension'});
    await element.updateComplete;
    expect(toggleOf(element, 'blocked-account').getAttribute('aria-expanded')).to.equal('true');
    expect(focused(element)).to.equal('toggle-blocked-account');
    expect(root(element).querySelector('select')!.value).to.equal('');

    const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, {once: true}));
    location.hash = 'willkommen-doc=divorce-decree';
    await changed;
    await element.updateComplete;
    await element.updateComplete;
    expect(toggleOf(element, 'divorce-decree').getAttribute('aria-expanded')).to.equal('true');
    expect(focused(element)).to.equal('toggle-divorce-decree');
  });

  it('a deep link to an id the config lacks: its words in the search, the focus there, the results below', async () => {
    location.hash = 'willkommen-doc=marriage-cert';
    const original = console.warn;
    console.warn = () => {};
    try {
      const element = await finder();
      await element.updateComplete;
      expect(field(element).value).to.equal('marriage cert');
      expect(focused(element)).to.equal('query');
      expect(results(element)).to.include('marriage-certificate');
    } finally {
      console.warn = original;
    }
  });

  it('never writes the page URL or history while the visitor searches and opens documents', async () => {
    const element = await finder();
    const before = {length: history.length, url: location.href};
    await type(element, 'urkunde');
    await press(element, 'ArrowDown');
    await press(element, 'Enter');
    await press(element, 'ArrowDown');
    await press(element, 'Enter');
    await press(element, 'Escape');
    expect({length: history.length, url: location.href}).to.deep.equal(before);
  });

  it('links the cases to the checklist on the page, and opens the case there', async () => {
    await applyLocale('de');
    const config = inlineConfig(musterstadt);
    const wrapper = await fixture(html`<div>
      <willkommen-document-finder config=${config}></willkommen-document-finder>
      <willkommen-checklist config=${config}></willkommen-checklist>
    </div>`);
    const element = wrapper.querySelector('willkommen-document-finder')!;
    const checklist = wrapper.querySelector('willkommen-checklist') as WillkommenChecklist;
    await settled(element);
    await settled(checklist);
    const before = location.href;
    toggleOf(element, 'blocked-account').click();
    await element.updateComplete;
    const link = root(element).querySelector<HTMLAnchorElement>('.document[data-id="blocked-account"] .services a')!;
    expect(link.getAttribute('href')).to.equal(`${location.href.split('#')[0]}#willkommen-service=studies`);
    link.click();
    for (let attempt = 0; attempt < 20 && checklist.service !== 'studies'; attempt++) await new Promise((resolve) => setTimeout(resolve, 10));
    await checklist.updateComplete;
    expect(checklist.service).to.equal('studies');
    expect(checklist.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.contain('Studium');
    expect(checklist.shadowRoot!.activeElement?.getAttribute('part')).to.equal('heading');
    expect(location.href).to.equal(before);
  });

  it('the checklist\'s link to a document opens it here, and leaves the page URL to the app', async () => {
    await applyLocale('de');
    const config = inlineConfig(musterstadt);
    const wrapper = await fixture(html`<div>
      <willkommen-checklist config=${config} service="extension"></willkommen-checklist>
      <willkommen-document-finder config=${config}></willkommen-document-finder>
    </div>`);
    const element = wrapper.querySelector('willkommen-document-finder')!;
    const checklist = wrapper.querySelector('willkommen-checklist') as WillkommenChecklist;
    await settled(element);
    await settled(checklist);
    const before = {url: location.href, length: history.length};
    const link = checklist.shadowRoot!.querySelector<HTMLAnchorElement>('.item[data-ref="passport"] .more a')!;
    expect(link.getAttribute('href')).to.equal(`${location.href.split('#')[0]}#willkommen-doc=passport`);
    link.click();
    await element.updateComplete;
    await element.updateComplete;
    expect(toggleOf(element, 'passport').getAttribute('aria-expanded')).to.equal('true');
    expect(focused(element)).to.equal('toggle-passport');
    expect({url: location.href, length: history.length}).to.deep.equal(before);
  });

  it('a finder an app moves in the page does not open the deep-linked document again', async () => {
    location.hash = 'willkommen-doc=birth-certificate';
    const element = await finder();
    await element.updateComplete;
    expect(toggleOf(element, 'birth-certificate').getAttribute('aria-expanded')).to.equal('true');
    toggleOf(element, 'birth-certificate').click();
    await element.updateComplete;
    // The app's layout changes: the same element, elsewhere in the page.
    const elsewhere = document.createElement('section');
    element.parentElement!.append(elsewhere);
    elsewhere.append(element);
    await element.updateComplete;
    await type(element, 'reisep');
    expect(field(element).value).to.equal('reisep');
    expect(focused(element)).to.equal('query');
    expect(toggleOf(element, 'birth-certificate')?.getAttribute('aria-expanded') ?? 'false').to.equal('false');
  });

  for (const locale of ['de', 'en', 'ar']) {
    it(`has no axe violations (with target-size) in ${locale}: browse, open document, no results`, async () => {
      const element = await finder({locale, config: multilingualDocuments});
      expect(await axeViolations(element)).to.deep.equal([]);
      toggleOf(element, 'housing-proof').click();
      toggleOf(element, 'passport').click();
      await element.updateComplete;
      expect(await axeViolations(element)).to.deep.equal([]);
      await type(element, 'xyzzyqq');
      expect(root(element).querySelector('[part="no-results"]')).to.not.equal(null);
      expect(await axeViolations(element)).to.deep.equal([]);
    });
  }
});
