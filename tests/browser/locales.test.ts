/// <reference types="mocha" />
// Every widget in every UI locale: no German UI text left where a translation belongs, zero axe
// violations with target-size on, and the layout direction of the locale.
import {expect, fixture, html} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import '../../src/index.js';
import {LOCALES, applyLocale, isRtl} from '../../src/localization.js';
import sourceXliff from '../../locales/en.xlf';
import {musterstadt, partnerMapWithTiles} from '../fixtures/configs.js';
import {axeViolations, inlineConfig, settled} from './helpers.js';

type Widget = HTMLElement & {updateComplete: Promise<boolean>};

/**
 * The German UI texts, cut at their placeholders: what a widget would show for a missing translation.
 * Fragments under four letters ("am", "um") say nothing on their own, and words English keeps as they
 * are ("Website") are no sign of a missing translation: both are left out.
 */
const germanFragments: string[] = fragments(sourceXliff, 'source', (source, english) => source !== english);

/** The texts of an XLIFF file's sources or targets, cut at their placeholders, decoded, of four letters or more. */
function fragments(xliff: string, of: 'source' | 'target', keep: (source: string, target: string) => boolean = () => true): string[] {
  return [...xliff.matchAll(/<source>([\s\S]*?)<\/source>\s*<target[^>]*>([\s\S]*?)<\/target>/g)]
    .filter(([, source, target]) => keep(source, target))
    .flatMap(([, source, target]) => (of === 'source' ? source : target).split(/<x\b[^>]*\/>/))
    .map((fragment) => fragment.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'))
    .map((fragment) => fragment.replace(/\s+/g, ' ').trim())
    .filter((fragment) => (fragment.match(/\p{L}/gu) ?? []).length >= 4);
}

/**
 * The locale's own translations, to tell a missing one from a word the language shares with German
 * ("Telefon" in Turkish, "Welcome Center" kept as a name). The test server hands out each .xlf as a
 * module; its text is the JSON string after `export default`.
 */
async function targetFragments(locale: string): Promise<Set<string>> {
  const module = await (await fetch(`/locales/${locale}.xlf`)).text();
  return new Set(fragments(JSON.parse(module.replace(/^export default /, '').replace(/;\s*$/, '')) as string, 'target'));
}

/**
 * Texts and labels a visitor meets in the shadow root, except text marked as another language: German
 * official terms on purpose, and config content that falls back (lang="de", lang="en").
 */
function visibleTexts(root: ShadowRoot, locale: string): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node instanceof Element ? node : node.parentElement;
    if (!element || element.closest('style')) continue;
    const lang = element.closest('[lang]')?.getAttribute('lang');
    if (lang && lang.split('-')[0] !== locale) continue;
    if (node instanceof Element) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = node.getAttribute(name);
        if (value) texts.push(value);
      }
    } else if (node.textContent?.trim()) texts.push(node.textContent.replace(/\s+/g, ' ').trim());
  }
  return texts;
}

/**
 * A text that IS a German UI fragment, or contains a long one. Short fragments can sit inside a proper
 * name from the config ("Welcome Center" in "Welcome Center Musterstadt"), so only long ones count there.
 */
function untranslated(root: ShadowRoot, locale: string, ownTexts: ReadonlySet<string> = new Set()): string[] {
  return visibleTexts(root, locale).filter(
    (text) =>
      !ownTexts.has(text) &&
      (germanFragments.some((fragment) => text === fragment || (fragment.length >= 20 && text.includes(fragment))) ||
        (locale !== 'de' && GERMAN_INTL_WORDS.test(text)) ||
        (locale !== 'en' && ENGLISH_INTL_WORDS.test(text))),
  );
}

/**
 * What Intl says in the browser's own language (German or English here) where the browser lacks the
 * visitor's locale: weekdays, months, language names.
 */
const GERMAN_INTL_WORDS = /\b(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Dezember|Januar|Deutsch|Englisch|Arabisch)\b/;
const ENGLISH_INTL_WORDS = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|December|January|German|English|Arabic)\b/;

const config = inlineConfig(musterstadt, 'locales-config');
/** The map's consent panel shows only with a tile server; nothing is requested before the click. */
const withTiles = inlineConfig(partnerMapWithTiles, 'locales-config-tiles');
const widgets: Record<string, TemplateResult> = {
  'contact card': html`<willkommen-contact-card config=${config}></willkommen-contact-card>`,
  'checklist, an open case': html`<willkommen-checklist config=${config} service="extension"></willkommen-checklist>`,
  'checklist, the cases': html`<willkommen-checklist config=${config}></willkommen-checklist>`,
  'language picker': html`<willkommen-language-picker></willkommen-language-picker>`,
  'document finder': html`<willkommen-document-finder config=${config}></willkommen-document-finder>`,
  'partner map, list': html`<willkommen-partner-map config=${config}></willkommen-partner-map>`,
  'partner map, consent': html`<willkommen-partner-map config=${withTiles}></willkommen-partner-map>`,
};

describe('every widget in every locale', () => {
  it('(the German texts to look for)', () => {
    expect(germanFragments.length).to.be.greaterThan(50);
    expect(germanFragments).to.include('Jetzt geöffnet');
  });

  it('finds a missing translation (the check can fail)', async () => {
    await applyLocale('en');
    const element = await fixture<Widget>(widgets['contact card']);
    await settled(element);
    const planted = document.createElement('p');
    planted.textContent = 'Jetzt geöffnet';
    element.shadowRoot!.append(planted);
    expect(untranslated(element.shadowRoot!, 'en')).to.deep.equal(['Jetzt geöffnet']);
  });

  for (const locale of LOCALES) {
    describe(locale, () => {
      for (const [name, template] of Object.entries(widgets)) {
        it(`${name}: translated, accessible, ${isRtl(locale) ? 'right-to-left' : 'left-to-right'}`, async () => {
          await applyLocale(locale);
          const element = await fixture<Widget>(template);
          await settled(element);
          if (locale !== 'de') expect(untranslated(element.shadowRoot!, locale, await targetFragments(locale))).to.deep.equal([]);
          expect(await axeViolations(element)).to.deep.equal([]);
          expect(getComputedStyle(element).direction).to.equal(isRtl(locale) ? 'rtl' : 'ltr');
        });
      }
    });
  }
});
