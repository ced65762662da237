import {describe, expect, it} from 'vitest';
import {parseConfig} from '../../src/core/config/validate.js';
import {PRESET_CATEGORIES} from '../../src/core/config/schema.js';
import {
  categoryList,
  clusterPoints,
  consentKey,
  haversineKm,
  languageKey,
  languageList,
  languageMatches,
  listPartners,
  matchesFilter,
  normalizeSearch,
  officeOrigin,
  partnerOpenState,
  tileHost,
} from '../../src/widgets/partner-map/partner-map-model.js';
import {configWith, manyPartners, musterstadt, partnerMapWithTiles} from '../fixtures/configs.js';
import {parsedConfig as parsed} from '../fixtures/parsed-config.js';


const config = parsed(musterstadt);
const office = config.offices[0];
const ids = (list: {partner: {properties: {id: string}}}[]) => list.map((entry) => entry.partner.properties.id);

describe('partner map model: filters', () => {
  it('lists every partner without filters, by name in the visitor collation', () => {
    const list = listPartners(config, {}, {locale: 'de'});
    expect(list).toHaveLength(config.partners.features.length);
    const names = list.map((entry) => (entry.partner.properties.name as Record<string, string>).de ?? entry.partner.properties.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('de').compare));
  });

  it('filters by category', () => {
    const list = listPartners(config, {category: 'migration-counselling'});
    expect(ids(list).sort()).toEqual(['mbe-nord', 'mbe-sued']);
    expect(listPartners(config, {category: 'nothing-like-this'})).toEqual([]);
  });

  it('filters by language of advice and combines filters', () => {
    const persian = ids(listPartners(config, {language: 'fa'}));
    expect(persian.length).toBeGreaterThan(0);
    for (const id of persian) {
      const partner = config.partners.features.find((candidate) => candidate.properties.id === id)!;
      expect(partner.properties.languages.some((code) => code === 'fa')).toBe(true);
    }
    const both = ids(listPartners(config, {language: 'fa', category: 'migration-counselling'}));
    expect(both).toEqual(['mbe-sued']);
  });

  it('searches the name in every language, without caring for case or accents', () => {
    expect(ids(listPartners(config, {query: 'SÜD'}))).toEqual(['mbe-sued']);
    expect(ids(listPartners(config, {query: 'sud'}))).toEqual(['mbe-sued']);
    expect(ids(listPartners(config, {query: 'advice south'}))).toEqual(['mbe-sued']);
    expect(normalizeSearch('  Straße  Nord ')).toBe('strasse nord');
    expect(listPartners(config, {query: 'zzzz'})).toEqual([]);
  });

  it('matches one partner against a filter', () => {
    const partner = config.partners.features[0];
    expect(matchesFilter(partner, {})).toBe(true);
    expect(matchesFilter(partner, {language: 'ar-SY'})).toBe(true);
    expect(matchesFilter(partner, {language: 'ps'})).toBe(false);
  });
});

