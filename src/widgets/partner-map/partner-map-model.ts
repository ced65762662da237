/**
 * What the partner map shows, computed without Lit or DOM: which partners pass the visitor's filters
 * (category, language of advice, name), how far each is from the office and in which order, the
 * categories and languages to offer as filters, the open state, and a grid clustering of points for
 * the map (the map module hands in pixel positions; the clustering itself is plain arithmetic).
 */
import {compareNames} from '../../core/collation.js';
import {PRESET_CATEGORIES, type Config, type Office, type Partner} from '../../core/config/schema.js';
import {resolveText, type LocalizedText} from '../../core/localized-text.js';
import {openStateAt, parseOpeningHours, type OpenState} from '../../core/opening-hours.js';

export const OFFICE_TIME_ZONE = 'Europe/Berlin';
/** Above this many markers the map groups nearby ones (issue 5: "clustering above about 50 markers"). */
export const CLUSTER_THRESHOLD = 50;
/** Above the threshold: markers closer than this many screen pixels form a group. */
export const CLUSTER_RADIUS = 64;
/** At any count: markers closer than this would overlap, so they form a group too. */
export const MARKER_SPACING = 40;

export type PresetCategory = (typeof PRESET_CATEGORIES)[number];
export type SortOrder = 'name' | 'distance';

export interface PartnerFilter {
  /** Category id; empty or undefined: every category. */
  category?: string;
  /** Language code the visitor wants advice in; empty or undefined: any. */
  language?: string;
  /** Part of the partner's name, in any of its languages. */
  query?: string;
}

export interface ListedPartner {
  partner: Partner;
  /** Kilometres from the office; undefined when the office has no coordinates. */
  distance?: number;
}

export interface CategoryEntry {
  id: string;
  /** The config's own name for it (config categories, or a preset the config renames). */
  name?: LocalizedText;
  preset: boolean;
}

export function isPresetCategory(id: string): id is PresetCategory {
  return (PRESET_CATEGORIES as readonly string[]).includes(id);
}

/**
 * The categories to offer: the presets and the config's own, in that order, but only those some
 * partner uses (an empty filter option would only lead to "nothing found").
 */
export function categoryList(config: Config): CategoryEntry[] {
  return cachedPerConfig(categoryCache, config, computeCategoryList);
}

const categoryCache = new WeakMap<Config, CategoryEntry[]>();
const languageCache = new WeakMap<Config, string[]>();

/** Config objects are parsed once and never changed: what is derived from them alone is kept. */
function cachedPerConfig<T>(cache: WeakMap<Config, T>, config: Config, compute: (config: Config) => T): T {
  let value = cache.get(config);
  if (value === undefined) cache.set(config, (value = compute(config)));
  return value;
}

function computeCategoryList(config: Config): CategoryEntry[] {
  const used = new Set(config.partners.features.map((partner) => partner.properties.category));
  const own = new Map(config.categories.map((category) => [category.id, category.name]));
  const entries: CategoryEntry[] = PRESET_CATEGORIES.map((id) => ({id, name: own.get(id), preset: true}));
  for (const category of config.categories) {
    if (!isPresetCategory(category.id)) entries.push({id: category.id, name: category.name, preset: false});
  }
  // A partner may name a category that neither the presets nor the config define: still offer it.
  for (const id of used) {
    if (!entries.some((entry) => entry.id === id)) entries.push({id, preset: false});
  }
  return entries.filter((entry) => used.has(entry.id));
}

/**
 * The key two language codes are compared by: lower case, the base language ('de-CH' -> 'de',
 * 'sr-Latn' -> 'sr'); Afghan Persian ('fa-AF') is Dari ('prs'), as CLDR names it.
 */
export function languageKey(code: string): string {
  const lower = code.trim().toLowerCase();
  if (lower === 'fa-af' || lower.startsWith('fa-af-')) return 'prs';
  return lower.split('-')[0];
}

