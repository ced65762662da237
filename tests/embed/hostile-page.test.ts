import {beforeAll, describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {hostPage, openPage, useHost, widgetText} from './harness.js';

// What real municipal themes do (Bootstrap 3's 62.5 % root, resets, !important everywhere).
const HOSTILE_CSS = `
html { font-size: 62.5%; }
body { font: 1.4rem/3 "Times New Roman", serif; color: #222; background: #fff; }
* { box-sizing: content-box !important; margin: 0; padding: 0; }
a { color: red !important; text-decoration: none !important; }
button, select { all: unset; }
div, p, span, table, td, th { line-height: 0.8; letter-spacing: 0.1em; }
article, section { display: inline !important; }
willkommen-contact-card { display: inline; }
`;

const host = useHost();
beforeAll(() => {
  // Bootstrap 5 as many municipal themes ship it, then the theme's own overrides on top.
  const bootstrap = readFileSync(createRequire(import.meta.url).resolve('bootstrap/dist/css/bootstrap.min.css'));
  host.server.route('/bootstrap.css', {body: bootstrap, headers: {'content-type': 'text/css'}});
  host.server.route('/theme.css', {body: HOSTILE_CSS, headers: {'content-type': 'text/css'}});
});

describe('a hostile host page', () => {
  it('keeps the card readable and usable at 320 px with a 62.5 % root font and odd line-height', async () => {
    const url = host.server.page(
      '/hostile.html',
      hostPage('<willkommen-contact-card></willkommen-contact-card><script src="/willkommen.js"></script>', {
        head: '<link rel="stylesheet" href="/bootstrap.css"><link rel="stylesheet" href="/theme.css">',
      }),
    );
    const {page, watch} = await openPage(host.browser, url, {viewport: {width: 320, height: 640}});
    await widgetText(page, 'willkommen-contact-card');
    const metrics = await page.evaluate(() => {
      const host = document.querySelector('willkommen-contact-card')!;
      const root = host.shadowRoot!;
      const rect = (selector: string) => root.querySelector(selector)!.getBoundingClientRect();
      return {
        pageScrollWidth: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
        cardRight: rect('.card').right,
        bookHeight: rect('[part="book"]').height,
        saveHeight: rect('.save button').height,
        nameFontSize: parseFloat(getComputedStyle(root.querySelector('[part="heading"]')!).fontSize),
        bodyFontSize: parseFloat(getComputedStyle(document.body).fontSize),
      };
    });
    expect(metrics.pageScrollWidth).toBeLessThanOrEqual(metrics.viewport);
    expect(metrics.cardRight).toBeLessThanOrEqual(metrics.viewport);
    // Buttons keep a 24 px touch target even though the host's text is 14 px.
    expect(metrics.bookHeight).toBeGreaterThanOrEqual(24);
    expect(metrics.saveHeight).toBeGreaterThanOrEqual(24);
    // The card sizes in em from the host's font, not rem from the shrunken root.
    expect(metrics.nameFontSize).toBeGreaterThan(metrics.bodyFontSize);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the checklist inside 320 px on the hostile theme: the case list and an open case', async () => {
    for (const service of ['', ' service="extension"']) {
      const url = host.server.page(
        `/hostile-checklist${service ? '-case' : ''}.html`,
        hostPage(`<willkommen-checklist lang="ar"${service}></willkommen-checklist><script src="/willkommen.js"></script>`, {
          head: '<link rel="stylesheet" href="/bootstrap.css"><link rel="stylesheet" href="/theme.css">',
        }),
      );
      const {page, watch} = await openPage(host.browser, url, {viewport: {width: 320, height: 640}});
      await widgetText(page, 'willkommen-checklist');
      const layout = await page.evaluate(() => {
        const root = document.querySelector('willkommen-checklist')!.shadowRoot!;
        const boxes = [...root.querySelectorAll('button, .item, fieldset')].map((element) => element.getBoundingClientRect());
        return {
          overflow: document.documentElement.scrollWidth - window.innerWidth,
          outside: boxes.filter((box) => box.width > 0 && (box.left < 0 || box.right > window.innerWidth)).length,
          boxes: boxes.length,
        };
      });
      // The theme's "* {box-sizing: content-box !important}" reaches the host element, not the inside.
      expect(layout.boxes).toBeGreaterThan(3);
      expect(layout, service || 'case list').toMatchObject({outside: 0});
      expect(layout.overflow).toBeLessThanOrEqual(0);
      expect(watch.errors).toEqual([]);
      await page.context().close();
    }
  });

  it('keeps the checklist inside 320 px when the browser shows text very large (24 px)', async () => {
    const url = host.server.page(
      '/large-text-checklist.html',
      hostPage('<willkommen-checklist lang="ar" service="extension"></willkommen-checklist><script src="/willkommen.js"></script>'),
    );
    const {page} = await openPage(host.browser, url, {viewport: {width: 320, height: 640}});
    // Chromium's "very large" font setting, as a visitor with poor eyesight sets it.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', {fontSizes: {standard: 24}});
    await page.reload();
    await widgetText(page, 'willkommen-checklist');
    const layout = await page.evaluate(() => ({
      fontSize: parseFloat(getComputedStyle(document.body).fontSize),
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      widestItem: Math.max(...[...document.querySelector('willkommen-checklist')!.shadowRoot!.querySelectorAll('.item')].map((item) => item.getBoundingClientRect().width)),
    }));
    expect(layout.fontSize).toBe(24);
    expect(layout.widestItem).toBeLessThanOrEqual(320);
    expect(layout.overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('keeps every widget inside a 320 px screen at 200 % text, in English, German and Arabic', async () => {
    const url = host.server.page(
      '/zoom.html',
      hostPage(
        `<willkommen-language-picker></willkommen-language-picker><willkommen-contact-card></willkommen-contact-card>
        <willkommen-checklist service="extension"></willkommen-checklist><willkommen-document-finder></willkommen-document-finder>
        <willkommen-partner-map></willkommen-partner-map><script src="/willkommen.js"></script>`,
      ),
    );
    const {page} = await openPage(host.browser, url, {viewport: {width: 320, height: 640}});
    // The browser's own text size doubled (32 px), as a visitor with poor eyesight sets it.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', {fontSizes: {standard: 32}});
    await page.reload();
    await widgetText(page, 'willkommen-contact-card');
    for (const locale of ['en', 'de', 'ar']) {
      await page.evaluate((code) => window.Willkommen!.setLocale(code), locale);
      await page.waitForTimeout(100);
      const layout = await page.evaluate(() => {
        const outside: string[] = [];
        const walk = (root: ParentNode) => {
          for (const element of root.querySelectorAll('*')) {
            if (element.shadowRoot) walk(element.shadowRoot);
            const box = element.getBoundingClientRect();
            // Right to left, what sticks out on the left cannot be scrolled to.
            if (box.width > 0 && (box.left < -0.5 || box.right > innerWidth + 0.5) && !element.matches('.visually-hidden, .visually-hidden *, caption')) {
              outside.push(`${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''} ${Math.round(box.left)}..${Math.round(box.right)}`);
            }
          }
        };
        walk(document.body);
        return {fontSize: parseFloat(getComputedStyle(document.body).fontSize), overflow: document.documentElement.scrollWidth - innerWidth, outside};
      });
      expect(layout.fontSize).toBe(32);
      expect(layout.outside, locale).toEqual([]);
      expect(layout.overflow, locale).toBeLessThanOrEqual(0);
    }
    await page.context().close();
  });

  it('keeps its own line height and alignment when a theme sets them on every element', async () => {
    const url = host.server.page(
      '/star-theme.html',
      hostPage('<willkommen-checklist lang="ar" service="extension"></willkommen-checklist><script src="/willkommen.js"></script>', {
        head: '<style>* { line-height: 1.1; text-align: left; }</style>',
      }),
    );
    const {page} = await openPage(host.browser, url);
    await widgetText(page, 'willkommen-checklist');
    const text = await page.evaluate(() => {
      const paragraph = document.querySelector('willkommen-checklist')!.shadowRoot!.querySelector('.questions-intro')!;
      const style = getComputedStyle(paragraph);
      return {align: style.textAlign, lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize)};
    });
    // Arabic runs from the right, with room between its lines.
    expect(text.align).toBe('start');
    expect(text.lineHeight).toBeCloseTo(1.5, 1);
    await page.context().close();
  });

  it('keeps the open or closed dot in Windows high contrast: filled when open, a ring when closed', async () => {
    const url = host.server.page('/forced-colours.html', hostPage('<willkommen-contact-card></willkommen-contact-card><script src="/willkommen.js"></script>'));
    const {page} = await openPage(host.browser, url);
    await page.emulateMedia({forcedColors: 'active', colorScheme: 'dark'});
    await widgetText(page, 'willkommen-contact-card');
    // Monday 10:30 and 13:00 in Berlin: open, then closed since noon.
    const dotAt = (instant: string) =>
      page.evaluate(async (iso) => {
        const card = document.querySelector('willkommen-contact-card') as HTMLElement & {now?: Date; updateComplete: Promise<unknown>};
        card.now = new Date(iso);
        await card.updateComplete;
        const style = getComputedStyle(card.shadowRoot!.querySelector('.status .dot')!);
        return {adjust: style.forcedColorAdjust, background: style.backgroundColor, ring: style.boxShadow};
      }, instant);
    const open = await dotAt('2026-06-01T08:30:00Z');
    const closed = await dotAt('2026-06-01T11:00:00Z');
    // Left to forced colours, Chromium painted the dot like the page and dropped its ring: a blank gap.
    expect([open.adjust, closed.adjust]).toEqual(['none', 'none']);
    expect(open.background).not.toBe(closed.background);
    expect(closed.ring).not.toBe('none');
    await page.context().close();
  });
});
