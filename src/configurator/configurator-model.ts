/**
 * What the configurator does to a config, without Lit or DOM: read and change values by path, set a
 * text for one language, list the languages a text lacks, preview opening hours, build the export and
 * the embed snippet. It works on the RAW JSON the webmaster is editing (which may be invalid at any
 * moment), never on the parsed Config: the export must keep every key exactly as the file had it.
 * Validation stays where the widgets do it (src/core/config/validate.ts).
 */
import {allLocales} from '../generated/locale-codes.js';
import {LOCALIZED_KEYS, PRESET_CATEGORIES} from '../core/config/schema.js';
import {COLUMNS, importPartners, parseCoordinate, slugify, type Field, type ImportReport} from '../cli/partners-import.js';
import {formatPath, type ConfigIssue, type ConfigResult} from '../core/config/validate.js';
import type {ConfigReport, Finding} from '../cli/config-report.js';
import {formatDate, formatTime, formatWeekday, languageName} from '../core/format.js';
import {addDays, openStateAt, parseOpeningHours, zonedParts, type Closure, type OpenState} from '../core/opening-hours.js';

export type Json = null | boolean | number | string | Json[] | {[key: string]: Json};
export type JsonObject = {[key: string]: Json};
export type PathKey = string | number;

/** The 16 federal states (their list lives with the holidays they decide). */
export {REGIONS} from '../core/regions.js';

export const isObject = (value: unknown): value is JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The value at a path, or undefined when any step is missing. */
export function getIn(json: Json | undefined, path: readonly PathKey[]): Json | undefined {
  let current: Json | undefined = json;
  for (const key of path) {
    if (typeof key === 'number' ? !Array.isArray(current) : !isObject(current)) return undefined;
    current = (current as Record<PathKey, Json>)[key];
  }
  return current;
}

/**
 * A copy of `json` with the value at `path` replaced; `undefined` removes the key. Missing objects on
 * the way are created. Untouched branches are shared, the input is never changed.
 */
export function setIn(json: Json | undefined, path: readonly PathKey[], value: Json | undefined): Json | undefined {
  if (!path.length) return value;
  const [key, ...rest] = path;
  if (typeof key === 'number') {
    const list = Array.isArray(json) ? [...json] : [];
    const next = setIn(list[key], rest, value);
    if (next === undefined) list.splice(key, 1);
    else list[key] = next;
    return list;
  }
  const object: JsonObject = isObject(json) ? {...json} : {};
  const next = setIn(object[key], rest, value);
  if (next === undefined) delete object[key];
  else object[key] = next;
  return object;
}

/** The language of texts given as a plain string (the schema's default is German). */
export function contentLanguage(config: Json | undefined): string {
  const language = getIn(config, ['language']);
  return typeof language === 'string' && language ? language : 'de';
}

/** The text of exactly that language (no fallback: the editor shows what is missing). */
export function textIn(value: Json | undefined, locale: string, language = 'de'): string {
  if (typeof value === 'string') return locale === language ? value : '';
  if (isObject(value)) {
    const text = value[locale];
    return typeof text === 'string' ? text : '';
  }
  return '';
}

/**
 * The text with one language set (or removed, for an empty text). A plain string stays a plain string
 * while only its own language is edited; a second language turns it into {language: text, …}. A text
 * left with no language at all is removed (undefined).
 */
export function setText(value: Json | undefined, locale: string, text: string, language = 'de'): Json | undefined {
  const entries: JsonObject = typeof value === 'string' ? (value ? {[language]: value} : {}) : isObject(value) ? {...value} : {};
  if (text) entries[locale] = text;
  else delete entries[locale];
  const keys = Object.keys(entries);
  if (!keys.length) return undefined;
  if (typeof value === 'string' && keys.length === 1 && keys[0] === language) return entries[language];
  return entries;
}

/** Which of `locales` the text has no (non-empty) wording for. */
export function missingLocales(value: Json | undefined, locales: readonly string[], language = 'de'): string[] {
  return locales.filter((locale) => !textIn(value, locale, language));
}

/** Every language any localized text of the config is written in, in first-seen order. */
export function configLanguages(config: Json | undefined): string[] {
  const found = new Set<string>();
  const language = contentLanguage(config);
  const walk = (value: Json | undefined, key?: string): void => {
    if (key !== undefined && LOCALIZED_KEYS.has(key)) {
      if (typeof value === 'string') found.add(language);
      else if (isObject(value)) Object.keys(value).forEach((code) => found.add(code));
      return;
    }
    if (Array.isArray(value)) value.forEach((item) => walk(item));
    else if (isObject(value)) Object.entries(value).forEach(([childKey, child]) => walk(child, childKey));
  };
  walk(config);
  return [...found];
}

/** The languages offered in the editor: German and English first, the config's own, then every UI locale. */
export function editorLocales(config: Json | undefined): string[] {
  const rank = (code: string) => (code === 'de' ? 0 : code === 'en' ? 1 : 2);
  const ui = [...allLocales].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return [...new Set([...ui.slice(0, 2), ...configLanguages(config), ...ui])];
}

/** "de, ar,  tr" → ['de', 'ar', 'tr'] (the schema checks each code). */
export function parseLanguageList(text: string): string[] {
  return text
    .split(/[,;\s]+/)
    .map((code) => code.trim())
    .filter(Boolean);
}

export type HoursPreview =
  | {kind: 'empty'}
  | {kind: 'error'; message: string; offset: number}
  | {kind: 'state'; state: OpenState};

/** "Open now / closed now" for the hours being typed, with the office's region and closures. */
export function previewHours(text: string, now: Date, region?: string, closures: readonly Closure[] = []): HoursPreview {
  if (!text.trim()) return {kind: 'empty'};
  const parsed = parseOpeningHours(text);
  if (!parsed.ok) return {kind: 'error', message: parsed.error, offset: parsed.offset};
  return {kind: 'state', state: openStateAt(parsed.value, now, {region, closures: [...closures], timeZone: 'Europe/Berlin'})};
}

/**
 * The preview in German words: "Mo., 1. Juni, 10:30 Uhr: Jetzt geöffnet · schließt heute um 12:00 Uhr"
 * (the configurator is a German tool; see configurator.ts).
 */
export function describeHoursPreview(preview: HoursPreview, now: Date): {status: 'empty' | 'error' | 'open' | 'closed'; text: string} {
  if (preview.kind === 'empty') return {status: 'empty', text: 'Keine Öffnungszeiten angegeben.'};
  if (preview.kind === 'error') {
    // The position is said once, in front; the parser's own " at 5" goes.
    return {status: 'error', text: `Schreibweise nicht erkannt (Zeichen ${preview.offset + 1}): ${hoursInGerman(preview.message.replace(/ at \d+$/, ''))}`};
  }
  const {date, minutes} = zonedParts(now);
  const clock = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  const at = `${formatDate(date, 'de')}, ${formatTime(clock, 'de')} Uhr`;
  const {open, next} = preview.state;
  let change = '';
  if (next) {
    const day =
      next.date === date ? 'heute' : next.date === addDays(date, 1) ? 'morgen' : next.date < addDays(date, 7) ? formatWeekday(next.date, 'de') : `am ${formatDate(next.date, 'de')}`;
    change = ` · ${open ? 'schließt' : 'öffnet'} ${day} um ${formatTime(next.time, 'de')} Uhr`;
  }
  return {status: open ? 'open' : 'closed', text: `Vorschau für ${at}: ${open ? 'Jetzt geöffnet' : 'Jetzt geschlossen'}${change}`};
}

