import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {configSource, loadConfig, loadConfigNow, type LoadedConfig} from './load.js';

export interface ConfigHost extends ReactiveControllerHost, HTMLElement {
  /** The element's `config` attribute: URL or `#id`; empty means the script's data-config or the default. */
  config?: string;
}

/**
 * The element's config (shared per source across the page). A config that is there without waiting
 * (the embedded default, an inline script, one loaded before) is in place before the element's
 * first render; one that must be fetched renders the loading line first. When the config cannot be
 * used, or has mistakes the widgets leave out, the page hears it through `willkommen-config-error`
 * with the exact JSON paths.
 *
 * (@lit/task did this before, but a Task always settles asynchronously: every widget rendered a
 * "loading" line for one frame even with its config at hand.)
 */
export class ConfigController implements ReactiveController {
  /** Loading failed in a way the loader did not foresee (a bug): the widget shows its error box. */
  failed = false;
  private loaded?: LoadedConfig;
  private source?: string;
  /** What reportUnknown has said for this config already. */
  private unknown = new Set<string>();

  constructor(private readonly host: ConfigHost) {
    host.addController(this);
  }

  /**
   * The loaded config or why it cannot be used; undefined while it loads. Reading it follows a changed
   * `config` attribute first, so a widget's `willUpdate` (which Lit calls before any controller's
   * `hostUpdate`) already sees the config this update renders.
   */
  get value(): LoadedConfig | undefined {
    this.follow();
    return this.loaded;
  }

  hostUpdate(): void {
    this.follow();
  }

  private follow(): void {
    const source = configSource(this.host.config);
    if (source === this.source) return;
    this.source = source;
    this.failed = false;
    this.unknown.clear();
    this.loaded = loadConfigNow(source, this.host);
    if (this.loaded) {
      // After this update, as for a config that had to load: listeners may touch the element.
      queueMicrotask(() => this.report(source));
      return;
    }
    loadConfig(source).then(
      (result) => {
        if (this.source !== source) return; // the attribute changed meanwhile
        this.loaded = result;
        this.report(source);
        this.host.requestUpdate();
      },
      () => {
        if (this.source !== source) return;
        this.failed = true;
        this.host.requestUpdate();
      },
    );
  }

  /**
   * The element's attribute names an office, service or category the config lacks: said once to the
   * console and to the page, as a config error is (the widget shows its message or ignores the
   * filter), not again on every render and language switch.
   */
  reportUnknown(attribute: string, id: string, path: string): void {
    if (this.unknown.has(attribute + id)) return;
    this.unknown.add(attribute + id);
    const message = `No ${attribute} with the id "${id}" (the element's ${attribute} attribute)`;
    console.error(`[willkommen] <${this.host.localName}>: ${message}`);
    const source = this.loaded?.source;
    // Not from inside a render: listeners may touch the element.
    queueMicrotask(() =>
      this.host.dispatchEvent(new CustomEvent('willkommen-config-error', {bubbles: true, composed: true, detail: {issues: [{path, message}], source}})),
    );
  }

  private report(source: string): void {
    const result = this.loaded;
    // Mistakes the widgets could leave out are reported too: the page's monitoring should hear of them.
    const issues = result?.ok ? result.skipped : result?.issues;
    if (this.source !== source || !issues) return;
    this.host.dispatchEvent(
      new CustomEvent('willkommen-config-error', {bubbles: true, composed: true, detail: {issues, source: result!.source}}),
    );
  }
}
