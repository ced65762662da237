/**
 * The bundle entry: defines every element once and exposes `window.Willkommen`.
 * The build wraps this whole file in a guard, so a second copy of the script evaluates nothing.
 */
import {rememberLoadingScript} from './core/config/load.js';
import {LOCALES, getLocale, setPageLocale} from './localization.js';
import './widgets/contact-card/contact-card.js';
import './widgets/checklist/checklist.js';
import './widgets/document-finder/document-finder.js';
import './widgets/language-picker/language-picker.js';
import './widgets/partner-map/partner-map.js';

declare const __WILLKOMMEN_VERSION__: string;

export interface WillkommenApi {
  version: string;
  locales: readonly string[];
  /** The page-wide UI locale now. */
  getLocale(): string;
  /** Switches every widget on the page; resolves to the locale applied (undefined for an unknown code). */
  setLocale(code: string): Promise<string | undefined>;
}

declare global {
  interface Window {
    Willkommen?: WillkommenApi;
  }
}

// document.currentScript is only set while a classic script evaluates: read data-config now.
rememberLoadingScript(document.currentScript);

window.Willkommen = {
  version: typeof __WILLKOMMEN_VERSION__ === 'string' ? __WILLKOMMEN_VERSION__ : 'dev',
  locales: [...LOCALES], // a copy: a page that sorts it must not reorder the pickers
  getLocale,
  setLocale: setPageLocale,
};
