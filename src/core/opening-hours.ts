/**
 * Opening hours: a small, tested parser for a documented subset of the OpenStreetMap
 * `opening_hours` syntax (https://wiki.openstreetmap.org/wiki/Key:opening_hours), and the
 * open/closed evaluation in the office's time zone.
 *
 * Why not opening_hours.js: it is about 112 KB gzip, far too heavy for an embeddable script.
 *
 * Supported subset (anything else is a parse error naming the token and its character offset):
 * - Rules separated by `;`. A later rule overrides earlier ones for the days it names, as in OSM:
 *   `Mo-Fr 08:00-12:00; Tu 14:00-18:00` opens Tuesday 14:00-18:00 ONLY. To add afternoon hours,
 *   repeat the morning: `Mo-Fr 08:00-12:00; Tu,Th 08:00-12:00,14:00-18:00`.
 *   (The OSM "additional rule" separator `,` between rules and the fallback `||` are not supported.)
 * - Weekdays: `Mo Tu We Th Fr Sa Su`, ranges `Mo-Fr` (may wrap: `Sa-Mo`), lists `Mo,We,Fr`,
 *   mixed `Mo-We,Fr`. A rule without a selector applies to every day: `08:00-12:00`.
 * - Times: `08:00-12:00` (`8:00` too), several `08:00-12:00,14:00-18:00`, end `24:00`, ranges past midnight
 *   `22:00-02:00` (the part after midnight belongs to the next day; a closure on that next day
 *   cuts it, an `off` rule for that day does not).
 * - `off` or `closed` instead of times: `Sa,Su off`. A selector without times or `off` is an error
 *   (in OSM it would mean open all day, which is rarely what an office means).
 * - Public holidays of the office's region (./holidays.ts): `PH off`, `PH 10:00-12:00`.
 *   If no rule mentions PH, holidays follow the weekday rules.
 * - Dates: `Dec 24 off` (every year), `Dec 24-26 off`, `Dec 24,31 off`, `Dec 24 09:00-12:00`,
 *   `Dec 24-Jan 01 off` (wraps over New Year), `2026 Dec 24 off`, `2026 Dec 24-2027 Jan 01 off`.
 *   Months `Jan`…`Dec` (English, as in OSM).
 * - `24/7`, as a rule of its own: `24/7; Su off`.
 * - Whitespace anywhere between tokens; an en dash `–` counts as `-`; empty rules (`;;`, a trailing
 *   `;`) are ignored. Weekday and month names are case-sensitive as in OSM; `PH`, `off` and
 *   `closed` are accepted in any case.
 *
 * Precedence: date rules > PH rules > weekday rules; within a kind the later rule wins.
 *
 * Examples: `Mo-Fr 08:00-12:00; Tu,Th 08:00-12:00,14:00-18:00; PH off; Dec 24-31 off`
 *           `Mo-Sa 10:00-20:00; PH off; 2026 Dec 24 10:00-14:00`
 *           `Fr-Sa 18:00-02:00`
 *
 * Evaluation is in wall-clock time of the office's zone (default Europe/Berlin), never the
 * visitor's clock. On DST changes a wall-clock time that does not exist is simply never reached,
 * and one that exists twice is evaluated the same way both times.
 */
import {holidayOn, type HolidayId} from './holidays.js';

export interface TimeRange {
  /** 'HH:MM' */
  from: string;
  /** 'HH:MM', may be '24:00'; a past-midnight range is split for display per day. */
  to: string;
}

/** YYYY-MM-DD inclusive range (to defaults to from): extra closures from the config (staff meeting, move). */
export interface Closure {
  from: string;
  to?: string;
}

export interface HoursOptions {
  /** ISO 3166-2 region like 'DE-NW'; decides the public holidays (PH). */
  region?: string;
  closures?: Closure[];
  /** IANA time zone of the office; default 'Europe/Berlin'. */
  timeZone?: string;
}

/** Minutes since midnight: [from, to); `to` may pass 1440 for a range past midnight. */
export type MinuteRange = readonly [from: number, to: number];

/** A calendar date; `y` undefined = every year. `m` is 1-12. */
export interface DatePoint {
  readonly y?: number;
  readonly m: number;
  readonly d: number;
}

/** One parsed rule. `ranges` empty = closed (`off`). */
export type OpeningHoursRule =
  | {readonly kind: 'days'; /** bit 0 = Monday … bit 6 = Sunday */ readonly days: number; readonly ranges: readonly MinuteRange[]}
  | {readonly kind: 'ph'; readonly ranges: readonly MinuteRange[]}
  | {readonly kind: 'dates'; readonly spans: ReadonlyArray<readonly [DatePoint, DatePoint]>; readonly ranges: readonly MinuteRange[]};

