import {describe, expect, it} from 'vitest';
import {holidayOn, holidaysOf, type HolidayId} from '../../src/core/holidays.js';

// Expected dates come from the published German holiday calendars, not from the code.
const dateOf = (year: number, id: HolidayId, region?: string) =>
  holidaysOf(year, region).find((h) => h.id === id)?.date;

describe('Easter (Gregorian computus)', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2000, '2000-04-23'],
    [2019, '2019-04-21'],
    // The extremes: earliest possible (22 March) and latest possible (25 April).
    [1818, '1818-03-22'],
    [2285, '2285-03-22'],
    [1943, '1943-04-25'],
  ])('Easter Sunday %i is %s (statutory in DE-BB)', (year, date) => {
    expect(dateOf(year, 'easterSunday', 'DE-BB')).toBe(date);
  });

  it('derives the movable feasts from Easter 2026 (5 April)', () => {
    expect(holidaysOf(2026, 'DE-BB').filter((h) => h.id === 'goodFriday' || h.id === 'easterMonday' || h.id === 'whitSunday')).toEqual([
      {date: '2026-04-03', id: 'goodFriday'},
      {date: '2026-04-06', id: 'easterMonday'},
      {date: '2026-05-24', id: 'whitSunday'},
    ]);
    expect(dateOf(2026, 'ascension')).toBe('2026-05-14');
    expect(dateOf(2026, 'whitMonday')).toBe('2026-05-25');
    expect(dateOf(2026, 'corpusChristi', 'DE-NW')).toBe('2026-06-04');
    expect(dateOf(2027, 'ascension')).toBe('2027-05-06');
    expect(dateOf(2027, 'corpusChristi', 'DE-BY')).toBe('2027-05-27');
  });
});

