/// <reference types="mocha" />
import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, sendKeys, setViewport} from '@web/test-runner-commands';
import '../../src/index.js';
import {applyLocale} from '../../src/localization.js';
import {storage} from '../../src/core/storage.js';
import type {WillkommenChecklist} from '../../src/widgets/checklist/checklist.js';
import {configWith, musterstadt} from '../fixtures/configs.js';
import {axeViolations, inlineConfig, settled, shadowText} from './helpers.js';

async function checklist(service?: string, locale = 'de') {
  await applyLocale(locale);
  const element = await fixture<WillkommenChecklist>(
    html`<willkommen-checklist config=${inlineConfig(musterstadt)} service=${service ?? ''}></willkommen-checklist>`,
  );
  await settled(element);
  return element;
}

const root = (element: Element) => element.shadowRoot!;
const progressText = (element: Element) => root(element).querySelector('.progress-text')!.textContent!.replace(/\s+/g, ' ').trim();
const itemNames = (element: Element) =>
  [...root(element).querySelectorAll('.item:not(.undecided) .item-name')].map((name) => name.firstChild!.textContent!.trim() || name.textContent!.trim());

/** Presses Tab until the focused element in the shadow root matches, at most `limit` times. */
async function tabTo(element: Element, matches: (active: Element) => boolean, limit = 60): Promise<Element> {
  for (let step = 0; step < limit; step++) {
    await sendKeys({press: 'Tab'});
    const active = root(element).activeElement;
    if (active && matches(active)) return active;
  }
  throw new Error('never reached the wanted control with Tab');
}

