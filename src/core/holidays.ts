// Hand-written on purpose: an embeddable script must stay small, and a holiday library would add
// bytes for translations and countries we do not need.

/**
 * German statutory public holidays ("gesetzliche Feiertage") by federal state.
 * All date arithmetic is in UTC (Date.UTC), so the visitor's time zone never matters.
 */

export type HolidayId =
  | 'newYear'
  | 'epiphany'
  | 'womensDay'
  | 'goodFriday'
  | 'easterSunday'
  | 'easterMonday'
  | 'labourDay'
  | 'ascension'
  | 'whitSunday'
  | 'whitMonday'
  | 'corpusChristi'
  | 'assumption'
  | 'worldChildrensDay'
  | 'germanUnity'
  | 'reformationDay'
  | 'allSaints'
  | 'repentanceDay'
  | 'christmasDay'
  | 'boxingDay';

export interface Holiday {
  /** YYYY-MM-DD */
  date: string;
  id: HolidayId;
}

const DAY = 864e5;

/**
 * [id, month (1-12; 0 = days after Easter Sunday; -1 = Repentance Day), day or offset, states].
 * States: '' = nationwide; otherwise state codes, each optionally followed by the first year
 * the holiday applies there ('BE2019').
 */
const TABLE: ReadonlyArray<readonly [HolidayId, number, number, string]> = [
  ['newYear', 1, 1, ''],
  ['epiphany', 1, 6, 'BW BY ST'],
  ['womensDay', 3, 8, 'BE2019 MV2023'],
  ['goodFriday', 0, -2, ''],
  // Easter Sunday and Whit Sunday are statutory only in Brandenburg (they fall on Sundays anyway).
  ['easterSunday', 0, 0, 'BB'],
  ['easterMonday', 0, 1, ''],
  ['labourDay', 5, 1, ''],
  ['ascension', 0, 39, ''],
  ['whitSunday', 0, 49, 'BB'],
  ['whitMonday', 0, 50, ''],
  ['corpusChristi', 0, 60, 'BW BY HE NW RP SL'],
  // Bavaria too, but only in municipalities with a Catholic majority: a state code cannot tell, so BY is left out.
  ['assumption', 8, 15, 'SL'],
  ['worldChildrensDay', 9, 20, 'TH2019'],
  ['germanUnity', 10, 3, ''],
  ['reformationDay', 10, 31, 'BB MV SN ST TH HB2018 HH2018 NI2018 SH2018'],
  ['allSaints', 11, 1, 'BW BY NW RP SL'],
  ['repentanceDay', -1, 0, 'SN'],
  ['christmasDay', 12, 25, ''],
  ['boxingDay', 12, 26, ''],
];

/** Easter Sunday (ms since epoch, UTC midnight) by the anonymous Gregorian algorithm. */
function easter(y: number): number {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return Date.UTC(y, Math.floor(n / 31) - 1, (n % 31) + 1);
}

/** region: ISO 3166-2 code like 'DE-NW'; undefined or unknown region = only the nationwide holidays. */
export function holidaysOf(year: number, region?: string): Holiday[] {
  const state = /^DE-([A-Z]{2})$/.exec(region ?? '')?.[1];
  const out: Holiday[] = [];
  for (const [id, month, day, states] of TABLE) {
    const applies =
      !states ||
      // 2017: the 500th anniversary of the Reformation was a one-off nationwide holiday.
      (id === 'reformationDay' && year === 2017) ||
      states.split(' ').some((s) => s.slice(0, 2) === state && year >= +s.slice(2));
    if (!applies) continue;
    let ms: number;
    if (month > 0) ms = Date.UTC(year, month - 1, day);
    else if (month === 0) ms = easter(year) + day * DAY;
    else {
      // Buß- und Bettag: the last Wednesday strictly before 23 November.
      ms = Date.UTC(year, 10, 22);
      ms -= ((new Date(ms).getUTCDay() + 4) % 7) * DAY;
    }
    out.push({date: new Date(ms).toISOString().slice(0, 10), id});
  }
  // Stable sort: on a shared date (1 May 2008 was also Ascension) the table order decides.
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

// A week's schedule asks about each day: compute each year and region once (measured: the uncached
// lookups cost ~50 ms of a first render at 4x CPU throttling).
const byYearAndRegion = new Map<string, Map<string, HolidayId>>();

/** The public holiday on a date (YYYY-MM-DD) in a region, if any. */
export function holidayOn(date: string, region?: string): HolidayId | undefined {
  const year = +date.slice(0, 4);
  const key = `${year}|${region ?? ''}`;
  let dates = byYearAndRegion.get(key);
  if (!dates) {
    dates = new Map();
    // Reversed, so that on a shared date the first holiday of the table wins, as in holidaysOf.
    for (const holiday of holidaysOf(year, region).reverse()) dates.set(holiday.date, holiday.id);
    byYearAndRegion.set(key, dates);
  }
  return dates.get(date);
}
