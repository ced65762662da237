// The build ships lit-localize's locale tables as arrays in the order of one shared id list
// (scripts/compact-locales.mjs). The table a compacted module rebuilds must be the table lit-localize
// wrote: same ids, same templates, and a missing translation missing (so German shows), not shifted.
import {describe, expect, it} from 'vitest';
// @ts-expect-error: plain .mjs shared by the build and the byte counts, without types
import {compactLocaleTable, messageIdsModule} from '../../scripts/compact-locales.mjs';

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

describe('locale tables without their ids', () => {
  it('rebuild the table lit-localize wrote, every template in place', () => {
    const original = generated(Object.values(ENTRIES));
    const compacted = compactLocaleTable(original, IDS, 'de.ts');
    for (const id of IDS) expect(compacted).not.toContain(`'${id}'`);
    expect(evaluate(compacted, IDS)).toEqual(evaluate(original, IDS));
  });

  it('leave a translation out where a locale lacks it, and shift nothing after it', () => {
    const {s0a1b2c3d4e5f6a7b: _missing, ...rest} = ENTRIES;
    const table = evaluate(compactLocaleTable(generated(Object.values(rest)), IDS, 'xx.ts'), IDS);
    expect(Object.keys(table).sort()).toEqual(IDS.filter((id: string) => id !== 's0a1b2c3d4e5f6a7b'));
    expect(table).toEqual(evaluate(generated(Object.values(rest)), IDS));
  });

  it('refuse a table whose layout it does not know, instead of shipping it wrong', () => {
    expect(() => compactLocaleTable('export const templates = {"a": `x`};', IDS, 'odd.ts')).toThrow(/odd\.ts/);
    const twoLines = generated(["'s0a1b2c3d4e5f6a7b': `eins\n'zwei'`"]);
    expect(() => compactLocaleTable(twoLines, IDS, 'split.ts')).toThrow(/split\.ts: a templates line/);
  });
});
