/**
 * Browser storage that never throws. Keys are namespaced `willkommen:`; nothing is written before the
 * visitor acts (callers only call `set` from an event handler). When the browser refuses storage
 * (private mode, blocked cookies, full quota) values live in memory for this page, and `persistent`
 * turns false so the widget can say that the choice will not be remembered.
 */
export const STORAGE_PREFIX = 'willkommen:';

const memory = new Map<string, string>();
let persistent = true;

function local(): Storage | undefined {
  try {
    return window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export const storage = {
  /** False once the browser refused to store something; values then last until the page is left. */
  get persistent(): boolean {
    return persistent;
  },

  get(key: string): string | undefined {
    const fullKey = STORAGE_PREFIX + key;
    if (memory.has(fullKey)) return memory.get(fullKey);
    try {
      return local()?.getItem(fullKey) ?? undefined;
    } catch {
      return undefined;
    }
  },

  /** Returns whether the value was stored in the browser (false: in memory only). */
  set(key: string, value: string): boolean {
    const fullKey = STORAGE_PREFIX + key;
    try {
      const store = local();
      if (!store) throw new Error('no localStorage');
      store.setItem(fullKey, value);
      memory.delete(fullKey);
      return true;
    } catch {
      persistent = false;
      memory.set(fullKey, value);
      return false;
    }
  },

  remove(key: string): void {
    const fullKey = STORAGE_PREFIX + key;
    memory.delete(fullKey);
    try {
      local()?.removeItem(fullKey);
    } catch {
      // Nothing stored there, or nothing we can reach: either way it is gone for us.
    }
  },

  /** Every key this library wrote, in the browser and in memory. */
  keys(): string[] {
    const keys = new Set<string>();
    for (const key of memory.keys()) keys.add(key.slice(STORAGE_PREFIX.length));
    try {
      const store = local();
      for (let index = 0; store && index < store.length; index++) {
        const key = store.key(index);
        if (key?.startsWith(STORAGE_PREFIX)) keys.add(key.slice(STORAGE_PREFIX.length));
      }
    } catch {
      // Unreadable storage holds nothing of ours that we could clear.
    }
    return [...keys];
  },

  /** Forget everything this library stored (the visible "forget" control calls this). */
  clearAll(): void {
    for (const key of this.keys()) this.remove(key);
  },
};
