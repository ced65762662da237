/**
 * The issue's "done when", end to end, with the BUILT artifacts only: "A webmaster who never saw JSON
 * opens the configurator, makes the config for their office in German and Arabic, exports it, runs the
 * validator, pastes the snippet into a WordPress page with a strict CSP, and it works the first time."
 *
 * 1. The built configurator (site/configurator/, `npm run build:configurator`) is served over HTTP and
 *    driven with locators and the keyboard: template, name and welcome line in German and Arabic, the
 *    "example data" mark off, a different Friday, one service removed.
 * 2. Export: the downloaded JSON file and the snippet copied with "Code kopieren".
 * 3. `npx willkommen validate <file>` (bin/willkommen.mjs → dist/cli.mjs) and `--json` on the download.
 * 4. A WordPress-shaped page (lang "ar") with the Content-Security-Policy of docs/guides/wordpress.md,
 *    READ from the guide, the snippet pasted verbatim into a Custom HTML block (plus the guide's
 *    checklist element), dist/willkommen.js and the download at the paths the snippet names.
 *
 * The guide is read, and the WordPress page made, by the same code as in guides.test.ts
 * (guide-reading.ts).
 *
 * Nothing is built here: run `npm run build` and then `npm run build:configurator` first.
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {extname, join} from 'node:path';
import type {Page} from 'playwright-core';
import {BUNDLE_PATH, openPage, useHost, widgetText} from './harness.js';
import {apacheHeader, readGuide, serialize, wordpressPage} from './guide-reading.js';

const ROOT = new URL('../../', import.meta.url);
const CONFIGURATOR_DIR = new URL('site/configurator/', ROOT);
const CLI_PATH = new URL('dist/cli.mjs', ROOT);

// What the webmaster types.
const NAME = {de: 'Ausländerbehörde Beispielstadt', ar: 'دائرة الأجانب في بيشبيلشتات'};
const WELCOME = {de: 'Willkommen in Beispielstadt! Wir helfen Ihnen gern.', ar: 'أهلًا بك في بيشبيلشتات! يسعدنا مساعدتك.'};
// The template opens Friday 08:00-12:00; this office opens Friday afternoon.
const HOURS = 'Mo,Tu 08:00-12:00; Th 08:00-12:00,14:00-18:00; Fr 13:30-17:45; PH off';
const FRIDAY = {from: '13:30', to: '17:45'};
/** The service this office does not offer (the template's German name; found by it in the list). */
const REMOVED = {id: 'opportunity-card', de: 'Chancenkarte'};
/** Wednesday 3 June 2026, 10:00 in Berlin: no holiday or closure in that week, so Friday shows its hours. */
const VISIT_TIME = new Date('2026-06-03T08:00:00Z');

const TYPES: Record<string, string> = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json'};

const host = useHost();
let workDir: string;
/** dist/willkommen.js as read once before the test: the bytes served and the integrity compared. */
let bundle: Buffer;

beforeAll(() => {
  const missing = [
    [new URL('index.html', CONFIGURATOR_DIR), '`npm run build:configurator`'],
    [BUNDLE_PATH, '`npm run build`'],
    [CLI_PATH, '`npm run build`'],
  ].filter(([file]) => !existsSync(file as URL));
  if (missing.length) {
    throw new Error(`webmaster journey: built artifacts missing: ${missing.map(([file, how]) => `${(file as URL).pathname} (run ${how})`).join(', ')}. Build with \`npm run build && npm run build:configurator\`; this test never builds.`);
  }
  bundle = readFileSync(BUNDLE_PATH);
  workDir = mkdtempSync(join(tmpdir(), 'willkommen-journey-'));
});
afterAll(() => {
  if (workDir) rmSync(workDir, {recursive: true, force: true});
});

/** site/configurator/ under /configurator/ on the harness's server, as a docs host would serve it. */
function serveConfigurator(): string {
  const walk = (dir: URL, prefix: string) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      if (entry.isDirectory()) walk(new URL(`${entry.name}/`, dir), `${prefix}${entry.name}/`);
      else host.server.route(`${prefix}${entry.name}`, {body: readFileSync(new URL(entry.name, dir)), headers: {'content-type': TYPES[extname(entry.name)] ?? 'application/octet-stream'}});
    }
  };
  walk(CONFIGURATOR_DIR, '/configurator/');
  return `${host.server.origin}/configurator/index.html`;
}

/** The guide's checklist element from its "Place the widgets" step. */
function guideChecklist(markdown: string): string {
  const element = /<willkommen-checklist\b[\s\S]*?<\/willkommen-checklist>/.exec(markdown)?.[0];
  if (!element) throw new Error('docs/guides/wordpress.md: no <willkommen-checklist>…</willkommen-checklist> element');
  return element;
}

