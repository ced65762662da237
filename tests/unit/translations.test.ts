import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {
  XLIFF_STATES,
  attributes as xmlAttributes,
  decode as decodeXml,
  parseXliff as parseXliffFile,
  readXliffFiles,
  translationStatus,
  // @ts-expect-error: plain .mjs shared with `npm run i18n:status`
} from '../../scripts/xliff.mjs';

// Checks the XLIFF 1.2 files that lit-localize reads (locales/*.xlf): every unit translated, the
// placeholders kept, a valid state on every target, Arabic really in Arabic, and the files in step
// with lit-localize.json and with each other. The parser (scripts/xliff.mjs) is shared with
// `npm run i18n:status`.

const root = fileURLToPath(new URL('../../', import.meta.url));

interface Unit {
  id: string;
  source: string;
  /** Inner XML of <target>; undefined when the unit has no target, '' for <target/>. */
  target?: string;
  targetAttributes: Record<string, string>;
}

interface Xliff {
  sourceLanguage?: string;
  targetLanguage?: string;
  units: Unit[];
}

const parseXliff = parseXliffFile as (xml: string) => Xliff;
const decode = decodeXml as (text: string) => string;
const attributes = xmlAttributes as (tag: string) => Record<string, string>;

/** The <x/> placeholders of a source or target, as comparable keys ('0 ${time}'), sorted. */
function placeholders(inner: string): string[] {
  return [...inner.matchAll(/<x\b([^>]*?)\/>/g)]
    .map(([, tag]) => {
      const {id, 'equiv-text': equivText} = attributes(tag);
      return `${id} ${equivText}`;
    })
    .sort();
}

/** The script each non-Latin locale is written in: a target without one letter of it is untranslated. */
const SCRIPT_OF: Record<string, string> = {
  ar: 'Arabic',
  fa: 'Arabic',
  prs: 'Arabic',
  ps: 'Arabic',
  ckb: 'Arabic',
  ru: 'Cyrillic',
  uk: 'Cyrillic',
  ti: 'Ethiopic',
};
const LETTER_OF: Record<string, RegExp> = {
  Arabic: /(?=\p{Script=Arabic})\p{L}/u,
  Cyrillic: /(?=\p{Script=Cyrillic})\p{L}/u,
  Ethiopic: /(?=\p{Script=Ethiopic})\p{L}/u,
};

/** Everything wrong with one .xlf file; [] when it is fine. `locale` is the file's name without `.xlf`. */
function checkXliff(xml: string, locale: string): string[] {
  const issues: string[] = [];
  const {targetLanguage, units} = parseXliff(xml);
  if (targetLanguage !== locale) issues.push(`target-language is "${targetLanguage}", the file name says "${locale}"`);
  if (!units.length) issues.push('no <trans-unit> found');
  const seen = new Set<string>();
  for (const unit of units) {
    const where = `${locale} ${unit.id || '(unit without id)'}`;
    if (!unit.id) issues.push(`${where}: <trans-unit> without an id`);
    else if (seen.has(unit.id)) issues.push(`${where}: id used twice`);
    seen.add(unit.id);
    if (unit.target === undefined) {
      issues.push(`${where}: no <target>`);
      continue;
    }
    const text = decode(unit.target.replace(/<x\b[^>]*?\/>/g, ''));
    if (!unit.target.trim()) issues.push(`${where}: empty <target>`);
    const state = unit.targetAttributes.state;
    if (state === undefined) issues.push(`${where}: <target> without a state attribute`);
    else if (!XLIFF_STATES.has(state)) issues.push(`${where}: state "${state}" is not an XLIFF 1.2 state`);
    const expected = placeholders(unit.source);
    const actual = placeholders(unit.target);
    if (expected.join('\n') !== actual.join('\n')) {
      issues.push(`${where}: placeholders differ: source has [${expected.join(', ')}], target has [${actual.join(', ')}]`);
    }
    // Only <x/> may be markup in a target; a stray < or & is a broken (or unescaped) XML.
    if (/</.test(unit.target.replace(/<x\b[^>]*?\/>/g, ''))) issues.push(`${where}: markup other than <x/> in <target>`);
    if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/.test(unit.target)) issues.push(`${where}: unescaped & in <target>`);
    const script = SCRIPT_OF[locale.split('-')[0]];
    // A name kept as it is ("Welcome Center") is a translation too; anything else is in the locale's script.
    if (script && unit.target.trim() && !LETTER_OF[script].test(text) && text !== decode(unit.source)) {
      issues.push(`${where}: ${script} target without any ${script} letter`);
    }
  }
  return issues;
}

