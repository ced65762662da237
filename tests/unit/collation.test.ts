/**
 * The A–Z order of names (src/core/collation.ts) is Intl.Collator's at base strength with numeric
 * collation, and German and English pages get it without starting ICU when the names are plain.
 */
import {describe, expect, it, vi} from 'vitest';
import {compareNames} from '../../src/core/collation.js';
import {generatedNames} from '../fixtures/names.js';

const intl = (locale: string) => new Intl.Collator(locale, {sensitivity: 'base', numeric: true});

describe('compareNames', () => {
  for (const locale of ['de', 'en']) {
    it(`${locale}: orders every pair of 400 generated names as Intl.Collator does`, () => {
      const names = generatedNames(400, locale === 'de' ? 1 : 2);
      const ours = compareNames(locale);
      const theirs = intl(locale);
      const mismatches: string[] = [];
      for (const a of names) {
        for (const b of names) {
          if (Math.sign(ours(a, b)) !== Math.sign(theirs.compare(a, b))) mismatches.push(`${JSON.stringify(a)} ${JSON.stringify(b)}`);
        }
      }
      expect(mismatches.slice(0, 5), `${mismatches.length} mismatches`).toEqual([]);
    });

    it(`${locale}: sorts a list of names as Intl.Collator does`, () => {
      const names = generatedNames(300, 7);
      expect([...names].sort(compareNames(locale))).toEqual([...names].sort(intl(locale).compare));
    });
  }

  it('knows the cases that matter: numbers by value, umlauts, ß, punctuation before digits before letters', () => {
    const compare = compareNames('de');
    const sorted = (names: string[]) => [...names].sort(compare);
    expect(sorted(['Foto 10', 'Foto 9', 'Foto 09a'])).toEqual(['Foto 9', 'Foto 09a', 'Foto 10']);
    expect(sorted(['Zeugnis', 'Ärztliches Attest', 'Arbeitsvertrag'])).toEqual(['Arbeitsvertrag', 'Ärztliches Attest', 'Zeugnis']);
    expect(compare('Fuß', 'Fuss')).toBe(0);
    expect(compare('Straße', 'Strasse 1')).toBeLessThan(0);
    expect(sorted(['b', '1', '(x)', ' a'])).toEqual([' a', '(x)', '1', 'b']);
  });

  it('starts no Intl.Collator for plain names on a German page, and one for anything else', async () => {
    // A fresh module: the tests above made its German comparator start a collator already.
    vi.resetModules();
    const {compareNames} = await import('../../src/core/collation.js');
    const original = Intl.Collator;
    let made = 0;
    Intl.Collator = new Proxy(original, {construct: (target, args) => (made++, Reflect.construct(target, args))});
    try {
      const names = ['Reisepass', 'Biometrisches Passfoto', 'Bescheinigung „Leben in Deutschland“', 'Elektronischer Aufenthaltstitel (eAT)', 'Sperrkonto-Nachweis'];
      [...names].sort(compareNames('de'));
      expect(made).toBe(0);
      const order = compareNames('de')('Øl', 'Ol');
      expect(made).toBe(1);
      expect(Math.sign(order)).toBe(Math.sign(new original('de', {sensitivity: 'base', numeric: true}).compare('Øl', 'Ol')));
    } finally {
      Intl.Collator = original;
    }
  });

  it('leaves Turkish, Spanish and every other language to Intl.Collator (their letters differ from the root order)', () => {
    expect(Math.sign(compareNames('tr')('ıa', 'ib'))).toBe(Math.sign(intl('tr').compare('ıa', 'ib')));
    expect(Math.sign(compareNames('es')('ñu', 'nz'))).toBe(Math.sign(intl('es').compare('ñu', 'nz')));
    expect(Math.sign(compareNames('es')('ñu', 'nz'))).toBe(1);
  });
});
