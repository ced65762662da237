// @vitest-environment happy-dom
/**
 * Browser storage that never throws: keys start with `willkommen:`, nothing is written before `set`,
 * a refusing browser (quota, private mode, blocked storage) falls back to memory for this page and
 * says so through `persistent`, and clearAll forgets only our own keys.
 */
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';

type StorageModule = typeof import('../../src/core/storage.js');

/** A fresh module each time: `persistent` and the in-memory fallback are module state. */
async function freshStorage(): Promise<StorageModule> {
  vi.resetModules();
  return import('../../src/core/storage.js');
}

// happy-dom binds Storage methods onto the instance on first use, so spies go on localStorage itself,
// not on Storage.prototype; vi.restoreAllMocks does not undo them there, so each is restored by hand.
const spies: Array<{mockRestore(): void}> = [];
function failing(method: 'setItem' | 'getItem' | 'key' | 'removeItem', error: () => never) {
  const spy = vi.spyOn(localStorage, method).mockImplementation(error);
  spies.push(spy);
  return spy;
}

function securityError(): never {
  throw new DOMException('denied', 'SecurityError');
}

function quotaExceeded(): never {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

beforeEach(() => {
  expect(original, 'happy-dom defines window.localStorage').toBeDefined();
  localStorage.clear();
});

/** How the environment defines window.localStorage, to put it back after a test replaced it. */
const original = Object.getOwnPropertyDescriptor(window, 'localStorage');

afterEach(() => {
  for (const spy of spies.splice(0)) spy.mockRestore();
  if (original) Object.defineProperty(window, 'localStorage', original);
  localStorage.clear();
});

/** Makes window.localStorage itself throw on access, as with blocked cookies in some browsers. */
function blockLocalStorage(): void {
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
}

describe('storage with a working localStorage', () => {
  it('writes nothing until set is called', async () => {
    const {storage} = await freshStorage();
    expect(storage.get('locale')).toBeUndefined();
    expect(storage.keys()).toEqual([]);
    expect(storage.persistent).toBe(true);
    expect(localStorage.length).toBe(0);
  });

  it('stores under the willkommen: prefix and reads it back', async () => {
    const {storage, STORAGE_PREFIX} = await freshStorage();
    expect(STORAGE_PREFIX).toBe('willkommen:');
    expect(storage.set('locale', 'ar')).toBe(true);
    expect(localStorage.getItem('willkommen:locale')).toBe('ar');
    expect(localStorage.getItem('locale')).toBeNull();
    expect(storage.get('locale')).toBe('ar');
    expect(storage.keys()).toEqual(['locale']);
    expect(storage.persistent).toBe(true);
  });

  it('reads what an earlier page stored', async () => {
    localStorage.setItem('willkommen:checklist:extension', '["passport"]');
    const {storage} = await freshStorage();
    expect(storage.get('checklist:extension')).toBe('["passport"]');
    expect(storage.keys()).toEqual(['checklist:extension']);
  });

  it('remove forgets one key', async () => {
    const {storage} = await freshStorage();
    storage.set('a', '1');
    storage.set('b', '2');
    storage.remove('a');
    expect(storage.get('a')).toBeUndefined();
    expect(localStorage.getItem('willkommen:a')).toBeNull();
    expect(storage.get('b')).toBe('2');
    expect(() => storage.remove('never-set')).not.toThrow();
  });

  it("clearAll removes only willkommen: keys; the host page's own keys stay", async () => {
    localStorage.setItem('theme', 'dark');
    localStorage.setItem('willkommen', 'host value without colon');
    localStorage.setItem('Willkommen:locale', 'host value, other case');
    localStorage.setItem('my-app:willkommen:x', 'host value with our prefix inside');
    const {storage} = await freshStorage();
    storage.set('locale', 'ar');
    storage.set('checklist:extension', '["passport"]');
    storage.set('map-consent', 'yes');
    expect(storage.keys().sort()).toEqual(['checklist:extension', 'locale', 'map-consent']);

    storage.clearAll();

    expect(storage.keys()).toEqual([]);
    expect(storage.get('locale')).toBeUndefined();
    expect(localStorage.length).toBe(4);
    expect(localStorage.getItem('theme')).toBe('dark');
    expect(localStorage.getItem('willkommen')).toBe('host value without colon');
    expect(localStorage.getItem('Willkommen:locale')).toBe('host value, other case');
    expect(localStorage.getItem('my-app:willkommen:x')).toBe('host value with our prefix inside');
  });
});

describe('storage when setItem throws QuotaExceededError', () => {
  it('set returns false, the value is readable from memory, persistent turns false', async () => {
    const {storage} = await freshStorage();
    failing('setItem', quotaExceeded);
    expect(() => localStorage.setItem('probe', 'x')).toThrow(/quota/i);

    expect(storage.set('locale', 'ar')).toBe(false);
    expect(storage.get('locale')).toBe('ar');
    expect(storage.persistent).toBe(false);
    expect(localStorage.getItem('willkommen:locale')).toBeNull();
    expect(storage.keys()).toEqual(['locale']);
  });

  it('the memory value wins over an older stored value, and clearAll forgets both', async () => {
    localStorage.setItem('willkommen:locale', 'en');
    const {storage} = await freshStorage();
    failing('setItem', quotaExceeded);
    expect(storage.set('locale', 'ar')).toBe(false);
    expect(storage.get('locale')).toBe('ar');
    expect(storage.keys()).toEqual(['locale']);

    storage.clearAll();
    expect(storage.get('locale')).toBeUndefined();
    expect(localStorage.getItem('willkommen:locale')).toBeNull();
  });

  it('once storage works again, a new value goes to localStorage and replaces the memory one', async () => {
    const {storage} = await freshStorage();
    const spy = failing('setItem', quotaExceeded);
    storage.set('locale', 'ar');
    spy.mockRestore();
    expect(storage.set('locale', 'en')).toBe(true);
    expect(storage.get('locale')).toBe('en');
    expect(localStorage.getItem('willkommen:locale')).toBe('en');
    // Still false: the visitor was already told that an earlier choice was not remembered.
    expect(storage.persistent).toBe(false);
  });
});

describe('storage when localStorage cannot be reached at all', () => {
  it('a throwing window.localStorage getter: nothing throws, values live in memory', async () => {
    const {storage} = await freshStorage();
    blockLocalStorage();
    expect(() => window.localStorage).toThrow();

    expect(storage.set('locale', 'ar')).toBe(false);
    expect(storage.get('locale')).toBe('ar');
    expect(storage.get('other')).toBeUndefined();
    expect(storage.keys()).toEqual(['locale']);
    expect(storage.persistent).toBe(false);
    expect(() => storage.remove('locale')).not.toThrow();
    expect(storage.get('locale')).toBeUndefined();
    storage.set('a', '1');
    expect(() => storage.clearAll()).not.toThrow();
    expect(storage.keys()).toEqual([]);
  });

  it('getItem, key and removeItem that throw: nothing throws', async () => {
    localStorage.setItem('willkommen:locale', 'en');
    const {storage} = await freshStorage();
    failing('getItem', securityError);
    failing('key', securityError);
    failing('removeItem', securityError);
    expect(storage.get('locale')).toBeUndefined();
    expect(storage.keys()).toEqual([]);
    expect(() => storage.remove('locale')).not.toThrow();
    expect(() => storage.clearAll()).not.toThrow();
  });

  it('no localStorage at all (null): set falls back to memory', async () => {
    const {storage} = await freshStorage();
    Object.defineProperty(window, 'localStorage', {configurable: true, value: null});
    expect(storage.set('locale', 'ar')).toBe(false);
    expect(storage.get('locale')).toBe('ar');
    expect(storage.persistent).toBe(false);
  });
});
