/**
 * Where a widget's config comes from, loaded once per page and shared by every widget that names the
 * same source: the `config` attribute (a URL, or `#id` of an inline JSON script), else `data-config` of
 * the script tag that loaded the bundle, else the embedded example profile.
 */
import defaultProfile from './default-profile.json';
import {parseConfigText, type ConfigIssue, type ConfigResult} from './validate.js';
import type {Config} from './schema.js';

export type ConfigFailure = 'fetch' | 'invalid';

export type LoadedConfig =
  | {ok: true; config: Config; source: string; /** What a lenient parse left out (see parseConfig). */ skipped?: ConfigIssue[]}
  | {ok: false; failure: ConfigFailure; issues: ConfigIssue[]; source: string};

const FETCH_TIMEOUT_MS = 10_000;
const RETRY_DELAY_MS = 800;
/** A config far beyond any real office's (the full example is ~60 KB): refuse before parsing. */
export const MAX_CONFIG_CHARACTERS = 2_000_000;
export const DEFAULT_SOURCE = 'default';

/**
 * The embedded default is part of this file, not input from a page, so it is checked before it ships:
 * tests/unit/default-profile.test.ts fails unless parseConfig accepts it and returns it unchanged (every
 * default written out). Checking it again on every page cost the contact card about 170 ms of its first
 * render at 4x CPU throttling, close to a third of it.
 */
const DEFAULT_CONFIG: ConfigResult = {ok: true, config: defaultProfile as unknown as Config}; // JSON types are wider than Config's

/** `data-config` of the <script> that loaded the bundle, read while the bundle evaluates. */
let scriptConfig: string | undefined;
/** That <script> itself: inline JSON above it was parsed before the bundle ran. */
let loadingScript: Element | undefined;
export function rememberLoadingScript(script: Element | null): void {
  loadingScript ??= script ?? undefined;
  const value = script?.getAttribute('data-config')?.trim();
  if (value) scriptConfig = value;
}

/** The cache key for an element's config: an absolute URL, `#id`, or `default`. */
export function configSource(attribute: string | null | undefined): string {
  const value = attribute?.trim() || scriptConfig;
  if (!value) return DEFAULT_SOURCE;
  if (value.startsWith('#')) return value;
  try {
    return new URL(value, document.baseURI).href;
  } catch {
    return value; // loadSource reports it as a bad URL, with the path the webmaster wrote
  }
}

const cache = new Map<string, Promise<LoadedConfig>>();
/** The same loads once they are done, for widgets that render after that (or need no wait at all). */
const settled = new Map<string, LoadedConfig>();

export function loadConfig(source: string): Promise<LoadedConfig> {
  let pending = cache.get(source);
  if (!pending) {
    pending = loadSource(source).then((result) => remember(source, result));
    cache.set(source, pending);
  }
  return pending;
}

/**
 * The config when it can be had without waiting: loaded before, the embedded default, or an inline
 * script the HTML parser has already passed. A widget then renders its content in its FIRST update,
 * with no "loading" line flashing and no layout shift; otherwise it calls `loadConfig` and waits.
 */
export function loadConfigNow(source: string, element: Element): LoadedConfig | undefined {
  const known = settled.get(source);
  if (known || cache.has(source)) return known;
  let result: LoadedConfig | undefined;
  if (source === DEFAULT_SOURCE) result = outcome(source, DEFAULT_CONFIG);
  else if (source.startsWith('#')) {
    const script = document.getElementById(source.slice(1));
    if (script && (document.readyState !== 'loading' || parsedBefore(script, element))) {
      result = outcome(source, readInlineConfig(source.slice(1)));
    }
  }
  if (result) {
    cache.set(source, Promise.resolve(result));
    remember(source, result);
  }
  return result;
}

/**
 * While the page is still parsing, an inline script is complete once the parser has created an
 * element after it: the widget, or the script tag of this bundle. One that comes later in the page
 * may still be receiving its text.
 */
function parsedBefore(script: Element, element: Element): boolean {
  let node: Node = element;
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = node.getRootNode()) node = root.host;
  return [node, loadingScript].some(
    (later) => later?.isConnected && Boolean(script.compareDocumentPosition(later) & Node.DOCUMENT_POSITION_FOLLOWING),
  );
}

