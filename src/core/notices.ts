/**
 * Messages every widget shows the same way: example data, a config that cannot be used, a bug
 * contained inside the widget, and what its live region says. The light-DOM fallback (the webmaster's own link to the office) is
 * slotted back in whenever the widget cannot show its content.
 */
import {html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {ConfigController} from './config/config-controller.js';
import type {LoadedConfig} from './config/load.js';
import type {Config} from './config/schema.js';
import {contain} from './containment.js';
import {resolveText, type LocalizedText} from './localized-text.js';
import {direction, getLocale} from '../localization.js';

/**
 * A widget's polite live region. What it said is kept with the language it was said in: after a
 * language switch the text stayed in the old language under the new `lang`, and a screen reader read
 * "7 Dokumente gefunden" with a Turkish voice. It empties instead.
 */
export class LiveRegion implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private text = '';
  private saidIn = '';

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** Says `text` politely ('' to fall silent). */
  say(text: string): void {
    this.text = text;
    this.saidIn = getLocale();
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    if (this.saidIn !== getLocale()) this.text = '';
  }

  render(): TemplateResult {
    return html`<p class="visually-hidden" role="status" aria-live="polite">${this.text}</p>`;
  }
}

export function renderExampleNotice(): TemplateResult {
  return html`<p class="notice" part="example-notice">
    <strong>${msg('Beispieldaten.')}</strong> ${msg('Dieses Amt und alle Angaben hier sind erfunden.')}
  </p>`;
}

/** "Loading …"; from a slow server, after 3 s the page's own fallback content shows below (tokens.ts). */
export function renderLoading(): TemplateResult {
  return html`<p class="loading" role="status">${msg('Wird geladen …')}</p>
    <div class="late"><slot></slot></div>`;
}

export function renderConfigError(result: Extract<LoadedConfig, {ok: false}>): TemplateResult {
  const text = result.failure === 'fetch' ? msg('Die Angaben des Amtes konnten nicht geladen werden. Bitte versuchen Sie es später noch einmal.') : faultyDetails();
  return html`<div class="notice error" role="alert" part="error">
      <p>${text}</p>
    </div>
    <slot></slot>`;
}

const faultyDetails = () => msg('Die Angaben des Amtes sind fehlerhaft und können nicht angezeigt werden.');

/** Where a part the config got wrong would stand (the loader left it out: see parseConfig). */
export function renderPartError(): TemplateResult {
  return html`<p class="notice error" part="error">${faultyDetails()}</p>`;
}

export function renderWidgetError(): TemplateResult {
  return html`<div class="notice error" role="alert" part="error">
      <p>${msg('Hier ist ein Fehler aufgetreten. Der Rest der Seite funktioniert weiter.')}</p>
    </div>
    <slot></slot>`;
}

/** A config text in another language than the UI: marked so screen readers switch pronunciation. */
export function langIfDifferent(textLang: string, uiLocale: string): string | undefined {
  return textLang.split('-')[0] === uiLocale.split('-')[0] ? undefined : textLang;
}

/**
 * Config text in the visitor's language; when it falls back to another language it carries its own
 * `lang` (pronunciation) and `dir` (an English sentence inside Arabic keeps its full stop at its end).
 */
export function configText(value: LocalizedText | undefined, locale: string, config: Config): TemplateResult | string | typeof nothing {
  const resolved = resolveText(value, locale, config.language);
  if (!resolved) return nothing;
  const lang = langIfDifferent(resolved.lang, locale);
  // Plain text where no language mark is needed: Lit writes a string as a text node, and a template
  // around it would cost one more template instance per text (a 30-item checklist has about 90).
  return lang ? html`<span lang=${lang} dir=${direction(lang)}>${resolved.text}</span>` : resolved.text;
}

/**
 * An email address that wraps after its "@" where it must wrap: with the page's overflow-wrap it
 * broke mid-domain ("musterstadt.e / xample.org"). One span: in a link that is a flex box (contact
 * lines), Firefox made the text on either side of the <wbr> two flex items, side by side.
 */
export function breakableEmail(email: string): TemplateResult {
  const [local, domain] = email.split('@'); // one "@": the config schema checks the address
  return html`<span>${local}@<wbr />${domain}</span>`;
}

/**
 * The direction of a line led by a config text, where it is not the UI's: in an Arabic widget an English
 * title with its German term beside it reads left to right as a whole. Left to the right-to-left line,
 * a wrap put the title's last English word beside the German term, as two isolates do.
 */
export function lineDirection(value: LocalizedText | undefined, locale: string, config: Config): 'ltr' | 'rtl' | typeof nothing {
  const resolved = resolveText(value, locale, config.language);
  const own = resolved && direction(resolved.lang);
  return own && own !== direction(locale) ? own : nothing;
}

/**
 * A widget's whole render: loading line, the config's message when it cannot be used, or the widget's
 * content; a bug while rendering stays inside the widget.
 */
export function renderWithConfig(
  host: HTMLElement,
  configuration: ConfigController,
  content: (config: Config) => TemplateResult,
): unknown {
  return contain(
    host,
    () => {
      const result = configuration.value;
      if (configuration.failed) return renderWidgetError();
      if (!result) return renderLoading();
      return result.ok ? content(result.config) : renderConfigError(result);
    },
    renderWidgetError,
  );
}
