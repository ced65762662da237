/**
 * What the appointment checklist shows and keeps, computed without Lit or DOM: which of a service's
 * documents apply to the visitor's answers, how far they are, what the browser stores per office and
 * service (and how an old stored state is read against a newer config), and who can help when a
 * document cannot be had.
 */
import type {Config, Document, Service, ServiceDocument} from '../../core/config/schema.js';

export type ItemStatus = 'open' | 'ready' | 'not-applicable' | 'unavailable';
/** Question id -> yes/no; a missing key = not answered yet. */
export type Answers = Readonly<Record<string, boolean>>;

export interface ChecklistItem {
  /** Document id. */
  ref: string;
  /** The config's document. */
  document: Document;
  /** The service's entry: conditions, optional, copies, note, legalBasis. */
  entry: ServiceDocument;
  /** true while a question this item depends on is unanswered: shown as "depends on your answer". */
  undecided: boolean;
}

const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/** The answer to a question, or undefined when it is not answered (inherited keys never count). */
const answerOf = (answers: Answers, question: string): boolean | undefined => {
  const answer = hasOwn(answers, question) ? answers[question] : undefined;
  return typeof answer === 'boolean' ? answer : undefined;
};

/**
 * The service's documents that apply to these answers, in config order. An entry whose `when` names an
 * unanswered question is included with undecided = true; one whose `when` contradicts an answer is left out.
 *
 * A document listed twice (say, once per condition) appears once, where it first applies; a decided
 * entry wins over an undecided one, so statuses (kept per document id) and Lit's keyed lists stay
 * one-to-one with the items.
 */
export function checklistItems(config: Config, service: Service, answers: Answers): ChecklistItem[] {
  const documents = new Map(config.documents.map((document) => [document.id, document]));
  const items: ChecklistItem[] = [];
  const index = new Map<string, number>();
  for (const entry of service.documents) {
    const document = documents.get(entry.ref);
    if (!document) continue; // the loader reports dangling refs, the widget says one is missing; never show a nameless item
    let undecided = false;
    let contradicted = false;
    for (const [question, wanted] of Object.entries(entry.when ?? {})) {
      const answer = answerOf(answers, question);
      if (answer === undefined) undecided = true;
      else if (answer !== wanted) contradicted = true;
    }
    if (contradicted) continue;
    const item: ChecklistItem = {ref: entry.ref, document, entry, undecided};
    const earlier = index.get(entry.ref);
    if (earlier === undefined) {
      index.set(entry.ref, items.length);
      items.push(item);
    } else if (items[earlier]!.undecided && !undecided) {
      items[earlier] = item;
    }
  }
  return items;
}

/** Whether the service lists a document the config lacks (a lenient load lets that through, reporting it). */
export function listsMissingDocument(config: Config, service: Service): boolean {
  return service.documents.some((entry) => !config.documents.some((document) => document.id === entry.ref));
}

export interface Progress {
  done: number;
  total: number;
}

/**
 * done = items marked ready; total = decided items that are not marked not-applicable ("5 of 9 ready").
 * Undecided items do not count. Optional items count too (the visitor may mark them not-applicable).
 */
export function progress(items: readonly ChecklistItem[], statuses: Readonly<Record<string, ItemStatus>>): Progress {
  let done = 0;
  let total = 0;
  for (const item of items) {
    if (item.undecided) continue;
    const status = hasOwn(statuses, item.ref) ? statuses[item.ref] : 'open';
    if (status === 'not-applicable') continue;
    total++;
    if (status === 'ready') done++;
  }
  return {done, total};
}

/** What is kept in the browser per office and service (JSON under key storageKey()). */
export interface SavedChecklist {
  version: 1;
  answers: Record<string, boolean>;
  /** Only non-'open' statuses are kept. */
  statuses: Record<string, ItemStatus>;
  /** 'YYYY-MM-DD', 'HH:MM' (office time). */
  appointment?: {date: string; time: string};
}

/** `checklist:${officeId}:${serviceId}`; the storage module adds the 'willkommen:' prefix. */
export function storageKey(officeId: string, serviceId: string): string {
  return `checklist:${officeId}:${serviceId}`;
}

