/**
 * A bug inside one widget must never reach the host page nor stop the other widgets: the widget
 * logs it once, for the webmaster, and shows a short message in its own box instead.
 */
export function reportWidgetError(host: Element, error: unknown): void {
  console.error(`[willkommen] <${host.localName}> failed:`, error);
}

/** Runs `work`; on an exception reports it and returns `fallback()` instead. */
export function contain<T>(host: Element, work: () => T, fallback: (error: unknown) => T): T {
  try {
    return work();
  } catch (error) {
    reportWidgetError(host, error);
    return fallback(error);
  }
}

/** Wraps an event handler so that an exception stays inside the widget. */
export function guarded<A extends unknown[]>(host: Element, handler: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      handler(...args);
    } catch (error) {
      reportWidgetError(host, error);
    }
  };
}
