import {afterEach, describe, expect, it} from 'vitest';
import {
  openStateAt,
  parseOpeningHours,
  scheduleFrom,
  scheduleOn,
  zonedParts,
  type HoursOptions,
  type OpeningHours,
} from '../../src/core/opening-hours.js';

// Calendar facts used below (checked against a calendar, not the code):
// 2026-01-12 Mon … 2026-01-18 Sun; 2026-06-04 Thu (Corpus Christi, NW not BE); 2026-12-24 Thu;
// Berlin is UTC+1 in winter, UTC+2 from 2026-03-29 01:00Z until 2026-10-25 01:00Z.

/** An instant from UTC wall-clock parts, independent of the machine's zone. */
const utc = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) => new Date(Date.UTC(y, mo - 1, d, h, mi, s));

const hours = (source: string): OpeningHours => {
  const result = parseOpeningHours(source);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

/** The error and offset, or 'ok'. */
const problem = (source: string) => {
  const result = parseOpeningHours(source);
  return result.ok ? 'ok' : [result.error, result.offset];
};

/** A day's ranges as 'HH:MM-HH:MM' strings. */
const day = (source: string, date: string, options?: HoursOptions) =>
  scheduleOn(hours(source), date, options).ranges.map((r) => `${r.from}-${r.to}`);

const OFFICE = 'Mo-Fr 08:00-12:00; Tu,Th 14:00-18:00; PH off';
const NW: HoursOptions = {region: 'DE-NW'};
const BE: HoursOptions = {region: 'DE-BE'};

describe('parseOpeningHours: the supported subset', () => {
  it('weekday ranges, lists and mixes', () => {
    expect(day('Mo-Fr 08:00-12:00', '2026-01-12')).toEqual(['08:00-12:00']);
    expect(day('Mo-Fr 08:00-12:00', '2026-01-16')).toEqual(['08:00-12:00']);
    expect(day('Mo-Fr 08:00-12:00', '2026-01-17')).toEqual([]);
    const mixed = 'Mo-We,Fr 08:00-09:00';
    expect(['12', '13', '14', '15', '16', '17', '18'].map((d) => day(mixed, `2026-01-${d}`).length)).toEqual([1, 1, 1, 0, 1, 0, 0]);
    const list = 'Mo,We,Fr 08:00-09:00';
    expect(['12', '13', '14', '15', '16', '17', '18'].map((d) => day(list, `2026-01-${d}`).length)).toEqual([1, 0, 1, 0, 1, 0, 0]);
    // A range may wrap over the end of the week.
    const wrap = 'Sa-Mo 10:00-11:00';
    expect(['12', '13', '14', '15', '16', '17', '18'].map((d) => day(wrap, `2026-01-${d}`).length)).toEqual([1, 0, 0, 0, 0, 1, 1]);
  });

  it('a rule without a weekday applies to every day', () => {
    for (const date of ['2026-01-12', '2026-01-17', '2026-01-18']) expect(day('08:00-12:00', date)).toEqual(['08:00-12:00']);
    expect(day('24/7', '2026-01-18')).toEqual(['00:00-24:00']);
    expect(day('off', '2026-01-14')).toEqual([]);
  });

  it('several time ranges, 24:00 as an end', () => {
    expect(day('Mo 08:00-12:00,14:00-18:00', '2026-01-12')).toEqual(['08:00-12:00', '14:00-18:00']);
    expect(day('Mo 14:00-18:00,08:00-12:00', '2026-01-12')).toEqual(['08:00-12:00', '14:00-18:00']);
    expect(day('Mo 20:00-24:00', '2026-01-12')).toEqual(['20:00-24:00']);
    // Touching or overlapping ranges are merged.
    expect(day('Mo 08:00-12:00,12:00-14:00,13:00-15:00', '2026-01-12')).toEqual(['08:00-15:00']);
  });

  it('off and closed, in any case', () => {
    expect(day('Mo-Su 08:00-12:00; Sa,Su off', '2026-01-17')).toEqual([]);
    expect(day('Mo-Su 08:00-12:00; Sa,Su closed', '2026-01-18')).toEqual([]);
    expect(day('Mo-Su 08:00-12:00; Sa,Su CLOSED', '2026-01-18')).toEqual([]);
    expect(day('Mo-Su 08:00-12:00; Sa,Su Off', '2026-01-16')).toEqual(['08:00-12:00']);
    expect(day('Mo-Fr 08:00-12:00; ph off', '2026-01-01')).toEqual([]);
  });

  it('later rules replace earlier ones for the days they name (OSM semantics)', () => {
    // Tuesday gets ONLY the later rule's hours: OSM rules separated by ";" override, they do not add.
    expect(day(OFFICE, '2026-01-13')).toEqual(['14:00-18:00']);
    expect(day(OFFICE, '2026-01-14')).toEqual(['08:00-12:00']);
    expect(day('Mo-Fr 08:00-12:00; Tu,Th 08:00-12:00,14:00-18:00', '2026-01-13')).toEqual(['08:00-12:00', '14:00-18:00']);
    expect(day('24/7; Su off', '2026-01-18')).toEqual([]);
    expect(day('24/7; Su off', '2026-01-17')).toEqual(['00:00-24:00']);
    expect(day('Mo 08:00-12:00; Mo off; Mo 09:00-10:00', '2026-01-12')).toEqual(['09:00-10:00']);
  });

  it('is whitespace tolerant, accepts an en dash and ignores empty rules', () => {
    const spaced = hours('  Mo - Fr   08:00 - 12:00 , 14:00-18:00 ;;  Sa,Su  off ; ');
    expect(spaced).toEqual(hours('Mo-Fr 08:00-12:00,14:00-18:00;Sa,Su off'));
    expect(hours('Mo–Fr 08:00–12:00')).toEqual(hours('Mo-Fr 08:00-12:00'));
    expect(hours('Mo-Fr 8:00-12:00')).toEqual(hours('Mo-Fr 08:00-12:00'));
  });

  it('exposes its rules as typed data', () => {
    expect(hours('Mo,We 08:00-12:00; PH off; Dec 24-26 off').rules).toEqual([
      {kind: 'days', days: 0b101, ranges: [[480, 720]]},
      {kind: 'ph', ranges: []},
      {kind: 'dates', spans: [[{m: 12, d: 24}, {m: 12, d: 26}]], ranges: []},
    ]);
    expect(hours('22:00-02:00').rules).toEqual([{kind: 'days', days: 127, ranges: [[1320, 1560]]}]);
  });

  it('dates: one day, a range, a list, every year or one year, with hours or off', () => {
    const base = 'Mo-Su 08:00-18:00';
    expect(day(`${base}; Dec 24 off`, '2026-12-24')).toEqual([]);
    expect(day(`${base}; Dec 24 off`, '2027-12-24')).toEqual([]);
    expect(day(`${base}; Dec 24 off`, '2026-12-23')).toEqual(['08:00-18:00']);
    expect(day(`${base}; Dec 24 09:00-12:00`, '2026-12-24')).toEqual(['09:00-12:00']);
    expect(['23', '24', '25', '26', '27'].map((d) => day(`${base}; Dec 24-26 off`, `2026-12-${d}`).length)).toEqual([1, 0, 0, 0, 1]);
    expect(['23', '24', '25', '31'].map((d) => day(`${base}; Dec 24,31 off`, `2026-12-${d}`).length)).toEqual([1, 0, 1, 0]);
    expect(['24', '25', '26', '27', '31'].map((d) => day(`${base}; Dec 24-25,Dec 31 off`, `2026-12-${d}`).length)).toEqual([0, 0, 1, 1, 0]);
    expect(day(`${base}; 2026 Dec 24 off`, '2026-12-24')).toEqual([]);
    expect(day(`${base}; 2026 Dec 24 off`, '2027-12-24')).toEqual(['08:00-18:00']);
    expect(day(`${base}; 2026 Dec 24-26 off`, '2026-12-26')).toEqual([]);
    expect(day(`${base}; 2026 Dec 24-26 off`, '2027-12-26')).toEqual(['08:00-18:00']);
  });

  it('dates: ranges over New Year', () => {
    const once = 'Mo-Fr 08:00-12:00; 2026 Dec 24-2027 Jan 01 off';
    expect(day(once, '2026-12-23')).toEqual(['08:00-12:00']);
    expect(day(once, '2026-12-24')).toEqual([]);
    expect(day(once, '2026-12-31')).toEqual([]);
    expect(day(once, '2027-01-01')).toEqual([]);
    expect(day(once, '2027-01-04')).toEqual(['08:00-12:00']);
    expect(day(once, '2027-12-24')).toEqual(['08:00-12:00']);
    const yearly = '24/7; Dec 24-Jan 01 off';
    expect(day(yearly, '2027-12-23')).toEqual(['00:00-24:00']);
    expect(day(yearly, '2027-12-28')).toEqual([]);
    expect(day(yearly, '2028-01-01')).toEqual([]);
    expect(day(yearly, '2028-01-02')).toEqual(['00:00-24:00']);
    // Without a year on the end, a range that would end before it starts runs into the next year.
    expect(day('24/7; 2026 Dec 30-Jan 02 off', '2027-01-02')).toEqual([]);
    expect(day('24/7; 2026 Dec 30-Jan 02 off', '2028-01-02')).toEqual(['00:00-24:00']);
  });

  it('Feb 29 without a year matches leap years only', () => {
    expect(day('24/7; Feb 29 off', '2028-02-29')).toEqual([]);
    expect(day('24/7; Feb 29 off', '2027-02-28')).toEqual(['00:00-24:00']);
    expect(problem('2028 Feb 29 off')).toBe('ok');
  });
});

describe('parseOpeningHours: errors name the token and its offset', () => {
  it.each([
    ['Mx 08:00-12:00', 'Unknown weekday "Mx" at 0', 0],
    ['Mo-Fr ab:00-12:00', 'Expected a time like 08:00 at 6', 6],
    ['Mo-Fr 25:00-26:00', 'Time 25:00 is not valid at 6', 6],
    ['SH off', '"SH" (school holidays) is not supported at 0', 0],
    ['Mo-Fr 08:00-12:00; SH off', '"SH" (school holidays) is not supported at 19', 19],
    ['Mo-Fr 08:60-12:00', 'Time 08:60 is not valid at 6', 6],
    ['Mo 08:00-24:30', 'Time 24:30 is not valid at 9', 9],
    ['Mo 24:00-02:00', 'Time 24:00 cannot start a range at 3', 3],
    ['Mo 08:00-08:00', 'The time range is empty at 3', 3],
    ['Mo 8:0-12:00', 'Expected a time like 08:00 at 3', 3],
    ['Mo-Fr', 'Expected a time like 08:00 at 5', 5],
    ['Mo-Fr 08:00', 'Expected "-" and a closing time at 11', 11],
    ['Mo-Fr 08:00-', 'Expected a time like 08:00 at 12', 12],
    ['Mo-Fr 0800-1200', 'Expected a time like 08:00 at 6', 6],
    ['Mo- 08:00-12:00', 'Expected a weekday like Mo at 4', 4],
    ['mo-fr 08:00-12:00', 'Unknown weekday "mo" (write Mo) at 0', 0],
    ['Mo-Fr 08:00-12:00 Sa 10:00-12:00', 'Unexpected "Sa" at 18', 18],
    ['Mo 08:00-12:00, Tu 10:00-12:00', 'Separate rules with ";" (additional rules with "," are not supported) at 16', 16],
    ['Mo-Fr 08:00-12:00 || "by appointment"', 'Unexpected "|" at 18', 18],
    ['Mo-Fr sunrise-sunset', '"sunrise" is not supported at 6', 6],
    ['Mo-Fr 08:00-12:00; week 01-10 off', '"week" is not supported at 19', 19],
    ['constructor off', 'Unknown weekday "constructor" at 0', 0],
    ['Mo 08:00-12:00,toString', 'Separate rules with ";" (additional rules with "," are not supported) at 15', 15],
    ['Mo 08:00+', 'Expected "-" and a closing time at 8', 8],
    ['24/7 Mo', 'Unexpected "Mo" at 5', 5],
    ['Sa,PH off', 'Write PH as a rule of its own, like "PH off", at 3', 3],
    ['PH,Sa off', 'Write PH as a rule of its own, like "PH off", at 2', 2],
    ['Feb 30 off', 'Date Feb 30 is not valid at 4', 4],
    ['2027 Feb 29 off', 'Date 2027 Feb 29 is not valid at 9', 9],
    ['Dec 0 off', 'Date Dec 0 is not valid at 4', 4],
    ['Dec off', 'Expected a day of the month after Dec at 4', 4],
    ['dec 24 off', 'Unknown month "dec" (write Dec) at 0', 0],
    ['2026 Dez 24 off', 'Unknown month "Dez" at 5', 5],
    ['2026 24 off', 'Expected a time like 08:00 at 0', 0],
    ['Dec 24-2027 Jan 01 off', 'Give the year at the start of the date range too at 0', 0],
    ['Mo off; 2027 Jan 02-2026 Jan 01 off', 'The date range ends before it starts at 8', 8],
    ['', 'Expected opening hours like "Mo-Fr 08:00-12:00" at 0', 0],
    [' ; ', 'Expected opening hours like "Mo-Fr 08:00-12:00" at 3', 3],
    [', Mo 08:00-12:00', 'Unexpected "," at 0', 0],
  ])('%j → %s', (source, error, offset) => {
    expect(problem(source)).toEqual([error, offset]);
  });
});

describe('the office "Mo-Fr 08:00-12:00; Tu,Th 14:00-18:00; PH off"', () => {
  const office = hours(OFFICE);
  const state = (instant: Date, options: HoursOptions = NW) => openStateAt(office, instant, options);

  it('Wednesday morning: open from 08:00 (inclusive) to 12:00 (exclusive)', () => {
    expect(state(utc(2026, 1, 14, 6, 59))).toEqual({open: false, next: {date: '2026-01-14', weekday: 2, time: '08:00'}});
    expect(state(utc(2026, 1, 14, 7, 0))).toEqual({open: true, next: {date: '2026-01-14', weekday: 2, time: '12:00'}});
    expect(state(utc(2026, 1, 14, 7, 30))).toEqual({open: true, next: {date: '2026-01-14', weekday: 2, time: '12:00'}});
    expect(state(utc(2026, 1, 14, 10, 59, 59))).toEqual({open: true, next: {date: '2026-01-14', weekday: 2, time: '12:00'}});
    // 12:00 Berlin: closed; Thursday has only the afternoon rule.
    expect(state(utc(2026, 1, 14, 11, 0))).toEqual({open: false, next: {date: '2026-01-15', weekday: 3, time: '14:00'}});
  });

  it('Tuesday: only the afternoon (the later rule replaces Mo-Fr for Tu)', () => {
    expect(state(utc(2026, 1, 13, 9, 0))).toEqual({open: false, next: {date: '2026-01-13', weekday: 1, time: '14:00'}});
    expect(state(utc(2026, 1, 13, 13, 0))).toEqual({open: true, next: {date: '2026-01-13', weekday: 1, time: '18:00'}});
    expect(state(utc(2026, 1, 13, 17, 0))).toEqual({open: false, next: {date: '2026-01-14', weekday: 2, time: '08:00'}});
  });

  it('Friday 12:30 → next Monday 08:00 across the weekend', () => {
    expect(state(utc(2026, 1, 16, 11, 30))).toEqual({open: false, next: {date: '2026-01-19', weekday: 0, time: '08:00'}});
    expect(state(utc(2026, 1, 17, 12, 0))).toEqual({open: false, next: {date: '2026-01-19', weekday: 0, time: '08:00'}});
    expect(state(utc(2026, 1, 18, 22, 59))).toEqual({open: false, next: {date: '2026-01-19', weekday: 0, time: '08:00'}});
  });

  it('Corpus Christi (Thu 2026-06-04): closed in DE-NW, open in DE-BE', () => {
    // 15:00 Berlin summer time = 13:00Z.
    expect(state(utc(2026, 6, 4, 13, 0), NW)).toEqual({open: false, next: {date: '2026-06-05', weekday: 4, time: '08:00'}});
    expect(state(utc(2026, 6, 4, 13, 0), BE)).toEqual({open: true, next: {date: '2026-06-04', weekday: 3, time: '18:00'}});
    // 10:00 Berlin: Thursday mornings are closed anyway; in Berlin it opens at 14:00.
    expect(state(utc(2026, 6, 4, 8, 0), NW)).toEqual({open: false, next: {date: '2026-06-05', weekday: 4, time: '08:00'}});
    expect(state(utc(2026, 6, 4, 8, 0), BE)).toEqual({open: false, next: {date: '2026-06-04', weekday: 3, time: '14:00'}});
  });

  it('a week with a holiday (scheduleFrom)', () => {
    // 2026-05-31 22:30Z is already Monday 2026-06-01 00:30 in Berlin.
    expect(scheduleFrom(office, utc(2026, 5, 31, 22, 30), 7, NW)).toEqual([
      {date: '2026-06-01', weekday: 0, ranges: [{from: '08:00', to: '12:00'}]},
      {date: '2026-06-02', weekday: 1, ranges: [{from: '14:00', to: '18:00'}]},
      {date: '2026-06-03', weekday: 2, ranges: [{from: '08:00', to: '12:00'}]},
      {date: '2026-06-04', weekday: 3, ranges: [], holiday: 'corpusChristi'},
      {date: '2026-06-05', weekday: 4, ranges: [{from: '08:00', to: '12:00'}]},
      {date: '2026-06-06', weekday: 5, ranges: []},
      {date: '2026-06-07', weekday: 6, ranges: []},
    ]);
    expect(scheduleFrom(office, utc(2026, 6, 4, 8), 1, BE)).toEqual([
      {date: '2026-06-04', weekday: 3, ranges: [{from: '14:00', to: '18:00'}]},
    ]);
    expect(scheduleFrom(office, utc(2026, 6, 4, 8), 0, BE)).toEqual([]);
  });

  it('Easter 2026: closed from Good Friday to Easter Monday', () => {
    expect(scheduleFrom(office, utc(2026, 4, 3, 10), 4, NW)).toEqual([
      {date: '2026-04-03', weekday: 4, ranges: [], holiday: 'goodFriday'},
      {date: '2026-04-04', weekday: 5, ranges: []},
      {date: '2026-04-05', weekday: 6, ranges: []},
      {date: '2026-04-06', weekday: 0, ranges: [], holiday: 'easterMonday'},
    ]);
    // Maundy Thursday 18:00 Berlin (16:00Z) → next opening Tuesday 14:00.
    expect(state(utc(2026, 4, 2, 16, 0))).toEqual({open: false, next: {date: '2026-04-07', weekday: 1, time: '14:00'}});
  });

  it('around midnight, in the office zone not UTC', () => {
    // Wednesday 23:59:59 Berlin.
    expect(state(utc(2026, 1, 14, 22, 59, 59))).toEqual({open: false, next: {date: '2026-01-15', weekday: 3, time: '14:00'}});
    // Thursday 00:00 Berlin (still Wednesday in UTC).
    expect(state(utc(2026, 1, 14, 23, 0))).toEqual({open: false, next: {date: '2026-01-15', weekday: 3, time: '14:00'}});
    // Tuesday 23:30Z is Wednesday 00:30 in Berlin.
    expect(state(utc(2026, 1, 13, 23, 30))).toEqual({open: false, next: {date: '2026-01-14', weekday: 2, time: '08:00'}});
  });

  it('without PH, holidays follow the weekday rules (and are still reported)', () => {
    const noPh = hours('Mo-Fr 08:00-12:00');
    expect(scheduleOn(noPh, '2026-06-04', NW)).toEqual({
      date: '2026-06-04',
      weekday: 3,
      ranges: [{from: '08:00', to: '12:00'}],
      holiday: 'corpusChristi',
    });
    expect(openStateAt(noPh, utc(2026, 6, 4, 8), NW).open).toBe(true);
  });

  it('PH without a region closes on the nationwide holidays only', () => {
    expect(scheduleOn(office, '2026-01-01').ranges).toEqual([]);
    expect(scheduleOn(office, '2026-06-04').ranges).toEqual([{from: '14:00', to: '18:00'}]);
  });
});

describe('precedence: dates > PH > weekdays, whatever the order', () => {
  const source = 'Dec 24 09:00-11:00; Mo-Fr 08:00-12:00; PH 10:00-11:00; Dec 26 off; Sa 10:00-12:00';
  it.each([
    ['2026-12-24', ['09:00-11:00']], // Thursday: the date rule beats the later weekday rule
    ['2026-12-25', ['10:00-11:00']], // Friday, Christmas: PH beats the weekday rule
    ['2026-12-26', []], // Saturday, Boxing Day: the date rule beats PH and the weekday rule
    ['2026-12-19', ['10:00-12:00']], // an ordinary Saturday
    ['2026-12-28', ['08:00-12:00']], // an ordinary Monday
    ['2027-12-24', ['09:00-11:00']], // Friday: every year
  ])('%s', (date, expected) => {
    expect(day(source, date, NW)).toEqual(expected);
  });

  it('within a kind the later rule wins', () => {
    expect(day('Mo-Su 08:00-18:00; Dec 24 off; Dec 24 09:00-12:00', '2026-12-24')).toEqual(['09:00-12:00']);
    expect(day('Mo-Su 08:00-18:00; Dec 24 09:00-12:00; Dec 20-31 off', '2026-12-24')).toEqual([]);
    expect(day('Mo-Su 08:00-18:00; PH off; PH 10:00-12:00', '2026-12-25')).toEqual(['10:00-12:00']);
  });

  it('PH hours apply on a holiday that falls on a weekend', () => {
    // Women's Day 2026 (Berlin) is a Sunday.
    expect(day('Mo-Fr 08:00-12:00; PH 10:00-12:00', '2026-03-08', BE)).toEqual(['10:00-12:00']);
    expect(day('Mo-Fr 08:00-12:00; PH 10:00-12:00', '2026-03-08', NW)).toEqual([]);
  });
});

describe('closures from the config', () => {
  const office = hours(OFFICE);
  const closures = [{from: '2026-01-14'}, {from: '2026-01-19', to: '2026-01-20'}];
  const options: HoursOptions = {region: 'DE-NW', closures};

  it('close the whole day and report their index', () => {
    expect(scheduleOn(office, '2026-01-14', options)).toEqual({date: '2026-01-14', weekday: 2, ranges: [], closure: 0});
    expect(scheduleOn(office, '2026-01-20', options)).toEqual({date: '2026-01-20', weekday: 1, ranges: [], closure: 1});
    expect(scheduleOn(office, '2026-01-21', options)).toEqual({date: '2026-01-21', weekday: 2, ranges: [{from: '08:00', to: '12:00'}]});
    expect(scheduleOn(hours('24/7'), '2026-12-25', {closures: [{from: '2026-12-25'}]})).toEqual({
      date: '2026-12-25',
      weekday: 4,
      ranges: [],
      holiday: 'christmasDay',
      closure: 0,
    });
  });

  it('change the open state and next opening', () => {
    expect(openStateAt(office, utc(2026, 1, 14, 7, 30), options)).toEqual({
      open: false,
      next: {date: '2026-01-15', weekday: 3, time: '14:00'},
    });
    expect(openStateAt(office, utc(2026, 1, 16, 11, 30), options)).toEqual({
      open: false,
      next: {date: '2026-01-21', weekday: 2, time: '08:00'},
    });
  });

  it('cut a range that spills over midnight into a closed day', () => {
    const bar = hours('Fr-Sa 18:00-02:00');
    const opts = {closures: [{from: '2026-01-17'}]};
    expect(scheduleOn(bar, '2026-01-17', opts).ranges).toEqual([]);
    expect(scheduleOn(bar, '2026-01-18', opts).ranges).toEqual([]);
    // Friday 23:00 Berlin: open, closing at midnight because Saturday is closed.
    expect(openStateAt(bar, utc(2026, 1, 16, 22, 0), opts)).toEqual({open: true, next: {date: '2026-01-16', weekday: 4, time: '24:00'}});
  });

  it('closed for more than 14 days: no next', () => {
    const monday = hours('Mo 08:00-12:00');
    // Monday 13:00 Berlin; the next Monday is closed, the one after (day 14) opens.
    expect(openStateAt(monday, utc(2026, 1, 12, 12), {closures: [{from: '2026-01-19'}]})).toEqual({
      open: false,
      next: {date: '2026-01-26', weekday: 0, time: '08:00'},
    });
    expect(openStateAt(monday, utc(2026, 1, 12, 12), {closures: [{from: '2026-01-19', to: '2026-01-26'}]})).toEqual({open: false});
    expect(openStateAt(hours('off'), utc(2026, 1, 12, 12))).toEqual({open: false});
  });
});

describe('ranges past midnight', () => {
  const bar = hours('Fr-Sa 18:00-02:00');

  it('are split per day for display', () => {
    expect(scheduleOn(bar, '2026-01-15').ranges).toEqual([]);
    expect(scheduleOn(bar, '2026-01-16').ranges).toEqual([{from: '18:00', to: '24:00'}]);
    expect(scheduleOn(bar, '2026-01-17').ranges).toEqual([
      {from: '00:00', to: '02:00'},
      {from: '18:00', to: '24:00'},
    ]);
    expect(scheduleOn(bar, '2026-01-18').ranges).toEqual([{from: '00:00', to: '02:00'}]);
    expect(scheduleOn(bar, '2026-01-19').ranges).toEqual([]);
  });

  it('are one opening for the state: next is the real closing time', () => {
    // Friday 23:00 Berlin.
    expect(openStateAt(bar, utc(2026, 1, 16, 22, 0))).toEqual({open: true, next: {date: '2026-01-17', weekday: 5, time: '02:00'}});
    // Saturday 01:00 and 23:59 Berlin.
    expect(openStateAt(bar, utc(2026, 1, 17, 0, 0))).toEqual({open: true, next: {date: '2026-01-17', weekday: 5, time: '02:00'}});
    expect(openStateAt(bar, utc(2026, 1, 17, 22, 59))).toEqual({open: true, next: {date: '2026-01-18', weekday: 6, time: '02:00'}});
    // Saturday 12:00, Sunday 02:00 Berlin.
    expect(openStateAt(bar, utc(2026, 1, 17, 11, 0))).toEqual({open: false, next: {date: '2026-01-17', weekday: 5, time: '18:00'}});
    expect(openStateAt(bar, utc(2026, 1, 18, 1, 0))).toEqual({open: false, next: {date: '2026-01-23', weekday: 4, time: '18:00'}});
  });

  it('24:00 followed by 00:00 merges across midnight', () => {
    const split = hours('Mo 20:00-24:00; Tu 00:00-03:00');
    // Monday 21:00 Berlin.
    expect(openStateAt(split, utc(2026, 1, 12, 20))).toEqual({open: true, next: {date: '2026-01-13', weekday: 1, time: '03:00'}});
    expect(openStateAt(hours('Mo 20:00-24:00'), utc(2026, 1, 12, 20))).toEqual({
      open: true,
      next: {date: '2026-01-12', weekday: 0, time: '24:00'},
    });
    expect(openStateAt(hours('Tu 00:00-03:00'), utc(2026, 1, 12, 20))).toEqual({
      open: false,
      next: {date: '2026-01-13', weekday: 1, time: '00:00'},
    });
  });

  it('a date rule on the next day does not cut the spill (only closures do)', () => {
    expect(day('Fr-Sa 18:00-02:00; 2026 Jan 17 off', '2026-01-17')).toEqual(['00:00-02:00']);
  });
});

describe('24/7', () => {
  it('is open with no next', () => {
    expect(openStateAt(hours('24/7'), utc(2026, 1, 14, 12))).toEqual({open: true});
    expect(openStateAt(hours('24/7'), utc(2026, 3, 29, 1, 30))).toEqual({open: true});
  });

  it('closes at the end of the day before a holiday with PH off', () => {
    // Thursday 2026-12-24 12:00 Berlin; Christmas is closed.
    expect(openStateAt(hours('24/7; PH off'), utc(2026, 12, 24, 11), NW)).toEqual({
      open: true,
      next: {date: '2026-12-24', weekday: 3, time: '24:00'},
    });
    expect(openStateAt(hours('24/7; PH off'), utc(2026, 12, 25, 11), NW)).toEqual({
      open: false,
      next: {date: '2026-12-27', weekday: 6, time: '00:00'},
    });
  });
});

describe('time zones', () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it('zonedParts gives the Berlin date, weekday and minutes of an instant', () => {
    expect(zonedParts(utc(2026, 1, 14, 7, 30))).toEqual({date: '2026-01-14', weekday: 2, minutes: 510});
    expect(zonedParts(utc(2026, 6, 4, 8, 0))).toEqual({date: '2026-06-04', weekday: 3, minutes: 600});
    expect(zonedParts(utc(2026, 1, 14, 23, 0))).toEqual({date: '2026-01-15', weekday: 3, minutes: 0});
    expect(zonedParts(utc(2026, 12, 31, 23, 30))).toEqual({date: '2027-01-01', weekday: 4, minutes: 30});
    expect(zonedParts(utc(2026, 1, 14, 23, 0), 'UTC')).toEqual({date: '2026-01-14', weekday: 2, minutes: 1380});
    expect(zonedParts(utc(2026, 1, 14, 13, 30), 'America/New_York')).toEqual({date: '2026-01-14', weekday: 2, minutes: 510});
  });

  it("the visitor's clock does not matter, only the instant", () => {
    const office = hours(OFFICE);
    const instants = [utc(2026, 1, 14, 7, 30), utc(2026, 1, 16, 11, 30), utc(2026, 1, 13, 23, 30), utc(2026, 6, 4, 13)];
    const run = () => ({
      states: instants.map((i) => openStateAt(office, i, NW)),
      week: scheduleFrom(office, utc(2026, 5, 31, 22, 30), 7, NW),
    });
    const reference = run();
    // 2026-01-14 07:30Z is 08:30 in Berlin: open.
    expect(reference.states[0]).toEqual({open: true, next: {date: '2026-01-14', weekday: 2, time: '12:00'}});
    for (const [tz, localHour] of [
      ['America/Los_Angeles', 23], // 2026-01-13 23:30 for the visitor
      ['Asia/Tokyo', 16],
      ['Pacific/Kiritimati', 21], // UTC+14: already the next day for the visitor
      ['UTC', 7],
    ] as const) {
      process.env.TZ = tz;
      // The change took effect: the visitor's local clock differs.
      expect(utc(2026, 1, 14, 7, 30).getHours()).toBe(localHour);
      expect(run()).toEqual(reference);
    }
  });

  it('an office in another zone via options.timeZone', () => {
    const office = hours('Mo-Fr 09:00-17:00');
    // 13:30Z: 08:30 in New York (closed), 14:30 in Berlin (open).
    expect(openStateAt(office, utc(2026, 1, 14, 13, 30), {timeZone: 'America/New_York'})).toEqual({
      open: false,
      next: {date: '2026-01-14', weekday: 2, time: '09:00'},
    });
    expect(openStateAt(office, utc(2026, 1, 14, 13, 30))).toEqual({open: true, next: {date: '2026-01-14', weekday: 2, time: '17:00'}});
    // 2026-01-17 03:00Z is still Friday 22:00 in New York.
    expect(scheduleFrom(office, utc(2026, 1, 17, 3), 1, {timeZone: 'America/New_York'})[0]!.date).toBe('2026-01-16');
  });
});

