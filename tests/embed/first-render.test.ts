// The first render of the contact card and the checklist in every locale with a CLDR table of its own,
// and of the document finder and the partner map's list in German and English, starts no ICU formatter
// or collator. The first Intl.NumberFormat, DateTimeFormat, DisplayNames or Collator of a page costs
// 100-200 ms at 4x CPU throttling, more than the widgets' own render; format.ts writes these languages
// from CLDR tables instead, and collation.ts sorts plain names itself. Counting the calls is
// deterministic, so it belongs here; the time itself is measured by `npm run bench`. (Intl.PluralRules
// is left out: it starts no formatter and costs ~0.)
import {describe, expect, it} from 'vitest';
import {hostPage, openPage, STRICT_CSP, useHost, widgetText} from './harness.js';
import {musterstadt} from '../fixtures/configs.js';

const host = useHost();

/** Counts every ICU-backed formatter a page makes, and the String/Date/Number shortcuts to them. */
const COUNT_ICU = `
  window.icuCalls = [];
  const note = (name) => window.icuCalls.push(name);
  for (const name of ['NumberFormat', 'DateTimeFormat', 'DisplayNames', 'Collator', 'ListFormat', 'RelativeTimeFormat', 'Segmenter']) {
    const original = Intl[name];
    Intl[name] = new Proxy(original, {
      construct: (target, args) => (note(name), Reflect.construct(target, args)),
      apply: (target, self, args) => (note(name), Reflect.apply(target, self, args)),
      get: (target, key) => (key === 'supportedLocalesOf' && note(name + '.supportedLocalesOf'), Reflect.get(target, key)),
    });
  }
  for (const [owner, name] of [[String.prototype, 'localeCompare'], [Number.prototype, 'toLocaleString'], [Date.prototype, 'toLocaleString'], [Date.prototype, 'toLocaleDateString'], [Date.prototype, 'toLocaleTimeString']]) {
    const original = owner[name];
    owner[name] = function (...args) { note(name); return original.apply(this, args); };
  }
`;

describe('first render without ICU formatters', () => {
  for (const lang of ['de', 'en', 'ar', 'es', 'fa', 'fr', 'prs', 'ru', 'tr', 'uk']) {
    it(`${lang}: the contact card and a checklist case render without starting one`, async () => {
      const url = host.server.page(
        `/first-render-${lang}.html`,
        hostPage(
          `<willkommen-contact-card></willkommen-contact-card>
<willkommen-checklist service="extension"></willkommen-checklist>
<willkommen-checklist></willkommen-checklist>
<script src="/willkommen.js"></script>`,
          {lang},
        ),
        {csp: STRICT_CSP},
      );
      const {page, watch} = await openPage(host.browser, url, {init: COUNT_ICU});
      const card = await widgetText(page, 'willkommen-contact-card');
      const checklist = await widgetText(page, 'willkommen-checklist[service]');
      await widgetText(page, 'willkommen-checklist:not([service])');
      // They really rendered what needs formatting: opening hours with times, and counts (in the
      // locale's digits: Persian ones in Persian and Dari).
      expect(card).toMatch(/\p{Nd}{1,2}:\p{Nd}{2}/u);
      expect(checklist).toMatch(/\p{Nd}+/u);
      expect(await page.evaluate(() => (window as unknown as {icuCalls: string[]}).icuCalls)).toEqual([]);
      expect(watch.errors).toEqual([]);
      await page.context().close();
    });
  }

  // Their A–Z lists sort plain German and English names without Intl.Collator (src/core/collation.ts);
  // the partners' distances come from the tables.
  for (const lang of ['de', 'en']) {
    it(`${lang}: the document finder and the partner map render their lists without starting one`, async () => {
      const url = host.server.page(
        `/first-render-lists-${lang}.html`,
        hostPage(
          '<willkommen-document-finder></willkommen-document-finder>\n<willkommen-partner-map></willkommen-partner-map>\n<script src="/willkommen.js"></script>',
          {lang},
        ),
        {csp: STRICT_CSP},
      );
      const {page, watch} = await openPage(host.browser, url, {init: COUNT_ICU});
      // They really listed them: every document of the default profile, and its partners with distances.
      await expect.poll(() => page.locator('willkommen-document-finder .documents li').count()).toBeGreaterThan(20);
      await expect.poll(() => page.locator('willkommen-partner-map ul.list > li').count()).toBeGreaterThan(10);
      expect(await page.locator('willkommen-partner-map .distance').first().textContent()).toMatch(/\d (m|km) /);
      expect(await page.evaluate(() => (window as unknown as {icuCalls: string[]}).icuCalls)).toEqual([]);
      expect(watch.errors).toEqual([]);
      await page.context().close();
    });
  }
});

/** Notes every widget that ever shows its loading line, however briefly. */
const WATCH_LOADING = `
  window.loadingShown = [];
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) {
        if (node.nodeType === 1 && (node.matches('.loading') || node.querySelector('.loading'))) window.loadingShown.push(this.localName);
      }
    }).observe(root, {childList: true, subtree: true});
    return root;
  };
`;