export type OpeningHours = {readonly rules: ReadonlyArray<OpeningHoursRule>};

export type ParseResult = {ok: true; value: OpeningHours} | {ok: false; error: string; offset: number};

export interface DaySchedule {
  /** YYYY-MM-DD in the office's time zone */
  date: string;
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
  /** empty = closed that day */
  ranges: TimeRange[];
  /** a public holiday in that region (whether or not it closes the office) */
  holiday?: HolidayId;
  /** index into options.closures when a closure applies (closed all day) */
  closure?: number;
}

export interface OpenState {
  open: boolean;
  /**
   * When the state flips next, within today and the next 14 days: the office-zone date, weekday,
   * and 'HH:MM'. A closing at midnight is reported as '24:00' of the day it closes; ranges that
   * continue over midnight are merged. undefined if never (24/7, or closed for 14 days).
   */
  next?: {date: string; weekday: number; time: string};
}

// ---------------------------------------------------------------------------------------------
// Parsing

const WEEKDAYS = 'MoTuWeThFrSaSu';
const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec';
/** OSM words outside the subset, for a clearer error than "Unknown weekday". */
const UNSUPPORTED = 'SH sunrise sunset dawn dusk easter week open unknown'.split(' ');
const unsupported = (t: Token | undefined): void => {
  if (t?.k === 'w' && UNSUPPORTED.includes(t.v)) fail(`"${t.v}"${t.v === 'SH' ? ' (school holidays)' : ''} is not supported`, t.at);
};

const PH_ALONE = 'Write PH as a rule of its own, like "PH off",';

interface Token {
  /** 'w' word, 'n' number, 't' time, '247', 'x' any other character, or the punctuation itself: '-' ',' ';' */
  k: string;
  v: string;
  at: number;
}

class Fail {
  constructor(
    readonly error: string,
    readonly offset: number,
  ) {}
}

const fail = (message: string, at: number): never => {
  throw new Fail(`${message} at ${at}`, at);
};

/** Index of a two-letter weekday (0 = Mo) or three-letter month (0 = Jan) in `list`, or -1. */
const indexIn = (list: string, v: string): number => {
  const i = list.indexOf(v);
  return i % v.length || v.length !== (list === WEEKDAYS ? 2 : 3) ? -1 : i / v.length;
};

const capitalize = (v: string): string => v[0]!.toUpperCase() + v.slice(1).toLowerCase();

const isWord = (t: Token | undefined, ...words: string[]): boolean =>
  t?.k === 'w' && words.includes(t.v.toLowerCase());

function lex(source: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(?:(24\/7)|(\d+:\d*)|(\d+)|([A-Za-z]+)|([-–,;])|(\S))/uy;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source)) && m[0]) {
    const at = re.lastIndex - m[0].length + m[0].search(/\S|$/);
    // Unknown characters become tokens too, so the parser can say what it expected there.
    const k = m[1] ? '247' : m[2] ? 't' : m[3] ? 'n' : m[4] ? 'w' : m[6] ? 'x' : m[5] === '–' ? '-' : m[5]!;
    tokens.push({k, v: m[0].trim(), at});
  }
  return tokens;
}

/** Parses a documented subset of OSM opening_hours (see the top of this file). */
export function parseOpeningHours(source: string): ParseResult {
  try {
    return {ok: true, value: {rules: new Parser(lex(source), source.length).rules()}};
  } catch (e) {
    if (e instanceof Fail) return {ok: false, error: e.error, offset: e.offset};
    throw e;
  }
}

