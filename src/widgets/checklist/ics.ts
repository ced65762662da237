/**
 * The visitor's appointment as an iCalendar file (RFC 5545), made in the browser so it opens in any
 * calendar app. Times are written in UTC ("Z" form), so no VTIMEZONE block is needed; the office's
 * wall-clock time is converted here, across both daylight-saving changeovers. Pure text: CRLF line
 * ends, TEXT values escaped, lines folded after 75 octets, a reminder the day before.
 */
import {escapeText, foldLine} from '../../core/content-line.js';
import {zonedParts} from '../../core/opening-hours.js';
import {isValidDate, isValidTime} from './checklist-model.js';

export interface AppointmentEvent {
  /** Office-local (Europe/Berlin) 'YYYY-MM-DD'. */
  date: string;
  /** Office-local (Europe/Berlin) 'HH:MM'. */
  time: string;
  /** Default 30; a positive whole number. */
  durationMinutes?: number;
  /** Plain text: may contain newlines, commas, semicolons, backslashes, any Unicode. */
  summary: string;
  location: string;
  description: string;
  /** Stable per office and service, so importing again updates the event instead of adding one. */
  uid: string;
  /** DTSTAMP: when the file was made. */
  now: Date;
}

const OFFICE_TIME_ZONE = 'Europe/Berlin';
const MINUTE = 6e4;
const HOUR = 36e5;
const DEFAULT_DURATION = 30;

/**
 * Office-local wall-clock time in Europe/Berlin -> the UTC instant (handles both DST changeovers: a
 * non-existent 02:30 in March is read as 03:30; an ambiguous 02:30 in October as the first one).
 * Throws a RangeError for a date or time that is not 'YYYY-MM-DD' / 'HH:MM' (00:00-23:59).
 */
export function berlinToUtc(date: string, time: string): Date {
  if (!isValidDate(date)) throw new RangeError(`Expected a date like 2026-06-03, got ${JSON.stringify(date)}`);
  if (!isValidTime(time)) throw new RangeError(`Expected a time like 09:30, got ${JSON.stringify(time)}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, h, min);
  // Summer time (UTC+2) first: in October's repeated hour that is the first of the two.
  for (const offset of [2, 1]) {
    const instant = new Date(wall - offset * HOUR);
    const parts = zonedParts(instant, OFFICE_TIME_ZONE);
    if (parts.date === date && parts.minutes === h * 60 + min) return instant;
  }
  // In March's skipped hour: read with the offset before the gap (as RFC 5545 3.3.5 says), so 02:30 -> 03:30.
  return new Date(wall - HOUR);
}

/** `YYYYMMDDTHHMMSSZ` (RFC 5545 3.3.5, form #2). */
function utcStamp(instant: Date): string {
  return `${instant.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** The whole calendar file: one VEVENT in UTC with a display reminder the day before. */
export function toIcs(event: AppointmentEvent): string {
  const duration = event.durationMinutes ?? DEFAULT_DURATION;
  if (!Number.isInteger(duration) || duration <= 0) {
    throw new RangeError(`Expected a duration in whole minutes above 0, got ${duration}`);
  }
  const start = berlinToUtc(event.date, event.time);
  const end = new Date(start.getTime() + duration * MINUTE);
  const summary = escapeText(event.summary);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Willkommen widgets//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcStamp(event.now)}`,
    `DTSTART:${utcStamp(start)}`,
    `DTEND:${utcStamp(end)}`,
    `SUMMARY:${summary}`,
    `LOCATION:${escapeText(event.location)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${summary}`,
    'TRIGGER:-P1D',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
