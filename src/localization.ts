/**
 * The only place that configures @lit/localize. The UI language is page-wide (one locale for every
 * widget, as lit-localize's runtime mode works): a locale the visitor picked wins and is remembered;
 * otherwise a widget's own `lang`, the nearest ancestor's `lang`, `<html lang>`, the browser's
 * languages, then German.
 */
import {configureLocalization, type LocaleModule} from '@lit/localize';
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {sourceLocale, targetLocales, allLocales} from './generated/locale-codes.js';
import {storage} from './core/storage.js';

export type Locale = (typeof allLocales)[number];
/**
 * German (the source) first, then English, then the rest in code order. Codes are ASCII, so `<` orders
 * them: `localeCompare` would start ICU's collator on every page load, 40 ms at 4x CPU throttling
 * before any widget renders.
 */
export const LOCALES: readonly Locale[] = [...allLocales].sort(
  (a, b) => localeRank(a) - localeRank(b) || (a < b ? -1 : a > b ? 1 : 0),
);
function localeRank(locale: string): number {
  return locale === sourceLocale ? 0 : locale === 'en' ? 1 : 2;
}
export const SOURCE_LOCALE = sourceLocale;

// Inside the one script (the build inlines these imports, no request at run time), but evaluated only
// when a page switches to that locale: a German page never pays for the others' templates.
const translations: Record<string, () => Promise<LocaleModule>> = {
  en: () => import('./generated/locales/en.js'),
  ar: () => import('./generated/locales/ar.js'),
  ckb: () => import('./generated/locales/ckb.js'),
  es: () => import('./generated/locales/es.js'),
  fa: () => import('./generated/locales/fa.js'),
  fr: () => import('./generated/locales/fr.js'),
  kmr: () => import('./generated/locales/kmr.js'),
  prs: () => import('./generated/locales/prs.js'),
  ps: () => import('./generated/locales/ps.js'),
  ru: () => import('./generated/locales/ru.js'),
  so: () => import('./generated/locales/so.js'),
  sq: () => import('./generated/locales/sq.js'),
  ti: () => import('./generated/locales/ti.js'),
  tr: () => import('./generated/locales/tr.js'),
  uk: () => import('./generated/locales/uk.js'),
};

const RTL_LOCALES = new Set(['ar', 'fa', 'prs', 'ps', 'ckb']);
const CHOSEN_LOCALE_KEY = 'locale';

const {getLocale, setLocale} = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => translations[locale](),
});

export {getLocale};

export function isRtl(locale: string): boolean {
  return RTL_LOCALES.has(locale.split('-')[0]);
}

export function direction(locale: string): 'rtl' | 'ltr' {
  return isRtl(locale) ? 'rtl' : 'ltr';
}

/** The shipped locale for a BCP 47 tag: 'ar-SY' -> 'ar', 'de-AT' -> 'de', 'xx' -> undefined. */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const lower = tag.trim().toLowerCase();
  return LOCALES.find((locale) => locale === lower) ?? LOCALES.find((locale) => locale === lower.split('-')[0]);
}

/** The locale the visitor picked earlier in the language picker, if they did. */
function chosenLocale(): Locale | undefined {
  return matchLocale(storage.get(CHOSEN_LOCALE_KEY));
}

/** Locale for an element that has no visitor choice to follow (DESIGN.md order). */
export function resolveLocale(element: Element): Locale {
  let withLang = element.closest('[lang]');
  // Inside an app's shadow root the language comes from its host, as for CSS :lang().
  for (let root = element.getRootNode(); !withLang && root instanceof ShadowRoot; root = root.host.getRootNode()) {
    withLang = root.host.closest('[lang]');
  }
  const candidates = [
    withLang?.getAttribute('lang'),
    document.documentElement.getAttribute('lang'),
    ...(navigator.languages ?? [navigator.language]),
  ];
  for (const candidate of candidates) {
    const locale = matchLocale(candidate);
    if (locale) return locale;
  }
  return sourceLocale;
}

let pageLocaleDecided = false;

/**
 * The locale last asked for. lit-localize loads a locale's table asynchronously and getLocale() names
 * the old one until then: compared with that, a later `lang="de"` looked like no change while English
 * was still loading and lost to it, and five widgets that each saw the old locale fired five events.
 */
let requestedLocale: Locale | undefined;

