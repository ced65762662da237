import 'axe-core';
import {inlineConfig as inlineConfigWithId} from '../fixtures/inline-config.js';

declare const axe: typeof import('axe-core');

/** A fresh inline config with a random id (see tests/fixtures/inline-config.ts). */
export function inlineConfig(json: unknown, id = `config-${Math.random().toString(36).slice(2)}`): string {
  return inlineConfigWithId(json, id);
}

/** Runs axe (WCAG 2.2 A/AA plus target-size) inside the element's open shadow root. */
export async function axeViolations(element: Element): Promise<string[]> {
  const result = await axe.run(element, {
    runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']},
    rules: {'target-size': {enabled: true}, region: {enabled: false}},
  });
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

/** Waits until the element has rendered its loaded config (no loading line left). */
export async function settled(element: HTMLElement & {updateComplete: Promise<boolean>}): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    await element.updateComplete;
    if (!element.shadowRoot?.querySelector('.loading')) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${element.localName} never finished loading`);
}

export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The rectangles of a node's visible text, one per line run: not those of the elements around it
 * (their boxes start above the text), nor of visually hidden text or empty runs.
 */
export function textRects(node: Node): DOMRect[] {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  const rects: DOMRect[] = [];
  for (let text = node.nodeType === Node.TEXT_NODE ? node : walker.nextNode(); text; text = walker.nextNode()) {
    if (text.parentElement?.closest('.visually-hidden')) continue;
    const range = document.createRange();
    range.selectNodeContents(text);
    rects.push(...[...range.getClientRects()].filter((rect) => rect.width > 0));
  }
  return rects;
}
