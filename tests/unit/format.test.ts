/**
 * Dates, times, weekdays and language names through Intl. Calendar dates are 'YYYY-MM-DD' strings of
 * the office's own calendar; they are formatted as UTC so that the time zone of the machine (the
 * visitor's phone, or this test runner) can never move a date to the day before or after.
 */
import {afterEach, describe, expect, it} from 'vitest';
import {CALENDAR_NAMES, LANGUAGE_CODES} from '../../src/core/calendar-names.js';
import {
  autonym,
  formatDate,
  formatDistance,
  formatMoney,
  formatNumber,
  formatTime,
  formatWeekday,
  languageName,
  pluralCategory,
  pluralMessage,
} from '../../src/core/format.js';
import {addDays} from '../../src/core/opening-hours.js';

const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

/** Zones on both sides of UTC as far as they go, where local midnight is a different UTC day. */
const ZONES = ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles', 'Asia/Kabul', 'Europe/Berlin', 'UTC'];

describe('formatTime', () => {
  it.each([
    ['14:00', 'de', '14:00'],
    ['08:05', 'de', '8:05'],
    ['14:00', 'en', '2:00 PM'],
    ['08:30', 'en', '8:30 AM'],
    ['14:00', 'fa', '۱۴:۰۰'],
    ['14:00', 'uk', '14:00'],
  ])('%s in %s -> %j', (time, locale, expected) => {
    expect(formatTime(time, locale)).toBe(expected);
  });

  it("'24:00' (end of day in opening hours) stays 24:00 where hours count 0-23, midnight elsewhere", () => {
    expect(formatTime('24:00', 'de')).toBe('24:00');
    expect(formatTime('00:00', 'de')).toBe('0:00');
    expect(formatTime('24:00', 'en')).toBe('12:00 AM');
  });

  it('Arabic marks the time of day', () => {
    expect(formatTime('14:00', 'ar')).toMatch(/م/);
    expect(formatTime('08:00', 'ar')).toMatch(/ص/);
  });

  it('is the same in every time zone of the runner', () => {
    for (const zone of ZONES) {
      process.env.TZ = zone;
      expect(formatTime('00:30', 'de'), zone).toBe('0:30');
      expect(formatTime('23:45', 'de'), zone).toBe('23:45');
    }
  });
});

describe('formatWeekday', () => {
  it.each([
    ['2026-03-16', 'de', 'Montag'],
    ['2026-03-17', 'de', 'Dienstag'],
    ['2026-03-16', 'en', 'Monday'],
    ['2026-03-22', 'en', 'Sunday'],
    ['2026-03-16', 'ar', 'الاثنين'],
    ['2026-12-24', 'tr', 'Perşembe'],
  ] as const)('%s in %s -> %j', (date, locale, expected) => {
    expect(formatWeekday(date, locale)).toBe(expected);
  });

  it('never shifts the day, whatever the time zone of the runner', () => {
    for (const zone of ZONES) {
      process.env.TZ = zone;
      // Local midnight of 16 March is still 15 March in UTC east of Greenwich, and UTC midnight is
      // still 15 March west of it: a formatter in local time would say Sunday in one of them.
      expect(formatWeekday('2026-03-16', 'de'), zone).toBe('Montag');
      expect(formatWeekday('2026-01-01', 'en'), zone).toBe('Thursday');
      expect(formatWeekday('2026-12-31', 'en'), zone).toBe('Thursday');
    }
  });

  it('the zone switch in this test really changes local dates (so the test above can fail)', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(new Date(Date.UTC(2026, 2, 16)).getDate()).toBe(15);
    process.env.TZ = 'Pacific/Kiritimati';
    expect(new Date(Date.UTC(2026, 2, 16, 23)).getDate()).toBe(17);
  });
});

describe('formatDate', () => {
  it.each([
    ['2026-12-24', 'de', 'Do., 24. Dezember'],
    ['2026-12-24', 'en', 'Thu, December 24'],
    ['2027-03-17', 'de', 'Mi., 17. März'],
    ['2026-10-03', 'uk', 'сб, 3 жовтня'],
  ])('%s in %s -> %j', (date, locale, expected) => {
    expect(formatDate(date, locale)).toBe(expected);
  });

  it('Arabic names the Gregorian month', () => {
    expect(formatDate('2026-12-24', 'ar')).toContain('ديسمبر');
  });

  it('never shifts the day, whatever the time zone of the runner', () => {
    for (const zone of ZONES) {
      process.env.TZ = zone;
      expect(formatDate('2026-12-24', 'de'), zone).toBe('Do., 24. Dezember');
      expect(formatDate('2026-03-29', 'en'), zone).toBe('Sun, March 29');
    }
  });

  // Regression (matters once a Persian, Dari or Pashto UI locale ships): Intl's default calendar for "fa" and
  // "ps" is the Solar Hijri one, so the office's closure on 24 December 2026 is shown as "3 Dey".
  // The visitor's appointment letter, permit and the office's own notices all use Gregorian dates.
  it('Persian shows the Gregorian date (24 December), not the Solar Hijri one', () => {
    expect(formatDate('2026-12-24', 'fa')).toContain('۲۴');
    expect(formatDate('2026-12-24', 'fa')).not.toContain('دی');
  });
});

