/**
 * Small helpers for the stories (not a story file: the glob only takes *.stories.ts). Like
 * tests/browser/helpers.ts, without axe: addon-a11y brings its own.
 */
import {expect, type fn} from 'storybook/test';
import {inlineConfig as inlineConfigWithId} from '../tests/fixtures/inline-config.js';

/**
 * The story's config as inline JSON. The id is the story's, so stories side by side on a docs page never
 * read each other's config.
 */
export function inlineConfig(json: unknown, storyId: string): string {
  return inlineConfigWithId(json, `willkommen-story-config-${storyId.replace(/[^\w-]/g, '-')}`);
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
