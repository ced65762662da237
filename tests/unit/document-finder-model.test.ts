/**
 * The document finder's pure logic: A–Z in the visitor's language, the case filter, search results
 * within a case, suggestions for the empty search, the cases that need a document, and the deep link.
 */
import {describe, expect, it} from 'vitest';
import type {Config} from '../../src/core/config/schema.js';
import {
  deepLinkedId,
  documentsAToZ,
  finderView,
  searchFor,
  servicesNeeding,
  suggestedDocuments,
} from '../../src/widgets/document-finder/document-finder-model.js';
import {configWith, multilingualDocuments, musterstadt} from '../fixtures/configs.js';
import {parsedConfig as parsed} from '../fixtures/parsed-config.js';


const profile = parsed(musterstadt);
const multilingual = parsed(multilingualDocuments);
const names = (config: Config, locale: string) =>
  documentsAToZ(config, locale).map((document) => (document.name as Record<string, string>)[locale] ?? (document.name as Record<string, string>).en);

describe('deep link', () => {
  it('reads the document id from the hash', () => {
    expect(deepLinkedId('#willkommen-doc=passport')).toBe('passport');
    expect(deepLinkedId('willkommen-doc=eat')).toBe('eat');
    expect(deepLinkedId('#top&willkommen-doc=birth-certificate')).toBe('birth-certificate');
    expect(deepLinkedId('#willkommen-doc=landlord%2Dconfirmation')).toBe('landlord-confirmation');
  });

  it('ignores other hashes and ids no config can have', () => {
    for (const hash of ['', '#', '#passport', '#willkommen-doc=', '#willkommen-doc=Pass Port', '#willkommen-doc=%E0%A4%A', '#willkommen-doc=__proto__x!', '#willkommen-service=extension']) {
      expect(deepLinkedId(hash)).toBeUndefined();
    }
  });
});

describe('browsing', () => {
  it('sorts A–Z by the name in the visitor language, with the language\'s own alphabet', () => {
    const german = names(profile, 'de');
    expect(german[0]).toBe('anabin-Ausdruck oder ZAB-Zeugnisbewertung');
    expect(german).toEqual([...german].sort((a, b) => a.localeCompare(b, 'de')));
    const english = names(profile, 'en');
    // A name in quotation marks is filed under its first letter, as a reader looks for it.
    expect(english.indexOf('“Life in Germany” test certificate')).toBe(english.indexOf('Licence to practise') + 1);
    expect(english.indexOf('Admission letter or enrolment certificate')).toBeLessThan(english.indexOf('Passport'));
    // Arabic names (where the fixture has them) sort by the Arabic alphabet; ج before ش.
    const arabic = names(multilingual, 'ar');
    expect(arabic.indexOf('جواز السفر')).toBeLessThan(arabic.indexOf('شهادة تسجيل السكن'));
  });

  it('filters by a case, and ignores an unknown case', () => {
    const view = finderView(profile, 'de', '', 'studies');
    const studies = profile.services.find((service) => service.id === 'studies')!;
    expect(view.searching).toBe(false);
    expect(view.documents.map((document) => document.id).sort()).toEqual([...new Set(studies.documents.map((entry) => entry.ref))].sort());
    expect(finderView(profile, 'de', '', 'no-such-case').documents).toHaveLength(profile.documents.length);
  });

  it('searches within the case', () => {
    const all = finderView(profile, 'de', 'Sperrkonto').documents.map((document) => document.id);
    expect(all).toEqual(['blocked-account']);
    expect(finderView(profile, 'de', 'Sperrkonto', 'extension').documents).toEqual([]);
    const view = finderView(profile, 'de', 'anmeldung', 'studies');
    expect(view.searching).toBe(true);
    expect(view.documents[0]!.id).toBe('registration-certificate');
  });

  it('names the cases that need a document, in config order', () => {
    expect(servicesNeeding(profile, 'blocked-account').map((service) => service.id)).toEqual(['studies', 'opportunity-card']);
    expect(servicesNeeding(profile, 'fiktionsbescheinigung')).toEqual([]);
  });

  it('suggests the documents most cases need (ties in config order), or those of a chosen case', () => {
    // Every case needs these four; the rent contract only five of seven.
    expect(suggestedDocuments(profile).map((document) => document.id)).toEqual(['passport', 'biometric-photo', 'application-form', 'health-insurance']);
    expect(suggestedDocuments(profile, 'studies', 3).map((document) => document.id)).toEqual(['passport', 'biometric-photo', 'application-form']);
    expect(suggestedDocuments(profile, 'studies', 20).map((document) => document.id)).toContain('blocked-account');
    expect(suggestedDocuments(parsed(configWith((config) => (config.services = []))))).toEqual([]);
  });

  it('keeps one search index per config and locale', () => {
    expect(searchFor(profile, 'de')).toBe(searchFor(profile, 'de'));
    expect(searchFor(profile, 'en')).not.toBe(searchFor(profile, 'de'));
  });
});