describe('first render with the config at hand', () => {
  it('the embedded default and inline configs above the widget or above the script tag: content at once, no loading line', async () => {
    const config = JSON.stringify(musterstadt).replace(/</g, '\\u003c');
    const url = host.server.page(
      '/first-render-at-hand.html',
      hostPage(
        `<willkommen-contact-card></willkommen-contact-card>
<willkommen-document-finder config="#amt"></willkommen-document-finder>
<script type="application/json" id="amt">${config}</script>
<willkommen-checklist config="#amt" service="extension"></willkommen-checklist>
<script src="/willkommen.js"></script>`,
      ),
      {csp: STRICT_CSP},
    );
    const {page, watch} = await openPage(host.browser, url, {init: WATCH_LOADING});
    expect(await widgetText(page, 'willkommen-contact-card')).toContain('Ausländerbehörde Musterstadt');
    expect(await widgetText(page, 'willkommen-checklist')).toMatch(/Reisepass/);
    expect(await widgetText(page, 'willkommen-document-finder')).toMatch(/Reisepass/);
    expect(await page.evaluate(() => (window as unknown as {loadingShown: string[]}).loadingShown)).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('a config that must be fetched: the loading line first (the watch above can see one)', async () => {
    host.server.route('/slow-config.json', {body: JSON.stringify(musterstadt), headers: {'content-type': 'application/json'}, delay: 300});
    const url = host.server.page(
      '/first-render-fetched.html',
      hostPage(`<willkommen-contact-card config="/slow-config.json"></willkommen-contact-card><script src="/willkommen.js"></script>`),
      {csp: STRICT_CSP},
    );
    const {page, watch} = await openPage(host.browser, url, {init: WATCH_LOADING});
    expect(await widgetText(page, 'willkommen-contact-card')).toContain('Ausländerbehörde Musterstadt');
    expect(await page.evaluate(() => (window as unknown as {loadingShown: string[]}).loadingShown)).toEqual(['willkommen-contact-card']);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});

// The file's first line asks V8 to compile every function while the script streams in (vite.config.ts,
// guardAndMarkEncoding). Without it, some 260 functions were parsed and compiled lazily on the main
// thread at their first call, a third of the main thread's work until a widget's first render. The
// count of lazy parses is deterministic where their time is not; the time is `npm run bench`'s.
describe('compile hint', () => {
  it('the contact card renders with few functions parsed lazily on the main thread', async () => {
    const url = host.server.page(
      '/first-render-compile-hint.html',
      hostPage('<willkommen-contact-card></willkommen-contact-card>\n<script src="/willkommen.js"></script>'),
      {csp: STRICT_CSP},
    );
    const context = await host.browser.newContext();
    const page = await context.newPage();
    await host.browser.startTracing(page, {categories: ['devtools.timeline', 'disabled-by-default-v8.compile']});
    await page.goto(url);
    expect(await widgetText(page, 'willkommen-contact-card')).toContain('Ausländerbehörde Musterstadt');
    const events = JSON.parse((await host.browser.stopTracing()).toString()).traceEvents as {name: string; pid: number; tid: number; ts: number; args?: {data?: {url?: string}}}[];
    await context.close();
    const evaluation = events.find((event) => event.name === 'EvaluateScript' && event.args?.data?.url?.endsWith('/willkommen.js'));
    expect(evaluation, 'the trace shows the script evaluating').toBeDefined();
    const lazyParses = events.filter(
      (event) => event.name === 'V8.ParseFunction' && event.pid === evaluation!.pid && event.tid === evaluation!.tid && event.ts >= evaluation!.ts,
    );
    // Chromium 156: ~50 with the hint (Playwright's own helpers among them), ~265 without.
    expect(lazyParses.length).toBeLessThan(120);
  });
});

// The build drops the whitespace of the templates' source layout beside block tags (vite.config.ts,
// compactHtmlTemplates), and the checklist's status choices are written without it: each whitespace
// text node is cloned and walked on every render. Before, 1,102 of the 30-item checklist's 1,362 text
// nodes were whitespace alone (now 45 of 305), and 107 of the card's 180 (now 18 of 91).
describe('templates without layout whitespace', () => {
  it('the contact card and a checklist case render few whitespace-only text nodes', async () => {
    const url = host.server.page(
      '/first-render-whitespace.html',
      hostPage(
        '<willkommen-contact-card></willkommen-contact-card>\n<willkommen-checklist service="extension"></willkommen-checklist>\n<script src="/willkommen.js"></script>',
      ),
    );
    const {page} = await openPage(host.browser, url);
    await page.goto(url);
    expect(await widgetText(page, 'willkommen-checklist')).toContain('bereit');
    const counts = await page.evaluate(() =>
      ['willkommen-contact-card', 'willkommen-checklist'].map((tag) => {
        const walker = document.createTreeWalker(document.querySelector(tag)!.shadowRoot!, NodeFilter.SHOW_TEXT);
        let text = 0;
        let blank = 0;
        while (walker.nextNode()) {
          text++;
          if (!(walker.currentNode as Text).data.trim()) blank++;
        }
        return {tag, text, blank};
      }),
    );
    await page.context().close();
    const [card, checklist] = counts;
    // Now 18 of 91 in the card and 36 of 179 in this case: those left stand between inline content.
    expect(card.text, 'the card renders text').toBeGreaterThan(40);
    expect(card.blank).toBeLessThan(30);
    expect(checklist.text, 'the checklist renders text').toBeGreaterThan(60);
    expect(checklist.blank).toBeLessThan(60);
  });
});
