import {describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {hostPage, openPage, STRICT_CSP, useHost, widgetText} from './harness.js';

const host = useHost();

/** State of the finder as the visitor meets it: which documents are open, which has the focus, the query. */
const finderState = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('willkommen-document-finder')!.shadowRoot!;
    return {
      open: [...root.querySelectorAll('button.toggle[aria-expanded="true"]')].map((button) => button.id),
      focused: root.activeElement?.id ?? '',
      first: root.querySelector<HTMLElement>('.document')?.dataset.id ?? '',
      query: root.querySelector<HTMLInputElement>('input[type="search"]')!.value,
    };
  });

describe('the document finder from the built file', () => {
  it('opens a deep-linked document under a strict CSP, and searching never touches the history', async () => {
    const url = host.server.page(
      '/unterlagen.html',
      hostPage(`<h1>Unterlagen</h1>
<willkommen-document-finder><a href="/unterlagen-liste">Liste der Unterlagen</a></willkommen-document-finder>
<script src="/willkommen.js"></script>`),
      {csp: STRICT_CSP},
    );
    const {page, watch} = await openPage(host.browser, `${url}#willkommen-doc=registration-certificate`, {viewport: {width: 320, height: 640}});
    const text = await widgetText(page, 'willkommen-document-finder');
    expect(text).toContain('Meldebescheinigung');
    await page.waitForFunction(() => document.querySelector('willkommen-document-finder')!.shadowRoot!.activeElement !== null);
    let state = await finderState(page);
    expect(state.open).toEqual(['toggle-registration-certificate']);
    expect(state.focused).toBe('toggle-registration-certificate');
    expect(text).toContain('Bürgeramt'); // where to get it
    // The widget's own styles apply under the CSP (adopted style sheets): padded box, 24 px targets.
    const looks = await page.evaluate(() => {
      const root = document.querySelector('willkommen-document-finder')!.shadowRoot!;
      const targets = [...root.querySelectorAll<HTMLElement>('button, input, select')].map((target) => target.getBoundingClientRect());
      return {
        padding: getComputedStyle(root.querySelector('[part="finder"]')!).paddingTop,
        smallest: Math.min(...targets.map((box) => Math.min(box.width, box.height))),
      };
    });
    expect(looks.padding).not.toBe('0px');
    expect(looks.smallest).toBeGreaterThanOrEqual(24);

    // The visitor searches with the keyboard, moves through the results and opens one.
    const historyBefore = await page.evaluate(() => ({length: history.length, url: location.href}));
    await page.locator('willkommen-document-finder input[type="search"]').focus();
    await page.keyboard.type('Krankenversicherun');
    state = await finderState(page);
    expect(state.first).toBe('health-insurance');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    state = await finderState(page);
    expect(state.focused).toBe('toggle-health-insurance');
    expect(state.open).toContain('toggle-health-insurance');
    await page.keyboard.press('Escape');
    state = await finderState(page);
    expect(state.query).toBe('');
    expect(state.focused).toBe('query');
    expect(await page.evaluate(() => ({length: history.length, url: location.href}))).toEqual(historyBefore);

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.evaluate(() => (window as unknown as {cspViolations: string[]}).cspViolations)).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('opens a deep link in view and focused on an English page too, where the locale loads after the embedded profile', async () => {
    const url = host.server.page(
      '/documents.html',
      hostPage('<h1>Documents</h1><willkommen-document-finder></willkommen-document-finder><script src="/willkommen.js"></script>', {lang: 'en'}),
    );
    const {page} = await openPage(host.browser, `${url}#willkommen-doc=passport`, {viewport: {width: 1280, height: 800}});
    await widgetText(page, 'willkommen-document-finder');
    await page.waitForFunction(() => document.querySelector('willkommen-document-finder')!.shadowRoot!.activeElement !== null);
    await page.waitForTimeout(200); // a late re-sort would move it now
    const seen = await page.evaluate(() => {
      const root = document.querySelector('willkommen-document-finder')!.shadowRoot!;
      const box = root.querySelector('#toggle-passport')!.getBoundingClientRect();
      return {focused: root.activeElement?.id, text: root.querySelector('#toggle-passport')!.textContent, top: box.top, bottom: box.bottom};
    });
    expect(seen.focused).toBe('toggle-passport');
    expect(seen.text).toContain('Passport');
    expect(seen.top).toBeGreaterThanOrEqual(0);
    expect(seen.bottom).toBeLessThanOrEqual(800);
    await page.context().close();
  });

  it('follows the checklist\'s "more about this document" link, and leads from a case back into the checklist', async () => {
    // A TYPO3 page: <base href> names the site's home, where a bare "#…" link would lead.
    const url = host.server.page(
      '/de/auslaender/checkliste-und-unterlagen.html',
      hostPage(
        `<willkommen-checklist service="extension"></willkommen-checklist>
<willkommen-document-finder></willkommen-document-finder>
<script src="/willkommen.js"></script>`,
        {head: '<base href="/de/">'},
      ),
      {csp: STRICT_CSP.replace("base-uri 'none'", "base-uri 'self'")},
    );
    const {page, watch} = await openPage(host.browser, url);
    await widgetText(page, 'willkommen-checklist');
    await widgetText(page, 'willkommen-document-finder');
    // The checklist links its items here because a finder is on the page.
    const more = page.locator('willkommen-checklist .item[data-ref="passport"] .more a');
    expect(await more.getAttribute('href')).toBe(`${url}#willkommen-doc=passport`);
    await more.click();
    await page.waitForFunction(() =>
      document.querySelector('willkommen-document-finder')!.shadowRoot!.querySelector('#toggle-passport[aria-expanded="true"]'),
    );
    expect((await finderState(page)).focused).toBe('toggle-passport');

    // From the passport's cases into the checklist: the case opens there, with the focus on its title.
    await page.locator('willkommen-document-finder .document[data-id="passport"] .services a').filter({hasText: 'Blaue Karte'}).click();
    await page.waitForFunction(() => (document.querySelector('willkommen-checklist') as HTMLElement & {service?: string}).service === 'blue-card');
    await page.waitForFunction(() => document.querySelector('willkommen-checklist')!.shadowRoot!.activeElement?.getAttribute('part') === 'heading');
    // Neither link wrote the page's URL: in an app, its router owns it.
    expect(await page.evaluate(() => location.href)).toBe(url);
    expect(await page.evaluate(() => (window as unknown as {cspViolations: string[]}).cspViolations)).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});
