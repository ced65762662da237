import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import type {Page} from 'playwright-core';
import {hostPage, openPage, type PageWatch, useHost, widgetText} from './harness.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/bad/${name}`, import.meta.url), 'utf8');

const host = useHost();

/** A page with a broken card and a healthy one on the default profile; collects config-error events. */
async function pageWithBrokenCard(configUrl: string): Promise<{page: Page; watch: PageWatch; issues: Array<{path: string; message: string}>}> {
  const name = `/bad-${Math.random().toString(36).slice(2)}.html`;
  const url = host.server.page(
    name,
    hostPage(`<script>
  window.configErrors = [];
  document.addEventListener('willkommen-config-error', (event) => window.configErrors.push(...event.detail.issues));
</script>
<willkommen-contact-card id="broken" config="${configUrl}"><a href="/kontakt">Kontakt</a></willkommen-contact-card>
<willkommen-contact-card id="healthy"></willkommen-contact-card>
<script src="/willkommen.js"></script>`),
  );
  const {page, watch} = await openPage(host.browser, url);
  await widgetText(page, '#broken');
  await widgetText(page, '#healthy');
  const issues = await page.evaluate(() => (window as unknown as {configErrors: Array<{path: string; message: string}>}).configErrors);
  return {page, watch, issues};
}

async function expectContained(page: Page, watch: PageWatch, message: RegExp): Promise<void> {
  const broken = await widgetText(page, '#broken');
  expect(broken).toMatch(message);
  // The webmaster's fallback link is shown again, and the other widget is unharmed.
  expect(await page.locator('#broken > a').isVisible()).toBe(true);
  expect(await widgetText(page, '#healthy')).toContain('Ausländerbehörde Musterstadt');
  expect(watch.errors).toEqual([]);
}