describe('languageName and autonym', () => {
  it.each([
    ['ar', 'de', 'Arabisch'],
    ['ar', 'en', 'Arabic'],
    ['prs', 'de', 'Dari'],
    ['uk', 'de', 'Ukrainisch'],
    ['tr', 'en', 'Turkish'],
    ['ckb', 'de', 'Zentralkurdisch'],
    ['de', 'ar', 'الألمانية'],
  ])('%s in %s -> %j', (code, locale, expected) => {
    expect(languageName(code, locale)).toBe(expected);
  });

  it('an unknown or malformed code comes back as it is, without throwing', () => {
    expect(languageName('xx', 'de')).toBe('xx');
    expect(languageName('not a code!', 'de')).toBe('not a code!');
  });

  it.each([
    ['ar', 'العربية'],
    ['de', 'Deutsch'],
    ['en', 'English'],
    ['fa', 'فارسی'],
    ['prs', 'دری'],
    ['uk', 'Українська'],
    ['tr', 'Türkçe'],
    ['ti', 'ትግርኛ'],
    ['ps', 'پښتو'],
    ['kmr', 'Kurdî (Kurmancî)'],
  ])('autonym(%s) -> %j', (code, expected) => {
    expect(autonym(code)).toBe(expected);
  });

  it('names a language outside the UI locales through Intl', () => {
    expect(autonym('it')).toBe('italiano');
  });
});

describe('addDays', () => {
  it.each([
    ['2026-03-16', 1, '2026-03-17'],
    ['2026-03-16', 0, '2026-03-16'],
    ['2026-03-16', -16, '2026-02-28'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2026-01-31', 30, '2026-03-02'],
    ['2026-03-01', 365, '2027-03-01'],
    // Summer time starts on 29 March and ends on 25 October 2026 in Germany.
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-10-24', 2, '2026-10-26'],
  ])('%s + %i -> %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('is the same in every time zone of the runner', () => {
    for (const zone of ZONES) {
      process.env.TZ = zone;
      expect(addDays('2026-03-28', 1), zone).toBe('2026-03-29');
      expect(addDays('2026-10-25', 1), zone).toBe('2026-10-26');
      expect(addDays('2026-12-31', 1), zone).toBe('2027-01-01');
    }
  });
});

describe('formatNumber', () => {
  it.each([
    [1234, 'de', '1.234'],
    [1234, 'en', '1,234'],
    [12, 'fa', '۱۲'],
  ])('%d in %s -> %j', (value, locale, expected) => {
    expect(formatNumber(value, locale)).toBe(expected);
  });
});

describe('formatMoney', () => {
  it.each([
    // A no-break space between amount and sign, as CLDR writes it: the sign never wraps alone.
    [93, 'EUR', 'de', '93\u00a0€'],
    [93.5, 'EUR', 'de', '93,50\u00a0€'],
    [93, 'EUR', 'en', '€93'],
    [1234.5, 'EUR', 'de', '1.234,50\u00a0€'],
    [50, 'USD', 'en', '$50'],
    [93, 'EUR', 'ar', new Intl.NumberFormat('ar', {style: 'currency', currency: 'EUR', minimumFractionDigits: 0}).format(93)],
  ] as const)('%d %s in %s -> %j', (amount, currency, locale, expected) => {
    expect(formatMoney(amount, currency, locale)).toBe(expected);
  });
});

describe('formatDistance', () => {
  it.each([
    [0.349, 'de', '350 m'],
    [1.234, 'de', '1,2 km'],
    [1.234, 'en', '1.2 km'],
    [12, 'en', '12 km'],
    // Sorani: Chromium has no data, so numbers and units as British English writes them.
    [1.25, 'ckb', '1.3 km'],
  ] as const)('%d km in %s -> %j', (km, locale, expected) => {
    expect(formatDistance(km, locale)).toBe(expected);
  });
});

