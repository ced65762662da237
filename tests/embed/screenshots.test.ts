// Screenshots of every widget in Arabic and Tigrinya, from the built file on a 390 px phone screen, on
// the example template (whose texts exist in every locale), for a reviewer to look at: they are written
// to screenshots/<locale>/<widget>.png (not committed). The test also checks what a picture would show
// wrong: a widget wider than the screen, or in the wrong direction.
import {mkdirSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {ALL_WIDGETS, hostPage, openPage, STRICT_CSP, useHost, widgetText} from './harness.js';

const host = useHost();

describe('screenshots for review, in a right-to-left and an Ethiopic-script locale', () => {
  for (const locale of ['ar', 'ti']) {
    it(`${locale}: every widget fits a 390 px phone screen, in its direction`, async () => {
      const config = host.server.json('/buero.json', JSON.parse(readFileSync('examples/musterstadt.json', 'utf8')));
      const url = host.server.page(
        `/screens-${locale}.html`,
        hostPage(
          `${ALL_WIDGETS.map((tag) => `<${tag}${tag === 'willkommen-checklist' ? ' service="extension"' : ''}></${tag}>`).join('\n')}
<script src="/willkommen.js" data-config="${new URL(config).pathname}"></script>`,
          {lang: locale},
        ),
        {csp: STRICT_CSP},
      );
      const {page, watch} = await openPage(host.browser, url, {viewport: {width: 390, height: 844}});
      mkdirSync(`screenshots/${locale}`, {recursive: true});
      for (const tag of ALL_WIDGETS) {
        await widgetText(page, tag);
        const layout = await page.evaluate((selector) => {
          const element = document.querySelector(selector)!;
          return {right: element.getBoundingClientRect().right, direction: getComputedStyle(element).direction};
        }, tag);
        expect(layout.right, `${tag} wider than the screen`).toBeLessThanOrEqual(390);
        expect(layout.direction, tag).toBe(locale === 'ar' ? 'rtl' : 'ltr');
        const png = await page.locator(tag).screenshot({path: `screenshots/${locale}/${tag.replace('willkommen-', '')}.png`});
        expect(png.length, `${tag} screenshot`).toBeGreaterThan(2_000);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(watch.errors).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as {cspViolations: string[]}).cspViolations)).toEqual([]);
    });
  }
});
