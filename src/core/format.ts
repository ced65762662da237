/**
 * Numbers, plural categories, dates, times, weekdays and language names in the visitor's locale.
 * Two kinds of locale format from the CLDR tables in calendar-names.ts instead of Intl:
 * - those Chromium's ICU lacks (Sorani, Kurmanji, Pashto, Somali, Albanian, Tigrinya: Intl would fall
 *   back to the browser's own language, and a Tigrinya page would say "Montag"); their times and
 *   numbers are written as en-GB writes them (24-hour clock, Latin digits);
 * - German and English, the languages a page starts in, and the other UI locales Chromium knows
 *   (Arabic, Spanish, Persian, French, Dari, Russian, Turkish, Ukrainian), in their own digits: the
 *   first Intl.NumberFormat, DateTimeFormat or DisplayNames of a page starts ICU, 100-200 ms at 4x CPU
 *   throttling, so a first render in them starts none (an embed test counts the Intl objects made
 *   before it).
 * The tables decide in every browser: asking Intl which locales it knows (`supportedLocalesOf`) costs
 * time too, and other browsers' data for these locales is the same CLDR.
 * Calendar dates are 'YYYY-MM-DD' strings in the office's zone; we format them as UTC dates so the
 * visitor's own time zone can never shift a day.
 */
import {CALENDAR_NAMES, LANGUAGE_CODES, type CalendarNames} from './calendar-names.js';

const cache = new Map<string, Intl.DateTimeFormat | Intl.DisplayNames | Intl.NumberFormat | Intl.PluralRules>();

/** The CLDR table a locale formats from; undefined where Intl does it. */
function ownNames(locale: string): CalendarNames | undefined {
  return CALENDAR_NAMES[locale];
}

/** '93' in the table's own digits ('۹۳' in Persian); unchanged where the table writes Latin digits. */
function ownDigits(text: string, names: CalendarNames): string {
  const {digits} = names;
  return digits ? text.replace(/[0-9]/g, (digit) => digits[Number(digit)]) : text;
}

/** The locale numbers are formatted in: the visitor's, or en-GB (Latin digits) where Chromium lacks it. */
function numericLocale(locale: string): string {
  return ownNames(locale)?.numbers ?? locale;
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
  // Counts on a first render ("3 von 9"): whole numbers from 0 to 999 need no grouping and no sign
  // (Arabic marks a minus with a direction mark): the table's digits are all they need (unit and
  // browser tests compare with Intl).
  const names = ownNames(locale);
  if (names && Number.isInteger(value) && value >= 0 && value < 1000) return ownDigits(String(value), names);
  const key = `number|${locale}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(numericLocale(locale));
    cache.set(key, format);
  }
  return format.format(value);
}

/**
 * A fee: '93 €' / '€93' / '93,50 €', with cents only where there are any. Euros below 1,000 come from
 * the tables where the locale has one (fees on a checklist's first render); anything else from Intl.
 */
export function formatMoney(amount: number, currency: string, locale: string): string {
  const names = ownNames(locale);
  const cents = Math.round(amount * 100) % 100;
  if (names && currency === 'EUR' && amount >= 0 && amount < 1000) {
    const {pattern, decimal} = names.euros;
    const whole = String(Math.floor(amount + 0.005));
    return pattern.replace('{amount}', ownDigits(cents ? `${whole}${decimal}${String(cents).padStart(2, '0')}` : whole, names));
  }
  return new Intl.NumberFormat(numericLocale(locale), {
    style: 'currency',
    currency,
    minimumFractionDigits: cents ? 2 : 0,
  }).format(amount);
}

/**
 * A distance: '350 m' / '1,2 km' / '350 مترًا', metres below 1 km (to 10 m), else km to 0.1. Below
 * 1,000 of either from the tables where the locale has one (the partner list's first render), by
 * plural category as CLDR names units; anything else from Intl, one formatter per locale and unit.
 */
export function formatDistance(km: number, locale: string): string {
  const [value, unit] = km < 1 ? [Math.round(km * 100) * 10, 'meter'] : [Math.round(km * 10) / 10, 'kilometer'];
  const names = ownNames(locale);
  if (names && value < 1000) {
    const patterns = names.distance[unit === 'meter' ? 'm' : 'km'];
    const pattern = patterns[pluralCategory(value, numericLocale(locale))] ?? patterns.other;
    // The locale's decimal sign, which the table keeps with the euros.
    return pattern.replace('{amount}', ownDigits(String(value).replace('.', names.euros.decimal), names));
  }
  const key = `${unit}|${locale}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(numericLocale(locale), {style: 'unit', unit, maximumFractionDigits: 1});
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
  const own = ownNames(visitorLocale);
  if (own) return tableTime(time, own);
  const locale = numericLocale(visitorLocale);
  const options: Intl.DateTimeFormatOptions = {hour: 'numeric', minute: '2-digit'};
  if (time === '24:00' && dateFormat(locale, options).resolvedOptions().hourCycle === 'h23') {
    return dateFormat(locale, {...options, hourCycle: 'h24'}).format(utcDate('2000-01-01', '00:00'));
  }
  return dateFormat(locale, options).format(utcDate('2000-01-01', time === '24:00' ? '00:00' : time));
}

/** A time of day from a table's pattern; 24:00 stays 24:00 on a 24-hour clock, as Intl's h24 writes it. */
function tableTime(time: string, names: CalendarNames): string {
  const {pattern, dayPeriods} = names.time;
  const [hours, minutes] = time.split(':');
  let hour = Number(hours);
  if (dayPeriods) hour = hour % 12 || 12;
  const afternoon = Number(hours) >= 12 && Number(hours) < 24;
  return pattern
    .replace('{hour}', ownDigits(String(hour), names))
    .replace('{minute}', ownDigits(minutes, names))
    .replace('{dayPeriod}', dayPeriods ? dayPeriods[afternoon ? 1 : 0] : '');
}

/** Monday = 0 … Sunday = 6, the order of the tables. */
const weekdayIndex = (date: string): number => (utcDate(date).getUTCDay() + 6) % 7;

/** 'Montag' / 'Monday' / 'الاثنين'. */
export function formatWeekday(date: string, locale: string): string {
  const names = ownNames(locale);
  if (names) return names.weekdays[weekdayIndex(date)];
  return dateFormat(locale, {weekday: 'long'}).format(utcDate(date));
}

/** 'Do., 24. Dezember' / 'Thu, December 24'. */
export function formatDate(date: string, locale: string): string {
  const names = ownNames(locale);
  if (names) {
    const day = utcDate(date);
    return names.date
      .replace('{weekday}', (names.weekdaysShort ?? names.weekdays)[weekdayIndex(date)])
      .replace('{day}', ownDigits(String(day.getUTCDate()), names))
      .replace('{month}', names.months[day.getUTCMonth()]);
  }
  return dateFormat(locale, {weekday: 'short', day: 'numeric', month: 'long'}).format(utcDate(date));
}

/** Languages whose script has a comma of its own: the Arabic script's and the Ethiopic one. */
const OWN_COMMA: Readonly<Record<string, string>> = {ar: '، ', ckb: '، ', fa: '، ', prs: '، ', ps: '، ', ti: '፣ '};

/** What separates the items of a short list ("8:00–12:00, 14:00–18:00"): a comma and a space. */
export function listComma(locale: string): string {
  return OWN_COMMA[locale] ?? ', ';
}

/** A language's name in the visitor's language: 'ar' -> 'Arabisch' / 'Arabic' / 'العربية'. */
export function languageName(code: string, locale: string): string {
  const own = ownNames(locale)?.languages[LANGUAGE_CODES.indexOf(code)];
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
