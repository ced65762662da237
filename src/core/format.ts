/**
 * Numbers, plural categories, dates, times, weekdays and language names in the visitor's locale,
 * through Intl. Where Chromium's ICU has no data for a locale (it leaves out Sorani, Kurmanji, Pashto,
 * Somali, Albanian and Tigrinya, and Intl then falls back to the browser's own language: a Tigrinya
 * page would say "Montag"), names come from the CLDR tables in calendar-names.ts, and numbers and
 * times from a neutral 24-hour format with Latin digits. The tables decide, in every browser: asking
 * Intl which locales it knows (`supportedLocalesOf`) cost 25 ms at 4x CPU throttling on the first
 * render, and other browsers' data for these locales is the same CLDR.
 * Calendar dates are 'YYYY-MM-DD' strings in the office's zone; we format them as UTC dates so the
 * visitor's own time zone can never shift a day.
 */
import {CALENDAR_NAMES, type CalendarNames} from './calendar-names.js';

const cache = new Map<string, Intl.DateTimeFormat | Intl.DisplayNames | Intl.NumberFormat | Intl.PluralRules>();

/** CLDR names for a locale Chromium's Intl lacks; undefined where Intl has it. */
function ownNames(locale: string): CalendarNames | undefined {
  return CALENDAR_NAMES[locale];
}

/** The locale numbers and times are formatted in: the visitor's, or a neutral 24-hour one with Latin digits. */
function numericLocale(locale: string): string {
  return locale in CALENDAR_NAMES ? 'en-GB' : locale;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    // Gregorian always: Persian, Dari and Pashto would default to the Solar Hijri calendar, and the
    // office's dates are Gregorian.
    format = new Intl.DateTimeFormat(locale, {...options, timeZone: 'UTC', calendar: 'gregory'});
    cache.set(key, format);
  }
  return format;
}

/** 1234 -> '1.234' / '1,234' / '١٬٢٣٤', in the digits the locale writes. */
export function formatNumber(value: number, locale: string): string {
  const key = `number|${locale}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(numericLocale(locale));
    cache.set(key, format);
  }
  return format.format(value);
}

/**
 * The CLDR plural category of a count: German and English know 'one' and 'other', Arabic all six
 * (zero, one, two, few, many, other). @lit/localize has no plural syntax, so a counted message is
 * written once per category (see `pluralMessage`) and this picks the one the locale needs.
 */
export function pluralCategory(count: number, locale: string): Intl.LDMLPluralRule {
  const key = `plural|${locale}`;
  let rules = cache.get(key) as Intl.PluralRules | undefined;
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    cache.set(key, rules);
  }
  return rules.select(count);
}

/** One message per plural category, as thunks so only the chosen `msg()` runs; `other` is required. */
export type PluralMessages = Partial<Record<Intl.LDMLPluralRule, () => string>> & {other: () => string};

/**
 * The message for `count` in `locale`. Give every category a message with an explicit id (the German
 * source of 'few' and 'other' is the same text, so hashed ids would collide):
 * `pluralMessage(n, locale, {one: () => msg(str`${n} Dokument`, {id: 'finder.count.one'}), ...})`.
 */
export function pluralMessage(count: number, locale: string, messages: PluralMessages): string {
  return (messages[pluralCategory(count, locale)] ?? messages.other)();
}

function utcDate(date: string, time = '00:00'): Date {
  const [year, month, day] = date.split('-').map(Number);
  const [hours, minutes] = time.split(':').map(Number);
  return new Date(Date.UTC(year, month - 1, day, hours, minutes));
}

/**
 * '14:00' as the visitor's locale writes it ('14:00', '2:00 PM', '١٤:٠٠'). A closing time of '24:00'
 * stays 24:00 where the locale counts hours 0-23 ("8:00–24:00", not "8:00–0:00").
 */
export function formatTime(time: string, visitorLocale: string): string {
  const locale = numericLocale(visitorLocale);
  const options: Intl.DateTimeFormatOptions = {hour: 'numeric', minute: '2-digit'};
  if (time === '24:00' && dateFormat(locale, options).resolvedOptions().hourCycle === 'h23') {
    return dateFormat(locale, {...options, hourCycle: 'h24'}).format(utcDate('2000-01-01', '00:00'));
  }
  return dateFormat(locale, options).format(utcDate('2000-01-01', time === '24:00' ? '00:00' : time));
}

export function formatWeekday(date: string, locale: string, width: 'long' | 'short' = 'long'): string {
  const names = ownNames(locale);
  if (names) return (width === 'long' ? names.weekdays : names.weekdaysShort)[(utcDate(date).getUTCDay() + 6) % 7];
  return dateFormat(locale, {weekday: width}).format(utcDate(date));
}

export function formatDate(date: string, locale: string): string {
  const names = ownNames(locale);
  if (names) {
    const day = utcDate(date);
    return names.date
      .replace('{weekday}', formatWeekday(date, locale, 'short'))
      .replace('{day}', String(day.getUTCDate()))
      .replace('{month}', names.months[day.getUTCMonth()]);
  }
  return dateFormat(locale, {weekday: 'short', day: 'numeric', month: 'long'}).format(utcDate(date));
}

/** A language's name in the visitor's language: 'ar' -> 'Arabisch' / 'Arabic' / 'العربية'. */
export function languageName(code: string, locale: string): string {
  const own = ownNames(locale)?.languages[code];
  if (own) return own;
  const key = `names|${locale}`;
  let names = cache.get(key) as Intl.DisplayNames | undefined;
  if (!names) {
    names = new Intl.DisplayNames([locale], {type: 'language', fallback: 'code'});
    cache.set(key, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * How speakers write the name of their own language, for every UI locale. Data, not Intl: Chromium
 * ships ICU without locale data for Sorani, Kurmanji, Pashto, Somali, Albanian or Tigrinya, so
 * `Intl.DisplayNames` names them in English ("Tigrinya"), which a Tigrinya reader looking for ትግርኛ
 * would pass over. Capitalized as a list of choices is.
 */
const AUTONYMS: Readonly<Record<string, string>> = {
  de: 'Deutsch',
  en: 'English',
  ar: 'العربية',
  ckb: 'کوردی (سۆرانی)',
  es: 'Español',
  fa: 'فارسی',
  fr: 'Français',
  kmr: 'Kurdî (Kurmancî)',
  prs: 'دری',
  ps: 'پښتو',
  ru: 'Русский',
  so: 'Soomaali',
  sq: 'Shqip',
  ti: 'ትግርኛ',
  tr: 'Türkçe',
  uk: 'Українська',
};

/** A language's name in that language itself: 'ar' -> 'العربية' (for the language picker). */
export function autonym(code: string): string {
  return AUTONYMS[code] ?? languageName(code, code);
}
