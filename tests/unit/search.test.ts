/**
 * The document finder's search, without a browser: normalization of every script the visitors type in,
 * one typo forgiven, best matches first, and the index built only at the first query. Against the
 * embedded Musterstadt profile and the multilingual fixture (names and keywords in ar, fa, uk, ru).
 */
import {describe, expect, it} from 'vitest';
import {
  SearchIndex,
  createDocumentSearch,
  documentEntry,
  normalize,
  prefixWithinOneEdit,
  tokenize,
  withinOneEdit,
} from '../../src/widgets/document-finder/search.js';
import {multilingualDocuments, musterstadt} from '../fixtures/configs.js';
import example from '../../examples/musterstadt.json';
import {parsedConfig as parsed} from '../fixtures/parsed-config.js';


const profile = parsed(musterstadt);
const multilingual = parsed(multilingualDocuments);

/** The ids found for `query` by a visitor in `locale`, best first. */
function ids(query: string, locale = 'de', config = multilingual): string[] {
  return createDocumentSearch(config.documents, locale, config.language)
    .search(query)
    .map((hit) => hit.id);
}

describe('normalize', () => {
  it('folds case, German umlauts and ß', () => {
    expect(normalize('Wohnungsgeberbestätigung')).toBe('wohnungsgeberbestatigung');
    expect(normalize('STRASSE')).toBe(normalize('Straße'));
    expect(normalize('Bürgeramt')).toBe('burgeramt');
    expect(normalize('Ärztekammer Öl Übung')).toBe('arztekammer ol ubung');
    expect(normalize('ẞ')).toBe('ss');
  });

  it('folds accents of other Latin scripts', () => {
    expect(normalize('Légalisation, Çalışma, Łódź')).toBe('legalisation calısma łodz');
  });

  it('removes Arabic tatweel and harakat, and unifies alef and hamza forms', () => {
    expect(normalize('جـــواز')).toBe('جواز');
    expect(normalize('جَوَازُ السَّفَرِ')).toBe('جواز السفر');
    for (const alef of ['أ', 'إ', 'آ', 'ٱ']) expect(normalize(`${alef}قامة`)).toBe(normalize('اقامة'));
    expect(normalize('مسؤول')).toBe('مسوول');
    expect(normalize('رئيس')).toBe('رييس');
  });

  it('treats Persian yeh and kaf, alef maksura and teh marbuta as the Arabic letters', () => {
    expect(normalize('مسکن')).toBe(normalize('مسكن'));
    expect(normalize('گواهی')).toBe(normalize('گواهي'));
    expect(normalize('على')).toBe(normalize('علي'));
    expect(normalize('إقامة')).toBe(normalize('اقامه'));
  });

  it('reads Eastern Arabic and Persian digits as 0-9, and keeps a Persian word joined', () => {
    expect(normalize('٢٠٢٦ / ۱۴۰۵')).toBe('2026 1405');
    expect(normalize('می‌خواهم')).toBe('میخواهم'.replace('ی', 'ي'));
  });

  it('folds Cyrillic ё to е, and Ukrainian і ї є ґ to the Russian letters', () => {
    expect(normalize('Жильё')).toBe('жилье');
    expect(normalize('реєстрація')).toBe('реестрация');
    expect(normalize('Київ')).toBe(normalize('Киив'));
    expect(normalize('ґанок')).toBe('ганок');
  });

  it('splits on anything that is not a letter or digit', () => {
    expect(tokenize('  anabin-Ausdruck (ZAB), 200 €  ')).toEqual(['anabin', 'ausdruck', 'zab', '200']);
    expect(tokenize(' – ')).toEqual([]);
    expect(tokenize('جواز السفر')).toEqual(['جواز', 'سفر']);
    expect(tokenize('الله')).toEqual(['الله']);
  });
});