/** Selects a field's text and types over it, as with the keyboard. */
async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  const field = page.locator(selector);
  await field.click();
  await field.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

describe('the webmaster journey of the issue', () => {
  it('configurator (German + Arabic) → export → validator → WordPress page with the guide\'s CSP: works the first time', async () => {
    // --- 1. The configurator ------------------------------------------------------------------------
    const {page: tool, watch: toolWatch} = await openPage(host.browser, serveConfigurator());
    const step1 = (what: string) => `step 1 (configurator): ${what}`;
    try {
      await tool.locator('#load-template').waitFor({timeout: 15_000}).catch(() => {
        throw new Error(step1(`the built configurator did not render (page errors: ${toolWatch.errors.join(' | ') || 'none'})`));
      });
      await tool.locator('#load-template').focus();
      await tool.keyboard.press('Enter');
      expect(await tool.locator('#office-name').inputValue(), step1('"Vorlage laden" did not load the template')).toBe('Ausländerbehörde Musterstadt');

      // The real office, not example data.
      const exampleMark = tool.getByRole('checkbox', {name: /Beispieldaten/});
      expect(await exampleMark.isChecked(), step1('the template is not marked as example data')).toBe(true);
      await exampleMark.uncheck();

      // German, then Arabic: the same fields, per language.
      expect(await tool.locator('#edit-locale').inputValue(), step1('the texts do not start in German')).toBe('de');
      await typeInto(tool, '#office-name', NAME.de);
      await typeInto(tool, '#office-welcome', WELCOME.de);
      await tool.locator('#edit-locale').selectOption('ar');
      expect(await tool.locator('#office-name').getAttribute('dir'), step1('the Arabic name field is not right-to-left')).toBe('rtl');
      await typeInto(tool, '#office-name', NAME.ar);
      await typeInto(tool, '#office-welcome', WELCOME.ar);
      await tool.locator('#edit-locale').selectOption('de');
      expect(await tool.locator('#office-name').inputValue(), step1('the German name was lost after editing Arabic')).toBe(NAME.de);

      await tool.locator('#opening-hours').fill(HOURS);
      await expect.poll(() => tool.locator('#opening-hours-error').count(), {message: step1(`the opening hours "${HOURS}" are reported as an error`)}).toBe(0);

      // Remove the service the office does not offer: open it, "Leistung entfernen", confirm.
      const service = tool.locator(`details.service[data-id="${REMOVED.id}"]`);
      await service.locator(':scope > summary').click();
      await service.getByRole('button', {name: `Leistung entfernen: „${REMOVED.de}“`}).click();
      await tool.locator('#confirm-remove-service').click();
      await expect.poll(() => tool.locator('#services-status').textContent(), {message: step1('no message that the service was removed')}).toContain(`„${REMOVED.de}“ entfernt`);
      expect(await tool.locator(`details.service[data-id="${REMOVED.id}"]`).count(), step1('the removed service is still listed')).toBe(0);

      const checked = await expect
        .poll(() => tool.locator('#check-status').textContent())
        .toContain('Keine Probleme')
        .then(() => true, () => false);
      expect(checked, step1(`the check does not say "Keine Probleme": ${(await tool.locator('#issues li').allTextContents()).join(' | ')}`)).toBe(true);
      expect(toolWatch.errors, step1('page errors in the configurator')).toEqual([]);

      // --- 2. Export: the download and the copied snippet -----------------------------------------------
      const step2 = (what: string) => `step 2 (export): ${what}`;
      const [download] = await Promise.all([tool.waitForEvent('download', {timeout: 10_000}), tool.locator('#export').click()]);
      const fileName = download.suggestedFilename();
      expect(fileName, step2('the file name is not made from the German office name')).toBe('auslaenderbehoerde-beispielstadt.json');
      const exportedPath = join(workDir, fileName);
      await download.saveAs(exportedPath);
      await expect.poll(() => tool.locator('#export-report').textContent(), {message: step2('the configurator does not report the exported file as valid')}).toContain(`${fileName} ist gültig.`);

      const exported = readFileSync(exportedPath, 'utf8');
      const config = JSON.parse(exported) as {
        example?: boolean;
        offices: Array<{name: Record<string, string>; welcome: Record<string, string>; openingHours: string}>;
        services: Array<{id: string}>;
      };
      expect(
        {example: config.example, name: {de: config.offices[0].name.de, ar: config.offices[0].name.ar}, welcome: {de: config.offices[0].welcome.de, ar: config.offices[0].welcome.ar}, hours: config.offices[0].openingHours},
        step2('the exported JSON does not hold what was typed'),
      ).toEqual({example: undefined, name: NAME, welcome: WELCOME, hours: HOURS});
      expect(config.services.map((item) => item.id), step2('the removed service is in the export')).not.toContain(REMOVED.id);

      await tool.context().grantPermissions(['clipboard-read', 'clipboard-write'], {origin: host.server.origin});
      await tool.locator('#copy-snippet').click();
      await expect.poll(() => tool.locator('#copy-status').textContent(), {message: step2('"Code kopieren" did not say "Kopiert."')}).toContain('Kopiert.');
      const snippet = await tool.evaluate(() => navigator.clipboard.readText());
      expect(snippet, step2('the copied snippet differs from the one shown')).toBe(await tool.locator('#snippet').textContent());
      const scriptTag = /<script\b[^>]*><\/script>/.exec(snippet)?.[0] ?? '';
      const attribute = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(scriptTag)?.[1];
      expect(attribute('integrity'), step2(`the snippet has no integrity value: ${snippet}`)).toMatch(/^sha384-/);
      expect(
        attribute('integrity'),
        step2('the snippet\'s integrity is not that of dist/willkommen.js: the configurator was built before the current willkommen.js (run `npm run build && npm run build:configurator`)'),
      ).toBe(`sha384-${createHash('sha384').update(bundle).digest('base64')}`);
      expect(attribute('crossorigin'), step2('integrity without crossorigin="anonymous"')).toBe('anonymous');
      expect(attribute('data-config')?.endsWith(`/${fileName}`), step2(`the snippet's data-config "${attribute('data-config')}" is not the downloaded ${fileName}`)).toBe(true);

      // --- 3. The validator, as the README says: npx willkommen validate -----------------------------
      const step3 = (what: string) => `step 3 (validator): ${what}`;
      const validate = (...args: string[]) => spawnSync('npx', ['--no-install', 'willkommen', 'validate', ...args], {cwd: ROOT.pathname, encoding: 'utf8'});
      const plain = validate(exportedPath);
      expect(plain.status, step3(`exit code of \`willkommen validate\` (stderr: ${plain.stderr})`)).toBe(0);
      expect(plain.stdout.trim(), step3('its verdict')).toBe(`${exportedPath}: valid (0 errors, 0 warnings)`);
      const json = validate('--json', exportedPath);
      expect(json.status, step3(`exit code with --json (stderr: ${json.stderr})`)).toBe(0);
      expect(JSON.parse(json.stdout), step3('the --json report')).toMatchObject({file: exportedPath, valid: true, errors: []});

      // --- 4. WordPress, the guide's CSP, the snippet pasted verbatim ---------------------------------
      const step4 = (what: string) => `step 4 (WordPress page): ${what}`;
      const guide = readGuide('wordpress.md');
      const csp = serialize(apacheHeader(guide));
      const pagePath = '/auslaenderbehoerde/';
      const customHtml = `<!-- wp:html -->\n${snippet}\n${guideChecklist(guide.markdown)}\n<!-- /wp:html -->`;
      // The snippet's script line is in the Custom HTML block, so the theme adds no script of its own.
      const page = wordpressPage('', customHtml, {
        origin: host.server.origin,
        lang: 'ar',
        dir: 'rtl',
        siteName: 'Stadt Beispielstadt',
        title: 'دائرة الأجانب',
        heading: 'موعدك لدينا',
      });
      const pageUrl = host.server.page(pagePath, page.html, {csp});
      const src = new URL(attribute('src')!, pageUrl).pathname;
      const dataConfig = new URL(attribute('data-config')!, pageUrl).pathname;
      host.server.route(src, {body: bundle, headers: {'content-type': 'text/javascript'}});
      host.server.route(dataConfig, {body: readFileSync(exportedPath), headers: {'content-type': 'application/json'}});
      host.server.route('/wp-includes/css/dist/block-library/style.min.css', {body: '.wp-block-group { box-sizing: border-box; }', headers: {'content-type': 'text/css'}});

      const context = await host.browser.newContext({viewport: {width: 1024, height: 800}, locale: 'de-DE'});
      try {
        await context.clock.setFixedTime(VISIT_TIME);
        const page = await context.newPage();
        const pageErrors: string[] = [];
        const consoleErrors: string[] = [];
        page.on('pageerror', (error) => pageErrors.push(error.message));
        page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
        await page.addInitScript(() => {
          const seen: Array<{directive: string; blockedURI: string; sourceFile: string}> = [];
          (window as unknown as {violations: typeof seen}).violations = seen;
          document.addEventListener('securitypolicyviolation', (event) => seen.push({directive: event.effectiveDirective, blockedURI: event.blockedURI, sourceFile: event.sourceFile}));
        });
        await page.goto(pageUrl);

        const card = await widgetText(page, 'willkommen-contact-card').catch(() => '');
        expect(card, step4(`the contact card did not render under "${csp}" (console: ${consoleErrors.join(' | ') || 'no errors'})`)).not.toBe('');
        expect(card, step4('the contact card does not show the Arabic office name typed in the configurator')).toContain(NAME.ar);
        expect(card, step4('the contact card does not show the Arabic welcome line')).toContain(WELCOME.ar);
        expect(card, step4('the contact card shows the example-data notice')).not.toMatch(/Beispieldaten|بيانات تجريبية/);
        const direction = await page.evaluate(() => {
          const element = document.querySelector('willkommen-contact-card')!;
          return {attribute: element.getAttribute('dir'), computed: getComputedStyle(element.shadowRoot!.querySelector('[part="card"]')!).direction};
        });
        expect(direction, step4('the contact card is not right-to-left')).toEqual({attribute: 'rtl', computed: 'rtl'});

        // Friday's row: the new hours, as Arabic writes them (the browser's own Arabic formats).
        const friday = await page.evaluate((hours) => {
          const format = (options: Intl.DateTimeFormatOptions, date: Date) => new Intl.DateTimeFormat('ar', {...options, timeZone: 'UTC', calendar: 'gregory'}).format(date);
          const time = (value: string) => format({hour: 'numeric', minute: '2-digit'}, new Date(`2000-01-01T${value}:00Z`));
          const name = format({weekday: 'long'}, new Date('2026-06-05T12:00:00Z'));
          const rows = [...document.querySelector('willkommen-contact-card')!.shadowRoot!.querySelectorAll('[part="hours"] tr')];
          const row = rows.find((candidate) => candidate.querySelector('th')?.textContent?.includes(name));
          return {name, cell: row?.querySelector('td')?.textContent?.replace(/\s+/g, ' ').trim() ?? null, expected: [time(hours.from), time(hours.to)], morning: time('08:00')};
        }, FRIDAY);
        expect(friday.cell, step4(`no row for Friday (${friday.name}) in the contact card's hours`)).not.toBeNull();
        expect(friday.cell, step4(`Friday (${friday.name}) does not show the changed hours ${FRIDAY.from}–${FRIDAY.to}`)).toContain(`${friday.expected[0]}–${friday.expected[1]}`);
        expect(friday.cell, step4('Friday still shows the template\'s morning hours')).not.toContain(friday.morning);

        // The checklist offers the office's services, not the removed one.
        await widgetText(page, 'willkommen-checklist').catch(() => '');
        const offered = await page.evaluate(() => [...document.querySelector('willkommen-checklist')!.shadowRoot!.querySelectorAll('.service-name')].map((item) => item.textContent!.trim()));
        const template = JSON.parse(readFileSync(new URL('examples/musterstadt.json', ROOT), 'utf8')) as {services: Array<{id: string; name: Record<string, string>}>};
        const kept = template.services.filter((item) => item.id !== REMOVED.id).map((item) => item.name.ar);
        const removedName = template.services.find((item) => item.id === REMOVED.id)!.name.ar;
        expect(offered, step4('the checklist does not list the office\'s services in Arabic')).toEqual(kept);
        expect(offered, step4(`the checklist still offers the removed service "${removedName}"`)).not.toContain(removedName);

        // No CSP violation but WordPress's own inline emoji script, which the guide's policy blocks knowingly.
        const violations = await page.evaluate(() => (window as unknown as {violations: Array<{directive: string; blockedURI: string; sourceFile: string}>}).violations);
        const wordpressOwn = violations.filter((violation) => violation.blockedURI === 'inline' && violation.directive.startsWith('script-src') && violation.sourceFile === pageUrl);
        const others = violations.filter((violation) => !wordpressOwn.includes(violation));
        expect(others.map((violation) => `${violation.directive} blocked ${violation.blockedURI} (from ${violation.sourceFile || 'the page'})`), step4(`CSP violations under "${csp}"`)).toEqual([]);
        expect(wordpressOwn.length, step4('WordPress\'s inline emoji script: the one violation the guide\'s policy causes on purpose')).toBe(1);
        expect(consoleErrors.filter((message) => !/inline script/i.test(message)), step4('console errors')).toEqual([]);
        expect(pageErrors, step4('page errors')).toEqual([]);
        expect(host.server.requests.filter((request) => request.split('?')[0] === dataConfig).length, step4('office.json requests')).toBe(1);
      } finally {
        await context.close();
      }
    } finally {
      await tool.context().close();
    }
  }, 90_000);
});
