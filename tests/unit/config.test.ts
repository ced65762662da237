/**
 * The config is the one thing a webmaster writes. A valid one must pass untouched, and every broken one
 * must be refused with the exact JSONPath of each mistake and a message a webmaster can act on: the
 * widget shows only a short notice, so these paths are all they get.
 */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {formatPath, parseConfig, parseConfigText, type ConfigIssue} from '../../src/core/config/validate.js';
import {parseOpeningHours} from '../../src/core/opening-hours.js';
import {brokenConfig, configWith, musterstadt} from '../fixtures/configs.js';

const bad = (name: string) => readFileSync(new URL(`../fixtures/bad/${name}`, import.meta.url), 'utf8');
const badJson = (name: string): unknown => JSON.parse(bad(name));

/** The issues of a config that must be refused (fails the test when it is accepted). */
function issuesOf(json: unknown): ConfigIssue[] {
  const result = parseConfig(json);
  if (result.ok) throw new Error('The config was accepted, but it should have been refused');
  return result.issues;
}

const URL_MESSAGE = 'Not an allowed link: use https:, http:, mailto:, tel: or a relative address';

describe('formatPath', () => {
  it('writes JSONPath with dots for names and brackets for indexes', () => {
    expect(formatPath([])).toBe('$');
    expect(formatPath(['offices', 0, 'address', 'postalCode'])).toBe('$.offices[0].address.postalCode');
    expect(formatPath(['partners', 'features', 3, 'properties', 'id'])).toBe('$.partners.features[3].properties.id');
  });

  it('quotes keys that are not identifiers, so the path can be pasted into a JSONPath tool', () => {
    expect(formatPath(['services', 0, 'documents', 2, 'when', 'self-employed'])).toBe(
      '$.services[0].documents[2].when["self-employed"]',
    );
    expect(formatPath(['offices', 0, 'name', 'de-CH'])).toBe('$.offices[0].name["de-CH"]');
    expect(formatPath(['a "quoted" key'])).toBe('$["a \\"quoted\\" key"]');
    expect(formatPath(['$schema'])).toBe('$.$schema');
    // __proto__ is a valid identifier, so it is written with a dot.
    expect(formatPath(['offices', 0, '__proto__'])).toBe('$.offices[0].__proto__');
  });
});

describe('parseConfig: valid configs', () => {
  it('accepts the embedded default profile', () => {
    const result = parseConfig(musterstadt);
    expect(result.ok ? [] : result.issues).toEqual([]);
    if (!result.ok) return;
    expect(result.config.version).toBe(1);
    expect(result.config.example).toBe(true);
    expect(result.config.offices[0].id).toBe('auslaenderbehoerde');
    expect(result.config.services.map((service) => service.id)).toContain('blue-card');
  });

  it('accepts the same profile as text', () => {
    const result = parseConfigText(JSON.stringify(musterstadt, null, 2));
    expect(result.ok).toBe(true);
  });

  it('fills in the documented defaults for a minimal config', () => {
    const result = parseConfig({
      $schema: 'https://example.org/willkommen.schema.json',
      version: 1,
      offices: [{id: 'amt', name: 'Amt', address: {street: 'Platz 1', postalCode: '12345', locality: 'Stadt'}}],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.language).toBe('de');
    expect(result.config.example).toBe(false);
    expect(result.config.documents).toEqual([]);
    expect(result.config.services).toEqual([]);
    expect(result.config.partners).toEqual({type: 'FeatureCollection', features: []});
    expect(result.config.offices[0].closures).toEqual([]);
    expect(result.config.offices[0].languages).toEqual([]);
    expect(result.config.offices[0].appointmentOnly).toBe(false);
  });

  it('accepts a config with 10,000 documents', () => {
    const big = configWith((config) => {
      config.documents = Array.from({length: 10_000}, (_, index) => ({
        id: `doc-${index}`,
        name: {de: `Dokument ${index}`, en: `Document ${index}`},
        description: {de: 'Beschreibung', en: 'Description'},
        whereToGet: {de: 'Amt', en: 'Office'},
      })) as typeof config.documents;
      config.services = [];
    });
    const result = parseConfig(big);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.config.documents).toHaveLength(10_000);
  });

  it('keeps XSS strings as plain data (xss-texts.json is accepted, nothing is escaped or stripped)', () => {
    const result = parseConfig(badJson('xss-texts.json'));
    expect(result.ok ? [] : result.issues).toEqual([]);
    if (!result.ok) return;
    expect(result.config.offices[0].name).toEqual({
      de: '<img src=x onerror=alert(1)>',
      en: '"><script>alert(1)</script>',
      ar: '<img src=x onerror=alert(1)>"><script>alert(1)</script>',
    });
    expect(result.config.offices[0].website).toBe('https://www.beispielstadt.example.org/?q="><img src=x onerror=alert(1)>');
    expect(result.config.documents[0].url).toBe('/dokumente/<img src=x onerror=alert(1)>');
  });
});

