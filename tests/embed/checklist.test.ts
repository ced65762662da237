import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import type {Page} from 'playwright-core';
import {hostPage, openPage, STRICT_CSP, useHost, widgetText} from './harness.js';

const host = useHost();

const progressOf = (page: Page, selector = 'willkommen-checklist') =>
  page.evaluate((sel) => document.querySelector(sel)!.shadowRoot!.querySelector('.progress-text')!.textContent!.replace(/\s+/g, ' ').trim(), selector);

describe('the checklist from the built file', () => {
  it('keeps progress across a reload, and two checklists keep theirs apart', async () => {
    const url = host.server.page(
      '/two-checklists.html',
      hostPage(`<willkommen-checklist id="a" service="extension"></willkommen-checklist>
<willkommen-checklist id="b" service="blue-card"></willkommen-checklist>
<script src="/willkommen.js"></script>`),
    );
    const {page, watch} = await openPage(host.browser, url);
    await widgetText(page, '#a');
    await widgetText(page, '#b');
    await page.locator('#a .item input[value="ready"]').first().check();
    await page.locator('#a .item input[value="ready"]').nth(1).check();
    await page.locator('#b .item input[value="ready"]').first().check();
    expect(await progressOf(page, '#a')).toMatch(/^2 von/);
    expect(await progressOf(page, '#b')).toMatch(/^1 von/);
    await page.reload();
    await widgetText(page, '#a');
    expect(await progressOf(page, '#a')).toMatch(/^2 von/);
    expect(await progressOf(page, '#b')).toMatch(/^1 von/);
    const keys = await page.evaluate(() => Object.keys(localStorage).sort());
    expect(keys).toEqual(['willkommen:checklist:auslaenderbehoerde:blue-card', 'willkommen:checklist:auslaenderbehoerde:extension']);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  // The first frame draws only the items a screen shows (checklist.ts, FIRST_FRAME_ITEMS): a visitor
  // who reloads far down a long list must land where they were, not at the end of a shorter page.
  it('a reload far down a long list keeps the visitor where they were', async () => {
    const url = host.server.page(
      '/long-checklist.html',
      hostPage('<h1>Termin vorbereiten</h1><willkommen-checklist service="settlement"></willkommen-checklist><p>Impressum</p><script src="/willkommen.js"></script>'),
    );
    const {page, watch} = await openPage(host.browser, url, {viewport: {width: 360, height: 640}});
    await widgetText(page, 'willkommen-checklist');
    await page.waitForFunction(() => document.querySelector('willkommen-checklist')!.shadowRoot!.querySelectorAll('.item').length > 12);
    const target = page.locator('willkommen-checklist .item').nth(13);
    await target.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => Math.round(scrollY));
    expect(before).toBeGreaterThan(2000);
    // As on a busy phone, frames come late: the browser restores the position as loading ends, before
    // the list's second frame (an unhurried machine drew it in time, and this test passed by luck).
    await page.addInitScript(() => {
      const draw = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (callback) => window.setTimeout(() => draw(callback), 400);
    });
    await page.reload();
    await widgetText(page, 'willkommen-checklist');
    await page.waitForTimeout(500);
    expect(Math.abs((await page.evaluate(() => Math.round(scrollY))) - before)).toBeLessThan(50);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('works for an Arabic visitor on a 320 px phone, with the keyboard, under a strict CSP', async () => {
    const url = host.server.page(
      '/checklist-ar.html',
      hostPage('<willkommen-checklist></willkommen-checklist><script src="/willkommen.js"></script>', {lang: 'ar'}),
      {csp: STRICT_CSP},
    );
    const {page, watch} = await openPage(host.browser, url, {viewport: {width: 320, height: 640}});
    await widgetText(page, 'willkommen-checklist');
    expect(await page.getAttribute('willkommen-checklist', 'dir')).toBe('rtl');
    // Pick "extend my residence permit" (the first case) with Tab and Enter.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('willkommen-checklist')!.shadowRoot!.querySelector('.progress-text'));
    // Answer two questions with the keyboard: Tab to the first radio of each question, Space.
    for (let question = 0; question < 2; question++) {
      for (let step = 0; step < 20; step++) {
        await page.keyboard.press('Tab');
        const name = await page.evaluate(() => {
          const active = document.querySelector('willkommen-checklist')!.shadowRoot!.activeElement as HTMLInputElement | null;
          return active?.type === 'radio' && active.name.startsWith('q-') ? active.name : '';
        });
        if (name && name.endsWith(question === 0 ? 'employed' : 'self-employed')) break;
      }
      await page.keyboard.press('Space');
    }
    const answers = await page.evaluate(() =>
      [...document.querySelector('willkommen-checklist')!.shadowRoot!.querySelectorAll<HTMLInputElement>('fieldset.question input:checked')].length,
    );
    expect(answers).toBe(2);
    // Tick the first document with Space.
    for (let step = 0; step < 40; step++) {
      await page.keyboard.press('Tab');
      const value = await page.evaluate(() => (document.querySelector('willkommen-checklist')!.shadowRoot!.activeElement as HTMLInputElement | null)?.value);
      if (value === 'ready') break;
    }
    await page.keyboard.press('Space');
    expect(await progressOf(page)).toMatch(/(^|\s)[1١] (من|von|of) /);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.evaluate(() => (window as unknown as {cspViolations: string[]}).cspViolations)).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('names a case with its German term for a screen reader, and going back returns to the case left', async () => {
    const url = host.server.page(
      '/checklist-en.html',
      hostPage('<willkommen-checklist></willkommen-checklist><script src="/willkommen.js"></script>', {lang: 'en'}),
    );
    const {page, watch} = await openPage(host.browser, url);
    await widgetText(page, 'willkommen-checklist');
    const focused = () => page.evaluate(() => document.querySelector('willkommen-checklist')!.shadowRoot!.activeElement?.textContent!.replace(/\s+/g, ' ').trim());
    // The third case, with the keyboard.
    for (let tab = 0; tab < 3; tab++) await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/^Residence permit for skilled workers/);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('willkommen-checklist')!.shadowRoot!.querySelector('.progress-text'));
    // What a screen reader hears for the title (Chromium's accessibility tree).
    const cdp = await page.context().newCDPSession(page);
    const {nodes} = await cdp.send('Accessibility.getFullAXTree');
    const headings = nodes.filter((node) => node.role?.value === 'heading').map((node) => node.name?.value as string);
    expect(headings).toContain('Residence permit for skilled workers (Aufenthaltserlaubnis für Fachkräfte)');
    // Back to the list: the focus is on the case the visitor left, ready for the next one.
    await page.locator('willkommen-checklist button.back').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('willkommen-checklist')!.shadowRoot!.activeElement?.classList.contains('service'));
    expect(await focused()).toMatch(/^Residence permit for skilled workers/);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('gives a screen reader every item of a long list, also those below the fold', async () => {
    const url = host.server.page('/checklist-long.html', hostPage('<willkommen-checklist service="extension"></willkommen-checklist><script src="/willkommen.js"></script>'));
    const {page} = await openPage(host.browser, url, {viewport: {width: 360, height: 740}});
    await widgetText(page, 'willkommen-checklist');
    // Once the first frame is painted (the date field comes then), every item is laid out.
    await page.waitForFunction(() => document.querySelector('willkommen-checklist')!.shadowRoot!.querySelector('.appointment-fields input'));
    await page.evaluate(() => new Promise(requestAnimationFrame));
    const cdp = await page.context().newCDPSession(page);
    const {nodes} = await cdp.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const within = (node: (typeof nodes)[number]): (typeof nodes)[number][] => (node.childIds ?? []).flatMap((id) => (byId.has(id) ? [byId.get(id)!, ...within(byId.get(id)!)] : []));
    const items = nodes.filter((node) => node.role?.value === 'listitem' && within(node).some((inner) => inner.role?.value === 'radio' || inner.role?.value === 'heading' || inner.role?.value === 'generic'));
    const listed = await page.evaluate(() => document.querySelector('willkommen-checklist')!.shadowRoot!.querySelectorAll('.item').length);
    // Each item: its name as a heading and its three choices. Under content-visibility: auto, items off
    // screen were empty.
    const complete = items.filter((item) => within(item).filter((inner) => inner.role?.value === 'radio').length === 3 && within(item).some((inner) => inner.role?.value === 'heading'));
    expect(listed).toBeGreaterThan(8);
    expect(complete).toHaveLength(listed);
    await page.context().close();
  });

  it('puts the appointment into a calendar file with the open items and a reminder', async () => {
    const url = host.server.page('/checklist-ics.html', hostPage('<willkommen-checklist service="extension"></willkommen-checklist><script src="/willkommen.js"></script>'));
    const {page} = await openPage(host.browser, url);
    await widgetText(page, 'willkommen-checklist');
    await page.locator('willkommen-checklist .item input[value="ready"]').first().check();
    // Next December: always ahead, and always winter time.
    const year = new Date().getFullYear() + 1;
    await page.locator('willkommen-checklist input[type="date"]').fill(`${year}-12-02`);
    await page.locator('willkommen-checklist input[type="time"]').fill('09:30');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('willkommen-checklist .appointment button').click(),
    ]);
    expect(download.suggestedFilename()).toBe('termin-extension.ics');
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    // 09:30 in Berlin in December is 08:30 UTC.
    expect(ics).toContain(`DTSTART:${year}1202T083000Z`);
    expect(ics).toContain('TRIGGER:-P1D');
    expect(ics.replace(/\r\n /g, '')).toContain('Reisepass'); // still open, so listed
    expect(ics.replace(/\r\n /g, '')).not.toContain('- Antragsformular'); // ticked ready, so not listed
    expect(ics.replace(/\r\n /g, '')).toContain(`UID:willkommen-auslaenderbehoerde-extension-${year}-12-02T0930@willkommen.invalid`);

    // On an English page each open item keeps its German term, for the counter.
    await page.evaluate(() => window.Willkommen!.setLocale('en'));
    await page.waitForFunction(() => document.querySelector('willkommen-checklist')!.shadowRoot!.textContent!.includes('Passport'));
    const [english] = await Promise.all([page.waitForEvent('download'), page.locator('willkommen-checklist .appointment button').click()]);
    expect(readFileSync((await english.path())!, 'utf8').replace(/\r\n /g, '')).toContain('- Passport (Reisepass)');
    await page.context().close();
  });
});
