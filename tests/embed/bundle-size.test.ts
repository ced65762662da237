import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
// @ts-expect-error: plain .mjs shared with `npm run bench`
import {bundleSizes, coreGzip, defaultProfileGzip, localeGzips} from '../../scripts/measure-size.mjs';

// Budgets from the core issue, in bytes (gzip -9).
const CORE = 25 * 1024;
const DEFAULT_PROFILE = 8 * 1024;
// Two budgets are NOT met since all five widgets and sixteen locales exist: the whole file (120 KB;
// Leaflet alone is 42 KB of it) and the UI strings (2.5 KB per locale on average, for 155 strings).
// Until they are, these ceilings hold today's figures so nothing grows unnoticed; lower them as the
// file shrinks. The measured figures and the ways to the budgets are in the closing note of issue 6.
const WHOLE_FILE_BUDGET = 120 * 1024;
const WHOLE_FILE_CEILING = 143 * 1024;
const STRINGS_PER_LOCALE_BUDGET = 2.5 * 1024;
const STRINGS_PER_LOCALE_CEILING = 3.3 * 1024;

describe('bytes of the built file', () => {
  it(`whole file stays under today's ceiling of ${WHOLE_FILE_CEILING} bytes gzip (budget ${WHOLE_FILE_BUDGET}, not met)`, () => {
    const sizes = bundleSizes();
    expect(sizes.gzip).toBeGreaterThan(10_000); // it really is the bundle
    expect(sizes.gzip).toBeLessThanOrEqual(WHOLE_FILE_CEILING);
  });

  it(`shared core (Lit, localize, src/core) without translations and default profile stays within ${CORE} bytes gzip`, async () => {
    expect(await coreGzip()).toBeLessThanOrEqual(CORE);
  });

  it(`embedded default profile stays within ${DEFAULT_PROFILE} bytes gzip`, () => {
    expect(defaultProfileGzip()).toBeLessThanOrEqual(DEFAULT_PROFILE);
  });

  it(`UI strings average under today's ceiling of ${STRINGS_PER_LOCALE_CEILING} bytes gzip per locale (budget ${STRINGS_PER_LOCALE_BUDGET}, not met)`, async () => {
    const sizes = Object.values(await localeGzips()) as number[];
    expect(sizes.length).toBe(15); // every target locale is measured
    expect(sizes.reduce((sum, size) => sum + size, 0) / sizes.length).toBeLessThanOrEqual(STRINGS_PER_LOCALE_CEILING);
  });

  it('is one classic script with a byte-order mark and the second-copy guard', () => {
    const text = readFileSync('dist/willkommen.js', 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toMatch(/^\uFEFF\/\*![^\n]*\*\/\nif\(window\.Willkommen\)/);
    expect(text).not.toMatch(/\bimport\s*\(|\bexport\s*\{/);
    expect(text).not.toContain('Lit is in dev mode'); // Lit's production build, not its development one
  });
});
