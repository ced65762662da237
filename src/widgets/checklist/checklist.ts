import {LitElement, html, nothing, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {localized, msg, str} from '@lit/localize';
import {defineOnce} from '../../core/define.js';
import {headingLevel} from '../../core/heading-level.js';
import {ConfigController} from '../../core/config/config-controller.js';
import type {Config, Office, Service} from '../../core/config/schema.js';
import {germanText, resolveText, type LocalizedText} from '../../core/localized-text.js';
import {fragmentId, safeUrl, telUrl, pageFragmentUrl} from '../../core/safe-url.js';
import {storage} from '../../core/storage.js';
import {guarded} from '../../core/containment.js';
import {formatDate, formatMoney, formatNumber, formatTime} from '../../core/format.js';
import {breakableEmail, configText, lineDirection, renderExampleNotice, renderPartError, renderWithConfig, LiveRegion} from '../../core/notices.js';
import {LocaleController} from '../../localization.js';
import {zonedParts} from '../../core/opening-hours.js';
import {
  checklistItems,
  listsMissingDocument,
  emptyChecklist,
  helpPartners,
  isValidDate,
  isValidTime,
  progress,
  restoreChecklist,
  resumableService,
  serializeChecklist,
  storageKey,
  type ChecklistItem,
  type ItemStatus,
  type SavedChecklist,
} from './checklist-model.js';
import {toIcs} from './ics.js';
import {checklistStyles} from './checklist.styles.js';

/**
 * Appointment preparation: the visitor picks a case, answers a few questions, and ticks off the
 * documents to bring — each named in their language and as the German official term, so visitor and
 * clerk share one list. Progress is kept in this browser after the first tick; the list prints as a
 * bilingual A4 page; an appointment can be saved as a calendar file with a reminder.
 *
 * @summary Appointment-preparation checklist.
 * @tagname willkommen-checklist
 * @slot - Fallback content (for example a link to the office's document lists): shown when the script
 *   cannot run, hidden once the checklist renders, shown again if it cannot load its data.
 * @csspart checklist - The outer box.
 * @csspart heading - The title of the chosen case.
 * @csspart progress - The "5 of 9 ready" line.
 * @csspart item - One document of the list.
 * @csspart book - The "book an appointment" link.
 * @csspart example-notice - The note that the data is an example.
 * @csspart error - The message shown when the data cannot be used.
 * @cssprop --willkommen-color-accent - Accent colour (primary button, progress). Default #0b5394.
 * @cssprop --willkommen-color-text - Text colour. Default: inherited from the page.
 * @cssprop --willkommen-color-surface - Background. Default transparent.
 * @cssprop --willkommen-color-on-accent - Text on the accent colour. Default white.
 * @cssprop --willkommen-color-border - Border colour. Default: text colour at 45 %.
 * @cssprop --willkommen-color-focus - Focus ring. Default #e07000.
 * @cssprop --willkommen-color-success - Good state (open now, ready items). Default #0a6b36 mixed 60:40 with the text colour.
 * @cssprop --willkommen-color-danger - Bad state (closed, items you cannot get, errors). Default #b3261e mixed 60:40 with the text colour.
 * @cssprop --willkommen-font - Font family. Default: inherited from the page.
 * @cssprop --willkommen-radius - Corner radius. Default 0.5em.
 * @cssprop --willkommen-spacing - Base spacing. Default 1em.
 * @fires willkommen-checklist-change - An item's status or an answer changed; `detail.service`, `detail.done`, `detail.total`.
 * @fires willkommen-config-error - The config cannot be used, or has mistakes the widgets leave out; `detail.issues` lists `{path, message}`.
 * @attr lang - The UI language (de, en, ar, …); without it the nearest ancestor's `lang`, `<html lang>`, the browser's languages, then German. A language the visitor picked in the language picker wins.
 */
@defineOnce('willkommen-checklist')
@localized()
export class WillkommenChecklist extends LitElement {
  static override styles = checklistStyles;

  /** URL of a config JSON file, or `#id` of an inline `<script type="application/json">`. */
  @property() config?: string;

  /** Id of a service to open directly; without it the visitor picks one from the list. */
  @property() service?: string;

  /** Heading level of the checklist's title (2–6), to fit the host page's outline. */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 2;

  /** The service the visitor chose (or the preset); undefined shows the list of cases. */
  @state() private chosenId?: string;
  /** Answers, statuses and appointment of the open service. */
  @state() private saved: SavedChecklist = emptyChecklist();
  /** Says the progress, or that the list was reset. */
  private readonly live = new LiveRegion(this);
  /** Date and time as typed; becomes the saved appointment once both are there. */
  @state() private appointmentDraft = {date: '', time: ''};
  /**
   * Whether the list's first frame has been painted. The first frame holds what a screen shows: the
   * first FIRST_FRAME_ITEMS items. Then come the other items and the date and time fields. Making a
   * date or time input sets up its locale's date formats in Chromium, 9 ms of main-thread CPU (36 ms
   * at 4x CPU throttling), for two fields below the list; their room is kept meanwhile
   * (.field-pending), so nothing moves when they come.
   */
  @state() private firstFramePainted = false;
  private firstFrameScheduled = false;
  /** Every item in the first frame: the browser is about to put the page back where the visitor left it. */
  private allItemsAtOnce = false;
  /** Whether the page around is dark (its text light): the fields' calendar and clock icons follow. */
  private onDarkPage = false;

  private readonly localeController = new LocaleController(this);
  private readonly configuration = new ConfigController(this);
  /** The storage key of the open list, once it is loaded; writes start only after the first tick. */
  private loadedKey?: string;
  private persisting = false;
  private resumeChecked = false;
  private icsUrl?: string;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.icsUrl) URL.revokeObjectURL(this.icsUrl);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('service')) this.chosenId = this.service || undefined;
    // Restore the open case's list before rendering it (state set during render would re-render).
    const config = this.loadedConfig;
    if (config && !this.resumeChecked) {
      // Once: after a reload the visitor is back at their list, not at the choice of cases; "back to
      // all cases" then stays where they go. A finder's link to a case, opened in a new tab, opens it.
      this.resumeChecked = true;
      const linked = fragmentId(location.hash, 'willkommen-service');
      if (!this.chosenId) {
        this.chosenId = config.services.some((service) => service.id === linked) ? linked : resumableService(config, storage.keys());
      }
    }
    const service = config?.services.find((candidate) => candidate.id === this.chosenId);
    if (config && service) {
      this.loadSaved(config.offices[0], service);
      if (!this.firstFrameScheduled) {
        this.firstFrameScheduled = true;
        this.allItemsAtOnce = scrollWillBeRestored();
        afterNextPaint(() => {
          this.onDarkPage = isLight(getComputedStyle(this).color);
          this.firstFramePainted = true;
        });
      }
    }
  }

  override render() {
    return renderWithConfig(this, this.configuration, (config) => this.renderChecklist(config));
  }

  private get locale(): string {
    return this.localeController.locale;
  }

  private renderChecklist(config: Config): TemplateResult {
    const office = config.offices[0];
    const service = config.services.find((candidate) => candidate.id === this.chosenId);
    if (this.chosenId && !service) this.configuration.reportUnknown('service', this.chosenId, '$.services');
    return html`<section class="checklist box" part="checklist" lang=${this.locale}>
      ${config.example ? renderExampleNotice() : nothing}
      ${service ? this.renderService(config, office, service) : this.renderServiceList(config)}
      ${this.live.render()}
    </section>`;
  }

  private text(value: LocalizedText | undefined, config: Config): ReturnType<typeof configText> {
    return configText(value, this.localeController.locale, config);
  }

  /**
   * A translated sentence with a config text in it (written there as TEXT_SLOT), the text marked with
   * its own language where it falls back: a screen reader then reads an English document name in an
   * Arabic sentence with the English voice. The message stays a plain string for the translators.
   */
  private withText(sentence: string, value: LocalizedText | undefined, config: Config): TemplateResult {
    const [before, after = ''] = sentence.split(TEXT_SLOT);
    return html`${before}${this.text(value, config)}${after}`;
  }

  private plain(value: LocalizedText | undefined, config: Config): string {
    return resolveText(value, this.locale, config.language)?.text ?? '';
  }

  // --- Choosing the case --------------------------------------------------------------------------

  private renderServiceList(config: Config): TemplateResult {
    return html`<div role="heading" aria-level=${headingLevel(this.headingLevel)} class="title" part="heading" tabindex="-1">
        ${msg('Termin vorbereiten')}
      </div>
      <p>${msg('Worum geht es bei Ihrem Termin? Wählen Sie Ihr Anliegen.')}</p>
      <ul class="services">
        ${config.services.map(
          (service) => html`<li>
            <button type="button" class="service" value=${service.id} @click=${() => this.choose(service.id)}>
              <span class="service-name">${this.text(service.name, config)}</span>
              ${service.description ? html`<span class="service-description">${this.text(service.description, config)}</span>` : nothing}
            </button>
          </li>`,
        )}
      </ul>`;
  }

  private choose = (id: string | undefined) =>
    guarded(this, () => {
      const left = this.chosenId;
      this.chosenId = id;
      this.loadedKey = undefined;
      this.live.say('');
      // Keyboard and screen-reader users land on the new view's title, not on the body; back in the
      // list, on the case they left, to go on to the next one from there.
      if (id || !left) this.focusTitle();
      else void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`.service[value="${CSS.escape(left)}"]`)?.focus());
    })();

  /** Once rendered, the focus goes to the view's title (it has tabindex="-1"). */
  private focusTitle(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.title')?.focus());
  }

  // --- One case -----------------------------------------------------------------------------------

  /** Restores the open service's list from the browser once per service (and after a config change). */
  private loadSaved(office: Office, service: Service): void {
    const key = storageKey(office.id, service.id);
    if (this.loadedKey === key) return;
    this.loadedKey = key;
    const stored = storage.get(key);
    this.persisting = stored !== undefined;
    this.saved = restoreChecklist(stored, service);
    this.appointmentDraft = {...(this.saved.appointment ?? {date: '', time: ''})};
  }

  private get loadedConfig(): Config | undefined {
    const result = this.configuration.value;
    return result?.ok ? result.config : undefined;
  }

  private renderService(config: Config, office: Office, service: Service): TemplateResult {
    const items = checklistItems(config, service, this.saved.answers);
    const {done, total} = progress(items, this.saved.statuses);
    const german = germanText(service.name, config.language);
    // Once per render, not once per item: on a large host page each look is a walk through the page.
    const finder = finderOnPage();
    return html`<div class="toolbar no-print">
        <button type="button" class="back" @click=${() => this.choose(undefined)}>
          <span aria-hidden="true" class="arrow">←</span> ${msg('Zurück zu allen Anliegen')}
        </button>
      </div>
      ${this.renderPrintHeader(config, office)}
      <div role="heading" aria-level=${headingLevel(this.headingLevel)} class="title" part="heading" tabindex="-1" dir=${lineDirection(service.name, this.locale, config)}>
        ${this.text(service.name, config)}${german && this.locale !== 'de'
          ? html`<span class="official" lang="de" dir="ltr">(${german})</span>`
          : nothing}
      </div>
      ${service.description ? html`<p>${this.text(service.description, config)}</p>` : nothing}
      ${this.renderFees(config, service)} ${this.renderQuestions(config, service)}
      <div class="progress" part="progress">
        <p class="progress-text">${msg(str`${this.number(done)} von ${this.number(total)} bereit`)}</p>
        <progress max=${Math.max(total, 1)} .value=${done} aria-hidden="true"></progress>
      </div>
      ${!storage.persistent
        ? html`<p class="notice no-print">${msg('Ihr Browser erlaubt kein Speichern: Die Liste bleibt nur, bis Sie die Seite verlassen.')}</p>`
        : nothing}
      <ol class="items" @change=${this.onItemStatus}>
        ${(this.firstFramePainted || this.allItemsAtOnce ? items : items.slice(0, FIRST_FRAME_ITEMS)).map((item) => this.renderItem(config, office, item, finder))}
      </ol>
      ${listsMissingDocument(config, service) ? renderPartError() : nothing}
      ${this.renderAppointment(config, office, service)}
      <div class="actions no-print">
        <button type="button" @click=${this.onPrint}>${msg('Liste drucken')}</button>
        <button type="button" @click=${() => this.onStartOver(office, service)}>${msg('Neu beginnen')}</button>
      </div>`;
  }

  private number(value: number): string {
    return formatNumber(value, this.locale);
  }

  /** Only on paper: whose list this is and where to bring it. */
  private renderPrintHeader(config: Config, office: Office): TemplateResult {
    const {street, postalCode, locality} = office.address;
    const appointment = this.saved.appointment;
    return html`<div class="print-only print-header">
      <p><strong>${this.text(office.name, config)}</strong><br />${street}, ${postalCode} ${locality}</p>
      ${appointment
        ? html`<p>${msg(str`Mein Termin: ${formatDate(appointment.date, this.locale)}, ${formatTime(appointment.time, this.locale)}`)}</p>`
        : nothing}
    </div>`;
  }

  private renderFees(config: Config, service: Service): TemplateResult | typeof nothing {
    if (!service.fee.length) return nothing;
    return html`<dl class="fees">
      <dt>${msg('Gebühren')}</dt>
      ${service.fee.map((fee) => {
        const amount = formatMoney(fee.amount, fee.currency ?? 'EUR', this.locale);
        return html`<dd dir=${lineDirection(fee.label, this.locale, config)}><bdi>${amount}</bdi>${fee.label ? html` – ${this.text(fee.label, config)}` : nothing}</dd>`;
      })}
    </dl>`;
  }

  private renderQuestions(config: Config, service: Service): TemplateResult | typeof nothing {
    if (!service.questions.length) return nothing;
    return html`<div class="questions no-print">
      <p class="questions-intro">${msg('Ein paar Fragen, damit die Liste zu Ihnen passt. Sie können die Antworten jederzeit ändern.')}</p>
      ${service.questions.map((question) => {
        const answer = this.saved.answers[question.id];
        const name = `q-${service.id}-${question.id}`;
        return html`<fieldset class="question">
          <legend>${this.text(question.text, config)}</legend>
          ${question.help ? html`<p class="help">${this.text(question.help, config)}</p>` : nothing}
          <div class="choices">
            <label><input type="radio" name=${name} .checked=${answer === true} @change=${() => this.answer(service, question.id, true)} /> ${msg('Ja')}</label>
            <label><input type="radio" name=${name} .checked=${answer === false} @change=${() => this.answer(service, question.id, false)} /> ${msg('Nein')}</label>
          </div>
        </fieldset>`;
      })}
    </div>`;
  }

  private renderItem(config: Config, office: Office, item: ChecklistItem, finder: boolean): TemplateResult {
    const status: ItemStatus = this.saved.statuses[item.ref] ?? 'open';
    const {document, entry} = item;
    const german = germanText(document.name, config.language);
    const showGerman = german && this.locale !== 'de';
    const name = `s-${this.loadedKey}-${item.ref}`;
    // The three choices are written out below, not one template each: 30 items made 90 more template
    // instances on the first render. One listener on the list hears them all (onItemStatus), and the
    // fieldset disables its three inputs at once. They are flex items, so their tags touch: whitespace
    // between them renders as nothing and made 330 text nodes.
    return html`<li class="item ${status} ${item.undecided ? 'undecided' : ''}" part="item" data-ref=${item.ref}>
      <span class="paper-box print-only" aria-hidden="true"></span>
      <div class="item-head">
        <div role="heading" aria-level=${headingLevel(this.headingLevel, 1)} class="item-name">
          ${this.text(document.name, config)}
          ${showGerman ? html`<span class="official" lang="de" dir="ltr">${german}</span>` : nothing}
        </div>
        <span class="badge ${entry.optional ? 'optional' : ''}">${entry.optional ? msg('falls vorhanden') : msg('erforderlich')}</span>
      </div>
      ${item.undecided ? html`<p class="depends">${msg('Hängt von Ihrer Antwort auf die Fragen oben ab.')}</p>` : nothing}
      <div class="columns">
        <div class="visitor-language">${this.renderItemDetails(config, item, false)}</div>
        ${showGerman
          ? html`<div class="print-only german" lang="de" dir="ltr">${this.renderItemDetails(config, item, true)}${renderGermanRemarks(item, status)}</div>`
          : nothing}
      </div>
      ${finder
        ? html`<p class="more no-print">
            <a href=${pageFragmentUrl(`willkommen-doc=${encodeURIComponent(item.ref)}`)} @click=${(event: Event) => openInFinder(event, item.ref)}
              >${msg(html`Mehr zu diesem Dokument<span class="visually-hidden">: ${this.text(document.name, config)}</span>`)}</a
            >
          </p>`
        : nothing}
      <fieldset class="status" ?disabled=${item.undecided}>
        <legend class="visually-hidden">${this.withText(msg(str`Haben Sie dieses Dokument? ${TEXT_SLOT}`), document.name, config)}</legend>
        <label class="status-choice ready"
          ><input type="radio" name=${name} value="ready" .checked=${status === 'ready'} /><span
            >${msg('Habe ich')}</span
          ></label
        ><label class="status-choice not-applicable"
          ><input type="radio" name=${name} value="not-applicable" .checked=${status === 'not-applicable'} /><span
            >${msg('Trifft nicht zu')}</span
          ></label
        ><label class="status-choice unavailable"
          ><input type="radio" name=${name} value="unavailable" .checked=${status === 'unavailable'} /><span
            >${msg('Bekomme ich nicht')}</span
          ></label
        >
      </fieldset>
      ${status === 'unavailable' ? this.renderHelp(config, office) : nothing}
    </li>`;
  }

  /** What it is, copies, note and legal basis: in the visitor's language, or in German for print. */
  private renderItemDetails(config: Config, item: ChecklistItem, inGerman: boolean): TemplateResult {
    const {document, entry} = item;
    const pick = (value: LocalizedText | undefined) =>
      inGerman ? germanText(value, config.language) : this.text(value, config);
    // The German column of the printout is German whatever the UI language, so it is not a msg().
    const copies = entry.copies
      ? inGerman
        ? `${entry.original ? 'Original und Kopien' : 'Kopien'}: ${entry.copies}`
        : entry.original
          ? msg(str`Original und Kopien: ${this.number(entry.copies)}`)
          : msg(str`Kopien: ${this.number(entry.copies)}`)
      : entry.original
        ? inGerman ? 'Original mitbringen' : msg('Original mitbringen')
        : undefined;
    // Paragraphs side by side without whitespace between them: 30 items made 120 blank text nodes.
    return html`${inGerman ? html`<p class="german-name"><strong>${germanText(document.name, config.language)}</strong></p>` : nothing}${
      document.description ? html`<p>${pick(document.description)}</p>` : nothing}${
      copies ? html`<p class="copies">${copies}</p>` : nothing}${
      entry.note ? html`<p class="note">${pick(entry.note)}</p>` : nothing}${
      entry.legalBasis ? html`<p class="legal"><span lang="de" dir="ltr">${entry.legalBasis}</span></p>` : nothing}`;
  }

  private renderHelp(config: Config, office: Office): TemplateResult {
    const partners = helpPartners(config);
    return html`<div class="help-box" role="note">
      <p>${msg('Sagen Sie dem Amt vor Ihrem Termin, dass Sie dieses Dokument nicht bekommen. Oft gibt es einen anderen Nachweis. Beratungsstellen helfen kostenlos.')}</p>
      <ul>
        ${office.phone ? html`<li>${this.text(office.name, config)}: <a href=${telUrl(office.phone)} dir="ltr">${office.phone}</a></li>` : nothing}
        ${partners.map((partner) => {
          const website = safeUrl(partner.properties.website);
          return html`<li>
            ${website
              ? html`<a href=${website} target="_blank" rel="noopener noreferrer">${this.text(partner.properties.name, config)}<span class="visually-hidden"> ${msg('(öffnet in neuem Tab)')}</span></a>`
              : this.text(partner.properties.name, config)}
            ${partner.properties.phone ? html` · <a href=${telUrl(partner.properties.phone)} dir="ltr">${partner.properties.phone}</a>` : nothing}
            ${partner.properties.email ? html` · <a href=${`mailto:${partner.properties.email}`} dir="ltr">${breakableEmail(partner.properties.email)}</a>` : nothing}
          </li>`;
        })}
      </ul>
    </div>`;
  }

  private renderAppointment(config: Config, office: Office, service: Service): TemplateResult {
    const draft = this.appointmentDraft;
    const booking = safeUrl(service.bookingUrl) ?? safeUrl(office.bookingUrl);
    // The calendar button waits until a date and a time are in. It stays focusable (aria-disabled, not
    // disabled), so a screen reader finds it and hears the hint that says why; pressed too early, it
    // takes the visitor to the field that is still missing.
    // A named group, not a named section: two checklists on a page would give two landmarks of one name.
    return html`<div class="appointment no-print" role="group" aria-labelledby="appointment-heading">
      <div role="heading" aria-level=${headingLevel(this.headingLevel, 1)} id="appointment-heading" class="subtitle">${msg('Mein Termin')}</div>
      ${booking
        ? html`<p><a class="button" part="book" href=${booking} target="_blank" rel="noopener noreferrer"
              >${msg('Termin buchen')}<span class="visually-hidden"> ${msg('(öffnet in neuem Tab)')}</span></a
            ></p>`
        : nothing}
      <p id="appointment-hint">${msg('Haben Sie schon einen Termin? Dann tragen Sie ihn ein: Sie bekommen eine Kalenderdatei mit Erinnerung am Tag vorher.')}</p>
      <div class="appointment-fields ${this.onDarkPage ? 'on-dark' : ''}">
        <label>${msg('Datum')} ${this.firstFramePainted
            ? html`<input type="date" dir="ltr" class=${draft.date ? '' : 'empty'} min=${zonedParts(new Date()).date} .value=${draft.date} @change=${this.onAppointment} data-field="date" />`
            : pendingDate}</label>
        <label>${msg('Uhrzeit')} ${this.firstFramePainted
            ? html`<input type="time" dir="ltr" class=${draft.time ? '' : 'empty'} .value=${draft.time} @change=${this.onAppointment} data-field="time" />`
            : pendingTime}</label>
      </div>
      <p>
        <button type="button" aria-disabled=${this.saved.appointment ? 'false' : 'true'} aria-describedby="appointment-hint" @click=${() => this.onCalendar(config, office, service)}>
          ${msg('In meinen Kalender eintragen (.ics)')}
        </button>
      </p>
    </div>`;
  }

  // --- Handlers -----------------------------------------------------------------------------------

  private answer(service: Service, questionId: string, value: boolean): void {
    guarded(this, () => {
      this.commit({...this.saved, answers: {...this.saved.answers, [questionId]: value}}, service);
    })();
  }

  /** A status radio of any item changed: the item says which document it is. */
  private onItemStatus = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const ref = input.closest<HTMLElement>('.item')?.dataset.ref;
    if (input.type === 'radio' && ref) this.setStatus(ref, input.value as ItemStatus);
  };

  private setStatus(ref: string, status: ItemStatus): void {
    guarded(this, () => {
      const statuses = {...this.saved.statuses};
      if (status === 'open') delete statuses[ref];
      else statuses[ref] = status;
      this.persisting = true; // the first tick starts keeping the list
      // The help that appears under the item is announced too, not only the unchanged count.
      this.commit({...this.saved, statuses}, undefined, status === 'unavailable' ? 'unavailable' : undefined);
    })();
  }

  private onAppointment = guarded(this, (event: Event) => {
    const input = event.target as HTMLInputElement;
    const field = input.dataset.field as 'date' | 'time';
    // Some browsers give seconds ("09:30:00"); the calendar file wants "09:30".
    const draft = {...this.appointmentDraft, [field]: field === 'time' ? input.value.slice(0, 5) : input.value};
    this.appointmentDraft = draft;
    this.persisting = true; // entering an appointment is the visitor's act too
    // A day already gone would give a calendar entry whose reminder never comes (a slip of the year).
    const complete = isValidDate(draft.date) && draft.date >= zonedParts(new Date()).date && isValidTime(draft.time);
    this.commit({...this.saved, appointment: complete ? draft : undefined});
  });

  /** Keeps the new state, stores it once the visitor has ticked something, and tells the page. */
  private commit(saved: SavedChecklist, service?: Service, announcement?: string | 'unavailable'): void {
    this.saved = saved;
    if (this.persisting && this.loadedKey) storage.set(this.loadedKey, serializeChecklist(saved));
    const config = this.loadedConfig;
    const open = service ?? config?.services.find((candidate) => candidate.id === this.chosenId);
    if (!config || !open) return;
    const {done, total} = progress(checklistItems(config, open, saved.answers), saved.statuses);
    const count = msg(str`${this.number(done)} von ${this.number(total)} bereit`);
    this.live.say(
      announcement === 'unavailable'
        ? `${count}. ${msg('Unter dem Dokument steht, wer Ihnen helfen kann.')}`
        : (announcement ?? count),
    );
    this.dispatchEvent(
      new CustomEvent('willkommen-checklist-change', {bubbles: true, composed: true, detail: {service: open.id, done, total}}),
    );
  }

  private onPrint = guarded(this, () => window.print());

  private onStartOver(office: Office, service: Service): void {
    guarded(this, () => {
      storage.remove(storageKey(office.id, service.id));
      this.persisting = false;
      this.appointmentDraft = {date: '', time: ''};
      this.commit(emptyChecklist(), service, msg('Die Liste wurde zurückgesetzt.'));
      // Back to the top of the case: the questions open again above and push the button far down.
      this.focusTitle();
    })();
  }

  private onCalendar(config: Config, office: Office, service: Service): void {
    guarded(this, () => {
      const appointment = this.saved.appointment;
      if (!appointment) {
        // The first field without a usable value takes the focus; the browser says what is wrong with
        // it, in its own language (a day in the past: "must be … or later").
        const fields = [...this.renderRoot.querySelectorAll<HTMLInputElement>('.appointment-fields input')];
        const missing = fields.find((field) => !field.value || !field.checkValidity());
        missing?.focus();
        missing?.reportValidity();
        return;
      }
      const items = checklistItems(config, service, this.saved.answers).filter(
        (item) => !item.undecided && (this.saved.statuses[item.ref] ?? 'open') !== 'not-applicable' && this.saved.statuses[item.ref] !== 'ready',
      );
      const {street, postalCode, locality} = office.address;
      const ics = toIcs({
        date: appointment.date,
        time: appointment.time,
        summary: `${this.plain(office.name, config)}: ${this.plain(service.name, config)}`,
        location: `${street}, ${postalCode} ${locality}`,
        // Each item with its German term too, as on the printout: the entry may be shown at the counter.
        description: [
          msg('Noch zu besorgen:'),
          ...items.map((item) => {
            const name = this.plain(item.document.name, config);
            const german = germanText(item.document.name, config.language);
            return `- ${name}${german && german !== name ? ` (${german})` : ''}`;
          }),
        ].join('\n'),
        // One event per appointment: a second one for the same case (a family member's, a new date)
        // must not replace the first, nor be skipped as already imported.
        uid: `willkommen-${office.id}-${service.id}-${appointment.date}T${appointment.time.replace(':', '')}@willkommen.invalid`,
        now: new Date(),
      });
      if (this.icsUrl) URL.revokeObjectURL(this.icsUrl);
      this.icsUrl = URL.createObjectURL(new Blob([ics], {type: 'text/calendar;charset=utf-8'}));
      const link = document.createElement('a');
      link.href = this.icsUrl;
      link.download = `termin-${service.id}.ics`;
      link.click();
    })();
  }
}