/**
 * Whether a partner advising in `offered` serves a visitor who asked for `wanted`. Regional variants
 * match their language (asking for 'ar' finds 'ar-SY', asking for 'ar-SY' finds 'ar'). Dari and
 * Persian (Farsi) are one language in two standard varieties that speakers understand both ways, so a
 * counsellor speaking either serves both; Sorani and Kurmanji are not interchangeable and stay apart.
 */
export function languageMatches(wanted: string, offered: string): boolean {
  const a = languageKey(wanted);
  const b = languageKey(offered);
  return a === b || (PERSIAN.has(a) && PERSIAN.has(b));
}

const PERSIAN = new Set(['fa', 'prs']);

/** The languages to offer as a filter: one entry per language key, in the first spelling seen. */
export function languageList(config: Config): string[] {
  return cachedPerConfig(languageCache, config, computeLanguageList);
}

function computeLanguageList(config: Config): string[] {
  const seen = new Map<string, string>();
  for (const partner of config.partners.features) {
    for (const code of partner.properties.languages) {
      const key = languageKey(code);
      if (!seen.has(key)) seen.set(key, key === 'prs' ? 'prs' : code.split('-')[0].toLowerCase());
    }
  }
  return [...seen.values()];
}

/** Lower case without accents: "Mühlbach" is found by "muhl" and by "mühl". */
export function normalizeSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/\s+/g, ' ')
    .trim();
}

function nameTexts(name: LocalizedText): string[] {
  return typeof name === 'string' ? [name] : Object.values(name);
}