/**
 * The case a returning visitor comes back to when the page presets none: the only one of this office
 * with a list kept in the browser. None when there are several (the visitor picks) or none.
 */
export function resumableService(config: Config, storedKeys: readonly string[]): string | undefined {
  const office = config.offices[0];
  if (!office) return undefined;
  const kept = config.services.filter((service) => storedKeys.includes(storageKey(office.id, service.id)));
  return kept.length === 1 ? kept[0].id : undefined;
}

export function emptyChecklist(): SavedChecklist {
  return {version: 1, answers: {}, statuses: {}};
}

const KEPT_STATUSES: ReadonlySet<string> = new Set<ItemStatus>(['ready', 'not-applicable', 'unavailable']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A real calendar date 'YYYY-MM-DD' (no 2026-02-30), years 1000-9999. */
export function isValidDate(date: unknown): date is string {
  if (typeof date !== 'string' || !/^[1-9]\d{3}-\d{2}-\d{2}$/.test(date)) return false;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/** A wall-clock time 'HH:MM' from 00:00 to 23:59. */
export function isValidTime(time: unknown): time is string {
  return typeof time === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(time);
}

/**
 * Reads what an earlier visit stored, against the CURRENT config: unknown/garbage JSON -> emptyChecklist();
 * answers to questions the service no longer asks are dropped, statuses of documents the service no longer
 * lists are dropped, invalid status values dropped, a malformed appointment dropped; new documents start open.
 * Never throws.
 *
 * Only keys the service defines are copied (its question ids and document refs), so a stored
 * "__proto__" or any other stray key never reaches the result.
 */
export function restoreChecklist(json: string | undefined, service: Service): SavedChecklist {
  const saved = emptyChecklist();
  if (typeof json !== 'string') return saved;
  let stored: unknown;
  try {
    stored = JSON.parse(json);
  } catch {
    return saved;
  }
  if (!isRecord(stored) || stored.version !== 1) return saved;

  const answers = isRecord(stored.answers) ? stored.answers : {};
  for (const {id} of service.questions) {
    const answer = hasOwn(answers, id) ? answers[id] : undefined;
    if (typeof answer === 'boolean') saved.answers[id] = answer;
  }

  const statuses = isRecord(stored.statuses) ? stored.statuses : {};
  for (const {ref} of service.documents) {
    const status = hasOwn(statuses, ref) ? statuses[ref] : undefined;
    if (typeof status === 'string' && KEPT_STATUSES.has(status)) saved.statuses[ref] = status as ItemStatus;
  }

  const appointment = stored.appointment;
  if (isRecord(appointment) && isValidDate(appointment.date) && isValidTime(appointment.time)) {
    saved.appointment = {date: appointment.date, time: appointment.time};
  }
  return saved;
}

/** JSON for storage: a fixed key order, 'open' statuses left out (they are the default). */
export function serializeChecklist(saved: SavedChecklist): string {
  const statuses: Record<string, ItemStatus> = {};
  for (const [ref, status] of Object.entries(saved.statuses)) if (status !== 'open') statuses[ref] = status;
  const out: SavedChecklist = {version: 1, answers: {...saved.answers}, statuses};
  if (saved.appointment) out.appointment = {date: saved.appointment.date, time: saved.appointment.time};
  return JSON.stringify(out);
}

/** Partner categories that help a visitor who cannot get a document, most fitting first. */
export const HELP_CATEGORIES = ['migration-counselling', 'youth-migration', 'legal'] as const;

/**
 * The counselling partners a visitor who cannot get a document can turn to: partners with category
 * 'migration-counselling', 'youth-migration' or 'legal' (in that order), at most `limit` (default 3).
 * Within a category, config order.
 */
export function helpPartners(config: Config, limit = 3): Config['partners']['features'] {
  const partners = config.partners.features;
  const ordered = HELP_CATEGORIES.flatMap((category) => partners.filter((partner) => partner.properties.category === category));
  return ordered.slice(0, Math.max(0, limit));
}
