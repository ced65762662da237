// The build ships lit-localize's locale tables as arrays in the order of one shared id list
// (scripts/compact-locales.mjs). The table a compacted module rebuilds must be the table lit-localize
// wrote: same ids, same templates, and a missing translation missing (so German shows), not shifted.
import {describe, expect, it} from 'vitest';
// @ts-expect-error: plain .mjs shared by the build and the byte counts, without types
import {compactLocaleTable, keyLength, messageIdsModule} from '../../scripts/compact-locales.mjs';

/** A table as lit-localize writes it (its runtime output, layout included). */
const generated = (entries: string[]) => `
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      ${entries.join(',\n')},
    };
  `;

/** Evaluates a table module with stand-ins for its imports: `str` and `html` keep their parts. */
function evaluate(code: string, ids: string[]): Record<string, unknown> {
  const tag = (kind: string) => (strings: TemplateStringsArray, ...values: unknown[]) => ({kind, strings: [...strings], values});
  const shared = messageIdsModule(ids).replace('export const messageTable', 'const messageTable');
  const body = code
    .replace(/^\s*import .*$/gm, '')
    .replace('export const templates =', 'return');
  return new Function('html', 'str', `${shared}\n${body}`)(tag('html'), tag('str'));
}

const ENTRIES = {
  'finder-found-one': "'finder-found-one': str`${0} Dokument gefunden`",
  s0a1b2c3d4e5f6a7b: "'s0a1b2c3d4e5f6a7b': `Öffnungszeiten`",
  h1f2e3d4c5b6a7980: "'h1f2e3d4c5b6a7980': html`Mehr<span class=\"visually-hidden\">: ${0}</span>`",
  sffffffffffffffff: "'sffffffffffffffff': `Letzte, mit Komma: a, b`",
};
const IDS = Object.keys(ENTRIES).sort();

/** What lit-localize reads: each id's template, looked up as it does (`templates[id]`). */
const lookUp = (table: Record<string, unknown>, ids: string[]) => Object.fromEntries(ids.map((id) => [id, table[id]]));

describe('locale tables without their ids', () => {
  it('answer every id with the template lit-localize wrote for it', () => {
    const original = generated(Object.values(ENTRIES));
    const compacted = compactLocaleTable(original, IDS, 'de.ts');
    for (const id of IDS) expect(compacted).not.toContain(`'${id}'`);
    expect(lookUp(evaluate(compacted, IDS), IDS)).toEqual(lookUp(evaluate(original, IDS), IDS));
  });

  it('ship each run of plain translations as one string, a line each, and templates as code between them', () => {
    const compacted = compactLocaleTable(generated(Object.values(ENTRIES)), IDS, 'de.ts');
    // In id order: finder-found-one (str), h1f… (html), s0a1… and sfff… (plain): one run of two lines.
    expect(compacted).toContain('`Öffnungszeiten\nLetzte, mit Komma: a, b`');
    expect(compacted).not.toContain('`Öffnungszeiten`');
  });

  it('keep a translation with a line break or a dollar sign whole, and shift nothing after it', () => {
    const odd = {
      ...ENTRIES,
      s0a1b2c3d4e5f6a7b: "'s0a1b2c3d4e5f6a7b': `Zeile eins\\nZeile zwei`",
      s1111111111111111: "'s1111111111111111': `Preis in US$`",
    };
    const ids = Object.keys(odd).sort();
    const original = generated(Object.values(odd));
    const table = evaluate(compactLocaleTable(original, ids, 'de.ts'), ids);
    expect(table.s0a1b2c3d4e5f6a7b).toBe('Zeile eins\nZeile zwei');
    expect(lookUp(table, ids)).toEqual(lookUp(evaluate(original, ids), ids));
  });

  it('ship short keys, not the ids', () => {
    const module = messageIdsModule(IDS);
    expect(module).not.toContain('s0a1b2c3d4e5f6a7b');
    expect(module).toContain('"0a1b2"');
    expect(module).toContain('"finder-found-one"'); // an id chosen by hand stays whole
  });

  it('leave a translation out where a locale lacks it, and shift nothing after it', () => {
    const {s0a1b2c3d4e5f6a7b: _missing, ...rest} = ENTRIES;
    const table = evaluate(compactLocaleTable(generated(Object.values(rest)), IDS, 'xx.ts'), IDS);
    expect(table.s0a1b2c3d4e5f6a7b).toBeUndefined();
    expect(lookUp(table, IDS)).toEqual(lookUp(evaluate(generated(Object.values(rest)), IDS), IDS));
    // Missing between two templates, and a template missing inside a run of plain ones.
    const {h1f2e3d4c5b6a7980: _html, ...noHtml} = ENTRIES;
    const gaps = evaluate(compactLocaleTable(generated(Object.values(noHtml)), IDS, 'yy.ts'), IDS);
    expect(lookUp(gaps, IDS)).toEqual(lookUp(evaluate(generated(Object.values(noHtml)), IDS), IDS));
  });

  it('answer nothing for an id it does not know, and stay quiet for symbols', () => {
    const table = evaluate(compactLocaleTable(generated(Object.values(ENTRIES)), IDS, 'de.ts'), IDS);
    expect(table.s9999999999999999).toBeUndefined();
    expect(table.then).toBeUndefined(); // a table handed to a promise is not taken for one
    expect(() => (table as Record<symbol, unknown>)[Symbol.toStringTag]).not.toThrow();
  });

  it('key on enough digits to tell the ids apart, and one more', () => {
    expect(keyLength(['s0a1b2c3d4e5f6a7b', 'h1f2e3d4c5b6a7980'])).toBe(5);
    expect(keyLength(['s0a1b2c3d4e5f6a7b', 's0a1b2ffffffffff0'])).toBe(7); // the first five digits alike
    expect(keyLength(['sabcd000000000000', 'abcd0'])).toBe(7); // no key, nor the one a digit shorter, is a hand-chosen id
    expect(() => keyLength(['s0a1b2c3d4e5f6a7b', 'h0a1b2c3d4e5f6a7b'])).toThrow(/share their hash/);
  });

  it('refuse a table whose layout it does not know, instead of shipping it wrong', () => {
    expect(() => compactLocaleTable('export const templates = {"a": `x`};', IDS, 'odd.ts')).toThrow(/odd\.ts/);
    const twoLines = generated(["'s0a1b2c3d4e5f6a7b': `eins\n'zwei'`"]);
    expect(() => compactLocaleTable(twoLines, IDS, 'split.ts')).toThrow(/split\.ts: a templates line/);
  });
});
