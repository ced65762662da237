/// <reference types="mocha" />
// Dates, times and language names in Chromium, whose ICU has no data for Sorani, Kurmanji, Pashto,
// Somali, Albanian or Tigrinya: without the CLDR tables of calendar-names.ts, Intl would answer in the
// browser's own language ("Montag" on a Tigrinya page).
import {expect} from '@open-wc/testing';
import {formatDate, formatTime, formatWeekday, languageName} from '../../src/core/format.js';

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