describe('bad configs never break the page', () => {
  const cases: Array<[string, string, string[]]> = [
    ['truncated.json', 'application/json', ['$']],
    ['wrong-types.json', 'application/json', ['$.version', '$.offices[0].name', '$.services[0].questions']],
    ['proto.json', 'application/json', ['$.offices[0].__proto__']],
    ['xss.json', 'application/json', []],
    ['not-json.txt', 'text/html', ['$']],
  ];
  for (const [name, type, paths] of cases) {
    it(`reports ${name} with JSON paths and shows a message`, async () => {
      host.server.route(`/configs/${name}`, {body: fixture(name), headers: {'content-type': type}});
      const {page, watch, issues} = await pageWithBrokenCard(`/configs/${name}`);
      await expectContained(page, watch, /fehlerhaft/);
      expect(issues.length).toBeGreaterThan(0);
      for (const path of paths) expect(issues.map((issue) => issue.path)).toContain(path);
      expect(watch.consoleErrors.some((line) => line.includes('[willkommen]'))).toBe(true);
      expect(watch.dialogs).toEqual([]);
      await page.context().close();
    });
  }

  it('a typo in the opening hours and a dangling reference: every widget shows the rest, says where a part is missing, the page hears of both', async () => {
    const config = JSON.parse(fixture('dangling-ref.json'));
    config.offices[0].openingHours = 'Mo-Fr 8-12 Uhr';
    host.server.route('/configs/typos.json', {body: JSON.stringify(config), headers: {'content-type': 'application/json'}});
    const url = host.server.page(
      '/typos.html',
      hostPage(`<script>
  window.configErrors = [];
  document.addEventListener('willkommen-config-error', (event) => window.configErrors.push(...event.detail.issues));
</script>
<willkommen-contact-card config="/configs/typos.json"><a href="/kontakt">Kontakt</a></willkommen-contact-card>
<willkommen-checklist config="/configs/typos.json" service="extension"><a href="/termin">Termin</a></willkommen-checklist>
<willkommen-document-finder config="/configs/typos.json"><a href="/unterlagen">Unterlagen</a></willkommen-document-finder>
<script src="/willkommen.js"></script>`),
    );
    const {page, watch} = await openPage(host.browser, url);
    const card = await widgetText(page, 'willkommen-contact-card');
    expect(card).toContain('Ausländerbehörde Beispielstadt');
    expect(card).toMatch(/Öffnungszeiten\s*Die Angaben des Amtes sind fehlerhaft/);
    const checklist = await widgetText(page, 'willkommen-checklist');
    expect(checklist).toContain(config.documents[0].name.de);
    expect(checklist).toContain('fehlerhaft');
    expect(await widgetText(page, 'willkommen-document-finder')).not.toContain('fehlerhaft');
    // The fallback links stay hidden: the widgets are there.
    for (const href of ['/kontakt', '/termin', '/unterlagen']) expect(await page.locator(`main a[href="${href}"]`).isVisible()).toBe(false);
    const paths = await page.evaluate(() => (window as unknown as {configErrors: Array<{path: string}>}).configErrors.map((issue) => issue.path));
    expect(new Set(paths)).toEqual(new Set(['$.offices[0].openingHours', '$.services[0].documents[1].ref', '$.services[0].documents[2].when.married']));
    expect(watch.consoleErrors.filter((line) => line.includes('[willkommen]'))).toHaveLength(1);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('reports a 404 once, without retrying', async () => {
    const {page, watch, issues} = await pageWithBrokenCard('/configs/missing.json');
    await expectContained(page, watch, /nicht geladen/);
    expect(issues[0].message).toContain('404');
    expect(host.server.countRequests('/configs/missing.json')).toBe(1);
    await page.context().close();
  });

  it('gives up on an unreachable host after one retry', async () => {
    // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
    const {page, watch, issues} = await pageWithBrokenCard('http://127.0.0.1:9/office.json');
    await expectContained(page, watch, /nicht geladen/);
    expect(issues[0].message).toContain('http://127.0.0.1:9/office.json');
    await page.context().close();
  });

  it('shows the page\'s fallback while a slow config loads, after 3 s, and not once it has loaded', async () => {
    host.server.route('/configs/slow.json', {body: readFileSync('dist/willkommen.example.json', 'utf8'), headers: {'content-type': 'application/json'}, delay: 5_000});
    const url = host.server.page(
      '/slow-config.html',
      hostPage('<willkommen-contact-card config="/configs/slow.json"><a href="/kontakt">Kontakt und Öffnungszeiten</a></willkommen-contact-card><script src="/willkommen.js"></script>'),
    );
    const {page, watch} = await openPage(host.browser, url);
    await page.waitForFunction(() => document.querySelector('willkommen-contact-card')?.shadowRoot?.querySelector('.loading'));
    const fallback = page.getByText('Kontakt und Öffnungszeiten');
    expect(await fallback.isVisible()).toBe(false); // a quick load shows no flash of it
    await page.waitForTimeout(3_300);
    expect(await page.locator('willkommen-contact-card .loading').isVisible()).toBe(true);
    expect(await fallback.isVisible()).toBe(true);
    await widgetText(page, 'willkommen-contact-card');
    expect(await fallback.isVisible()).toBe(false);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('refuses a huge file before parsing it', async () => {
    host.server.route('/configs/huge.json', {body: `{"version":1,"padding":"${'x'.repeat(3_000_000)}"}`, headers: {'content-type': 'application/json'}});
    const {page, watch, issues} = await pageWithBrokenCard('/configs/huge.json');
    await expectContained(page, watch, /nicht geladen/);
    expect(issues[0].message).toMatch(/at most 2000000/);
    await page.context().close();
  });
});

describe('config text is data, never markup', () => {
  it('renders XSS strings as inert text', async () => {
    host.server.route('/configs/xss-texts.json', {body: fixture('xss-texts.json'), headers: {'content-type': 'application/json'}});
    const url = host.server.page(
      '/xss.html',
      hostPage('<willkommen-contact-card config="/configs/xss-texts.json"></willkommen-contact-card><script src="/willkommen.js"></script>'),
    );
    const {page, watch} = await openPage(host.browser, url);
    const text = await widgetText(page, 'willkommen-contact-card');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    const injected = await page.evaluate(() => {
      const root = document.querySelector('willkommen-contact-card')!.shadowRoot!;
      return {
        images: root.querySelectorAll('img').length,
        scripts: root.querySelectorAll('script').length,
        badLinks: [...root.querySelectorAll('a')].map((link) => link.getAttribute('href') ?? '').filter((href) => !/^(https?:|mailto:|tel:|\/|#|blob:)/i.test(href)),
      };
    });
    expect(injected).toEqual({images: 0, scripts: 0, badLinks: []});
    expect(watch.dialogs).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});

describe('a browser that refuses storage', () => {
  it('still switches language, says the choice is not kept, and throws nothing', async () => {
    const url = host.server.page(
      '/no-storage.html',
      hostPage('<willkommen-language-picker></willkommen-language-picker><willkommen-contact-card></willkommen-contact-card><script src="/willkommen.js"></script>'),
    );
    const {page, watch} = await openPage(host.browser, url, {
      init: `Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('denied', 'SecurityError'); }});`,
    });
    await widgetText(page, 'willkommen-contact-card');
    await page.locator('willkommen-language-picker select').selectOption('en');
    await page.waitForFunction(() => document.querySelector('willkommen-contact-card')!.shadowRoot!.textContent!.includes('Musterstadt Immigration Office'));
    expect(await widgetText(page, 'willkommen-language-picker')).toContain('until you leave this page');
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});
