import {describe, expect, it} from 'vitest';
import {hostPage, openPage, useHost, widgetText} from './harness.js';
import {musterstadt, ownOffice} from '../fixtures/configs.js';

const host = useHost();

const SNIPPET = `<willkommen-language-picker></willkommen-language-picker>
<willkommen-contact-card><a href="/kontakt">Kontakt zur Ausländerbehörde</a></willkommen-contact-card>
<script src="/willkommen.js" defer></script>`;

describe('the built file in a plain host page', () => {
  it('renders the contact card on the embedded default and exposes window.Willkommen', async () => {
    const url = host.server.page('/plain.html', hostPage(SNIPPET));
    const {page, watch} = await openPage(host.browser, url);
    const text = await widgetText(page, 'willkommen-contact-card');
    expect(text).toContain('Ausländerbehörde Musterstadt');
    expect(text).toContain('Beispieldaten');
    const api = await page.evaluate(() => ({
      version: window.Willkommen!.version,
      locales: [...window.Willkommen!.locales],
    }));
    expect(api.version).toMatch(/^\d+\.\d+\.\d+/);
    // The sixteen UI locales, German (the source) and English first.
    expect(api.locales).toEqual(['de', 'en', 'ar', 'ckb', 'es', 'fa', 'fr', 'kmr', 'prs', 'ps', 'ru', 'so', 'sq', 'ti', 'tr', 'uk']);
    expect(watch.errors).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    // Only the page and the script: no fonts, icons, analytics or config fetch for the default.
    expect(watch.requests.map((request) => new URL(request).pathname)).toEqual(['/plain.html', '/willkommen.js']);
    // Fallback content is hidden once the widget renders.
    expect(await page.locator('willkommen-contact-card > a').isVisible()).toBe(false);
    await page.context().close();
  });

  it('switches every widget with Willkommen.setLocale, right to left for Arabic, and stores nothing', async () => {
    const url = host.server.page('/locale.html', hostPage(SNIPPET));
    const {page} = await openPage(host.browser, url);
    await widgetText(page, 'willkommen-contact-card');
    await page.evaluate(() => window.Willkommen!.setLocale('ar'));
    await page.waitForFunction(() => document.querySelector('willkommen-contact-card')!.getAttribute('dir') === 'rtl');
    expect(await page.evaluate(() => document.querySelector('willkommen-language-picker')!.getAttribute('dir'))).toBe('rtl');
    const arabic = await widgetText(page, 'willkommen-contact-card');
    expect(arabic).toMatch(/[\u0600-\u06FF]/);
    await page.evaluate(() => window.Willkommen!.setLocale('en'));
    await page.waitForFunction(() => document.querySelector('willkommen-contact-card')!.getAttribute('dir') === 'ltr');
    expect(await widgetText(page, 'willkommen-contact-card')).toContain('Musterstadt Immigration Office');
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    await page.context().close();
  });

  it('lets the first widget in the page decide the language, with its nearest ancestor\'s lang', async () => {
    // A CMS marks a Ukrainian content region on a Persian site. The checklist's class is defined after
    // the card's, so the card connects first wherever it stands: the page's order decides, not that.
    const region = '<div lang="uk"><willkommen-checklist></willkommen-checklist></div>';
    const card = '<willkommen-contact-card></willkommen-contact-card>';
    for (const [body, expected] of [[region + card, 'uk'], [card + region, 'fa']] as const) {
      const url = host.server.page(`/first-${expected}.html`, hostPage(`${body}<script src="/willkommen.js"></script>`, {lang: 'fa'}));
      const {page} = await openPage(host.browser, url);
      await widgetText(page, 'willkommen-contact-card');
      await widgetText(page, 'willkommen-checklist');
      expect(await page.evaluate(() => window.Willkommen!.getLocale()), body).toBe(expected);
      const direction = expected === 'fa' ? 'rtl' : 'ltr';
      expect(await page.evaluate(() => [...document.querySelectorAll('willkommen-contact-card, willkommen-checklist')].map((element) => element.getAttribute('dir')))).toEqual([direction, direction]);
      await page.context().close();
    }
  });

  it('takes the language from <html lang>, and a picked language wins after a reload', async () => {
    const url = host.server.page('/english.html', hostPage(SNIPPET, {lang: 'en'}));
    const {page} = await openPage(host.browser, url);
    expect(await widgetText(page, 'willkommen-contact-card')).toContain('Musterstadt Immigration Office');
    await page.locator('willkommen-language-picker select').selectOption('ar');
    await page.waitForFunction(() => document.querySelector('willkommen-contact-card')!.getAttribute('dir') === 'rtl');
    expect(await page.evaluate(() => localStorage.getItem('willkommen:locale'))).toBe('ar');
    await page.reload();
    await page.waitForFunction(() => document.querySelector('willkommen-contact-card')?.getAttribute('dir') === 'rtl');
    await page.context().close();
  });

  it('tells a visitor whose clock is not on German time what time it is at the office', async () => {
    // Wednesday 3 June 2026, 08:05 UTC: 10:05 in Musterstadt, 11:05 in Damascus.
    const at = async (timezoneId: string, lang = 'de') => {
      const {page, watch} = await openPage(host.browser, host.server.page(`/clock-${lang}.html`, hostPage(SNIPPET, {lang})), {timezoneId});
      await widgetText(page, 'willkommen-contact-card');
      await page.evaluate(async () => {
        const card = document.querySelector('willkommen-contact-card') as HTMLElement & {now?: Date; updateComplete: Promise<boolean>};
        card.now = new Date('2026-06-03T08:05:00Z');
        await card.updateComplete;
      });
      const line = await page.evaluate(() => document.querySelector('willkommen-contact-card')!.shadowRoot!.querySelector('.office-time')?.textContent ?? null);
      expect(watch.errors).toEqual([]);
      await page.context().close();
      return line;
    };
    expect(await at('Asia/Damascus')).toBe('Uhrzeit in Deutschland: 10:05');
    expect(await at('America/Sao_Paulo', 'en')).toBe('Time in Germany: 10:05 AM');
    expect(await at('Europe/Berlin')).toBe(null);
  });

  it('saves the office as a vCard made in the browser', async () => {
    const url = host.server.page('/vcard.html', hostPage(SNIPPET));
    const {page, watch} = await openPage(host.browser, url);
    await widgetText(page, 'willkommen-contact-card');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('willkommen-contact-card .save button').click(),
    ]);
    expect(download.suggestedFilename()).toBe('auslaenderbehoerde.vcf');
    const vcard = (await import('node:fs')).readFileSync((await download.path())!, 'utf8');
    expect(vcard).toMatch(/^BEGIN:VCARD\r\nVERSION:3\.0\r\n/);
    expect(vcard).toContain('FN:Ausländerbehörde Musterstadt');
    expect(vcard).toContain('TEL;TYPE=WORK,VOICE:+499999123');
    expect(watch.requests.every((request) => !request.startsWith('http') || request.startsWith(host.server.origin))).toBe(true);
    await page.context().close();

    // On an English page: the name as the visitor reads it, the German one as the organisation, and
    // the address as an envelope in Germany has it.
    const english = await openPage(host.browser, host.server.page('/vcard-en.html', hostPage(SNIPPET, {lang: 'en'})));
    await widgetText(english.page, 'willkommen-contact-card');
    const [englishDownload] = await Promise.all([
      english.page.waitForEvent('download'),
      english.page.locator('willkommen-contact-card .save button').click(),
    ]);
    const unfolded = (await import('node:fs')).readFileSync((await englishDownload.path())!, 'utf8').replace(/\r\n /g, '');
    expect(unfolded).toContain('FN:Musterstadt Immigration Office');
    expect(unfolded).toContain('ORG:Ausländerbehörde Musterstadt');
    expect(unfolded).toContain(';Musterstadt;Nordrhein-Westfalen;12345;Deutschland');
    await english.page.context().close();
  });

  it('shows the fallback content when the script cannot load', async () => {
    const url = host.server.page('/blocked.html', hostPage(SNIPPET.replace('/willkommen.js', '/missing.js')));
    const {page} = await openPage(host.browser, url);
    await page.waitForLoadState('load');
    expect(await page.locator('willkommen-contact-card > a').isVisible()).toBe(true);
    await page.context().close();
  });

  it('loads each config source once for all widgets: URL, #id and data-config', async () => {
    host.server.json('/config/office.json', ownOffice);
    const url = host.server.page(
      '/sources.html',
      hostPage(`<script type="application/json" id="inline-office">${JSON.stringify(musterstadt)}</script>
<willkommen-contact-card id="by-url" config="/config/office.json"></willkommen-contact-card>
<willkommen-contact-card id="by-url-again" config="/config/office.json"></willkommen-contact-card>
<willkommen-contact-card id="by-id" config="#inline-office"></willkommen-contact-card>
<willkommen-contact-card id="by-script"></willkommen-contact-card>
<script src="/willkommen.js" data-config="/config/office.json"></script>`),
    );
    const {page, watch} = await openPage(host.browser, url);
    for (const id of ['#by-url', '#by-url-again', '#by-script']) {
      const text = await widgetText(page, id);
      expect(text).toContain('Ausländerbehörde Musterstadt');
      expect(text).not.toContain('Beispieldaten'); // ownOffice is not example data
    }
    expect(await widgetText(page, '#by-id')).toContain('Beispieldaten');
    expect(host.server.countRequests('/config/office.json')).toBe(1);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('ignores a second copy of the script, and warns when its version differs', async () => {
    const bundle = (await import('node:fs')).readFileSync(new URL('../../dist/willkommen.js', import.meta.url), 'utf8');
    host.server.route('/willkommen-other.js', {
      body: bundle.replace(/Willkommen widgets (\S+)/, 'Willkommen widgets 9.9.9').replaceAll(/version!==("|`)[^"`]+("|`)/g, 'version!=="9.9.9"').replace('"Version "+"', '"Version "+"9.9.9').replace(/\+"[\d.]+"\+" was loaded/, '+" was loaded'),
      headers: {'content-type': 'text/javascript'},
    });
    const url = host.server.page(
      '/twice.html',
      hostPage(`${SNIPPET}<script src="/willkommen.js"></script><script src="/willkommen-other.js"></script>`),
    );
    const {page, watch} = await openPage(host.browser, url);
    expect(await widgetText(page, 'willkommen-contact-card')).toContain('Musterstadt');
    expect(watch.errors).toEqual([]);
    expect(watch.consoleWarnings.filter((warning) => warning.includes('[willkommen] Version'))).toHaveLength(1);
    await page.context().close();
  });

  // Browsers name window properties after element ids: a heading turned into an anchor by a table of
  // contents plugin made window.Willkommen an element, and the script took itself for a second copy.
  it('is not taken for a second copy by an element with id="Willkommen"', async () => {
    const url = host.server.page('/named.html', hostPage(`<h2 id="Willkommen">Willkommen</h2>${SNIPPET}<script src="/willkommen.js"></script>`));
    const {page, watch} = await openPage(host.browser, url);
    expect(await widgetText(page, 'willkommen-contact-card')).toContain('Musterstadt');
    expect(await page.evaluate(() => typeof (window as unknown as {Willkommen: {version: unknown}}).Willkommen.version)).toBe('string');
    expect(watch.consoleWarnings).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});
