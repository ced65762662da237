/**
 * Names in the visitor's alphabet order (A–Z lists of documents and partners), without starting ICU
 * where it is not needed. The first Intl.Collator of a page costs ~100 ms at 4x CPU throttling (ICU's
 * start, measured): the document finder's first render in German took 730 ms instead of 483 ms with
 * this module (medians of 11, interleaved).
 *
 * For a German or English page and names written only in Latin letters (accents and umlauts too),
 * ß, digits, spaces and the punctuation below, CLDR's order at base strength is short to write down:
 * punctuation before numbers before letters; case, accents and umlaut dots do not count; ß is ss; a
 * run of digits counts by its value (numeric collation). Unit and browser tests compare this with
 * Intl.Collator, in Node and in Chromium, on thousands of generated names. Every other name, or page
 * language, goes to Intl.Collator.
 */

/**
 * Space and the punctuation names use, in CLDR's order. Curly and low quotes sort as the straight ones
 * (plainForm turns them into those). Not '…': CLDR counts it as three full stops.
 */
const PUNCTUATION = ` _-–—,;:!?.'"()[]/&+`;
const NUMBER = PUNCTUATION.length;
const LETTER_A = NUMBER + 1;

/** Page languages whose order of Latin letters is CLDR's root order (Spanish, Turkish, Albanian … are not). */
const ROOT_ORDER = new Set(['de', 'en']);

/**
 * Lowercase, without accents and umlaut dots, ß as ss, quotes straight; undefined when a character is
 * outside the plain set.
 */
function plainForm(name: string): string | undefined {
  const folded = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[‚‘’]/g, "'")
    .replace(/[„“”]/g, '"');
  return /^[a-z0-9 _\-–—,;:!?.'"()[\]/&+]*$/.test(folded) ? folded : undefined;
}

const isDigit = (character: string | undefined): boolean => character !== undefined && character >= '0' && character <= '9';

/** Compares two plain forms as Intl.Collator(…, {sensitivity: 'base', numeric: true}) does. */
function comparePlain(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (isDigit(a[i]) && isDigit(b[j])) {
      const startA = i;
      const startB = j;
      while (isDigit(a[i])) i++;
      while (isDigit(b[j])) j++;
      // By value: without leading zeros, the longer run is the larger number.
      const numberA = a.slice(startA, i).replace(/^0+/, '');
      const numberB = b.slice(startB, j).replace(/^0+/, '');
      if (numberA.length !== numberB.length) return numberA.length < numberB.length ? -1 : 1;
      if (numberA !== numberB) return numberA < numberB ? -1 : 1;
      continue;
    }
    const weightA = weight(a[i]!);
    const weightB = weight(b[j]!);
    if (weightA !== weightB) return weightA < weightB ? -1 : 1;
    i++;
    j++;
  }
  // The shorter one first, when one is the start of the other.
  return Math.sign(a.length - i - (b.length - j));
}

function weight(character: string): number {
  if (isDigit(character)) return NUMBER;
  const punctuation = PUNCTUATION.indexOf(character);
  return punctuation >= 0 ? punctuation : LETTER_A + character.charCodeAt(0) - 97;
}

const comparators = new Map<string, (a: string, b: string) => number>();

/** How the visitor's language orders two names: negative, zero (the same at base strength) or positive. */
export function compareNames(locale: string): (a: string, b: string) => number {
  let compare = comparators.get(locale);
  if (!compare) {
    let collator: Intl.Collator | undefined;
    const intl = (a: string, b: string) => (collator ??= new Intl.Collator(locale, {sensitivity: 'base', numeric: true})).compare(a, b);
    const rootOrder = ROOT_ORDER.has(locale);
    compare = (a, b) => {
      const plainA = rootOrder ? plainForm(a) : undefined;
      const plainB = plainA === undefined ? undefined : plainForm(b);
      return plainA !== undefined && plainB !== undefined ? comparePlain(plainA, plainB) : intl(a, b);
    };
    comparators.set(locale, compare);
  }
  return compare;
}
