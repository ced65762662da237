import {LitElement, html, nothing, css} from 'lit';
import {property, state} from 'lit/decorators.js';
import {localized, msg} from '@lit/localize';
import {defineOnce} from '../../core/define.js';
import {autonym} from '../../core/format.js';
import {guarded} from '../../core/containment.js';
import {storage} from '../../core/storage.js';
import {tokens} from '../../core/tokens.js';
import {buttonStyles, fieldStyles} from '../../core/controls.styles.js';
import {
  LOCALES,
  LocaleController,
  applyLocale,
  forgetRememberedLocale,
  hasRememberedLocale,
  onRememberedLocaleChange,
  direction,
} from '../../localization.js';

/**
 * Sets the language of every Willkommen widget on the page. Languages are offered by their own names
 * (Deutsch, English, العربية), so a visitor finds theirs whatever the page shows now. The choice is
 * remembered in this browser only after the visitor makes it, and a button forgets it again.
 *
 * @summary Page-wide language switch for all widgets.
 * @tagname willkommen-language-picker
 * @slot - Fallback content shown when the script cannot run.
 * @csspart select - The language select box.
 * @csspart forget - The "forget my choice" button.
 * @cssprop --willkommen-color-text - Text colour. Default: inherited from the page.
 * @cssprop --willkommen-color-surface - Background of the box and button. Default transparent.
 * @cssprop --willkommen-color-focus - Focus ring. Default #e07000.
 * @cssprop --willkommen-radius - Corner radius. Default 0.5em.
 * @cssprop --willkommen-font - Font family. Default: inherited from the page.
 * @attr lang - The UI language of the picker's own words; the languages are always named in their own.
 * @fires willkommen-locale-change - The visitor picked a language; `detail.locale` is its code.
 */
@defineOnce('willkommen-language-picker')
@localized()
export class WillkommenLanguagePicker extends LitElement {
  static override styles = [
    tokens,
    buttonStyles,
    fieldStyles,
    css`
      :host {
        display: inline-block;
        max-width: 100%;
      }
      .picker {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5em;
      }
      label {
        display: inline-flex;
        align-items: center;
        gap: 0.375em;
        font-weight: 600;
      }
      svg {
        width: 1.25em;
        height: 1.25em;
        flex: none;
      }
      select {
        /* Not wider than the page: 10em is a 320 px screen's whole width at 200 % text. */
        min-width: min(10em, 100%);
      }
      option {
        color: initial;
      }
      button {
        min-height: 2.75em;
        padding-block: 0.25em;
        font-weight: 400;
        font-size: 0.875em;
      }
      .note {
        flex-basis: 100%;
        margin: 0;
        font-size: 0.875em;
      }
    `,
  ];

  /** Unused by the picker itself (it always shows the page locale); kept for a uniform contract. */
  @property() config?: string;

  private readonly localeController = new LocaleController(this);
  @state() private remembered = false;
  /**
   * A language reached with the arrow keys or by typing on the closed box: applied on Enter or when
   * the focus leaves, not at once. Chromium fires `change` for every step there, and each step would
   * re-render every widget (right-to-left and back) and store a choice the visitor did not make.
   */
  private browsedTo?: string;
  private keyboardBrowsing = false;
  private stopListening?: () => void;

  override render() {
    const current = this.localeController.locale;
    return html`<div class="picker" lang=${current}>
      <label for="locale">
        <svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.8">
          <circle cx="12" cy="12" r="9.5" />
          <path d="M2.5 12h19M12 2.5c2.6 2.8 3.9 6 3.9 9.5s-1.3 6.7-3.9 9.5c-2.6-2.8-3.9-6-3.9-9.5s1.3-6.7 3.9-9.5z" />
        </svg>
        ${msg('Sprache')}${current === 'en' ? nothing : html` <span lang="en">(Language)</span>`}
      </label>
      <select id="locale" part="select" @change=${this.onChange} @keydown=${this.onKeydown} @blur=${this.onBlur}>
        ${LOCALES.map(
          (code) =>
            html`<option value=${code} lang=${code} dir=${direction(code)} ?selected=${code === current}>
              ${autonym(code)}
            </option>`,
        )}
      </select>
      ${this.remembered
        ? html`<button type="button" part="forget" @click=${this.onForget}>${msg('Auswahl vergessen')}</button>`
        : nothing}
      ${this.remembered && !storage.persistent
        ? html`<p class="note" role="status">${msg('Ihr Browser erlaubt kein Speichern: Die Auswahl gilt nur, bis Sie die Seite verlassen.')}</p>`
        : nothing}
    </div>`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Another picker on the page may remember or forget the choice: this one's button follows.
    this.remembered = hasRememberedLocale();
    this.stopListening = onRememberedLocaleChange(() => {
      this.remembered = hasRememberedLocale();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
  }

  protected override updated(): void {
    // The box shows the page's language also after another picker or `Willkommen.setLocale` changed
    // it: once the visitor has used the box, `selected` on the options no longer moves it.
    const select = this.renderRoot.querySelector('select');
    if (select && !this.browsedTo && select.value !== this.localeController.locale) select.value = this.localeController.locale;
  }

  private onChange = guarded(this, (event: Event) => {
    const code = (event.target as HTMLSelectElement).value;
    if (this.keyboardBrowsing) {
      this.browsedTo = code;
      return;
    }
    this.choose(code);
  });

  private onKeydown = guarded(this, (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      if (this.browsedTo) this.choose(this.browsedTo);
      return;
    }
    if (event.key === 'Escape' && this.browsedTo) {
      // Back to the language the page shows.
      this.browsedTo = undefined;
      this.keyboardBrowsing = false;
      this.requestUpdate();
      return;
    }
    // Arrows, Home, End, Page keys and type-ahead letters move the closed box; Tab and Space do not.
    this.keyboardBrowsing = event.key !== 'Tab' && event.key !== ' ' && !event.altKey;
  });

  private onBlur = guarded(this, () => {
    if (this.browsedTo) this.choose(this.browsedTo);
    this.keyboardBrowsing = false;
  });

  /** The visitor's own choice: every widget switches, and it is remembered. */
  private choose(code: string): void {
    this.browsedTo = undefined;
    this.keyboardBrowsing = false;
    void applyLocale(code, this, true);
  }

  private onForget = guarded(this, () => {
    forgetRememberedLocale();
    // The button goes away: the focus stays in the picker instead of falling back to the page.
    void this.updateComplete.then(() => this.renderRoot.querySelector('select')?.focus());
  });
}

declare global {
  interface HTMLElementTagNameMap {
    'willkommen-language-picker': WillkommenLanguagePicker;
  }
}
