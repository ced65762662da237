// @vitest-environment happy-dom
/**
 * The config schema is built the first time a config needs checking, not when the script loads: a
 * page on the embedded default (which ships in its checked form) never builds it. Its own file, because
 * the built schema is kept for the rest of the page (here: the rest of the test file).
 */
import {describe, expect, it, vi} from 'vitest';
import * as valibot from 'valibot';
import {DEFAULT_SOURCE, loadConfig} from '../../src/core/config/load.js';
import {parseConfig} from '../../src/core/config/validate.js';
import {musterstadt} from '../fixtures/configs.js';

vi.mock('valibot', async (importOriginal) => {
  const original = await importOriginal<typeof import('valibot')>();
  return {...original, strictObject: vi.fn(original.strictObject)};
});

describe('the config schema, built on demand', () => {
  it('is not built by loading the script and the embedded default', async () => {
    const result = await loadConfig(DEFAULT_SOURCE);
    expect(result.ok).toBe(true);
    expect(valibot.strictObject).not.toHaveBeenCalled();
  });

  it('is built by the first config that needs checking, and only once', () => {
    expect(parseConfig(musterstadt).ok).toBe(true);
    const calls = vi.mocked(valibot.strictObject).mock.calls.length;
    expect(calls).toBeGreaterThan(10);
    expect(parseConfig(musterstadt).ok).toBe(true);
    expect(vi.mocked(valibot.strictObject).mock.calls.length).toBe(calls);
  });
});