describe('willkommen-checklist', () => {
  beforeEach(() => storage.clearAll());
  afterEach(() => storage.clearAll());

  it('lists the cases to choose from, and opens one with the keyboard', async () => {
    const element = await checklist();
    const names = [...root(element).querySelectorAll('.service-name')].map((name) => name.textContent!.trim());
    expect(names).to.include('Aufenthaltserlaubnis verlängern');
    expect(names.length).to.equal(musterstadt.services.length);
    const first = await tabTo(element, (active) => active.classList.contains('service'));
    expect(first.textContent).to.contain('Aufenthaltserlaubnis verlängern');
    await sendKeys({press: 'Enter'});
    await element.updateComplete;
    expect(root(element).querySelector('[part="heading"]')!.textContent).to.contain('Aufenthaltserlaubnis verlängern');
    // Focus moved to the new title, so the keyboard user is not lost.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(root(element).activeElement?.classList.contains('title')).to.equal(true);
  });

  it('a document the config lacks: the rest of the case, and a message where the list ends', async () => {
    await applyLocale('de');
    const original = console.error;
    console.error = () => {};
    try {
      const typo = configWith((config) => {
        config.services[0].documents[0].ref = 'reisepas';
      });
      const element = await fixture<WillkommenChecklist>(
        html`<willkommen-checklist config=${inlineConfig(typo)} service=${typo.services[0].id}></willkommen-checklist>`,
      );
      await settled(element);
      const intact = await checklist(typo.services[0].id);
      expect(itemNames(element)).to.deep.equal(itemNames(intact).slice(1));
      expect(root(element).querySelector('.items + [part="error"]')!.textContent).to.contain('fehlerhaft');
      expect(root(intact).querySelector('[part="error"]')).to.equal(null);
      expect(await axeViolations(element)).to.deep.equal([]);
    } finally {
      console.error = original;
    }
  });

  it('opens the case a finder\'s link names (#willkommen-service=…), as in a new tab', async () => {
    history.replaceState(null, '', '#willkommen-service=blue-card');
    try {
      const element = await checklist();
      expect(root(element).querySelector('[part="heading"]')!.textContent).to.contain('Blaue Karte');
      history.replaceState(null, '', '#willkommen-service=no-such-case');
      expect(root(await checklist()).querySelector('.services')).not.to.equal(null);
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('narrows the list by the answers, and follows changed answers', async () => {
    const element = await checklist('extension');
    expect(itemNames(element)).not.to.include('Arbeitsvertrag');
    expect(root(element).querySelectorAll('.item.undecided').length).to.be.greaterThan(0);
    // An item that waits for an answer cannot be ticked yet (its fieldset is disabled).
    const waiting = root(element).querySelector<HTMLInputElement>('.item.undecided input[value="ready"]')!;
    expect(waiting.matches(':disabled')).to.equal(true);
    waiting.click();
    await element.updateComplete;
    expect(progressText(element)).to.match(/^0 von/);
    const [yes, no] = root(element).querySelectorAll<HTMLInputElement>('fieldset.question input');
    yes.click(); // employed: yes
    await element.updateComplete;
    expect(itemNames(element)).to.include('Arbeitsvertrag');
    no.click(); // employed: no
    await element.updateComplete;
    expect(itemNames(element)).not.to.include('Arbeitsvertrag');
  });

  it('ticks an item with Space, counts it, announces it and tells the page', async () => {
    const element = await checklist('extension');
    const events: Array<{service: string; done: number; total: number}> = [];
    element.addEventListener('willkommen-checklist-change', (event) => events.push((event as CustomEvent).detail));
    const total = Number(progressText(element).match(/von (\d+)/)![1]);
    expect(progressText(element)).to.equal(`0 von ${total} bereit`);
    await tabTo(element, (active) => (active as HTMLInputElement).value === 'ready');
    await sendKeys({press: 'Space'});
    await element.updateComplete;
    expect(progressText(element)).to.equal(`1 von ${total} bereit`);
    expect(root(element).querySelector('[role="status"]')!.textContent).to.contain(`1 von ${total} bereit`);
    expect(events.at(-1)).to.deep.equal({service: 'extension', done: 1, total});
  });

  it('takes "does not apply" out of the total and shows help for "cannot get it"', async () => {
    const element = await checklist('extension');
    const total = Number(progressText(element).match(/von (\d+)/)![1]);
    root(element).querySelector<HTMLInputElement>('.item input[value="not-applicable"]')!.click();
    await element.updateComplete;
    expect(progressText(element)).to.equal(`0 von ${total - 1} bereit`);
    root(element).querySelectorAll<HTMLInputElement>('.item input[value="unavailable"]')[1].click();
    await element.updateComplete;
    const help = root(element).querySelector('.help-box')!;
    expect(help.textContent).to.contain('Beratungsstellen');
    expect(help.querySelectorAll('li').length).to.be.greaterThan(1);
    // Every place offered can be reached: the migration advice services have only an email address.
    for (const place of help.querySelectorAll('li')) expect(place.querySelector('a[href^="tel:"], a[href^="mailto:"], a[href^="http"]'), place.textContent!).to.not.equal(null);
    expect(help.querySelector('a[href^="mailto:"]')).to.not.equal(null);
  });

  it('keeps an Arabic word whole in the back button at 320 px and 200 % text', async () => {
    await setViewport({width: 320, height: 640});
    document.body.style.fontSize = '32px';
    try {
      const element = await checklist('extension', 'ar');
      const button = root(element).querySelector('button.back')!;
      const text = [...button.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.includes('المعاملات'))!;
      const range = document.createRange();
      const at = text.textContent!.indexOf('المعاملات');
      range.setStart(text, at);
      range.setEnd(text, at + 'المعاملات'.length);
      // Split over two lines, its letters would lose their joining.
      expect(range.getClientRects().length).to.equal(1);
    } finally {
      document.body.style.fontSize = '';
      await setViewport({width: 800, height: 600});
      await applyLocale('de');
    }
  });

  it('runs a title or fee in a fallback language left to right as a whole inside an Arabic list', async () => {
    const arabic = await checklist('extension', 'ar');
    // The default profile has no Arabic: the English title and its German term make one left-to-right line.
    expect(root(arabic).querySelector('[part="heading"]')!.getAttribute('dir')).to.equal('ltr');
    expect([...root(arabic).querySelectorAll('.fees dd')].map((fee) => fee.getAttribute('dir'))).to.include('ltr');
    const german = await checklist('extension', 'de');
    expect(root(german).querySelector('[part="heading"]')!.hasAttribute('dir')).to.equal(false);
    await applyLocale('de');
  });

  it('keeps progress only after the first tick, and forgets it on start over', async () => {
    const element = await checklist('extension');
    root(element).querySelector<HTMLInputElement>('fieldset.question input')!.click();
    await element.updateComplete;
    expect(storage.keys()).to.deep.equal([]);
    root(element).querySelector<HTMLInputElement>('.item input[value="ready"]')!.click();
    await element.updateComplete;
    expect(storage.keys()).to.deep.equal(['checklist:auslaenderbehoerde:extension']);
    const again = await checklist('extension');
    expect(progressText(again)).to.match(/^1 von/);
    const startOver = [...root(again).querySelectorAll('button')].find((button) => button.textContent!.includes('Neu beginnen'))!;
    startOver.focus();
    startOver.click();
    await again.updateComplete;
    expect(storage.keys()).to.deep.equal([]);
    expect(progressText(again)).to.match(/^0 von/);
    // The questions open again above the list: the focus goes back to the case's title, not far below.
    await again.updateComplete;
    expect(again.shadowRoot!.activeElement?.classList.contains('title')).to.equal(true);
  });

  it("brings a returning visitor back to the case they keep a list for, once", async () => {
    const first = await checklist('extension');
    root(first).querySelector<HTMLInputElement>('.item input[value="ready"]')!.click();
    await first.updateComplete;
    // The page presets no case: the kept one opens by itself, with its progress.
    const again = await checklist();
    expect(root(again).querySelector('.title')!.textContent).to.contain('verlängern');
    expect(progressText(again)).to.match(/^1 von/);
    // "Back to all cases" stays there.
    root(again).querySelector<HTMLButtonElement>('button.back')!.click();
    await again.updateComplete;
    expect(root(again).querySelectorAll('button.service').length).to.be.greaterThan(3);
  });

  it('lets two checklists for different services live side by side', async () => {
    await applyLocale('de');
    const config = inlineConfig(musterstadt);
    const wrapper = await fixture(html`<div>
      <willkommen-checklist config=${config} service="extension"></willkommen-checklist>
      <willkommen-checklist config=${config} service="blue-card"></willkommen-checklist>
    </div>`);
    const [first, second] = wrapper.querySelectorAll('willkommen-checklist');
    await settled(first as WillkommenChecklist);
    await settled(second as WillkommenChecklist);
    root(first).querySelector<HTMLInputElement>('.item input[value="ready"]')!.click();
    await (first as WillkommenChecklist).updateComplete;
    expect(progressText(first)).to.match(/^1 von/);
    expect(progressText(second)).to.match(/^0 von/);
    // Two appointment sections on one page are no two landmarks of one name (axe landmark-unique).
    expect(await axeViolations(wrapper)).to.deep.equal([]);
  });

  it('prints every item in the visitor language and in German', async () => {
    const element = await checklist('extension', 'en');
    await emulateMedia({media: 'print'});
    try {
      const items = [...root(element).querySelectorAll('.item:not(.undecided)')];
      expect(items.length).to.be.greaterThan(3);
      for (const item of items) {
        const german = item.querySelector<HTMLElement>('.german')!;
        expect(getComputedStyle(german).display).not.to.equal('none');
        expect(german.getAttribute('lang')).to.equal('de');
        expect(item.querySelector('.visitor-language')!.textContent!.trim().length).to.be.greaterThan(0);
        expect(getComputedStyle(item.querySelector('.paper-box')!).display).to.equal('block');
        expect(getComputedStyle(item.querySelector('.status')!).display).to.equal('none');
      }
      expect(root(element).querySelector('.print-header')!.textContent).to.contain('Beispielplatz 1');
      // Each German name on the line of its translation, not on the line below (beside the description).
      for (const item of items) {
        const top = (selector: string) => Math.round(item.querySelector(selector)!.getBoundingClientRect().top);
        expect(Math.abs(top('.german-name') - top('.item-name')), item.querySelector('.german-name')!.textContent!).to.be.at.most(3);
      }
    } finally {
      await emulateMedia({media: 'screen'});
    }
  });

  it('prints the German column of an Arabic list as one column, every item\'s German at its left edge', async () => {
    const element = await checklist('extension', 'ar');
    await emulateMedia({media: 'print'});
    try {
      const starts = [...root(element).querySelectorAll('.item:not(.undecided) .german')].map((column) => Math.round(column.querySelector('p')!.getBoundingClientRect().left));
      expect(starts.length).to.be.greaterThan(3);
      expect(new Set(starts).size, String(starts)).to.equal(1);
    } finally {
      await emulateMedia({media: 'screen'});
      await applyLocale('de');
    }
  });

  it('sets the German of an Arabic list flush left also where a list item takes its list\'s side (Firefox, Safari)', async () => {
    const element = await checklist('extension', 'ar');
    // Firefox's and Safari's own "li {text-align: match-parent}" computes to "right" in a right-to-left
    // list, and an item's left-to-right German inherited that. Chromium has no such rule: here it is
    // what theirs computes to, as the first author sheet (below the widget's own).
    const browserRule = new CSSStyleSheet();
    browserRule.replaceSync('li { text-align: right; }');
    root(element).adoptedStyleSheets = [browserRule, ...root(element).adoptedStyleSheets];
    await emulateMedia({media: 'print'});
    try {
      const german = [...root(element).querySelectorAll<HTMLElement>('.item:not(.undecided) .german p')];
      expect(german.length).to.be.greaterThan(3);
      for (const paragraph of german) expect(['left', 'start']).to.include(getComputedStyle(paragraph).textAlign);
    } finally {
      await emulateMedia({media: 'screen'});
      await applyLocale('de');
    }
  });

  it('tells the clerk on paper, in German too, what the visitor cannot get and what does not apply', async () => {
    const element = await checklist('extension', 'en');
    const [unavailable, notApplicable] = [...root(element).querySelectorAll<HTMLElement>('.item:not(.undecided)')];
    unavailable.querySelector<HTMLInputElement>('input[value="unavailable"]')!.click();
    notApplicable.querySelector<HTMLInputElement>('input[value="not-applicable"]')!.click();
    await element.updateComplete;
    await emulateMedia({media: 'print'});
    try {
      const shown = (item: Element) => [...item.querySelectorAll('.status-choice')].filter((choice) => getComputedStyle(choice).display !== 'none');
      expect(shown(unavailable).map((choice) => choice.textContent!.trim())).to.deep.equal(['I cannot get it']);
      expect(shown(notApplicable).map((choice) => choice.textContent!.trim())).to.deep.equal(['Does not apply to me']);
      expect(unavailable.querySelector('.german .remarks')!.textContent).to.contain('Bekomme ich nicht');
      expect(notApplicable.querySelector('.german .remarks')!.textContent).to.contain('Trifft nicht zu');
      expect(getComputedStyle(notApplicable.querySelector('.german-name')!).textDecorationLine).to.equal('line-through');
      expect(getComputedStyle(notApplicable.querySelector('.paper-box')!, '::after').content).to.equal('"–"');
      // A counselling partner's website is written out: on paper a link is only its name.
      const websites = [...unavailable.querySelectorAll<HTMLAnchorElement>('.help-box a[target]')];
      expect(websites.length).to.be.greaterThan(0);
      for (const link of websites) expect(getComputedStyle(link, '::after').content).to.equal(`" ${link.getAttribute('href')}"`);
      expect(getComputedStyle(root(element).querySelector('.badge')!).display).to.equal('none'); // "required" is the rule
    } finally {
      await emulateMedia({media: 'screen'});
    }
    // An optional document says so on paper, in both columns (family reunification has one).
    const family = await checklist('family', 'en');
    await emulateMedia({media: 'print'});
    try {
      const optional = root(family).querySelector('.badge.optional')!.closest('.item')!;
      expect(getComputedStyle(optional.querySelector('.badge')!).display).not.to.equal('none');
      expect(optional.querySelector('.german .remarks')!.textContent).to.contain('Falls vorhanden');
    } finally {
      await emulateMedia({media: 'screen'});
    }
  });

  it('still lets the visitor tick when storage throws, with a notice', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {configurable: true, get: () => { throw new DOMException('denied', 'SecurityError'); }});
    try {
      const element = await checklist('extension');
      root(element).querySelector<HTMLInputElement>('.item input[value="ready"]')!.click();
      await element.updateComplete;
      expect(progressText(element)).to.match(/^1 von/);
      expect(shadowText(element)).to.contain('Ihr Browser erlaubt kein Speichern');
    } finally {
      Object.defineProperty(window, 'localStorage', original);
    }
  });

  it('reaches the appointment below the list with the keyboard, its fields drawn once focused', async () => {
    await setViewport({width: 320, height: 640});
    try {
      const element = await checklist('extension');
      const ready = root(element).querySelectorAll<HTMLInputElement>('.item input[value="ready"]:not(:disabled)');
      ready[ready.length - 1].focus();
      const date = await tabTo(element, (active) => active.matches('input[type="date"]'));
      await new Promise(requestAnimationFrame);
      await new Promise(requestAnimationFrame);
      expect(date.getBoundingClientRect().height).to.be.greaterThan(20);
      expect(date.checkVisibility()).to.equal(true);
      // Through the day, month and year to the calendar button inside the field: the ring stays.
      for (let press = 0; press < 6 && date.matches(':focus'); press++) await sendKeys({press: 'Tab'});
      expect(date.matches(':focus-within') && !date.matches(':focus')).to.equal(true);
      expect(getComputedStyle(date).outlineStyle).to.equal('solid');
      const time = await tabTo(element, (active) => active.matches('input[type="time"]'));
      expect(time.getBoundingClientRect().height).to.be.greaterThan(20);
    } finally {
      await setViewport({width: 800, height: 600});
    }
  });

  it('draws the date and time fields a frame after the list, in the room kept for them', async () => {
    const element = document.createElement('willkommen-checklist');
    element.setAttribute('config', inlineConfig(musterstadt));
    element.setAttribute('service', 'extension');
    document.body.append(element);
    try {
      // The first frame that shows the list: the fields are not made yet (each costs Chromium its
      // locale's date formats), their room is.
      while (!element.shadowRoot?.querySelector('.item')) await new Promise(requestAnimationFrame);
      const fields = () => root(element).querySelector<HTMLElement>('.appointment-fields')!;
      expect(fields().querySelectorAll('input').length).to.equal(0);
      expect(fields().querySelectorAll('.field-pending').length).to.equal(2);
      fields().scrollIntoView();
      const before = fields().getBoundingClientRect();
      // They come after that frame's paint.
      for (let frame = 0; frame < 10 && !fields().querySelector('input'); frame++) await new Promise(requestAnimationFrame);
      expect(fields().querySelectorAll('input[type="date"], input[type="time"]').length).to.equal(2);
      const after = fields().getBoundingClientRect();
      expect(Math.abs(after.height - before.height)).to.be.lessThan(1);
      expect([...fields().querySelectorAll('label')].map((label) => label.textContent!.trim())).to.deep.equal(['Datum', 'Uhrzeit']);
      // The calendar offers no day before today (the office's today, in Berlin).
      const today = new Intl.DateTimeFormat('en-CA', {timeZone: 'Europe/Berlin'}).format(new Date());
      expect(fields().querySelector<HTMLInputElement>('input[type="date"]')!.min).to.equal(today);
    } finally {
      element.remove();
    }
  });

  it('keeps the appointment fields left to right in their own weight, an empty one muted (Safari showed it filled, mirrored)', async () => {
    const element = await checklist('extension', 'ar');
    try {
      const fields = root(element).querySelector('.appointment-fields')!;
      for (let frame = 0; frame < 10 && !fields.querySelector('input'); frame++) await new Promise(requestAnimationFrame);
      const [date, time] = fields.querySelectorAll('input');
      for (const field of [date!, time!]) {
        expect(getComputedStyle(field).direction, field.type).to.equal('ltr');
        expect(getComputedStyle(field).fontWeight, field.type).to.equal('400');
      }
      const labelColor = getComputedStyle(date!.closest('label')!).color;
      expect(getComputedStyle(date!).color).not.to.equal(labelColor);
      date!.value = `${new Date().getFullYear() + 1}-06-02`;
      date!.dispatchEvent(new Event('change', {bubbles: true}));
      await element.updateComplete;
      expect(getComputedStyle(date!).color).to.equal(labelColor);
      expect(getComputedStyle(time!).color).not.to.equal(labelColor);
    } finally {
      await applyLocale('de');
    }
  });

  it('draws the date and time fields with light icons on a dark page, dark ones on a light page', async () => {
    const schemeOn = async (style: string) => {
      const wrapper = document.createElement('div');
      wrapper.setAttribute('style', style);
      const element = document.createElement('willkommen-checklist');
      element.setAttribute('config', inlineConfig(musterstadt));
      element.setAttribute('service', 'extension');
      wrapper.append(element);
      document.body.append(wrapper);
      try {
        for (let frame = 0; frame < 20 && !element.shadowRoot?.querySelector('.appointment-fields input'); frame++) await new Promise(requestAnimationFrame);
        return [...root(element).querySelectorAll('.appointment-fields input')].map((input) => getComputedStyle(input).colorScheme);
      } finally {
        wrapper.remove();
      }
    };
    // A dark theme that declares no color-scheme: Chromium drew the calendar icon black on #111.
    expect(await schemeOn('color: #eee; background: #111')).to.deep.equal(['dark', 'dark']);
    expect(await schemeOn('color: #222; background: #fff')).to.deep.equal(['normal', 'normal']);
  });

  it('marks a chosen answer and a ready item with lines that stand out on a dark page as on a light one', async () => {
    /** WCAG contrast of two computed colours ("rgb(r, g, b)"). */
    const contrast = (one: string, two: string) => {
      const luminance = (color: string) => {
        // "rgb(17, 17, 17)", or "color(srgb 0.4 0.57 0.72)" for a color-mix().
        const scale = color.startsWith('color(srgb') ? 1 : 255;
        const [r, g, b] = color.match(/[\d.]+/g)!.map(Number).map((value) => {
          const channel = value / scale;
          return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const [light, dark] = [luminance(one), luminance(two)].sort((a, b) => b - a);
      return (light! + 0.05) / (dark! + 0.05);
    };
    for (const [text, page] of [['rgb(238, 238, 238)', 'rgb(17, 17, 17)'], ['rgb(34, 34, 34)', 'rgb(255, 255, 255)']] as const) {
      const wrapper = await fixture(html`<div style="color: ${text}; background: ${page}">
        <willkommen-checklist config=${inlineConfig(musterstadt)} service="extension"></willkommen-checklist>
      </div>`);
      const element = wrapper.querySelector('willkommen-checklist')!;
      await settled(element);
      const ready = root(element).querySelector<HTMLInputElement>('.item input[value="ready"]')!;
      ready.click();
      await (element as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
      const choice = getComputedStyle(ready.closest('label')!).borderTopColor;
      const stripe = getComputedStyle(ready.closest('.item')!).borderInlineStartColor;
      expect(contrast(choice, page), `the chosen answer's border on ${page}`).to.be.at.least(3);
      expect(contrast(stripe, page), `a ready item's stripe on ${page}`).to.be.at.least(3);
      localStorage.clear();
    }
  });

  it('empties its live region when the language changes, rather than keep the progress in the old one', async () => {
    const element = await checklist('extension', 'de');
    root(element).querySelector<HTMLInputElement>('.item input[value="ready"]')!.click();
    await element.updateComplete;
    const region = root(element).querySelector('[role="status"]')!;
    expect(region.textContent).to.contain('bereit');
    await applyLocale('en');
    await element.updateComplete;
    expect(region.textContent!.trim()).to.equal('');
    await applyLocale('de');
    localStorage.clear();
  });

  it('keeps every radio round beside a long label in a narrow box', async () => {
    await applyLocale('uk');
    const wrapper = await fixture(html`<div style="width: 300px; font-size: 32px">
      <willkommen-checklist config=${inlineConfig(musterstadt)} service="extension"></willkommen-checklist>
    </div>`);
    const element = wrapper.querySelector('willkommen-checklist')!;
    await settled(element);
    const shapes = [...root(element).querySelectorAll<HTMLInputElement>('.item input[type="radio"], .question input[type="radio"]')].map((radio) => {
      const box = radio.getBoundingClientRect();
      return Math.round(box.width) === Math.round(box.height);
    });
    expect(shapes.length).to.be.greaterThan(3);
    expect(shapes.filter((round) => !round)).to.have.length(0);
    await applyLocale('de');
  });

  it('lets its buttons and fields take a reader\'s wider letter and word spacing (WCAG 1.4.12)', async () => {
    const wrapper = await fixture(html`<div style="letter-spacing: 0.12em; word-spacing: 0.16em; font-size: 20px">
      <willkommen-checklist config=${inlineConfig(musterstadt)} service="extension"></willkommen-checklist>
    </div>`);
    const element = wrapper.querySelector('willkommen-checklist')!;
    await settled(element);
    for (const selector of ['button.back', 'button.secondary, .actions button']) {
      const style = getComputedStyle(root(element).querySelector(selector)!);
      expect([style.letterSpacing, style.wordSpacing], selector).to.deep.equal(['2.4px', '3.2px']);
    }
  });

  it('lays the appointment section out in full below the fold: nothing below it covers its fields', async () => {
    await setViewport({width: 320, height: 640});
    try {
      const element = await checklist('extension', 'fa');
      const fields = () => root(element).querySelector('.appointment-fields')!;
      for (let frame = 0; frame < 10 && !fields().querySelector('input[type="time"]'); frame++) await new Promise(requestAnimationFrame);
      const time = fields().querySelector('input[type="time"]')!.getBoundingClientRect();
      const actions = root(element).querySelector('.actions')!.getBoundingClientRect();
      expect(time.bottom, 'the section is off screen here').to.be.greaterThan(640);
      expect(actions.top).to.be.at.least(time.bottom);
    } finally {
      await setViewport({width: 800, height: 600});
      await applyLocale('de');
    }
  });

  it('marks a fallback document name with its language inside the hidden sentences too', async () => {
    // The default profile names documents in German and English: on an Arabic page they are English.
    const element = await checklist('extension', 'ar');
    const legend = root(element).querySelector('.item legend')!;
    const name = legend.querySelector('[lang="en"]');
    expect(name, legend.innerHTML).to.not.equal(null);
    expect(legend.textContent).to.match(/[\u0600-\u06FF]/);
    expect(legend.textContent).to.contain(name!.textContent!);
    expect(legend.textContent).to.not.contain('\uE000');
    await applyLocale('de');
  });

  it('says why the calendar button waits: it points to the hint until a date and time are in', async () => {
    const element = await checklist('extension', 'ar');
    const button = root(element).querySelector<HTMLButtonElement>('.appointment button')!;
    // Waiting, but focusable: a screen reader tabbing through finds it and hears why.
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.disabled).to.equal(false);
    const ids = button.getAttribute('aria-describedby')!.split(' ');
    const described = ids.map((id) => root(element).getElementById(id)?.textContent?.trim());
    expect(described).to.deep.equal(['هل لديك موعد بالفعل؟ أدخِل تاريخه ووقته هنا لتحصل على ملف تقويم فيه تذكير قبل الموعد بيوم.']);
    await applyLocale('de');
  });

  it('takes the visitor to the missing field when the calendar button is pressed too early, and refuses a day gone by', async () => {
    const element = await checklist('extension');
    // The fields are drawn a frame after the list.
    for (let frame = 0; frame < 10 && !root(element).querySelector('input[type="date"]'); frame++) await new Promise(requestAnimationFrame);
    const date = root(element).querySelector<HTMLInputElement>('input[type="date"]')!;
    const time = root(element).querySelector<HTMLInputElement>('input[type="time"]')!;
    const button = root(element).querySelector<HTMLButtonElement>('.appointment button')!;
    const type = async (input: HTMLInputElement, value: string) => {
      input.value = value;
      input.dispatchEvent(new Event('change', {bubbles: true}));
      await element.updateComplete;
    };
    button.focus();
    await sendKeys({press: 'Enter'});
    expect(root(element).activeElement).to.equal(date);
    await type(date, `${new Date().getFullYear() + 1}-03-10`);
    button.focus();
    await sendKeys({press: 'Enter'});
    expect(root(element).activeElement).to.equal(time);
    // A day already gone (a slip of the year) is no appointment: the button sends the visitor back.
    await type(time, '09:30');
    expect(button.getAttribute('aria-disabled')).to.equal('false');
    await type(date, `${new Date().getFullYear() - 1}-03-10`);
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    button.focus();
    await sendKeys({press: 'Enter'});
    expect(root(element).activeElement).to.equal(date);
    expect(date.validity.rangeUnderflow).to.equal(true);
  });

  it('writes ".ics" left to right in a right-to-left button, the dot before the letters', async () => {
    for (const locale of ['fa', 'ar']) {
      const element = await checklist('extension', locale);
      const button = root(element).querySelector('.appointment button')!;
      const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
      let text: Text | null = null;
      while (walker.nextNode()) if ((walker.currentNode as Text).data.includes('.ics')) text = walker.currentNode as Text;
      const at = text!.data.indexOf('.ics');
      const rectOf = (offset: number) => {
        const range = document.createRange();
        range.setStart(text!, offset);
        range.setEnd(text!, offset + 1);
        return range.getBoundingClientRect();
      };
      // On screen: "(.ics)", not "(ics.)".
      expect(rectOf(at).left, locale).to.be.lessThan(rectOf(at + 1).left);
    }
    await applyLocale('de');
  });

  for (const locale of ['de', 'en', 'ar']) {
    it(`has no axe violations (with target-size) in ${locale}, list and open case`, async () => {
      const list = await checklist(undefined, locale);
      expect(await axeViolations(list)).to.deep.equal([]);
      const open = await checklist('extension', locale);
      root(open).querySelectorAll<HTMLInputElement>('.item input[value="unavailable"]')[0].click();
      await open.updateComplete;
      expect(await axeViolations(open)).to.deep.equal([]);
      if (locale === 'ar') expect(open.getAttribute('dir')).to.equal('rtl');
    });
  }
});
