// Prints src/core/calendar-names.ts: weekday and month names, the order of a short date, the time of day
// and language names, for two kinds of UI locale. Node ships full ICU, so the names are CLDR's.
// - Those whose data Chromium's ICU leaves out (Intl there falls back to the browser's own language, so
//   a Tigrinya page would say "Montag"). Their times and numbers are written as en-GB writes them.
// - German and English, the languages every page starts in, and the other UI locales Chromium knows
//   (Arabic, Spanish, Persian, French, Dari, Russian, Turkish, Ukrainian): formatted from the tables, a
//   first render starts no ICU formatter. The first Intl.DateTimeFormat or DisplayNames of a page costs
//   100-200 ms at 4x CPU throttling: the contact card in Russian rendered ~300 ms after the German one
//   before its table came (measured). Each table adds about 0.3 KB gzip. They write the digits Intl
//   writes in both Node and Chromium (a browser test checks): Latin, or Persian for Persian and Dari.
// Run when a locale is added: `node scripts/calendar-names.mjs > src/core/calendar-names.ts`.
const OWN_NUMBERS = ['de', 'en', 'ar', 'es', 'fa', 'fr', 'prs', 'ru', 'tr', 'uk'];
const LOCALES = [...OWN_NUMBERS, 'ckb', 'kmr', 'ps', 'so', 'sq', 'ti'];
/** The locale times and numbers are written in. */
const numbersOf = (locale) => (OWN_NUMBERS.includes(locale) ? locale : 'en-GB');
/** The locale's ten digits from 0 when they are not Latin ('۰۱۲۳۴۵۶۷۸۹' in Persian), else undefined. */
const digitsOf = (locale) => {
  const digits = [...new Intl.NumberFormat(numbersOf(locale), {useGrouping: false}).format(1234567890)];
  const fromZero = [digits[9], ...digits.slice(0, 9)].join('');
  return fromZero === '0123456789' ? undefined : fromZero;
};
const utc = (month, day) => new Date(Date.UTC(2026, month, day));
/** The format of src/core/format.ts's formatDate ("Do., 24. Dezember"). */
const shortDate = (locale) => new Intl.DateTimeFormat(locale, {weekday: 'short', day: 'numeric', month: 'long', timeZone: 'UTC', calendar: 'gregory'});
// 5 January 2026 is a Monday.
const MONDAY_TO_SUNDAY = [5, 6, 7, 8, 9, 10, 11];
const weekdays = (locale) =>
  MONDAY_TO_SUNDAY.map((day) => new Intl.DateTimeFormat(locale, {weekday: 'long', timeZone: 'UTC', calendar: 'gregory'}).format(utc(0, day)));
/** Short weekdays as the short date writes them ("Do." in German, where the name alone is "Do"). */
const weekdaysInDate = (locale) =>
  MONDAY_TO_SUNDAY.map((day) => shortDate(locale).formatToParts(utc(0, day)).find((part) => part.type === 'weekday').value);
/**
 * V8's format() writes the narrow no-break space of newer CLDR ("8:05\u202fPM") as a plain space, for
 * the web's sake; formatToParts() does not. The tables write what format() writes.
 */
const asFormatWrites = (text) => text.replaceAll('\u202f', ' ');
const months = (locale) =>
  [...Array(12).keys()].map((month) => {
    // Taken from the same short date as the pattern below: some languages inflect a month next to a day.
    const parts = shortDate(locale).formatToParts(utc(month, 24));
    return parts.find((part) => part.type === 'month').value;
  });
/** The short date as a pattern: {weekday}, {day}, {month} and the locale's own literals between them. */
const datePattern = (locale) =>
  shortDate(locale)
    .formatToParts(utc(11, 24))
    .map((part) => (part.type === 'literal' ? asFormatWrites(part.value) : `{${part.type}}`))
    .join('');

/**
 * A time of day as a pattern ({hour}, {minute}, {dayPeriod} and literals), from 20:05; a 12-hour clock
 * also gives its two day periods (from 08:05 and 20:05). Hours are numeric, minutes two digits.
 */
const timeOfDay = (locale) => {
  const format = new Intl.DateTimeFormat(numbersOf(locale), {hour: 'numeric', minute: '2-digit', timeZone: 'UTC'});
  const parts = (hour) => format.formatToParts(new Date(Date.UTC(2000, 0, 1, hour, 5)));
  const pattern = parts(20).map((part) => (part.type === 'literal' ? asFormatWrites(part.value) : `{${part.type}}`)).join('');
  if (!/^\{hour\}.\{minute\}/.test(pattern) || parts(8).find((part) => part.type === 'hour').value !== (digitsOf(locale) ?? '0123456789')[8]) {
    throw new Error(`${locale}: a time pattern format.ts cannot write: ${pattern}`);
  }
  const dayPeriod = (hour) => parts(hour).find((part) => part.type === 'dayPeriod')?.value;
  return format.resolvedOptions().hourCycle === 'h23' ? {pattern} : {pattern, dayPeriods: [dayPeriod(8), dayPeriod(20)]};
};