describe('partner map model: languages', () => {
  it('matches regional codes to their language, both ways', () => {
    expect(languageMatches('ar', 'ar-SY')).toBe(true);
    expect(languageMatches('ar-SY', 'ar')).toBe(true);
    expect(languageMatches('de-CH', 'de')).toBe(true);
    expect(languageMatches('sr-Latn', 'sr')).toBe(true);
    expect(languageMatches('AR', 'ar')).toBe(true);
    expect(languageMatches('ar', 'fa')).toBe(false);
  });

  it('treats Dari and Persian as mutually understood, Sorani and Kurmanji not', () => {
    expect(languageKey('fa-AF')).toBe('prs');
    expect(languageMatches('prs', 'fa')).toBe(true);
    expect(languageMatches('fa', 'prs')).toBe(true);
    expect(languageMatches('prs', 'fa-AF')).toBe(true);
    expect(languageMatches('ckb', 'kmr')).toBe(false);
  });

  it('offers each language of advice once', () => {
    const withVariants = parsed(
      configWith((json) => {
        json.partners.features[0].properties.languages = ['de', 'de-AT', 'ar-SY', 'fa-AF'];
      }),
    );
    const languages = languageList(withVariants);
    expect(languages.filter((code) => code === 'de')).toHaveLength(1);
    expect(languages).toContain('ar');
    expect(languages).toContain('prs');
    expect(new Set(languages).size).toBe(languages.length);
  });

  it('finds counselling that speaks Dari near the office (the issue\'s "done when")', () => {
    const list = listPartners(config, {language: 'prs'}, {sort: 'distance', origin: officeOrigin(office)});
    expect(list.length).toBeGreaterThan(0);
    const distances = list.map((entry) => entry.distance!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });
});

describe('partner map model: distances', () => {
  it('computes great-circle distances (haversine)', () => {
    expect(haversineKm({lat: 0, lon: 0}, {lat: 0, lon: 0})).toBe(0);
    // One degree of latitude is about 111.2 km everywhere.
    expect(haversineKm({lat: 50, lon: 7}, {lat: 51, lon: 7})).toBeCloseTo(111.2, 0);
    // Berlin to Munich, about 504 km.
    expect(haversineKm({lat: 52.52, lon: 13.405}, {lat: 48.137, lon: 11.575})).toBeGreaterThan(500);
    expect(haversineKm({lat: 52.52, lon: 13.405}, {lat: 48.137, lon: 11.575})).toBeLessThan(508);
    // Antipodes: half the circumference, no NaN.
    expect(haversineKm({lat: 0, lon: 0}, {lat: 0, lon: 180})).toBeCloseTo(Math.PI * 6371.0088, 0);
  });

  it('sorts by distance from the office, nearest first', () => {
    const list = listPartners(config, {}, {sort: 'distance', origin: officeOrigin(office)});
    const distances = list.map((entry) => entry.distance!);
    expect(distances.every((distance) => distance >= 0 && distance < 5)).toBe(true);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('has no distances when the office has no coordinates', () => {
    const list = listPartners(config, {}, {sort: 'distance', origin: undefined});
    expect(list.every((entry) => entry.distance === undefined)).toBe(true);
  });
});

describe('partner map model: categories, hours, consent', () => {
  it('offers the preset categories that partners use, then the config own ones', () => {
    const own = parsed(
      configWith((json) => {
        (json as Record<string, unknown>).categories = [{id: 'sports', name: {de: 'Sport', en: 'Sports'}}];
        json.partners.features[0].properties.category = 'sports';
      }),
    );
    const list = categoryList(own);
    expect(list.at(-1)).toEqual({id: 'sports', name: {de: 'Sport', en: 'Sports'}, preset: false});
    expect(list.filter((entry) => entry.preset).map((entry) => entry.id)).toEqual(
      PRESET_CATEGORIES.filter((id) => own.partners.features.some((partner) => partner.properties.category === id)),
    );
    expect(categoryList(config)).toHaveLength(11);
  });

  it('says open or closed in office time', () => {
    const partner = config.partners.features.find((candidate) => candidate.properties.id === 'mbe-nord')!;
    // Monday 1 June 2026, 10:30 and 18:30 in Berlin; the partner opens Mo-Th 09:00-16:00.
    expect(partnerOpenState(partner, office, new Date('2026-06-01T08:30:00Z'))).toMatchObject({open: true, next: {time: '16:00'}});
    expect(partnerOpenState(partner, office, new Date('2026-06-01T16:30:00Z'))?.open).toBe(false);
    const noHours = config.partners.features.find((candidate) => !candidate.properties.openingHours)!;
    expect(partnerOpenState(noHours, office, new Date())).toBe(undefined);
  });

  it('names the tile host and keys the consent by it', () => {
    expect(tileHost('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('tile.openstreetmap.org');
    expect(tileHost('https://{s}.tiles.example.org:8443/{z}/{x}/{y}.png')).toBe('a.tiles.example.org:8443');
    expect(consentKey('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('map-consent:tile.openstreetmap.org');
  });
});

describe('partner map model: clustering', () => {
  it('keeps far-apart points alone and groups close ones', () => {
    const clusters = clusterPoints(
      [
        {id: 'a', x: 0, y: 0},
        {id: 'b', x: 10, y: 10},
        {id: 'c', x: 500, y: 500},
      ],
      40,
    );
    expect(clusters).toEqual([
      {ids: ['a', 'b'], x: 0, y: 0},
      {ids: ['c'], x: 500, y: 500},
    ]);
  });

  it('keeps group anchors more than the radius apart, across grid cells', () => {
    const points = Array.from({length: 1000}, (_, index) => ({id: `p${index}`, x: (index * 7919) % 997, y: (index * 104729) % 991}));
    const radius = 64;
    const clusters = clusterPoints(points, radius);
    expect(clusters.reduce((sum, cluster) => sum + cluster.ids.length, 0)).toBe(1000);
    for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) {
        expect(Math.hypot(clusters[i].x - clusters[j].x, clusters[i].y - clusters[j].y)).toBeGreaterThan(radius);
      }
    }
  });
});

describe('partner GeoJSON validation', () => {
  const issuesOf = (change: (json: ReturnType<typeof configWith> & Record<string, unknown>) => void) => {
    const result = parseConfig(configWith(change));
    return result.ok ? [] : result.issues;
  };

  it('accepts the default profile, the many-partners and the tiles fixture', () => {
    expect(parseConfig(musterstadt).ok).toBe(true);
    expect(parseConfig(manyPartners).ok).toBe(true);
    expect(parseConfig(partnerMapWithTiles).ok).toBe(true);
  });

  it('refuses a latitude out of range, with its path', () => {
    const issues = issuesOf((json) => {
      json.partners.features[0].geometry.coordinates = [7.4, 95];
    });
    expect(issues.map((issue) => issue.path)).toContain('$.partners.features[0].geometry.coordinates[1]');
  });

  it('refuses a longitude out of range and coordinates that are not two numbers', () => {
    expect(
      issuesOf((json) => {
        json.partners.features[1].geometry.coordinates = [181, 51];
      }).map((issue) => issue.path),
    ).toContain('$.partners.features[1].geometry.coordinates[0]');
    expect(
      issuesOf((json) => {
        (json.partners.features[2].geometry as Record<string, unknown>).coordinates = ['7.4', 51];
      }).map((issue) => issue.path),
    ).toContain('$.partners.features[2].geometry.coordinates[0]');
    expect(
      issuesOf((json) => {
        (json.partners.features[2].geometry as Record<string, unknown>).coordinates = [7.4];
      }).length,
    ).toBeGreaterThan(0);
  });

  it('refuses other geometry types, and a feature collection of another type', () => {
    expect(
      issuesOf((json) => {
        (json.partners.features[0].geometry as Record<string, unknown>).type = 'Polygon';
      }).map((issue) => issue.path),
    ).toContain('$.partners.features[0].geometry.type');
    expect(
      issuesOf((json) => {
        (json.partners as Record<string, unknown>).type = 'Feature';
      }).map((issue) => issue.path),
    ).toContain('$.partners.type');
  });

  it('refuses an unsafe website and a tile URL that is not https', () => {
    expect(
      issuesOf((json) => {
        (json.partners.features[0].properties as Record<string, unknown>).website = 'javascript:alert(1)';
      }).map((issue) => issue.path),
    ).toContain('$.partners.features[0].properties.website');
    expect(
      issuesOf((json) => {
        json.map = {...json.map, tiles: 'http://tiles.example.org/{z}/{x}/{y}.png'} as typeof json.map;
      }).map((issue) => issue.path),
    ).toContain('$.map.tiles');
  });
});
