import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
// @ts-expect-error: plain .mjs shared with `npm run bench`
import {bundleSizes, coreGzip, defaultProfileGzip, localeGzips} from '../../scripts/measure-size.mjs';
// @ts-expect-error: plain .mjs shared by the build and the byte counts, without types
import {keyLength, messageIds} from '../../scripts/compact-locales.mjs';

// Budgets from the core issue and the languages issue, in bytes (gzip -9).
const CORE = 25 * 1024;
const DEFAULT_PROFILE = 8 * 1024;
// Five widgets in sixteen locales, Leaflet's parts (leaflet-parts.js) and the default profile included.
const WHOLE_FILE = 120 * 1024;
// What one locale's UI strings add, on average over the fifteen translations (see localeGzips).
const STRINGS_PER_LOCALE = 2.5 * 1024;

describe('bytes of the built file', () => {
  it(`whole file stays within ${WHOLE_FILE} bytes gzip`, () => {
    const sizes = bundleSizes();
    expect(sizes.gzip).toBeGreaterThan(10_000); // it really is the bundle
    expect(sizes.gzip).toBeLessThanOrEqual(WHOLE_FILE);
  });

  it(`shared core (Lit, localize, src/core) without translations and default profile stays within ${CORE} bytes gzip`, async () => {
    expect(await coreGzip()).toBeLessThanOrEqual(CORE);
  });

  it(`embedded default profile stays within ${DEFAULT_PROFILE} bytes gzip`, () => {
    expect(defaultProfileGzip()).toBeLessThanOrEqual(DEFAULT_PROFILE);
  });

  it(`UI strings add at most ${STRINGS_PER_LOCALE} bytes gzip per locale on average`, async () => {
    const sizes = Object.values(await localeGzips()) as number[];
    expect(sizes.length).toBe(15); // every target locale is measured
    expect(sizes.every((size) => size > 500), 'each locale really adds its strings').toBe(true);
    expect(sizes.reduce((sum, size) => sum + size, 0) / sizes.length).toBeLessThanOrEqual(STRINGS_PER_LOCALE);
  });

  it('is one classic script with a byte-order mark, the compile hint and the second-copy guard', () => {
    const text = readFileSync('dist/willkommen.js', 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toMatch(/^\uFEFF\/\/# allFunctionsCalledOnLoad\n\/\*![^\n]*\*\/\nif\(\(window\.Willkommen\|\|\{\}\)\.version\)/);
    expect(text).not.toMatch(/\bimport\s*\(|\bexport\s*\{/);
    expect(text).not.toContain('Lit is in dev mode'); // Lit's production build, not its development one
    // The locale tables went in without their message ids (scripts/compact-locales.mjs): no whole id,
    // and each id's short key once, in the one shared list.
    expect(text.match(/\b[sh][0-9a-f]{16}\b/g)).toBe(null);
    const ids: string[] = messageIds();
    const digits: number = keyLength(ids);
    const hashes = ids.filter((id) => /^[sh][0-9a-f]{16}$/.test(id));
    expect(hashes.length).toBeGreaterThan(100);
    for (const id of hashes) {
      const key = id.slice(1, 1 + digits);
      expect(text.match(new RegExp(`(?<![0-9a-f])${key}(?![0-9a-f])`, 'g')), key).toHaveLength(1);
    }
  });
});
