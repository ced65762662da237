/// <reference types="mocha" />
// Ethiopic, Arabic-script and Cyrillic text from system fonts only: the widgets load no font, so these
// scripts must render through the browser's fallback fonts, and no line-height or truncation may clip
// their tall letters and diacritics. Rendered with the example template, whose texts exist in every locale.
import {expect, fixture, html} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import '../../src/index.js';
import {applyLocale} from '../../src/localization.js';
import example from '../../examples/musterstadt.json';
import {inlineConfig, settled} from './helpers.js';

type Widget = HTMLElement & {updateComplete: Promise<boolean>};

const config = inlineConfig(example, 'scripts-config');
const widgets: Record<string, TemplateResult> = {
  'contact card': html`<willkommen-contact-card config=${config}></willkommen-contact-card>`,
  checklist: html`<willkommen-checklist config=${config} service="extension"></willkommen-checklist>`,
  'document finder': html`<willkommen-document-finder config=${config}></willkommen-document-finder>`,
  'partner map': html`<willkommen-partner-map config=${config}></willkommen-partner-map>`,
};

/** A letter of each script, to find text written in it. */
const SCRIPTS = {ti: /\p{Script=Ethiopic}/u, ar: /\p{Script=Arabic}/u, ps: /\p{Script=Arabic}/u, uk: /\p{Script=Cyrillic}/u};

/** Text nodes of the shadow root that hold letters of the script, with their elements. */
function textsInScript(root: ShadowRoot, script: RegExp): Array<{text: string; element: Element}> {
  const found: Array<{text: string; element: Element}> = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (element && !element.closest('style') && script.test(node.textContent ?? '')) found.push({text: node.textContent!.trim(), element});
  }
  return found;
}

/** The pixels of one character drawn alone in the element's font (with the browser's fallback fonts). */
function drawn(character: string, font: string): string {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 48;
  const context = canvas.getContext('2d', {willReadFrequently: true})!;
  context.font = font;
  context.fillText(character, 8, 32);
  return context.getImageData(0, 0, 48, 48).data.join();
}

/**
 * The letters of a text that no installed font has: those are drawn as the same empty box as an
 * unassigned code point, pixel for pixel. (Combining marks and spaces are left out.)
 */
function missingGlyphs(text: string, element: Element): string[] {
  const font = getComputedStyle(element).font;
  const box = drawn('\u{E000}', font);
  return [...new Set(text.replace(/[\p{M}\s\p{P}\p{N}]/gu, ''))].filter((letter) => drawn(letter, font) === box);
}

/** Elements that cut their content off (overflow hidden or clip) while their content is taller. */
function clipped(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('*')]
    .filter((element) => {
      const style = getComputedStyle(element);
      const clips = ['hidden', 'clip'].includes(style.overflowY) || ['hidden', 'clip'].includes(style.overflowX);
      return clips && element.textContent?.trim() && !element.classList.contains('visually-hidden') && element.scrollHeight > element.clientHeight + 1;
    })
    .map((element) => `<${element.localName} class="${element.getAttribute('class') ?? ''}">: ${element.scrollHeight} > ${element.clientHeight}`);
}

/** Text set tighter than 1.2 times its size, where tall letters and marks of one line touch the next. */
function tightLines(texts: Array<{element: Element}>): string[] {
  return texts
    .map(({element}) => getComputedStyle(element))
    .filter((style) => style.lineHeight !== 'normal' && parseFloat(style.lineHeight) < 1.2 * parseFloat(style.fontSize))
    .map((style) => `line-height ${style.lineHeight} at font-size ${style.fontSize}`);
}

describe('scripts with system fonts only', () => {
  it('finds a missing glyph (the check can fail)', () => {
    const probe = document.createElement('p');
    document.body.append(probe);
    expect(missingGlyphs('\u{E001}a\u{E002}', probe)).to.deep.equal(['\u{E001}', '\u{E002}']);
    expect(missingGlyphs('Hallo', probe)).to.deep.equal([]);
    probe.remove();
  });

  for (const [locale, script] of Object.entries(SCRIPTS)) {
    for (const [name, template] of Object.entries(widgets)) {
      it(`${locale}: the ${name} draws its text with a fallback font, unclipped`, async () => {
        await applyLocale(locale);
        const element = await fixture<Widget>(template);
        await settled(element);
        const texts = textsInScript(element.shadowRoot!, script);
        expect(texts.length, 'text in the script').to.be.greaterThan(3);
        expect(texts.flatMap(({text, element}) => missingGlyphs(text, element))).to.deep.equal([]);
        expect(clipped(element.shadowRoot!)).to.deep.equal([]);
        expect(tightLines(texts)).to.deep.equal([]);
      });
    }
  }
});