describe('one typo', () => {
  it('allows one wrong, missing, extra or swapped letter in a whole word', () => {
    expect(withinOneEdit('pasport', 'passport')).toBe(true);
    expect(withinOneEdit('passsport', 'passport')).toBe(true);
    expect(withinOneEdit('pazsport', 'passport')).toBe(true);
    expect(withinOneEdit('psasport', 'passport')).toBe(true);
    expect(withinOneEdit('passport', 'passport')).toBe(true);
    expect(withinOneEdit('pspsort', 'passport')).toBe(false);
    expect(withinOneEdit('pasprt', 'passport')).toBe(false);
  });

  it('allows one edit against the beginning of a longer word, as the visitor types', () => {
    expect(prefixWithinOneEdit('meldebeschin', 'meldebescheinigung')).toBe(true);
    expect(prefixWithinOneEdit('meldbe', 'meldebescheinigung')).toBe(true);
    expect(prefixWithinOneEdit('mledeb', 'meldebescheinigung')).toBe(true);
    expect(prefixWithinOneEdit('mxldxb', 'meldebescheinigung')).toBe(false);
  });
});

describe('searching the documents', () => {
  it('finds the issue\'s examples at once: "anmeldung", "مسكن", "паспорт"', () => {
    expect(ids('anmeldung')[0]).toBe('registration-certificate');
    expect(ids('anmeldung', 'en', profile)[0]).toBe('registration-certificate');
    expect(ids('مسكن', 'ar')[0]).toBe('housing-proof');
    expect(ids('паспорт', 'en')[0]).toBe('passport');
  });

  it('searches German words in any UI language, and English ones too', () => {
    for (const locale of ['de', 'en', 'ar']) {
      expect(ids('Meldebescheinigung', locale, profile)[0]).toBe('registration-certificate');
      expect(ids('Verpflichtungserklärung', locale, profile)[0]).toBe('formal-obligation');
      expect(ids('health insurance', locale, profile)[0]).toBe('health-insurance');
    }
  });

  it('forgives one typo: "Meldebeschinigung", "Resiepass", "pasport", "паспорд"', () => {
    expect(ids('Meldebeschinigung', 'de', profile)[0]).toBe('registration-certificate');
    expect(ids('Resiepass', 'de', profile)[0]).toBe('passport');
    expect(ids('pasport', 'en', profile)[0]).toBe('passport');
    expect(ids('паспорд', 'uk')[0]).toBe('passport');
    // Typed so far, with the typo: the beginning of the word is enough.
    expect(ids('Meldebeschin', 'de', profile)[0]).toBe('registration-certificate');
  });

  it('does not call two typos a match', () => {
    expect(ids('Mldebeschinigung', 'de', profile)).not.toContain('registration-certificate');
  });

  it('finds the middle of a German compound', () => {
    expect(ids('versicherung', 'de', profile)[0]).toBe('health-insurance');
    expect(ids('bestätigung', 'de', profile)).toContain('landlord-confirmation');
  });

  it('ignores umlauts and ß in the query', () => {
    expect(ids('Wohnungsgeberbestatigung', 'de', profile)[0]).toBe('landlord-confirmation');
    expect(ids('Verpflichtungserklaerung', 'de', profile)[0]).toBe('formal-obligation');
    expect(ids('Einbuergerungstest', 'de', profile)[0]).toBe('lid-certificate');
    expect(ids('Burgschaft', 'de', profile)[0]).toBe('formal-obligation');
  });

  it('finds Arabic with and without hamza, tatweel, harakat and teh marbuta', () => {
    expect(ids('اقامه', 'ar')[0]).toBe('eat');
    expect(ids('إقامة', 'ar')[0]).toBe('eat');
    expect(ids('جـواز', 'ar')[0]).toBe('passport');
    expect(ids('جَواز', 'ar')[0]).toBe('passport');
    expect(ids('شقه', 'ar')[0]).toBe('housing-proof');
    // With the article: "the flat", "the housing".
    expect(ids('الشقة', 'ar')[0]).toBe('housing-proof');
    // "Registration of residence" has the same word in its name: both, equally good.
    expect(ids('السكن', 'ar').slice(0, 2).sort()).toEqual(['housing-proof', 'registration-certificate']);
  });

  it('finds Persian with Persian or Arabic yeh and kaf', () => {
    expect(ids('مسکن', 'fa')[0]).toBe('housing-proof');
    expect(ids('گواهي', 'fa')[0]).toBe('housing-proof');
    expect(ids('گذرنامه', 'fa')[0]).toBe('passport');
    expect(ids('بيمه', 'fa')[0]).toBe('health-insurance');
  });

  it('finds Ukrainian and Russian, with ё/е and і/ї/є/и folded', () => {
    expect(ids('реестрация', 'uk')[0]).toBe('registration-certificate'); // Ukrainian word, Russian keyboard
    expect(ids('регистрация', 'ru')[0]).toBe('registration-certificate');
    expect(ids('прописка', 'ru')[0]).toBe('registration-certificate');
    expect(ids('жилье', 'ru')[0]).toBe('housing-proof');
    expect(ids('житло', 'uk')[0]).toBe('housing-proof');
    expect(ids('свидоцтво', 'uk')[0]).toBe('marriage-certificate');
    expect(ids('посвідка', 'uk')[0]).toBe('eat');
    expect(ids('вид на жительство', 'ru')[0]).toBe('eat');
  });

  it('puts the best match first: a whole keyword before the beginning of a name', () => {
    const found = ids('pass', 'de', profile);
    expect(found[0]).toBe('passport');
    expect(found).toContain('biometric-photo');
  });

  it('needs every word of the query, or, when no document has all, the most of them', () => {
    expect(ids('Nachweis Krankenversicherung', 'de', profile)).toEqual(['health-insurance']);
    const phrase = ids('Nachweis über ausreichenden Wohnraum');
    expect(phrase[0]).toBe('housing-proof');
  });

  it('searches descriptions in the visitor language, German and English only', () => {
    const housing = multilingual.documents.find((document) => document.id === 'housing-proof')!;
    const entry = documentEntry(housing, 'en', 'de');
    const texts = entry.fields.map((field) => field.text);
    expect(texts).toContain(housing.description && (housing.description as Record<string, string>).de);
    expect(texts).not.toContain((housing.description as Record<string, string>).ar);
    expect(documentEntry(housing, 'ar', 'de').fields.map((field) => field.text)).toContain((housing.description as Record<string, string>).ar);
    // Names and keywords: every language.
    expect(texts).toContain('گواهی مسکن مناسب');
    expect(texts).toContain('житло');
  });

  it('keeps the given order for equal scores', () => {
    const index = new SearchIndex([
      {id: 'b', fields: [{text: 'Urkunde', weight: 10}]},
      {id: 'a', fields: [{text: 'Urkunde', weight: 10}]},
    ]);
    expect(index.search('urkunde').map((hit) => hit.id)).toEqual(['b', 'a']);
  });

  it('finds nothing for nothing, and nothing for nonsense', () => {
    expect(ids('')).toEqual([]);
    expect(ids('  – ')).toEqual([]);
    expect(ids('xyzzyqq')).toEqual([]);
  });

  it('builds its index at the first query, not before', () => {
    const search = createDocumentSearch(profile.documents, 'de');
    expect(search.isBuilt).toBe(false);
    search.search('');
    expect(search.isBuilt).toBe(false);
    search.search('pass');
    expect(search.isBuilt).toBe(true);
  });
});

describe('the example template (examples/musterstadt.json), as an office ships it', () => {
  const template = parsed(example);
  const first = (query: string, locale: string) => createDocumentSearch(template.documents, locale, template.language).search(query)[0]?.id;

  it('finds at once what a newcomer types on a phone, in German, Arabic and Russian', () => {
    expect(first('anmeldung', 'de')).toBe('registration-certificate');
    expect(first('مسكن', 'ar')).toBe('rent-contract');
    expect(first('паспорт', 'ru')).toBe('passport');
  });

  it('finds a document by its name in any of the sixteen languages, whatever the UI language', () => {
    expect(first('Führungszeugnis', 'ti')).toBe(undefined); // no such document in the template
    expect(first('گذرنامه', 'de')).toBe('passport');
    expect(first('посвідка', 'uk')).toBe('eat');
  });
});
