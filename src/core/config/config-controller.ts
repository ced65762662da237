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
 * used, the page hears it through `willkommen-config-error` with the exact JSON paths.
 *
 * (@lit/task did this before, but a Task always settles asynchronously: every widget rendered a
 * "loading" line for one frame even with its config at hand.)
 */
export class ConfigController implements ReactiveController {
  /** Loading failed in a way the loader did not foresee (a bug): the widget shows its error box. */
  failed = false;
  private loaded?: LoadedConfig;
  private source?: string;

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

  private report(source: string): void {
    const result = this.loaded;
    if (this.source !== source || !result || result.ok) return;
    this.host.dispatchEvent(
      new CustomEvent('willkommen-config-error', {
        bubbles: true,
        composed: true,
        detail: {issues: result.issues, source: result.source},
      }),
    );
  }
}
