/**
 * What the document finder shows, computed without Lit or DOM: the documents A–Z in the visitor's
 * language, narrowed to one case (service) and to a query, the cases that need a document, a few
 * suggestions for the empty search, and the document a deep link (`#willkommen-doc=<id>`) names.
 */
import {compareNames} from '../../core/collation.js';
import type {Config, Document, Service} from '../../core/config/schema.js';
import {resolveText} from '../../core/localized-text.js';
import {fragmentId} from '../../core/safe-url.js';
import {createDocumentSearch, type SearchIndex} from './search.js';

/**
 * The document id in a page URL's hash: "#willkommen-doc=passport" → "passport" (the checklist links
 * its items so). Also found among other `&`-separated hash parameters.
 */
export const deepLinkedId = (hash: string): string | undefined => fragmentId(hash, 'willkommen-doc');

/** The name the visitor reads, for sorting. */
function displayName(document: Document, locale: string, config: Config): string {
  return resolveText(document.name, locale, config.language)?.text ?? document.id;
}

/** All documents A–Z by their name in the visitor's language (the language's own alphabet order). */
export function documentsAToZ(config: Config, locale: string): Document[] {
  const compare = compareNames(locale);
  return config.documents
    // Filed under its first letter, as a reader looks for it: '“Life in Germany” test' under L, where
    // the collation alone put it first, before A.
    .map((document) => ({document, name: displayName(document, locale, config).replace(/^[\p{P}\s]+/u, '')}))
    .sort((a, b) => compare(a.name, b.name))
    .map(({document}) => document);
}

/** The ids of the documents a case lists (in any of its conditions). */
export function serviceDocumentIds(service: Service): Set<string> {
  return new Set(service.documents.map((entry) => entry.ref));
}

/** The cases that list a document, in config order. */
export function servicesNeeding(config: Config, documentId: string): Service[] {
  return config.services.filter((service) => service.documents.some((entry) => entry.ref === documentId));
}

// One index per config and locale, built at the first query (see search.ts) and kept for the page.
const indexes = new WeakMap<Config, Map<string, SearchIndex>>();

/** The search for this config in this locale, A–Z order as the tie-break. */
export function searchFor(config: Config, locale: string): SearchIndex {
  let byLocale = indexes.get(config);
  if (!byLocale) indexes.set(config, (byLocale = new Map()));
  let index = byLocale.get(locale);
  if (!index) byLocale.set(locale, (index = createDocumentSearch(documentsAToZ(config, locale), locale, config.language)));
  return index;
}

export interface FinderView {
  /** The documents to list, best match first (or A–Z without a query). */
  documents: Document[];
  /** Whether a query narrowed the list (the count and "nothing found" speak of the search then). */
  searching: boolean;
}

/**
 * The documents to show: without a query all (of the case, when one is chosen) A–Z; with a query the
 * matches, best first. An unknown service id filters nothing.
 */
export function finderView(config: Config, locale: string, query: string, serviceId?: string): FinderView {
  const service = serviceId ? config.services.find((candidate) => candidate.id === serviceId) : undefined;
  const allowed = service ? serviceDocumentIds(service) : undefined;
  const keep = (document: Document) => !allowed || allowed.has(document.id);
  if (!query.trim()) return {documents: documentsAToZ(config, locale).filter(keep), searching: false};
  const byId = new Map(config.documents.map((document) => [document.id, document]));
  const documents = searchFor(config, locale)
    .search(query)
    .map((hit) => byId.get(hit.id)!)
    .filter(keep);
  return {documents, searching: true};
}

/**
 * Suggestions for the empty search: the documents most cases need (ties in config order), at most
 * `limit`; with a case chosen, that case's documents in config order.
 */
export function suggestedDocuments(config: Config, serviceId?: string, limit = 4): Document[] {
  const service = serviceId ? config.services.find((candidate) => candidate.id === serviceId) : undefined;
  const uses = new Map<string, number>();
  for (const candidate of service ? [service] : config.services) {
    for (const id of serviceDocumentIds(candidate)) uses.set(id, (uses.get(id) ?? 0) + 1);
  }
  return config.documents
    .map((document, order) => ({document, order, count: uses.get(document.id) ?? 0}))
    .filter(({count}) => count > 0)
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .slice(0, Math.max(0, limit))
    .map(({document}) => document);
}
