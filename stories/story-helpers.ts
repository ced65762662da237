/**
 * Small helpers for the stories (not a story file: the glob only takes *.stories.ts). Like
 * tests/browser/helpers.ts, without axe: addon-a11y brings its own.
 */
import {expect, waitFor, type fn} from 'storybook/test';
import {inlineConfig as inlineConfigWithId} from '../tests/fixtures/inline-config.js';

/**
 * The story's config as inline JSON. The id is the story's, so stories side by side on a docs page never
 * read each other's config.
 */
export function inlineConfig(json: unknown, storyId: string): string {
  return inlineConfigWithId(json, `willkommen-story-config-${storyId.replace(/[^\w-]/g, '-')}`);
}

/** A config server that never answers: `stubNeverAnswering` holds `fetch` for it (.invalid never resolves anyway). */
export const NEVER_ANSWERS_URL = 'https://config.example.invalid/willkommen.json';

/**
 * A story's `beforeEach` for the loading state: `fetch` of NEVER_ANSWERS_URL returns a promise that never
 * settles, so the widget stays loading (a real hanging server ends in the "could not be loaded" message
 * after the widget's 10 s timeout and one retry). Returns the cleanup that puts `fetch` back.
 */
export function stubNeverAnswering(): () => void {
  const realFetch = window.fetch;
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    return url === NEVER_ANSWERS_URL ? new Promise<Response>(() => {}) : realFetch(input, init);
  };
  return () => {
    window.fetch = realFetch;
  };
}

/** What every widget shows while its config loads: a polite status line saying so. */
export async function expectLoading(element: Element): Promise<void> {
  await waitFor(() => expect(element.shadowRoot?.querySelector('.loading')).toBeTruthy());
  const loading = inShadow(element, '.loading');
  await expect(loading).toHaveAttribute('role', 'status');
  await expect(loading).toHaveTextContent(/Wird geladen/);
}

type LitHost = HTMLElement & {updateComplete: Promise<boolean>};

/** The story's element, once it is defined and has rendered something other than its loading line. */
export async function settled<T extends LitHost>(canvas: HTMLElement, tagName: string): Promise<T> {
  const element = canvas.querySelector<T>(tagName);
  if (!element) throw new Error(`No <${tagName}> in the story`);
  await customElements.whenDefined(tagName);
  for (let attempt = 0; attempt < 200; attempt++) {
    await element.updateComplete;
    if (element.shadowRoot?.firstElementChild && !element.shadowRoot.querySelector('.loading')) return element;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`<${tagName}> never finished loading`);
}

/** The visible text of an element's shadow root, whitespace collapsed. */
export function shadowText(element: Element | null | undefined): string {
  return (element?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** One element in an open shadow root; throws with the selector when it is missing. */
export function inShadow<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = host.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector} in <${host.localName}>'s shadow root`);
  return found;
}

/** Whether an element takes up space on screen (slotted fallback content, for instance). */
export function isRendered(element: Element | null | undefined): boolean {
  return !!element && element.getClientRects().length > 0;
}

/**
 * What every widget shows for brokenConfig: an alert, the page's fallback again, and a
 * willkommen-config-error event that names the JSON path of the bad phone number.
 */
export async function expectBrokenConfigHandled(element: Element, onConfigError: unknown): Promise<void> {
  const error = inShadow(element, '[part="error"]');
  await expect(error).toHaveAttribute('role', 'alert');
  await expect(error).toHaveTextContent(/fehlerhaft/);
  await expect(element.shadowRoot!.querySelector('slot')).not.toBeNull();
  await expect(isRendered(element.querySelector('p'))).toBe(true);
  await expect(onConfigError).toHaveBeenCalled();
  const event = (onConfigError as ReturnType<typeof fn>).mock.calls.at(-1)?.[0] as CustomEvent<{issues: {path: string}[]}>;
  await expect(event.detail.issues.map((issue) => issue.path)).toContain('$.offices[0].phone');
}
