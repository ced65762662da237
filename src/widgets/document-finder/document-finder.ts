import {LitElement, html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {repeat} from 'lit/directives/repeat.js';
import {localized, msg, str} from '@lit/localize';
import {defineOnce} from '../../core/define.js';
import {headingLevel} from '../../core/heading-level.js';
import {ConfigController} from '../../core/config/config-controller.js';
import type {Config, Document, Office, Service} from '../../core/config/schema.js';
import {germanText, resolveText, type LocalizedText} from '../../core/localized-text.js';
import {safeUrl, telUrl, pageFragmentUrl} from '../../core/safe-url.js';
import {guarded} from '../../core/containment.js';
import {formatNumber, pluralMessage} from '../../core/format.js';
import {breakableEmail, configText, langIfDifferent, renderExampleNotice, renderWithConfig, LiveRegion} from '../../core/notices.js';
import {LocaleController, direction, localeSettled} from '../../localization.js';
import {deepLinkedId, finderView, searchFor, servicesNeeding, suggestedDocuments} from './document-finder-model.js';
import {documentFinderStyles} from './document-finder.styles.js';

/**
 * "Meldebescheinigung? Verpflichtungserklärung?" – what a document is and where to get it. The visitor
 * searches as they type (in their language, in German as it stands on the letter, or in English; one
 * typo forgiven), or browses all documents A–Z, optionally only those one case needs. Each document
 * shows its name with the German official term beside it, what it is, where to get it, a link, and the
 * cases that need it (leading to the checklist when one is on the page).
 *
 * Accessible pattern: a labelled search field in a `search` landmark and a list of disclosure buttons
 * (not the APG combobox): the results are content to read, not values to pick into the field, and a
 * disclosure keeps every document reachable with Tab and readable in place. The number found is
 * announced in a polite live region once typing pauses; ↓ in the field and ↑/↓/Home/End in the list
 * move through the results, Enter or Space opens one, Escape clears the search and returns to the field.
 *
 * Deep link: `#willkommen-doc=<id>` in the page URL (on load and on `hashchange`) opens that document
 * and moves the focus to it; an id the config lacks (a stale link) is searched for by its words instead.
 * Opening and moving through results never writes the page's URL or history.
 *
 * @summary Search and browse the documents an office asks for.
 * @tagname willkommen-document-finder
 * @slot - Fallback content (for example a link to the office's list of documents): shown when the
 *   script cannot run, hidden once the finder renders, shown again if it cannot load its data.
 * @csspart finder - The outer box.
 * @csspart heading - The finder's title.
 * @csspart search - The search field.
 * @csspart results - The list of documents.
 * @csspart document - One document of the list.
 * @csspart no-results - The message shown when nothing matches, with the office's contact.
 * @csspart example-notice - The note that the data is an example.
 * @csspart error - The message shown when the data cannot be used.
 * @cssprop --willkommen-color-accent - Accent colour (open document, focus marks). Default #0b5394.
 * @cssprop --willkommen-color-text - Text colour. Default: inherited from the page.
 * @cssprop --willkommen-color-surface - Background. Default transparent.
 * @cssprop --willkommen-color-on-accent - Text on the accent colour. Default white.
 * @cssprop --willkommen-color-danger - Error messages. Default #b3261e mixed 60:40 with the text colour.
 * @cssprop --willkommen-color-border - Border colour. Default: text colour at 45 %.
 * @cssprop --willkommen-color-focus - Focus ring. Default #e07000.
 * @cssprop --willkommen-font - Font family. Default: inherited from the page.
 * @cssprop --willkommen-radius - Corner radius. Default 0.5em.
 * @cssprop --willkommen-spacing - Base spacing. Default 1em.
 * @fires willkommen-config-error - The config cannot be used, or has mistakes the widgets leave out; `detail.issues` lists `{path, message}`.
 * @attr lang - The UI language (de, en, ar, …); without it the nearest ancestor's `lang`, `<html lang>`, the browser's languages, then German. A language the visitor picked in the language picker wins.
 */
@defineOnce('willkommen-document-finder')
@localized()
export class WillkommenDocumentFinder extends LitElement {
  static override styles = documentFinderStyles;

  /** URL of a config JSON file, or `#id` of an inline `<script type="application/json">`. */
  @property() config?: string;

  /** Id of a service (case) whose documents to show first; the visitor can widen it to all. */
  @property() service?: string;

  /** Heading level of the finder's title (2–6); each document's name is one level below. */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 2;

  /** What the visitor typed. */
  @state() private query = '';
  /** The chosen case ('' = all documents). */
  @state() private filter = '';
  /** Ids of the documents shown open. */
  @state() private expanded: ReadonlySet<string> = new Set();
  /** Says how many documents the search or filter found. */
  private readonly live = new LiveRegion(this);
  /** The count waits until typing pauses (see onInput). */
  private announceTimer?: ReturnType<typeof setTimeout>;
  /** A document the visitor just opened, to bring into view once it is drawn (see updated). */
  private revealAfterRender?: string;

  private readonly localeController = new LocaleController(this);
  private readonly configuration = new ConfigController(this);
  /** A document named by the page's hash, opened once the config is there. */
  private deepLinked?: string;
  /** A document whose button takes the focus after the next render, or the search field. */
  private focusAfterRender?: string;

  /**
   * The page's hash when last read: a finder an app moves in the page, or a `hashchange` for a hash
   * read already, must not open its document again (it took the focus from the visitor's typing).
   */
  private readHash?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    this.onHashChange();
  }

  /**
   * Opens the document with this id and moves the focus to it, as `#willkommen-doc=<id>` does, without
   * touching the page's URL (which an app's router owns). The checklist's links call it.
   */
  show(id: string): void {
    this.deepLinked = id;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('service')) this.filter = this.service ?? '';
    const config = this.loadedConfig;
    // A case the config lacks (a typo in the attribute) filters nothing, and the count says "all".
    if (config && this.filter && !config.services.some((service) => service.id === this.filter)) {
      this.configuration.reportUnknown('service', this.filter, '$.services');
      this.filter = '';
    }
    // Not while the page's language still loads: the list then sorts anew, and the opened document
    // moved away from the focus and the scroll position it had been given.
    if (config && this.deepLinked && localeSettled()) this.openDeepLinked(config, this.deepLinked);
  }

  override updated(): void {
    // Opened at the bottom edge of the screen, a document's text appeared below it: a keyboard user
    // pressed Enter and saw nothing happen. As much of it as fits comes into view, its name first.
    if (this.revealAfterRender) {
      this.renderRoot.querySelector(`.document[data-id="${CSS.escape(this.revealAfterRender)}"]`)?.scrollIntoView({block: 'nearest'});
      this.revealAfterRender = undefined;
    }
    if (this.focusAfterRender === undefined) return;
    const target = this.focusAfterRender === SEARCH_FIELD ? this.renderRoot.querySelector('input') : this.toggleOf(this.focusAfterRender);
    this.focusAfterRender = undefined;
    target?.focus();
    target?.scrollIntoView?.({block: 'nearest'});
  }

  override render() {
    return renderWithConfig(this, this.configuration, (config) => this.renderFinder(config));
  }

  private get locale(): string {
    return this.localeController.locale;
  }

  private get loadedConfig(): Config | undefined {
    const result = this.configuration.value;
    return result?.ok ? result.config : undefined;
  }

  private text(value: LocalizedText | undefined, config: Config): ReturnType<typeof configText> {
    return configText(value, this.locale, config);
  }

  /**
   * A case in the filter box. An option holds text only, so configText's marked span cannot go in:
   * the option itself carries the language of a name that fell back, as configText would mark it.
   */
  private renderServiceOption(service: Service, config: Config): TemplateResult {
    const name = resolveText(service.name, this.locale, config.language);
    const lang = name && langIfDifferent(name.lang, this.locale);
    return html`<option value=${service.id} ?selected=${service.id === this.filter} lang=${lang ?? nothing}
      dir=${lang ? direction(lang) : nothing}>${name?.text ?? ''}</option>`;
  }

  private plain(value: LocalizedText | undefined, config: Config): string {
    return resolveText(value, this.locale, config.language)?.text ?? '';
  }

  private number(value: number): string {
    return formatNumber(value, this.locale);
  }

  private renderFinder(config: Config): TemplateResult {
    const view = finderView(config, this.locale, this.query, this.filter);
    return html`<section class="finder box" part="finder" lang=${this.locale}>
      ${config.example ? renderExampleNotice() : nothing}
      <div role="heading" aria-level=${headingLevel(this.headingLevel)} class="title" part="heading">${msg('Dokumente finden')}</div>
      <p class="intro">${msg('Was ist dieses Dokument, und wo bekommen Sie es? Suchen Sie in Ihrer Sprache oder mit dem deutschen Wort aus Ihrem Brief.')}</p>
      ${this.renderControls(config)}
      ${!view.searching ? this.renderSuggestions(config) : nothing}
      <p class="count" id="count">${this.countText(view.documents.length, view.searching)}</p>
      ${view.documents.length ? this.renderResults(config, view.documents) : this.renderNoResults(config)}
      ${this.live.render()}
    </section>`;
  }

  private renderControls(config: Config): TemplateResult {
    return html`<form class="controls" role="search" aria-label=${msg('Dokumente')} @submit=${this.onSubmit}>
      <div class="field">
        <label for="query">${msg('Dokument suchen')}</label>
        <input
          id="query"
          part="search"
          type="search"
          autocomplete="off"
          spellcheck="false"
          enterkeyhint="search"
          aria-describedby="count"
          .value=${this.query}
          @input=${this.onInput}
          @keydown=${this.onFieldKeydown}
          @focus=${this.onFieldFocus}
        />
      </div>
      ${config.services.length
        ? html`<div class="field">
            <label for="service">${msg('Für welches Anliegen?')}</label>
            <select id="service" @change=${this.onFilter}>
              <option value="" ?selected=${!this.filter}>${msg('Alle Anliegen')}</option>
              ${config.services.map((service) => this.renderServiceOption(service, config))}
            </select>
          </div>`
        : nothing}
    </form>`;
  }

  /** Before anything is typed: a few documents most cases need, one press away. */
  private renderSuggestions(config: Config): TemplateResult | typeof nothing {
    const suggestions = suggestedDocuments(config, this.filter);
    if (!suggestions.length) return nothing;
    return html`<div class="suggestions">
      <p class="suggestions-label" id="suggestions-label">${msg('Oft gebraucht:')}</p>
      <ul aria-labelledby="suggestions-label">
        ${suggestions.map(
          (document) => html`<li>
            <button type="button" class="suggestion" @click=${() => this.openDocument(document.id)}>
              ${this.text(document.name, config)}
            </button>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private countText(count: number, searching: boolean): string {
    if (searching) return count ? this.foundText(count) : msg('Kein Dokument gefunden.');
    return this.filter
      ? msg(str`Dokumente für dieses Anliegen, A–Z: ${this.number(count)}`)
      : msg(str`Alle Dokumente, A–Z: ${this.number(count)}`);
  }

  /** "3 Dokumente gefunden", in the plural form the visitor's language needs for that number. */
  private foundText(count: number): string {
    const n = this.number(count);
    return pluralMessage(count, this.locale, {
      one: () => msg(str`${n} Dokument gefunden`, {id: 'finder-found-one', desc: 'Plural form "one": 1 (in French 0 and 1; in Ukrainian and Russian also 21, 31, …).'}),
      two: () => msg(str`${n} Dokumente gefunden`, {id: 'finder-found-two', desc: 'Plural form "two": only Arabic uses it (exactly 2). In other languages write it like the "other" form.'}),
      few: () => msg(str`${n} Dokumente gefunden`, {id: 'finder-found-few', desc: 'Plural form "few": Arabic 3–10, Ukrainian and Russian 2–4, 22–24, … In other languages write it like the "other" form.'}),
      many: () => msg(str`${n} Dokumente gefunden`, {id: 'finder-found-many', desc: 'Plural form "many": Arabic 11–99, Ukrainian and Russian 5–20, 25–30, … In other languages write it like the "other" form.'}),
      other: () => msg(str`${n} Dokumente gefunden`, {id: 'finder-found-other', desc: 'Plural form "other": every number the other forms of this language do not cover.'}),
    });
  }

  private renderResults(config: Config, documents: readonly Document[]): TemplateResult {
    // Keyed, so a button keeps its identity (and the focus) when the results reorder around it.
    return html`<ul class="documents" part="results" aria-labelledby="count">
      ${repeat(documents, (document) => document.id, (document) => this.renderDocument(config, document))}
    </ul>`;
  }

  private renderDocument(config: Config, document: Document): TemplateResult {
    const open = this.expanded.has(document.id);
    const shown = resolveText(document.name, this.locale, config.language);
    const german = germanText(document.name, config.language);
    // The German term beside the translation, unless the name already is German.
    const showGerman = german && this.locale !== 'de' && shown?.lang !== 'de';
    return html`<li class="document ${open ? 'open' : ''}" part="document" data-id=${document.id}>
      <div role="heading" aria-level=${headingLevel(this.headingLevel, 1)} class="document-heading">
        <button
          type="button"
          class="toggle"
          id=${`toggle-${document.id}`}
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${`panel-${document.id}`}
          @click=${() => this.toggle(document.id)}
          @keydown=${this.onResultKeydown}
        >
          <span class="chevron" aria-hidden="true"></span>
          <span class="names">
            <span class="name">${this.text(document.name, config)}</span>
            ${showGerman ? html`<span class="official" lang="de" dir="ltr">${german}</span>` : nothing}
          </span>
        </button>
      </div>
      <div class="panel" id=${`panel-${document.id}`} ?hidden=${!open}>${open ? this.renderDetails(config, document) : nothing}</div>
    </li>`;
  }

  /** What it is, where to get it, the link, and the cases that need it. */
  private renderDetails(config: Config, document: Document): TemplateResult {
    const where = resolveText(document.whereToGet, this.locale, config.language);
    const whereGerman = germanText(document.whereToGet, config.language);
    const services = servicesNeeding(config, document.id);
    const url = safeUrl(document.url);
    return html`${document.description ? html`<p class="what">${this.text(document.description, config)}</p>` : nothing}
      <dl class="facts">
        ${where
          ? html`<div>
              <dt>${msg('Wo bekommen Sie es?')}</dt>
              <dd>
                ${this.text(document.whereToGet, config)}
                ${whereGerman && this.locale !== 'de' && where.lang !== 'de' && !where.text.includes(whereGerman)
                  ? html`<span class="official" lang="de" dir="ltr">${whereGerman}</span>`
                  : nothing}
              </dd>
            </div>`
          : nothing}
        ${services.length
          ? html`<div>
              <dt>${msg('Gebraucht für')}</dt>
              <dd>
                <ul class="services">
                  ${services.map((service) => html`<li>${this.renderService(config, service)}</li>`)}
                </ul>
              </dd>
            </div>`
          : nothing}
      </dl>
      ${url
        ? html`<p class="link">
            <a href=${url} target="_blank" rel="noopener noreferrer"
              >${msg('Mehr dazu')}<span class="visually-hidden">: ${this.plain(document.name, config)} ${msg('(öffnet in neuem Tab)')}</span></a
            >
          </p>`
        : nothing}`;
  }

  /** A case that needs the document: a link into the checklist where one is on the page, else its name. */
  private renderService(config: Config, service: Service): TemplateResult {
    if (!checklistOnPage()) return html`${this.text(service.name, config)}`;
    return html`<a
      href=${pageFragmentUrl(`willkommen-service=${encodeURIComponent(service.id)}`)}
      @click=${(event: Event) => this.openInChecklist(event, service.id)}
      >${this.text(service.name, config)}<span class="visually-hidden">: ${msg('Checkliste öffnen')}</span></a
    >`;
  }

  /** Nothing matches: say so, point to the office, and offer the whole list again. */
  private renderNoResults(config: Config): TemplateResult {
    const office: Office = config.offices[0];
    const email = office.email ? safeUrl(`mailto:${office.email}`) : undefined;
    return html`<div class="no-results" part="no-results">
      <p><strong>${msg(str`Zu „${this.query}“ haben wir kein Dokument gefunden.`)}</strong></p>
      <p>${msg('Prüfen Sie die Schreibweise oder versuchen Sie ein anderes Wort. Oder fragen Sie uns, wir helfen gern:')}</p>
      <ul class="contact">
        <li><strong>${this.text(office.name, config)}</strong></li>
        ${office.phone ? html`<li>${msg('Telefon')}: <a href=${telUrl(office.phone)} dir="ltr">${office.phone}</a></li>` : nothing}
        ${email ? html`<li>${msg('E-Mail')}: <a href=${email} dir="ltr">${breakableEmail(office.email!)}</a></li>` : nothing}
      </ul>
      <button type="button" class="show-all" @click=${this.onShowAll}>${msg('Alle Dokumente zeigen')}</button>
    </div>`;
  }

  // --- Handlers -----------------------------------------------------------------------------------

  private onSubmit = (event: Event) => event.preventDefault();

  /** The visitor is about to search: build the index while they start typing, not at page load. */
  private onFieldFocus = guarded(this, () => {
    const config = this.loadedConfig;
    if (config) setTimeout(guarded(this, () => searchFor(config, this.locale).prepare()));
  });

  // Said once typing pauses, not per keystroke: each count queued behind the echo of the letters typed
  // ("22 documents found", "8", "4", "2", "1 document found" for one word). GOV.UK's accessible
  // autocomplete waits 1,400 ms; the visible count and the field's description follow at once.
  private onInput = guarded(this, (event: Event) => {
    this.query = (event.target as HTMLInputElement).value;
    this.live.say('');
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(guarded(this, () => this.announce()), 1000);
  });

  private onFilter = guarded(this, (event: Event) => {
    this.filter = (event.target as HTMLSelectElement).value;
    this.announce();
  });

  private onShowAll = guarded(this, () => {
    this.query = '';
    this.filter = '';
    this.announce();
    // The button goes away with the empty state: the focus goes back to the field, not to the body.
    void this.updateComplete.then(() => this.field?.focus());
  });

  /** In the field: ↓ (or Enter) to the first result, Escape clears. */
  private onFieldKeydown = guarded(this, (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      if (!this.query) return;
      event.preventDefault();
      this.clear();
    } else if (event.key === 'ArrowDown' || event.key === 'Enter') {
      const first = this.toggles()[0];
      if (!first) return;
      event.preventDefault();
      first.focus();
    }
  });

  /** In the list: ↑/↓ to the neighbour, Home/End to the ends, Escape back to a cleared field. */
  private onResultKeydown = guarded(this, (event: KeyboardEvent) => {
    const toggles = this.toggles();
    const at = toggles.indexOf(event.currentTarget as HTMLButtonElement);
    let target: HTMLElement | undefined;
    if (event.key === 'ArrowDown') target = toggles[Math.min(at + 1, toggles.length - 1)];
    else if (event.key === 'ArrowUp') target = at > 0 ? toggles[at - 1] : this.field;
    else if (event.key === 'Home') target = toggles[0];
    else if (event.key === 'End') target = toggles[toggles.length - 1];
    else if (event.key === 'Escape') {
      this.clear();
      target = this.field;
    }
    if (!target) return;
    event.preventDefault();
    target.focus();
  });

  private onHashChange = guarded(this, () => {
    if (location.hash === this.readHash) return;
    const id = deepLinkedId((this.readHash = location.hash));
    if (id) this.show(id);
  });

  private toggle(id: string): void {
    guarded(this, () => {
      const expanded = new Set(this.expanded);
      if (!expanded.delete(id)) {
        expanded.add(id);
        this.revealAfterRender = id;
      }
      this.expanded = expanded;
    })();
  }

  /** Opens a document and puts the focus on it (a suggestion, a deep link). */
  private openDocument(id: string): void {
    guarded(this, () => {
      this.expanded = new Set(this.expanded).add(id);
      this.focusAfterRender = id;
    })();
  }

  /** Called while updating, once the config is there: the hash's document, even if the search hid it. */
  private openDeepLinked(config: Config, id: string): void {
    this.deepLinked = undefined;
    if (!config.documents.some((document) => document.id === id)) {
      console.warn(`[willkommen] <willkommen-document-finder>: no document with the id "${id}" in the config`);
      // A stale or mistyped link showed the visitor nothing at all. Its words go into the search: that
      // finds a renamed document ("residence-card" → "Residence card"), or says whom to ask.
      this.query = id.replace(/[-_]+/g, ' ');
      this.focusAfterRender = SEARCH_FIELD;
      return;
    }
    this.query = '';
    const service = config.services.find((candidate) => candidate.id === this.filter);
    if (service && !service.documents.some((entry) => entry.ref === id)) this.filter = '';
    this.expanded = new Set(this.expanded).add(id);
    this.focusAfterRender = id;
  }

  /** Empties the search; what is open stays open. */
  private clear(): void {
    this.query = '';
    this.announce();
  }

  /** Says how many documents the visitor's search or filter found (politely, after typing). */
  private announce(): void {
    clearTimeout(this.announceTimer);
    const config = this.loadedConfig;
    if (!config) return;
    const view = finderView(config, this.locale, this.query, this.filter);
    this.live.say(this.countText(view.documents.length, view.searching));
  }

  /** Opens the case in the checklist on this page and takes the visitor there, leaving the URL alone. */
  private openInChecklist(event: Event, serviceId: string): void {
    guarded(this, () => {
      const checklist = document.querySelector('willkommen-checklist');
      if (!checklist) return;
      event.preventDefault();
      // Through the checklist's public `service` property. Set twice, so the case opens again even when
      // the property already names it and the visitor has gone back to the list of cases since.
      checklist.service = undefined;
      void checklist.updateComplete.then(async () => {
        checklist.service = serviceId;
        await checklist.updateComplete;
        checklist.scrollIntoView?.({block: 'start'});
        checklist.shadowRoot?.querySelector<HTMLElement>('[part="heading"]')?.focus();
      });
    })();
  }

  private get field(): HTMLInputElement | undefined {
    return this.renderRoot.querySelector<HTMLInputElement>('#query') ?? undefined;
  }

  private toggles(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button.toggle')];
  }

  private toggleOf(id: string): HTMLButtonElement | undefined {
    return this.toggles().find((button) => button.id === `toggle-${id}`);
  }
}

/** Cases link into the checklist only where one is on the page to open them. */
function checklistOnPage(): boolean {
  return document.querySelector('willkommen-checklist') !== null;
}

/** focusAfterRender's name for the search field: no document id is empty. */
const SEARCH_FIELD = '';

declare global {
  interface HTMLElementTagNameMap {
    'willkommen-document-finder': WillkommenDocumentFinder;
  }
}
