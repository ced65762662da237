/**
 * What the configurator does to a config, without Lit or DOM: read and change values by path, set a
 * text for one language, list the languages a text lacks, preview opening hours, build the export and
 * the embed snippet. It works on the RAW JSON the webmaster is editing (which may be invalid at any
 * moment), never on the parsed Config: the export must keep every key exactly as the file had it.
 * Validation stays where the widgets do it (src/core/config/validate.ts).
 */
import {allLocales} from '../generated/locale-codes.js';
import {LOCALIZED_KEYS} from '../core/config/schema.js';
import {formatPath, type ConfigIssue} from '../core/config/validate.js';
import {formatDate, formatTime, formatWeekday} from '../core/format.js';
import {addDays, openStateAt, parseOpeningHours, zonedParts, type Closure, type OpenState} from '../core/opening-hours.js';

export type Json = null | boolean | number | string | Json[] | {[key: string]: Json};
export type JsonObject = {[key: string]: Json};
export type PathKey = string | number;

/** The 16 federal states with the ISO 3166-2 code the schema expects (decides the public holidays). */
export const REGIONS: ReadonlyArray<{code: string; name: string}> = [
  {code: 'DE-BW', name: 'Baden-Württemberg'},
  {code: 'DE-BY', name: 'Bayern'},
  {code: 'DE-BE', name: 'Berlin'},
  {code: 'DE-BB', name: 'Brandenburg'},
  {code: 'DE-HB', name: 'Bremen'},
  {code: 'DE-HH', name: 'Hamburg'},
  {code: 'DE-HE', name: 'Hessen'},
  {code: 'DE-MV', name: 'Mecklenburg-Vorpommern'},
  {code: 'DE-NI', name: 'Niedersachsen'},
  {code: 'DE-NW', name: 'Nordrhein-Westfalen'},
  {code: 'DE-RP', name: 'Rheinland-Pfalz'},
  {code: 'DE-SL', name: 'Saarland'},
  {code: 'DE-SN', name: 'Sachsen'},
  {code: 'DE-ST', name: 'Sachsen-Anhalt'},
  {code: 'DE-SH', name: 'Schleswig-Holstein'},
  {code: 'DE-TH', name: 'Thüringen'},
];

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
    return {status: 'error', text: `Schreibweise nicht erkannt (Zeichen ${preview.offset + 1}): ${preview.message}`};
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
  const slug = name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'office'}.json`;
}

/** The three lines a webmaster pastes into a page: picker, contact card with its fallback link, script. */
export function embedSnippet(fileName: string, fallbackUrl?: string): string {
  const safe = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const href = fallbackUrl && /^https?:\/\//.test(fallbackUrl) ? fallbackUrl : '/kontakt';
  return [
    '<willkommen-language-picker></willkommen-language-picker>',
    `<willkommen-contact-card><a href="${safe(href)}">Kontakt und Öffnungszeiten</a></willkommen-contact-card>`,
    `<script src="/assets/willkommen.js" data-config="/assets/${safe(fileName)}" defer></script>`,
  ].join('\n');
}
