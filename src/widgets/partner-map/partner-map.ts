import {LitElement, html, nothing, render, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {localized, msg, str} from '@lit/localize';
import {defineOnce} from '../../core/define.js';
import {headingLevel} from '../../core/heading-level.js';
import {ConfigController} from '../../core/config/config-controller.js';
import type {Config, Office, Partner} from '../../core/config/schema.js';
import {resolveText, type LocalizedText} from '../../core/localized-text.js';
import {safeUrl, telUrl} from '../../core/safe-url.js';
import {compareNames} from '../../core/collation.js';
import {formatDistance, formatNumber, formatTime, languageName, pluralMessage} from '../../core/format.js';
import {storage} from '../../core/storage.js';
import {guarded, reportWidgetError} from '../../core/containment.js';
import {ClockController} from '../../core/clock-controller.js';
import {breakableEmail, configText, renderExampleNotice, renderWithConfig, LiveRegion} from '../../core/notices.js';
import type {OpenState} from '../../core/opening-hours.js';
import {LocaleController, direction} from '../../localization.js';
import {
  categoryList,
  consentKey,
  isPresetCategory,
  languageList,
  listPartners,
  officeOrigin,
  partnerName,
  partnerOpenState,
  partnerPosition,
  tileHost,
  type ListedPartner,
  type PartnerFilter,
  type SortOrder,
} from './partner-map-model.js';
import {categoryIcon} from './category-icons.js';
import type {MapPartner, PartnerMapView} from './map-view.js';
import {leafletStyles, partnerMapStyles} from './partner-map.styles.js';

/** How many partners the list shows before "show more": a town's 1,000 stay quick to filter. */
const PAGE_SIZE = 20;

type MapState = 'off' | 'loading' | 'shown' | 'failed';

/**
 * The town's integration partners (migration counselling, youth migration service, recognition
 * counselling, language courses, welcome centres, ...) as a list that everyone can use, filtered by
 * category and by the language of advice, searchable by name and sorted by distance from the office.
 * A map is offered only where the config names a tile server, and loaded only after the visitor
 * agrees: nothing is requested from the tile server before that click.
 *
 * @summary Local partners as a list and, after consent, a map.
 * @tagname willkommen-partner-map
 * @slot - Fallback content (for example a link to the office's page of partners): shown when the
 *   script cannot run, hidden once the list renders, shown again if it cannot load its data.
 * @csspart partners - The outer box.
 * @csspart heading - The title.
 * @csspart filters - The search, category, language and sort fields.
 * @csspart list - The list of partners.
 * @csspart partner - One partner of the list.
 * @csspart consent - The panel that asks before the map loads.
 * @csspart map - The map, once loaded.
 * @csspart example-notice - The note that the data is an example.
 * @csspart error - The message shown when the data cannot be used.
 * @cssprop --willkommen-color-accent - Accent colour (markers, selected partner). Default #0b5394.
 * @cssprop --willkommen-color-on-accent - Text and icons on the accent colour. Default white.
 * @cssprop --willkommen-color-success - Good state (open now, ready items). Default #0a6b36 mixed 60:40 with the text colour.
 * @cssprop --willkommen-color-danger - Bad state (closed, items you cannot get, errors). Default #b3261e mixed 60:40 with the text colour.
 * @cssprop --willkommen-color-text - Text colour. Default: inherited from the page.
 * @cssprop --willkommen-color-surface - Background. Default transparent.
 * @cssprop --willkommen-color-border - Border colour. Default: text colour at 45 %.
 * @cssprop --willkommen-color-focus - Focus ring. Default #e07000.
 * @cssprop --willkommen-font - Font family. Default: inherited from the page.
 * @cssprop --willkommen-radius - Corner radius. Default 0.5em.
 * @cssprop --willkommen-spacing - Base spacing. Default 1em.
 * @fires willkommen-config-error - The config cannot be used, or has mistakes the widgets leave out; `detail.issues` lists `{path, message}`.
 * @attr lang - The UI language (de, en, ar, …); without it the nearest ancestor's `lang`, `<html lang>`, the browser's languages, then German. A language the visitor picked in the language picker wins.
 */
@defineOnce('willkommen-partner-map')
@localized()
export class WillkommenPartnerMap extends LitElement {
  static override styles = partnerMapStyles;

  /** URL of a config JSON file, or `#id` of an inline `<script type="application/json">`. */
  @property() config?: string;

  /** Category id to filter by at first (the visitor can change it). */
  @property() category?: string;

  /** Heading level of the title (2–6), to fit the host page's outline. */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 2;

  /** A fixed instant instead of the real clock (stories, tests). */
  @property({attribute: false}) now?: Date;

  /** The visitor's filters. */
  @state() private filter: PartnerFilter = {};
  @state() private sort: SortOrder = 'name';
  /** How many of the filtered partners the list shows. */
  @state() private shown = PAGE_SIZE;
  @state() private mapState: MapState = 'off';
  /** "Remember my choice" is ticked (stored only when the map is then loaded). */
  @state() private remember = false;
  /** The visitor's earlier "remember" is stored. */
  @state() private remembered = false;
  /** The partner chosen on the map or in the list. */
  @state() private selectedId?: string;
  /** Says how many partners the filters found, and what became of the map. */
  private readonly live = new LiveRegion(this);

  private readonly localeController = new LocaleController(this);
  private readonly clock = new ClockController(this);
  private readonly configuration = new ConfigController(this);
  /**
   * The map, once loaded. It lives as long as the element: moving the element in the page keeps it,
   * and it holds no listener outside its own container, so it goes with the element.
   */
  private view?: PartnerMapView;
  /** The partners drawn on the map, by id list, so the map is redrawn only when they change. */
  private drawnKey = '';
  /** The config whose stored consent was looked at (once per config). */
  private consentChecked?: Config;
  /** The filtered, ordered partners of this update (computed in willUpdate). */
  private listed: ListedPartner[] = [];
  /** The next update says how many partners the filters found. */
  private announceCount = false;

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('category')) this.filter = {...this.filter, category: this.category || undefined};
    const config = this.loadedConfig;
    if (config) {
      // A category the list does not offer (a typo in the attribute) filters nothing: an empty list
      // would leave the visitor with nobody to turn to. The page and the console hear of it once.
      if (this.filter.category && !categoryList(config).some((entry) => entry.id === this.filter.category)) {
        this.configuration.reportUnknown('category', this.filter.category, '$.categories');
        this.filter = {...this.filter, category: undefined};
      }
      const origin = officeOrigin(config.offices[0]);
      this.listed = listPartners(config, this.filter, {sort: this.sort, locale: this.locale, origin});
      const count = this.listed.length;
      if (this.announceCount) this.live.say(this.foundText(count));
      this.announceCount = false;
    }
    if (config && this.consentChecked !== config) {
      // Another config (the attribute changed): its map, if any, is drawn anew in a new container; the
      // old view stayed behind in the one its tiles-less config removed, and the map area was blank.
      if (this.consentChecked) {
        this.view = undefined;
        this.mapState = 'off';
      }
      this.consentChecked = config;
      // Reading is not storing: a visitor who asked to be remembered gets the map straight away.
      const tiles = config.map?.tiles;
      this.remembered = !!tiles && storage.get(consentKey(tiles)) === 'yes';
      if (this.remembered && this.mapState === 'off') void this.updateComplete.then(() => this.loadMap(config));
    }
  }

  override render() {
    this.clock.fixed = this.now;
    return renderWithConfig(this, this.configuration, (config) => this.renderPartners(config));
  }

  override updated(): void {
    this.syncMap();
  }

  private get locale(): string {
    return this.localeController.locale;
  }

  private get loadedConfig(): Config | undefined {
    const result = this.configuration.value;
    return result?.ok ? result.config : undefined;
  }

  private renderPartners(config: Config): TemplateResult {
    const office = config.offices[0];
    const origin = officeOrigin(office);
    const count = this.listed.length; // filtered and ordered in willUpdate
    return html`<section class="partners box" part="partners" lang=${this.locale}>
      ${config.example ? renderExampleNotice() : nothing}
      <div role="heading" aria-level=${headingLevel(this.headingLevel)} class="title" part="heading">${msg('Beratung und Hilfe in Ihrer Nähe')}</div>
      ${this.renderFilters(config, !!origin)}
      <p class="count" id="count">${this.foundText(count)}</p>
      ${this.live.render()}
      ${config.map?.tiles ? this.renderMapArea(config, config.map.tiles) : nothing}
      ${this.renderList(config, office)}
    </section>`;
  }

  private text(value: LocalizedText | undefined, config: Config): ReturnType<typeof configText> {
    return configText(value, this.locale, config);
  }

  private number(value: number): string {
    return formatNumber(value, this.locale);
  }

  /** "12 Angebote", in the plural form the visitor's language needs for that number. */
  private foundText(count: number): string {
    const n = this.number(count);
    return pluralMessage(count, this.locale, {
      zero: () => msg(str`${n} Angebote`, {id: 'partners-count-zero', desc: 'Plural form "zero": only Arabic uses it (exactly 0). In other languages write it like the "other" form.'}),
      one: () => msg(str`${n} Angebot`, {id: 'partners-count-one', desc: 'Plural form "one": 1 (in French 0 and 1; in Ukrainian and Russian also 21, 31, …).'}),
      two: () => msg(str`${n} Angebote`, {id: 'partners-count-two', desc: 'Plural form "two": only Arabic uses it (exactly 2). In other languages write it like the "other" form.'}),
      few: () => msg(str`${n} Angebote`, {id: 'partners-count-few', desc: 'Plural form "few": Arabic 3–10, Ukrainian and Russian 2–4, 22–24, … In other languages write it like the "other" form.'}),
      many: () => msg(str`${n} Angebote`, {id: 'partners-count-many', desc: 'Plural form "many": Arabic 11–99, Ukrainian and Russian 5–20, 25–30, … In other languages write it like the "other" form.'}),
      other: () => msg(str`${n} Angebote`, {id: 'partners-count-other', desc: 'Plural form "other": every number the other forms of this language do not cover.'}),
    });
  }

  // --- Filters ------------------------------------------------------------------------------------

  private renderFilters(config: Config, canSortByDistance: boolean): TemplateResult {
    const categories = categoryList(config);
    const compare = compareNames(this.locale);
    const languages = languageList(config)
      .map((code) => ({code, name: languageName(code, this.locale)}))
      .sort((a, b) => compare(a.name, b.name));
    const filter = this.filter;
    return html`<form class="filters" part="filters" role="search" aria-label=${msg('Angebote filtern')} @submit=${this.onSubmit}>
      <label
        >${msg('Nach Namen suchen')}
        <input type="search" name="query" autocomplete="off" .value=${filter.query ?? ''} @input=${this.onQuery}
      /></label>
      <label
        >${msg('Art des Angebots')}
        <select name="category" @change=${this.onCategory}>
          <option value="" ?selected=${!filter.category}>${msg('Alle Angebote')}</option>
          ${categories.map(
            (entry) => html`<option value=${entry.id} ?selected=${filter.category === entry.id}>${this.categoryName(entry.id, config)}</option>`,
          )}
        </select></label
      >
      <label
        >${msg('Beratung in der Sprache')}
        <select name="language" @change=${this.onLanguage}>
          <option value="" ?selected=${!filter.language}>${msg('Alle Sprachen')}</option>
          ${languages.map(
            (language) => html`<option value=${language.code} ?selected=${filter.language === language.code}>${language.name}</option>`,
          )}
        </select></label
      >
      ${canSortByDistance
        ? html`<label
            >${msg('Sortieren')}
            <select name="sort" @change=${this.onSort}>
              <option value="name" ?selected=${this.sort === 'name'}>${msg('Nach Namen')}</option>
              <option value="distance" ?selected=${this.sort === 'distance'}>${msg('Nach Entfernung zum Amt')}</option>
            </select></label
          >`
        : nothing}
    </form>`;
  }

  /** A category's name: the config's own, else the preset's UI string, else its id. */
  private categoryName(id: string, config: Config): TemplateResult | string {
    const own = config.categories.find((category) => category.id === id)?.name;
    if (own) return this.text(own, config) as TemplateResult;
    return isPresetCategory(id) ? presetCategoryName(id) : id;
  }

  private categoryPlain(id: string, config: Config): string {
    const own = config.categories.find((category) => category.id === id)?.name;
    if (own) return resolveText(own, this.locale, config.language)?.text ?? id;
    return isPresetCategory(id) ? presetCategoryName(id) : id;
  }

  // --- The list -----------------------------------------------------------------------------------

  private renderList(config: Config, office: Office): TemplateResult {
    const visible = this.listed.slice(0, this.shown);
    const rest = this.listed.length - visible.length;
    if (!this.listed.length) {
      return html`<p class="empty">${msg('Kein Angebot passt zu Ihrer Auswahl. Ändern Sie die Filter, um mehr zu sehen.')}</p>`;
    }
    return html`<ul class="list" part="list" aria-labelledby="count">
        ${visible.map((entry) => this.renderPartner(config, office, entry))}
      </ul>
      ${rest > 0
        ? html`<p class="more">
            <button type="button" @click=${this.onShowMore}>${msg(str`Weitere anzeigen (${this.number(rest)})`)}</button>
          </p>`
        : nothing}`;
  }

  private renderPartner(config: Config, office: Office, {partner, distance}: ListedPartner): TemplateResult {
    const properties = partner.properties;
    const selected = this.selectedId === properties.id;
    const state = partnerOpenState(partner, office, this.clock.now);
    return html`<li class="partner ${selected ? 'selected' : ''}" part="partner" data-id=${properties.id}>
      <div role="heading" aria-level=${headingLevel(this.headingLevel, 1)} class="name" tabindex="-1">${this.text(properties.name, config)}</div>
      <p class="meta">
        <span class="category">${categoryIcon(properties.category)}${this.categoryName(properties.category, config)}</span>
        ${distance !== undefined ? html`<span class="distance">${msg(str`${formatDistance(distance, this.locale)} vom Amt`)}</span>` : nothing}
        ${state ? this.renderStatus(state) : nothing}
      </p>
      ${properties.description ? html`<p class="description">${this.text(properties.description, config)}</p>` : nothing}
      ${this.renderLanguages(partner)} ${this.renderContact(partner)}
      ${this.mapState === 'shown'
        ? html`<p class="show-on-map">
            <button type="button" class="secondary" @click=${() => this.onShowOnMap(properties.id)}>
              ${msg('Auf der Karte zeigen')}<span class="visually-hidden">: ${this.text(partner.properties.name, config)}</span>
            </button>
          </p>`
        : nothing}
    </li>`;
  }

  private renderStatus({open, next}: OpenState): TemplateResult {
    const time = next ? formatTime(next.time, this.locale) : '';
    // Only the same day's change: the list is for finding a place, the partner's page has the week.
    const today = next && open ? msg(str`schließt um ${time}`) : '';
    return html`<span class="status ${open ? 'open' : 'closed'}">
      <span class="dot" aria-hidden="true"></span>${open ? msg('Jetzt geöffnet') : msg('Jetzt geschlossen')}${today
        ? html`<span aria-hidden="true"> · </span>${today}`
        : nothing}
    </span>`;
  }

  private renderLanguages(partner: Partner): TemplateResult | typeof nothing {
    const languages = partner.properties.languages;
    if (!languages.length) return nothing;
    return html`<p class="languages-label">${msg('Beratung auf:')}</p>
      <ul class="tags">
        ${languages.map((code) => html`<li>${languageName(code, this.locale)}</li>`)}
      </ul>`;
  }

  private renderContact(partner: Partner): TemplateResult | typeof nothing {
    const {address, phone, email} = partner.properties;
    const website = safeUrl(partner.properties.website);
    if (!address && !phone && !email && !website) return nothing;
    return html`<dl class="contact">
      ${address
        ? html`<dt>${msg('Adresse')}</dt>
            <dd><address lang="de" dir="ltr">${address.street}, ${address.postalCode} ${address.locality}</address></dd>`
        : nothing}
      ${phone
        ? html`<dt>${msg('Telefon')}</dt>
            <dd><a href=${telUrl(phone)} dir="ltr">${phone}</a></dd>`
        : nothing}
      ${email
        ? html`<dt>${msg('E-Mail')}</dt>
            <dd><a href=${`mailto:${email}`} dir="ltr">${breakableEmail(email)}</a></dd>`
        : nothing}
      ${website
        ? html`<dt>${msg('Website')}</dt>
            <dd>
              <a href=${website} target="_blank" rel="noopener noreferrer"
                ><span dir="ltr">${new URL(website, document.baseURI).host || website}</span><span class="visually-hidden"> ${msg('(öffnet in neuem Tab)')}</span></a
              >
            </dd>`
        : nothing}
    </dl>`;
  }

  // --- The map ------------------------------------------------------------------------------------

  private renderMapArea(config: Config, tiles: string): TemplateResult {
    // A named group, not a named section (a landmark): two maps on a page would share its name.
    return html`<div class="map-area" role="group" aria-label=${msg('Karte')}>
      ${this.mapState === 'off' ? this.renderConsent(tiles) : nothing}
      ${this.mapState === 'loading' ? html`<p role="status">${msg('Die Karte wird geladen …')}</p>` : nothing}
      ${this.mapState === 'failed'
        ? html`<p class="notice error" role="alert">${msg('Die Karte konnte nicht geladen werden. Die Liste enthält alle Angaben.')}</p>`
        : nothing}
      ${this.mapState === 'shown'
        ? html`<!-- Shows only while it has focus, like a skip link. -->
            <button type="button" class="skip visually-hidden-until-focus" @click=${this.onSkipMap}>${msg('Karte überspringen')}</button>
            <div class="map-tools">
            <button type="button" @click=${() => this.view?.zoomBy(1)}>
              <span aria-hidden="true">+</span><span class="visually-hidden">${msg('Karte vergrößern')}</span>
            </button>
            <button type="button" @click=${() => this.view?.zoomBy(-1)}>
              <span aria-hidden="true">−</span><span class="visually-hidden">${msg('Karte verkleinern')}</span>
            </button>
            ${this.remembered
              ? html`<button type="button" class="secondary" @click=${this.onForgetConsent}>${msg('Karte nicht mehr automatisch laden')}</button>`
              : nothing}
          </div>`
        : nothing}
      ${this.mapState === 'loading' || this.mapState === 'shown'
        ? html`<div
            class="map"
            part="map"
            role="group"
            aria-label=${msg('Karte der Angebote')}
            aria-describedby="map-hint"
          ></div>`
        : nothing}
      ${this.mapState === 'shown'
        ? html`<p class="hint" id="map-hint">${msg('Pfeiltasten verschieben die Karte, Plus und Minus zoomen. Alle Angaben stehen auch in der Liste.')}</p>
            <p class="attribution">
              ${config.map?.attribution ? html`${this.text(config.map.attribution, config)} · ` : nothing}<a
                href="https://leafletjs.com"
                target="_blank"
                rel="noopener noreferrer"
                lang="en"
                >Leaflet<span class="visually-hidden"> ${msg('(öffnet in neuem Tab)')}</span></a
              >
            </p>`
        : nothing}
    </div>`;
  }

  private renderConsent(tiles: string): TemplateResult {
    const host = tileHost(tiles);
    return html`<div class="consent" part="consent">
      <p class="consent-title">${msg('Karte anzeigen?')}</p>
      <p>
        ${msg(str`Die Karte wird von ${host} geladen. Dieser Server erhält dabei Ihre IP-Adresse, Angaben zu Ihrem Browser und den gezeigten Kartenausschnitt. Vorher wird nichts geladen.`)}
      </p>
      <label
        ><input type="checkbox" .checked=${this.remember} @change=${this.onRemember} />
        ${msg('Meine Wahl auf diesem Gerät merken')}</label
      >
      <button type="button" class="load-map" @click=${this.onLoadMap}>${msg('Karte laden')}</button>
    </div>`;
  }

  /** Evaluates Leaflet (lazily inlined in the one file) and draws the filtered partners. */
  private async loadMap(config: Config): Promise<void> {
    const tiles = config.map?.tiles;
    if (!tiles || this.mapState === 'loading' || this.mapState === 'shown') return;
    this.mapState = 'loading';
    try {
      await this.updateComplete;
      const container = this.renderRoot.querySelector<HTMLElement>('.map');
      const root = this.renderRoot as ShadowRoot;
      if (!container) throw new Error('no map container');
      const {createPartnerMap} = await import('./map-view.js');
      // Leaflet's CSS only now, and only inside this shadow root.
      const sheet = leafletStyles.styleSheet;
      if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      const office = config.offices[0];
      const center = config.map?.center ?? office.geo ?? (config.partners.features[0] ? partnerPosition(config.partners.features[0]) : {lat: 51.16, lon: 10.45});
      this.view = createPartnerMap({
        container,
        tiles,
        center,
        zoom: config.map?.zoom ?? 13,
        reducedMotion: window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
        clusterLabel: (count) => msg(str`${this.number(count)} Angebote hier, zum Vergrößern wählen`),
        formatCount: (count) => this.number(count),
        popupContent: (id, close) => this.popupContent(config, id, close),
        onSelect: (id) => this.select(id),
      });
      this.drawnKey = '';
      this.syncMap();
      this.mapState = 'shown';
      this.live.say(msg('Die Karte ist geladen.'));
      container.focus({preventScroll: true});
    } catch (error) {
      reportWidgetError(this, error);
      this.mapState = 'failed';
    }
  }

  /** Keeps the markers in step with the list's filters. */
  private syncMap(): void {
    const config = this.loadedConfig;
    if (!this.view || !config) return;
    const key = this.listed.map((entry) => entry.partner.properties.id).join(' ');
    if (key === this.drawnKey) return;
    this.drawnKey = key;
    const partners: MapPartner[] = this.listed.map(({partner}) => ({
      id: partner.properties.id,
      ...partnerPosition(partner),
      category: partner.properties.category,
      label: `${partnerName(partner, this.locale, config.language)} (${this.categoryPlain(partner.properties.category, config)})`,
    }));
    this.view.setPartners(partners);
  }

  /** The popup of a marker, as an Element (Leaflet would write a string with innerHTML). */
  private popupContent(config: Config, id: string, close: () => void): HTMLElement {
    const partner = config.partners.features.find((candidate) => candidate.properties.id === id)!;
    const properties = partner.properties;
    const body = document.createElement('div');
    body.className = 'popup-body';
    body.lang = this.locale;
    body.dir = direction(this.locale);
    render(
      html`<div role="heading" aria-level=${headingLevel(this.headingLevel, 1)} class="name" tabindex="-1" data-autofocus>
          ${this.text(properties.name, config)}
        </div>
        <p class="category">${categoryIcon(properties.category)}${this.categoryName(properties.category, config)}</p>
        ${properties.address
          ? html`<p><span lang="de" dir="ltr">${properties.address.street}, ${properties.address.postalCode} ${properties.address.locality}</span></p>`
          : nothing}
        <p class="popup-actions">
          <button type="button" @click=${() => this.onShowInList(id)}>${msg('In der Liste zeigen')}</button>
          <button type="button" @click=${close}>${msg('Schließen')}</button>
        </p>`,
      body,
    );
    return body;
  }

  private select(id: string): void {
    this.selectedId = id;
    const index = this.listed.findIndex((entry) => entry.partner.properties.id === id);
    if (index >= this.shown) this.shown = index + 1;
  }

  // --- Handlers -----------------------------------------------------------------------------------

  private onSubmit = (event: Event) => event.preventDefault();

  private onQuery = guarded(this, (event: Event) => {
    this.setFilter({query: (event.target as HTMLInputElement).value});
  });

  private onCategory = guarded(this, (event: Event) => {
    this.setFilter({category: (event.target as HTMLSelectElement).value || undefined});
  });

  private onLanguage = guarded(this, (event: Event) => {
    this.setFilter({language: (event.target as HTMLSelectElement).value || undefined});
  });

  private onSort = guarded(this, (event: Event) => {
    this.sort = (event.target as HTMLSelectElement).value === 'distance' ? 'distance' : 'name';
  });

  private setFilter(change: Partial<PartnerFilter>): void {
    this.filter = {...this.filter, ...change};
    this.shown = PAGE_SIZE;
    this.announceCount = true;
  }

  private onShowMore = guarded(this, () => {
    const first = this.shown;
    this.shown += PAGE_SIZE;
    // Keyboard users continue at the first partner that was added, not at the end of the page.
    void this.updateComplete.then(() => this.renderRoot.querySelectorAll<HTMLElement>('.partner .name')[first]?.focus());
  });

  private onRemember = guarded(this, (event: Event) => {
    this.remember = (event.target as HTMLInputElement).checked;
  });

  private onLoadMap = guarded(this, () => {
    const config = this.loadedConfig;
    const tiles = config?.map?.tiles;
    if (!config || !tiles) return;
    // Stored only because the visitor ticked it, and only now that they load the map.
    if (this.remember) this.remembered = storage.set(consentKey(tiles), 'yes') || storage.get(consentKey(tiles)) === 'yes';
    void this.loadMap(config);
  });

  private onForgetConsent = guarded(this, () => {
    const tiles = this.loadedConfig?.map?.tiles;
    if (tiles) storage.remove(consentKey(tiles));
    this.remembered = false;
    this.remember = false;
    this.live.say(msg('Die Karte wird nicht mehr automatisch geladen.'));
    // The button goes: the focus moves to the one before it, not to the page's start.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.map-tools button:last-child')?.focus());
  });

  /** Past the map's many markers straight to the list, as a skip link does. */
  private onSkipMap = guarded(this, () => {
    this.renderRoot.querySelector<HTMLElement>('.partner .name')?.focus();
  });

  private onShowOnMap(id: string): void {
    guarded(this, () => {
      this.selectedId = id;
      const map = this.renderRoot.querySelector<HTMLElement>('.map');
      map?.scrollIntoView({block: 'nearest', behavior: 'auto'});
      this.view?.select(id);
    })();
  }

  private onShowInList(id: string): void {
    guarded(this, () => {
      this.select(id);
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`.partner[data-id="${CSS.escape(id)}"] .name`)?.focus(),
      );
    })();
  }
}

/** The preset categories' names are UI text: translated like every other string. */
export function presetCategoryName(id: string): string {
  switch (id) {
    case 'migration-counselling':
      return msg('Migrationsberatung für Erwachsene');
    case 'youth-migration':
      return msg('Jugendmigrationsdienst');
    case 'recognition':
      return msg('Anerkennungsberatung');
    case 'language-courses':
      return msg('Integrations- und Sprachkurse');
    case 'welcome-centre':
      return msg('Welcome Center');
    case 'employment':
      return msg('Jobcenter und Agentur für Arbeit');
    case 'health':
      return msg('Gesundheit');
    case 'housing':
      return msg('Wohnen');
    case 'legal':
      return msg('Rechts- und Flüchtlingsberatung');
    case 'women-lgbtq':
      return msg('Frauen und LSBTIQ*');
    case 'community':
      return msg('Gemeinschaft und Ehrenamt');
    default:
      return id;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'willkommen-partner-map': WillkommenPartnerMap;
  }
}
