// @vitest-environment happy-dom
/**
 * Loading a config: once per source per page, from a URL (10 s timeout, one retry for network errors
 * and HTTP 5xx but not 4xx, at most 2,000,000 bytes), from an inline `#id` JSON script, or the embedded
 * default. Every failure becomes a result with a path and a message, never an exception.
 */
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, beforeEach, describe, expect, it, vi, type Mock} from 'vitest';
import {
  DEFAULT_SOURCE,
  MAX_CONFIG_CHARACTERS,
  configSource,
  forgetLoadedConfigs,
  loadConfig,
  loadConfigNow,
  type LoadedConfig,
} from '../../src/core/config/load.js';
import defaultProfile from '../../src/core/config/default-profile.json';
import {musterstadt} from '../fixtures/configs.js';

// Not `new URL(…, import.meta.url)`: in happy-dom the global URL is the window's.
const bad = (name: string) => readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../fixtures/bad', name), 'utf8');

const CONFIG_URL = 'https://amt.example.org/willkommen/config.json';
/** After the widgets that render now: a failure is kept for them only. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve));
const VALID = JSON.stringify(musterstadt);

interface FakeResponse {
  ok: boolean;
  status: number;
  headers: Headers;
  text: Mock<() => Promise<string>>;
}

function response(status: number, body = '', headers: Record<string, string> = {}): FakeResponse {
  return {ok: status >= 200 && status < 300, status, headers: new Headers(headers), text: vi.fn(async () => body)};
}

/** A fetch that never answers, and rejects like the browser's when its signal aborts. */
function hanging(_url: string, init?: RequestInit): Promise<FakeResponse> {
  return new Promise((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
  });
}

function networkError(): Promise<FakeResponse> {
  return Promise.reject(new TypeError('Failed to fetch'));
}

let fetchMock: Mock<(url: string, init?: RequestInit) => Promise<FakeResponse>>;
let consoleError: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  forgetLoadedConfigs();
  fetchMock = vi.fn();
  vi.stubGlobal('fetch', fetchMock);
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  consoleError.mockRestore();
  forgetLoadedConfigs();
  document.head.querySelectorAll('base').forEach((base) => base.remove());
  document.body.replaceChildren();
});

function failed(result: LoadedConfig): Extract<LoadedConfig, {ok: false}> {
  if (result.ok) throw new Error('The config loaded, but it should have failed');
  return result;
}

function setBase(href: string): void {
  const base = document.createElement('base');
  base.href = href;
  document.head.append(base);
}

function addScript(id: string, text: string, type = 'application/json'): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = type;
  script.id = id;
  script.textContent = text;
  document.body.append(script);
  return script;
}

describe('configSource', () => {
  it('no attribute: the embedded default', () => {
    expect(configSource(null)).toBe(DEFAULT_SOURCE);
    expect(configSource(undefined)).toBe('default');
    expect(configSource('')).toBe('default');
    expect(configSource('   ')).toBe('default');
  });

  it('#id stays #id', () => {
    expect(configSource('#willkommen-config')).toBe('#willkommen-config');
    expect(configSource('  #amt ')).toBe('#amt');
  });

  it('absolute URLs stay, trimmed', () => {
    expect(configSource(` ${CONFIG_URL} `)).toBe(CONFIG_URL);
  });

  it('relative URLs are resolved against document.baseURI', () => {
    setBase('https://amt.example.org/auslaender/seite.html');
    expect(document.baseURI).toBe('https://amt.example.org/auslaender/seite.html');
    expect(configSource('config/office.json')).toBe('https://amt.example.org/auslaender/config/office.json');
    expect(configSource('/willkommen.json')).toBe('https://amt.example.org/willkommen.json');
    expect(configSource('../daten/amt.json?v=2')).toBe('https://amt.example.org/daten/amt.json?v=2');
    expect(configSource('//cdn.example.org/amt.json')).toBe('https://cdn.example.org/amt.json');
  });

  it('the same file named two ways is one source', () => {
    setBase('https://amt.example.org/auslaender/');
    expect(configSource('config.json')).toBe(configSource('https://amt.example.org/auslaender/config.json'));
  });
});