describe('daylight saving time changes (Europe/Berlin)', () => {
  it('2026-03-29: 02:00-03:00 does not exist', () => {
    expect(zonedParts(utc(2026, 3, 29, 0, 59))).toEqual({date: '2026-03-29', weekday: 6, minutes: 119});
    expect(zonedParts(utc(2026, 3, 29, 1, 0))).toEqual({date: '2026-03-29', weekday: 6, minutes: 180});
  });

  it('2026-10-25: 02:00-03:00 exists twice', () => {
    expect(zonedParts(utc(2026, 10, 25, 0, 30))).toEqual({date: '2026-10-25', weekday: 6, minutes: 150});
    expect(zonedParts(utc(2026, 10, 25, 1, 30))).toEqual({date: '2026-10-25', weekday: 6, minutes: 150});
  });

  it('Su 00:00-24:00 on the short Sunday', () => {
    const sunday = hours('Su 00:00-24:00');
    expect(scheduleOn(sunday, '2026-03-29').ranges).toEqual([{from: '00:00', to: '24:00'}]);
    // Saturday 23:59 CET.
    expect(openStateAt(sunday, utc(2026, 3, 28, 22, 59))).toEqual({open: false, next: {date: '2026-03-29', weekday: 6, time: '00:00'}});
    for (const instant of [utc(2026, 3, 28, 23, 30), utc(2026, 3, 29, 0, 59), utc(2026, 3, 29, 1, 0), utc(2026, 3, 29, 21, 59)]) {
      expect(openStateAt(sunday, instant)).toEqual({open: true, next: {date: '2026-03-29', weekday: 6, time: '24:00'}});
    }
    // Monday 00:00 CEST = 22:00Z.
    expect(openStateAt(sunday, utc(2026, 3, 29, 22, 0))).toEqual({open: false, next: {date: '2026-04-05', weekday: 6, time: '00:00'}});
  });

  it('Su 00:00-24:00 on the long Sunday', () => {
    const sunday = hours('Su 00:00-24:00');
    for (const instant of [utc(2026, 10, 24, 22, 0), utc(2026, 10, 25, 0, 30), utc(2026, 10, 25, 1, 30), utc(2026, 10, 25, 22, 59)]) {
      expect(openStateAt(sunday, instant)).toEqual({open: true, next: {date: '2026-10-25', weekday: 6, time: '24:00'}});
    }
    // Monday 00:00 CET = 23:00Z.
    expect(openStateAt(sunday, utc(2026, 10, 25, 23, 0))).toEqual({open: false, next: {date: '2026-11-01', weekday: 6, time: '00:00'}});
  });

  it('Sa-Su 01:00-04:00 across the spring change', () => {
    const night = hours('Sa-Su 01:00-04:00');
    const until4 = {open: true, next: {date: '2026-03-29', weekday: 6, time: '04:00'}};
    expect(openStateAt(night, utc(2026, 3, 28, 23, 59))).toEqual({open: false, next: {date: '2026-03-29', weekday: 6, time: '01:00'}});
    expect(openStateAt(night, utc(2026, 3, 29, 0, 0))).toEqual(until4); // 01:00 CET
    expect(openStateAt(night, utc(2026, 3, 29, 0, 30))).toEqual(until4); // 01:30 CET
    expect(openStateAt(night, utc(2026, 3, 29, 1, 30))).toEqual(until4); // 03:30 CEST
    expect(openStateAt(night, utc(2026, 3, 29, 2, 0))).toEqual({open: false, next: {date: '2026-04-04', weekday: 5, time: '01:00'}});
  });

  it('Sa-Su 01:00-04:00 across the autumn change', () => {
    const night = hours('Sa-Su 01:00-04:00');
    const until4 = {open: true, next: {date: '2026-10-25', weekday: 6, time: '04:00'}};
    expect(openStateAt(night, utc(2026, 10, 24, 22, 59))).toEqual({open: false, next: {date: '2026-10-25', weekday: 6, time: '01:00'}});
    expect(openStateAt(night, utc(2026, 10, 24, 23, 0))).toEqual(until4); // 01:00 CEST
    expect(openStateAt(night, utc(2026, 10, 25, 0, 30))).toEqual(until4); // 02:30 CEST
    expect(openStateAt(night, utc(2026, 10, 25, 1, 30))).toEqual(until4); // 02:30 CET
    expect(openStateAt(night, utc(2026, 10, 25, 2, 59))).toEqual(until4); // 03:59 CET
    expect(openStateAt(night, utc(2026, 10, 25, 3, 0))).toEqual({open: false, next: {date: '2026-10-31', weekday: 5, time: '01:00'}});
  });

  it('hours inside the skipped hour are never reached, without error', () => {
    const skipped = hours('Su 02:00-03:00');
    expect(openStateAt(skipped, utc(2026, 3, 29, 0, 59))).toEqual({open: false, next: {date: '2026-03-29', weekday: 6, time: '02:00'}});
    expect(openStateAt(skipped, utc(2026, 3, 29, 1, 0))).toEqual({open: false, next: {date: '2026-04-05', weekday: 6, time: '02:00'}});
  });

  it('scheduleFrom steps calendar days across both changes', () => {
    const sunday = hours('Su 00:00-24:00');
    const spring = scheduleFrom(sunday, utc(2026, 3, 23, 12), 14);
    expect(spring.map((d) => d.date)).toEqual([
      ...['23', '24', '25', '26', '27', '28', '29', '30', '31'].map((d) => `2026-03-${d}`),
      ...['01', '02', '03', '04', '05'].map((d) => `2026-04-${d}`),
    ]);
    expect(spring.map((d) => d.weekday)).toEqual([0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6]);
    const autumn = scheduleFrom(sunday, utc(2026, 10, 24, 22, 30), 3);
    expect(autumn.map((d) => [d.date, d.ranges.length])).toEqual([
      ['2026-10-25', 1],
      ['2026-10-26', 0],
      ['2026-10-27', 0],
    ]);
  });
});

describe('the computed Europe/Berlin rule', () => {
  it('agrees with Intl every 20 minutes around each changeover from 1997 to 2037', () => {
    const intl = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    });
    const viaIntl = (instant: Date) => {
      const p = Object.fromEntries(intl.formatToParts(instant).map(({type, value}) => [type, value]));
      return {date: `${p.year}-${p.month}-${p.day}`, minutes: (+p.hour % 24) * 60 + +p.minute};
    };
    let compared = 0;
    for (let year = 1997; year <= 2037; year++) {
      for (const month of [2, 9]) {
        // From the 24th of March/October to the 1st of the next month covers every last Sunday.
        for (let time = Date.UTC(year, month, 24); time < Date.UTC(year, month + 1, 1); time += 20 * 60_000) {
          const instant = new Date(time);
          const {date, minutes} = zonedParts(instant);
          expect({date, minutes}).toEqual(viaIntl(instant));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(40_000);
  });
});