class Parser {
  private i = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly end: number,
  ) {}

  private get tok(): Token | undefined {
    return this.tokens[this.i];
  }

  /** Offset of the current token, or the end of the source. */
  private get at(): number {
    return this.tok?.at ?? this.end;
  }

  private eat(k: string): boolean {
    if (this.tok?.k !== k) return false;
    this.i++;
    return true;
  }

  rules(): OpeningHoursRule[] {
    const rules: OpeningHoursRule[] = [];
    while (this.tok) {
      if (!this.eat(';')) {
        rules.push(this.rule());
        if (this.tok && this.tok.k !== ';') fail(`Unexpected "${this.tok.v}"`, this.at);
      }
    }
    if (!rules.length) fail('Expected opening hours like "Mo-Fr 08:00-12:00"', this.at);
    return rules;
  }

  private rule(): OpeningHoursRule {
    const t = this.tok!;
    if (this.eat('247')) return {kind: 'days', days: 127, ranges: [[0, 1440]]};
    // A year starts a date (`2026 Dec 24`); `0800-1200` falls through to "Expected a time".
    if (t.k === 'n' && t.v.length === 4 && this.tokens[this.i + 1]?.k === 'w') {
      return {kind: 'dates', spans: this.dates(), ranges: this.times()};
    }
    if (t.k === 'w' && !isWord(t, 'off', 'closed')) {
      if (isWord(t, 'ph')) {
        if (this.tokens[++this.i]?.k === ',') fail(PH_ALONE, this.at);
        return {kind: 'ph', ranges: this.times()};
      }
      if (indexIn(MONTHS, t.v) >= 0) return {kind: 'dates', spans: this.dates(), ranges: this.times()};
      return {kind: 'days', days: this.weekdays(), ranges: this.times()};
    }
    if ('-,x'.includes(t.k)) return fail(`Unexpected "${t.v}"`, t.at);
    return {kind: 'days', days: 127, ranges: this.times()};
  }

  /** `Mo-Fr,Su` as a bit set, bit 0 = Monday. */
  private weekdays(): number {
    let days = 0;
    do {
      const from = this.weekday();
      let to = from;
      if (this.eat('-')) to = this.weekday();
      for (let d = from; ; d = (d + 1) % 7) {
        days |= 1 << d;
        if (d === to) break;
      }
    } while (this.eat(','));
    return days;
  }

  private weekday(): number {
    const t = this.tok;
    if (t?.k !== 'w') return fail('Expected a weekday like Mo', this.at);
    const d = indexIn(WEEKDAYS, t.v);
    if (d < 0) {
      unsupported(t);
      if (isWord(t, 'ph')) fail(PH_ALONE, t.at);
      const fixed = capitalize(t.v);
      if (indexIn(MONTHS, fixed) >= 0) fail(`Unknown month "${t.v}" (write ${fixed})`, t.at);
      fail(`Unknown weekday "${t.v}"${indexIn(WEEKDAYS, fixed) >= 0 ? ` (write ${fixed})` : ''}`, t.at);
    }
    this.i++;
    return d;
  }

  /** `Dec 24`, `Dec 24-26`, `Dec 24,31`, `2026 Dec 24-2027 Jan 01`, … */
  private dates(): Array<[DatePoint, DatePoint]> {
    const spans: Array<[DatePoint, DatePoint]> = [];
    let last: DatePoint | undefined;
    do {
      const at = this.at;
      const from = this.date(last);
      let to = from;
      if (this.eat('-')) {
        to = this.date(from);
        if (from.y !== undefined) {
          if (to.y === undefined) to = {...to, y: from.y + (key(to) < key(from) ? 1 : 0)};
          if (key(to, true) < key(from, true)) fail('The date range ends before it starts', at);
        } else if (to.y !== undefined) fail('Give the year at the start of the date range too', at);
      }
      spans.push([from, to]);
      last = to;
    } while (this.eat(','));
    return spans;
  }

  /** `[YYYY] Mon DD`, or just `DD` (or `YYYY Mon DD`) continuing `prev`. */
  private date(prev?: DatePoint): DatePoint {
    let t = this.tok;
    let y: number | undefined;
    let m: number;
    if (prev && t?.k === 'n' && t.v.length <= 2) {
      y = prev.y;
      m = prev.m;
    } else {
      if (t?.k === 'n' && t.v.length === 4) {
        y = +t.v;
        t = this.tokens[++this.i];
      }
      m = t?.k === 'w' ? indexIn(MONTHS, t.v) + 1 : 0;
      if (!m) {
        const fixed = t?.k === 'w' ? capitalize(t.v) : '';
        fail(fixed ? `Unknown month "${t!.v}"${indexIn(MONTHS, fixed) >= 0 ? ` (write ${fixed})` : ''}` : 'Expected a date like Dec 24', this.at);
      }
      t = this.tokens[++this.i];
    }
    if (t?.k !== 'n' || t.v.length > 2) return fail(`Expected a day of the month after ${MONTHS.substr((m - 1) * 3, 3)}`, this.at);
    const d = +t.v;
    // Without a year, Feb 29 is allowed (it matches in leap years only).
    if (d < 1 || d > new Date(Date.UTC(y ?? 2000, m, 0)).getUTCDate()) {
      fail(`Date ${y ?? ''}${y ? ' ' : ''}${MONTHS.substr((m - 1) * 3, 3)} ${t.v} is not valid`, t.at);
    }
    this.i++;
    return {y, m, d};
  }

  /** `off`, `closed`, or `08:00-12:00,14:00-18:00`. */
  private times(): MinuteRange[] {
    if (isWord(this.tok, 'off', 'closed')) {
      this.i++;
      return [];
    }
    const ranges: MinuteRange[] = [];
    do {
      const at = this.at;
      const from = this.time(false);
      if (!this.eat('-')) fail('Expected "-" and a closing time', this.at);
      const to = this.time(true);
      if (from === to) fail('The time range is empty', at);
      ranges.push([from, to < from ? to + 1440 : to]);
    } while (this.eat(','));
    return ranges;
  }

  private time(end: boolean): number {
    const t = this.tok;
    if (t?.k !== 't' || !/^\d\d?:\d\d$/.test(t.v)) {
      unsupported(t);
      if (t?.k === 'w' && this.tokens[this.i - 1]?.k === ',') {
        fail('Separate rules with ";" (additional rules with "," are not supported)', t.at);
      }
      return fail('Expected a time like 08:00', this.at);
    }
    const [h, m] = t.v.split(':').map(Number) as [number, number];
    if (m > 59 || h > 24 || (h === 24 && m)) fail(`Time ${t.v} is not valid`, t.at);
    if (h === 24 && !end) fail(`Time ${t.v} cannot start a range`, t.at);
    this.i++;
    return h * 60 + m;
  }
}

