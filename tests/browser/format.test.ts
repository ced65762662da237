/// <reference types="mocha" />
// Dates, times and language names in Chromium, whose ICU has no data for Sorani, Kurmanji, Pashto,
// Somali, Albanian or Tigrinya: without the CLDR tables of calendar-names.ts, Intl would answer in the
// browser's own language ("Montag" on a Tigrinya page).
import {expect} from '@open-wc/testing';
import {CALENDAR_NAMES, LANGUAGE_CODES} from '../../src/core/calendar-names.js';
import {formatDate, formatDistance, formatMoney, formatNumber, formatTime, formatWeekday, languageName} from '../../src/core/format.js';

const MONDAY = '2026-01-05';
const CHRISTMAS_EVE = '2026-12-24';

describe('formats where the browser lacks the locale', () => {
  it('(this browser really lacks Tigrinya, so the tables are what is tested)', () => {
    expect(Intl.DateTimeFormat.supportedLocalesOf(['ti'])).to.deep.equal([]);
  });

  it('names weekdays and months from CLDR', () => {
    expect(formatWeekday(MONDAY, 'ti')).to.equal('ሰኑይ');
    expect(formatWeekday(MONDAY, 'so')).to.equal('Isniin');
    expect(formatWeekday(MONDAY, 'ps')).to.equal('دونۍ');
    expect(formatDate(CHRISTMAS_EVE, 'ti')).to.equal('ሓሙ፣ 24 ታሕሳስ');
    expect(formatDate(CHRISTMAS_EVE, 'sq')).to.equal('enj, 24 dhjetor');
    expect(formatDate(CHRISTMAS_EVE, 'kmr')).to.equal('24 berfanbar, pşm');
  });

  it('names languages in the visitor’s language', () => {
    expect(languageName('ar', 'ti')).to.equal('ዓረብኛ');
    expect(languageName('de', 'so')).to.equal('Jarmal');
    expect(languageName('xx', 'ti')).to.equal('xx');
  });

  it('writes times on a 24-hour clock with Latin digits, 24:00 included', () => {
    expect(formatTime('14:00', 'ti')).to.equal('14:00');
    expect(formatTime('08:30', 'ckb')).to.equal('8:30');
    expect(formatTime('24:00', 'so')).to.equal('24:00');
  });

  it('leaves locales the browser has to Intl', () => {
    expect(formatWeekday(MONDAY, 'fa')).to.equal('دوشنبه');
    expect(formatWeekday(MONDAY, 'uk')).to.equal('понеділок');
  });
});

// The UI locales Chromium knows format from the CLDR tables too, so that a first render starts no ICU
// formatter; there they must write exactly what this browser's own Intl writes (the unit tests compare
// with Node's ICU, which could differ from Chromium's).
describe('the tables write what this browser writes', () => {
  const intl = (locale: string, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, {...options, timeZone: 'UTC', calendar: 'gregory'});
  const days = Array.from({length: 366}, (_, index) => new Date(Date.UTC(2028, 0, 1 + index)).toISOString().slice(0, 10));
  const times = Array.from({length: 96}, (_, index) => `${String(Math.floor(index / 4)).padStart(2, '0')}:${String((index % 4) * 15).padStart(2, '0')}`);
  // Those with numbers of their own (no stand-in locale for them).
  const owned = Object.entries(CALENDAR_NAMES).filter(([, table]) => table.numbers === undefined);

  it('(the tables this browser also knows: those with their own numbers)', () => {
    expect(owned.map(([locale]) => locale).sort()).to.deep.equal(['ar', 'de', 'en', 'es', 'fa', 'fr', 'prs', 'ru', 'tr', 'uk']);
    // Chromium knows Dari as Afghan Persian.
    const known = (locale: string) => (locale === 'prs' ? 'fa-AF' : locale);
    for (const [locale] of owned) expect(Intl.DateTimeFormat.supportedLocalesOf([locale])).to.deep.equal([known(locale)]);
  });

  for (const [locale, table] of owned) {
    it(`${locale}: weekdays, dates, times, counts, fees, distances and language names`, () => {
      const mismatches: string[] = [];
      const check = (what: string, ours: string, theirs: string | undefined) => {
        if (ours !== theirs) mismatches.push(`${what}: ${JSON.stringify(ours)} ≠ ${JSON.stringify(theirs)}`);
      };
      for (const day of days) {
        check(day, formatWeekday(day, locale), intl(locale, {weekday: 'long'}).format(new Date(`${day}T00:00:00Z`)));
        check(day, formatDate(day, locale), intl(locale, {weekday: 'short', day: 'numeric', month: 'long'}).format(new Date(`${day}T00:00:00Z`)));
      }
      const clock = intl(locale, {hour: 'numeric', minute: '2-digit'});
      for (const time of times) check(time, formatTime(time, locale), clock.format(new Date(`2000-01-01T${time}:00Z`)));
      const numbers = new Intl.NumberFormat(locale);
      for (let value = 0; value < 1000; value++) check(String(value), formatNumber(value, locale), numbers.format(value));
      for (const amount of [0, 5, 93, 93.5, 250.05, 999.99]) {
        const euros = new Intl.NumberFormat(locale, {style: 'currency', currency: 'EUR', minimumFractionDigits: Number.isInteger(amount) ? 0 : 2});
        check(`${amount} €`, formatMoney(amount, 'EUR', locale), euros.format(amount));
      }
      const names = new Intl.DisplayNames([locale], {type: 'language'});
      for (const code of LANGUAGE_CODES.filter((_, index) => table.languages[index])) check(code, languageName(code, locale), names.of(code));
      const unit = (name: string) => new Intl.NumberFormat(locale, {style: 'unit', unit: name, maximumFractionDigits: 1});
      for (let metres = 0; metres < 1000; metres += 10) check(`${metres} m`, formatDistance(metres / 1000, locale), unit('meter').format(metres));
      for (const km of [1, 1.5, 2, 3, 5.2, 10, 11, 21.3, 100, 101, 999.9]) check(`${km} km`, formatDistance(km, locale), unit('kilometer').format(km));
      expect(mismatches.slice(0, 5), `${mismatches.length} mismatches`).to.deep.equal([]);
    });
  }
});
