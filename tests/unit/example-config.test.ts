/**
 * The example template (examples/musterstadt.json, copied to dist/willkommen.example.json by the build):
 * the full version of the embedded default profile, every text in all sixteen UI locales. Offices
 * start from it, so it must validate, say it is example data, speak every language in the right
 * script, and stay the same office as the default profile.
 */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import profile from '../../src/core/config/default-profile.json';
import {parseConfig} from '../../src/core/config/validate.js';
import {collectLocalized} from '../fixtures/localized-texts.js';

const example = JSON.parse(readFileSync(new URL('../../examples/musterstadt.json', import.meta.url), 'utf8'));

/** The sixteen UI locales of issue 6, the source first. */
const SIXTEEN = ['de', 'en', 'ar', 'ckb', 'es', 'fa', 'fr', 'kmr', 'prs', 'ps', 'ru', 'so', 'sq', 'ti', 'tr', 'uk'];

/** A letter of the script each locale is written in; Latin-script locales need no check beyond "not empty". */
const SCRIPT: Record<string, RegExp> = {
  ar: /\p{Script=Arabic}/u,
  fa: /\p{Script=Arabic}/u,
  prs: /\p{Script=Arabic}/u,
  ps: /\p{Script=Arabic}/u,
  ckb: /\p{Script=Arabic}/u,
  ru: /\p{Script=Cyrillic}/u,
  uk: /\p{Script=Cyrillic}/u,
  ti: /\p{Script=Ethiopic}/u,
};

const texts = collectLocalized(example) as Array<{path: string; value: Record<string, string>}>;

/** The example cut down to German and English: what the embedded default profile must be. */
function germanAndEnglish(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => germanAndEnglish(item));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (key === 'keywords') return record.de; // the default profile keeps only the German search words
  if (texts.some((text) => text.value === value)) return {de: record.de, en: record.en};
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, germanAndEnglish(v, k)]));
}

describe('examples/musterstadt.json', () => {
  it('is a valid config, marked as example data', () => {
    const result = parseConfig(example);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(example.example).toBe(true);
  });

  it('has texts to check', () => {
    expect(texts.length).toBeGreaterThan(150);
  });

  it('gives every text in all sixteen locales, in the script of each', () => {
    const problems: string[] = [];
    for (const {path, value} of texts) {
      for (const locale of SIXTEEN) {
        const text = value[locale];
        if (typeof text !== 'string' || !text.trim()) problems.push(`${path}.${locale}: missing`);
        // A proper name stays as it is ("Deutsche Rentenversicherung"); anything else is in the locale's script.
        else if (SCRIPT[locale] && text !== value.de && !SCRIPT[locale].test(text)) {
          problems.push(`${path}.${locale}: not in its script: ${text}`);
        }
      }
      const extra = Object.keys(value).filter((locale) => !SIXTEEN.includes(locale));
      if (extra.length) problems.push(`${path}: unknown locales ${extra.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('gives every document search words in all sixteen locales', () => {
    const problems: string[] = [];
    for (const document of example.documents as Array<{id: string; keywords?: Record<string, string[]>}>) {
      for (const locale of SIXTEEN.filter((code) => code !== 'de')) {
        const words = document.keywords?.[locale];
        if (!Array.isArray(words) || !words.length || words.some((word) => !word.trim())) {
          problems.push(`${document.id}: no search words in ${locale}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('is the same office as the embedded default profile, in German and English', () => {
    expect(germanAndEnglish(example)).toEqual(profile);
  });
});
