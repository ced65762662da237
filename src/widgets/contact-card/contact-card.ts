import {LitElement, html, nothing, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {localized, msg, str} from '@lit/localize';
import {defineOnce} from '../../core/define.js';
import {headingLevel} from '../../core/heading-level.js';
import {ConfigController} from '../../core/config/config-controller.js';
import type {Config, Office} from '../../core/config/schema.js';
import {germanText, resolveText, type LocalizedText} from '../../core/localized-text.js';
import {safeUrl, telUrl} from '../../core/safe-url.js';
import {formatDate, formatTime, formatWeekday, languageName, listComma} from '../../core/format.js';
import {guarded} from '../../core/containment.js';
import {ClockController} from '../../core/clock-controller.js';
import {breakableEmail, configText, renderConfigError, renderExampleNotice, renderPartError, renderWithConfig} from '../../core/notices.js';
import type {HolidayId} from '../../core/holidays.js';
import type {DaySchedule} from '../../core/opening-hours.js';
import {LocaleController} from '../../localization.js';
import {findOffice, mapLink, officeHours, type OfficeHours} from './contact-card-model.js';
import {toVCard} from './vcard.js';
import {contactCardStyles} from './contact-card.styles.js';

/**
 * The office at a glance: name and welcome line, address, this week's opening hours with "open now",
 * holidays and closures, how to get in touch, the languages spoken at the counter, a booking link,
 * accessibility and public-transport notes, and a vCard to save the contact.
 *
 * @summary The welcome contact card of an office.
 * @tagname willkommen-contact-card
 * @slot - Fallback content (for example a link to the office's contact page): shown by the page when
 *   the script cannot run, hidden once the card renders, shown again if the card cannot load its data.
 * @csspart card - The card's outer box.
 * @csspart heading - The office name.
 * @csspart status - The "open now / closed" line.
 * @csspart hours - The table of the week's opening hours.
 * @csspart book - The "book an appointment" link.
 * @csspart example-notice - The note that the data is an example.
 * @csspart error - The message shown when the data cannot be used.
 * @cssprop --willkommen-color-accent - Accent colour (primary button, highlights). Default #0b5394.
 * @cssprop --willkommen-color-on-accent - Text on the accent colour. Default white.
 * @cssprop --willkommen-color-success - Good state (open now, ready items). Default #0a6b36 mixed 60:40 with the text colour.
 * @cssprop --willkommen-color-danger - Bad state (closed, items you cannot get, errors). Default #b3261e mixed 60:40 with the text colour.
 * @cssprop --willkommen-color-text - Text colour. Default: inherited from the page.
 * @cssprop --willkommen-color-surface - Card background. Default transparent.
 * @cssprop --willkommen-color-border - Border colour. Default: text colour at 45 %.
 * @cssprop --willkommen-color-focus - Focus ring. Default #e07000.
 * @cssprop --willkommen-font - Font family. Default: inherited from the page.
 * @cssprop --willkommen-radius - Corner radius. Default 0.5em.
 * @cssprop --willkommen-spacing - Base spacing. Default 1em.
 * @fires willkommen-config-error - The config cannot be used, or has mistakes the widgets leave out; `detail.issues` lists `{path, message}`.
 * @attr lang - The UI language (de, en, ar, …); without it the nearest ancestor's `lang`, `<html lang>`, the browser's languages, then German. A language the visitor picked in the language picker wins.
 */
@defineOnce('willkommen-contact-card')
@localized()
export class WillkommenContactCard extends LitElement {
  static override styles = contactCardStyles;

  /** URL of a config JSON file, or `#id` of an inline `<script type="application/json">`. */
  @property() config?: string;

  /** Id of the office to show; the first office of the config when empty. */
  @property() office?: string;

  /** Heading level of the office name (2–6), to fit the host page's outline. */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 2;

  /** A fixed instant instead of the real clock (stories, tests, "what if" previews). */
  @property({attribute: false}) now?: Date;

  private readonly localeController = new LocaleController(this);
  private readonly clock = new ClockController(this);
  private readonly configuration = new ConfigController(this);
  private vcardUrl?: string;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.vcardUrl) URL.revokeObjectURL(this.vcardUrl);
  }

  override render() {
    this.clock.fixed = this.now;
    return renderWithConfig(this, this.configuration, (config) => this.renderOffice(config));
  }

  private renderOffice(config: Config): TemplateResult {
    const office = findOffice(config, this.office);
    if (!office) {
      this.configuration.reportUnknown('office', this.office!, '$.offices');
      return renderConfigError({ok: false, failure: 'invalid', issues: [], source: ''});
    }
    const hours = officeHours(office, this.clock.now);
    return html`<article class="card box" part="card" lang=${this.localeController.locale}>
      ${config.example ? renderExampleNotice() : nothing}
      <div role="heading" aria-level=${headingLevel(this.headingLevel)} class="name" part="heading">${this.text(office.name, config)}</div>
      ${office.welcome ? html`<p class="welcome">${this.text(office.welcome, config)}</p>` : nothing}
      ${hours ? this.renderStatus(hours) : nothing}
      ${office.appointmentOnly
        ? html`<p class="appointment-only">${msg('Nur mit Termin. Bitte buchen Sie vorher einen Termin.')}</p>`
        : nothing}
      ${this.renderBooking(office)}
      <div class="columns">
        <div>${this.renderAddress(office)} ${this.renderContact(office)}</div>
        ${hours
          ? this.renderHours(hours, office, config)
          : office.openingHours
            ? html`<div class="hours">${this.subheading(msg('Öffnungszeiten'))}${renderPartError()}</div>`
            : nothing}
      </div>
      ${this.renderLanguages(office)} ${this.renderNotes(office, config)} ${this.renderSaveContact(office, config)}
    </article>`;
  }

  private text(value: LocalizedText | undefined, config: Config): ReturnType<typeof configText> {
    return configText(value, this.localeController.locale, config);
  }

  /** A heading inside the card, `below` levels under the office name (heading-level fits the page). */
  private subheading(text: string, below = 1, id?: string): TemplateResult {
    return html`<div role="heading" aria-level=${headingLevel(this.headingLevel, below)} class="subheading" id=${id ?? nothing}>${text}</div>`;
  }

  private renderStatus({state, today, officeTime}: OfficeHours): TemplateResult {
    const detail = state.next ? this.nextChange(state.open, state.next, today) : '';
    const time = officeTime && formatTime(officeTime, this.localeController.locale);
    return html`<p class="status ${state.open ? 'open' : 'closed'}" part="status">
        <span class="dot" aria-hidden="true"></span>
        <strong>${state.open ? msg('Jetzt geöffnet') : msg('Jetzt geschlossen')}</strong>${detail
          ? html`<span class="separator" aria-hidden="true"> · </span><span>${detail}</span>`
          : nothing}
      </p>
      ${time ? html`<p class="office-time">${msg(str`Uhrzeit in Deutschland: ${time}`)}</p>` : nothing}`;
  }

  /** "closes at 12:00", "opens tomorrow at 8:00", "opens Friday at 8:00", "opens on Mon 4 January at 8:00". */
  private nextChange(open: boolean, next: {date: string; time: string}, today: string): string {
    const locale = this.localeController.locale;
    const time = formatTime(next.time, locale);
    const days = daysBetween(today, next.date);
    if (days === 0) return open ? msg(str`schließt um ${time}`) : msg(str`öffnet heute um ${time}`);
    if (days === 1) return open ? msg(str`schließt morgen um ${time}`) : msg(str`öffnet morgen um ${time}`);
    if (days < 7) {
      const weekday = formatWeekday(next.date, locale);
      return open ? msg(str`schließt ${weekday} um ${time}`) : msg(str`öffnet ${weekday} um ${time}`);
    }
    // A weekday alone would be ambiguous after a long closure: name the date.
    const date = formatDate(next.date, locale);
    return open ? msg(str`schließt am ${date} um ${time}`) : msg(str`öffnet am ${date} um ${time}`);
  }

  private renderBooking(office: Office): TemplateResult | typeof nothing {
    const url = safeUrl(office.bookingUrl);
    if (!url) return nothing;
    return html`<p class="actions">
      <a class="button" part="book" href=${url} target="_blank" rel="noopener noreferrer"
        >${msg('Termin buchen')}<span class="visually-hidden"> ${msg('(öffnet in neuem Tab)')}</span></a
      >
    </p>`;
  }

  private renderAddress(office: Office): TemplateResult {
    const {street, postalCode, locality} = office.address;
    return html`${this.subheading(msg('Adresse'))}
      <address>
        <span lang="de" dir="ltr">${street}<br />${postalCode} ${locality}</span><br />
        <a href=${mapLink(office)} target="_blank" rel="noopener noreferrer"
          >${msg('Auf der Karte zeigen')}<span class="visually-hidden"> ${msg('(öffnet in neuem Tab)')}</span></a
        >
      </address>`;
  }

  private renderContact(office: Office): TemplateResult | typeof nothing {
    const website = safeUrl(office.website);
    if (!office.phone && !office.email && !website) return nothing;
    // A list of label and value: no punctuation between them that a translation would have to follow.
    return html`${this.subheading(msg('Kontakt'))}
      <dl class="contact">
        ${office.phone
          ? html`<dt>${msg('Telefon')}</dt>
              <dd><a href=${telUrl(office.phone)} dir="ltr">${office.phone}</a></dd>`
          : nothing}
        ${office.email
          ? html`<dt>${msg('E-Mail')}</dt>
              <dd><a href=${`mailto:${office.email}`} dir="ltr">${breakableEmail(office.email)}</a></dd>`
          : nothing}
        ${website
          ? html`<dt>${msg('Website')}</dt>
              <dd>
                <a href=${website} target="_blank" rel="noopener noreferrer"
                  >${msg('Website des Amtes')}<span class="visually-hidden"> ${msg('(öffnet in neuem Tab)')}</span></a
                >
              </dd>`
          : nothing}
      </dl>`;
  }

  private renderHours(hours: OfficeHours, office: Office, config: Config): TemplateResult {
    const locale = this.localeController.locale;
    // Not a named section: that is a landmark, and two cards on a page (the `office` attribute) would
    // give two landmarks of the same name (axe landmark-unique). The headings lead a screen reader here.
    return html`<div class="hours">
      ${this.subheading(msg('Öffnungszeiten'), 1, 'hours-heading')}
      <table part="hours" aria-labelledby="hours-heading">
        <tbody>
          ${hours.week.map(
            (day) => html`<tr class=${day.date === hours.today ? 'today' : ''} aria-current=${day.date === hours.today ? 'date' : 'false'}>
              <th scope="row">
                ${formatWeekday(day.date, locale)}${day.date === hours.today
                  ? html` <span class="today-label">${msg('heute')}</span>`
                  : nothing}
              </th>
              <td>${this.renderDayHours(day, office, config)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${this.renderUpcoming(hours, office, config)}
    </div>`;
  }

  private renderDayHours(day: DaySchedule, office: Office, config: Config): TemplateResult {
    const locale = this.localeController.locale;
    const separator = listComma(locale);
    // Each time isolated: "8:00 ص" must stay one unit inside a right-to-left line.
    const ranges = day.ranges.map(
      (range, index) =>
        html`${index ? separator : ''}<span class="range"><bdi>${formatTime(range.from, locale)}</bdi>–<bdi>${formatTime(range.to, locale)}</bdi></span>`,
    );
    const reason = this.dayReason(day, office, config);
    return html`${ranges.length ? ranges : msg('geschlossen')}${reason
      ? html` <span class="reason">(${reason})</span>`
      : nothing}`;
  }

  /** Why a day differs: the holiday's name or the closure's reason. */
  private dayReason(day: DaySchedule, office: Office, config: Config): TemplateResult | string | undefined {
    if (day.closure !== undefined) {
      const closure = office.closures[day.closure];
      return closure?.reason ? (this.text(closure.reason, config) as TemplateResult) : msg('Sonderschließtag');
    }
    return day.holiday ? holidayName(day.holiday) : undefined;
  }

  private renderUpcoming(hours: OfficeHours, office: Office, config: Config): TemplateResult | typeof nothing {
    if (!hours.upcoming.length) return nothing;
    const locale = this.localeController.locale;
    return html`${this.subheading(msg('Feiertage und Schließtage'), 2)}
      <ul class="upcoming">
        ${hours.upcoming.map((day) => {
          // A closure of several days as one range of dates: the dash is typography, not a translation.
          const date = html`<span class="date">${formatDate(day.date, locale)}</span>${day.until
            ? html` – <span class="date">${formatDate(day.until, locale)}</span>`
            : nothing}`;
          const reason = this.dayReason(day, office, config);
          return html`<li>
            ${day.ranges.length
              ? msg(html`${date}: ${reason}, geänderte Öffnungszeiten`)
              : msg(html`${date}: ${reason}, geschlossen`)}
          </li>`;
        })}
      </ul>`;
  }

  private renderLanguages(office: Office): TemplateResult | typeof nothing {
    if (!office.languages.length) return nothing;
    const locale = this.localeController.locale;
    return html`<section class="languages">
      ${this.subheading(msg('Wir sprechen diese Sprachen'))}
      <ul class="tags">
        ${office.languages.map((code) => html`<li>${languageName(code, locale)}</li>`)}
      </ul>
    </section>`;
  }

  private renderNotes(office: Office, config: Config): TemplateResult | typeof nothing {
    if (!office.accessibility && !office.transit) return nothing;
    return html`<dl class="notes">
      ${office.accessibility
        ? html`<dt>${msg('Barrierefreiheit')}</dt>
            <dd>${this.text(office.accessibility, config)}</dd>`
        : nothing}
      ${office.transit
        ? html`<dt>${msg('Anfahrt mit Bus und Bahn')}</dt>
            <dd>${this.text(office.transit, config)}</dd>`
        : nothing}
    </dl>`;
  }

  private renderSaveContact(office: Office, config: Config): TemplateResult {
    const name = resolveText(office.name, this.localeController.locale, config.language)?.text ?? office.id;
    return html`<p class="save">
      <button type="button" class="secondary" @click=${this.onSaveContact(office, config, name)}>
        ${msg('Kontakt speichern (vCard)')}
      </button>
    </p>`;
  }

  /** The vCard is made only when asked for, in the browser; its blob URL is replaced each time. */
  private onSaveContact(office: Office, config: Config, name: string) {
    return guarded(this, () => {
      if (this.vcardUrl) URL.revokeObjectURL(this.vcardUrl);
      const vcard = toVCard({
        name,
        officialName: germanText(office.name, config.language),
        ...office.address,
        phone: office.phone,
        email: office.email,
        website: safeUrl(office.website),
        lat: office.geo?.lat,
        lon: office.geo?.lon,
      });
      this.vcardUrl = URL.createObjectURL(new Blob([vcard], {type: 'text/vcard;charset=utf-8'}));
      const link = document.createElement('a');
      link.href = this.vcardUrl;
      link.download = `${office.id}.vcf`;
      link.click();
    });
  }
}

/** Whole days from one 'YYYY-MM-DD' date to another. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** Holiday names are UI text: translated like every other string. */
function holidayName(id: HolidayId): string {
  switch (id) {
    case 'newYear':
      return msg('Neujahr');
    case 'epiphany':
      return msg('Heilige Drei Könige');
    case 'womensDay':
      return msg('Internationaler Frauentag');
    case 'goodFriday':
      return msg('Karfreitag');
    case 'easterSunday':
      return msg('Ostersonntag');
    case 'easterMonday':
      return msg('Ostermontag');
    case 'labourDay':
      return msg('Tag der Arbeit');
    case 'ascension':
      return msg('Christi Himmelfahrt');
    case 'whitSunday':
      return msg('Pfingstsonntag');
    case 'whitMonday':
      return msg('Pfingstmontag');
    case 'corpusChristi':
      return msg('Fronleichnam');
    case 'assumption':
      return msg('Mariä Himmelfahrt');
    case 'worldChildrensDay':
      return msg('Weltkindertag');
    case 'germanUnity':
      return msg('Tag der Deutschen Einheit');
    case 'reformationDay':
      return msg('Reformationstag');
    case 'allSaints':
      return msg('Allerheiligen');
    case 'repentanceDay':
      return msg('Buß- und Bettag');
    case 'christmasDay':
      return msg('1. Weihnachtstag');
    case 'boxingDay':
      return msg('2. Weihnachtstag');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'willkommen-contact-card': WillkommenContactCard;
  }
}