/**
 * On paper, the German column tells the clerk what the screen shows with badges and choices: optional,
 * waiting on an answer, not applicable, can't get it (the visitor's column prints the chosen choice
 * itself, see the styles). German whatever the UI language, so not msg().
 */
function renderGermanRemarks(item: ChecklistItem, status: ItemStatus): TemplateResult | typeof nothing {
  const remarks = [
    item.entry.optional && 'Falls vorhanden',
    item.undecided && 'Hängt von den Antworten auf die Fragen ab',
    status === 'not-applicable' && 'Trifft nicht zu',
    status === 'unavailable' && 'Bekomme ich nicht',
  ].filter(Boolean);
  return remarks.length ? html`<p class="remarks">${remarks.join(' · ')}</p>` : nothing;
}

/**
 * The items of the list's first frame (see firstFramePainted): more than a tall screen shows of them
 * (an item is 8 em tall and more, and the list starts below the case's title and questions). Each
 * item is a dozen elements and three radio inputs to clone: with 8 of its 30 items, the bench's list
 * took 10 ms less main-thread CPU to its first render (75 → 66 ms) and 80 ms less at 4x CPU
 * throttling (medians of 15, paired). What is off screen comes a frame later.
 */
const FIRST_FRAME_ITEMS = 8;

/** Stands for a config text inside a translated sentence (see withText): a private-use character. */
const TEXT_SLOT = '\uE000';

