/**
 * What the contact card shows, computed without Lit or DOM: the week's hours with today marked,
 * open or closed now, the next holidays and closures, and the links the card offers.
 */
import type {Config, Office} from '../../core/config/schema.js';
import {
  addDays,
  hhmm,
  isSpecialDay,
  openStateAt,
  parseOpeningHours,
  scheduleOn,
  zonedParts,
  type DaySchedule,
  type HoursOptions,
  type OpenState,
} from '../../core/opening-hours.js';

export const OFFICE_TIME_ZONE = 'Europe/Berlin';
/** How far ahead the card lists holidays and closures. */
export const UPCOMING_DAYS = 28;

export interface OfficeHours {
  /** Monday to Sunday of the current week in the office's zone. */
  week: DaySchedule[];
  today: string;
  state: OpenState;
  /** Days in the next weeks that differ from the usual: a public holiday or a closure. */
  upcoming: UpcomingDay[];
  /**
   * The time at the office ('HH:MM') when the visitor's clock shows another: a newcomer still abroad
   * would otherwise read "opens at 8:00" as their own 8:00. Undefined when both clocks agree.
   */
  officeTime?: string;
}

/** A holiday, or a closure from `date` through `until` (one entry however many days it lasts). */
export interface UpcomingDay extends DaySchedule {
  /** The closure's last day, when it runs past `date`: also when that is beyond the weeks listed. */
  until?: string;
}

/** The office with that id, or the first when no id is given; undefined for an unknown id. */
export function findOffice(config: Config, id?: string | null): Office | undefined {
  return id ? config.offices.find((office) => office.id === id) : config.offices[0];
}

export function hoursOptions(office: Office): HoursOptions {
  return {region: office.address.region, closures: office.closures, timeZone: OFFICE_TIME_ZONE};
}

// The card re-renders every minute and on every locale change; the hours text does not change.
const parsedHours = new Map<string, ReturnType<typeof parseOpeningHours>>();

export function officeHours(office: Office, now: Date): OfficeHours | undefined {
  if (!office.openingHours) return undefined;
  let parsed = parsedHours.get(office.openingHours);
  if (!parsed) parsedHours.set(office.openingHours, (parsed = parseOpeningHours(office.openingHours)));
  if (!parsed.ok) return undefined; // the loader reported it, and the card says so where the hours would be
  const options = hoursOptions(office);
  const {date: today, weekday, minutes} = zonedParts(now, OFFICE_TIME_ZONE);
  const monday = addDays(today, -weekday);
  const week = Array.from({length: 7}, (_, day) => scheduleOn(parsed.value, addDays(monday, day), options));
  const upcoming: UpcomingDay[] = [];
  for (let day = 0; day <= UPCOMING_DAYS; day++) {
    const date = addDays(today, day);
    if (!isSpecialDay(date, options)) continue;
    const schedule: UpcomingDay = scheduleOn(parsed.value, date, options);
    upcoming.push(schedule);
    // A closure of several days is one entry to its own end, holidays inside it included: listed day
    // by day, and cut off where the weeks end, it read as if the office opened again in between.
    const closure = schedule.closure === undefined ? undefined : office.closures[schedule.closure];
    const last = closure?.to ?? closure?.from;
    if (last && last > date) {
      schedule.until = last;
      while (day < UPCOMING_DAYS && addDays(today, day + 1) <= last) day++;
    }
  }
  // The visitor's own clock, read without Intl: a time-zone formatter costs a first render ~190 ms at 4x.
  const officeTime = now.getHours() * 60 + now.getMinutes() === minutes ? undefined : hhmm(minutes);
  return {week, today, state: openStateAt(parsed.value, now, options), upcoming, officeTime};
}

/** A map page for the address (a link the visitor follows; nothing is loaded by the widget). */
export function mapLink(office: Office): string {
  if (office.geo) {
    const {lat, lon} = office.geo;
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=18/${lat}/${lon}`;
  }
  const {street, postalCode, locality} = office.address;
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(`${street}, ${postalCode} ${locality}`)}`;
}
