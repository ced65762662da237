/// <reference types="mocha" />
// The A–Z order of src/core/collation.ts against this browser's own Intl.Collator (the unit tests
// compare with Node's ICU, whose CLDR could differ from Chromium's).
import {expect} from '@open-wc/testing';
import {compareNames} from '../../src/core/collation.js';
import {generatedNames} from '../fixtures/names.js';

describe('compareNames in this browser', () => {
  for (const locale of ['de', 'en']) {
    it(`${locale}: orders every pair of 300 generated names as Intl.Collator does`, () => {
      const names = generatedNames(300, 11);
      const ours = compareNames(locale);
      const theirs = new Intl.Collator(locale, {sensitivity: 'base', numeric: true});
      const mismatches: string[] = [];
      for (const a of names) {
        for (const b of names) {
          if (Math.sign(ours(a, b)) !== Math.sign(theirs.compare(a, b))) mismatches.push(`${JSON.stringify(a)} ${JSON.stringify(b)}`);
        }
      }
      expect(mismatches.slice(0, 5), `${mismatches.length} mismatches`).to.deep.equal([]);
    });
  }
});