/** The closures of an office as the hours evaluation reads them (only well-formed entries). */
export function closuresOf(office: Json | undefined): Closure[] {
  const list = getIn(office, ['closures']);
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => {
    const from = getIn(item, ['from']);
    const to = getIn(item, ['to']);
    if (typeof from !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(from)) return [];
    return [typeof to === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(to) ? {from, to} : {from}];
  });
}

/** The issues about this value or anything inside it. */
export function issuesAt(issues: readonly ConfigIssue[], path: readonly PathKey[]): ConfigIssue[] {
  const prefix = formatPath(path);
  return issues.filter(
    (issue) => issue.path === prefix || issue.path.startsWith(`${prefix}.`) || issue.path.startsWith(`${prefix}[`),
  );
}

/** The file the webmaster downloads: two-space indented, as people edit JSON by hand, ending in a newline. */
export function exportText(config: Json | undefined): string {
  return `${JSON.stringify(config ?? {}, null, 2)}\n`;
}

/** A file name from the office name: "Ausländerbehörde Musterstadt" → "auslaenderbehoerde-musterstadt.json". */
export function exportFileName(config: Json | undefined): string {
  const name = textIn(getIn(config, ['offices', 0, 'name']), 'de', contentLanguage(config)) || 'office';
  const slug = slugify(name);
  return `${slug || 'office'}.json`;
}

/**
 * The widgets a page can show, in the order the snippet lists them: the German name the configurator
 * announces, the label of its checkbox, and the text of its fallback link (none for the language picker,
 * as in the README's snippet: without the script there is nothing to pick).
 */
export const SNIPPET_WIDGETS = [
  {tag: 'willkommen-language-picker', name: 'Sprachauswahl', label: 'Sprachauswahl (stellt die Sprache aller Widgets der Seite ein)', fallback: ''},
  {tag: 'willkommen-contact-card', name: 'Kontaktkarte', label: 'Kontaktkarte (Adresse, Öffnungszeiten, Kontakt)', fallback: 'Kontakt und Öffnungszeiten'},
  {tag: 'willkommen-checklist', name: 'Checkliste', label: 'Checkliste zur Terminvorbereitung', fallback: 'Unterlagen für Ihren Termin'},
  {tag: 'willkommen-document-finder', name: 'Unterlagen-Suche', label: 'Unterlagen-Suche', fallback: 'Erklärungen zu den Unterlagen'},
  {tag: 'willkommen-partner-map', name: 'Partnerkarte', label: 'Partnerkarte (Beratungsstellen als Liste, Karte erst nach Zustimmung)', fallback: 'Beratungsstellen und Partner'},
] as const;

export type SnippetWidget = (typeof SNIPPET_WIDGETS)[number]['tag'];

/**
 * What a page of an immigration office usually shows: the language picker (visitors rarely read
 * German first), the contact card and the appointment checklist. The document finder and the partner
 * map are for pages of their own, so they are ticked on request.
 */
export const DEFAULT_SNIPPET_WIDGETS: readonly SnippetWidget[] = ['willkommen-language-picker', 'willkommen-contact-card', 'willkommen-checklist'];

export interface SnippetOptions {
  /** The exported config's file name (data-config points at it). */
  fileName: string;
  /** The office's website: the fallback links go there (only http(s); otherwise "/kontakt"). */
  website?: string;
  /** The Subresource Integrity value of the built willkommen.js. */
  integrity?: string;
  /** Which widget elements the page shows; default DEFAULT_SNIPPET_WIDGETS. Listed in SNIPPET_WIDGETS order. */
  widgets?: readonly SnippetWidget[];
  /** The checklist opens this service directly (`service="…"`); empty: the visitor picks. */
  service?: string;
}

/**
 * The lines a webmaster pastes into a page: one line per chosen widget, then the script. As in the
 * README's embed snippet, each widget but the language picker holds a link: its fallback, which the
 * page shows when the script is blocked or fails and the widget hides once it has rendered. With the
 * Subresource Integrity value of the built willkommen.js the script tag carries it (and
 * crossorigin="anonymous", which integrity needs for a file from another origin).
 */