function remember(source: string, result: LoadedConfig): LoadedConfig {
  logIssues(result);
  // A failure is kept for the widgets that render now, not for the page's lifetime: a widget made
  // later (an app's next view, once its inline JSON is there or the server is back) tries again.
  settled.set(source, result);
  if (!result.ok) setTimeout(() => cache.delete(source) && settled.delete(source));
  return result;
}

/** Tests and Storybook load the same source again after changing it. */
export function forgetLoadedConfigs(): void {
  cache.clear();
  settled.clear();
}

function outcome(source: string, result: ConfigResult, failure: ConfigFailure = 'invalid'): LoadedConfig {
  return result.ok ? {ok: true, config: result.config, source, skipped: result.skipped} : {ok: false, failure, issues: result.issues, source};
}

async function loadSource(source: string): Promise<LoadedConfig> {
  const done = (result: ConfigResult, failure?: ConfigFailure) => outcome(source, result, failure);

  if (source === DEFAULT_SOURCE) return done(DEFAULT_CONFIG);
  if (source.startsWith('#')) {
    // A widget may upgrade before the parser reached the inline JSON further down the page.
    if (document.readyState === 'loading') {
      await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, {once: true}));
    }
    return done(readInlineConfig(source.slice(1)));
  }

  let url: URL;
  try {
    url = new URL(source);
  } catch {
    return done({ok: false, issues: [{path: '$', message: `"${source}" is not a URL`}]}, 'fetch');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return done({ok: false, issues: [{path: '$', message: `Only http(s) URLs can be loaded, not "${url.protocol}"`}]}, 'fetch');
  }
  const fetched = await fetchText(url.href);
  if ('error' in fetched) return done({ok: false, issues: [{path: '$', message: fetched.error}]}, 'fetch');
  return done(parseConfigText(fetched.text, true));
}

function readInlineConfig(id: string): ConfigResult {
  const script = document.getElementById(id);
  if (!script) {
    return {ok: false, issues: [{path: '$', message: `No <script type="application/json" id="${id}"> on the page`}]};
  }
  if (!(script instanceof HTMLScriptElement) || script.type !== 'application/json') {
    return {ok: false, issues: [{path: '$', message: `#${id} is a <${script.localName}${script.getAttribute('type') ? ` type="${script.getAttribute('type')}"` : ''}>, not a <script type="application/json">`}]};
  }
  const text = script.textContent ?? '';
  if (text.length > MAX_CONFIG_CHARACTERS) return tooLarge(text.length);
  return parseConfigText(text, true);
}

function tooLarge(bytes: number): ConfigResult {
  return {ok: false, issues: [{path: '$', message: tooLargeMessage(bytes)}]};
}

async function fetchText(url: string): Promise<{text: string} | {error: string}> {
  let last: {error: string; retry: boolean} = {error: '', retry: false};
  for (let attempt = 0; attempt < 2; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
    try {
      const response = await fetch(url, {signal: controller.signal, credentials: 'same-origin'});
      if (!response.ok) {
        // 4xx will not change on a retry; 5xx might.
        last = {error: `Loading ${url} failed: HTTP ${response.status}`, retry: response.status >= 500};
      } else {
        const length = Number(response.headers.get('content-length'));
        if (length > MAX_CONFIG_CHARACTERS) return {error: tooLargeMessage(length)};
        const text = await response.text();
        if (text.length > MAX_CONFIG_CHARACTERS) return {error: tooLargeMessage(text.length)};
        return {text};
      }
    } catch (error) {
      const timedOut = controller.signal.aborted;
      last = {
        error: timedOut
          ? `Loading ${url} took longer than ${FETCH_TIMEOUT_MS / 1000} s`
          : `Loading ${url} failed: ${error instanceof Error ? error.message : String(error)} (offline, wrong host, or blocked by CORS or CSP connect-src?)`,
        retry: true,
      };
    } finally {
      clearTimeout(timer);
    }
    if (!last.retry) break;
  }
  return {error: last.error};
}

function tooLargeMessage(bytes: number): string {
  return `The config is ${bytes} characters long; at most ${MAX_CONFIG_CHARACTERS} are read`;
}

function logIssues(result: LoadedConfig): void {
  const issues = result.ok ? result.skipped : result.issues;
  if (!issues) return;
  const lines = issues.map((issue) => `  ${issue.path}: ${issue.message}`).join('\n');
  console.error(`[willkommen] The config ${result.source} ${result.ok ? 'has mistakes; the widgets leave these parts out' : 'cannot be used'}:\n${lines}`);
}