describe('parseConfig: the bad fixtures', () => {
  it('truncated.json: not JSON, reported at $ with line and column', () => {
    const result = parseConfigText(bad('truncated.json'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0].path).toBe('$');
    expect(result.issues[0].message).toMatch(/^Not valid JSON at line 77, column 32: /);
  });

  it('wrong-types.json: each wrong type at its exact path, nothing else', () => {
    expect(issuesOf(badJson('wrong-types.json'))).toEqual([
      {path: '$.version', message: 'Expected "version": 1'},
      {path: '$.offices[0].name', message: 'Expected a text, or an object of language code to text like {"de": "…", "en": "…"}'},
      {path: '$.services[0].questions', message: 'Invalid type: Expected Array but received "no"'},
    ]);
  });

  it('xss.json: every script URL in every disguise is refused, at its path; the texts themselves are fine', () => {
    expect(issuesOf(badJson('xss.json'))).toEqual([
      {path: '$.offices[0].website', message: URL_MESSAGE},
      {path: '$.offices[0].bookingUrl', message: URL_MESSAGE},
      {path: '$.documents[0].url', message: URL_MESSAGE},
      {path: '$.services[0].bookingUrl', message: URL_MESSAGE},
      {path: '$.partners.features[0].properties.website', message: URL_MESSAGE},
    ]);
  });

  it('xss.json and xss-texts.json differ only in the URL fields', () => {
    const strip = (json: unknown) =>
      JSON.stringify(json, (key, value) => (['website', 'bookingUrl', 'url'].includes(key) ? undefined : value));
    expect(strip(badJson('xss.json'))).toBe(strip(badJson('xss-texts.json')));
  });

  it('proto.json: __proto__ and constructor keys are refused wherever they stand, and nothing is polluted', () => {
    expect(issuesOf(badJson('proto.json'))).toEqual([
      {path: '$.offices[0].welcome.constructor', message: 'The key "constructor" is not allowed'},
      {path: '$.offices[0].__proto__', message: 'The key "__proto__" is not allowed'},
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('proto.json as text: the same issues', () => {
    const result = parseConfigText(bad('proto.json'));
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual([
      '$.offices[0].welcome.constructor',
      '$.offices[0].__proto__',
    ]);
  });

  it('dangling-ref.json: a missing document and a question the service does not ask', () => {
    expect(issuesOf(badJson('dangling-ref.json'))).toEqual([
      {path: '$.services[0].documents[1].ref', message: 'No document with the id "residence-card"'},
      {path: '$.services[0].documents[2].when.married', message: 'The service "extension" asks no question "married"'},
    ]);
  });

  // A page's loader parses leniently: one typo no longer blanks every widget on the page.
  it('lenient: dangling-ref.json is usable, its two mistakes listed as skipped; the condition on the unasked question is dropped', () => {
    const result = parseConfig(badJson('dangling-ref.json'), true);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.skipped).toEqual([
      {path: '$.services[0].documents[1].ref', message: 'No document with the id "residence-card"'},
      {path: '$.services[0].documents[2].when.married', message: 'The service "extension" asks no question "married"'},
    ]);
    expect(result.config.services[0].documents[2].when).toEqual({});
  });

  it('lenient: unreadable opening hours of an office and a partner are skipped, the references still checked', () => {
    const broken = configWith((config) => {
      config.offices[0].openingHours = 'Mo-Fr 8-12 Uhr';
      config.partners.features[0].properties.openingHours = 'Xy 10:00-12:00';
    });
    const result = parseConfig(broken, true);
    expect(result.ok && result.skipped?.map((issue) => issue.path)).toEqual([
      '$.offices[0].openingHours',
      '$.partners.features[0].properties.openingHours',
    ]);
    const alsoDangling = configWith((config) => {
      config.offices[0].openingHours = 'Mo-Fr 8-12 Uhr';
      config.services[0].documents[0].ref = 'nowhere';
    });
    const both = parseConfig(alsoDangling, true);
    expect(both.ok && both.skipped?.map((issue) => issue.path)).toEqual(['$.offices[0].openingHours', '$.services[0].documents[0].ref']);
  });

  it('lenient: a mistake the widgets cannot do without still fails the whole config, with every issue', () => {
    const result = parseConfig(
      configWith((config) => {
        config.offices[0].openingHours = 'Mo-Fr 8-12 Uhr';
        config.partners.features[1].properties.id = config.partners.features[0].properties.id;
      }),
      true,
    );
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual([
      '$.offices[0].openingHours',
      '$.partners.features[1].properties.id',
    ]);
    expect(parseConfig(badJson('wrong-types.json'), true).ok).toBe(false);
  });

  it('strict (the validator and the configurator): the same mistakes are errors', () => {
    expect(parseConfig(badJson('dangling-ref.json')).ok).toBe(false);
    const hours = configWith((config) => {
      config.offices[0].openingHours = 'Mo-Fr 8-12 Uhr';
    });
    expect(parseConfig(hours).ok).toBe(false);
  });

  it('not-json.txt (an HTML 404 page): refused at $ as not JSON', () => {
    const result = parseConfigText(bad('not-json.txt'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0].path).toBe('$');
    expect(result.issues[0].message).toMatch(/^Not valid JSON/);
  });

  // Regression: V8 gives no "position N" for "Unexpected token '<'" at the first character, so the webmaster
  // gets no line and column for the most common mistake of all (the URL serves an HTML page).
  it('not-json.txt: the message names line 1, column 1', () => {
    const result = parseConfigText(bad('not-json.txt'));
    expect(result.ok ? '' : result.issues[0].message).toMatch(/^Not valid JSON at line 1, column 1/);
  });

  // Regression: a file cut right after "[" or ":" makes V8 say "Unexpected end of JSON input" without a
  // position, so describeJsonError drops line and column exactly for truncated files.
  it('a file cut at the end of a token: line and column of the end of the text', () => {
    const result = parseConfigText('{\n  "version": 1,\n  "offices": [');
    expect(result.ok ? '' : result.issues[0].message).toMatch(/^Not valid JSON at line 3, column 15/);
  });

  it('brokenConfig (tests/fixtures/configs.ts): phone, postal code and website', () => {
    expect(issuesOf(brokenConfig)).toEqual([
      {path: '$.offices[0].address.postalCode', message: 'Expected a German postal code of five digits'},
      {path: '$.offices[0].phone', message: 'Invalid type: Expected string but received 12345'},
      {path: '$.offices[0].website', message: URL_MESSAGE},
    ]);
  });
});

describe('parseConfig: texts', () => {
  // Regression: {"en": 5} fails both branches of the LocalizedText union untyped; valibot puts the branch
  // issues under the union issue with paths RELATIVE to the union, so toConfigIssues' "deeper" filter
  // (nested path length > absolute depth) never matches and the exact key is lost.
  it('a LocalizedText {"en": 5} is reported at $.offices[0].name.en', () => {
    const issues = issuesOf(
      configWith((config) => {
        (config.offices[0] as Record<string, unknown>).name = {en: 5};
      }),
    );
    expect(issues).toEqual([{path: '$.offices[0].name.en', message: expect.stringMatching(/string/i)}]);
  });

  it('an empty text inside a LocalizedText is reported at its language', () => {
    const issues = issuesOf(
      configWith((config) => {
        config.offices[0].name = {de: 'Amt', en: ''};
      }),
    );
    expect(issues).toEqual([{path: '$.offices[0].name.en', message: 'Expected a non-empty text'}]);
  });

  it('a language key that is no language code is reported at that key', () => {
    const issues = issuesOf(
      configWith((config) => {
        (config.offices[0] as Record<string, unknown>).name = {DE: 'Amt'};
      }),
    );
    expect(issues).toEqual([{path: '$.offices[0].name.DE', message: 'Expected a language code like "de", "ar" or "prs"'}]);
  });

  it('an empty object and an empty string are refused', () => {
    expect(
      issuesOf(
        configWith((config) => {
          (config.offices[0] as Record<string, unknown>).name = {};
        }),
      ),
    ).toEqual([{path: '$.offices[0].name', message: 'Expected at least one language'}]);
    expect(
      issuesOf(
        configWith((config) => {
          (config.offices[0] as Record<string, unknown>).name = '';
        }),
      ),
    ).toEqual([{path: '$.offices[0].name', message: 'Expected a non-empty text'}]);
  });
});

describe('parseConfig: opening hours, unknown keys, links', () => {
  it('invalid office opening hours are reported with the parser message', () => {
    const parsed = parseOpeningHours('Mo 25:00-12:00');
    expect(parsed.ok).toBe(false);
    const issues = issuesOf(
      configWith((config) => {
        config.offices[0].openingHours = 'Mo 25:00-12:00';
      }),
    );
    expect(issues).toEqual([{path: '$.offices[0].openingHours', message: 'Opening hours: Time 25:00 is not valid at 3'}]);
    if (!parsed.ok) expect(issues[0].message).toBe(`Opening hours: ${parsed.error}`);
  });

  it('invalid partner opening hours are reported at the partner', () => {
    const issues = issuesOf(
      configWith((config) => {
        config.partners.features[0].properties.openingHours = 'Mo-Th 09:00-16:00; Xy 10:00-12:00';
      }),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toBe('$.partners.features[0].properties.openingHours');
    expect(issues[0].message).toMatch(/^Opening hours: /);
  });

  it('an unknown key (typo "openinghours") is reported with its path', () => {
    const issues = issuesOf(
      configWith((config) => {
        (config.offices[0] as Record<string, unknown>).openinghours = 'Mo 08:00-12:00';
      }),
    );
    expect(issues.map((issue) => issue.path)).toEqual(['$.offices[0].openinghours']);
    expect(issues[0].message).toContain('"openinghours"');
  });

  // Regression: the message is valibot's "Invalid key: Expected never but received "openinghours"", which
  // means nothing to a webmaster; it should say the key is unknown.
  it('an unknown key is explained in words a webmaster understands', () => {
    const issues = issuesOf(
      configWith((config) => {
        (config.offices[0] as Record<string, unknown>).openinghours = 'Mo 08:00-12:00';
      }),
    );
    expect(issues[0].message).toMatch(/unknown/i);
    expect(issues[0].message).not.toContain('never');
  });

  it('unknown keys at the top level and deep inside are reported too', () => {
    const issues = issuesOf(
      configWith((config) => {
        config.colour = 'red';
        (config.services[0].documents[0] as Record<string, unknown>).optinal = true;
      }),
    );
    expect(issues.map((issue) => issue.path)).toEqual(['$.services[0].documents[0].optinal', '$.colour']);
  });

  it('a script link is refused at its path', () => {
    const issues = issuesOf(
      configWith((config) => {
        config.offices[0].bookingUrl = 'javascript:alert(1)';
      }),
    );
    expect(issues).toEqual([{path: '$.offices[0].bookingUrl', message: URL_MESSAGE}]);
  });

  it('an empty office list, or a root that is not an object', () => {
    expect(
      issuesOf(
        configWith((config) => {
          config.offices = [];
        }),
      ),
    ).toEqual([{path: '$.offices', message: 'Expected at least one office'}]);
    expect(issuesOf(null)).toEqual([{path: '$', message: 'Expected a JSON object like {"version": 1, "offices": [ … ]}'}]);
    expect(issuesOf('{}').map((issue) => issue.path)).toEqual(['$']);
  });

  // Regression: valibot's strictObject takes an array for an object and reads inherited properties, so a
  // file that is a JSON array gets "$.map: Invalid type: Expected Object but received Function"
  // (Array.prototype.map) instead of one clear issue at $.
  it('a JSON array as the whole file is one issue at $, with no inherited "map"', () => {
    const issues = issuesOf([]);
    expect(issues.map((issue) => issue.path)).not.toContain('$.map');
    expect(issues[0].path).toBe('$');
  });

  it('caps the list at 50 issues', () => {
    const issues = issuesOf(
      configWith((config) => {
        config.documents = Array.from({length: 200}, () => ({id: 'Bad Id'})) as unknown as typeof config.documents;
      }),
    );
    expect(issues).toHaveLength(50);
  });
});

describe('parseConfig: cross-checks', () => {
  it('a duplicate office id', () => {
    const issues = issuesOf(
      configWith((config) => {
        config.offices.push(structuredClone(config.offices[0]));
      }),
    );
    expect(issues).toEqual([{path: '$.offices[1].id', message: 'The id "auslaenderbehoerde" is used twice'}]);
  });

  it('a duplicate document id', () => {
    expect(musterstadt.documents[0].id).toBe('passport');
    const issues = issuesOf(
      configWith((config) => {
        config.documents.splice(2, 0, structuredClone(config.documents[0]));
      }),
    );
    expect(issues).toEqual([{path: '$.documents[2].id', message: 'The id "passport" is used twice'}]);
  });

  it('a duplicate service id', () => {
    expect(musterstadt.services[1].id).toBe('blue-card');
    const issues = issuesOf(
      configWith((config) => {
        config.services[3].id = 'blue-card';
      }),
    );
    expect(issues).toEqual([{path: '$.services[3].id', message: 'The id "blue-card" is used twice'}]);
  });

  // Regression: validate.ts maps features to their properties and then uses the base ['partners', 'features'],
  // so the path is $.partners.features[1].id, a path that does not exist in the JSON.
  it('a duplicate partner id is reported at $.partners.features[i].properties.id', () => {
    expect(musterstadt.partners.features[0].properties.id).toBe('mbe-nord');
    const issues = issuesOf(
      configWith((config) => {
        config.partners.features[1].properties.id = 'mbe-nord';
      }),
    );
    expect(issues).toEqual([{path: '$.partners.features[1].properties.id', message: 'The id "mbe-nord" is used twice'}]);
  });

  it('a duplicate category id', () => {
    const issues = issuesOf(
      configWith((config) => {
        config.categories = [
          {id: 'sport', name: {de: 'Sport', en: 'Sports'}},
          {id: 'sport', name: {de: 'Sportvereine', en: 'Sports clubs'}},
        ];
      }),
    );
    expect(issues).toEqual([{path: '$.categories[1].id', message: 'The id "sport" is used twice'}]);
  });

  it('an unknown partner category, with the presets named; a defined category is accepted', () => {
    const issues = issuesOf(
      configWith((config) => {
        config.partners.features[2].properties.category = 'sport';
      }),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toBe('$.partners.features[2].properties.category');
    expect(issues[0].message).toMatch(/^Unknown category "sport": use a preset \(migration-counselling, /);
    expect(issues[0].message).toContain('define it in "categories"');

    const defined = parseConfig(
      configWith((config) => {
        config.partners.features[2].properties.category = 'sport';
        config.categories = [{id: 'sport', name: {de: 'Sport', en: 'Sports'}}];
      }),
    );
    expect(defined.ok).toBe(true);
  });

  it('a document reference to a missing document', () => {
    const issues = issuesOf(
      configWith((config) => {
        config.services[0].documents[1].ref = 'reisepass';
      }),
    );
    expect(issues).toEqual([{path: '$.services[0].documents[1].ref', message: 'No document with the id "reisepass"'}]);
  });

  it('a `when` on a question the service does not ask (quoted path for a dashed id)', () => {
    const issues = issuesOf(
      configWith((config) => {
        // "blue-card" is a question of the family service, not of the extension service.
        config.services[0].documents[0] = {ref: 'application-form', when: {'blue-card': true}} as (typeof config.services)[0]['documents'][0];
      }),
    );
    expect(issues).toEqual([
      {path: '$.services[0].documents[0].when["blue-card"]', message: 'The service "extension" asks no question "blue-card"'},
    ]);
  });
});