describe('rememberLoadingScript (data-config of the bundle script)', () => {
  it('is the source when an element has no config attribute; the attribute still wins', async () => {
    vi.resetModules();
    const load = await import('../../src/core/config/load.js');
    setBase('https://amt.example.org/auslaender/');
    expect(load.configSource(null)).toBe('default');

    const script = document.createElement('script');
    script.setAttribute('data-config', ' daten/amt.json ');
    load.rememberLoadingScript(script);
    expect(load.configSource(null)).toBe('https://amt.example.org/auslaender/daten/amt.json');
    expect(load.configSource('')).toBe('https://amt.example.org/auslaender/daten/amt.json');
    expect(load.configSource('#inline')).toBe('#inline');

    // A later script without data-config (or none at all) does not forget it.
    load.rememberLoadingScript(document.createElement('script'));
    load.rememberLoadingScript(null);
    expect(load.configSource(null)).toBe('https://amt.example.org/auslaender/daten/amt.json');
  });
});

describe('loadConfig: the embedded default', () => {
  it('loads without any request', async () => {
    const result = await loadConfig(DEFAULT_SOURCE);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.source).toBe('default');
      expect(result.config.example).toBe(true);
      expect(result.config.offices[0].id).toBe('auslaenderbehoerde');
    }
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('is used as it ships, not checked again on every page (a test checks it before it ships)', async () => {
    const result = await loadConfig(DEFAULT_SOURCE);
    // parseConfig returns new objects; the very object of the JSON module means no run-time check.
    expect(result.ok && result.config).toBe(defaultProfile);
  });
});

