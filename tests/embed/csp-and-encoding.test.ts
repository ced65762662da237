import {beforeAll, describe, expect, it} from 'vitest';
import {hostPage, openPage, STRICT_CSP, useHost, widgetText} from './harness.js';

const host = useHost();
beforeAll(() => {
  // What another copy of Lit on the host page does first: take the 'lit-html' Trusted Types policy.
  host.server.route('/other-lit.js', {
    body: "window.trustedTypes.createPolicy('lit-html', {createHTML: (s) => s});",
    headers: {'content-type': 'text/javascript'},
  });
});

const CARD = '<willkommen-language-picker></willkommen-language-picker><willkommen-contact-card></willkommen-contact-card>';

async function cspViolations(page: import('playwright-core').Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as {cspViolations: string[]}).cspViolations);
}

describe('strict Content-Security-Policy with Trusted Types', () => {
  for (const locale of ['de', 'en', 'ar']) {
    it(`renders in ${locale} with the script included twice and no violation`, async () => {
      const url = host.server.page(
        `/strict-${locale}.html`,
        hostPage(`${CARD}<script src="/willkommen.js"></script><script src="/willkommen.js"></script>`, {lang: locale}),
        {csp: STRICT_CSP},
      );
      const {page, watch} = await openPage(host.browser, url);
      const text = await widgetText(page, 'willkommen-contact-card');
      expect(text).toContain(locale === 'en' ? 'Musterstadt Immigration Office' : 'Musterstadt');
      if (locale === 'ar') expect(await page.getAttribute('willkommen-contact-card', 'dir')).toBe('rtl');
      expect(await cspViolations(page)).toEqual([]);
      expect(watch.errors).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
      await page.context().close();
    });
  }

  it('still renders when another copy of Lit took the lit-html policy first', async () => {
    const url = host.server.page(
      '/strict-other-lit.html',
      hostPage(`${CARD}<script src="/other-lit.js"></script><script src="/willkommen.js"></script>`),
      {csp: STRICT_CSP},
    );
    const {page, watch} = await openPage(host.browser, url);
    expect(await widgetText(page, 'willkommen-contact-card')).toContain('Ausländerbehörde Musterstadt');
    expect(await cspViolations(page)).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});

describe('a Content-Security-Policy that does not allow our Trusted Types policy', () => {
  it('leaves the page its fallback content and tells the webmaster what to allow', async () => {
    const url = host.server.page(
      '/strict-other-policy.html',
      hostPage(
        `<willkommen-contact-card><a href="/kontakt">Kontakt und Öffnungszeiten</a></willkommen-contact-card>
<willkommen-checklist><a href="/termin">Termin vorbereiten</a></willkommen-checklist><script src="/willkommen.js"></script>`,
      ),
      {csp: STRICT_CSP.replace('trusted-types lit-html willkommen', 'trusted-types my-cms')},
    );
    const {page, watch} = await openPage(host.browser, url);
    await page.waitForFunction(() => window.Willkommen !== undefined);
    await page.waitForTimeout(300);
    for (const text of ['Kontakt und Öffnungszeiten', 'Termin vorbereiten']) {
      expect(await page.getByText(text).isVisible()).toBe(true);
    }
    expect(watch.errors).toEqual([]); // nothing thrown into the page
    const ours = watch.consoleErrors.filter((line) => line.startsWith('[willkommen]'));
    expect(ours).toHaveLength(1);
    expect(ours[0]).toContain('trusted-types');
    await page.context().close();
  });
});

describe('a page served as ISO-8859-1', () => {
  it('shows German umlauts and Arabic correctly', async () => {
    // The page's own text is Latin-1 bytes; the bundle is UTF-8 with a byte-order mark.
    const url = host.server.page(
      '/latin1.html',
      hostPage(`<h1>Ausländerbehörde</h1>${CARD}<script src="/willkommen.js"></script>`, {charset: 'iso-8859-1'}),
      {charset: 'iso-8859-1'},
    );
    const {page} = await openPage(host.browser, url);
    expect(await page.textContent('h1')).toBe('Ausländerbehörde');
    const german = await widgetText(page, 'willkommen-contact-card');
    expect(german).toContain('Ausländerbehörde Musterstadt');
    expect(german).toContain('Öffnungszeiten');
    await page.evaluate(() => window.Willkommen!.setLocale('ar'));
    await page.waitForFunction(() => document.querySelector('willkommen-contact-card')!.getAttribute('dir') === 'rtl');
    const options = await page.evaluate(() =>
      [...document.querySelector('willkommen-language-picker')!.shadowRoot!.querySelectorAll('option')].map((option) => option.textContent!.trim()),
    );
    expect(options).toContain('العربية');
    expect(await widgetText(page, 'willkommen-contact-card')).toMatch(/[\u0600-\u06FF]{3}/);
    await page.context().close();
  });
});
