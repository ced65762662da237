import {afterEach, describe, expect, it} from 'vitest';
import {findOffice, mapLink, officeHours} from '../../src/widgets/contact-card/contact-card-model.js';
import {configWith, musterstadt} from '../fixtures/configs.js';
import {parsedConfig as parsed} from '../fixtures/parsed-config.js';


const config = parsed(musterstadt);
const office = config.offices[0];

describe('contact card model', () => {
  it('finds the office by id, the first without one, nothing for an unknown id', () => {
    expect(findOffice(config)?.id).toBe('auslaenderbehoerde');
    expect(findOffice(config, 'auslaenderbehoerde')).toBe(office);
    expect(findOffice(config, 'nope')).toBe(undefined);
  });

  it('shows Monday to Sunday of the office week, with today and the open state', () => {
    // Wednesday 3 June 2026, 10:00 in Berlin.
    const hours = officeHours(office, new Date('2026-06-03T08:00:00Z'))!;
    expect(hours.week.map((day) => day.date)).toEqual([
      '2026-06-01', '2026-06-02', '2026-06-03', '2026-06-04', '2026-06-05', '2026-06-06', '2026-06-07',
    ]);
    expect(hours.today).toBe('2026-06-03');
    expect(hours.week[0].ranges).toEqual([{from: '08:00', to: '12:00'}]);
    // Thursday is Corpus Christi in DE-NW: closed although Thursdays have two ranges.
    expect(hours.week[3]).toMatchObject({holiday: 'corpusChristi', ranges: []});
    expect(hours.state).toEqual({open: false, next: {date: '2026-06-05', weekday: 4, time: '08:00'}});
  });

  it('lists holidays and closures of the next four weeks, a closure of several days as one entry', () => {
    const hours = officeHours(office, new Date('2026-12-20T09:00:00Z'))!;
    const dates = hours.upcoming.map((day) => [day.date, day.until, day.holiday ?? `closure ${day.closure}`]);
    // 24 to 31 December, Christmas Day and Boxing Day inside it: one entry, not eight days.
    expect(dates).toEqual([
      ['2026-12-24', '2026-12-31', 'closure 0'],
      ['2027-01-01', undefined, 'newYear'],
    ]);
  });

  it('runs a closure to its own last day when that lies beyond the weeks listed', () => {
    // Sunday 29 November: the four weeks end on 27 December, the closure on the 31st.
    const hours = officeHours(office, new Date('2026-11-29T09:00:00Z'))!;
    expect(hours.upcoming.map((day) => [day.date, day.until])).toEqual([['2026-12-24', '2026-12-31']]);
  });

  it('starts a closure that is already running at today', () => {
    const hours = officeHours(office, new Date('2026-12-27T09:00:00Z'))!;
    expect(hours.upcoming[0]).toMatchObject({date: '2026-12-27', until: '2026-12-31', closure: 0});
    expect(hours.upcoming.slice(1).map((day) => day.date)).toEqual(['2027-01-01']);
  });

  it('lists a one-day closure with no range', () => {
    const hours = officeHours(office, new Date('2027-03-10T09:00:00Z'))!;
    const staffMeeting = hours.upcoming.find((day) => day.date === '2027-03-17');
    expect(staffMeeting).toMatchObject({closure: 1});
    expect(staffMeeting?.until).toBe(undefined);
  });

  it('has no hours section for an office without opening hours', () => {
    const withoutHours = parsed(configWith((json) => {
      delete (json.offices[0] as Record<string, unknown>).openingHours;
    }));
    expect(officeHours(withoutHours.offices[0], new Date())).toBe(undefined);
  });

  describe('the time at the office, for a visitor whose clock shows another', () => {
    const savedTz = process.env.TZ;
    afterEach(() => {
      if (savedTz === undefined) delete process.env.TZ;
      else process.env.TZ = savedTz;
    });
    // Wednesday 3 June 2026, 08:05 UTC: 10:05 in Berlin (summer time).
    const june = new Date('2026-06-03T08:05:00Z');

    it.each([
      ['Asia/Damascus', '10:05'], // UTC+3 all year: 11:05 there
      ['America/New_York', '10:05'],
      ['UTC', '10:05'],
      ['Europe/Berlin', undefined],
      ['Europe/Oslo', undefined], // another zone, the same clock
    ])('in %s: %s', (zone, expected) => {
      process.env.TZ = zone;
      expect(officeHours(office, june)!.officeTime).toBe(expected);
    });

    it('follows the changeover: Lagos and Berlin agree in winter only', () => {
      process.env.TZ = 'Africa/Lagos'; // UTC+1 all year
      expect(officeHours(office, new Date('2026-01-14T09:30:00Z'))!.officeTime).toBe(undefined);
      expect(officeHours(office, june)!.officeTime).toBe('10:05');
    });
  });

  it('links to a map page by coordinates, or by address when there are none', () => {
    expect(mapLink(office)).toBe('https://www.openstreetmap.org/?mlat=51.5123&mlon=7.4321#map=18/51.5123/7.4321');
    const withoutGeo = {...office, geo: undefined};
    expect(mapLink(withoutGeo)).toBe('https://www.openstreetmap.org/search?query=Beispielplatz%201%2C%2012345%20Musterstadt');
  });
});