export function embedSnippet({fileName, website, integrity, widgets = DEFAULT_SNIPPET_WIDGETS, service}: SnippetOptions): string {
  const safe = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const href = website && /^https?:\/\//.test(website) ? website : '/kontakt';
  const chosen = new Set<string>(widgets);
  const elements = SNIPPET_WIDGETS.filter((widget) => chosen.has(widget.tag)).map(({tag, fallback}) => {
    const attributes = tag === 'willkommen-checklist' && service ? ` service="${safe(service)}"` : '';
    return `<${tag}${attributes}>${fallback ? `<a href="${safe(href)}">${fallback}</a>` : ''}</${tag}>`;
  });
  return [
    ...elements,
    `<script src="/assets/willkommen.js"${integrity ? ` integrity="${safe(integrity)}" crossorigin="anonymous"` : ''} data-config="/assets/${safe(fileName)}" defer></script>`,
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------------
// Partners

/** Categories a partner may use: the presets every config has, then the config's own. */
export function partnerCategories(config: Json | undefined): string[] {
  const own = getIn(config, ['categories']);
  const ids = Array.isArray(own) ? own.map((category) => getIn(category, ['id'])).filter((id): id is string => typeof id === 'string') : [];
  return [...new Set<string>([...PRESET_CATEGORIES, ...ids])];
}

/** The German label of a category: the config's own name for it, or the preset's German name. */
export function categoryLabel(config: Json | undefined, id: string): string {
  const own = getIn(config, ['categories']);
  const found = Array.isArray(own) ? own.find((category) => getIn(category, ['id']) === id) : undefined;
  const name = found ? textIn(getIn(found, ['name']), 'de', contentLanguage(config)) : '';
  return name || PRESET_CATEGORY_NAMES[id] || id;
}

/** An entry of one of the config's lists (categories, documents, services) as the configurator shows it. */
export interface EntrySummary {
  index: number;
  id: string;
  /** The German name (or the id when it has none). */
  name: string;
}

/** The entries of a top-level list of the config, in file order, with their ids and German names. */
function entriesOf(config: Json | undefined, key: 'categories' | 'documents' | 'services'): Array<EntrySummary & {entry: Json}> {
  const list = getIn(config, [key]);
  if (!Array.isArray(list)) return [];
  const language = contentLanguage(config);
  return list.map((entry, index) => {
    const value = getIn(entry, ['id']);
    const id = typeof value === 'string' ? value : '';
    return {index, id, name: textIn(getIn(entry, ['name']), 'de', language) || id, entry};
  });
}

export type CategorySummary = EntrySummary;

/** The config's own categories (`categories`, beside the presets), in file order. */
export function ownCategories(config: Json | undefined): CategorySummary[] {
  return entriesOf(config, 'categories').map(({index, id, name}) => ({index, id, name}));
}

/**
 * An id for an own category from its German name, unique among the presets and the config's own:
 * an own category with a preset's id would rename that preset on every partner using it.
 */
export function categoryIdFor(config: Json | undefined, name: string): string {
  const used = new Set<string>([...PRESET_CATEGORIES, ...ownCategories(config).map((category) => category.id)]);
  return uniqueId(slugify(name) || 'kategorie', used);
}

/** What adding an entry by its name gives: the new config, and the entry's position and id. */
export interface AddedEntry {
  config: Json | undefined;
  index: number;
  id: string;
}

/**
 * The config with a new entry at the end of the list `key`: an id made from the name by `idFor`, the
 * German name under "de", and `more` fields. An empty name is refused (undefined).
 */
function appendNamed(
  config: Json | undefined,
  key: 'categories' | 'documents' | 'services',
  name: string,
  idFor: (config: Json | undefined, name: string) => string,
  more: Record<string, Json> = {},
): AddedEntry | undefined {
  const trimmed = name.trim();
  if (!trimmed) return undefined;
  const id = idFor(config, trimmed);
  const list = getIn(config, [key]);
  const entries = Array.isArray(list) ? list : [];
  return {config: setIn(config, [key], [...entries, {id, name: {de: trimmed}, ...more}]), index: entries.length, id};
}

/** The config with a new own category at the end, its German name under "de"; an empty name is refused. */
export function addCategory(config: Json | undefined, name: string): AddedEntry | undefined {
  return appendNamed(config, 'categories', name, categoryIdFor);
}

/** The partners filed under the category `id`. */
export function partnersInCategory(config: Json | undefined, id: string): PartnerSummary[] {
  return partnerList(config, 'de').filter((partner) => partner.category === id);
}

/**
 * The config without its own category at `index`, or a refusal naming the partners still filed under
 * it: removing it would leave them with an unknown category, and the widgets would not load the config.
 */
export function removeCategory(
  config: Json | undefined,
  index: number,
): {ok: true; config: Json | undefined} | {ok: false; partners: PartnerSummary[]} {
  const id = ownCategories(config)[index]?.id;
  const partners = id ? partnersInCategory(config, id) : [];
  if (partners.length) return {ok: false, partners};
  return {ok: true, config: setIn(config, ['categories', index], undefined)};
}

const PRESET_CATEGORY_NAMES: Record<string, string> = {
  'migration-counselling': 'Migrationsberatung',
  'youth-migration': 'Jugendmigrationsdienst',
  recognition: 'Anerkennung von Abschlüssen',
  'language-courses': 'Sprachkurse',
  'welcome-centre': 'Welcome Center',
  employment: 'Arbeit',
  health: 'Gesundheit',
  housing: 'Wohnen',
  legal: 'Rechtsberatung',
  'women-lgbtq': 'Frauen und LSBTIQ*',
  community: 'Gemeinschaft',
};

export interface PartnerSummary {
  index: number;
  id: string;
  /** The name in the asked language; empty when it has none. */
  name: string;
  /** A name to show when `name` is empty: the first the partner has. */
  fallback: string;
  category: string;
}

/** The partners of the config as the list shows them, in file order. */
export function partnerList(config: Json | undefined, locale: string): PartnerSummary[] {
  const features = getIn(config, ['partners', 'features']);
  if (!Array.isArray(features)) return [];
  const language = contentLanguage(config);
  return features.map((feature, index) => {
    const value = getIn(feature, ['properties', 'name']);
    const id = getIn(feature, ['properties', 'id']);
    const category = getIn(feature, ['properties', 'category']);
    const first = typeof value === 'string' ? value : isObject(value) ? Object.values(value).find((text) => typeof text === 'string') : undefined;
    return {
      index,
      id: typeof id === 'string' ? id : '',
      name: textIn(value, locale, language),
      fallback: typeof first === 'string' ? first : '',
      category: typeof category === 'string' ? category : '',
    };
  });
}

/** An id no partner has yet: partner-1, partner-2, … */
export function freePartnerId(config: Json | undefined, base = 'partner'): string {
  const used = new Set(partnerList(config, 'de').map((partner) => partner.id));
  for (let number = 1; ; number++) if (!used.has(`${base}-${number}`)) return `${base}-${number}`;
}

/**
 * The config with a new partner at the end: a valid one (name, preset category, the office's or the
 * map's position), so the config stays loadable while the webmaster fills it in.
 */
export function addPartner(config: Json | undefined, name = 'Neuer Partner'): {config: Json | undefined; index: number} {
  const at = (path: PathKey[]) => {
    const lat = getIn(config, [...path, 'lat']);
    const lon = getIn(config, [...path, 'lon']);
    return typeof lat === 'number' && typeof lon === 'number' ? [lon, lat] : undefined;
  };
  const coordinates = at(['offices', 0, 'geo']) ?? at(['map', 'center']) ?? [10.45, 51.16];
  const partners = getIn(config, ['partners']);
  const features = getIn(partners, ['features']);
  const list = Array.isArray(features) ? features : [];
  const feature: Json = {
    type: 'Feature',
    geometry: {type: 'Point', coordinates},
    properties: {id: freePartnerId(config), name: {[contentLanguage(config)]: name}, category: 'community'},
  };
  const next = setIn(config, ['partners'], {...(isObject(partners) ? partners : {}), type: 'FeatureCollection', features: [...list, feature]});
  return {config: next, index: list.length};
}

/** The config without the partner at `index`. */
export function removePartner(config: Json | undefined, index: number): Json | undefined {
  return setIn(config, ['partners', 'features', index], undefined);
}

export type CoordinateInput = {ok: true; value: number} | {ok: false; message: string};

/** A latitude or longitude as typed: "51.5123" or "51,5123", within ±90 or ±180 degrees. */
export function parseCoordinateInput(text: string, kind: 'lat' | 'lon'): CoordinateInput {
  const name = kind === 'lat' ? 'Breitengrad' : 'Längengrad';
  const limit = kind === 'lat' ? 90 : 180;
  const example = kind === 'lat' ? '51.5123' : '7.4262';
  if (!text.trim()) return {ok: false, message: `Bitte geben Sie den ${name} an, zum Beispiel ${example}.`};
  const value = parseCoordinate(text);
  if (value === undefined) return {ok: false, message: `„${text.trim()}“ ist keine Zahl: schreiben Sie den ${name} als Dezimalzahl, zum Beispiel ${example}.`};
  if (value < -limit || value > limit) return {ok: false, message: `Der ${name} muss zwischen -${limit} und ${limit} liegen.`};
  return {ok: true, value};
}

export type OfficeGeoInput = {ok: true; value?: {lat: number; lon: number}} | {ok: false; lat?: string; lon?: string};

/**
 * The office's position as typed in its two fields. Unlike a partner's, it may be left out (the partner
 * map then shows no distances), but only as a pair: the schema wants both or neither, so one number
 * alone asks for the other. Otherwise each field is read as a partner's is (parseCoordinateInput).
 */
export function parseOfficeGeo(latText: string, lonText: string): OfficeGeoInput {
  if (!latText.trim() && !lonText.trim()) return {ok: true};
  const lat = parseCoordinateInput(latText, 'lat');
  const lon = parseCoordinateInput(lonText, 'lon');
  if (lat.ok && lon.ok) return {ok: true, value: {lat: lat.value, lon: lon.value}};
  return {ok: false, lat: lat.ok ? undefined : lat.message, lon: lon.ok ? undefined : lon.message};
}

export interface CsvImport {
  /** The merged config; absent when nothing could be merged. */
  config?: Json;
  /** German sentences for the status line: the outcome, then how the file was read. */
  summary: string;
  /** One German line per skipped row: "Zeile 3, Spalte „lat“: …". */
  problems: Array<{row: number; column?: string; text: string}>;
}

/** The partners of a spreadsheet export merged into the config (`importPartners`, as the CLI does it). */
export function importPartnersCsv(config: Json | undefined, bytes: Uint8Array): CsvImport {
  const {report, config: merged} = importPartners(exportText(config), bytes);
  const problems = report.problems.map((problem) => ({
    row: problem.row,
    column: problem.column,
    text: `Zeile ${problem.row}${problem.column ? `, Spalte „${problem.column}“` : ''}: ${importInGerman(problem.message)}`,
  }));
  const notes = importNotes(report);
  if (report.error || merged === undefined) {
    const reason = report.error ? importInGerman(report.error) : 'Die Datei ist nicht lesbar';
    return {summary: [`Nichts übernommen: ${reason}.`, ...notes].join(' '), problems};
  }
  const count = (n: number, one: string, many: string) => (n === 1 ? `ein ${one}` : `${n} ${many}`);
  const parts = [
    report.added.length ? `${count(report.added.length, 'Partner', 'Partner')} hinzugefügt` : '',
    report.replaced.length ? `${count(report.replaced.length, 'Partner', 'Partner')} ersetzt` : '',
  ].filter(Boolean);
  const skipped = new Set(report.problems.map((problem) => problem.row)).size;
  const outcome = `${parts.length ? parts.join(', ') : 'Keine Partner übernommen'}${skipped ? `; ${skipped === 1 ? 'eine Zeile' : `${skipped} Zeilen`} übersprungen` : ''}.`;
  return {config: JSON.parse(merged) as Json, summary: [outcome, ...notes].join(' '), problems};
}

/**
 * What the CLI prints beside the outcome, in German: how the file was read (garbled umlauts point to
 * the wrong character set), the columns no one will see, and the partners the file left alone.
 */
function importNotes(report: ImportReport): string[] {
  const notes: string[] = [];
  if (report.encoding && report.delimiter) {
    const encoding = {'utf-8': 'UTF-8', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16', 'windows-1252': 'Windows-1252 (Excel „CSV“)'}[report.encoding];
    const delimiter = report.delimiter === '\t' ? 'Tabulatoren' : `„${report.delimiter}“`;
    const rows = report.error ? '' : `${report.rows === 1 ? 'eine Zeile' : `${report.rows} Zeilen`}, `;
    notes.push(`Gelesen: ${rows}Zeichensatz ${encoding}, getrennt durch ${delimiter}.`);
  }
  if (report.ignoredColumns.length) {
    const columns = report.ignoredColumns.map((column) => `„${column}“`).join(', ');
    notes.push(`${report.ignoredColumns.length === 1 ? 'Unbekannte Spalte, nicht übernommen' : 'Unbekannte Spalten, nicht übernommen'}: ${columns}.`);
  }
  if (report.kept.length) {
    notes.push(`${report.kept.length === 1 ? 'Ein Partner, der nicht in der Datei steht, bleibt' : `${report.kept.length} Partner, die nicht in der Datei stehen, bleiben`} unverändert.`);
  }
  return notes;
}

/** The German name of each column the importer knows, as a German spreadsheet heads it. */
const GERMAN_COLUMNS: Record<Field, string> = {
  id: 'Kennung',
  name: 'Name',
  category: 'Kategorie',
  languages: 'Sprachen',
  street: 'Straße',
  postalCode: 'PLZ',
  locality: 'Ort',
  phone: 'Telefon',
  email: 'E-Mail',
  website: 'Webseite',
  openingHours: 'Öffnungszeiten',
  description: 'Beschreibung',
  lat: 'Breite',
  lon: 'Länge',
};

/** "lat (latitude, Breite, Breitengrad)", as the importer lists a missing column → "Breite (oder lat, latitude, Breitengrad)". */
function germanColumnList(entry: string): string {
  const label = /^(\S+) \(/.exec(entry)?.[1];
  const column = COLUMNS.find((item) => item.headers[0] === label);
  if (!column) return entry;
  const german = GERMAN_COLUMNS[column.field];
  const others = column.headers.filter((header) => header.toLowerCase() !== german.toLowerCase());
  return others.length ? `${german} (oder ${others.join(', ')})` : german;
}

const germanCoordinate = (word: string) => (word === 'latitude' ? 'Breitengrad' : 'Längengrad');

/**
 * The partner import (src/cli/partners-import.ts) writes its reasons in English for the CLI; the
 * configurator shows them in German. Reasons that carry a validation message translate it with
 * inGerman. A test drives the importer into every reason it can write and keeps this list complete.
 */
const GERMAN_IMPORT_MESSAGES: ReadonlyArray<readonly [RegExp, (...groups: string[]) => string]> = [
  [/^the name is missing$/, () => 'Der Name fehlt'],
  [
    /^no id can be made from the name "(.*)": give one in an id column$/s,
    (_match, name) => `Aus dem Namen „${name}“ lässt sich keine Kennung bilden: bitte in einer Spalte „Kennung“ eine eintragen`,
  ],
  [/^the category is missing$/, () => 'Die Kategorie fehlt'],
  [
    /^unknown category "(.+?)": use a preset \((.+)\) or define it in "categories"$/,
    (_match, category, presets) => `Unbekannte Kategorie „${category}“: bitte eine vorgegebene verwenden (${presets}) oder in der Konfiguration unter "categories" anlegen`,
  ],
  [/^the (latitude|longitude) is missing \(the map needs it\)$/, (_match, word) => `Der ${germanCoordinate(word)} fehlt (die Karte braucht ihn)`],
  [
    /^(latitude|longitude) "(.*)" is not a number like 51\.5123$/s,
    (_match, word, value) => `„${value}“ ist keine Zahl: bitte den ${germanCoordinate(word)} als Dezimalzahl eintragen, etwa 51,5123`,
  ],
  [
    /^(latitude|longitude) (\S+) is not between -(\d+) and (\d+)$/,
    (_match, word, value, low, high) => `Der ${germanCoordinate(word)} ${value.replace('.', ',')} liegt nicht zwischen -${low} und ${high}`,
  ],
  [/^the id "(.*)" is already used by row (\d+)$/, (_match, id, row) => `Die Kennung „${id}“ steht schon in Zeile ${row}`],
  [
    /^an address needs street, postal code and town: the (street|postal code|town) is missing$/,
    (_match, part) =>
      `Zu einer Adresse gehören Straße, Postleitzahl und Ort: ${part === 'street' ? 'die Straße fehlt' : part === 'town' ? 'der Ort fehlt' : 'die Postleitzahl fehlt'}`,
  ],
  [
    /^(.*) \(the spreadsheet may have dropped a leading zero: format the column as text\)$/s,
    (_match, reason) => `${importInGerman(reason)} (vielleicht hat die Tabellenkalkulation eine führende Null entfernt: formatieren Sie die Spalte als Text)`,
  ],
  [
    /^(.*) \(weekdays as in OpenStreetMap: Mo Tu We Th Fr Sa Su\)$/s,
    (_match, reason) => `${importInGerman(reason)} (Wochentage wie bei OpenStreetMap: Mo Tu We Th Fr Sa Su)`,
  ],
  [
    /^the config is not valid \((\S+): (.+)\); check it with `willkommen validate` first$/s,
    (_match, path, message) => `Die Konfiguration hat noch Fehler (${path}: ${inGerman(message)}); beheben Sie diese zuerst (siehe „3. Prüfung“)`,
  ],
  [/^the CSV cannot be read: (.+)$/s, (_match, reason) => `Die CSV-Datei lässt sich nicht lesen: ${importInGerman(reason)}`],
  [
    /^row (\d+): a quoted cell is never closed \(a " is missing\)$/,
    (_match, row) => `In Zeile ${row} beginnt eine Zelle mit Anführungszeichen, die nie geschlossen wird (ein " fehlt)`,
  ],
  [
    // The reasons are joined with "; ", and so are the missing columns inside the first one.
    /^the CSV cannot be used: (.+)$/s,
    (_match, reasons) => {
      const german = reasons.split(/; (?=the columns ")/).map(importInGerman);
      // After a semicolon a German sentence goes on in lower case ("…; die Spalten …").
      return `Die CSV-Datei lässt sich so nicht verwenden: ${german.map((text, index) => (index ? text[0].toLowerCase() + text.slice(1) : text)).join('; ')}`;
    },
  ],
  [
    /^the header row \(row 1\) has no column for: (.+)$/,
    (_match, columns) => `In der Kopfzeile (Zeile 1) fehlt eine Spalte für: ${columns.split('; ').map(germanColumnList).join('; ')}`,
  ],
  [
    /^the columns "(.*)" and "(.*)" both mean (\S+)(?: \((.+)\))?$/,
    (_match, first, second, label, language) => {
      const field = COLUMNS.find((column) => column.headers[0] === label)?.field;
      const meaning = field ? GERMAN_COLUMNS[field] : label;
      return `Die Spalten „${first}“ und „${second}“ bedeuten beide „${meaning}“${language ? ` auf ${languageName(language, 'de')} (${language})` : ''}`;
    },
  ],
  [/^the CSV has no data rows below the header$/, () => 'Unter der Kopfzeile stehen keine Daten'],
  [
    /^the merged config is not valid at (\S+): (.+)$/s,
    (_match, path, message) => `Nach dem Zusammenführen ist die Konfiguration bei ${path} ungültig: ${inGerman(message)}`,
  ],
  // Last: a validation message about a cell, with the cell's value in front.
  [/^"(.*?)": (.+)$/s, (_match, value, message) => `„${value}“: ${inGerman(message)}`],
];

/**
 * One reason of the partner import in German. A validation message on its own (the importer passes
 * the schema's words through) goes to inGerman; what no rule knows stays as it is, so a test can tell.
 */
export function importInGerman(message: string): string {
  for (const [pattern, german] of GERMAN_IMPORT_MESSAGES) {
    const match = pattern.exec(message);
    if (match) return german(...match);
  }
  return inGerman(message);
}

// ---------------------------------------------------------------------------------------------------
// Translations

/**
 * How many texts of the config each language lacks, among the languages the config is written in
 * (only the languages that lack at least one, in the order of configLanguages).
 */
export function incompleteLocales(config: Json | undefined): Array<{locale: string; missing: number}> {
  const locales = configLanguages(config);
  const language = contentLanguage(config);
  const missing = new Map<string, number>();
  const walk = (value: Json | undefined, key?: string): void => {
    if (key !== undefined && LOCALIZED_KEYS.has(key) && (typeof value === 'string' || isObject(value))) {
      for (const locale of missingLocales(value, locales, language)) missing.set(locale, (missing.get(locale) ?? 0) + 1);
      return;
    }
    if (Array.isArray(value)) value.forEach((item) => walk(item));
    else if (isObject(value)) Object.entries(value).forEach(([childKey, child]) => walk(child, childKey));
  };
  walk(config);
  return locales.filter((locale) => missing.has(locale)).map((locale) => ({locale, missing: missing.get(locale)!}));
}

/**
 * The language every other language of a text is translated from. The configurator's users write
 * German, and the widgets fall back to it, so a change of the German text is what makes the other
 * languages of that text outdated.
 */
export const SOURCE_LOCALE = 'de';

/** What identifies an item of a list across moves and removals: its id, a service document's ref, a partner's id. */
function identityOf(item: Json | undefined): string | undefined {
  for (const path of [['id'], ['ref'], ['properties', 'id']]) {
    const value = getIn(item, path);
    if (typeof value === 'string' && value) return value;
  }
  return undefined;
}

/**
 * The path in `to` of what is at `path` in `from`. List items are matched by their id (or ref), so a
 * service that moved up after a removal is still compared with itself, not with its old neighbour;
 * items without one by position. Undefined when `to` has no such item (added after opening).
 */
export function counterpartPath(from: Json | undefined, to: Json | undefined, path: readonly PathKey[]): PathKey[] | undefined {
  const result: PathKey[] = [];
  let here = from;
  let there = to;
  for (const key of path) {
    if (typeof key === 'number') {
      if (!Array.isArray(here) || !Array.isArray(there)) return undefined;
      const identity = identityOf(here[key]);
      const index = identity === undefined ? key : there.findIndex((item) => identityOf(item) === identity);
      if (index < 0 || index >= there.length) return undefined;
      result.push(index);
      here = here[key];
      there = there[index];
    } else {
      result.push(key);
      here = getIn(here, [key]);
      there = getIn(there, [key]);
    }
  }
  return result;
}

/**
 * How the configurator remembers that the webmaster typed `locale` of the text at `path` after opening
 * (such a translation is theirs, never outdated). The key names the text in the snapshot, so it
 * survives moves and removals; a text the snapshot lacks needs none (it cannot be outdated).
 */
export function typedKey(config: Json | undefined, original: Json | undefined, path: readonly PathKey[], locale: string): string | undefined {
  const at = counterpartPath(config, original, path);
  return at ? `${formatPath(at)} ${locale}` : undefined;
}

/**
 * The languages of the text at `path` that are outdated: its German text differs from the German it had
 * when the file was opened (`original`, the snapshot), and these languages still hold exactly what they
 * held then, and were not typed since (`typed`, keys from typedKey). A German text that is new or
 * emptied outdates nothing: there was no source, or there is none to translate.
 */
export function outdatedLocales(
  config: Json | undefined,
  original: Json | undefined,
  path: readonly PathKey[],
  typed: ReadonlySet<string> = new Set(),
): string[] {
  const at = counterpartPath(config, original, path);
  if (!at) return [];
  const value = getIn(config, path);
  const before = getIn(original, at);
  const language = contentLanguage(config);
  const languageBefore = contentLanguage(original);
  const german = textIn(value, SOURCE_LOCALE, language);
  const germanBefore = textIn(before, SOURCE_LOCALE, languageBefore);
  if (!german || !germanBefore || german === germanBefore || !isObject(value)) return [];
  const key = formatPath(at);
  return Object.keys(value).filter((locale) => {
    if (locale === SOURCE_LOCALE || typed.has(`${key} ${locale}`)) return false;
    const text = textIn(value, locale, language);
    return Boolean(text) && text === textIn(before, locale, languageBefore);
  });
}

/** The text without the given languages (setText with an empty text for each; a text left empty goes). */
export function withoutLocales(value: Json | undefined, locales: readonly string[], language = 'de'): Json | undefined {
  return locales.reduce<Json | undefined>((text, locale) => setText(text, locale, '', language), value);
}

/** Every localized text of the config with outdated languages (see outdatedLocales), in file order. */
export function outdatedTexts(
  config: Json | undefined,
  original: Json | undefined,
  typed: ReadonlySet<string> = new Set(),
): Array<{path: PathKey[]; locales: string[]}> {
  const found: Array<{path: PathKey[]; locales: string[]}> = [];
  const walk = (value: Json | undefined, path: PathKey[]): void => {
    const key = path.at(-1);
    if (typeof key === 'string' && LOCALIZED_KEYS.has(key) && (typeof value === 'string' || isObject(value))) {
      const locales = outdatedLocales(config, original, path, typed);
      if (locales.length) found.push({path, locales});
      return;
    }
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (isObject(value)) Object.entries(value).forEach(([childKey, child]) => walk(child, [...path, childKey]));
  };
  walk(config, []);
  return found;
}

/**
 * Per language of the config, how many texts it lacks and how many of its texts are outdated; only the
 * languages with either, in the order of configLanguages. An outdated translation is not done: it
 * shows visitors what the text said before (for the template: another office's name).
 */
export function unfinishedLocales(
  config: Json | undefined,
  original: Json | undefined,
  typed: ReadonlySet<string> = new Set(),
): Array<{locale: string; missing: number; outdated: number}> {
  const missing = new Map(incompleteLocales(config).map(({locale, missing: count}) => [locale, count]));
  const outdated = new Map<string, number>();
  for (const {locales} of outdatedTexts(config, original, typed)) {
    for (const locale of locales) outdated.set(locale, (outdated.get(locale) ?? 0) + 1);
  }
  return configLanguages(config)
    .filter((locale) => missing.has(locale) || outdated.has(locale))
    .map((locale) => ({locale, missing: missing.get(locale) ?? 0, outdated: outdated.get(locale) ?? 0}));
}

// ---------------------------------------------------------------------------------------------------
// Questions and conditions of a service

/** The ids of the questions of the service at `serviceIndex`, in file order. */
export function questionIds(config: Json | undefined, serviceIndex: number): string[] {
  const questions = getIn(config, ['services', serviceIndex, 'questions']);
  return Array.isArray(questions) ? questions.map((question) => getIn(question, ['id'])).filter((id): id is string => typeof id === 'string') : [];
}

/** `base`, or `base-2`, `base-3` … where it is taken; 64 characters at most, as the schema's ids. */
function uniqueId(base: string, used: ReadonlySet<string>): string {
  if (!used.has(base)) return base;
  for (let number = 2; ; number++) {
    const suffix = `-${number}`;
    const id = `${base.slice(0, 64 - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!used.has(id)) return id;
  }
}

/**
 * An id for a question from its German text, unique within the service: "Sind Sie verheiratet?" →
 * "sind-sie-verheiratet", then "…-2", "…-3" (at most 64 characters, as the schema allows).
 */
export function questionIdFor(config: Json | undefined, serviceIndex: number, text: string): string {
  const used = new Set(questionIds(config, serviceIndex));
  const base = slugify(text) || 'frage';
  return uniqueId(base, used);
}

/** The service with a new yes/no question at the end, its German text under "de". */
export function addQuestion(config: Json | undefined, serviceIndex: number, text: string): {config: Json | undefined; index: number; id: string} {
  const id = questionIdFor(config, serviceIndex, text);
  const path: PathKey[] = ['services', serviceIndex, 'questions'];
  const list = getIn(config, path);
  const questions = Array.isArray(list) ? list : [];
  // The text is German (the id is made from it), whatever language plain strings of the config are in.
  const question: Json = {id, text: {de: text.trim() || 'Neue Frage'}};
  return {config: setIn(config, path, [...questions, question]), index: questions.length, id};
}

/**
 * The service without the question at `questionIndex`, and without it in any document's `when` (an
 * emptied `when` is removed). `documents` counts the documents whose condition changed.
 */
export function removeQuestion(config: Json | undefined, serviceIndex: number, questionIndex: number): {config: Json | undefined; documents: number} {
  const id = getIn(config, ['services', serviceIndex, 'questions', questionIndex, 'id']);
  let next = setIn(config, ['services', serviceIndex, 'questions', questionIndex], undefined);
  let documents = 0;
  const list = getIn(next, ['services', serviceIndex, 'documents']);
  if (typeof id === 'string' && Array.isArray(list)) {
    list.forEach((document, index) => {
      const when = getIn(document, ['when']);
      if (!isObject(when) || !(id in when)) return;
      documents++;
      const rest: JsonObject = {...when};
      delete rest[id];
      next = setIn(next, ['services', serviceIndex, 'documents', index, 'when'], Object.keys(rest).length ? rest : undefined);
    });
  }
  return {config: next, documents};
}

export type Condition = 'always' | 'yes' | 'no';

/** When a service document is needed, as far as one question decides it. */
export function conditionOf(document: Json | undefined, questionId: string): Condition {
  const answer = getIn(document, ['when', questionId]);
  return answer === true ? 'yes' : answer === false ? 'no' : 'always';
}

/** The config with the document's condition on one question set ("always" removes it; an empty `when` goes). */
export function setCondition(
  config: Json | undefined,
  serviceIndex: number,
  documentIndex: number,
  questionId: string,
  condition: Condition,
): Json | undefined {
  const path: PathKey[] = ['services', serviceIndex, 'documents', documentIndex, 'when'];
  const when = getIn(config, path);
  const next: JsonObject = isObject(when) ? {...when} : {};
  if (condition === 'always') delete next[questionId];
  else next[questionId] = condition === 'yes';
  return setIn(config, path, Object.keys(next).length ? next : undefined);
}

/** How many copies, as typed: empty means "not stated"; otherwise a whole number from 0 to 20. */
export function parseCopies(text: string): {ok: true; value?: number} | {ok: false; message: string} {
  const trimmed = text.trim();
  if (!trimmed) return {ok: true};
  if (!/^\d+$/.test(trimmed)) return {ok: false, message: `„${trimmed}“ ist keine ganze Zahl: geben Sie 0 bis 20 an oder lassen Sie das Feld leer.`};
  const value = Number(trimmed);
  if (value > 20) return {ok: false, message: 'Höchstens 20 Kopien.'};
  return {ok: true, value};
}

// ---------------------------------------------------------------------------------------------------
// Documents of the config and of a service

export type DocumentSummary = EntrySummary;

/** The documents of the config, in file order, with their German names. */
export function documentList(config: Json | undefined): DocumentSummary[] {
  return entriesOf(config, 'documents').map(({index, id, name}) => ({index, id, name}));
}

/** An id for a document from its German name, unique among the config's documents (as for questions). */
export function documentIdFor(config: Json | undefined, name: string): string {
  const used = new Set(documentList(config).map((document) => document.id));
  const base = slugify(name) || 'unterlage';
  return uniqueId(base, used);
}

/** The config with a new document at the end, its German name under "de"; an empty name is refused. */
export function addDocument(config: Json | undefined, name: string): AddedEntry | undefined {
  return appendNamed(config, 'documents', name, documentIdFor);
}

/** The indexes of the services that list the document `id`. */
export function servicesUsing(config: Json | undefined, id: string): number[] {
  const services = getIn(config, ['services']);
  if (!Array.isArray(services)) return [];
  return services.flatMap((service, index) => {
    const documents = getIn(service, ['documents']);
    return Array.isArray(documents) && documents.some((document) => getIn(document, ['ref']) === id) ? [index] : [];
  });
}

/** The config without the document at `index`, and without it in every service; `services` counts them. */
export function removeDocument(config: Json | undefined, index: number): {config: Json | undefined; services: number} {
  const id = getIn(config, ['documents', index, 'id']);
  let next = setIn(config, ['documents', index], undefined);
  if (typeof id !== 'string') return {config: next, services: 0};
  const using = servicesUsing(next, id);
  for (const service of using) {
    const documents = getIn(next, ['services', service, 'documents']) as Json[];
    next = setIn(next, ['services', service, 'documents'], documents.filter((document) => getIn(document, ['ref']) !== id));
  }
  return {config: next, services: using.length};
}

/** The config's documents the service does not list yet (what "add" offers). */
export function documentsNotIn(config: Json | undefined, serviceIndex: number): DocumentSummary[] {
  const list = getIn(config, ['services', serviceIndex, 'documents']);
  const refs = new Set(Array.isArray(list) ? list.map((document) => getIn(document, ['ref'])) : []);
  return documentList(config).filter((document) => document.id && !refs.has(document.id));
}

/** The service with the document `ref` at the end of its list (unchanged if it is there already). */
export function addServiceDocument(config: Json | undefined, serviceIndex: number, ref: string): Json | undefined {
  const path: PathKey[] = ['services', serviceIndex, 'documents'];
  const list = getIn(config, path);
  const documents = Array.isArray(list) ? list : [];
  if (documents.some((document) => getIn(document, ['ref']) === ref)) return config;
  return setIn(config, path, [...documents, {ref}]);
}

/** The service without its document at `documentIndex`. */
export function removeServiceDocument(config: Json | undefined, serviceIndex: number, documentIndex: number): Json | undefined {
  return setIn(config, ['services', serviceIndex, 'documents', documentIndex], undefined);
}

/**
 * The config with the item at `from` of the list at `path` swapped with its neighbour above (-1) or
 * below (+1). Out of range: the very same config, so a caller can tell that nothing moved.
 */
function moveIn(config: Json | undefined, path: readonly PathKey[], from: number, by: -1 | 1): Json | undefined {
  const list = getIn(config, path);
  const to = from + by;
  if (!Array.isArray(list) || from < 0 || from >= list.length || to < 0 || to >= list.length) return config;
  const next = [...list];
  [next[from], next[to]] = [next[to], next[from]];
  return setIn(config, path, next);
}

/** The service with its document at `from` moved one place up (-1) or down (+1); out of range: unchanged. */
export function moveServiceDocument(config: Json | undefined, serviceIndex: number, from: number, by: -1 | 1): Json | undefined {
  return moveIn(config, ['services', serviceIndex, 'documents'], from, by);
}

/**
 * The config with its document at `from` moved one place up (-1) or down (+1). The finder lists A–Z,
 * but suggests in this order where the number of services needing them ties. Services refer to
 * documents by id, so they stay as they are. Out of range: unchanged.
 */
export function moveDocument(config: Json | undefined, from: number, by: -1 | 1): Json | undefined {
  return moveIn(config, ['documents'], from, by);
}

/** "Aufenthaltstitel, Pass,  Visum" → ['Aufenthaltstitel', 'Pass', 'Visum']. */
export function parseKeywords(text: string): string[] {
  return text
    .split(',')
    .map((word) => word.trim())
    .filter(Boolean);
}

/** The keywords of one language (a plain array is in the config's language). */
export function keywordsIn(value: Json | undefined, locale: string, language = 'de'): string[] {
  const list = Array.isArray(value) ? (locale === language ? value : []) : isObject(value) ? value[locale] : undefined;
  return Array.isArray(list) ? list.filter((word): word is string => typeof word === 'string') : [];
}

/**
 * The keywords with one language set from the typed list (an empty list removes the language). A plain
 * array stays one while only its own language is edited; another language makes it {language: [...]}.
 */
export function setKeywords(value: Json | undefined, locale: string, text: string, language = 'de'): Json | undefined {
  const words = parseKeywords(text);
  const entries: JsonObject = Array.isArray(value) ? (value.length ? {[language]: value} : {}) : isObject(value) ? {...value} : {};
  if (words.length) entries[locale] = words;
  else delete entries[locale];
  const keys = Object.keys(entries);
  if (!keys.length) return undefined;
  if (Array.isArray(value) && keys.length === 1 && keys[0] === language) return entries[language];
  return entries;
}

// ---------------------------------------------------------------------------------------------------
// Services

export interface ServiceSummary extends EntrySummary {
  questions: number;
  documents: number;
}

/** The services of the config, in file order, with their German names and what they hold. */
export function serviceList(config: Json | undefined): ServiceSummary[] {
  const count = (value: Json | undefined) => (Array.isArray(value) ? value.length : 0);
  return entriesOf(config, 'services').map(({index, id, name, entry}) => ({
    index,
    id,
    name,
    questions: count(getIn(entry, ['questions'])),
    documents: count(getIn(entry, ['documents'])),
  }));
}

/**
 * An id for a service from its German name, unique among the config's services: "Einbürgerung" →
 * "einbuergerung". Pages open a service by it (`<willkommen-checklist service="…">`), so it is made
 * once, when the service is added, and not changed with the name later.
 */
export function serviceIdFor(config: Json | undefined, name: string): string {
  const used = new Set(serviceList(config).map((service) => service.id));
  return uniqueId(slugify(name) || 'leistung', used);
}

/**
 * The config with a new service at the end: its German name under "de", no questions and no documents
 * yet (written out, so the webmaster sees in the file where they go). An empty name is refused.
 */
export function addService(config: Json | undefined, name: string): AddedEntry | undefined {
  return appendNamed(config, 'services', name, serviceIdFor, {questions: [], documents: []});
}

/**
 * The config without the service at `index`. Its questions and its list of documents go with it; the
 * documents themselves stay (other services may use them, and the finder lists them all). Nothing else
 * in a config refers to a service, so nothing else changes.
 */
export function removeService(config: Json | undefined, index: number): Json | undefined {
  return setIn(config, ['services', index], undefined);
}

// ---------------------------------------------------------------------------------------------
// The schema's messages in German

/**
 * The widgets' validation speaks English (webmasters meet it in the console and the CLI, with JSON
 * paths); the configurator speaks German to office staff. Every message the schema and the cross-checks
 * write has a rule here (a test keeps them complete); valibot's own "Invalid type" wording too. What no
 * rule knows stays in English rather than being guessed.
 */
const GERMAN_MESSAGES: ReadonlyArray<readonly [RegExp, string | ((...groups: string[]) => string)]> = [
  [/^Expected "version": 1$/, 'Erwartet wird "version": 1'],
  [/^Expected a German postal code of five digits$/, 'Erwartet wird eine deutsche Postleitzahl aus fünf Ziffern'],
  [/^Expected a date like (.+)$/, 'Erwartet wird ein Datum wie $1'],
  [/^Expected a language code like "de", "ar" or "prs"$/, 'Erwartet wird ein Sprachkürzel wie "de", "ar" oder "prs"'],
  [/^Expected a non-empty text$/, 'Hier fehlt der Text'],
  [/^Expected a phone number like (.+)$/, 'Erwartet wird eine Telefonnummer wie $1'],
  [/^Expected a state code like DE-NW$/, 'Erwartet wird ein Bundesland-Kürzel wie DE-NW'],
  [/^Expected a text, or an object of language code to text like (.+)$/, 'Erwartet wird ein Text oder Texte je Sprache wie $1'],
  [/^Expected an email address$/, 'Erwartet wird eine E-Mail-Adresse'],
  [/^Expected an https:\/\/ tile URL$/, 'Erwartet wird eine https://-Adresse des Kartenservers'],
  [/^Expected an id of lowercase letters, digits, "-" or "_"$/, 'Erwartet wird eine Kennung aus Kleinbuchstaben, Ziffern, "-" oder "_"'],
  [/^Expected at least one language$/, 'Mindestens eine Sprache angeben'],
  [/^Expected at least one office$/, 'Mindestens ein Amt angeben'],
  [/^Expected a JSON object like (.+)$/, 'Erwartet wird ein JSON-Objekt wie $1'],
  [
    /^Not an allowed link: use https:, http:, mailto:, tel: or a relative address$/,
    'Kein erlaubter Link: bitte https:, http:, mailto:, tel: oder eine Adresse auf dieser Website verwenden',
  ],
  [/^The tile URL needs \{z\}, \{x\} and \{y\}$/, 'Die Adresse des Kartenservers braucht {z}, {x} und {y}'],
  [/^The key "(.+)" is not allowed$/, 'Der Schlüssel "$1" ist nicht erlaubt'],
  [/^Unknown key "(.+)": check its spelling \(keys are case-sensitive\)$/, 'Unbekannter Schlüssel "$1": bitte die Schreibweise prüfen (auf Groß- und Kleinschreibung achten)'],
  [/^The key "(.+)" is missing$/, 'Der Schlüssel "$1" fehlt'],
  [/^The id "(.+)" is used twice$/, 'Die Kennung "$1" kommt doppelt vor'],
  [/^No document with the id "(.+)"$/, 'Es gibt keine Unterlage mit der Kennung "$1"'],
  [/^The service "(.+)" asks no question "(.+)"$/, 'Die Leistung "$1" stellt keine Frage "$2"'],
  [
    /^Unknown category "(.+?)": use a preset \((.+)\) or define it in "categories"$/,
    'Unbekannte Kategorie "$1": bitte eine vorgegebene verwenden ($2) oder unter "categories" anlegen',
  ],
  [/^Opening hours: (.+)$/, (_match, error) => `Öffnungszeiten: ${hoursInGerman(error)}`],
  [/^Not valid JSON at line (\d+), column (\d+): (.+)$/, 'Kein gültiges JSON in Zeile $1, Spalte $2: $3'],
  [/^Not valid JSON: (.+)$/, 'Kein gültiges JSON: $1'],
  [/^Invalid type: Expected (.+) but received (.+)$/, 'Falscher Typ: erwartet $1, erhalten $2'],
  [/^Invalid length: Expected (.+) but received (.+)$/, 'Falsche Länge: erwartet $1, erhalten $2'],
  [/^Invalid value: Expected (.+) but received (.+)$/, 'Ungültiger Wert: erwartet $1, erhalten $2'],
  [
    /^(\d+) of (\d+) texts have no .+ \(([a-zA-Z-]+)\), for example (.+)$/,
    (_match, missing, total, code, examples) =>
      `${missing} von ${total} Texten fehlen auf ${languageName(code, 'de')} (${code}), zum Beispiel ${examples}`,
  ],
];

/** One message of the widgets' validation, in German where a rule knows it. */
export function inGerman(message: string): string {
  for (const [pattern, german] of GERMAN_MESSAGES) {
    if (!pattern.test(message)) continue;
    return typeof german === 'string' ? message.replace(pattern, german) : message.replace(pattern, german as (...groups: string[]) => string);
  }
  return message;
}

/**
 * The opening-hours parser's errors (src/core/opening-hours.ts), which the schema wraps in "Opening
 * hours: …" and the hours preview shows as they are. The syntax words (Mo, Tu, Dec, PH off) stay: they
 * are what has to be typed.
 */
const GERMAN_HOURS_MESSAGES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^"(.+)" \(school holidays\) is not supported$/, '„$1“ (Schulferien) wird nicht unterstützt'],
  [/^"(.+)" is not supported$/, '„$1“ wird nicht unterstützt'],
  [/^Unexpected "(.*)"$/, 'An dieser Stelle nicht erwartet: „$1“'],
  [/^Expected opening hours like "(.+)"$/, 'Erwartet werden Öffnungszeiten wie „$1“'],
  [/^Write PH as a rule of its own, like "PH off",$/, 'PH bitte als eigene Regel schreiben, etwa „PH off“'],
  [/^Expected a weekday like (.+)$/, 'Erwartet wird ein Wochentag wie $1'],
  [/^Unknown month "(.+)" \(write (.+)\)$/, 'Unbekannter Monat „$1“ (richtig: $2)'],
  [/^Unknown month "(.+)"$/, 'Unbekannter Monat „$1“'],
  [/^Unknown weekday "(.+)" \(write (.+)\)$/, 'Unbekannter Wochentag „$1“ (richtig: $2)'],
  [/^Unknown weekday "(.+)"$/, 'Unbekannter Wochentag „$1“'],
  [/^The date range ends before it starts$/, 'Der Zeitraum endet, bevor er beginnt'],
  [/^Give the year at the start of the date range too$/, 'Bitte das Jahr auch am Anfang des Zeitraums angeben'],
  [/^Expected a date like (.+)$/, 'Erwartet wird ein Datum wie $1'],
  [/^Expected a day of the month after (.+)$/, 'Nach $1 fehlt der Tag des Monats'],
  [/^Date (.+) is not valid$/, 'Das Datum $1 gibt es nicht'],
  [/^Expected "-" and a closing time$/, 'Erwartet werden „-“ und die Uhrzeit, zu der geschlossen wird'],
  [/^The time range is empty$/, 'Die Zeitspanne ist leer (Beginn und Ende sind gleich)'],
  [
    /^Separate rules with ";" \(additional rules with "," are not supported\)$/,
    'Regeln bitte mit „;“ trennen (zusätzliche Regeln mit „,“ werden nicht unterstützt)',
  ],
  [/^Expected a time like (.+)$/, 'Erwartet wird eine Uhrzeit wie $1'],
  [/^Time (.+) is not valid$/, 'Die Uhrzeit $1 gibt es nicht'],
  [/^Time (.+) cannot start a range$/, 'Mit $1 kann keine Zeitspanne beginnen'],
];

/**
 * One error of the opening-hours parser in German. Its " at 5" (an offset from 0) becomes "(Zeichen 6)",
 * counted as people count. Without a rule: unchanged.
 */
export function hoursInGerman(error: string): string {
  const [, body, offset] = /^(.*?)(?: at (\d+))?$/s.exec(error)!;
  const rule = GERMAN_HOURS_MESSAGES.find(([pattern]) => pattern.test(body));
  if (!rule) return error;
  return `${body.replace(rule[0], rule[1])}${offset === undefined ? '' : ` (Zeichen ${Number(offset) + 1})`}`;
}

/** A validation result with its messages in German. */
export function resultInGerman(result: ConfigResult): ConfigResult {
  return result.ok ? result : {ok: false, issues: result.issues.map((issue) => ({...issue, message: inGerman(issue.message)}))};
}

/** The CLI's report with its messages in German. */
export function reportInGerman(report: ConfigReport): ConfigReport {
  const german = (finding: Finding): Finding => ({...finding, message: inGerman(finding.message)});
  return {...report, errors: report.errors.map(german), warnings: report.warnings.map(german)};
}