// The room of the date and time fields until they are drawn (see firstFramePainted).
const pendingDate = html`<span class="field-pending date"></span>`;
const pendingTime = html`<span class="field-pending time"></span>`;

/**
 * Whether a computed colour ("rgb(238, 238, 238)") is light. Chromium draws a date field's calendar
 * icon black unless the field's color-scheme is dark: on a dark page without one it was invisible
 * (1.1:1). The page's text colour tells that the page is dark; its background may be an image.
 */
function isLight(color: string): boolean {
  const [red = 0, green = 0, blue = 0] = color.match(/[\d.]+/g)?.map(Number) ?? [];
  return red * 0.299 + green * 0.587 + blue * 0.114 > 128;
}

/**
 * Whether the browser will scroll this page back to where the visitor left it: a reload or a step back
 * or forward, while the page is still loading (the browser restores the position as loading ends). A
 * list cut short for its first frame was then too short to scroll to: a visitor who reloaded at the
 * 14th of 20 items on a busy machine landed 1,464 px higher up.
 */
function scrollWillBeRestored(): boolean {
  const navigation = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  return document.readyState !== 'complete' && history.scrollRestoration === 'auto' && (navigation?.type === 'reload' || navigation?.type === 'back_forward');
}

/** Runs `task` once, after the browser has painted the next frame (or after 200 ms in a tab that draws none). */
function afterNextPaint(task: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    task();
  };
  requestAnimationFrame(() => setTimeout(once));
  setTimeout(once, 200);
}

/** Items link to the document finder only where one is on the page to open them. */
function finderOnPage(): boolean {
  return document.querySelector('willkommen-document-finder') !== null;
}

/**
 * Opens the document in the finder on the page, leaving the URL alone: in an app a new hash left the
 * router's route, and after the app changed the path the link reloaded the page at the old one.
 */
function openInFinder(event: Event, id: string): void {
  const finder = document.querySelector('willkommen-document-finder');
  if (!finder?.show) return;
  event.preventDefault();
  finder.show(id);
}

declare global {
  interface HTMLElementTagNameMap {
    'willkommen-checklist': WillkommenChecklist;
  }
}