describe('pluralMessage', () => {
  const messages = {
    zero: () => 'zero',
    one: () => 'one',
    two: () => 'two',
    few: () => 'few',
    many: () => 'many',
    other: () => 'other',
  };

  it('gives Arabic all six categories', () => {
    expect([0, 1, 2, 3, 11, 100].map((n) => pluralMessage(n, 'ar', messages))).toEqual([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
  });

  it('gives German and English one and other only', () => {
    for (const locale of ['de', 'en']) {
      expect([0, 1, 2, 3, 11].map((n) => pluralCategory(n, locale))).toEqual(['other', 'one', 'other', 'other', 'other']);
    }
  });

  it('knows the Slavic few and many', () => {
    expect([1, 3, 5, 21].map((n) => pluralCategory(n, 'uk'))).toEqual(['one', 'few', 'many', 'one']);
  });

  it('falls back to other when a category has no message', () => {
    expect(pluralMessage(3, 'ar', {one: () => 'one', other: () => 'other'})).toBe('other');
  });

  it('runs only the chosen message', () => {
    let calls = 0;
    const counted = () => (calls++, 'x');
    pluralMessage(1, 'de', {one: counted, other: counted});
    expect(calls).toBe(1);
  });
});

// The CLDR tables of calendar-names.ts stand in for Intl (on a first render in the locales that have
// one, and for the locales Chromium lacks). Node has full ICU: the tables must write exactly what Intl writes
// there, or they are stale (run scripts/calendar-names.mjs).
describe('the CLDR tables write what Intl writes', () => {
  const utc = (date: string, time = '00:00') => new Date(`${date}T${time}:00Z`);
  const intl = (locale: string, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, {...options, timeZone: 'UTC', calendar: 'gregory'});
  const days = Array.from({length: 366}, (_, index) => new Date(Date.UTC(2028, 0, 1 + index)).toISOString().slice(0, 10));
  const times = Array.from({length: 96}, (_, index) => `${String(Math.floor(index / 4)).padStart(2, '0')}:${String((index % 4) * 15).padStart(2, '0')}`);

  it.each(Object.entries(CALENDAR_NAMES))('%s: weekdays, dates, times, numbers and language names', (locale, table) => {
    const numbersLocale = table.numbers ?? locale;
    for (const day of days) {
      expect(formatWeekday(day, locale), day).toBe(intl(locale, {weekday: 'long'}).format(utc(day)));
      // Days in the digits of the table's numbers (Latin where the table writes numbers as en-GB does).
      const digits = numbersLocale === locale ? {} : {numberingSystem: 'latn'};
      expect(formatDate(day, locale), day).toBe(intl(locale, {weekday: 'short', day: 'numeric', month: 'long', ...digits}).format(utc(day)));
    }
    const clock = intl(numbersLocale, {hour: 'numeric', minute: '2-digit'});
    for (const time of times) expect(formatTime(time, locale), time).toBe(clock.format(utc('2000-01-01', time)));
    const numbers = new Intl.NumberFormat(numbersLocale);
    for (let value = 0; value < 1000; value++) expect(formatNumber(value, locale)).toBe(numbers.format(value));
    expect(formatNumber(-12, locale)).toBe(numbers.format(-12));
    expect(formatNumber(1234.5, locale)).toBe(numbers.format(1234.5));
    for (const amount of [0, 5, 93, 93.5, 100, 250.05, 999.99]) {
      const euros = new Intl.NumberFormat(numbersLocale, {style: 'currency', currency: 'EUR', minimumFractionDigits: Number.isInteger(amount) ? 0 : 2});
      expect(formatMoney(amount, 'EUR', locale), String(amount)).toBe(euros.format(amount));
    }
    const names = new Intl.DisplayNames([locale], {type: 'language'});
    const codes = LANGUAGE_CODES.filter((_, index) => table.languages[index]);
    expect(codes.length).toBeGreaterThan(10);
    for (const code of codes) expect(languageName(code, locale), code).toBe(names.of(code));
    const unit = (name: string) => new Intl.NumberFormat(numbersLocale, {style: 'unit', unit: name, maximumFractionDigits: 1});
    for (let metres = 0; metres < 1000; metres += 10) expect(formatDistance(metres / 1000, locale)).toBe(unit('meter').format(metres));
    for (const km of [1, 1.5, 2, 3, 5.2, 10, 11, 21.3, 100, 101, 999.9]) expect(formatDistance(km, locale)).toBe(unit('kilometer').format(km));
  });
});
