// Subresource Integrity as the README and the guides tell webmasters to use it: the value the build
// prints lets the file run; a file changed on the server (or a stale value after an update) is refused,
// and the page keeps the widget's fallback content.
import {describe, expect, it} from 'vitest';
// @ts-expect-error: plain .mjs, run by the build to print the value
import {integrity} from '../../scripts/print-integrity.mjs';
import {hostPage, openPage, STRICT_CSP, useHost, widgetText} from './harness.js';

const host = useHost();

const page = (path: string, value: string) =>
  host.server.page(
    path,
    hostPage(`<willkommen-contact-card><a href="/kontakt">Kontakt und Öffnungszeiten</a></willkommen-contact-card>
<script src="/willkommen.js" integrity="${value}" crossorigin="anonymous"></script>`),
    {csp: STRICT_CSP},
  );

describe('Subresource Integrity', () => {
  it('runs the built file with the integrity value the build prints', async () => {
    const value = integrity() as string;
    expect(value).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);
    const {page: opened, watch} = await openPage(host.browser, page('/sri.html', value));
    expect(await widgetText(opened, 'willkommen-contact-card')).toContain('Ausländerbehörde Musterstadt');
    expect(watch.errors).toEqual([]);
  });

  it('refuses a file that does not match, and the fallback stays', async () => {
    const wrong = `sha384-${'A'.repeat(64)}`;
    const {page: opened, watch} = await openPage(host.browser, page('/sri-wrong.html', wrong));
    await opened.waitForLoadState('load');
    expect(await opened.evaluate(() => 'Willkommen' in window)).toBe(false);
    expect(await opened.evaluate(() => document.querySelector('willkommen-contact-card a')!.getClientRects().length)).toBeGreaterThan(0);
    expect(watch.consoleErrors.join('\n')).toMatch(/integrity/i);
  });
});