/**
 * The first element of this library in document order. By its name's prefix, not a list of tags: a
 * bundle with one widget (the ES module entries) names no other. Walks until the first one, once.
 */
function firstWidget(): Element | undefined {
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Element).localName.startsWith('willkommen-')) return node as Element;
  }
  return undefined;
}

/**
 * Called by every widget when it connects or its `lang` changes: the visitor's choice wins (unless the
 * page's own code set a language since: see setPageLocale); an explicit `lang` on the element sets the
 * page locale; otherwise the first widget IN THE DOCUMENT decides (with its nearest ancestor's `lang`),
 * whichever connects first: elements are defined one kind after another, so connecting order says
 * nothing about the page.
 */
export function adoptLocale(element: Element): void {
  const chosen = setByPage ? undefined : chosenLocale();
  const own = matchLocale(element.getAttribute('lang'));
  let locale: Locale | undefined;
  if (chosen) locale = chosen;
  else if (own) locale = own;
  else if (!pageLocaleDecided) locale = resolveLocale((element.isConnected && firstWidget()) || element);
  pageLocaleDecided = true;
  if (locale && locale !== (requestedLocale ?? getLocale())) void applyLocale(locale, element);
}

/**
 * Whether the page's code set the language (`Willkommen.setLocale`) since the visitor last chose one:
 * an app with its own language switch. A widget it adds later then follows it; the visitor's stored
 * choice had switched the whole page back.
 */
let setByPage = false;

/** `Willkommen.setLocale`: the page's own code, which wins over the visitor's earlier choice. */
export function setPageLocale(code: string): Promise<Locale | undefined> {
  if (matchLocale(String(code))) setByPage = true;
  return applyLocale(String(code));
}

/**
 * Switches every widget on the page. `remember` only for the visitor's own act (the picker); a
 * webmaster's `Willkommen.setLocale` call stores nothing.
 */
export async function applyLocale(requested: string, origin: Element = document.documentElement, remember = false): Promise<Locale | undefined> {
  const locale = matchLocale(requested);
  if (!locale) {
    console.warn(`[willkommen] Unknown locale "${requested}"; available: ${LOCALES.join(', ')}`);
    return undefined;
  }
  pageLocaleDecided = true;
  if (remember) {
    setByPage = false;
    storage.set(CHOSEN_LOCALE_KEY, locale);
    rememberedListeners.forEach((listener) => listener());
  }
  if (locale !== (requestedLocale ?? getLocale())) {
    requestedLocale = locale;
    await setLocale(locale);
    // Not for a locale that another request overtook while it loaded: the page never showed it.
    if (getLocale() === locale) origin.dispatchEvent(new CustomEvent('willkommen-locale-change', {bubbles: true, composed: true, detail: {locale}}));
  }
  return locale;
}

/** False while a locale's table is still loading: what renders now is redrawn in the new language. */
export function localeSettled(): boolean {
  return (requestedLocale ?? getLocale()) === getLocale();
}

/** Whether the visitor's choice is stored, so the picker can offer to forget it. */
export function hasRememberedLocale(): boolean {
  return chosenLocale() !== undefined;
}

export function forgetRememberedLocale(): void {
  storage.remove(CHOSEN_LOCALE_KEY);
  rememberedListeners.forEach((listener) => listener());
}

const rememberedListeners = new Set<() => void>();

/** Calls `listener` when a choice is remembered or forgotten (every picker on the page follows); returns the unsubscribe. */
export function onRememberedLocaleChange(listener: () => void): () => void {
  rememberedListeners.add(listener);
  return () => rememberedListeners.delete(listener);
}

/**
 * Every widget holds one: it lets the widget take part in deciding the page locale, follows a later
 * change of its own `lang` attribute, and sets `dir` on the host so right-to-left works by itself.
 */
export class LocaleController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly langObserver = new MutationObserver(() => adoptLocale(this.host));

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    adoptLocale(this.host);
    this.langObserver.observe(this.host, {attributes: true, attributeFilter: ['lang']});
  }

  hostDisconnected(): void {
    this.langObserver.disconnect();
  }

  hostUpdate(): void {
    const dir = direction(getLocale());
    if (this.host.getAttribute('dir') !== dir) this.host.setAttribute('dir', dir);
  }

  get locale(): Locale {
    return getLocale() as Locale;
  }
}