/** Sortable number for a date: month and day, and the year too when `withYear`. */
const key = (p: DatePoint, withYear = false): number => (withYear ? (p.y ?? 0) * 1e4 : 0) + p.m * 100 + p.d;

// ---------------------------------------------------------------------------------------------
// Calendar helpers (dates are YYYY-MM-DD strings, arithmetic in UTC so no zone interferes)

const DAY = 864e5;
const msOf = (date: string): number => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));
/** Adds days to a 'YYYY-MM-DD' date. */
export const addDays = (date: string, n: number): string => new Date(msOf(date) + n * DAY).toISOString().slice(0, 10);
const weekdayOf = (date: string): number => (new Date(msOf(date)).getUTCDay() + 6) % 7;
const pad = (n: number): string => String(n).padStart(2, '0');
/** 'HH:MM' for minutes since midnight. */
export const hhmm = (minutes: number): string => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Office-zone calendar date, weekday (0 = Monday) and minutes since local midnight of an instant. */
export function zonedParts(
  instant: Date,
  timeZone = 'Europe/Berlin',
): {date: string; weekday: number; minutes: number} {
  if (timeZone === 'Europe/Berlin') return berlinParts(instant);
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  const p: Record<string, string> = {};
  for (const {type, value} of f.formatToParts(instant)) p[type] = value;
  const date = `${p.year!.padStart(4, '0')}-${p.month}-${p.day}`;
  // `% 24`: a few engines print midnight as 24 even with h23.
  return {date, weekday: weekdayOf(date), minutes: (+p.hour! % 24) * 60 + +p.minute!};
}

/**
 * Every German office is in Europe/Berlin, whose rule is fixed by EU law since 1996: UTC+2 from the
 * last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC, else UTC+1. Computing it
 * saves the first time-zone formatter Intl builds, ~190 ms of a first render at 4x CPU throttling
 * (measured); the tests compare it with Intl across both changeovers.
 */
function berlinParts(instant: Date): {date: string; weekday: number; minutes: number} {
  const time = instant.getTime();
  if (Number.isNaN(time)) throw new RangeError('Invalid time value');
  const year = instant.getUTCFullYear();
  const lastSunday = (month: number): number => {
    const lastDay = Date.UTC(year, month + 1, 0, 1); // 01:00 UTC on the month's last day
    return lastDay - new Date(lastDay).getUTCDay() * DAY;
  };
  const summer = time >= lastSunday(2) && time < lastSunday(9);
  const local = new Date(time + (summer ? 2 : 1) * 36e5);
  const date = local.toISOString().slice(0, 10);
  return {date, weekday: weekdayOf(date), minutes: local.getUTCHours() * 60 + local.getUTCMinutes()};
}

// ---------------------------------------------------------------------------------------------
// Evaluation

interface Day {
  date: string;
  weekday: number;
  holiday?: HolidayId;
  closure?: number;
  /** The day's own ranges (to may pass 1440), or [] when closed. */
  raw: readonly MinuteRange[];
}

function matchesDate(spans: ReadonlyArray<readonly [DatePoint, DatePoint]>, date: string): boolean {
  const here: DatePoint = {y: +date.slice(0, 4), m: +date.slice(5, 7), d: +date.slice(8, 10)};
  return spans.some(([from, to]) => {
    if (from.y !== undefined) return key(from, true) <= key(here, true) && key(here, true) <= key(to, true);
    const [a, b, x] = [key(from), key(to), key(here)];
    return a <= b ? a <= x && x <= b : x >= a || x <= b;
  });
}