/** Files against lit-localize.json: every file's locale is configured, every configured locale has a file. */
function checkLocales(targetLocales: readonly string[], files: ReadonlyArray<{locale: string; xml: string}>): string[] {
  const issues: string[] = [];
  const found = new Set<string>();
  for (const {locale, xml} of files) {
    const {targetLanguage} = parseXliff(xml);
    if (!targetLanguage || !targetLocales.includes(targetLanguage)) {
      issues.push(`${locale}.xlf: target-language "${targetLanguage}" is not in lit-localize.json's targetLocales`);
    } else found.add(targetLanguage);
  }
  for (const locale of targetLocales) if (!found.has(locale)) issues.push(`${locale}: in targetLocales but no .xlf file for it`);
  return issues;
}

/** Unit ids that one file has and another lacks. */
function checkSameIds(files: ReadonlyArray<{locale: string; xml: string}>): string[] {
  const issues: string[] = [];
  const ids = files.map(({locale, xml}) => ({locale, ids: new Set(parseXliff(xml).units.map((unit) => unit.id))}));
  for (const a of ids) {
    for (const b of ids) {
      if (a === b) continue;
      for (const id of a.ids) if (!b.ids.has(id)) issues.push(`${id} is in ${a.locale}.xlf but not in ${b.locale}.xlf`);
    }
  }
  return issues;
}

const config = JSON.parse(readFileSync(`${root}lit-localize.json`, 'utf8')) as {sourceLocale: string; targetLocales: string[]};
const files = readXliffFiles(new URL('../../locales/', import.meta.url)) as Array<{locale: string; xml: string}>;

describe('locales/*.xlf', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((file) => [file.locale, file] as const))('%s.xlf: every unit has a valid translation', (_, {locale, xml}) => {
    expect(checkXliff(xml, locale)).toEqual([]);
    expect(parseXliff(xml).sourceLanguage).toBe(config.sourceLocale);
  });

  it('match the targetLocales of lit-localize.json', () => {
    expect(checkLocales(config.targetLocales, files)).toEqual([]);
  });

  it('all hold the same unit ids', () => {
    expect(checkSameIds(files)).toEqual([]);
  });
});

