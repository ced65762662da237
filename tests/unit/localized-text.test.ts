/**
 * Config texts are a string (in the config's language) or {lang: text}. The visitor sees their own
 * language when it is there, else the nearest fallback, and the widget learns which language it shows
 * so it can mark it with `lang` for screen readers.
 */
import {describe, expect, it} from 'vitest';
import {fallbackChain, germanText, resolveText} from '../../src/core/localized-text.js';

describe('fallbackChain', () => {
  it.each([
    // [visitor locale, content language, expected chain]
    ['de', 'de', ['de', 'en']],
    ['en', 'de', ['en', 'de']],
    ['ar', 'de', ['ar', 'en', 'de']],
    ['ar', 'tr', ['ar', 'en', 'tr', 'de']],
    ['de-CH', 'de', ['de-CH', 'de', 'en']],
    ['en-GB', 'de', ['en-GB', 'en', 'de']],
    ['sr-Latn-RS', 'de', ['sr-Latn-RS', 'sr', 'en', 'de']],
    ['prs', 'de', ['prs', 'fa', 'en', 'de']],
    ['fa', 'de', ['fa', 'prs', 'en', 'de']],
    ['fa-IR', 'de', ['fa-IR', 'fa', 'prs', 'en', 'de']],
    ['prs-AF', 'uk', ['prs-AF', 'prs', 'fa', 'en', 'uk', 'de']],
  ])('%s (content %s) -> %j', (locale, content, expected) => {
    expect(fallbackChain(locale, content)).toEqual(expected);
  });

  it('does not treat Sorani and Kurmanji, or Pashto and Dari, as one language', () => {
    expect(fallbackChain('ckb', 'de')).toEqual(['ckb', 'en', 'de']);
    expect(fallbackChain('kmr', 'de')).toEqual(['kmr', 'en', 'de']);
    expect(fallbackChain('ps', 'de')).toEqual(['ps', 'en', 'de']);
  });
});

describe('resolveText', () => {
  const text = {de: 'Ausländerbehörde', en: 'Immigration office', ar: 'مكتب الهجرة', fa: 'اداره مهاجرت'};

  it('a plain string is in the content language, whatever the visitor reads', () => {
    expect(resolveText('Willkommen', 'ar')).toEqual({text: 'Willkommen', lang: 'de'});
    expect(resolveText('Welcome', 'de', 'en')).toEqual({text: 'Welcome', lang: 'en'});
    expect(resolveText('Hoş geldiniz', 'ar', 'tr')).toEqual({text: 'Hoş geldiniz', lang: 'tr'});
  });

  it('undefined stays undefined', () => {
    expect(resolveText(undefined, 'de')).toBeUndefined();
  });

  it("the visitor's own locale first", () => {
    expect(resolveText(text, 'ar')).toEqual({text: 'مكتب الهجرة', lang: 'ar'});
    expect(resolveText(text, 'de')).toEqual({text: 'Ausländerbehörde', lang: 'de'});
    expect(resolveText({'de-CH': 'Migrationsamt', de: 'Ausländerbehörde'}, 'de-CH')).toEqual({text: 'Migrationsamt', lang: 'de-CH'});
  });

  it('then the base language', () => {
    expect(resolveText(text, 'ar-EG')).toEqual({text: 'مكتب الهجرة', lang: 'ar'});
    expect(resolveText(text, 'en-GB')).toEqual({text: 'Immigration office', lang: 'en'});
  });

  it('then Persian for Dari readers and Dari for Persian readers', () => {
    expect(resolveText(text, 'prs')).toEqual({text: 'اداره مهاجرت', lang: 'fa'});
    expect(resolveText({prs: 'دفتر مهاجرت', en: 'Immigration office'}, 'fa')).toEqual({text: 'دفتر مهاجرت', lang: 'prs'});
    expect(resolveText({prs: 'دفتر مهاجرت', en: 'Immigration office'}, 'fa-IR')).toEqual({text: 'دفتر مهاجرت', lang: 'prs'});
  });

  it('then English before the content language and German', () => {
    expect(resolveText(text, 'uk')).toEqual({text: 'Immigration office', lang: 'en'});
    expect(resolveText({tr: 'Göçmenlik dairesi', de: 'Ausländerbehörde', en: 'Immigration office'}, 'uk', 'tr')).toEqual({
      text: 'Immigration office',
      lang: 'en',
    });
  });

  it('then the content language before German', () => {
    expect(resolveText({tr: 'Göçmenlik dairesi', de: 'Ausländerbehörde'}, 'uk', 'tr')).toEqual({
      text: 'Göçmenlik dairesi',
      lang: 'tr',
    });
  });

  it('then German', () => {
    expect(resolveText({ru: 'Ведомство', de: 'Ausländerbehörde'}, 'uk', 'tr')).toEqual({text: 'Ausländerbehörde', lang: 'de'});
  });

  it('then any language there is, in the order written', () => {
    expect(resolveText({tr: 'Göçmenlik dairesi', ru: 'Ведомство'}, 'ar')).toEqual({text: 'Göçmenlik dairesi', lang: 'tr'});
  });

  it('skips empty texts at every step', () => {
    expect(resolveText({ar: '', en: 'Immigration office'}, 'ar')).toEqual({text: 'Immigration office', lang: 'en'});
    expect(resolveText({ar: '', tr: '', ru: 'Ведомство'}, 'ar')).toEqual({text: 'Ведомство', lang: 'ru'});
  });

  it('nothing to show: undefined', () => {
    expect(resolveText({}, 'ar')).toBeUndefined();
    expect(resolveText({ar: '', de: ''}, 'ar')).toBeUndefined();
  });
});

describe('germanText', () => {
  it('the German wording of an object', () => {
    expect(germanText({de: 'Fiktionsbescheinigung', en: 'Interim certificate'})).toBe('Fiktionsbescheinigung');
    expect(germanText({en: 'Interim certificate'})).toBeUndefined();
  });

  it('a plain string only when the config is written in German', () => {
    expect(germanText('Niederlassungserlaubnis')).toBe('Niederlassungserlaubnis');
    expect(germanText('Niederlassungserlaubnis', 'de')).toBe('Niederlassungserlaubnis');
    expect(germanText('Settlement permit', 'en')).toBeUndefined();
  });

  it('undefined stays undefined', () => {
    expect(germanText(undefined)).toBeUndefined();
  });
});