/** An amount in euros as a pattern ({amount} and the literals around it) and the decimal sign. */
const euros = (locale) => {
  const parts = new Intl.NumberFormat(numbersOf(locale), {style: 'currency', currency: 'EUR'}).formatToParts(93.5);
  const pattern = parts
    .map((part) => (part.type === 'integer' ? '{amount}' : ['decimal', 'fraction'].includes(part.type) ? '' : part.type === 'currency' ? part.value : asFormatWrites(part.value)))
    .join('');
  return {pattern, decimal: parts.find((part) => part.type === 'decimal').value};
};

/**
 * A distance in metres and in kilometres ({amount} and the unit's name around it), by plural category:
 * only 'other' and the categories that differ from it (Arabic: "{amount} أمتار", "{amount} مترًا").
 * Number formats keep CLDR's narrow no-break space (French "350 m"), unlike times.
 */
const PLURAL_SAMPLES = [0, 1, 2, 3, 5, 10, 11, 21, 22, 25, 100, 101, 102, 111, 1.5];
const distance = (locale) => {
  const numbers = numbersOf(locale);
  const rules = new Intl.PluralRules(numbers);
  const patterns = (unit) => {
    const byCategory = {};
    for (const value of PLURAL_SAMPLES) {
      const category = rules.select(value);
      byCategory[category] ??= new Intl.NumberFormat(numbers, {style: 'unit', unit, maximumFractionDigits: 1})
        .formatToParts(value)
        .map((part) => (['integer', 'decimal', 'fraction'].includes(part.type) ? '\0' : part.value))
        .join('')
        .replace(/\0+/, '{amount}');
    }
    return Object.fromEntries(Object.entries(byCategory).filter(([category, pattern]) => category === 'other' || pattern !== byCategory.other));
  };
  return {m: patterns('meter'), km: patterns('kilometer')};
};

/** Languages a config names (offices' and partners' languages): the UI locales and a few more. */
const LANGUAGES = ['de', 'en', 'ar', 'ckb', 'es', 'fa', 'fr', 'kmr', 'ku', 'prs', 'ps', 'ru', 'so', 'sq', 'ti', 'tr', 'uk', 'it', 'pl', 'ro', 'bg', 'vi', 'ur', 'hi', 'bn', 'am'];
/** In the order of LANGUAGE_CODES, without the codes: 16 tables repeating 26 keys cost 0.5 KB gzip. */
const languageNames = (locale) => {
  const names = new Intl.DisplayNames([locale], {type: 'language', fallback: 'none'});
  return LANGUAGES.map((code) => names.of(code) ?? '');
};

const table = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    {
      weekdays: weekdays(locale),
      ...(weekdaysInDate(locale).join() !== weekdays(locale).join() && {weekdaysShort: weekdaysInDate(locale)}),
      months: months(locale),
      date: datePattern(locale),
      time: timeOfDay(locale),
      euros: euros(locale),
      distance: distance(locale),
      ...(numbersOf(locale) !== locale && {numbers: numbersOf(locale)}),
      ...(digitsOf(locale) && {digits: digitsOf(locale)}),
      languages: languageNames(locale),
    },
  ]),
);
console.log(`// Generated by scripts/calendar-names.mjs from CLDR (Node's full ICU). Do not edit by hand.
/**
 * Weekdays from Monday, months from January, a short date's pattern, the time of day and language
 * names: for the locales Chromium's ICU lacks, and for those that format without Intl on a first render.
 */
export interface CalendarNames {
  weekdays: readonly string[];
  /** As the short date writes them; absent where they are the weekdays themselves. */
  weekdaysShort?: readonly string[];
  months: readonly string[];
  /** "{weekday}, {day} {month}" in the locale's order and punctuation. */
  date: string;
  /** "{hour}:{minute}", or with "{dayPeriod}" and its two names (before and after noon) on a 12-hour clock. */
  time: {pattern: string; dayPeriods?: readonly [string, string]};
  /** An amount in euros: "{amount} €" or "€{amount}", and the decimal sign before the cents. */
  euros: {pattern: string; decimal: string};
  /** "{amount} m" and "{amount} km" by plural category: 'other', and those that differ from it. */
  distance: Record<'m' | 'km', Partial<Record<Intl.LDMLPluralRule, string>> & {other: string}>;
  /** The locale numbers are written in where Chromium lacks the locale: en-GB (Latin digits). Absent: its own. */
  numbers?: string;
  /** The locale's digits from 0 to 9 where they are not Latin (Persian and Dari). */
  digits?: string;
  /** Names of the languages configs commonly list, in the order of LANGUAGE_CODES ('' where CLDR has none). */
  languages: readonly string[];
}

/** The languages whose names the tables hold, in their order. */
export const LANGUAGE_CODES: readonly string[] = ${JSON.stringify(LANGUAGES)};

export const CALENDAR_NAMES: Readonly<Record<string, CalendarNames>> = ${JSON.stringify(table, null, 2)};`);