const closureOn = (date: string, options: HoursOptions): number =>
  (options.closures ?? []).findIndex((c) => c.from <= date && date <= (c.to ?? c.from));

/** Whether a date is a public holiday or a closure: cheaper than its whole schedule. */
export function isSpecialDay(date: string, options: HoursOptions = {}): boolean {
  return holidayOn(date, options.region) !== undefined || closureOn(date, options) >= 0;
}

function dayOf(hours: OpeningHours, date: string, options: HoursOptions): Day {
  const weekday = weekdayOf(date);
  const holiday = holidayOn(date, options.region);
  const closure = closureOn(date, options);
  let raw: readonly MinuteRange[] = [];
  if (closure < 0) {
    let rank = -1;
    for (const rule of hours.rules) {
      const r =
        rule.kind === 'dates'
          ? matchesDate(rule.spans, date) ? 2 : -1
          : rule.kind === 'ph'
            ? holiday ? 1 : -1
            : rule.days & (1 << weekday) ? 0 : -1;
      if (r >= rank && r >= 0) {
        rank = r;
        raw = rule.ranges;
      }
    }
  }
  return {date, weekday, raw, ...(holiday && {holiday}), ...(closure >= 0 && {closure})};
}

/** The day's open minutes within [0, 1440]: its own ranges plus the previous day's spill, merged. */
function minutesOf(hours: OpeningHours, date: string, options: HoursOptions): [Day, MinuteRange[]] {
  const day = dayOf(hours, date, options);
  if (day.closure !== undefined) return [day, []];
  const ranges: Array<[number, number]> = day.raw.map(([a, b]) => [a, Math.min(b, 1440)]);
  for (const [, b] of dayOf(hours, addDays(date, -1), options).raw) if (b > 1440) ranges.push([0, b - 1440]);
  ranges.sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return [day, merged];
}

/** The day's schedule for one calendar date (YYYY-MM-DD) in the office's zone. */
export function scheduleOn(hours: OpeningHours, date: string, options: HoursOptions = {}): DaySchedule {
  const [{raw: _raw, ...day}, ranges] = minutesOf(hours, date, options);
  return {...day, ranges: ranges.map(([a, b]) => ({from: hhmm(a), to: hhmm(b)}))};
}

/** `count` consecutive days starting at the office-zone date of `instant`. */
export function scheduleFrom(hours: OpeningHours, instant: Date, count: number, options: HoursOptions = {}): DaySchedule[] {
  const start = zonedParts(instant, options.timeZone).date;
  return Array.from({length: Math.max(0, count)}, (_, i) => scheduleOn(hours, addDays(start, i), options));
}

const HORIZON = 14;

/** Open or closed at `instant`, evaluated in the office's time zone whatever the visitor's clock says. */
export function openStateAt(hours: OpeningHours, instant: Date, options: HoursOptions = {}): OpenState {
  const {date, minutes} = zonedParts(instant, options.timeZone);
  // A timeline of open minutes from today's midnight, ranges merged over midnight, up to the 14th day
  // after. It stops at the first day that settles the answer (usually today or tomorrow): a range
  // holding `minutes` that closes before that day's midnight, or a range that opens after `minutes`.
  const line: Array<[number, number]> = [];
  for (let d = 0; d <= HORIZON; d++) {
    for (const [a, b] of minutesOf(hours, addDays(date, d), options)[1]) {
      const last = line[line.length - 1];
      if (last && last[1] >= a + d * 1440) last[1] = b + d * 1440;
      else line.push([a + d * 1440, b + d * 1440]);
    }
    const holding = line.find(([a, b]) => a <= minutes && minutes < b);
    if (holding ? holding[1] < (d + 1) * 1440 : line.some(([a]) => a > minutes)) break;
  }
  const at = (t: number, closing: boolean): OpenState['next'] => {
    const d = closing ? Math.ceil(t / 1440) - 1 : Math.floor(t / 1440);
    const day = addDays(date, d);
    return {date: day, weekday: weekdayOf(day), time: hhmm(t - d * 1440)};
  };
  const current = line.find(([a, b]) => a <= minutes && minutes < b);
  if (current) return current[1] < (HORIZON + 1) * 1440 ? {open: true, next: at(current[1], true)} : {open: true};
  const coming = line.find(([a]) => a > minutes);
  return coming ? {open: false, next: at(coming[0], false)} : {open: false};
}