export function matchesFilter(partner: Partner, filter: PartnerFilter): boolean {
  const properties = partner.properties;
  if (filter.category && properties.category !== filter.category) return false;
  if (filter.language && !properties.languages.some((code) => languageMatches(filter.language!, code))) return false;
  const query = normalizeSearch(filter.query ?? '');
  if (query && !nameTexts(properties.name).some((name) => normalizeSearch(name).includes(query))) return false;
  return true;
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in kilometres between two points (haversine). */
export function haversineKm(from: {lat: number; lon: number}, to: {lat: number; lon: number}): number {
  const rad = Math.PI / 180;
  const dLat = (to.lat - from.lat) * rad;
  const dLon = (to.lon - from.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(from.lat * rad) * Math.cos(to.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A partner's position, from GeoJSON's [longitude, latitude] order. */
export function partnerPosition(partner: Partner): {lat: number; lon: number} {
  const [lon, lat] = partner.geometry.coordinates;
  return {lat, lon};
}

/** Where distances are measured from: the office's coordinates, else none. */
export function officeOrigin(office: Office | undefined): {lat: number; lon: number} | undefined {
  return office?.geo;
}

/** The partner's name in the visitor's language, for sorting and accessible names. */
export function partnerName(partner: Partner, locale: string, contentLanguage: string): string {
  return resolveText(partner.properties.name, locale, contentLanguage)?.text ?? partner.properties.id;
}

/**
 * The list the visitor sees: filtered, with distances, ordered by name (in the visitor's collation)
 * or by distance (nearest first, then by name). The ordering is computed once per config, order and
 * locale; each filter change is then one pass over the partners (1,000 stay well under a frame).
 */
export function listPartners(
  config: Config,
  filter: PartnerFilter,
  options: {sort?: SortOrder; locale?: string; origin?: {lat: number; lon: number}} = {},
): ListedPartner[] {
  const ordered = orderedPartners(config, options.sort ?? 'name', options.locale ?? 'de', options.origin);
  const everything = !filter.category && !filter.language && !normalizeSearch(filter.query ?? '');
  return everything ? ordered : ordered.filter((entry) => matchesFilter(entry.partner, filter));
}

const orderCache = new WeakMap<Config, Map<string, ListedPartner[]>>();

function orderedPartners(config: Config, sort: SortOrder, locale: string, origin?: {lat: number; lon: number}): ListedPartner[] {
  const key = `${sort}|${locale}|${origin ? `${origin.lat},${origin.lon}` : ''}`;
  let byKey = orderCache.get(config);
  if (!byKey) orderCache.set(config, (byKey = new Map()));
  const cached = byKey.get(key);
  if (cached) return cached;
  const compare = compareNames(locale);
  const listed = config.partners.features.map((partner) => ({
    partner,
    distance: origin ? haversineKm(origin, partnerPosition(partner)) : undefined,
    name: partnerName(partner, locale, config.language),
  }));
  const byName = (a: {name: string}, b: {name: string}) => compare(a.name, b.name);
  listed.sort(sort === 'distance' && origin ? (a, b) => a.distance! - b.distance! || byName(a, b) : byName);
  const result = listed.map(({partner, distance}) => ({partner, distance}));
  byKey.set(key, result);
  return result;
}

// The list re-renders on every keystroke and every minute; a partner's hours text does not change.
const parsedHours = new Map<string, ReturnType<typeof parseOpeningHours>>();

// Partners share a handful of opening-hours texts; the state changes at most once a minute.
const openStates = new Map<string, OpenState>();

/** Open or closed now, in the office's time zone and with its region's public holidays. */
export function partnerOpenState(partner: Partner, office: Office | undefined, now: Date): OpenState | undefined {
  const source = partner.properties.openingHours;
  if (!source) return undefined;
  let parsed = parsedHours.get(source);
  if (!parsed) parsedHours.set(source, (parsed = parseOpeningHours(source)));
  if (!parsed.ok) return undefined; // the loader reported it; the partner is shown without its hours
  const region = office?.address.region;
  const key = `${Math.floor(now.getTime() / 60_000)}|${region ?? ''}|${source}`;
  let state = openStates.get(key);
  if (!state) {
    if (openStates.size > 500) openStates.clear();
    openStates.set(key, (state = openStateAt(parsed.value, now, {region, timeZone: OFFICE_TIME_ZONE})));
  }
  return state;
}

/** The consent key: one choice per tile host, so a config that changes its tile server asks again. */
export function consentKey(tiles: string): string {
  return `map-consent:${tileHost(tiles)}`;
}

/** The host a tile URL template sends requests to ('tile.example.org', with a port if it has one). */
export function tileHost(tiles: string): string {
  // The template's {s}/{z} placeholders are not valid in a host name for URL(); replace them first.
  const sample = tiles.replace(/\{s\}/g, 'a').replace(/\{[a-z]+\}/gi, '0');
  try {
    return new URL(sample).host;
  } catch {
    return sample.replace(/^[a-z]+:\/\//i, '').split('/')[0];
  }
}

export interface ClusterPoint {
  id: string;
  x: number;
  y: number;
}

export interface Cluster {
  /** The points' ids, the first (the anchor) first. */
  ids: string[];
  /** Where the group is drawn: its first point, so groups stay at least `radius` apart. */
  x: number;
  y: number;
}

/**
 * Greedy grouping in screen pixels: each point joins the first group whose anchor lies within
 * `radius`, else it starts a group of its own. Anchors are therefore more than `radius` apart, so
 * markers of that size never overlap (overlapping targets fail WCAG 2.5.8). A grid of `radius`-sized
 * cells keeps it linear: only the 3 x 3 cells around a point can hold an anchor that close.
 */
export function clusterPoints(points: readonly ClusterPoint[], radius: number): Cluster[] {
  const clusters: Cluster[] = [];
  const grid = new Map<string, Cluster[]>();
  const limit = radius * radius;
  for (const point of points) {
    const cx = Math.floor(point.x / radius);
    const cy = Math.floor(point.y / radius);
    let home: Cluster | undefined;
    for (let dx = -1; dx <= 1 && !home; dx++) {
      for (let dy = -1; dy <= 1 && !home; dy++) {
        home = grid.get(`${cx + dx}:${cy + dy}`)?.find((cluster) => (cluster.x - point.x) ** 2 + (cluster.y - point.y) ** 2 <= limit);
      }
    }
    if (home) {
      home.ids.push(point.id);
      continue;
    }
    const cluster = {ids: [point.id], x: point.x, y: point.y};
    clusters.push(cluster);
    const key = `${cx}:${cy}`;
    const cell = grid.get(key);
    if (cell) cell.push(cluster);
    else grid.set(key, [cluster]);
  }
  return clusters;
}
