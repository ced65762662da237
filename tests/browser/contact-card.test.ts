/// <reference types="mocha" />
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/index.js';
import {applyLocale} from '../../src/localization.js';
import type {WillkommenContactCard} from '../../src/widgets/contact-card/contact-card.js';
import {brokenConfig, configWith, germanOnly, musterstadt, ownOffice, walkInOffice} from '../fixtures/configs.js';
import {axeViolations, inlineConfig, settled, shadowText, textRects} from './helpers.js';

// Berlin is UTC+2 in June: these instants are Monday 10:30 and Wednesday 10:00 office time.
const MONDAY_MORNING = new Date('2026-06-01T08:30:00Z');
const WEDNESDAY_MORNING = new Date('2026-06-03T08:00:00Z');

async function card(config: unknown = musterstadt, now = MONDAY_MORNING, locale = 'de') {
  await applyLocale(locale);
  const element = await fixture<WillkommenContactCard>(
    html`<willkommen-contact-card config=${inlineConfig(config)} .now=${now}>
      <a href="https://www.musterstadt.example.org/kontakt">Kontakt</a>
    </willkommen-contact-card>`,
  );
  await settled(element);
  return element;
}

describe('willkommen-contact-card', () => {
  it('shows the office, marks example data and hides its fallback content', async () => {
    const element = await card();
    const text = shadowText(element);
    expect(text).to.contain('Ausländerbehörde Musterstadt');
    expect(text).to.contain('Beispieldaten');
    expect(element.shadowRoot!.querySelector('slot')).to.equal(null);
    // The light-DOM fallback is still there for no-script visitors but not rendered.
    expect(element.querySelector('a')!.getClientRects().length).to.equal(0);
  });

  it('says open now and when it closes, in office time', async () => {
    const element = await card(musterstadt, MONDAY_MORNING);
    const status = element.shadowRoot!.querySelector('[part="status"]')!;
    expect(status.textContent!.replace(/\s+/g, ' ')).to.contain('Jetzt geöffnet');
    expect(status.textContent).to.contain('schließt um 12:00');
  });

  it('skips a holiday when it says when the office opens again', async () => {
    // Thursday 4 June 2026 is Corpus Christi in North Rhine-Westphalia: the next opening is Friday.
    const element = await card(musterstadt, WEDNESDAY_MORNING);
    const status = element.shadowRoot!.querySelector('[part="status"]')!.textContent!.replace(/\s+/g, ' ');
    expect(status).to.contain('Jetzt geschlossen');
    expect(status).to.contain('öffnet Freitag um 8:00');
    const today = element.shadowRoot!.querySelector('tr[aria-current="date"]')!;
    expect(today.textContent).to.contain('Mittwoch');
    expect(shadowText(element)).to.contain('Fronleichnam');
  });

  it('says tomorrow, a weekday, or after a long closure the date', async () => {
    const statusOf = async (now: Date) =>
      (await card(musterstadt, now)).shadowRoot!.querySelector('[part="status"]')!.textContent!.replace(/\s+/g, ' ');
    // Monday 13:00: closed since noon, open again Tuesday morning.
    expect(await statusOf(new Date('2026-06-01T11:00:00Z'))).to.contain('öffnet morgen um 8:00');
    // Wednesday 23 December: the year-end closure and New Year follow; next opening Monday 4 January.
    const status = await statusOf(new Date('2026-12-23T12:00:00Z'));
    expect(status).to.contain('öffnet am');
    expect(status).to.contain('4. Januar');
    expect(shadowText(await card(musterstadt, new Date('2026-12-23T12:00:00Z')))).to.contain('Betriebsruhe zum Jahresende, geschlossen');
  });

  it('puts its section headings under the office name at the level the page asks for', async () => {
    const levels = async (attribute?: string) => {
      await applyLocale('de');
      // 23 December: the closures and holidays ahead have their own heading, one level deeper.
      const element = await fixture<WillkommenContactCard>(
        html`<willkommen-contact-card config=${inlineConfig(musterstadt)} heading-level=${attribute ?? ''} .now=${new Date('2026-12-23T12:00:00Z')}></willkommen-contact-card>`,
      );
      await settled(element);
      return [...element.shadowRoot!.querySelectorAll('[role="heading"], h1, h2, h3, h4, h5, h6')].map(
        (heading) => `${heading.getAttribute('aria-level') ?? heading.tagName[1]} ${heading.textContent!.trim()}`,
      );
    };
    expect(await levels()).to.deep.equal([
      '2 Ausländerbehörde Musterstadt',
      '3 Adresse',
      '3 Kontakt',
      '3 Öffnungszeiten',
      '4 Feiertage und Schließtage',
      '3 Wir sprechen diese Sprachen',
    ]);
    expect((await levels('4')).map((line) => line.slice(0, 1))).to.deep.equal(['4', '5', '5', '5', '6', '5']);
    expect((await levels('6')).map((line) => line.slice(0, 1))).to.deep.equal(['6', '6', '6', '6', '6', '6']);
  });

  it('lists a closure of several days as one range, to its end even beyond the four weeks', async () => {
    // Sunday 29 November: the four weeks listed end on 27 December, the closure on the 31st.
    const element = await card(musterstadt, new Date('2026-11-29T09:00:00Z'));
    const entries = [...element.shadowRoot!.querySelectorAll('.upcoming li')].map((item) => item.textContent!.replace(/\s+/g, ' ').trim());
    expect(entries).to.deep.equal(['Do., 24. Dezember – Do., 31. Dezember: Betriebsruhe zum Jahresende, geschlossen']);
  });

  it('at 300 px, keeps a wrapped email level with its label and each range of times on one line', async () => {
    for (const locale of ['en', 'ar']) {
      await applyLocale(locale);
      // Thursday: two ranges, which wrap in Arabic at this width.
      const wrapper = await fixture(html`<div style="width: 300px; font: 16px/1.5 sans-serif">
        <willkommen-contact-card config=${inlineConfig(musterstadt)} .now=${new Date('2026-06-11T08:00:00Z')}></willkommen-contact-card>
      </div>`);
      const element = wrapper.querySelector('willkommen-contact-card') as WillkommenContactCard;
      await settled(element);
      const root = element.shadowRoot!;
      const email = root.querySelector<HTMLAnchorElement>('.contact a[href^="mailto:"]')!;
      const label = email.closest('dd')!.previousElementSibling!;
      const lineHeight = parseFloat(getComputedStyle(label).lineHeight);
      expect(email.getBoundingClientRect().height, `${locale}: the address wraps at this width`).to.be.greaterThan(1.5 * lineHeight);
      // The label sits on the first line of the address, not on its last.
      expect(Math.abs(label.getBoundingClientRect().top - email.getBoundingClientRect().top), locale).to.be.lessThan(lineHeight / 2);
      for (const range of root.querySelectorAll('td .range')) {
        // One rectangle per direction run ("8:00", "ص", "–", ...), all on one line.
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        expect(lines.size, `${locale}: "${range.textContent}" on one line`).to.equal(1);
      }
    }
    await applyLocale('de');
  });

  it('on a phone with 18 px text, keeps today\'s weekday whole beside its hours', async () => {
    // Thursday: the longest German weekday, in bold, with its "heute" badge.
    for (const width of [320, 300, 280, 260]) {
      const wrapper = await fixture(html`<div style="width: ${width}px; font: 18px/1.8 serif">
        <willkommen-contact-card config=${inlineConfig(musterstadt)} .now=${new Date('2026-06-11T08:00:00Z')}></willkommen-contact-card>
      </div>`);
      const element = wrapper.querySelector('willkommen-contact-card') as WillkommenContactCard;
      await settled(element);
      const weekday = [...element.shadowRoot!.querySelector('tr.today th')!.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())!;
      expect(weekday.textContent!.trim()).to.equal('Donnerstag');
      const range = document.createRange();
      range.selectNodeContents(weekday);
      const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
      expect(lines.size, `"Donnerstag" at ${width} px`).to.equal(1);
    }
  });

  it('at 8em wide (256 px with 200 % text), lets a closure\'s date wrap inside the card', async () => {
    const wrapper = await fixture(html`<div style="width: 8em; font: 16px/1.5 sans-serif">
      <willkommen-contact-card config=${inlineConfig(musterstadt)} .now=${new Date('2026-12-23T12:00:00Z')}></willkommen-contact-card>
    </div>`);
    const element = wrapper.querySelector('willkommen-contact-card') as WillkommenContactCard;
    await settled(element);
    const card = element.shadowRoot!.querySelector('.card')!.getBoundingClientRect();
    const dates = [...element.shadowRoot!.querySelectorAll('.upcoming .date')];
    expect(dates.length).to.be.greaterThan(0);
    for (const date of dates) expect(date.getBoundingClientRect().right, date.textContent!).to.be.at.most(card.right);
  });

  it('offers booking, phone, email and map links that are safe', async () => {
    const element = await card();
    const links = [...element.shadowRoot!.querySelectorAll('a')];
    const hrefs = links.map((link) => link.getAttribute('href'));
    expect(hrefs).to.include('tel:+499999123-0'.replace('-', ''));
    expect(hrefs).to.include('mailto:auslaenderbehoerde@musterstadt.example.org');
    for (const link of links.filter((candidate) => candidate.target === '_blank')) {
      expect(link.rel).to.equal('noopener noreferrer');
    }
    expect(element.shadowRoot!.querySelector('[part="book"]')!.getAttribute('href')).to.equal('https://termine.musterstadt.example.org');
  });

  it('names the languages spoken at the counter in the visitor language', async () => {
    const german = await card(musterstadt, MONDAY_MORNING, 'de');
    expect(shadowText(german)).to.contain('Arabisch');
    const english = await card(musterstadt, MONDAY_MORNING, 'en');
    expect(shadowText(english)).to.contain('Arabic');
  });

  it('switches to Arabic right to left and marks content that falls back to another language', async () => {
    const element = await card(germanOnly, MONDAY_MORNING, 'ar');
    expect(element.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(element.shadowRoot!.querySelector('.card')!).direction).to.equal('rtl');
    const name = element.shadowRoot!.querySelector('[part="heading"] [lang]')!;
    expect(name.getAttribute('lang')).to.equal('de');
    expect(name.textContent).to.contain('Ausländerbehörde');
    await applyLocale('de');
    await element.updateComplete;
    expect(element.getAttribute('dir')).to.equal('ltr');
    expect(element.shadowRoot!.querySelector('[part="heading"] [lang]')).to.equal(null);
  });

  it('separates the time ranges of one day with the comma of the language', async () => {
    // Thursday opens 08:00-12:00 and 14:00-18:00: the one day with two ranges (four times). A week
    // without Corpus Christi, which closes the Thursday of MONDAY_MORNING's week in North Rhine-Westphalia.
    const monday = new Date('2026-06-08T08:30:00Z');
    const twoRanges = (element: WillkommenContactCard) =>
      [...element.shadowRoot!.querySelectorAll('td')].find((cell) => cell.querySelectorAll('bdi').length === 4)!.textContent!;
    expect(twoRanges(await card(musterstadt, monday, 'de'))).to.match(/12:00, 14:00/);
    expect(twoRanges(await card(musterstadt, monday, 'ar'))).to.match(/\d م، \d/);
    expect(twoRanges(await card(musterstadt, monday, 'fa'))).to.match(/۱۲:۰۰، ۱۴:۰۰/);
    expect(twoRanges(await card(musterstadt, monday, 'ti'))).to.match(/12:00፣ 14:00/);
    await applyLocale('de');
  });

  it('leaves out the example notice for an own office and the appointment note for walk-ins', async () => {
    expect(shadowText(await card(ownOffice))).not.to.contain('Beispieldaten');
    const walkIn = shadowText(await card(walkInOffice));
    expect(walkIn).not.to.contain('Nur mit Termin');
  });

  it('reports a broken config with JSON paths, shows a message and its fallback', async () => {
    await applyLocale('de');
    const events: CustomEvent[] = [];
    const listener = (event: Event) => events.push(event as CustomEvent);
    document.addEventListener('willkommen-config-error', listener);
    const element = await fixture<WillkommenContactCard>(
      html`<willkommen-contact-card config=${inlineConfig(brokenConfig)}><a href="/kontakt">Kontakt</a></willkommen-contact-card>`,
    );
    await settled(element);
    document.removeEventListener('willkommen-config-error', listener);
    expect(shadowText(element)).to.contain('fehlerhaft');
    expect(element.shadowRoot!.querySelector('slot')).not.to.equal(null);
    const paths = events[0].detail.issues.map((issue: {path: string}) => issue.path);
    expect(paths).to.include('$.offices[0].phone');
    expect(paths).to.include('$.offices[0].address.postalCode');
    expect(paths).to.include('$.offices[0].website');
  });

  it('opening hours it cannot read: the rest of the card, a message where the hours would be, and the page hears of it', async () => {
    await applyLocale('de');
    const events: CustomEvent[] = [];
    const listener = (event: Event) => events.push(event as CustomEvent);
    document.addEventListener('willkommen-config-error', listener);
    const original = console.error;
    console.error = () => {};
    try {
      const typo = configWith((config) => {
        config.offices[0].openingHours = 'Mo-Fr 8-12 Uhr';
      });
      const element = await card(typo);
      const hours = element.shadowRoot!.querySelector('.hours')!;
      expect(hours.querySelector('[role="heading"]')!.textContent).to.contain('Öffnungszeiten');
      expect(hours.querySelector('[part="error"]')!.textContent).to.contain('fehlerhaft');
      expect(element.shadowRoot!.querySelector('[part="status"]')).to.equal(null);
      expect(shadowText(element)).to.contain('Ausländerbehörde Musterstadt');
      expect(element.shadowRoot!.querySelector('a[href^="tel:"]')).not.to.equal(null);
      expect(events.map((event) => event.detail.issues[0].path)).to.deep.equal(['$.offices[0].openingHours']);
      expect(await axeViolations(element)).to.deep.equal([]);
    } finally {
      console.error = original;
      document.removeEventListener('willkommen-config-error', listener);
    }
  });

  it('wraps a long email address after its @, not in the middle of the domain', async () => {
    await applyLocale('de');
    const wrapper = await fixture(html`<div style="width: 330px"><willkommen-contact-card config=${inlineConfig(musterstadt)}></willkommen-contact-card></div>`);
    const element = wrapper.querySelector('willkommen-contact-card') as WillkommenContactCard;
    await settled(element);
    const link = element.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!;
    const lines = (node: Node) => new Set(textRects(node).map((rect) => Math.round(rect.top))).size;
    expect(lines(link), 'the address wraps at this width').to.equal(2);
    // One flex item in the link (a flex box, for its baseline): Firefox laid the text on either side of
    // the <wbr> out as two items side by side, each breaking anywhere.
    expect([...link.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())).to.deep.equal([]);
    expect([...link.children].map((child) => child.localName)).to.deep.equal(['span']);
    const domain = [...link.firstElementChild!.childNodes].find((node) => node.textContent!.startsWith('musterstadt'))!;
    expect(lines(domain)).to.equal(1);
  });

  it('reports an office id the config lacks once, to the page and the console, whatever renders follow', async () => {
    await applyLocale('de');
    const events: CustomEvent[] = [];
    const listener = (event: Event) => events.push(event as CustomEvent);
    document.addEventListener('willkommen-config-error', listener);
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args.join(' '));
    try {
      const element = await fixture<WillkommenContactCard>(
        html`<willkommen-contact-card office="nope" config=${inlineConfig(musterstadt)}><a href="/kontakt">Kontakt</a></willkommen-contact-card>`,
      );
      await settled(element);
      await applyLocale('en');
      await element.updateComplete;
      await applyLocale('de');
      await element.updateComplete;
      expect(shadowText(element)).to.contain('fehlerhaft');
      expect(events.map((event) => event.detail.issues)).to.deep.equal([[{path: '$.offices', message: 'No office with the id "nope" (the element\'s office attribute)'}]]);
      expect(logged.filter((line) => String(line).includes('"nope"'))).to.have.length(1);
    } finally {
      console.error = original;
      document.removeEventListener('willkommen-config-error', listener);
    }
  });

  it('follows a changed config attribute; a late answer for the old source changes nothing', async () => {
    const element = await card();
    expect(shadowText(element)).to.contain('Beispieldaten');
    element.setAttribute('config', inlineConfig(ownOffice));
    await settled(element);
    expect(shadowText(element)).not.to.contain('Beispieldaten');

    // A config URL that answers only when the test says so, and the attribute changes before it does.
    let answer!: (response: Response) => void;
    const realFetch = window.fetch;
    window.fetch = () => new Promise<Response>((resolve) => (answer = resolve));
    try {
      element.setAttribute('config', 'https://amt.example.org/late.json');
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('.loading')).not.to.equal(null);
      element.setAttribute('config', inlineConfig(musterstadt));
      await settled(element);
      answer(new Response(JSON.stringify(ownOffice), {headers: {'content-type': 'application/json'}}));
      await new Promise((resolve) => setTimeout(resolve, 50));
      await element.updateComplete;
      expect(shadowText(element)).to.contain('Beispieldaten');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('shows two offices on one page with no two landmarks of one name (axe landmark-unique)', async () => {
    const twoOffices = configWith((config) => {
      config.offices.push({...structuredClone(config.offices[0]), id: 'buergeramt', name: {de: 'Bürgeramt Musterstadt', en: 'Citizens office Musterstadt'}});
    });
    const config = inlineConfig(twoOffices);
    const wrapper = await fixture(html`<div>
      <willkommen-contact-card config=${config} .now=${MONDAY_MORNING}></willkommen-contact-card>
      <willkommen-contact-card config=${config} office="buergeramt" .now=${MONDAY_MORNING}></willkommen-contact-card>
    </div>`);
    const cards = [...wrapper.querySelectorAll<WillkommenContactCard>('willkommen-contact-card')];
    for (const element of cards) await settled(element);
    expect(cards.map((element) => element.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim())).to.deep.equal(['Ausländerbehörde Musterstadt', 'Bürgeramt Musterstadt']);
    expect(await axeViolations(wrapper)).to.deep.equal([]);
  });

  it('can be used with the keyboard alone, with a visible focus ring', async () => {
    const element = await card();
    const before = document.createElement('button');
    before.textContent = 'before';
    element.before(before);
    before.focus();
    const reached: string[] = [];
    for (let step = 0; step < 8; step++) {
      await sendKeys({press: 'Tab'});
      const active = element.shadowRoot!.activeElement as HTMLElement | null;
      if (!active) break;
      reached.push(active.textContent!.replace(/\s+/g, ' ').trim());
      expect(getComputedStyle(active).outlineStyle).to.equal('solid');
    }
    before.remove();
    expect(reached[0]).to.contain('Termin buchen');
    expect(reached.some((label) => label.includes('Kontakt speichern'))).to.equal(true);
  });

  for (const locale of ['de', 'en', 'ar']) {
    it(`has no axe violations (with target-size) in ${locale}`, async () => {
      const element = await card(musterstadt, WEDNESDAY_MORNING, locale);
      expect(await axeViolations(element)).to.deep.equal([]);
    });
  }
});
