/**
 * The BUILT dist/willkommen.js in real host pages, as a webmaster uses it: a loopback HTTP server
 * serves pages, configs and the bundle with the headers a test asks for (CSP, charset), and a real
 * Chromium (playwright-core, the system browser) loads them. Run `npm run build` first.
 */
import {afterAll, beforeAll} from 'vitest';
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import {existsSync, readFileSync} from 'node:fs';
import type {AddressInfo} from 'node:net';
import {chromium, type Browser, type Page} from 'playwright-core';
// @ts-expect-error: a plain .mjs helper shared with the test runner config, without types
import {chromePath, chromeArgs} from '../../scripts/browser-paths.mjs';

export const BUNDLE_PATH = new URL('../../dist/willkommen.js', import.meta.url);

export interface Route {
  status?: number;
  headers?: Record<string, string>;
  body: string | Buffer;
  /** Milliseconds to wait before answering. */
  delay?: number;
}

export class HostServer {
  private server?: Server;
  private readonly routes = new Map<string, Route>();
  /** Paths requested, in order (query strings included). */
  readonly requests: string[] = [];
  origin = '';

  async start(): Promise<this> {
    if (!existsSync(BUNDLE_PATH)) throw new Error('dist/willkommen.js is missing: run `npm run build` first');
    this.route('/willkommen.js', {
      body: readFileSync(BUNDLE_PATH),
      headers: {'content-type': 'text/javascript'},
    });
    // Browsers ask for it on their own; a 404 would show up as a console error of the page.
    this.route('/favicon.ico', {status: 204, body: ''});
    this.server = createServer((request, response) => this.handle(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    return this;
  }

  route(path: string, route: Route): void {
    this.routes.set(path, route);
  }

  /** An HTML page; `csp` becomes a Content-Security-Policy header. */
  page(path: string, html: string, options: {csp?: string; charset?: string} = {}): string {
    const charset = options.charset ?? 'utf-8';
    const headers: Record<string, string> = {'content-type': `text/html; charset=${charset}`};
    if (options.csp) headers['content-security-policy'] = options.csp;
    this.route(path, {body: charset === 'utf-8' ? html : Buffer.from(html, 'latin1'), headers});
    return this.origin + path;
  }

  json(path: string, value: unknown): string {
    this.route(path, {body: typeof value === 'string' ? value : JSON.stringify(value), headers: {'content-type': 'application/json'}});
    return this.origin + path;
  }

  countRequests(path: string): number {
    return this.requests.filter((requested) => requested.split('?')[0] === path).length;
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const path = (request.url ?? '/').split('?')[0];
    this.requests.push(request.url ?? '/');
    const route = this.routes.get(path);
    const answer = () => {
      if (!route) {
        response.writeHead(404, {'content-type': 'text/html; charset=utf-8'});
        response.end('<!doctype html><title>404</title><h1>Not found</h1>');
        return;
      }
      response.writeHead(route.status ?? 200, route.headers ?? {});
      response.end(route.body);
    };
    if (route?.delay) setTimeout(answer, route.delay);
    else answer();
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({executablePath: chromePath(), args: chromeArgs, headless: true});
}

/** One loopback server and one Chromium for a test file, started before its tests and closed after. */
export function useHost(): {server: HostServer; browser: Browser} {
  const host = {} as {server: HostServer; browser: Browser};
  beforeAll(async () => {
    host.server = await new HostServer().start();
    host.browser = await launchBrowser();
  });
  afterAll(async () => {
    await host.browser?.close();
    await host.server?.stop();
  });
  return host;
}

/** What a page did that a webmaster would not want: errors, CSP violations, requests elsewhere. */
export interface PageWatch {
  errors: string[];
  consoleErrors: string[];
  consoleWarnings: string[];
  requests: string[];
  dialogs: string[];
}

export async function openPage(
  browser: Browser,
  url: string,
  options: {viewport?: {width: number; height: number}; init?: string; timezoneId?: string} = {},
): Promise<{page: Page; watch: PageWatch}> {
  const context = await browser.newContext({
    viewport: options.viewport ?? {width: 1024, height: 800},
    locale: 'de-DE',
    acceptDownloads: true,
    ...(options.timezoneId && {timezoneId: options.timezoneId}),
  });
  const page = await context.newPage();
  const watch: PageWatch = {errors: [], consoleErrors: [], consoleWarnings: [], requests: [], dialogs: []};
  page.on('pageerror', (error) => watch.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
    if (message.type() === 'warning') watch.consoleWarnings.push(message.text());
  });
  page.on('request', (request) => watch.requests.push(request.url()));
  page.on('dialog', (dialog) => {
    watch.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  if (options.init) await page.addInitScript(options.init);
  // CSP violations are events on the document; collect them where the test can read them.
  await page.addInitScript(() => {
    (window as unknown as {cspViolations: string[]}).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as {cspViolations: string[]}).cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  await page.goto(url);
  return {page, watch};
}

/** Waits until the element's shadow root shows no loading line, and returns its text. */
export async function widgetText(page: Page, selector: string): Promise<string> {
  await page.waitForFunction(
    (sel) => {
      const root = document.querySelector(sel)?.shadowRoot;
      return !!root && root.childElementCount > 0 && !root.querySelector('.loading');
    },
    selector,
    {timeout: 15_000},
  );
  return page.evaluate((sel) => (document.querySelector(sel)!.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim(), selector);
}

/** Every element of the file, in the order a page usually has them. */
export const ALL_WIDGETS = [
  'willkommen-language-picker',
  'willkommen-contact-card',
  'willkommen-checklist',
  'willkommen-document-finder',
  'willkommen-partner-map',
];

export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html willkommen";

/** A municipal page around the widgets: the webmaster's three lines plus a little page. */
export function hostPage(body: string, options: {head?: string; lang?: string; charset?: string} = {}): string {
  return `<!doctype html>
<html lang="${options.lang ?? 'de'}">
<head><meta charset="${options.charset ?? 'utf-8'}"><title>Stadt Musterstadt</title>${options.head ?? ''}</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}
