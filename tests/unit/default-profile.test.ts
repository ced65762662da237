/**
 * The embedded default profile ("Musterstadt") ships inside the script to every office, and it is
 * what a visitor sees when a webmaster has not configured anything yet. So it must be valid, clearly
 * example data, bilingual everywhere, free of links to real authorities, and small.
 */
import {gzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import profile from '../../src/core/config/default-profile.json';
import {parseConfig} from '../../src/core/config/validate.js';
import {collectLocalized, type Found} from '../fixtures/localized-texts.js';

/** Fees from the AufenthV table in shared/reference/residence-procedures.md; nothing else may appear. */
const AUFENTHV_FEES = new Set([93, 96, 98, 100, 113, 147, 124, 109, 29, 13, 6]);

/** Hosts a default profile may point to: the reserved example domains (RFC 2606) only. */
const EXAMPLE_HOST = /(^|\.)example\.(org|com|net)$|(^|\.)example$/i;

const serialized = JSON.stringify(profile);

function parsed() {
  const result = parseConfig(profile);
  if (!result.ok) throw new Error(`The default profile is invalid:\n${JSON.stringify(result.issues, null, 2)}`);
  return result.config;
}

/** Distance in km between two points (equirectangular is plenty at town scale). */
function distanceKm(a: {lat: number; lon: number}, b: {lat: number; lon: number}): number {
  const rad = Math.PI / 180;
  const x = (b.lon - a.lon) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  const y = (b.lat - a.lat) * rad;
  return Math.hypot(x, y) * 6371;
}

describe('default profile "Musterstadt"', () => {
  it('passes parseConfig, including the cross-checks', () => {
    const result = parseConfig(profile);
    if (!result.ok) console.error(result.issues);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('is written out in full: parseConfig returns it unchanged, so the widgets use it without checking it again', () => {
    // src/core/config/load.ts trusts this file as it is. A default that parseConfig fills in (an empty
    // list, "language") must be written here, or a widget would meet a missing key.
    expect(parsed()).toStrictEqual(profile);
  });

  it('is marked as example data', () => {
    expect(parsed().example).toBe(true);
  });

  it('has enough content for every widget to be worth previewing', () => {
    const config = parsed();
    expect(config.offices[0].id).toBe('auslaenderbehoerde');
    expect(config.services.length).toBeGreaterThanOrEqual(6);
    expect(config.documents.length).toBeGreaterThanOrEqual(25);
    const partners = config.partners.features;
    expect(partners.length).toBeGreaterThanOrEqual(12);
    expect(new Set(partners.map((partner) => partner.properties.category)).size).toBeGreaterThanOrEqual(8);
  });

  it('has every text in German and English, never empty', () => {
    const found: Found[] = [];
    collectLocalized(profile, '$', found);
    expect(found.length).toBeGreaterThan(100);
    const bad = found
      .filter(({value}) => {
        if (value === null || typeof value !== 'object' || Array.isArray(value)) return true;
        const text = value as Record<string, unknown>;
        return ['de', 'en'].some((code) => typeof text[code] !== 'string' || (text[code] as string).trim() === '');
      })
      .map(({path}) => path);
    expect(bad).toEqual([]);
  });

  it('gives every service questions and at least one document that depends on them', () => {
    for (const service of parsed().services) {
      expect(service.questions.length, service.id).toBeGreaterThanOrEqual(1);
      expect(
        service.documents.filter((item) => item.when && Object.keys(item.when).length > 0).length,
        service.id,
      ).toBeGreaterThanOrEqual(1);
    }
  });

  it('uses only fee amounts from the AufenthV table', () => {
    const amounts = parsed().services.flatMap((service) => service.fee.map((fee) => fee.amount));
    expect(amounts.length).toBeGreaterThan(0);
    expect(amounts.filter((amount) => !AUFENTHV_FEES.has(amount))).toEqual([]);
  });

  it('links and mails only to example domains', () => {
    const hosts = [...serialized.matchAll(/\bhttps?:\/\/([^/"\s?#:]+)/gi)].map((match) => match[1]);
    const mailDomains = [...serialized.matchAll(/[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g)].map((match) => match[1]);
    expect(hosts.length).toBeGreaterThan(0);
    expect(mailDomains.length).toBeGreaterThan(0);
    expect([...hosts, ...mailDomains].filter((host) => !EXAMPLE_HOST.test(host))).toEqual([]);
    // No bare "www.something" outside a URL either.
    expect(serialized.match(/(?<!\/\/)www\.[\w-]+\.[a-z]+/gi) ?? []).toEqual([]);
  });

  it('makes no third-party request: no map tiles', () => {
    const config = parsed();
    expect(config.map).toBeDefined();
    expect(config.map && 'tiles' in config.map).toBe(false);
    expect(serialized).not.toContain('"tiles"');
  });

  it('places the office in Germany and the partners within a few km of it', () => {
    const config = parsed();
    const office = config.offices[0].geo;
    expect(office).toBeDefined();
    if (!office) return;
    expect(office.lat).toBeGreaterThan(47.2);
    expect(office.lat).toBeLessThan(55.1);
    expect(office.lon).toBeGreaterThan(5.8);
    expect(office.lon).toBeLessThan(15.1);
    const far = config.partners.features.filter(({geometry}) => {
      const [lon, lat] = geometry.coordinates;
      return distanceKm(office, {lat, lon}) > 5;
    });
    expect(far.map((partner) => partner.properties.id)).toEqual([]);
  });

  it('fits the size budget: ≤ 8192 bytes gzipped', () => {
    const gzipped = gzipSync(JSON.stringify(JSON.parse(serialized)), {level: 9}).length;
    expect(gzipped).toBeLessThanOrEqual(8192);
  });
});