// The checks above pass only if they can fail: each case breaks a copy of a real file in memory.
describe('the translation checks catch', () => {
  const en = files.find((file) => file.locale === 'en')!;
  const ar = files.find((file) => file.locale === 'ar')!;
  const withPlaceholder = /<target\b[^>]*>[^<]*<x\b[^>]*\/>[\s\S]*?<\/target>/;
  /** Only what the break added, so a real problem in the file fails the tests above, not these. */
  const added = (broken: string, file: {locale: string; xml: string}) => {
    const before = new Set(checkXliff(file.xml, file.locale));
    return checkXliff(broken, file.locale).filter((issue) => !before.has(issue));
  };

  it('(the real files the cases break)', () => {
    expect(en).toBeDefined();
    expect(ar).toBeDefined();
    expect(en.xml).toMatch(withPlaceholder);
  });

  it('a removed placeholder', () => {
    const broken = en.xml.replace(withPlaceholder, (target) => target.replace(/<x\b[^>]*\/>/, ''));
    expect(broken).not.toBe(en.xml);
    expect(added(broken, en)).toEqual([expect.stringMatching(/placeholders differ/)]);
  });

  it('a placeholder with another equiv-text', () => {
    const broken = en.xml.replace(withPlaceholder, (target) => target.replace(/equiv-text="[^"]*"/, 'equiv-text="${other}"'));
    expect(added(broken, en)).toEqual([expect.stringMatching(/placeholders differ/)]);
  });

  it('a missing target', () => {
    const broken = en.xml.replace(/\s*<target\b[^>]*>[\s\S]*?<\/target>/, '');
    expect(added(broken, en)).toEqual([expect.stringMatching(/no <target>/)]);
  });

  it('an empty target', () => {
    const broken = en.xml.replace(/(<target\b[^>]*>)[^<]+(<\/target>)/, '$1$2');
    expect(added(broken, en)).toEqual([expect.stringMatching(/empty <target>/)]);
    const selfClosing = en.xml.replace(/<target\b([^>]*)>[^<]+<\/target>/, '<target$1/>');
    expect(added(selfClosing, en)).toEqual([expect.stringMatching(/empty <target>/)]);
  });

  it('a target without state, or with a state XLIFF 1.2 does not know', () => {
    expect(added(en.xml.replace(/<target state="[^"]*"/, '<target'), en)).toEqual([expect.stringMatching(/without a state/)]);
    expect(added(en.xml.replace(/<target state="[^"]*"/, '<target state="done"'), en)).toEqual([
      expect.stringMatching(/"done" is not an XLIFF 1.2 state/),
    ]);
  });

  it('an Arabic target with no Arabic letter', () => {
    const broken = ar.xml.replace(/(<target\b[^>]*>)[^<]+(<\/target>)/, '$1Example data.$2');
    expect(added(broken, ar)).toEqual([expect.stringMatching(/Arabic target without any Arabic letter/)]);
  });

  it('an unescaped & or stray markup in a target', () => {
    expect(added(en.xml.replace(/(<target\b[^>]*>)/, '$1Q & A '), en)).toEqual([expect.stringMatching(/unescaped &/)]);
    expect(added(en.xml.replace(/(<target\b[^>]*>)/, '$1<b>'), en)).toEqual([expect.stringMatching(/markup other than/)]);
  });

  it('a file whose target-language is not configured, and a configured locale without a file', () => {
    const tr = {locale: 'tr', xml: en.xml.replace('target-language="en"', 'target-language="tr"')};
    expect(checkLocales(['en', 'ar'], [en, ar, tr])).toEqual([expect.stringMatching(/"tr" is not in lit-localize.json/)]);
    expect(checkLocales(['en', 'ar', 'uk'], [en, ar])).toEqual([expect.stringMatching(/uk: in targetLocales but no .xlf/)]);
    expect(added(tr.xml, en)).toEqual([expect.stringMatching(/target-language is "tr"/)]);
  });

  it('a unit that one file has and another lacks', () => {
    const id = parseXliff(ar.xml).units[0].id;
    const shorter = {locale: 'ar', xml: ar.xml.replace(/<trans-unit\b[\s\S]*?<\/trans-unit>\s*/, '')};
    expect(checkSameIds([en, shorter])).toEqual([`${id} is in en.xlf but not in ar.xlf`]);
  });
});

describe('npm run i18n:status', () => {
  const unit = (id: string, target: string) => `<trans-unit id="${id}">\n  <source>Quelle</source>\n  ${target}\n</trans-unit>`;
  const file = (locale: string, ...units: string[]) => ({
    locale,
    xml: `<file target-language="${locale}" source-language="de"><body>${units.join('\n')}</body></file>`,
  });

  it('counts strings, translated and unreviewed units per locale, the source first', () => {
    const rows = translationStatus(
      [
        file('ar', unit('a', '<target state="needs-review-translation">مصدر</target>'), unit('b', '<target state="translated">مصدر</target>')),
        file('fr', unit('a', '<target state="signed-off">Source</target>'), unit('b', '<target state="translated"></target>')),
        file('so', unit('a', ''), unit('b', '<target state="final">Il</target>')),
      ],
      'de',
    );
    expect(rows).toEqual([
      {locale: 'de', strings: 2, translated: 2, needsReview: 0, signedOff: 2},
      {locale: 'ar', strings: 2, translated: 2, needsReview: 1, signedOff: 0},
      {locale: 'fr', strings: 2, translated: 1, needsReview: 0, signedOff: 1},
      {locale: 'so', strings: 2, translated: 1, needsReview: 0, signedOff: 1},
    ]);
  });

  it('matches the real files: every Arabic unit awaits a native review', () => {
    const rows = translationStatus(files, config.sourceLocale) as Array<{locale: string; strings: number; needsReview: number}>;
    const ar = rows.find((row) => row.locale === 'ar')!;
    expect(ar.strings).toBeGreaterThan(0);
    expect(ar.needsReview).toBe(ar.strings);
  });
});