describe('holidaysOf', () => {
  it('lists only the nine nationwide holidays without a region, sorted by date', () => {
    expect(holidaysOf(2026)).toEqual([
      {date: '2026-01-01', id: 'newYear'},
      {date: '2026-04-03', id: 'goodFriday'},
      {date: '2026-04-06', id: 'easterMonday'},
      {date: '2026-05-01', id: 'labourDay'},
      {date: '2026-05-14', id: 'ascension'},
      {date: '2026-05-25', id: 'whitMonday'},
      {date: '2026-10-03', id: 'germanUnity'},
      {date: '2026-12-25', id: 'christmasDay'},
      {date: '2026-12-26', id: 'boxingDay'},
    ]);
  });

  it('treats an unknown or malformed region as nationwide only', () => {
    const nationwide = holidaysOf(2026);
    expect(holidaysOf(2026, 'DE-XX')).toEqual(nationwide);
    expect(holidaysOf(2026, 'NW')).toEqual(nationwide);
    expect(holidaysOf(2026, 'AT-9')).toEqual(nationwide);
    expect(holidaysOf(2026, '')).toEqual(nationwide);
  });

  it('lists North Rhine-Westphalia 2026 (11 days)', () => {
    expect(holidaysOf(2026, 'DE-NW').map((h) => h.date)).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-25',
      '2026-06-04',
      '2026-10-03',
      '2026-11-01',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('lists Bavaria 2026 without Assumption (only Catholic municipalities have it)', () => {
    const ids = holidaysOf(2026, 'DE-BY').map((h) => h.id);
    expect(ids).toEqual([
      'newYear',
      'epiphany',
      'goodFriday',
      'easterMonday',
      'labourDay',
      'ascension',
      'whitMonday',
      'corpusChristi',
      'germanUnity',
      'allSaints',
      'christmasDay',
      'boxingDay',
    ]);
  });

  it('lists Saxony 2026 with Reformation Day and Repentance Day', () => {
    expect(holidaysOf(2026, 'DE-SN').slice(-5)).toEqual([
      {date: '2026-10-03', id: 'germanUnity'},
      {date: '2026-10-31', id: 'reformationDay'},
      {date: '2026-11-18', id: 'repentanceDay'},
      {date: '2026-12-25', id: 'christmasDay'},
      {date: '2026-12-26', id: 'boxingDay'},
    ]);
  });

  it('keeps both holidays when two fall on one date (1 May 2008 was also Ascension)', () => {
    expect(holidaysOf(2008).filter((h) => h.date === '2008-05-01').map((h) => h.id)).toEqual(['labourDay', 'ascension']);
  });
});

describe('holidayOn: differences between states', () => {
  it('Corpus Christi 2026-06-04 in DE-NW, not in DE-BE', () => {
    expect(holidayOn('2026-06-04', 'DE-NW')).toBe('corpusChristi');
    expect(holidayOn('2026-06-04', 'DE-BE')).toBeUndefined();
    expect(holidayOn('2026-06-04')).toBeUndefined();
    for (const region of ['DE-BW', 'DE-BY', 'DE-HE', 'DE-RP', 'DE-SL']) expect(holidayOn('2026-06-04', region)).toBe('corpusChristi');
    for (const region of ['DE-HH', 'DE-SN', 'DE-TH', 'DE-NI']) expect(holidayOn('2026-06-04', region)).toBeUndefined();
  });

  it("Women's Day in DE-BE since 2019 and DE-MV since 2023, not in DE-BY", () => {
    expect(holidayOn('2026-03-08', 'DE-BE')).toBe('womensDay');
    expect(holidayOn('2026-03-08', 'DE-BY')).toBeUndefined();
    expect(holidayOn('2019-03-08', 'DE-BE')).toBe('womensDay');
    expect(holidayOn('2018-03-08', 'DE-BE')).toBeUndefined();
    expect(holidayOn('2023-03-08', 'DE-MV')).toBe('womensDay');
    expect(holidayOn('2022-03-08', 'DE-MV')).toBeUndefined();
  });

  it('Reformation Day in DE-NI 2026 (since 2018), not in DE-NW', () => {
    expect(holidayOn('2026-10-31', 'DE-NI')).toBe('reformationDay');
    expect(holidayOn('2026-10-31', 'DE-NW')).toBeUndefined();
    expect(holidayOn('2016-10-31', 'DE-NI')).toBeUndefined();
    expect(holidayOn('2018-10-31', 'DE-HB')).toBe('reformationDay');
    expect(holidayOn('2016-10-31', 'DE-BB')).toBe('reformationDay');
    for (const region of ['DE-BB', 'DE-MV', 'DE-SN', 'DE-ST', 'DE-TH', 'DE-HB', 'DE-HH', 'DE-NI', 'DE-SH']) {
      expect(holidayOn('2026-10-31', region)).toBe('reformationDay');
    }
  });

  it('Reformation Day 2017 (500th anniversary) everywhere, once', () => {
    expect(holidayOn('2017-10-31')).toBe('reformationDay');
    expect(holidayOn('2017-10-31', 'DE-NW')).toBe('reformationDay');
    expect(holidayOn('2017-10-31', 'DE-BY')).toBe('reformationDay');
    expect(holidaysOf(2017, 'DE-SN').filter((h) => h.id === 'reformationDay')).toHaveLength(1);
    expect(holidayOn('2018-10-31', 'DE-NW')).toBeUndefined();
  });

  it('Repentance Day in DE-SN: the last Wednesday strictly before 23 November', () => {
    expect(holidayOn('2026-11-18', 'DE-SN')).toBe('repentanceDay');
    expect(holidayOn('2026-11-18', 'DE-BY')).toBeUndefined();
    expect(dateOf(2025, 'repentanceDay', 'DE-SN')).toBe('2025-11-19');
    expect(dateOf(2023, 'repentanceDay', 'DE-SN')).toBe('2023-11-22');
    // 23 November 2022 was itself a Wednesday: the holiday is the week before.
    expect(dateOf(2022, 'repentanceDay', 'DE-SN')).toBe('2022-11-16');
  });

  it('All Saints in DE-BY, DE-BW, DE-NW, DE-RP, DE-SL only', () => {
    for (const region of ['DE-BY', 'DE-BW', 'DE-NW', 'DE-RP', 'DE-SL']) expect(holidayOn('2026-11-01', region)).toBe('allSaints');
    expect(holidayOn('2026-11-01', 'DE-HE')).toBeUndefined();
    expect(holidayOn('2026-11-01', 'DE-SN')).toBeUndefined();
  });

  it('Epiphany in DE-BW, DE-BY, DE-ST', () => {
    for (const region of ['DE-BW', 'DE-BY', 'DE-ST']) expect(holidayOn('2026-01-06', region)).toBe('epiphany');
    expect(holidayOn('2026-01-06', 'DE-NW')).toBeUndefined();
  });

  it("Assumption in DE-SL only; World Children's Day in DE-TH since 2019", () => {
    expect(holidayOn('2026-08-15', 'DE-SL')).toBe('assumption');
    expect(holidayOn('2026-08-15', 'DE-BY')).toBeUndefined();
    expect(holidayOn('2026-09-20', 'DE-TH')).toBe('worldChildrensDay');
    expect(holidayOn('2018-09-20', 'DE-TH')).toBeUndefined();
    expect(holidayOn('2026-09-20', 'DE-SN')).toBeUndefined();
  });

  it('Easter Sunday and Whit Sunday only in DE-BB', () => {
    expect(holidayOn('2026-04-05', 'DE-BB')).toBe('easterSunday');
    expect(holidayOn('2026-05-24', 'DE-BB')).toBe('whitSunday');
    expect(holidayOn('2026-04-05', 'DE-BE')).toBeUndefined();
    expect(holidayOn('2026-05-24', 'DE-NW')).toBeUndefined();
  });

  it('nationwide fixed days everywhere, ordinary days nowhere', () => {
    expect(holidayOn('2026-01-01', 'DE-HH')).toBe('newYear');
    expect(holidayOn('2026-05-01')).toBe('labourDay');
    expect(holidayOn('2026-10-03', 'DE-BY')).toBe('germanUnity');
    expect(holidayOn('2026-12-25')).toBe('christmasDay');
    expect(holidayOn('2026-12-26', 'DE-NW')).toBe('boxingDay');
    expect(holidayOn('2026-12-24', 'DE-NW')).toBeUndefined();
    expect(holidayOn('2026-12-31', 'DE-NW')).toBeUndefined();
    expect(holidayOn('2026-06-05', 'DE-NW')).toBeUndefined();
  });
});
