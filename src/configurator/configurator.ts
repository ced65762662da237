/**
 * The configurator: a page for office staff to make their office's config without reading JSON.
 *
 * Its UI is written in German directly, without msg()/XLIFF: it is a tool for the webmasters of German
 * offices, not for visitors, so it is not translated (and `npm run localize:extract`, which only
 * collects msg() calls, finds nothing here). It is NOT part of dist/willkommen.js: vite.configurator.config.ts
 * builds it as an app of its own into site/configurator/.
 *
 * It edits the RAW JSON (so an export keeps every key the file had), validates it live with the same
 * parseConfig the widgets use, and previews the real widgets on the last valid state.
 */
import {LitElement, html, nothing, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {live} from 'lit/directives/live.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../index.js';
import template from '../../examples/musterstadt.json';
import {defineOnce} from '../core/define.js';
import {forgetLoadedConfigs} from '../core/config/load.js';
import {parseConfig, parseConfigText, type ConfigIssue, type ConfigResult} from '../core/config/validate.js';
import {checkConfigText, type ConfigReport} from '../cli/config-report.js';
import {ClockController} from '../core/clock-controller.js';
import {languageName} from '../core/format.js';
import {LOCALES, applyLocale, direction} from '../localization.js';
import {
  REGIONS,
  addPartner,
  addQuestion,
  addDocument,
  addServiceDocument,
  documentList,
  documentsNotIn,
  keywordsIn,
  moveDocument,
  moveServiceDocument,
  removeDocument,
  removeServiceDocument,
  addService,
  removeService,
  serviceList,
  servicesUsing,
  setKeywords,
  conditionOf,
  parseCopies,
  removeQuestion,
  setCondition,
  type Condition,
  categoryLabel,
  closuresOf,
  importPartnersCsv,
  parseCoordinateInput,
  parseOfficeGeo,
  addCategory,
  ownCategories,
  removeCategory,
  partnerCategories,
  partnerList,
  removePartner,
  type CsvImport,
  configLanguages,
  contentLanguage,
  describeHoursPreview,
  editorLocales,
  embedSnippet,
  DEFAULT_SNIPPET_WIDGETS,
  SNIPPET_WIDGETS,
  SOURCE_LOCALE,
  outdatedLocales,
  typedKey,
  unfinishedLocales,
  withoutLocales,
  type SnippetWidget,
  exportFileName,
  exportText,
  getIn,
  issuesAt,
  missingLocales,
  parseLanguageList,
  previewHours,
  setIn,
  setText,
  textIn,
  inGerman,
  reportInGerman,
  resultInGerman,
  type AddedEntry,
  type Json,
  type PathKey,
} from './configurator-model.js';
import {configuratorStyles} from './configurator.styles.js';
import type {CoordinateView} from './coordinate-view.js';
import {tileHost} from '../widgets/partner-map/partner-map-model.js';
import {PRESET_CATEGORIES} from '../core/config/schema.js';
import {leafletStyles} from '../widgets/partner-map/partner-map.styles.js';

/**
 * The Subresource Integrity value of dist/willkommen.js, defined by vite.configurator.config.ts when
 * that file existed at build time; in dev and tests it is not defined.
 */
declare const __WILLKOMMEN_INTEGRITY__: string | null;
const builtIntegrity = (): string | undefined =>
  typeof __WILLKOMMEN_INTEGRITY__ === 'string' && __WILLKOMMEN_INTEGRITY__ ? __WILLKOMMEN_INTEGRITY__ : undefined;

/** How long typing pauses before the widgets in the preview reload the config. */
const PREVIEW_DELAY_MS = 300;

/** Whose position the map picker sets: a partner's, or an office's (`index` into its list). */
interface PickerTarget {
  kind: 'partner' | 'office';
  index: number;
}

/** The picker's element ids: the partner's as they always were, the office's with a prefix of its own. */
const pickerPrefix = (kind: PickerTarget['kind']) => (kind === 'office' ? 'office-' : '');

interface FieldOptions {
  id: string;
  label: string;
  path: PathKey[];
  type?: 'text' | 'tel' | 'email' | 'url';
  autocomplete?: string;
  inputmode?: string;
  help?: string | TemplateResult;
  multiline?: boolean;
  lang?: string;
  maxlength?: number;
}

let previewCounter = 0;

/** A fresh copy of the example template (examples/musterstadt.json, bundled into the page). */
const templateJson = (): Json => structuredClone(template) as unknown as Json;

/**
 * Makes and checks an office's config in the browser, with no server: open the example template or a
 * file, edit the office, see every problem with its JSON path, preview the real widgets in any
 * language, download the JSON and copy the embed code.
 *
 * The tag is `willkommen-configurator`; there is no `@tagname` on purpose, so that `npm run analyze`
 * (which reads all of src/) does not list it in the package's manifest among the widgets.
 *
 * @summary The configurator for office staff (German UI).
 * @fires willkommen-configurator-export - The JSON was exported; `detail` holds `text`, `fileName` and
 *   `report` (the validator's report with line and column).
 */
@defineOnce('willkommen-configurator')
export class WillkommenConfigurator extends LitElement {
  static override styles = configuratorStyles;

  /** A fixed instant instead of the real clock (tests, "what if" previews of the opening hours). */
  @property({attribute: false}) now?: Date;

  /** The config being edited, as raw JSON: what an export writes. Change it through `load()`. */
  get json(): Json | undefined {
    return this.draft;
  }

  @state() private draft: Json | undefined = templateJson();
  /**
   * The config as it was opened, never edited: a translation that still reads as it did then, under a
   * German text that changed since, is outdated (see outdatedLocales).
   */
  private snapshot: Json | undefined = this.draft;
  /** Where the snapshot came from, for the status line: the template's texts, or the opened file's. */
  private snapshotOrigin: 'template' | 'file' = 'template';
  /** The translations typed since opening (keys from typedKey): the webmaster's own, never outdated. */
  @state() private typedTranslations: ReadonlySet<string> = new Set();
  /** The polite message of the one text whose outdated translations were just removed. */
  @state() private translationMessage?: {id: string; text: string};
  /** The widget elements the snippet lists (the page's choice, kept when another file is opened). */
  @state() private snippetWidgets: readonly SnippetWidget[] = DEFAULT_SNIPPET_WIDGETS;
  /** The service the snippet's checklist opens directly; empty: the visitor picks. */
  @state() private snippetService = '';
  /** The polite message about what the snippet now holds. */
  @state() private snippetMessage = '';

  /** Which office of the config the form edits. */
  @state() private officeIndex = 0;
  /** The language of the texts being edited. */
  @state() private editLocale = 'de';
  /** The widgets' UI language in the preview. */
  @state() private previewLocale = 'de';
  @state() private result: ConfigResult = resultInGerman(parseConfig(this.json));
  /** `#id` of the inline JSON the preview widgets read. */
  @state() private previewSource?: string;
  @state() private exported?: {text: string; fileName: string; report: ConfigReport};
  @state() private openMessage?: string;
  @state() private copyMessage = '';
  /** The languages field as typed ("de, "), so re-rendering does not eat a trailing comma. */
  @state() private languagesDraft?: string;

  /** The partner the form edits (index into partners.features). */
  @state() private partnerIndex?: number;
  /** The partner whose removal waits for confirmation. */
  @state() private removeIndex?: number;
  @state() private partnerMessage = '';
  /** Latitude and longitude as typed, so a half-typed or wrong value stays in its field. */
  @state() private coordinateDraft: {lat?: string; lon?: string} = {};
  @state() private csvImport?: CsvImport;

  /** Whose coordinates are being picked on the map (the map is loaded only then). */
  @state() private pickerTarget?: PickerTarget;
  /** The picker's polite message, shown by the picker it is about (the office's or the partner's). */
  @state() private pickerMessage: {kind: PickerTarget['kind']; text: string} = {kind: 'partner', text: ''};
  /** The office's latitude and longitude as typed (see coordinateDraft). */
  @state() private officeGeoDraft: {lat?: string; lon?: string} = {};
  private pickerView?: CoordinateView;
  /** Bumped on every open and close, so a map that finished loading too late is thrown away. */
  private pickerGeneration = 0;

  /** The own category whose removal waits for confirmation. */
  @state() private categoryRemove?: number;
  /** The polite message about the own categories (added, removed, or why not). */
  @state() private categoriesMessage = '';

  /** The question whose removal waits for confirmation. */
  @state() private questionRemove?: {service: number; question: number};
  /** The polite message per service (question added or removed). */
  @state() private serviceMessage: Record<number, string> = {};
  /** Copies as typed, per service document (key: the field's id prefix). */
  @state() private copiesDraft: Record<string, string> = {};
  /** The service document whose removal waits for confirmation. */
  @state() private serviceDocumentRemove?: {service: number; document: number};
  /** The polite message per service about its documents (added, moved, removed). */
  @state() private serviceDocumentMessage: Record<number, string> = {};
  /** The service whose removal waits for confirmation. */
  @state() private serviceRemove?: number;
  /** The polite message about the services (added, removed). */
  @state() private servicesMessage = '';
  /** The service just added: its details open. */
  @state() private openService?: number;
  /** The config document whose removal waits for confirmation. */
  @state() private documentRemove?: number;
  /** The polite message about the config's documents (added, moved, removed). */
  @state() private documentMessage = '';
  /** The document just added: its details open. */
  @state() private openDocument?: number;
  /** Keywords as typed, per document and language (key: "index-locale"), so a trailing comma stays. */
  @state() private keywordsDraft: Record<string, string> = {};

  private readonly clock = new ClockController(this);
  private previewScript?: HTMLScriptElement;
  private previewTimer?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    super.connectedCallback();
    this.updatePreview();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.previewTimer);
    this.closePicker(false);
    this.previewScript?.remove();
    this.previewScript = undefined;
  }

  /**
   * Replaces the config being edited (a file opened, the template loaded): any parsed JSON value. Its
   * texts as they are now are what later changes are compared with (`origin` names them in the UI).
   */
  load(json: unknown, origin: 'template' | 'file' = 'file'): void {
    this.draft = json as Json | undefined;
    this.snapshot = structuredClone(this.draft);
    this.snapshotOrigin = origin;
    this.typedTranslations = new Set();
    this.translationMessage = undefined;
    this.officeIndex = 0;
    this.languagesDraft = undefined;
    this.partnerIndex = undefined;
    this.removeIndex = undefined;
    this.coordinateDraft = {};
    this.csvImport = undefined;
    this.partnerMessage = '';
    this.closePicker(false);
    this.pickerMessage = {kind: 'partner', text: ''};
    this.officeGeoDraft = {};
    this.categoryRemove = undefined;
    this.categoriesMessage = '';
    this.questionRemove = undefined;
    this.serviceMessage = {};
    this.copiesDraft = {};
    this.serviceDocumentRemove = undefined;
    this.serviceDocumentMessage = {};
    this.serviceRemove = undefined;
    this.servicesMessage = '';
    this.openService = undefined;
    this.documentRemove = undefined;
    this.documentMessage = '';
    this.openDocument = undefined;
    this.keywordsDraft = {};
    this.exported = undefined;
    this.result = resultInGerman(parseConfig(this.json));
    this.updatePreview();
  }

  override render() {
    this.clock.fixed = this.now;
    return html`<h1>Willkommen-Konfigurator</h1>
      <p>
        Hier erstellen Sie die Angaben Ihres Amtes für die Willkommen-Widgets, ohne JSON zu schreiben. Alles bleibt in
        diesem Browser: nichts wird hochgeladen.
      </p>
      <div class="layout">
        <div class="main">${this.renderOpen()} ${this.renderOffice()} ${this.renderPartners()} ${this.renderServices()}</div>
        <div class="side">${this.renderValidation()} ${this.renderExport()} ${this.renderPreview()}</div>
      </div>`;
  }

  private renderOpen(): TemplateResult {
    return html`<section aria-labelledby="open-heading" class="box">
      <h2 id="open-heading">1. Öffnen</h2>
      <div class="actions">
        <button type="button" id="load-template" @click=${this.loadTemplate}>Vorlage „Musterstadt“ laden</button>
      </div>
      <div class="field">
        <label for="open-file">Vorhandene Konfiguration öffnen (JSON-Datei)</label>
        <input
          id="open-file"
          type="file"
          accept=".json,application/json"
          aria-describedby=${ifDefined(this.openMessage ? 'open-message' : undefined)}
          @change=${this.openFile}
        />
      </div>
      ${this.openMessage ? html`<p id="open-message" class="problem">${this.openMessage}</p>` : nothing}
    </section>`;
  }

  private renderOffice(): TemplateResult {
    const offices = getIn(this.json, ['offices']);
    const count = Array.isArray(offices) ? offices.length : 0;
    const base: PathKey[] = ['offices', this.officeIndex];
    return html`<section aria-labelledby="office-heading" class="box">
      <h2 id="office-heading">2. Ihr Amt</h2>
      ${count > 1
        ? html`<div class="field">
            <label for="office-select">Welches Amt bearbeiten?</label>
            <select id="office-select" @change=${this.selectOffice}>
              ${(offices as Json[]).map(
                (office, index) =>
                  html`<option value=${index} ?selected=${index === this.officeIndex}>
                    ${textIn(getIn(office, ['name']), 'de', contentLanguage(this.json)) || `Amt ${index + 1}`}
                  </option>`,
              )}
            </select>
          </div>`
        : nothing}
      <label class="checkbox">
        <input type="checkbox" .checked=${live(getIn(this.json, ['example']) === true)} @change=${this.toggleExample} />
        Als Beispieldaten kennzeichnen (die Widgets zeigen dann „Beispieldaten“; für Ihr echtes Amt abschalten)
      </label>
      ${this.renderTexts(base)} ${this.renderAddress(base)} ${this.renderOfficeGeo(base, count)} ${this.renderContact(base)}
      ${this.renderLanguages(base)}
      ${this.renderHours(base)}
    </section>`;
  }

  private renderTexts(base: PathKey[]): TemplateResult {
    return html`<fieldset>
      <legend>Name und Begrüßung</legend>
      <div class="field">
        <label for="edit-locale">Sprache der Texte</label>
        <select id="edit-locale" @change=${(event: Event) => (this.editLocale = (event.target as HTMLSelectElement).value)}>
          ${editorLocales(this.json).map(
            (code) => html`<option value=${code} ?selected=${code === this.editLocale}>${this.languageLabel(code)}</option>`,
          )}
        </select>
      </div>
      ${this.localizedField('office-name', 'Name des Amtes', [...base, 'name'], false, 'Name')}
      ${this.localizedField('office-welcome', 'Begrüßung (ein, zwei Sätze)', [...base, 'welcome'], true, 'Begrüßung')}
    </fieldset>`;
  }

  /**
   * One localized text: its field in the language being edited, and its status line (`what`, then which
   * languages it lacks and which are outdated), with the button that removes the outdated ones. Every
   * text the configurator edits goes through here, so each says the same about its translations.
   */
  private localizedField(id: string, label: string, path: PathKey[], multiline: boolean, what: string, hint?: string): TemplateResult {
    const language = contentLanguage(this.json);
    const locale = this.editLocale;
    const value = getIn(this.json, path);
    const missing = missingLocales(value, this.spokenLanguages(), language);
    const outdated = outdatedLocales(this.json, this.snapshot, path, this.typedTranslations);
    const parts = [
      outdated.length ? `veraltet (${this.snapshotOrigin === 'template' ? 'aus der Vorlage' : 'aus der geöffneten Datei'}): ${this.languageLabels(outdated)}` : '',
      missing.length ? `fehlt noch in: ${this.languageLabels(missing)}` : '',
    ].filter(Boolean);
    const status = `${what}: ${parts.length ? parts.join('; ') : 'in allen Sprachen der Konfiguration vorhanden'}.`;
    // Visitors whose language is removed see the next in the widgets' fallback: English, then German.
    const englishStays = !outdated.includes('en') && Boolean(textIn(value, 'en', language));
    const message = this.translationMessage?.id === id ? this.translationMessage.text : '';
    return html`${this.field(
        {id, label: `${label} – ${this.languageLabel(locale)}`, path, multiline, help: hint ? `${hint} ${status}` : status, lang: locale},
        textIn(value, locale, language),
        (text) => {
          // A translation typed now is the webmaster's own, even when it reads as the old one did.
          const key = locale === SOURCE_LOCALE ? undefined : typedKey(this.json, this.snapshot, path, locale);
          if (key && !this.typedTranslations.has(key)) this.typedTranslations = new Set([...this.typedTranslations, key]);
          this.edit(path, setText(getIn(this.json, path), locale, text, language));
        },
        outdated.length ? `${id}-outdated` : undefined,
      )}
      ${outdated.length
        ? html`<div class="outdated">
            <p class="help" id="${id}-outdated">
              Der deutsche Text ist geändert, diese Übersetzungen sind noch die alten. Nach dem Entfernen sehen Besucher in diesen Sprachen
              den ${englishStays ? 'englischen' : 'deutschen'} Text, bis Sie neue Übersetzungen eintragen.
            </p>
            <div class="actions">
              <button
                type="button"
                id="${id}-remove-outdated"
                aria-label="Veraltete Übersetzungen entfernen: ${label}"
                aria-describedby="${id}-help"
                @click=${() => this.removeOutdated(id, path, englishStays)}
              >
                Veraltete Übersetzungen entfernen
              </button>
            </div>
          </div>`
        : nothing}
      <p role="status" aria-live="polite" class="help" id="${id}-translations-status">${message}</p>`;
  }

  /** The languages the config is written in, once per config state (every text's status line asks). */
  private spokenLanguages(): string[] {
    if (this.spokenCache?.json !== this.json) this.spokenCache = {json: this.json, languages: configLanguages(this.json)};
    return this.spokenCache!.languages;
  }

  private spokenCache?: {json: Json | undefined; languages: string[]};

  private renderAddress(base: PathKey[]): TemplateResult {
    const address = [...base, 'address'];
    const region = getIn(this.json, [...address, 'region']);
    const regionIssues = issuesAt(this.result.ok ? [] : this.result.issues, [...address, 'region']);
    return html`<fieldset>
      <legend>Adresse</legend>
      ${this.plainField({id: 'street', label: 'Straße und Hausnummer', path: [...address, 'street'], autocomplete: 'street-address'})}
      ${this.plainField({id: 'postal-code', label: 'Postleitzahl', path: [...address, 'postalCode'], autocomplete: 'postal-code', inputmode: 'numeric'})}
      ${this.plainField({id: 'locality', label: 'Ort', path: [...address, 'locality'], autocomplete: 'address-level2'})}
      <div class="field">
        <label for="region">Bundesland</label>
        <p class="help" id="region-help">Bestimmt die gesetzlichen Feiertage („PH“ in den Öffnungszeiten).</p>
        <select
          id="region"
          aria-describedby=${this.describedBy('region', true, regionIssues)}
          aria-invalid=${regionIssues.length ? 'true' : 'false'}
          @change=${(event: Event) => this.edit([...address, 'region'], (event.target as HTMLSelectElement).value || undefined)}
        >
          <option value="" ?selected=${!region}>– bitte wählen –</option>
          ${Object.entries(REGIONS).map(([code, name]) => html`<option value=${code} ?selected=${code === region}>${name}</option>`)}
        </select>
        ${this.renderFieldIssues('region', regionIssues)}
      </div>
    </fieldset>`;
  }

  /**
   * The office's own position (`geo`): the partner map measures "distance from the office" from it.
   * Typed like a partner's, or picked with the very same map picker.
   */
  private renderOfficeGeo(base: PathKey[], offices: number): TemplateResult {
    const geo: PathKey[] = [...base, 'geo'];
    const stored = (kind: 'lat' | 'lon') => {
      const value = getIn(this.json, [...geo, kind]);
      return typeof value === 'number' ? String(value) : '';
    };
    const lat = this.officeGeoDraft.lat ?? stored('lat');
    const lon = this.officeGeoDraft.lon ?? stored('lon');
    const checked = parseOfficeGeo(lat, lon);
    const error = (kind: 'lat' | 'lon') => (checked.ok ? undefined : checked[kind]);
    const edit = (kind: 'lat' | 'lon') => (text: string) => this.editOfficeGeo(kind, text);
    return html`<fieldset aria-describedby="office-geo-help">
      <legend>Lage des Amtes (Dezimalgrad)</legend>
      <p class="help" id="office-geo-help">
        Die Partnerkarte zeigt damit, wie weit jeder Partner von Ihrem Amt entfernt ist. Leer lassen: keine Entfernungen.
        ${offices > 1 ? 'Die Karte misst vom ersten Amt der Liste aus.' : ''}
      </p>
      ${this.coordinateField('lat', 'office-lat', [...geo, 'lat'], lat, error('lat'), edit('lat'))}
      ${this.coordinateField('lon', 'office-lon', [...geo, 'lon'], lon, error('lon'), edit('lon'))}
      ${this.renderCoordinatePicker({kind: 'office', index: this.officeIndex})}
    </fieldset>`;
  }

  private renderContact(base: PathKey[]): TemplateResult {
    return html`<fieldset>
      <legend>Kontakt und Termine</legend>
      ${this.plainField({id: 'phone', label: 'Telefon', path: [...base, 'phone'], type: 'tel', autocomplete: 'tel', help: 'Zum Beispiel +49 221 12345-0'})}
      ${this.plainField({id: 'email', label: 'E-Mail', path: [...base, 'email'], type: 'email', autocomplete: 'email'})}
      ${this.plainField({id: 'website', label: 'Webseite', path: [...base, 'website'], type: 'url', autocomplete: 'url', help: 'Mit https://'})}
      ${this.plainField({id: 'booking-url', label: 'Link zur Terminbuchung', path: [...base, 'bookingUrl'], type: 'url', help: 'Mit https://'})}
    </fieldset>`;
  }

  private renderLanguages(base: PathKey[]): TemplateResult {
    const path = [...base, 'languages'];
    const list = getIn(this.json, path);
    const codes = Array.isArray(list) ? list.filter((code): code is string => typeof code === 'string') : [];
    const names = codes.length ? `Das sind: ${codes.map((code) => languageName(code, 'de')).join(', ')}.` : 'Noch keine Sprache angegeben.';
    return html`<fieldset>
      <legend>Sprachen am Schalter</legend>
      ${this.field(
        {
          id: 'languages',
          label: 'Sprachcodes, durch Komma getrennt',
          path,
          help: html`Zum Beispiel <code>de, en, ar, tr, uk</code>. ${names}`,
        },
        this.languagesDraft ?? codes.join(', '),
        (value) => {
          this.languagesDraft = value;
          const parsed = parseLanguageList(value);
          this.edit(path, parsed.length ? parsed : undefined);
        },
      )}
    </fieldset>`;
  }

  private renderHours(base: PathKey[]): TemplateResult {
    const office = getIn(this.json, base);
    const text = getIn(office, ['openingHours']);
    const region = getIn(office, ['address', 'region']);
    const preview = previewHours(typeof text === 'string' ? text : '', this.clock.now, typeof region === 'string' ? region : undefined, closuresOf(office));
    return html`<fieldset>
      <legend>Öffnungszeiten</legend>
      ${this.field(
        {
          id: 'opening-hours',
          label: 'Öffnungszeiten (Schreibweise wie bei OpenStreetMap)',
          path: [...base, 'openingHours'],
          multiline: true,
          help: 'Zum Beispiel: Mo,Tu,Fr 08:00-12:00; Th 08:00-12:00,14:00-18:00; PH off',
        },
        typeof text === 'string' ? text : '',
        (value) => this.edit([...base, 'openingHours'], value || undefined),
        'hours-preview',
      )}
      ${this.renderHoursPreview(preview)}
      <details>
        <summary>Hilfe zur Schreibweise</summary>
        <ul>
          <li>Regeln mit <code>;</code> trennen. Eine spätere Regel ersetzt eine frühere für ihre Tage.</li>
          <li>Wochentage: <code>Mo Tu We Th Fr Sa Su</code>, Bereiche <code>Mo-Fr</code>, Listen <code>Mo,We,Fr</code>.</li>
          <li>Zeiten: <code>08:00-12:00</code>, mehrere <code>08:00-12:00,14:00-18:00</code>, bis <code>24:00</code>.</li>
          <li>Geschlossen: <code>Sa,Su off</code>. Feiertage Ihres Bundeslandes: <code>PH off</code>.</li>
          <li>Bestimmte Tage: <code>Dec 24 off</code>, <code>Dec 24-31 off</code>, <code>2026 Dec 24 09:00-12:00</code> (Monate englisch: Jan … Dec).</li>
          <li>Immer geöffnet: <code>24/7</code>.</li>
          <li>Wenn Sie nachmittags zusätzlich öffnen, wiederholen Sie den Vormittag: <code>Mo-Fr 08:00-12:00; Th 08:00-12:00,14:00-18:00</code>.</li>
        </ul>
      </details>
    </fieldset>`;
  }

  private renderPartners(): TemplateResult {
    const partners = partnerList(this.json, this.editLocale);
    const selected = this.partnerIndex !== undefined && this.partnerIndex < partners.length ? this.partnerIndex : undefined;
    return html`<section aria-labelledby="partners-heading" class="box">
      <h2 id="partners-heading">Partner auf der Karte</h2>
      <p id="partners-count">${partners.length === 1 ? 'Ein Partner' : `${partners.length} Partner`}. Namen in: ${this.languageLabel(this.editLocale)}.</p>
      <ul class="partners" id="partner-list" aria-labelledby="partners-heading">
        ${partners.map(
          (partner) => html`<li data-id=${partner.id}>
            <span class="partner-name">
              ${partner.name
                ? html`<span lang=${this.editLocale} dir=${direction(this.editLocale)}>${partner.name}</span>`
                : html`${partner.fallback || partner.id} <em>(fehlt noch in ${this.editLocale})</em>`}
            </span>
            <span class="partner-category">${categoryLabel(this.json, partner.category)}</span>
            <span class="actions">
              <button
                type="button"
                class="edit-partner"
                aria-pressed=${selected === partner.index ? 'true' : 'false'}
                aria-label="${partner.name || partner.fallback || partner.id} bearbeiten"
                @click=${() => this.selectPartner(partner.index)}
              >
                Bearbeiten
              </button>
              <button
                type="button"
                class="remove-partner"
                aria-label="${partner.name || partner.fallback || partner.id} entfernen"
                @click=${() => this.askRemove(partner.index)}
              >
                Entfernen
              </button>
            </span>
            ${this.removeIndex === partner.index
              ? html`<div
                  class="confirm"
                  role="group"
                  aria-labelledby="confirm-remove-text"
                  @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && this.cancelRemove()}
                >
                  <p id="confirm-remove-text">„${partner.name || partner.fallback || partner.id}“ wirklich entfernen?</p>
                  <button type="button" id="confirm-remove" @click=${() => this.confirmRemove(partner.index)}>Ja, entfernen</button>
                  <button type="button" id="cancel-remove" @click=${this.cancelRemove}>Abbrechen</button>
                </div>`
              : nothing}
          </li>`,
        )}
      </ul>
      <div class="actions">
        <button type="button" id="add-partner" @click=${this.addPartner}>Partner hinzufügen</button>
      </div>
      <p role="status" aria-live="polite" id="partner-status">${this.partnerMessage}</p>
      ${selected !== undefined ? this.renderPartnerForm(selected) : nothing} ${this.renderCategories()} ${this.renderCsvImport()}
      ${this.renderMapSettings()}
    </section>`;
  }

  /** The tile server: without it the partner map is a list, and coordinates cannot be picked on a map. */
  private renderMapSettings(): TemplateResult {
    return html`<fieldset>
      <legend>Karte</legend>
      ${this.plainField({
        id: 'map-tiles',
        label: 'Adresse des Kartenservers (Kacheln)',
        path: ['map', 'tiles'],
        type: 'url',
        help: html`Zum Beispiel <code>https://tiles.example.org/{z}/{x}/{y}.png</code>, am besten ein Server Ihrer Verwaltung. Leer: Die
          Partnerkarte zeigt nur die Liste. Besucher laden die Karte erst nach ihrer Zustimmung.`,
      })}
      ${this.localizedField('map-attribution', 'Quellenangabe der Karte', ['map', 'attribution'], false, 'Quellenangabe', 'Zum Beispiel „© OpenStreetMap-Mitwirkende“.')}
    </fieldset>`;
  }

  private renderPartnerForm(index: number): TemplateResult {
    const base: PathKey[] = ['partners', 'features', index];
    const props: PathKey[] = [...base, 'properties'];
    const language = contentLanguage(this.json);
    const name = textIn(getIn(this.json, [...props, 'name']), this.editLocale, language) || partnerList(this.json, 'de')[index]?.fallback;
    const category = getIn(this.json, [...props, 'category']);
    const categoryIssues = issuesAt(this.result.ok ? [] : this.result.issues, [...props, 'category']);
    const list = getIn(this.json, [...props, 'languages']);
    const codes = Array.isArray(list) ? list.filter((code): code is string => typeof code === 'string') : [];
    return html`<fieldset id="partner-form">
      <legend>Partner bearbeiten: ${name}</legend>
      ${this.localizedField('partner-name', 'Name', [...props, 'name'], false, 'Name')}
      <div class="field">
        <label for="partner-category">Kategorie</label>
        <select
          id="partner-category"
          aria-describedby=${ifDefined(categoryIssues.length ? 'partner-category-error' : undefined)}
          aria-invalid=${categoryIssues.length ? 'true' : 'false'}
          @change=${(event: Event) => this.edit([...props, 'category'], (event.target as HTMLSelectElement).value)}
        >
          ${partnerCategories(this.json).map(
            (id) => html`<option value=${id} ?selected=${id === category}>${categoryLabel(this.json, id)}</option>`,
          )}
          ${typeof category === 'string' && !partnerCategories(this.json).includes(category)
            ? html`<option value=${category} selected>${category} (unbekannt)</option>`
            : nothing}
        </select>
        ${this.renderFieldIssues('partner-category', categoryIssues)}
      </div>
      ${this.field(
        {id: 'partner-languages', label: 'Sprachen (Codes, durch Komma getrennt)', path: [...props, 'languages'], help: 'Zum Beispiel de, en, ar'},
        codes.join(', '),
        (value) => {
          const parsed = parseLanguageList(value);
          this.edit([...props, 'languages'], parsed.length ? parsed : undefined);
        },
      )}
      ${this.plainField({id: 'partner-street', label: 'Straße und Hausnummer', path: [...props, 'address', 'street']})}
      ${this.plainField({id: 'partner-postal-code', label: 'Postleitzahl', path: [...props, 'address', 'postalCode'], inputmode: 'numeric'})}
      ${this.plainField({id: 'partner-locality', label: 'Ort', path: [...props, 'address', 'locality']})}
      ${this.plainField({id: 'partner-phone', label: 'Telefon', path: [...props, 'phone'], type: 'tel'})}
      ${this.plainField({id: 'partner-email', label: 'E-Mail', path: [...props, 'email'], type: 'email'})}
      ${this.plainField({id: 'partner-website', label: 'Webseite', path: [...props, 'website'], type: 'url', help: 'Mit https://'})}
      ${this.plainField({
        id: 'partner-hours',
        label: 'Öffnungszeiten (Schreibweise wie bei OpenStreetMap)',
        path: [...props, 'openingHours'],
        help: 'Zum Beispiel: Mo-Fr 09:00-12:00; PH off',
      })}
      ${this.localizedField('partner-description', 'Beschreibung', [...props, 'description'], true, 'Beschreibung')}
      <fieldset>
        <legend>Lage (Dezimalgrad)</legend>
        ${this.partnerCoordinateField('lat', index)} ${this.partnerCoordinateField('lon', index)}
        ${this.renderCoordinatePicker({kind: 'partner', index})}
      </fieldset>
    </fieldset>`;
  }

  private partnerCoordinateField(kind: 'lat' | 'lon', index: number): TemplateResult {
    const path: PathKey[] = ['partners', 'features', index, 'geometry', 'coordinates', kind === 'lat' ? 1 : 0];
    const stored = getIn(this.json, path);
    const text = this.coordinateDraft[kind] ?? (typeof stored === 'number' ? String(stored) : '');
    const checked = parseCoordinateInput(text, kind);
    return this.coordinateField(kind, `partner-${kind}`, path, text, checked.ok ? undefined : checked.message, (value) =>
      this.editCoordinate(kind, index, value),
    );
  }

  /**
   * One coordinate as typed, with the reading's message (`inputError`) or else the schema's at `path`.
   * The text stays as typed; the caller writes the JSON once the value reads.
   */
  private coordinateField(
    kind: 'lat' | 'lon',
    id: string,
    path: PathKey[],
    text: string,
    inputError: string | undefined,
    onInput: (text: string) => void,
  ): TemplateResult {
    const schemaIssues = issuesAt(this.result.ok ? [] : this.result.issues, path);
    const error = inputError ?? schemaIssues[0]?.message;
    return html`<div class="field">
      <label for=${id}>${kind === 'lat' ? 'Breitengrad (latitude), zum Beispiel 51.5123' : 'Längengrad (longitude), zum Beispiel 7.4262'}</label>
      <input
        id=${id}
        type="text"
        inputmode="decimal"
        aria-describedby=${ifDefined(error ? `${id}-error` : undefined)}
        aria-invalid=${error ? 'true' : 'false'}
        .value=${live(text)}
        @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)}
      />
      ${error ? html`<p class="field-error" id="${id}-error">${error}</p>` : nothing}
    </div>`;
  }

  /**
   * "Auf der Karte wählen", for a partner and for the office alike: only with `map.tiles`, and the map
   * (Leaflet and its tiles) loads only after the click on the button that names the tile server.
   * Without tiles the coordinates are typed.
   */
  private renderCoordinatePicker(target: PickerTarget): TemplateResult {
    const prefix = pickerPrefix(target.kind);
    const tiles = getIn(this.json, ['map', 'tiles']);
    if (typeof tiles !== 'string' || !/^https:\/\//.test(tiles)) {
      return html`<p class="help" id="${prefix}coordinates-hint">
        Diese Konfiguration nennt keinen Kartenserver (<code>map.tiles</code>, unten unter „Karte“): tragen Sie die Koordinaten ein, zum
        Beispiel aus einem Kartendienst, dem Ihr Amt vertraut.
      </p>`;
    }
    const open = this.pickerTarget?.kind === target.kind && this.pickerTarget.index === target.index;
    return html`<p class="help" id="${prefix}pick-map-help">
        Erst beim Klick lädt dieser Browser Kartenbilder von <strong>${tileHost(tiles)}</strong>; dieser Server erfährt dabei Ihre
        IP-Adresse und den gezeigten Ausschnitt.
      </p>
      <div class="actions">
        <button
          type="button"
          id="${prefix}pick-on-map"
          aria-describedby="${prefix}pick-map-help"
          aria-expanded=${open ? 'true' : 'false'}
          @click=${() => (open ? this.closePicker(true) : this.openPicker(target, tiles))}
        >
          ${open ? 'Karte schließen' : 'Auf der Karte wählen'}
        </button>
      </div>
      ${open
        ? html`<div class="picker" @keydown=${this.pickerKeydown}>
            <p id="${prefix}picker-help" class="help">
              Klicken Sie auf die Stelle ${target.kind === 'office' ? 'Ihres Amtes' : 'des Partners'}. Mit der Tastatur: Pfeiltasten
              verschieben die Karte unter dem Fadenkreuz, Plus und Minus zoomen, Eingabetaste übernimmt die Mitte, Escape schließt die Karte.
            </p>
            <div class="picker-frame">
              <div
                class="picker-map"
                id="${prefix}picker-map"
                tabindex="0"
                role="application"
                aria-label="Karte zum Wählen der Lage"
                aria-describedby="${prefix}picker-help"
              ></div>
              <span class="crosshair" aria-hidden="true"></span>
            </div>
          </div>`
        : nothing}
      <p role="status" aria-live="polite" id="${prefix}picker-status">${this.pickerMessage.kind === target.kind ? this.pickerMessage.text : ''}</p>`;
  }

  /**
   * The config's own partner categories, beside the presets: a name per language, added with an id made
   * from the German name, removed only while no partner is filed under one (see removeCategory).
   */
  /**
   * The field that adds a category, a service or a document by its German name (the id is made from
   * it), with its button and the status line that says what happened. Enter in the field adds too.
   */
  private renderAddByName(options: {
    kind: string;
    status: string;
    label: string;
    help: string;
    button: string;
    message: string;
    add: () => void;
  }): TemplateResult {
    const id = `new-${options.kind}-name`;
    return html`<div class="field">
        <label for=${id}>${options.label}</label>
        <p class="help" id=${`${id}-help`}>${options.help}</p>
        <input
          id=${id}
          type="text"
          lang="de"
          aria-describedby=${`${id}-help`}
          @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && (event.preventDefault(), options.add())}
        />
      </div>
      <div class="actions">
        <button type="button" id=${`add-${options.kind}`} @click=${options.add}>${options.button}</button>
      </div>
      <p role="status" aria-live="polite" id=${options.status}>${options.message}</p>`;
  }

  private renderCategories(): TemplateResult {
    const presets = PRESET_CATEGORIES.map((id) => categoryLabel(this.json, id)).join(', ');
    return html`<fieldset id="categories">
      <legend>Eigene Kategorien</legend>
      <p class="help">
        Vorgegeben sind: ${presets}. Passt keine davon, legen Sie hier eine eigene an; sie steht danach in der Auswahl „Kategorie“ jedes
        Partners.
      </p>
      ${ownCategories(this.json).map((category) => {
        const path: PathKey[] = ['categories', category.index, 'name'];
        return html`<div class="own-category" data-id=${category.id}>
          <p class="label">${category.index + 1}. ${category.name} (Kennung <code>${category.id}</code>)</p>
          ${this.localizedField(`category-${category.index}-name`, 'Name der Kategorie', path, false, 'Name')}
          <div class="actions">
            <button
              type="button"
              class="remove-category"
              aria-label="Kategorie entfernen: „${category.name}“"
              @click=${() => this.askRemoveCategory(category.index)}
            >
              Kategorie entfernen
            </button>
          </div>
          ${this.categoryRemove === category.index
            ? html`<div
                class="confirm"
                role="group"
                aria-labelledby="confirm-category-text"
                @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && this.cancelRemoveCategory()}
              >
                <p id="confirm-category-text">Kategorie „${category.name}“ wirklich entfernen? Kein Partner ist ihr zugeordnet.</p>
                <button type="button" id="confirm-remove-category" @click=${() => this.confirmRemoveCategory(category.index)}>Ja, entfernen</button>
                <button type="button" id="cancel-remove-category" @click=${this.cancelRemoveCategory}>Abbrechen</button>
              </div>`
            : nothing}
        </div>`;
      })}
      ${this.renderAddByName({
        kind: 'category',
        status: 'categories-status',
        label: 'Neue Kategorie (Name auf Deutsch)',
        help: 'Die Kennung der Kategorie wird aus diesem Namen gebildet.',
        button: 'Kategorie hinzufügen',
        message: this.categoriesMessage,
        add: () => this.addCategory(),
      })}
    </fieldset>`;
  }

  private renderCsvImport(): TemplateResult {
    const imported = this.csvImport;
    return html`<fieldset>
      <legend>Partner aus einer Tabelle übernehmen (CSV)</legend>
      <div class="field">
        <label for="partners-csv">CSV-Datei (aus Excel oder LibreOffice)</label>
        <p class="help" id="partners-csv-help">
          Spalten wie <code>name</code>, <code>Kategorie</code>, <code>Straße</code>, <code>PLZ</code>, <code>Ort</code>,
          <code>Breite</code>, <code>Länge</code>. Zeilen mit gleicher Kennung ersetzen den Partner, fehlerhafte Zeilen werden übersprungen.
        </p>
        <input id="partners-csv" type="file" accept=".csv,text/csv" aria-describedby="partners-csv-help csv-status" @change=${this.importCsv} />
      </div>
      <p role="status" aria-live="polite" id="csv-status">${imported?.summary ?? ''}</p>
      ${imported?.problems.length
        ? html`<ul class="issues" id="csv-problems" aria-label="Übersprungene Zeilen">
            ${imported.problems.map((problem) => html`<li>${problem.text}</li>`)}
          </ul>`
        : nothing}
    </fieldset>`;
  }

  private renderServices(): TemplateResult {
    const language = contentLanguage(this.json);
    const services = getIn(this.json, ['services']);
    const documents = getIn(this.json, ['documents']);
    const unfinished = unfinishedLocales(this.json, this.snapshot, this.typedTranslations);
    const text = (id: string, label: string, path: PathKey[], multiline = false) => this.localizedField(id, label, path, multiline, label);
    return html`<section aria-labelledby="services-heading" class="box">
      <h2 id="services-heading">Leistungen und Unterlagen</h2>
      <p>Texte in: ${this.languageLabel(this.editLocale)} (oben unter „Sprache der Texte“ wählen).</p>
      <div id="locale-summary" role="status" aria-live="polite">
        ${unfinished.length
          ? html`<p>Noch nicht vollständig übersetzt:</p>
              <ul class="issues">
                ${unfinished.map(({locale, missing, outdated}) => {
                  const counts = [
                    missing ? (missing === 1 ? 'ein Text fehlt' : `${missing} Texte fehlen`) : '',
                    outdated ? (outdated === 1 ? 'ein Text veraltet' : `${outdated} Texte veraltet`) : '',
                  ].filter(Boolean);
                  return html`<li>${this.languageLabel(locale)}: ${counts.join(', ')}</li>`;
                })}
              </ul>
              ${unfinished.some(({outdated}) => outdated)
                ? html`<p class="help">
                    Veraltet heißt: Der deutsche Text wurde geändert, die Übersetzung noch nicht. Bei jedem Text steht, welche Sprachen das betrifft.
                  </p>`
                : nothing}`
          : html`<p class="ok">Alle Texte sind in allen Sprachen der Konfiguration vorhanden.</p>`}
      </div>
      <h3>Leistungen</h3>
      <p class="help">Die Vorlage bringt typische Leistungen mit. Entfernen Sie, was Ihr Amt nicht anbietet, und legen Sie eigene an.</p>
      ${(Array.isArray(services) ? services : []).map((service, index) => {
        const path: PathKey[] = ['services', index];
        const id = String(getIn(service, ['id']) ?? '');
        return html`<details class="item service" data-id=${id} ?open=${this.openService === index}>
          <summary>${textIn(getIn(service, ['name']), 'de', language) || id}</summary>
          <p class="help">Kennung <code>${id}</code></p>
          ${text(`service-${index}-name`, 'Name', [...path, 'name'])} ${text(`service-${index}-description`, 'Beschreibung', [...path, 'description'], true)}
          ${this.renderQuestions(index)} ${this.renderServiceDocuments(index)} ${this.renderServiceRemove(index)}
        </details>`;
      })}
      ${this.renderAddByName({
        kind: 'service',
        status: 'services-status',
        label: 'Neue Leistung (Name auf Deutsch)',
        help: 'Die Kennung der Leistung wird aus diesem Namen gebildet. Fragen und Unterlagen fügen Sie danach in der neuen Leistung hinzu.',
        button: 'Leistung hinzufügen',
        message: this.servicesMessage,
        add: () => this.addService(),
      })}
      <h3>Unterlagen</h3>
      <p class="help">
        Die Unterlagen-Suche zeigt alle Unterlagen alphabetisch. Diese Reihenfolge gilt für ihre Vorschläge (unter Unterlagen, die gleich
        viele Leistungen brauchen) und für die gespeicherte Datei.
      </p>
      ${(Array.isArray(documents) ? documents : []).map((document, index, list) => {
        const path: PathKey[] = ['documents', index];
        const name = textIn(getIn(document, ['name']), 'de', language) || String(getIn(document, ['id']) ?? '');
        return html`<div class="catalog-document">
          <p class="label">${index + 1}. ${name}</p>
          <div class="actions">
            <button
              type="button"
              id="document-${index}-up"
              aria-label="„${name}“ nach oben"
              aria-disabled=${index === 0 ? 'true' : 'false'}
              @click=${() => this.moveDocument(index, -1)}
            >
              nach oben
            </button>
            <button
              type="button"
              id="document-${index}-down"
              aria-label="„${name}“ nach unten"
              aria-disabled=${index === list.length - 1 ? 'true' : 'false'}
              @click=${() => this.moveDocument(index, 1)}
            >
              nach unten
            </button>
          </div>
          <details class="item" data-id=${String(getIn(document, ['id']) ?? '')} ?open=${this.openDocument === index}>
            <summary>${name}</summary>
            ${text(`document-${index}-name`, 'Name', [...path, 'name'])}
            ${text(`document-${index}-description`, 'Beschreibung', [...path, 'description'], true)}
            ${text(`document-${index}-where`, 'Wo bekommt man es?', [...path, 'whereToGet'], true)}
            ${this.plainField({id: `document-${index}-url`, label: 'Link zum Formular oder zur Info-Seite', path: [...path, 'url'], type: 'url', help: 'Mit https://, oder mailto:, tel: oder eine relative Adresse.'})}
            ${this.renderKeywords(index)} ${this.renderDocumentRemove(index)}
          </details>
        </div>`;
      })}
      ${this.renderAddByName({
        kind: 'document',
        status: 'documents-status',
        label: 'Neue Unterlage (Name auf Deutsch)',
        help: 'Die Kennung der Unterlage wird aus diesem Namen gebildet.',
        button: 'Unterlage hinzufügen',
        message: this.documentMessage,
        add: () => this.addDocument(),
      })}
    </section>`;
  }

  /** The search words of a document in the language being edited, comma-separated. */
  private renderKeywords(index: number): TemplateResult {
    const locale = this.editLocale;
    const path: PathKey[] = ['documents', index, 'keywords'];
    const value = getIn(this.json, path);
    const key = `${index}-${locale}`;
    return this.field(
      {
        id: `document-${index}-keywords`,
        label: `Suchbegriffe – ${this.languageLabel(locale)}`,
        path,
        lang: locale,
        help: 'Durch Komma getrennt. Die Unterlagen-Suche findet die Unterlage auch über diese Wörter, etwa Alltagswörter oder andere Schreibweisen.',
      },
      this.keywordsDraft[key] ?? keywordsIn(value, locale, contentLanguage(this.json)).join(', '),
      (text) => {
        this.keywordsDraft = {...this.keywordsDraft, [key]: text};
        this.edit(path, setKeywords(getIn(this.json, path), locale, text, contentLanguage(this.json)));
      },
    );
  }

  /** Removing a document from the config, after a confirmation that names the services using it. */
  private renderDocumentRemove(index: number): TemplateResult {
    const document = documentList(this.json)[index];
    const language = contentLanguage(this.json);
    const using = servicesUsing(this.json, document?.id ?? '').map(
      (service) => textIn(getIn(this.json, ['services', service, 'name']), 'de', language) || String(getIn(this.json, ['services', service, 'id']) ?? ''),
    );
    return html`<div class="actions">
        <button type="button" class="remove-document" aria-label="Unterlage entfernen: „${document?.name}“" @click=${() => this.askRemoveDocument(index)}>
          Unterlage entfernen
        </button>
      </div>
      ${this.documentRemove === index
        ? html`<div
            class="confirm"
            role="group"
            aria-labelledby="confirm-document-text"
            @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && this.cancelRemoveDocument()}
          >
            <p id="confirm-document-text">
              Unterlage „${document?.name}“ wirklich entfernen?
              ${using.length
                ? `Sie wird auch aus ${using.length === 1 ? 'dieser Leistung' : `diesen ${using.length} Leistungen`} entfernt: ${using.join(', ')}.`
                : 'Keine Leistung verwendet sie.'}
            </p>
            <button type="button" id="confirm-remove-document" @click=${() => this.confirmRemoveDocument(index)}>Ja, entfernen</button>
            <button type="button" id="cancel-remove-document" @click=${this.cancelRemoveDocument}>Abbrechen</button>
          </div>`
        : nothing}`;
  }

  /**
   * Removing a service, after a confirmation that says what goes with it. Nothing in the config refers
   * to a service, but a page may open it directly with the checklist's `service` attribute: the
   * configurator cannot see those pages, so it names the id to look for.
   */
  private renderServiceRemove(index: number): TemplateResult {
    const service = serviceList(this.json)[index];
    const parts = service
      ? [
          service.questions ? (service.questions === 1 ? 'ihre Frage' : `ihre ${service.questions} Fragen`) : '',
          service.documents ? `ihre Liste mit ${service.documents === 1 ? 'einer Unterlage' : `${service.documents} Unterlagen`}` : '',
        ].filter(Boolean)
      : [];
    return html`<div class="actions">
        <button type="button" class="remove-service" aria-label="Leistung entfernen: „${service?.name}“" @click=${() => this.askRemoveService(index)}>
          Leistung entfernen
        </button>
      </div>
      ${this.serviceRemove === index && service
        ? html`<div
            class="confirm"
            role="group"
            aria-labelledby="confirm-service-text"
            @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && this.cancelRemoveService()}
          >
            <p id="confirm-service-text">
              Leistung „${service.name}“ wirklich entfernen?
              ${parts.length
                ? `Mit ihr werden ${parts.join(' und ')} entfernt; die Unterlagen selbst bleiben erhalten.`
                : 'Sie hat noch keine Fragen und keine Unterlagen.'}
              Falls eine Ihrer Seiten die Checkliste mit <code>service="${service.id}"</code> einbindet, zeigt sie danach die Auswahl aller
              Leistungen.
            </p>
            <button type="button" id="confirm-remove-service" @click=${() => this.confirmRemoveService(index)}>Ja, entfernen</button>
            <button type="button" id="cancel-remove-service" @click=${this.cancelRemoveService}>Abbrechen</button>
          </div>`
        : nothing}`;
  }

  /** The questions of a service: text and help per language, add, remove after a confirmation. */
  private renderQuestions(index: number): TemplateResult {
    const language = contentLanguage(this.json);
    const questions = getIn(this.json, ['services', index, 'questions']);
    const list = Array.isArray(questions) ? questions : [];
    const pending = this.questionRemove?.service === index ? this.questionRemove.question : undefined;
    return html`<fieldset class="questions" id="service-${index}-questions">
      <legend>Fragen im Dokumenten-Check</legend>
      ${list.map((question, q) => {
        const path: PathKey[] = ['services', index, 'questions', q];
        const label = textIn(getIn(question, ['text']), 'de', language) || String(getIn(question, ['id']) ?? '');
        const prefix = `service-${index}-question-${q}`;
        return html`<div class="question" data-id=${String(getIn(question, ['id']) ?? '')}>
          <p class="label">Frage ${q + 1} (Kennung <code>${getIn(question, ['id'])}</code>)</p>
          ${this.localizedField(`${prefix}-text`, 'Frage', [...path, 'text'], false, 'Frage')}
          ${this.localizedField(`${prefix}-help`, 'Erklärung zur Frage', [...path, 'help'], true, 'Erklärung')}
          <div class="actions">
            <button type="button" class="remove-question" aria-label="Frage entfernen: „${label}“" @click=${() => this.askRemoveQuestion(index, q)}>
              Frage entfernen
            </button>
          </div>
          ${pending === q
            ? html`<div
                class="confirm"
                role="group"
                aria-labelledby="confirm-question-text"
                @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && this.cancelRemoveQuestion()}
              >
                <p id="confirm-question-text">
                  Frage „${label}“ wirklich entfernen? Sie wird auch aus den Bedingungen aller Unterlagen dieser Leistung entfernt.
                </p>
                <button type="button" id="confirm-remove-question" @click=${() => this.confirmRemoveQuestion(index, q)}>Ja, entfernen</button>
                <button type="button" id="cancel-remove-question" @click=${this.cancelRemoveQuestion}>Abbrechen</button>
              </div>`
            : nothing}
        </div>`;
      })}
      <div class="field">
        <label for="service-${index}-new-question">Neue Frage (Deutsch, mit Ja oder Nein zu beantworten)</label>
        <p class="help" id="service-${index}-new-question-help">Die Kennung der Frage wird aus diesem Text gebildet.</p>
        <input
          id="service-${index}-new-question"
          type="text"
          lang="de"
          aria-describedby="service-${index}-new-question-help"
          @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && (event.preventDefault(), this.addQuestion(index))}
        />
      </div>
      <div class="actions">
        <button type="button" id="service-${index}-add-question" @click=${() => this.addQuestion(index)}>Frage hinzufügen</button>
      </div>
      <p role="status" aria-live="polite" id="service-${index}-status">${this.serviceMessage[index] ?? ''}</p>
    </fieldset>`;
  }

  /** The documents of a service: a condition per question, the flags, copies and a note per language. */
  private renderServiceDocuments(index: number): TemplateResult {
    const language = contentLanguage(this.json);
    const base: PathKey[] = ['services', index, 'documents'];
    const documents = getIn(this.json, base);
    const questions = getIn(this.json, ['services', index, 'questions']);
    const questionList = Array.isArray(questions) ? questions : [];
    const names = new Map(
      (Array.isArray(getIn(this.json, ['documents'])) ? (getIn(this.json, ['documents']) as Json[]) : []).map((document) => [
        getIn(document, ['id']),
        textIn(getIn(document, ['name']), 'de', language),
      ]),
    );
    return html`<div class="service-documents">
      <p class="label">Unterlagen dieser Leistung</p>
      ${(Array.isArray(documents) ? documents : []).map((document, d) => {
        const path: PathKey[] = [...base, d];
        const ref = String(getIn(document, ['ref']) ?? '');
        const prefix = `service-${index}-document-${d}`;
        const copiesText = this.copiesDraft[prefix] ?? (typeof getIn(document, ['copies']) === 'number' ? String(getIn(document, ['copies'])) : '');
        const copies = parseCopies(copiesText);
        const copiesIssues = issuesAt(this.result.ok ? [] : this.result.issues, [...path, 'copies']);
        const copiesError = !copies.ok ? copies.message : copiesIssues[0]?.message;
        const name = names.get(ref) || ref;
        const last = (Array.isArray(documents) ? documents.length : 0) - 1;
        return html`<div class="service-document" data-ref=${ref}>
          <p class="label">${d + 1}. ${name}</p>
          <div class="actions">
            <button
              type="button"
              id="${prefix}-up"
              aria-label="„${name}“ nach oben"
              aria-disabled=${d === 0 ? 'true' : 'false'}
              @click=${() => this.moveServiceDocument(index, d, -1)}
            >
              nach oben
            </button>
            <button
              type="button"
              id="${prefix}-down"
              aria-label="„${name}“ nach unten"
              aria-disabled=${d === last ? 'true' : 'false'}
              @click=${() => this.moveServiceDocument(index, d, 1)}
            >
              nach unten
            </button>
            <button type="button" class="remove-service-document" aria-label="Aus dieser Leistung entfernen: „${name}“" @click=${() => this.askRemoveServiceDocument(index, d)}>
              entfernen
            </button>
          </div>
          ${this.serviceDocumentRemove?.service === index && this.serviceDocumentRemove.document === d
            ? html`<div
                class="confirm"
                role="group"
                aria-labelledby="confirm-service-document-text"
                @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && this.cancelRemoveServiceDocument()}
              >
                <p id="confirm-service-document-text">„${name}“ wirklich aus dieser Leistung entfernen? Die Unterlage selbst bleibt erhalten.</p>
                <button type="button" id="confirm-remove-service-document" @click=${() => this.confirmRemoveServiceDocument(index, d)}>Ja, entfernen</button>
                <button type="button" id="cancel-remove-service-document" @click=${this.cancelRemoveServiceDocument}>Abbrechen</button>
              </div>`
            : nothing}
        <details class="item" data-ref=${ref}>
          <summary>${name}</summary>
          ${questionList.length
            ? html`<fieldset>
                <legend>Wann wird sie gebraucht?</legend>
                ${questionList.map((question, q) => {
                  const id = String(getIn(question, ['id']) ?? '');
                  const condition = conditionOf(document, id);
                  return html`<div class="field">
                    <label for="${prefix}-when-${q}">${textIn(getIn(question, ['text']), 'de', language) || id}</label>
                    <select
                      id="${prefix}-when-${q}"
                      @change=${(event: Event) =>
                        this.edit([], setCondition(this.json, index, d, id, (event.target as HTMLSelectElement).value as Condition))}
                    >
                      <option value="always" ?selected=${condition === 'always'}>immer</option>
                      <option value="yes" ?selected=${condition === 'yes'}>nur bei Ja</option>
                      <option value="no" ?selected=${condition === 'no'}>nur bei Nein</option>
                    </select>
                  </div>`;
                })}
              </fieldset>`
            : nothing}
          <label class="checkbox">
            <input
              type="checkbox"
              id="${prefix}-optional"
              .checked=${live(getIn(document, ['optional']) === true)}
              @change=${(event: Event) => this.edit([...path, 'optional'], (event.target as HTMLInputElement).checked ? true : undefined)}
            />
            Freiwillig (nur falls vorhanden)
          </label>
          <label class="checkbox">
            <input
              type="checkbox"
              id="${prefix}-original"
              .checked=${live(getIn(document, ['original']) === true)}
              @change=${(event: Event) => this.edit([...path, 'original'], (event.target as HTMLInputElement).checked ? true : undefined)}
            />
            Im Original mitbringen
          </label>
          <div class="field">
            <label for="${prefix}-copies">Anzahl Kopien (0 bis 20, leer: keine Angabe)</label>
            <input
              id="${prefix}-copies"
              type="text"
              inputmode="numeric"
              aria-describedby=${ifDefined(copiesError ? `${prefix}-copies-error` : undefined)}
              aria-invalid=${copiesError ? 'true' : 'false'}
              .value=${live(copiesText)}
              @input=${(event: Event) => this.editCopies(prefix, [...path, 'copies'], (event.target as HTMLInputElement).value)}
            />
            ${copiesError ? html`<p class="field-error" id="${prefix}-copies-error">${copiesError}</p>` : nothing}
          </div>
          ${this.localizedField(`${prefix}-note`, 'Hinweis', [...path, 'note'], true, 'Hinweis')}
          ${this.plainField({
            id: `${prefix}-legal-basis`,
            label: 'Rechtsgrundlage (höchstens 200 Zeichen)',
            path: [...path, 'legalBasis'],
            help: 'Die deutsche Angabe der Vorschrift, zum Beispiel „§ 82 Abs. 1 AufenthG“. Sie wird so angezeigt, wie Sie sie schreiben.',
            maxlength: 200,
            lang: 'de',
          })}
        </details>
        </div>`;
      })}
      ${this.renderAddServiceDocument(index)}
    </div>`;
  }

  /** A select of the config's documents the service does not list yet, and the button that adds one. */
  private renderAddServiceDocument(index: number): TemplateResult {
    const available = documentsNotIn(this.json, index);
    return html`<div class="field">
        <label for="service-${index}-add-document-select">Unterlage hinzufügen</label>
        <select id="service-${index}-add-document-select" ?disabled=${!available.length}>
          <option value="">${available.length ? '– bitte wählen –' : '– alle Unterlagen sind schon enthalten –'}</option>
          ${available.map((document) => html`<option value=${document.id}>${document.name}</option>`)}
        </select>
      </div>
      <div class="actions">
        <button type="button" id="service-${index}-add-document" @click=${() => this.addServiceDocument(index)}>Zur Leistung hinzufügen</button>
      </div>
      <p role="status" aria-live="polite" id="service-${index}-documents-status">${this.serviceDocumentMessage[index] ?? ''}</p>`;
  }

  private renderHoursPreview(preview: ReturnType<typeof previewHours>): TemplateResult {
    const {status, text} = describeHoursPreview(preview, this.clock.now);
    return html`<p id="hours-preview" class="status ${status} ${status === 'error' ? 'problem' : ''}">
      ${status === 'open' || status === 'closed' ? html`<span class="dot" aria-hidden="true"></span>` : nothing}<span>${text}</span>
    </p>`;
  }

  private renderValidation(): TemplateResult {
    const issues = this.result.ok ? [] : this.result.issues;
    return html`<section aria-labelledby="check-heading" class="box">
      <h2 id="check-heading">3. Prüfung</h2>
      <p role="status" aria-live="polite" id="check-status" class=${issues.length ? 'problem' : 'ok'}>
        ${issues.length
          ? `${issues.length === 1 ? 'Ein Problem' : `${issues.length} Probleme`} gefunden: so laden die Widgets diese Angaben nicht.`
          : 'Keine Probleme: die Widgets können diese Angaben laden.'}
      </p>
      ${issues.length
        ? html`<ul class="issues" id="issues">
            ${issues.map((issue) => html`<li><code>${issue.path}</code>: ${issue.message}</li>`)}
          </ul>`
        : nothing}
    </section>`;
  }

  private renderExport(): TemplateResult {
    const fileName = exportFileName(this.json);
    const website = getIn(this.json, ['offices', this.officeIndex, 'website']);
    const integrity = builtIntegrity();
    const services = serviceList(this.json);
    // A service chosen before it was removed (or before another file was opened) is no longer offered.
    const service = services.some((item) => item.id === this.snippetService) ? this.snippetService : '';
    const snippet = embedSnippet({
      fileName,
      website: typeof website === 'string' ? website : undefined,
      integrity,
      widgets: this.snippetWidgets,
      service,
    });
    const report = this.exported?.report;
    return html`<section aria-labelledby="export-heading" class="box">
      <h2 id="export-heading">4. Speichern und einbinden</h2>
      <div class="actions">
        <button type="button" id="export" @click=${this.exportConfig}>JSON-Datei herunterladen (${fileName})</button>
      </div>
      ${report
        ? html`<div id="export-report">
            <p class=${report.valid ? 'ok' : 'problem'}>
              ${report.valid
                ? `${this.exported!.fileName} ist gültig.`
                : `${this.exported!.fileName} hat ${report.errors.length === 1 ? 'ein Problem' : `${report.errors.length} Probleme`}:`}
            </p>
            ${report.errors.length || report.warnings.length
              ? html`<ul class="issues">
                  ${report.errors.map(
                    (finding) => html`<li>Zeile ${finding.line}, Spalte ${finding.column}: <code>${finding.path}</code>: ${finding.message}</li>`,
                  )}
                  ${report.warnings.map(
                    (finding) =>
                      html`<li>Hinweis, Zeile ${finding.line}, Spalte ${finding.column}: <code>${finding.path}</code>: ${finding.message}</li>`,
                  )}
                </ul>`
              : nothing}
          </div>`
        : nothing}
      ${this.renderSnippetWidgets(services, service)}
      <div id="snippet-help">
        <p>So kommen die Widgets auf Ihre Seite:</p>
        <ul>
          <li>
            <strong>Einfache HTML-Seiten:</strong> Laden Sie <code>willkommen.js</code> und die heruntergeladene Datei auf Ihren Webserver und
            fügen Sie die Zeilen unten dort in die Seite ein, wo die Widgets erscheinen sollen. Passen Sie die Pfade bei <code>src</code> und
            <code>data-config</code> an den Ort an, an dem die Dateien liegen.
          </li>
          <li>
            <strong>TYPO3, WordPress, Drupal oder Government Site Builder:</strong> Folgen Sie der Anleitung für Ihr System. Sie sagt, wohin
            die Dateien gehören und wie das Script in die Seiten kommt (in WordPress zum Beispiel über ein kleines Plugin, nicht im
            Beitrag). Die Widget-Elemente aus dem Code unten können Sie dabei in Ihre Seiten übernehmen.
          </li>
        </ul>
        <p>
          Die Anleitungen stehen in der Dokumentation unter „Webmaster/Anleitungen“ und im Quellcode des Projekts im Ordner
          <code>docs/guides/</code>. Die Links in den Elementen sehen Besucher nur, wenn das Script nicht läuft: Setzen Sie dort passende
          Seiten Ihres Auftritts ein.
        </p>
      </div>
      <pre id="snippet" aria-describedby="snippet-help snippet-integrity">${snippet}</pre>
      <p id="snippet-integrity" class="help">
        ${integrity
          ? html`Der Wert <code>integrity</code> passt nur zu genau der <code>willkommen.js</code>, mit der dieser Konfigurator gebaut wurde.
              Laden Sie diese Datei hoch; nach einem Update ändert er sich.`
          : html`Für den Wert <code>integrity</code> (empfohlen): <code>npm run build</code> gibt ihn nach dem Bauen von
              <code>willkommen.js</code> aus. Ergänzen Sie ihn im Script-Tag als <code>integrity="sha384-…" crossorigin="anonymous"</code>.`}
      </p>
      <div class="actions">
        <button type="button" id="copy-snippet" @click=${() => this.copySnippet(snippet)}>Code kopieren</button>
        <span role="status" id="copy-status">${this.copyMessage}</span>
      </div>
    </section>`;
  }

  /** Which widget elements the snippet lists, and the service the checklist opens directly. */
  private renderSnippetWidgets(services: ReturnType<typeof serviceList>, service: string): TemplateResult {
    const chosen = new Set<string>(this.snippetWidgets);
    return html`<fieldset id="snippet-widgets">
      <legend>Welche Widgets zeigt Ihre Seite?</legend>
      ${SNIPPET_WIDGETS.map(
        (widget) => html`<label class="checkbox">
            <input
              type="checkbox"
              id="snippet-widget-${widget.tag.replace('willkommen-', '')}"
              .checked=${live(chosen.has(widget.tag))}
              @change=${(event: Event) => this.toggleSnippetWidget(widget.tag, (event.target as HTMLInputElement).checked)}
            />
            ${widget.label}
          </label>
          ${widget.tag === 'willkommen-checklist' && chosen.has(widget.tag)
            ? html`<div class="field nested">
                <label for="snippet-service">Checkliste gleich mit dieser Leistung öffnen</label>
                <p class="help" id="snippet-service-help">Für die Seite einer einzelnen Leistung. Sonst wählen Besucher die Leistung selbst.</p>
                <select id="snippet-service" aria-describedby="snippet-service-help" @change=${this.selectSnippetService}>
                  <option value="" ?selected=${!service}>– keine, Besucher wählen –</option>
                  ${services
                    .filter((item) => item.id)
                    .map((item) => html`<option value=${item.id} ?selected=${item.id === service}>${item.name}</option>`)}
                </select>
              </div>`
            : nothing}`,
      )}
      <p role="status" aria-live="polite" id="snippet-status">${this.snippetMessage}</p>
    </fieldset>`;
  }

  private renderPreview(): TemplateResult {
    return html`<section aria-labelledby="preview-heading" class="box">
      <h2 id="preview-heading">Vorschau</h2>
      <div class="field">
        <label for="preview-locale">Sprache der Vorschau</label>
        <select id="preview-locale" @change=${this.selectPreviewLocale}>
          ${LOCALES.map((code) => html`<option value=${code} ?selected=${code === this.previewLocale}>${this.languageLabel(code)}</option>`)}
        </select>
      </div>
      ${this.result.ok ? nothing : html`<p>Die Vorschau zeigt den letzten fehlerfreien Stand.</p>`}
      ${this.previewSource
        ? html`<div class="preview" lang=${this.previewLocale} dir=${direction(this.previewLocale)}>
            <willkommen-contact-card config=${this.previewSource} heading-level="3" .now=${this.now}></willkommen-contact-card>
            <willkommen-checklist config=${this.previewSource} heading-level="3"></willkommen-checklist>
            <willkommen-document-finder config=${this.previewSource} heading-level="3"></willkommen-document-finder>
            <willkommen-partner-map config=${this.previewSource} heading-level="3" .now=${this.now}></willkommen-partner-map>
          </div>`
        : html`<p>Noch keine fehlerfreie Konfiguration zum Anzeigen.</p>`}
    </section>`;
  }

  /** A one-language field whose value is a string at `path` (an empty field removes the key). */
  private plainField(options: FieldOptions): TemplateResult {
    const value = getIn(this.json, options.path);
    return this.field(options, typeof value === 'string' ? value : '', (text) => this.edit(options.path, text || undefined));
  }

  /** Label, help, the input, and the problems at its path, linked with aria-describedby. */
  private field(options: FieldOptions, value: string, onInput: (value: string) => void, extraDescription?: string): TemplateResult {
    const {id, label, help, multiline, lang} = options;
    const issues = issuesAt(this.result.ok ? [] : this.result.issues, options.path);
    const described = [this.describedBy(id, Boolean(help), issues), extraDescription].filter(Boolean).join(' ') || undefined;
    const handler = (event: Event) => onInput((event.target as HTMLInputElement | HTMLTextAreaElement).value);
    const dir = lang ? direction(lang) : undefined;
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${help ? html`<p class="help" id="${id}-help">${help}</p>` : nothing}
      ${multiline
        ? html`<textarea
            id=${id}
            rows="3"
            lang=${ifDefined(lang)}
            dir=${ifDefined(dir)}
            aria-describedby=${ifDefined(described)}
            aria-invalid=${issues.length ? 'true' : 'false'}
            .value=${live(value)}
            @input=${handler}
          ></textarea>`
        : html`<input
            id=${id}
            type=${options.type ?? 'text'}
            lang=${ifDefined(lang)}
            dir=${ifDefined(dir)}
            autocomplete=${ifDefined(options.autocomplete)}
            inputmode=${ifDefined(options.inputmode)}
            maxlength=${ifDefined(options.maxlength)}
            aria-describedby=${ifDefined(described)}
            aria-invalid=${issues.length ? 'true' : 'false'}
            .value=${live(value)}
            @input=${handler}
          />`}
      ${this.renderFieldIssues(id, issues)}
    </div>`;
  }

  private describedBy(id: string, hasHelp: boolean, issues: readonly ConfigIssue[]): string {
    return [issues.length ? `${id}-error` : '', hasHelp ? `${id}-help` : ''].filter(Boolean).join(' ');
  }

  private renderFieldIssues(id: string, issues: readonly ConfigIssue[]): TemplateResult | typeof nothing {
    if (!issues.length) return nothing;
    return html`<ul class="field-error" id="${id}-error">
      ${issues.map((issue) => html`<li>${issue.message} <code>${issue.path}</code></li>`)}
    </ul>`;
  }

  private languageLabel(code: string): string {
    const name = languageName(code, 'de');
    return name === code ? code : `${name} (${code})`;
  }

  /** "Arabisch (ar), Persisch (fa)": what a text still lacks, named for people who do not know the codes. */
  private languageLabels(codes: readonly string[]): string {
    return codes.map((code) => this.languageLabel(code)).join(', ');
  }

  // ---------------------------------------------------------------------------------------------
  // Handlers

  private edit(path: PathKey[], value: Json | undefined): void {
    this.draft = setIn(this.draft, path, value);
    this.result = resultInGerman(parseConfig(this.json));
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => this.updatePreview(), PREVIEW_DELAY_MS);
  }

  /**
   * The widgets read an inline `<script type="application/json">` by id from the DOCUMENT (not this
   * shadow root), and cache per source: a fresh id per change, and the old script and cache dropped.
   */
  private updatePreview(): void {
    if (!this.result.ok || !this.isConnected) return;
    forgetLoadedConfigs();
    this.previewScript?.remove();
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = `willkommen-configurator-preview-${++previewCounter}`;
    script.textContent = JSON.stringify(this.json);
    document.head.append(script);
    this.previewScript = script;
    this.previewSource = `#${script.id}`;
  }

  private loadTemplate(): void {
    this.openMessage = undefined;
    this.load(templateJson(), 'template');
  }

  private async openFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    let json: Json;
    try {
      json = JSON.parse(text) as Json;
    } catch {
      const parsed = parseConfigText(text);
      this.openMessage = `${file.name} ist keine gültige JSON-Datei: ${parsed.ok ? '' : inGerman(parsed.issues[0].message)}`;
      return;
    }
    this.openMessage = `${file.name} geöffnet.`;
    this.load(json);
  }

  private selectOffice(event: Event): void {
    if (this.pickerTarget?.kind === 'office') this.closePicker(false);
    this.officeIndex = Number((event.target as HTMLSelectElement).value);
    this.languagesDraft = undefined;
    this.officeGeoDraft = {};
  }

  private toggleSnippetWidget(tag: SnippetWidget, on: boolean): void {
    const chosen = new Set<string>(this.snippetWidgets);
    if (on) chosen.add(tag);
    else chosen.delete(tag);
    this.snippetWidgets = SNIPPET_WIDGETS.map((widget) => widget.tag).filter((item) => chosen.has(item));
    const name = SNIPPET_WIDGETS.find((widget) => widget.tag === tag)!.name;
    this.snippetMessage = `Code geändert: ${name} ${on ? 'hinzugefügt' : 'entfernt'}.${
      this.snippetWidgets.length ? '' : ' Er enthält jetzt kein Widget mehr, nur das Script.'
    }`;
  }

  private selectSnippetService(event: Event): void {
    this.snippetService = (event.target as HTMLSelectElement).value;
    const name = serviceList(this.json).find((item) => item.id === this.snippetService)?.name;
    this.snippetMessage = name ? `Code geändert: Die Checkliste öffnet gleich „${name}“.` : 'Code geändert: Besucher wählen die Leistung in der Checkliste selbst.';
  }

  private toggleExample(event: Event): void {
    this.edit(['example'], (event.target as HTMLInputElement).checked ? true : undefined);
  }

  private async selectPreviewLocale(event: Event): Promise<void> {
    this.previewLocale = (event.target as HTMLSelectElement).value;
    await applyLocale(this.previewLocale, this);
  }

  private selectPartner(index: number): void {
    this.closePartnerPicker();
    this.partnerIndex = this.partnerIndex === index ? undefined : index;
    this.coordinateDraft = {};
  }

  private async addPartner(): Promise<void> {
    this.closePartnerPicker();
    const {config, index} = addPartner(this.json);
    this.edit([], config);
    this.partnerIndex = index;
    this.coordinateDraft = {};
    this.partnerMessage = 'Neuer Partner hinzugefügt: tragen Sie Name, Kategorie und Lage ein.';
    await this.focusAfterRender('#partner-name');
  }

  private async askRemove(index: number): Promise<void> {
    this.removeIndex = index;
    await this.focusAfterRender('#cancel-remove');
  }

  private async cancelRemove(): Promise<void> {
    const index = this.removeIndex;
    this.removeIndex = undefined;
    await this.focusAfterRender('.remove-partner', index ?? 0);
  }

  private async confirmRemove(index: number): Promise<void> {
    const partner = partnerList(this.json, this.editLocale)[index];
    this.closePartnerPicker();
    this.edit([], removePartner(this.json, index));
    this.removeIndex = undefined;
    if (this.partnerIndex === index) this.partnerIndex = undefined;
    else if (this.partnerIndex !== undefined && this.partnerIndex > index) this.partnerIndex--;
    this.coordinateDraft = {};
    this.partnerMessage = `„${partner?.name || partner?.fallback || partner?.id}“ entfernt.`;
    await this.focusAfterRender('#add-partner');
  }

  /** After the coming render, moves the focus to the `index`-th element that matches (the first by default). */
  private async focusAfterRender(selector: string, index = 0): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>(selector)[index]?.focus();
  }

  /**
   * Adds a category, service or document by the German name typed in `#new-{kind}-name` (the field of
   * renderAddByName): says what happened in the list's status line, and moves the focus to the new
   * entry's name, or back to the field when it is empty.
   */
  private async addByName(
    kind: 'category' | 'service' | 'document',
    add: (config: Json | undefined, name: string) => AddedEntry | undefined,
    say: (message: string) => void,
    messages: {empty: string; added: (name: string, id: string) => string},
    opened?: (index: number) => void,
  ): Promise<void> {
    const input = this.renderRoot.querySelector<HTMLInputElement>(`#new-${kind}-name`);
    const name = input?.value.trim() ?? '';
    const added = add(this.json, name);
    if (!added) {
      say(messages.empty);
      input?.focus();
      return;
    }
    this.edit([], added.config);
    if (input) input.value = '';
    opened?.(added.index);
    say(messages.added(name, added.id));
    await this.focusAfterRender(`#${kind}-${added.index}-name`);
  }

  private addCategory(): Promise<void> {
    return this.addByName('category', addCategory, (message) => (this.categoriesMessage = message), {
      empty: 'Bitte schreiben Sie zuerst den Namen der neuen Kategorie auf Deutsch.',
      added: (name, id) => `Kategorie „${name}“ hinzugefügt (Kennung ${id}). Sie steht jetzt in der Auswahl „Kategorie“ jedes Partners.`,
    });
  }

  /** Asks for a confirmation, or says at once why the category cannot go (the focus stays on its button). */
  private async askRemoveCategory(index: number): Promise<void> {
    const category = ownCategories(this.json)[index];
    const refused = removeCategory(this.json, index);
    if (!refused.ok) {
      const names = refused.partners.map((partner) => partner.name || partner.fallback || partner.id).join(', ');
      const count = refused.partners.length === 1 ? 'ein Partner ist' : `${refused.partners.length} Partner sind`;
      this.categoryRemove = undefined;
      this.categoriesMessage = `„${category?.name}“ lässt sich nicht entfernen: ${count} ihr noch zugeordnet (${names}). Geben Sie ${
        refused.partners.length === 1 ? 'ihm' : 'ihnen'
      } zuerst eine andere Kategorie.`;
      await this.focusAfterRender('.remove-category', index);
      return;
    }
    this.categoryRemove = index;
    await this.focusAfterRender('#cancel-remove-category');
  }

  private async cancelRemoveCategory(): Promise<void> {
    const index = this.categoryRemove;
    this.categoryRemove = undefined;
    await this.focusAfterRender('.remove-category', index ?? 0);
  }

  private async confirmRemoveCategory(index: number): Promise<void> {
    const name = ownCategories(this.json)[index]?.name ?? '';
    const removed = removeCategory(this.json, index);
    this.categoryRemove = undefined;
    // A partner may have been filed under it since the question was asked.
    if (!removed.ok) return this.askRemoveCategory(index);
    this.edit([], removed.config);
    this.categoriesMessage = `Kategorie „${name}“ entfernt.`;
    await this.focusAfterRender('#new-category-name');
  }

  private editCoordinate(kind: 'lat' | 'lon', index: number, text: string): void {
    this.coordinateDraft = {...this.coordinateDraft, [kind]: text};
    const checked = parseCoordinateInput(text, kind);
    if (checked.ok) this.edit(['partners', 'features', index, 'geometry', 'coordinates', kind === 'lat' ? 1 : 0], checked.value);
  }

  private async addQuestion(service: number): Promise<void> {
    const input = this.renderRoot.querySelector<HTMLInputElement>(`#service-${service}-new-question`);
    const text = input?.value.trim() ?? '';
    if (!text) {
      this.serviceMessage = {...this.serviceMessage, [service]: 'Bitte schreiben Sie zuerst die neue Frage auf Deutsch.'};
      input?.focus();
      return;
    }
    const {config, index, id} = addQuestion(this.json, service, text);
    this.edit([], config);
    if (input) input.value = '';
    this.serviceMessage = {...this.serviceMessage, [service]: `Frage „${text}“ hinzugefügt (Kennung ${id}). Wählen Sie bei den Unterlagen, wann sie gebraucht werden.`};
    await this.focusAfterRender(`#service-${service}-question-${index}-text`);
  }

  private async askRemoveQuestion(service: number, question: number): Promise<void> {
    this.questionRemove = {service, question};
    await this.focusAfterRender('#cancel-remove-question');
  }

  private async cancelRemoveQuestion(): Promise<void> {
    const pending = this.questionRemove;
    this.questionRemove = undefined;
    if (pending) await this.focusAfterRender(`#service-${pending.service}-questions [data-id="${CSS.escape(this.questionIdAt(pending))}"] .remove-question`);
  }

  private questionIdAt({service, question}: {service: number; question: number}): string {
    return String(getIn(this.json, ['services', service, 'questions', question, 'id']) ?? '');
  }

  private async confirmRemoveQuestion(service: number, question: number): Promise<void> {
    const text = textIn(getIn(this.json, ['services', service, 'questions', question, 'text']), 'de', contentLanguage(this.json)) || this.questionIdAt({service, question});
    const {config, documents} = removeQuestion(this.json, service, question);
    this.edit([], config);
    this.questionRemove = undefined;
    this.serviceMessage = {
      ...this.serviceMessage,
      [service]: `Frage „${text}“ entfernt${documents ? `; aus den Bedingungen von ${documents === 1 ? 'einer Unterlage' : `${documents} Unterlagen`} gestrichen` : ''}.`,
    };
    await this.focusAfterRender(`#service-${service}-new-question`);
  }

  private addService(): Promise<void> {
    return this.addByName(
      'service',
      addService,
      (message) => (this.servicesMessage = message),
      {
        empty: 'Bitte schreiben Sie zuerst den Namen der neuen Leistung auf Deutsch.',
        added: (name, id) => `Leistung „${name}“ hinzugefügt (Kennung ${id}). Fügen Sie ihr Fragen und Unterlagen hinzu.`,
      },
      (index) => (this.openService = index),
    );
  }

  private async askRemoveService(index: number): Promise<void> {
    this.serviceRemove = index;
    await this.focusAfterRender('#cancel-remove-service');
  }

  private async cancelRemoveService(): Promise<void> {
    const index = this.serviceRemove;
    this.serviceRemove = undefined;
    await this.focusAfterRender('.remove-service', index ?? 0);
  }

  private async confirmRemoveService(index: number): Promise<void> {
    const name = serviceList(this.json)[index]?.name ?? '';
    // The services render by position: each later one moves up into the <details> above, which
    // would keep the open state of the one before it. Remember who was open, and hand it on.
    const details = [...this.renderRoot.querySelectorAll<HTMLDetailsElement>('details.service')];
    const open = details.map((item) => item.open).filter((_, position) => position !== index);
    this.edit([], removeService(this.json, index));
    this.serviceRemove = undefined;
    this.openService = undefined;
    // Everything kept per service is kept by position, and the positions after this one moved.
    this.questionRemove = undefined;
    this.serviceDocumentRemove = undefined;
    this.serviceMessage = {};
    this.serviceDocumentMessage = {};
    this.copiesDraft = {};
    this.servicesMessage = `Leistung „${name}“ entfernt.`;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLDetailsElement>('details.service').forEach((item, position) => (item.open = open[position] ?? false));
    this.renderRoot.querySelector<HTMLElement>('#new-service-name')?.focus();
  }

  private addDocument(): Promise<void> {
    return this.addByName(
      'document',
      addDocument,
      (message) => (this.documentMessage = message),
      {
        empty: 'Bitte schreiben Sie zuerst den Namen der neuen Unterlage auf Deutsch.',
        added: (name, id) => `Unterlage „${name}“ hinzugefügt (Kennung ${id}). Fügen Sie sie bei den Leistungen hinzu, die sie brauchen.`,
      },
      (index) => (this.openDocument = index),
    );
  }

  private async moveDocument(from: number, by: -1 | 1): Promise<void> {
    const next = moveDocument(this.json, from, by);
    // At either end nothing moves (the button is only aria-disabled, so it keeps the focus).
    if (next === this.json) return;
    const to = from + by;
    const {name} = documentList(this.json)[from];
    const followOpen = this.swapOpenDetails('.catalog-document > details', from, to);
    this.edit([], next);
    // The keywords as typed are kept per position, so they go (as after a removal).
    this.keywordsDraft = {};
    this.documentRemove = undefined;
    if (this.openDocument === from) this.openDocument = to;
    else if (this.openDocument === to) this.openDocument = from;
    this.documentMessage = `„${name}“ ist jetzt an Stelle ${to + 1} von ${documentList(next).length}.`;
    await this.updateComplete;
    followOpen();
    this.renderRoot.querySelector<HTMLElement>(`#document-${to}-${by < 0 ? 'up' : 'down'}`)?.focus();
  }

  /**
   * Lists render by position, so after a move an open <details> would stay at the old place and show
   * the other item. Call before the move; the returned function, after the render, swaps the two back.
   */
  private swapOpenDetails(selector: string, from: number, to: number): () => void {
    const details = this.renderRoot.querySelectorAll<HTMLDetailsElement>(selector);
    const [moved, other] = [details[from]?.open ?? false, details[to]?.open ?? false];
    return () => {
      if (details[to]) details[to].open = moved;
      if (details[from]) details[from].open = other;
    };
  }

  private async askRemoveDocument(index: number): Promise<void> {
    this.documentRemove = index;
    await this.focusAfterRender('#cancel-remove-document');
  }

  private async cancelRemoveDocument(): Promise<void> {
    const index = this.documentRemove;
    this.documentRemove = undefined;
    await this.focusAfterRender('.remove-document', index ?? 0);
  }

  private async confirmRemoveDocument(index: number): Promise<void> {
    const name = documentList(this.json)[index]?.name ?? '';
    const {config, services} = removeDocument(this.json, index);
    this.edit([], config);
    this.documentRemove = undefined;
    this.openDocument = undefined;
    this.keywordsDraft = {};
    this.copiesDraft = {};
    this.documentMessage = `Unterlage „${name}“ entfernt${services ? `; aus ${services === 1 ? 'einer Leistung' : `${services} Leistungen`} gestrichen` : ''}.`;
    await this.focusAfterRender('#new-document-name');
  }

  private addServiceDocument(service: number): void {
    const select = this.renderRoot.querySelector<HTMLSelectElement>(`#service-${service}-add-document-select`);
    const ref = select?.value ?? '';
    if (!ref) {
      this.serviceDocumentMessage = {...this.serviceDocumentMessage, [service]: 'Bitte wählen Sie zuerst eine Unterlage.'};
      select?.focus();
      return;
    }
    const name = documentList(this.json).find((document) => document.id === ref)?.name ?? ref;
    this.edit([], addServiceDocument(this.json, service, ref));
    if (select) select.value = '';
    this.serviceDocumentMessage = {...this.serviceDocumentMessage, [service]: `„${name}“ hinzugefügt, als letzte Unterlage dieser Leistung.`};
  }

  private async moveServiceDocument(service: number, from: number, by: -1 | 1): Promise<void> {
    const list = getIn(this.json, ['services', service, 'documents']);
    const to = from + by;
    if (!Array.isArray(list) || to < 0 || to >= list.length) return;
    const name = documentList(this.json).find((document) => document.id === getIn(list[from], ['ref']))?.name ?? '';
    const followOpen = this.swapOpenDetails(`#service-${service}-questions ~ .service-documents .service-document > details`, from, to);
    this.edit([], moveServiceDocument(this.json, service, from, by));
    this.copiesDraft = {};
    this.serviceDocumentMessage = {...this.serviceDocumentMessage, [service]: `„${name}“ ist jetzt an Stelle ${to + 1} von ${list.length}.`};
    await this.updateComplete;
    followOpen();
    this.renderRoot.querySelector<HTMLElement>(`#service-${service}-document-${to}-${by < 0 ? 'up' : 'down'}`)?.focus();
  }

  private async askRemoveServiceDocument(service: number, document: number): Promise<void> {
    this.serviceDocumentRemove = {service, document};
    await this.focusAfterRender('#cancel-remove-service-document');
  }

  private async cancelRemoveServiceDocument(): Promise<void> {
    const pending = this.serviceDocumentRemove;
    this.serviceDocumentRemove = undefined;
    if (pending) await this.focusAfterRender(`#service-${pending.service}-questions ~ .service-documents .remove-service-document`, pending.document);
  }

  private async confirmRemoveServiceDocument(service: number, document: number): Promise<void> {
    const ref = getIn(this.json, ['services', service, 'documents', document, 'ref']);
    const name = documentList(this.json).find((item) => item.id === ref)?.name ?? String(ref ?? '');
    this.edit([], removeServiceDocument(this.json, service, document));
    this.serviceDocumentRemove = undefined;
    this.copiesDraft = {};
    this.serviceDocumentMessage = {...this.serviceDocumentMessage, [service]: `„${name}“ aus dieser Leistung entfernt.`};
    await this.focusAfterRender(`#service-${service}-add-document-select`);
  }

  /**
   * Removes the outdated translations of one text: visitors then read the German (or English) text,
   * which the widgets mark with its own lang, rather than what the text said before (for the template:
   * another office). The focus goes back to the text's field, whose status line now says what is missing.
   */
  private async removeOutdated(id: string, path: PathKey[], englishStays: boolean): Promise<void> {
    const locales = outdatedLocales(this.json, this.snapshot, path, this.typedTranslations);
    if (!locales.length) return;
    this.edit(path, withoutLocales(getIn(this.json, path), locales, contentLanguage(this.json)));
    this.translationMessage = {
      id,
      text: `${locales.length === 1 ? 'Veraltete Übersetzung' : 'Veraltete Übersetzungen'} entfernt: ${this.languageLabels(locales)}. Besucher in ${
        locales.length === 1 ? 'dieser Sprache' : 'diesen Sprachen'
      } sehen jetzt den ${englishStays ? 'englischen' : 'deutschen'} Text.`,
    };
    await this.focusAfterRender(`#${id}`);
  }

  private editCopies(key: string, path: PathKey[], text: string): void {
    this.copiesDraft = {...this.copiesDraft, [key]: text};
    const checked = parseCopies(text);
    if (checked.ok) this.edit(path, checked.value);
  }

  /** Loads Leaflet (a dynamic import) and the tiles: only now, after the click that named the server. */
  private async openPicker(target: PickerTarget, tiles: string): Promise<void> {
    // One map at a time: opening the office's closes a partner's, and the other way round.
    this.closePicker(false);
    const generation = ++this.pickerGeneration;
    const prefix = pickerPrefix(target.kind);
    this.pickerTarget = target;
    this.pickerMessage = {kind: target.kind, text: 'Die Karte wird geladen …'};
    await this.updateComplete;
    const container = this.renderRoot.querySelector<HTMLElement>(`#${prefix}picker-map`);
    if (!container) return;
    try {
      const {createCoordinateView} = await import('./coordinate-view.js');
      if (generation !== this.pickerGeneration) return;
      const root = this.renderRoot as ShadowRoot;
      const sheet = leafletStyles.styleSheet;
      if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      const position = (path: PathKey[]) => {
        const lat = getIn(this.json, [...path, 'lat']);
        const lon = getIn(this.json, [...path, 'lon']);
        return typeof lat === 'number' && typeof lon === 'number' ? {lat, lon} : undefined;
      };
      const own = target.kind === 'office' ? position(['offices', target.index, 'geo']) : this.partnerPosition(target.index);
      const zoom = getIn(this.json, ['map', 'zoom']);
      this.pickerView = createCoordinateView({
        container,
        tiles,
        center: own ?? position(['map', 'center']) ?? position(['offices', 0, 'geo']) ?? {lat: 51.16, lon: 10.45},
        zoom: own ? 16 : typeof zoom === 'number' ? zoom : 13,
        reducedMotion: window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
        onPick: (picked) => this.takePosition(target, picked),
      });
      this.pickerMessage = {kind: target.kind, text: 'Die Karte ist geladen.'};
      container.focus({preventScroll: true});
    } catch {
      if (generation !== this.pickerGeneration) return;
      this.pickerMessage = {kind: target.kind, text: 'Die Karte konnte nicht geladen werden: tragen Sie die Koordinaten bitte ein.'};
    }
  }

  /** A partner's [longitude, latitude] as {lat, lon}, when both are numbers. */
  private partnerPosition(index: number): {lat: number; lon: number} | undefined {
    const coordinates = getIn(this.json, ['partners', 'features', index, 'geometry', 'coordinates']);
    return Array.isArray(coordinates) && typeof coordinates[0] === 'number' && typeof coordinates[1] === 'number'
      ? {lat: coordinates[1], lon: coordinates[0]}
      : undefined;
  }

  /** The partner form changes (another partner, one added or removed): a partner's map goes, the office's stays. */
  private closePartnerPicker(): void {
    if (this.pickerTarget?.kind === 'partner') this.closePicker(false);
  }

  private closePicker(returnFocus: boolean): void {
    this.pickerGeneration++;
    this.pickerView?.destroy();
    this.pickerView = undefined;
    const target = this.pickerTarget;
    if (target === undefined) return;
    this.pickerTarget = undefined;
    if (returnFocus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${pickerPrefix(target.kind)}pick-on-map`)?.focus());
  }

  private pickerKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      const kind = this.pickerTarget?.kind ?? 'partner';
      this.closePicker(true);
      this.pickerMessage = {kind, text: 'Karte geschlossen.'};
      return;
    }
    if ((event.target as HTMLElement).classList.contains('picker-map') && this.pickerView?.key(event.key)) event.preventDefault();
  };

  private takePosition(target: PickerTarget, {lat, lon}: {lat: number; lon: number}): void {
    if (target.kind === 'office') {
      this.edit(['offices', target.index, 'geo'], {lat, lon});
      this.officeGeoDraft = {};
    } else {
      this.edit(['partners', 'features', target.index, 'geometry', 'coordinates'], [lon, lat]);
      this.coordinateDraft = {};
    }
    this.pickerMessage = {kind: target.kind, text: `Lage übernommen: Breitengrad ${lat}, Längengrad ${lon}.`};
  }

  /** Writes the office's position once both fields read (or removes it when both are empty). */
  private editOfficeGeo(kind: 'lat' | 'lon', text: string): void {
    this.officeGeoDraft = {...this.officeGeoDraft, [kind]: text};
    const path: PathKey[] = ['offices', this.officeIndex, 'geo'];
    const other = kind === 'lat' ? 'lon' : 'lat';
    const stored = getIn(this.json, [...path, other]);
    const texts = {[kind]: text, [other]: this.officeGeoDraft[other] ?? (typeof stored === 'number' ? String(stored) : '')} as {lat: string; lon: string};
    const checked = parseOfficeGeo(texts.lat, texts.lon);
    if (checked.ok) this.edit(path, checked.value);
  }

  private async importCsv(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const imported = importPartnersCsv(this.json, bytes);
    if (imported.config !== undefined) this.edit([], imported.config);
    this.csvImport = {...imported, summary: `${file.name}: ${imported.summary}`};
    // The same file, corrected in the spreadsheet, can be chosen again.
    input.value = '';
  }

  private exportConfig(): void {
    const text = exportText(this.json);
    const fileName = exportFileName(this.json);
    const report = reportInGerman(checkConfigText(text));
    this.exported = {text, fileName, report};
    const url = URL.createObjectURL(new Blob([text], {type: 'application/json'}));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.dispatchEvent(new CustomEvent('willkommen-configurator-export', {bubbles: true, composed: true, detail: {text, fileName, report}}));
  }

  private async copySnippet(snippet: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(snippet);
      this.copyMessage = 'Kopiert.';
    } catch {
      // No clipboard permission (file://, older browsers): select the code for Ctrl+C instead.
      const code = this.renderRoot.querySelector('#snippet');
      if (code) getSelection()?.selectAllChildren(code);
      this.copyMessage = 'Der Code ist markiert: kopieren Sie ihn mit Strg+C.';
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'willkommen-configurator': WillkommenConfigurator;
  }
}