describe('loadConfig: from a URL', () => {
  it('fetches once, same-origin credentials and an abort signal, and parses', async () => {
    fetchMock.mockResolvedValueOnce(response(200, VALID, {'content-type': 'application/json'}));
    const result = await loadConfig(CONFIG_URL);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.source).toBe(CONFIG_URL);
      expect(result.config.offices[0].id).toBe('auslaenderbehoerde');
    }
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe(CONFIG_URL);
    expect(init?.credentials).toBe('same-origin');
    expect(init?.signal).toBeInstanceOf(AbortSignal);
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('404: one request only, a fetch failure naming HTTP 404', async () => {
    fetchMock.mockResolvedValue(response(404, 'Not found'));
    const result = failed(await loadConfig(CONFIG_URL));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(result.failure).toBe('fetch');
    expect(result.source).toBe(CONFIG_URL);
    expect(result.issues).toEqual([{path: '$', message: `Loading ${CONFIG_URL} failed: HTTP 404`}]);
  });

  it('403 and 410 are not retried either', async () => {
    fetchMock.mockResolvedValueOnce(response(403)).mockResolvedValueOnce(response(410));
    expect(failed(await loadConfig(CONFIG_URL)).issues[0].message).toContain('HTTP 403');
    expect(failed(await loadConfig(`${CONFIG_URL}?b`)).issues[0].message).toContain('HTTP 410');
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('tells the webmaster in the console, with source, path and message', async () => {
    fetchMock.mockResolvedValue(response(404));
    await loadConfig(CONFIG_URL);
    expect(consoleError).toHaveBeenCalledTimes(1);
    const logged = String(consoleError.mock.calls[0][0]);
    expect(logged).toContain('[willkommen]');
    expect(logged).toContain(CONFIG_URL);
    expect(logged).toContain(`$: Loading ${CONFIG_URL} failed: HTTP 404`);
  });

  it('503 then 200: retried once after a short pause, and loaded', async () => {
    vi.useFakeTimers();
    fetchMock.mockResolvedValueOnce(response(503)).mockResolvedValueOnce(response(200, VALID));
    const pending = loadConfig(CONFIG_URL);
    await vi.advanceTimersByTimeAsync(799);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    const result = await pending;
    expect(result.ok).toBe(true);
  });

  it('503 twice: two requests, then a fetch failure naming HTTP 503', async () => {
    vi.useFakeTimers();
    fetchMock.mockResolvedValue(response(503));
    const pending = loadConfig(CONFIG_URL);
    await vi.advanceTimersByTimeAsync(5_000);
    const result = failed(await pending);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(result.failure).toBe('fetch');
    expect(result.issues).toEqual([{path: '$', message: `Loading ${CONFIG_URL} failed: HTTP 503`}]);
  });

  it('a network error twice: two requests, a fetch failure with the reason and hints', async () => {
    vi.useFakeTimers();
    fetchMock.mockImplementation(networkError);
    const pending = loadConfig(CONFIG_URL);
    await vi.advanceTimersByTimeAsync(5_000);
    const result = failed(await pending);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(result.failure).toBe('fetch');
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0].path).toBe('$');
    expect(result.issues[0].message).toBe(
      `Loading ${CONFIG_URL} failed: Failed to fetch (offline, wrong host, or blocked by CORS or CSP connect-src?)`,
    );
  });

  it('a network error, then success', async () => {
    vi.useFakeTimers();
    fetchMock.mockImplementationOnce(networkError).mockResolvedValueOnce(response(200, VALID));
    const pending = loadConfig(CONFIG_URL);
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await pending).ok).toBe(true);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('a hanging fetch is aborted after 10 s and retried once, then fails', async () => {
    vi.useFakeTimers();
    fetchMock.mockImplementation(hanging);
    let settled: LoadedConfig | undefined;
    const pending = loadConfig(CONFIG_URL).then((result) => (settled = result));

    await vi.advanceTimersByTimeAsync(9_999);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const firstSignal = fetchMock.mock.calls[0][1]?.signal;
    expect(firstSignal?.aborted).toBe(false);

    await vi.advanceTimersByTimeAsync(1);
    expect(firstSignal?.aborted).toBe(true);
    expect(fetchMock).toHaveBeenCalledTimes(1);

    await vi.advanceTimersByTimeAsync(800);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    const secondSignal = fetchMock.mock.calls[1][1]?.signal;
    expect(secondSignal).not.toBe(firstSignal);
    expect(secondSignal?.aborted).toBe(false);
    expect(settled).toBeUndefined();

    await vi.advanceTimersByTimeAsync(10_000);
    expect(secondSignal?.aborted).toBe(true);
    const result = failed(await pending);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(result.failure).toBe('fetch');
    expect(result.issues).toEqual([{path: '$', message: `Loading ${CONFIG_URL} took longer than 10 s`}]);
  });

  it('a hanging first try and a quick second one: loaded', async () => {
    vi.useFakeTimers();
    fetchMock.mockImplementationOnce(hanging).mockResolvedValueOnce(response(200, VALID));
    const pending = loadConfig(CONFIG_URL);
    await vi.advanceTimersByTimeAsync(10_800);
    expect((await pending).ok).toBe(true);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('a Content-Length over the limit is refused before the body is read', async () => {
    const big = response(200, VALID, {'content-length': String(MAX_CONFIG_CHARACTERS + 1)});
    fetchMock.mockResolvedValue(big);
    const result = failed(await loadConfig(CONFIG_URL));
    expect(MAX_CONFIG_CHARACTERS).toBe(2_000_000);
    expect(result.failure).toBe('fetch');
    expect(result.issues).toEqual([{path: '$', message: 'The config is 2000001 characters long; at most 2000000 are read'}]);
    expect(big.text).not.toHaveBeenCalled();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('a Content-Length of exactly the limit is read', async () => {
    fetchMock.mockResolvedValue(response(200, VALID, {'content-length': String(MAX_CONFIG_CHARACTERS)}));
    expect((await loadConfig(CONFIG_URL)).ok).toBe(true);
  });

  it('a body over the limit without Content-Length is refused', async () => {
    fetchMock.mockResolvedValue(response(200, ' '.repeat(MAX_CONFIG_CHARACTERS + 1)));
    const result = failed(await loadConfig(CONFIG_URL));
    expect(result.failure).toBe('fetch');
    expect(result.issues[0].message).toBe('The config is 2000001 characters long; at most 2000000 are read');
  });

  it('two loadConfig calls with the same source share one request and one promise', async () => {
    fetchMock.mockResolvedValue(response(200, VALID));
    const first = loadConfig(CONFIG_URL);
    const second = loadConfig(CONFIG_URL);
    expect(second).toBe(first);
    const [a, b] = await Promise.all([first, second]);
    expect(a).toBe(b);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    // Later widgets get the same result without a request.
    expect(await loadConfig(CONFIG_URL)).toBe(a);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('a failure is shared too, and logged once', async () => {
    fetchMock.mockResolvedValue(response(404));
    await Promise.all([loadConfig(CONFIG_URL), loadConfig(CONFIG_URL), loadConfig(CONFIG_URL)]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(consoleError).toHaveBeenCalledTimes(1);
  });

  // An app makes widgets long after the page loaded: a failure must not stay for the page's lifetime.
  it('a failure is not kept: a widget made later tries again, and loads once the server is back', async () => {
    fetchMock.mockResolvedValue(response(404));
    expect((await loadConfig(CONFIG_URL)).ok).toBe(false);
    await nextTask();
    expect((await loadConfig(CONFIG_URL)).ok).toBe(false);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    await nextTask();
    fetchMock.mockResolvedValue(response(200, VALID));
    expect((await loadConfig(CONFIG_URL)).ok).toBe(true);
  });

  it('an inline config the page adds after a widget looked for it: the next widget finds it', async () => {
    expect((await loadConfig('#later')).ok).toBe(false);
    await nextTask();
    addScript('later', VALID);
    expect((await loadConfig('#later')).ok).toBe(true);
  });

  it('different sources load separately; forgetLoadedConfigs loads again', async () => {
    fetchMock.mockImplementation(async () => response(200, VALID));
    await loadConfig(CONFIG_URL);
    await loadConfig(`${CONFIG_URL}?office=2`);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    forgetLoadedConfigs();
    await loadConfig(CONFIG_URL);
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('truncated JSON: an invalid config, with line and column', async () => {
    fetchMock.mockResolvedValue(response(200, bad('truncated.json')));
    const result = failed(await loadConfig(CONFIG_URL));
    expect(result.failure).toBe('invalid');
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0].path).toBe('$');
    expect(result.issues[0].message).toMatch(/^Not valid JSON at line 77, column 32: /);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('an HTML page served with 200 (a wrong URL behind a catch-all route): an invalid config', async () => {
    fetchMock.mockResolvedValue(response(200, bad('not-json.txt'), {'content-type': 'text/html'}));
    const result = failed(await loadConfig(CONFIG_URL));
    expect(result.failure).toBe('invalid');
    expect(result.issues[0].path).toBe('$');
    expect(result.issues[0].message).toMatch(/^Not valid JSON/);
  });

  it('wrong types: an invalid config with the exact paths', async () => {
    fetchMock.mockResolvedValue(response(200, bad('wrong-types.json')));
    const result = failed(await loadConfig(CONFIG_URL));
    expect(result.failure).toBe('invalid');
    expect(result.issues.map((issue) => issue.path)).toEqual(['$.version', '$.offices[0].name', '$.services[0].questions']);
  });

  it.each([
    ['ftp://amt.example.org/config.json', 'ftp:'],
    ['javascript:alert(1)', 'javascript:'],
    ['data:application/json,{"version":1}', 'data:'],
    ['file:///etc/passwd', 'file:'],
  ])('refuses to load %s', async (source, protocol) => {
    const result = failed(await loadConfig(configSource(source)));
    expect(result.failure).toBe('fetch');
    expect(result.issues).toEqual([{path: '$', message: `Only http(s) URLs can be loaded, not "${protocol}"`}]);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('a source that is no URL at all', async () => {
    const source = configSource('http://[not a host]/config.json');
    expect(source).toBe('http://[not a host]/config.json');
    const result = failed(await loadConfig(source));
    expect(result.failure).toBe('fetch');
    expect(result.issues).toEqual([{path: '$', message: '"http://[not a host]/config.json" is not a URL'}]);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('a relative config attribute is fetched from the resolved URL', async () => {
    setBase('https://amt.example.org/auslaender/seite.html');
    fetchMock.mockResolvedValue(response(200, VALID));
    expect((await loadConfig(configSource('daten/amt.json'))).ok).toBe(true);
    expect(fetchMock.mock.calls[0][0]).toBe('https://amt.example.org/auslaender/daten/amt.json');
  });
});

describe('loadConfig: inline #id scripts', () => {
  it('reads <script type="application/json" id="…"> without a request', async () => {
    addScript('willkommen-config', VALID);
    const result = await loadConfig('#willkommen-config');
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.source).toBe('#willkommen-config');
      expect(result.config.offices[0].id).toBe('auslaenderbehoerde');
    }
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('a missing script: a clear message naming the id', async () => {
    const result = failed(await loadConfig('#missing'));
    expect(result.failure).toBe('invalid');
    expect(result.issues).toEqual([{path: '$', message: 'No <script type="application/json" id="missing"> on the page'}]);
    expect(consoleError).toHaveBeenCalledTimes(1);
  });

  it('a script with another type is not read (a JavaScript block is never taken for data)', async () => {
    addScript('amt', VALID, 'text/javascript');
    const result = failed(await loadConfig('#amt'));
    expect(result.issues).toEqual([{path: '$', message: '#amt is a <script type="text/javascript">, not a <script type="application/json">'}]);
  });

  it('an element that is not a script is not read either', async () => {
    const div = document.createElement('div');
    div.id = 'amt';
    div.textContent = VALID;
    document.body.append(div);
    const result = failed(await loadConfig('#amt'));
    expect(result.issues[0].message).toBe('#amt is a <div>, not a <script type="application/json">');
  });

  it('invalid inline JSON: line and column', async () => {
    addScript('amt', '{\n  "version": 1\n  "offices": []\n}\n');
    const result = failed(await loadConfig('#amt'));
    expect(result.failure).toBe('invalid');
    expect(result.issues[0].path).toBe('$');
    expect(result.issues[0].message).toMatch(/^Not valid JSON at line 3, column 3: /);
  });

  it('an inline config with wrong types: the exact paths', async () => {
    addScript('amt', bad('wrong-types.json'));
    const result = failed(await loadConfig('#amt'));
    expect(result.issues.map((issue) => issue.path)).toEqual(['$.version', '$.offices[0].name', '$.services[0].questions']);
  });

  it('an inline config with mistakes the widgets can do without: used, and the mistakes logged and kept', async () => {
    addScript('amt', bad('dangling-ref.json'));
    const result = await loadConfig('#amt');
    expect(result.ok && result.skipped?.map((issue) => issue.path)).toEqual([
      '$.services[0].documents[1].ref',
      '$.services[0].documents[2].when.married',
    ]);
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(String(consoleError.mock.calls[0]?.[0])).toMatch(/has mistakes; the widgets leave these parts out:\n  \$\.services\[0\]\.documents\[1\]\.ref: /);
  });

  it('a fetched config with unreadable opening hours: used, the hours skipped', async () => {
    const json = JSON.parse(VALID);
    json.offices[0].openingHours = 'Mo-Fr 8-12 Uhr';
    fetchMock.mockResolvedValue(response(200, JSON.stringify(json)));
    const result = await loadConfig(CONFIG_URL);
    expect(result.ok && result.skipped?.map((issue) => issue.path)).toEqual(['$.offices[0].openingHours']);
  });

  it('an inline config over the limit is refused', async () => {
    addScript('amt', ' '.repeat(MAX_CONFIG_CHARACTERS + 1));
    const result = failed(await loadConfig('#amt'));
    expect(result.issues).toEqual([{path: '$', message: 'The config is 2000001 characters long; at most 2000000 are read'}]);
  });

  it('while the page is still loading, waits for DOMContentLoaded before looking', async () => {
    const readyState = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    try {
      let settled = false;
      const pending = loadConfig('#later').then((result) => {
        settled = true;
        return result;
      });
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(settled).toBe(false);
      // The parser reaches the inline script further down the page, then the document is parsed.
      addScript('later', VALID);
      readyState.mockReturnValue('interactive');
      document.dispatchEvent(new Event('DOMContentLoaded'));
      expect((await pending).ok).toBe(true);
    } finally {
      readyState.mockRestore();
    }
  });
});

describe('loadConfigNow: the config before the first render, when there is no need to wait', () => {
  const widget = () => document.body.appendChild(document.createElement('willkommen-contact-card'));

  it('the embedded default: at once, and the same result loadConfig gives later', async () => {
    const now = loadConfigNow(DEFAULT_SOURCE, widget());
    expect(now?.ok && now.config.offices[0].id).toBe('auslaenderbehoerde');
    expect(await loadConfig(DEFAULT_SOURCE)).toBe(now);
  });

  it('an inline script of a parsed page: at once; its issues are logged once, however many widgets ask', async () => {
    addScript('amt', bad('wrong-types.json'));
    const first = loadConfigNow('#amt', widget());
    expect(first && !first.ok && first.issues[0].path).toBe('$.version');
    expect(loadConfigNow('#amt', widget())).toEqual(first);
    expect(await loadConfig('#amt')).toEqual(first);
    expect(consoleError).toHaveBeenCalledTimes(1);
  });

  it('a URL: not without waiting, and nothing fetched by asking', () => {
    expect(loadConfigNow(CONFIG_URL, widget())).toBeUndefined();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('a URL once loaded: at once for widgets that render later', async () => {
    fetchMock.mockResolvedValue(response(200, VALID));
    const loaded = await loadConfig(CONFIG_URL);
    expect(loadConfigNow(CONFIG_URL, widget())).toBe(loaded);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('while a URL loads: undefined, so the widget waits for the same request', async () => {
    fetchMock.mockResolvedValue(response(200, VALID));
    const pending = loadConfig(CONFIG_URL);
    expect(loadConfigNow(CONFIG_URL, widget())).toBeUndefined();
    await pending;
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  describe('while the page is still parsing', () => {
    let readyState: ReturnType<typeof vi.spyOn>;
    beforeEach(() => {
      readyState = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    });
    afterEach(() => readyState.mockRestore());

    it('reads an inline script the parser has passed (it stands before the widget)', () => {
      addScript('amt', VALID);
      expect(loadConfigNow('#amt', widget())?.ok).toBe(true);
    });

    it('also for a widget inside another element\'s shadow root', () => {
      addScript('amt', VALID);
      const outer = widget();
      const inner = outer.attachShadow({mode: 'open'}).appendChild(document.createElement('willkommen-checklist'));
      expect(loadConfigNow('#amt', inner)?.ok).toBe(true);
    });

    it('waits for a script after the widget: its text may still be arriving', async () => {
      const element = widget();
      addScript('amt', '{"version": 1, "off');
      expect(loadConfigNow('#amt', element)).toBeUndefined();
      // Nothing was cached: once the page is parsed, the complete script is read.
      document.getElementById('amt')!.textContent = VALID;
      readyState.mockReturnValue('interactive');
      expect(loadConfigNow('#amt', element)?.ok).toBe(true);
    });

    it('waits for a script that is not there yet', () => {
      expect(loadConfigNow('#later', widget())).toBeUndefined();
    });

    it('reads a script below the widget once the bundle\'s own script tag comes after it', async () => {
      vi.resetModules();
      const load = await import('../../src/core/config/load.js');
      const element = widget();
      addScript('amt', VALID);
      expect(load.loadConfigNow('#amt', element)).toBeUndefined();
      load.forgetLoadedConfigs();
      // <widget> … <script type="application/json"> … <script src="willkommen.js">
      const bundle = document.body.appendChild(document.createElement('script'));
      load.rememberLoadingScript(bundle);
      expect(load.loadConfigNow('#amt', element)?.ok).toBe(true);
    });
  });
});
