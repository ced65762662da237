/**
 * The appointment as an iCalendar file (RFC 5545): content lines end in CRLF, TEXT values escape
 * \ ; , and newlines, lines fold after 75 octets without splitting a UTF-8 character, times are UTC
 * converted from the office's wall clock across both daylight-saving changeovers.
 */
import {describe, expect, it} from 'vitest';
import {berlinToUtc, toIcs, type AppointmentEvent} from '../../src/widgets/checklist/ics.js';

const encoder = new TextEncoder();
const octets = (text: string) => encoder.encode(text).length;
/** RFC 5545 3.1: remove every CRLF immediately followed by one white space character. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
/** RFC 5545 3.3.11, read back: \n or \N is a newline, \\ \; \, the character itself. */
const unescapeText = (value: string) => value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
/** No lone surrogate: a fold between the halves of a surrogate pair would leave one. */
const wellFormed = (text: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

const event: AppointmentEvent = {
  date: '2026-06-03',
  time: '09:30',
  summary: 'Termin: Aufenthaltserlaubnis verlängern',
  location: 'Ausländerbehörde Musterstadt, Beispielplatz 1, 12345 Musterstadt',
  description: 'Noch offen:\n- Reisepass\n- Lichtbild; biometrisch',
  uid: 'willkommen-auslaenderbehoerde-extension@willkommen.invalid',
  now: new Date('2026-05-20T14:05:09.123Z'),
};

/** Physical lines of a file (its text ends with CRLF, so the last split part is empty). */
function physicalLines(ics: string): string[] {
  const lines = ics.split('\r\n');
  expect(lines.pop()).toBe('');
  return lines;
}

/** The unfolded content line of a property, e.g. value('DTSTART'). */
function value(ics: string, name: string): string | undefined {
  const line = physicalLines(unfold(ics)).find((candidate) => candidate.startsWith(`${name}:`));
  return line?.slice(name.length + 1);
}

function expectWellFormed(ics: string): void {
  expect(ics).not.toMatch(/[^\r]\n|^\n/);
  expect(ics).not.toMatch(/\r(?!\n)/);
  expect(ics.endsWith('\r\n')).toBe(true);
  for (const line of physicalLines(ics)) {
    expect(octets(line), line).toBeLessThanOrEqual(75);
    expect(wellFormed(line), 'a surrogate pair was split').toBe(true);
    expect(() => new TextDecoder('utf-8', {fatal: true}).decode(encoder.encode(line))).not.toThrow();
  }
}

describe('toIcs', () => {
  it('writes the whole file, exactly', () => {
    // Summer: 09:30 in Berlin is 07:30 UTC. LOCATION is 77 octets ("ä", "ö" take two), so it folds
    // after 75: the escaped commas count, "dt" goes to a continuation line.
    expect(toIcs(event)).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Willkommen widgets//DE',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'BEGIN:VEVENT',
        'UID:willkommen-auslaenderbehoerde-extension@willkommen.invalid',
        'DTSTAMP:20260520T140509Z',
        'DTSTART:20260603T073000Z',
        'DTEND:20260603T080000Z',
        'SUMMARY:Termin: Aufenthaltserlaubnis verlängern',
        'LOCATION:Ausländerbehörde Musterstadt\\, Beispielplatz 1\\, 12345 Mustersta',
        ' dt',
        'DESCRIPTION:Noch offen:\\n- Reisepass\\n- Lichtbild\\; biometrisch',
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        'DESCRIPTION:Termin: Aufenthaltserlaubnis verlängern',
        'TRIGGER:-P1D',
        'END:VALARM',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('ends every line with CRLF, the last one too, and keeps lines within 75 octets', () => {
    const ics = toIcs(event);
    expectWellFormed(ics);
    const lines = physicalLines(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
  });

  it('has a display reminder one day before, inside the event', () => {
    const lines = physicalLines(unfold(toIcs(event)));
    const alarm = lines.slice(lines.indexOf('BEGIN:VALARM'), lines.indexOf('END:VALARM') + 1);
    expect(alarm).toEqual([
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'DESCRIPTION:Termin: Aufenthaltserlaubnis verlängern',
      'TRIGGER:-P1D',
      'END:VALARM',
    ]);
    expect(lines.indexOf('BEGIN:VALARM')).toBeGreaterThan(lines.indexOf('BEGIN:VEVENT'));
    expect(lines.indexOf('END:VALARM')).toBeLessThan(lines.indexOf('END:VEVENT'));
  });

  it('escapes backslash, semicolon, comma and every kind of line end in TEXT values', () => {
    const ics = toIcs({
      ...event,
      summary: 'A, B; C \\ D\nE',
      location: 'Zimmer 1\r\nFlur 2\rHaus 3',
      description: '\\n is not a newline; \\, neither',
    });
    expect(value(ics, 'SUMMARY')).toBe('A\\, B\\; C \\\\ D\\nE');
    expect(value(ics, 'LOCATION')).toBe('Zimmer 1\\nFlur 2\\nHaus 3');
    expect(value(ics, 'DESCRIPTION')).toBe('\\\\n is not a newline\\; \\\\\\, neither');
    expect(unescapeText(value(ics, 'DESCRIPTION')!)).toBe('\\n is not a newline; \\, neither');
    expectWellFormed(ics);
  });

  it('a value cannot inject a property or a component', () => {
    const ics = toIcs({
      ...event,
      summary: 'x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:evil',
      description: 'y\nATTACH:https://evil.example/',
      uid: 'id\nDTSTART:19700101T000000Z',
    });
    const lines = physicalLines(unfold(ics));
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines.filter((line) => line === 'END:VEVENT')).toHaveLength(1);
    expect(lines.filter((line) => line.startsWith('SUMMARY:'))).toHaveLength(1);
    expect(lines.filter((line) => line.startsWith('DTSTART:'))).toEqual(['DTSTART:20260603T073000Z']);
    expect(lines.some((line) => line.startsWith('ATTACH'))).toBe(false);
    expect(value(ics, 'UID')).toBe('id\\nDTSTART:19700101T000000Z');
  });

  it('drops control characters TEXT does not allow, keeps tabs', () => {
    const ics = toIcs({...event, summary: 'a\u0000b\u0007c\u001Bd\u007Fe\tf'});
    expect(value(ics, 'SUMMARY')).toBe('abcde\tf');
  });

  it('folds a long Arabic and German description; unfolding and unescaping give back the original', () => {
    const description = [
      'مرحبا بكم في مكتب الهجرة في موسترشتات. يرجى إحضار جواز السفر، الصورة البيومترية؛ وعقد الإيجار.',
      'Noch offen: Reisepass, biometrisches Lichtbild; Mietvertrag \\ Wohnungsgeberbestätigung.',
      'لا يمكنني الحصول على: شهادة صاحب العمل — اتصلوا بنا 👋🏽🇩🇪',
    ].join('\n');
    const ics = toIcs({...event, description});
    expectWellFormed(ics);
    const lines = physicalLines(ics);
    const first = lines.findIndex((line) => line.startsWith('DESCRIPTION:'));
    expect(lines[first + 1]!.startsWith(' ')).toBe(true);
    expect(lines[first + 2]!.startsWith(' ')).toBe(true);
    expect(unescapeText(value(ics, 'DESCRIPTION')!)).toBe(description);
  });

  it('folds at exactly 75 octets, moving a character that would not fit whole', () => {
    // "SUMMARY:" is 8 octets.
    const fits = toIcs({...event, summary: 'a'.repeat(67)});
    expect(physicalLines(fits)).toContain(`SUMMARY:${'a'.repeat(67)}`);
    const over = toIcs({...event, summary: 'a'.repeat(68)});
    expect(physicalLines(over)).toContain(`SUMMARY:${'a'.repeat(67)}`);
    expect(physicalLines(over)).toContain(' a');
    // 8 + 66 + "ä" (2) = 76: "ä" starts the continuation line.
    const umlaut = physicalLines(toIcs({...event, summary: `${'a'.repeat(66)}äb`}));
    expect(umlaut).toContain(`SUMMARY:${'a'.repeat(66)}`);
    expect(umlaut).toContain(' äb');
    // A continuation line holds one space and at most 74 octets.
    const long = physicalLines(toIcs({...event, summary: 'a'.repeat(67 + 74 + 1)}));
    expect(long).toContain(` ${'a'.repeat(74)}`);
    // An emoji (4 octets) never splits: 8 + 16 * 4 = 72, a 17th would make 76.
    const emoji = physicalLines(toIcs({...event, summary: '😀'.repeat(20)}));
    expect(emoji).toContain(`SUMMARY:${'😀'.repeat(16)}`);
    expect(emoji).toContain(` ${'😀'.repeat(4)}`);
  });

  it('writes DTSTART in UTC: Berlin is UTC+2 in summer and UTC+1 in winter', () => {
    expect(value(toIcs({...event, date: '2026-07-01', time: '09:00'}), 'DTSTART')).toBe('20260701T070000Z');
    expect(value(toIcs({...event, date: '2026-01-15', time: '09:00'}), 'DTSTART')).toBe('20260115T080000Z');
    // Just after midnight in winter is still the previous day in UTC.
    expect(value(toIcs({...event, date: '2027-01-01', time: '00:15'}), 'DTSTART')).toBe('20261231T231500Z');
  });

  it('DTEND is the start plus the duration (30 minutes by default), in real time across a changeover', () => {
    expect(value(toIcs({...event, durationMinutes: 90}), 'DTEND')).toBe('20260603T090000Z');
    expect(value(toIcs({...event, time: '23:45', durationMinutes: 30}), 'DTEND')).toBe('20260603T221500Z');
    // 25 October 2026, 01:45 CEST + 90 minutes = 02:15 CET (the second 02:15 that night).
    const night = toIcs({...event, date: '2026-10-25', time: '01:45', durationMinutes: 90});
    expect(value(night, 'DTSTART')).toBe('20261024T234500Z');
    expect(value(night, 'DTEND')).toBe('20261025T011500Z');
  });

  it('DTSTAMP is the given moment in UTC, whole seconds', () => {
    expect(value(toIcs({...event, now: new Date('2026-12-31T23:59:59.999Z')}), 'DTSTAMP')).toBe('20261231T235959Z');
  });

  it('refuses a duration that is not a positive whole number of minutes', () => {
    for (const durationMinutes of [0, -30, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => toIcs({...event, durationMinutes}), String(durationMinutes)).toThrow(RangeError);
    }
  });
});

describe('berlinToUtc', () => {
  const utc = (date: string, time: string) => berlinToUtc(date, time).toISOString();

  it('summer time is UTC+2, winter time UTC+1', () => {
    expect(utc('2026-06-03', '09:30')).toBe('2026-06-03T07:30:00.000Z');
    expect(utc('2026-12-10', '14:00')).toBe('2026-12-10T13:00:00.000Z');
    expect(utc('2026-03-28', '12:00')).toBe('2026-03-28T11:00:00.000Z'); // the day before the change
    expect(utc('2026-10-26', '12:00')).toBe('2026-10-26T11:00:00.000Z'); // the day after the change back
  });

  it('29 March 2026: 02:00-02:59 does not exist and is read as one hour later', () => {
    expect(utc('2026-03-29', '01:30')).toBe('2026-03-29T00:30:00.000Z');
    expect(utc('2026-03-29', '01:59')).toBe('2026-03-29T00:59:00.000Z');
    expect(utc('2026-03-29', '02:00')).toBe('2026-03-29T01:00:00.000Z'); // = 03:00 CEST
    expect(utc('2026-03-29', '02:30')).toBe('2026-03-29T01:30:00.000Z'); // = 03:30 CEST
    expect(utc('2026-03-29', '03:00')).toBe('2026-03-29T01:00:00.000Z');
    expect(utc('2026-03-29', '03:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(utc('2026-03-29', '12:00')).toBe('2026-03-29T10:00:00.000Z');
  });

  it('25 October 2026: 02:00-02:59 happens twice and is read as the first (summer time)', () => {
    expect(utc('2026-10-25', '01:30')).toBe('2026-10-24T23:30:00.000Z');
    expect(utc('2026-10-25', '02:00')).toBe('2026-10-25T00:00:00.000Z');
    expect(utc('2026-10-25', '02:30')).toBe('2026-10-25T00:30:00.000Z');
    expect(utc('2026-10-25', '02:59')).toBe('2026-10-25T00:59:00.000Z');
    expect(utc('2026-10-25', '03:00')).toBe('2026-10-25T02:00:00.000Z');
    expect(utc('2026-10-25', '12:00')).toBe('2026-10-25T11:00:00.000Z');
  });

  it('other years change on their own last Sundays', () => {
    // 2027: 28 March and 31 October.
    expect(utc('2027-03-28', '02:30')).toBe('2027-03-28T01:30:00.000Z');
    expect(utc('2027-03-27', '02:30')).toBe('2027-03-27T01:30:00.000Z');
    expect(utc('2027-10-31', '02:30')).toBe('2027-10-31T00:30:00.000Z');
    expect(utc('2027-10-30', '02:30')).toBe('2027-10-30T00:30:00.000Z');
    expect(utc('2027-11-01', '02:30')).toBe('2027-11-01T01:30:00.000Z');
  });

  it('agrees with Intl on every quarter hour of both changeover days (except the skipped hour)', () => {
    const berlin = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Berlin',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const wallClock = (instant: Date) => {
      const p = Object.fromEntries(berlin.formatToParts(instant).map(({type, value: v}) => [type, v]));
      return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
    };
    for (const date of ['2026-03-29', '2026-10-25', '2028-03-26', '2028-10-29']) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        const skipped = date.slice(5, 7) === '03' && time.startsWith('02:');
        const expected = skipped ? `${date} 03:${time.slice(3)}` : `${date} ${time}`;
        expect(wallClock(berlinToUtc(date, time)), `${date} ${time}`).toBe(expected);
      }
    }
  });

  it.each([
    ['2026-02-30', '10:00'],
    ['2026-13-01', '10:00'],
    ['26-06-03', '10:00'],
    ['', '10:00'],
    ['2026-06-03', '24:00'],
    ['2026-06-03', '9:30'],
    ['2026-06-03', '09:60'],
    ['2026-06-03', ''],
  ])('refuses %j %j', (date, time) => {
    expect(() => berlinToUtc(date, time)).toThrow(RangeError);
  });
});
