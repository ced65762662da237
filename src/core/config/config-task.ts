import {Task} from '@lit/task';
import type {ReactiveControllerHost} from 'lit';
import {configSource, loadConfig, type LoadedConfig} from './load.js';

export interface ConfigHost extends ReactiveControllerHost, HTMLElement {
  /** The element's `config` attribute: URL or `#id`; empty means the script's data-config or the default. */
  config?: string;
}

/**
 * Loads the element's config (shared per source across the page) and, when it cannot be used, tells
 * the page through `willkommen-config-error` with the exact JSON paths.
 */
export function createConfigTask(host: ConfigHost): Task<readonly [string], LoadedConfig> {
  return new Task(host, {
    args: () => [configSource(host.config)] as const,
    task: async ([source]) => {
      const result = await loadConfig(source);
      if (!result.ok) {
        host.dispatchEvent(
          new CustomEvent('willkommen-config-error', {
            bubbles: true,
            composed: true,
            detail: {issues: result.issues, source: result.source},
          }),
        );
      }
      return result;
    },
  });
}
