import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import template from '../../examples/musterstadt.json';
import {parseConfig} from '../../src/core/config/validate.js';
import {parseOpeningHours} from '../../src/core/opening-hours.js';
import {importPartners} from '../../src/cli/partners-import.js';
import {
  addCategory,
  categoryIdFor,
  ownCategories,
  partnersInCategory,
  removeCategory,
  addService,
  removeService,
  serviceIdFor,
  serviceList,
  addDocument,
  addServiceDocument,
  documentIdFor,
  documentList,
  documentsNotIn,
  keywordsIn,
  moveDocument,
  moveServiceDocument,
  parseKeywords,
  removeDocument,
  removeServiceDocument,
  servicesUsing,
  setKeywords,
  addQuestion,
  conditionOf,
  parseCopies,
  questionIdFor,
  questionIds,
  removeQuestion,
  setCondition,
  addPartner,
  categoryLabel,
  closuresOf,
  freePartnerId,
  importPartnersCsv,
  incompleteLocales,
  parseCoordinateInput,
  parseOfficeGeo,
  partnerCategories,
  partnerList,
  removePartner,
  configLanguages,
  describeHoursPreview,
  editorLocales,
  embedSnippet,
  DEFAULT_SNIPPET_WIDGETS,
  SNIPPET_WIDGETS,
  counterpartPath,
  outdatedLocales,
  outdatedTexts,
  typedKey,
  unfinishedLocales,
  withoutLocales,
  exportFileName,
  exportText,
  getIn,
  hoursInGerman,
  importInGerman,
  inGerman,
  reportInGerman,
  resultInGerman,
  issuesAt,
  missingLocales,
  parseLanguageList,
  previewHours,
  setIn,
  setText,
  textIn,
  type Json,
} from '../../src/configurator/configurator-model.js';

const json = template as unknown as Json;

describe('setIn / getIn', () => {
  it('changes one value and leaves the input untouched', () => {
    const next = setIn(json, ['offices', 0, 'address', 'postalCode'], '54321');
    expect(getIn(next, ['offices', 0, 'address', 'postalCode'])).toBe('54321');
    expect(getIn(json, ['offices', 0, 'address', 'postalCode'])).not.toBe('54321');
    // Untouched branches are shared, not copied.
    expect(getIn(next, ['documents'])).toBe(getIn(json, ['documents']));
  });

  it('removes a key for undefined and creates missing objects on the way', () => {
    const next = setIn({a: {b: 1, c: 2}}, ['a', 'b'], undefined);
    expect(next).toEqual({a: {c: 2}});
    expect(setIn({}, ['x', 'y'], 'z')).toEqual({x: {y: 'z'}});
    expect(getIn({a: [1]}, ['a', 'b'])).toBeUndefined();
  });
});

describe('localized texts', () => {
  it('reads exactly one language, a plain string only in the content language', () => {
    expect(textIn({de: 'Hallo', en: 'Hello'}, 'en')).toBe('Hello');
    expect(textIn({de: 'Hallo'}, 'ar')).toBe('');
    expect(textIn('Hallo', 'de')).toBe('Hallo');
    expect(textIn('Hallo', 'en')).toBe('');
    expect(textIn('Hello', 'en', 'en')).toBe('Hello');
  });

  it('sets a text per locale, keeping a plain string plain while only its language changes', () => {
    expect(setText('Hallo', 'de', 'Guten Tag')).toBe('Guten Tag');
    expect(setText('Hallo', 'ar', 'مرحبا')).toEqual({de: 'Hallo', ar: 'مرحبا'});
    expect(setText({de: 'Hallo', en: 'Hello'}, 'en', 'Hi')).toEqual({de: 'Hallo', en: 'Hi'});
    expect(setText(undefined, 'de', 'Neu')).toEqual({de: 'Neu'});
  });

  it('removes a language for an empty text, and the whole text when none is left', () => {
    expect(setText({de: 'Hallo', en: 'Hello'}, 'en', '')).toEqual({de: 'Hallo'});
    expect(setText({de: 'Hallo'}, 'de', '')).toBeUndefined();
    expect(setText('Hallo', 'de', '')).toBeUndefined();
  });

  it('lists the locales a text lacks', () => {
    expect(missingLocales({de: 'Hallo', en: 'Hello', ar: ''}, ['de', 'en', 'ar', 'tr'])).toEqual(['ar', 'tr']);
    expect(missingLocales('Hallo', ['de', 'en'])).toEqual(['en']);
    expect(missingLocales(undefined, ['de'])).toEqual(['de']);
  });

  it('finds the languages a config is written in and offers them with the UI locales', () => {
    expect(configLanguages({version: 1, offices: [{name: 'Amt', welcome: {en: 'Hi', it: 'Ciao'}}]})).toEqual(['de', 'en', 'it']);
    expect(configLanguages({language: 'en', offices: [{name: 'Office'}]})).toEqual(['en']);
    const offered = editorLocales({offices: [{name: {it: 'Ufficio'}}]});
    expect(offered.slice(0, 3)).toEqual(['de', 'en', 'it']);
    expect(offered).toHaveLength(17);
    expect(editorLocales(json)).toHaveLength(16);
  });

  it('splits a typed list of language codes', () => {
    expect(parseLanguageList(' de, ar;tr  uk,,')).toEqual(['de', 'ar', 'tr', 'uk']);
    expect(parseLanguageList('')).toEqual([]);
  });
});

describe('opening hours preview', () => {
  // Berlin is UTC+2 in June: Monday 1 June 2026 10:30 and 13:00 office time.
  const mondayMorning = new Date('2026-06-01T08:30:00Z');
  const mondayAfternoon = new Date('2026-06-01T11:00:00Z');

  it('says open or closed in office time, and when that changes', () => {
    const open = previewHours('Mo-Fr 08:00-12:00', mondayMorning);
    expect(open).toEqual({kind: 'state', state: {open: true, next: {date: '2026-06-01', weekday: 0, time: '12:00'}}});
    const closed = previewHours('Mo-Fr 08:00-12:00', mondayAfternoon);
    expect(closed.kind === 'state' && closed.state.open).toBe(false);
  });

  it('honours the region holidays and the closures', () => {
    // Thursday 4 June 2026 is Corpus Christi in North Rhine-Westphalia, not in Berlin.
    const thursday = new Date('2026-06-04T08:30:00Z');
    const hours = 'Mo-Fr 08:00-12:00; PH off';
    expect(previewHours(hours, thursday, 'DE-NW')).toMatchObject({state: {open: false}});
    expect(previewHours(hours, thursday, 'DE-BE')).toMatchObject({state: {open: true}});
    expect(previewHours(hours, thursday, 'DE-BE', [{from: '2026-06-04'}])).toMatchObject({state: {open: false}});
  });

  it('reports a syntax error with its offset, and nothing for empty hours', () => {
    const result = previewHours('Mo-Fr 8-12', mondayMorning);
    expect(result.kind).toBe('error');
    expect(result.kind === 'error' && result.offset).toBeGreaterThan(0);
    expect(previewHours('  ', mondayMorning)).toEqual({kind: 'empty'});
  });

  it('says it in German: today, tomorrow, a weekday, or a date', () => {
    const say = (hours: string, now: Date) => describeHoursPreview(previewHours(hours, now), now);
    expect(say('Mo-Fr 08:00-12:00', mondayMorning)).toEqual({
      status: 'open',
      text: 'Vorschau für Mo., 1. Juni, 10:30 Uhr: Jetzt geöffnet · schließt heute um 12:00 Uhr',
    });
    expect(say('Mo-Fr 08:00-12:00', mondayAfternoon).text).toContain('Jetzt geschlossen · öffnet morgen um 8:00 Uhr');
    expect(say('Th 08:00-12:00', mondayAfternoon).text).toContain('öffnet Donnerstag um 8:00 Uhr');
    expect(say('Mo 08:00-12:00; 2026 Jun 08 off', mondayAfternoon).text).toContain('öffnet am Mo., 15. Juni um 8:00 Uhr');
    expect(say('24/7', mondayAfternoon)).toMatchObject({status: 'open', text: 'Vorschau für Mo., 1. Juni, 13:00 Uhr: Jetzt geöffnet'});
    expect(say('Mo-Fr 8-12', mondayAfternoon).status).toBe('error');
    expect(say('Mo-Fr 8-12', mondayAfternoon).text).toMatch(/^Schreibweise nicht erkannt \(Zeichen \d+\): /);
    expect(say('', mondayAfternoon)).toEqual({status: 'empty', text: 'Keine Öffnungszeiten angegeben.'});
  });

  it('reads only well-formed closures', () => {
    expect(closuresOf({closures: [{from: '2026-12-24', to: '2026-12-31'}, {from: 'soon'}, {from: '2027-03-17'}]})).toEqual([
      {from: '2026-12-24', to: '2026-12-31'},
      {from: '2027-03-17'},
    ]);
    expect(closuresOf({})).toEqual([]);
  });
});

describe('issues, export and snippet', () => {
  it('picks the issues at a path and below it, not its siblings', () => {
    const issues = [
      {path: '$.offices[0].address.postalCode', message: 'a'},
      {path: '$.offices[0].addressExtra', message: 'b'},
      {path: '$.offices[1].address', message: 'c'},
    ];
    expect(issuesAt(issues, ['offices', 0, 'address']).map((issue) => issue.message)).toEqual(['a']);
    expect(issuesAt(issues, ['offices', 0, 'address', 'postalCode'])).toHaveLength(1);
  });

  it('exports indented JSON that the widgets accept and that round-trips exactly', () => {
    const edited = setIn(json, ['offices', 0, 'name'], setText(getIn(json, ['offices', 0, 'name']), 'de', 'Ausländerbehörde Beispielstadt'));
    const text = exportText(edited);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "version": 1');
    expect(JSON.parse(text)).toEqual(edited);
    expect(parseConfig(JSON.parse(text)).ok).toBe(true);
    expect(exportFileName(edited)).toBe('auslaenderbehoerde-beispielstadt.json');
    expect(exportFileName({})).toBe('office.json');
  });

  it('builds the embed snippet with data-config, escaping what it inserts', () => {
    const snippet = embedSnippet({fileName: 'amt.json', website: 'https://www.example.org/kontakt?a=1&b="2"'});
    const lines = snippet.split('\n');
    // The default widgets: language picker, contact card, checklist; then the script.
    expect(lines).toHaveLength(DEFAULT_SNIPPET_WIDGETS.length + 1);
    expect(lines.at(-1)).toBe('<script src="/assets/willkommen.js" data-config="/assets/amt.json" defer></script>');
    expect(lines[1]).toContain('href="https://www.example.org/kontakt?a=1&amp;b=&quot;2&quot;"');
    expect(embedSnippet({fileName: 'a.json', website: 'javascript:alert(1)'})).toContain('href="/kontakt"');
    expect(embedSnippet({fileName: 'a"b.json'})).toContain('data-config="/assets/a&quot;b.json"');
  });
});

/** A spreadsheet export as Excel writes "CSV UTF-8": BOM, semicolons, CRLF. */
const csvBytes = (lines: string[]) => new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);

describe('partners', () => {
  it('lists the partners with the name in the asked language, and the fallback when it lacks one', () => {
    const list = partnerList(json, 'en');
    expect(list).toHaveLength(template.partners.features.length);
    expect(list[0]).toEqual({index: 0, id: 'mbe-nord', name: 'Migration advice North', fallback: 'Migrationsberatung Nord', category: 'migration-counselling'});
    expect(partnerList(json, 'xx')[0].name).toBe('');
    expect(partnerList({version: 1}, 'de')).toEqual([]);
  });

  it('offers the presets and the config’s own categories, with German labels', () => {
    const own = setIn(json, ['categories'], [{id: 'sport', name: {de: 'Sportvereine'}}]);
    expect(partnerCategories(own)).toContain('migration-counselling');
    expect(partnerCategories(own).at(-1)).toBe('sport');
    expect(categoryLabel(own, 'sport')).toBe('Sportvereine');
    expect(categoryLabel(own, 'legal')).toBe('Rechtsberatung');
    expect(categoryLabel(own, 'unknown-thing')).toBe('unknown-thing');
  });

  it('adds an own category with a unique id from its German name, one that no preset has', () => {
    const json = structuredClone(template) as unknown as Json;
    expect(ownCategories(json)).toEqual([]);
    expect(categoryIdFor(json, 'Schuldnerberatung')).toBe('schuldnerberatung');
    // "Health" is a preset's id: an own category must not take it.
    expect(categoryIdFor(json, 'Health')).toBe('health-2');
    expect(categoryIdFor(json, '???')).toBe('kategorie');
    const added = addCategory(json, ' Schuldnerberatung ')!;
    expect(added).toMatchObject({index: 0, id: 'schuldnerberatung'});
    expect(getIn(added.config, ['categories'])).toEqual([{id: 'schuldnerberatung', name: {de: 'Schuldnerberatung'}}]);
    expect(ownCategories(added.config)).toEqual([{index: 0, id: 'schuldnerberatung', name: 'Schuldnerberatung'}]);
    expect(addCategory(added.config, 'Schuldnerberatung')!.id).toBe('schuldnerberatung-2');
    expect(addCategory(json, '  ')).toBeUndefined();
    expect(partnerCategories(added.config)).toContain('schuldnerberatung');
    expect(categoryLabel(added.config, 'schuldnerberatung')).toBe('Schuldnerberatung');
    expect(parseConfig(added.config).ok).toBe(true);
    // A partner filed under it loads.
    const filed = setIn(added.config, ['partners', 'features', 0, 'properties', 'category'], 'schuldnerberatung');
    expect(parseConfig(filed).ok).toBe(true);
  });

  it('removes an own category only while no partner is filed under it', () => {
    const json = addCategory(structuredClone(template) as unknown as Json, 'Schuldnerberatung')!.config;
    const filed = setIn(json, ['partners', 'features', 1, 'properties', 'category'], 'schuldnerberatung');
    expect(partnersInCategory(filed, 'schuldnerberatung').map((partner) => partner.index)).toEqual([1]);
    const refused = removeCategory(filed, 0);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.partners.map((partner) => partner.id)).toEqual([template.partners.features[1].properties.id]);
    const removed = removeCategory(json, 0);
    expect(removed.ok).toBe(true);
    expect(removed.ok && ownCategories(removed.config)).toEqual([]);
    expect(removed.ok && parseConfig(removed.config).ok).toBe(true);
  });

  it('adds a partner that keeps the config valid, with a free id, and removes one', () => {
    const {config, index} = addPartner(json);
    expect(index).toBe(template.partners.features.length);
    expect(getIn(config, ['partners', 'features', index, 'properties', 'id'])).toBe('partner-1');
    expect(parseConfig(config).ok).toBe(true);
    expect(freePartnerId(config)).toBe('partner-2');
    // Without any partners or position yet, it still makes a valid collection.
    const bare = setIn(setIn(setIn(json, ['partners'], undefined), ['map'], undefined), ['offices', 0, 'geo'], undefined);
    expect(parseConfig(addPartner(bare).config).ok).toBe(true);
    const removed = removePartner(json, 0);
    expect(partnerList(removed, 'de').map((partner) => partner.id)).toEqual(template.partners.features.slice(1).map((f) => f.properties.id));
    expect(getIn(json, ['partners', 'features', 0, 'properties', 'id'])).toBe('mbe-nord');
  });

  it('reads coordinates with point or comma and refuses what is not one', () => {
    expect(parseCoordinateInput('51,5123', 'lat')).toEqual({ok: true, value: 51.5123});
    expect(parseCoordinateInput(' -7.4 ', 'lon')).toEqual({ok: true, value: -7.4});
    expect(parseCoordinateInput('151.2', 'lat')).toMatchObject({ok: false, message: expect.stringContaining('zwischen -90 und 90')});
    expect(parseCoordinateInput('151.2', 'lon')).toEqual({ok: true, value: 151.2});
    expect(parseCoordinateInput('181', 'lon')).toMatchObject({ok: false});
    expect(parseCoordinateInput('51°N', 'lat')).toMatchObject({ok: false, message: expect.stringContaining('keine Zahl')});
    expect(parseCoordinateInput('', 'lat')).toMatchObject({ok: false});
  });

  it('reads the office’s position as a pair: both, or neither', () => {
    expect(parseOfficeGeo('51,5123', ' 7.4321 ')).toEqual({ok: true, value: {lat: 51.5123, lon: 7.4321}});
    // Both empty: no position (the partner map then shows no distances).
    expect(parseOfficeGeo('', '  ')).toEqual({ok: true});
    // One alone asks for the other.
    const half = parseOfficeGeo('51.5', '');
    expect(half.ok).toBe(false);
    expect(half).toEqual({ok: false, lat: undefined, lon: 'Bitte geben Sie den Längengrad an, zum Beispiel 7.4262.'});
    expect(parseOfficeGeo('', '7')).toMatchObject({ok: false, lat: expect.stringContaining('Breitengrad')});
    expect(parseOfficeGeo('91', 'x')).toEqual({
      ok: false,
      lat: 'Der Breitengrad muss zwischen -90 und 90 liegen.',
      lon: '„x“ ist keine Zahl: schreiben Sie den Längengrad als Dezimalzahl, zum Beispiel 7.4262.',
    });
    const geo = parseOfficeGeo('-33.9', '151.2');
    expect(geo.ok && parseConfig(setIn(json, ['offices', 0, 'geo'], geo.value!)).ok).toBe(true);
  });

  it('merges a CSV into the config and names each skipped row with its column', () => {
    const result = importPartnersCsv(
      json,
      csvBytes([
        'Name;Kategorie;Straße;PLZ;Ort;Breite;Länge',
        'Café Zusammen;community;Marktplatz 2;99999;Musterstadt;51,51;7,46',
        'Kaputt;community;Weg 1;99999;Musterstadt;151,2;7,46',
      ]),
    );
    expect(result.config).toBeDefined();
    const added = partnerList(result.config, 'de').at(-1)!;
    expect(added.name).toBe('Café Zusammen');
    expect(getIn(result.config, ['partners', 'features', added.index, 'geometry', 'coordinates'])).toEqual([7.46, 51.51]);
    expect(parseConfig(result.config).ok).toBe(true);
    expect(result.summary).toBe(
      `ein Partner hinzugefügt; eine Zeile übersprungen. Gelesen: 2 Zeilen, Zeichensatz UTF-8, getrennt durch „;“. ${template.partners.features.length} Partner, die nicht in der Datei stehen, bleiben unverändert.`,
    );
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({row: 3, column: 'Breite'});
    expect(result.problems[0].text).toMatch(/^Zeile 3, Spalte „Breite“: /);
  });

  it('merges nothing from a file it cannot use, and says why', () => {
    const result = importPartnersCsv(json, csvBytes(['foo;bar', '1;2']));
    expect(result.config).toBeUndefined();
    expect(result.summary).toMatch(/^Nichts übernommen: /);
  });
});

describe('incompleteLocales', () => {
  it('counts the texts each language of the config lacks', () => {
    expect(incompleteLocales(json)).toEqual([]);
    const less = setText(getIn(json, ['documents', 0, 'description']), 'ar', '', 'de');
    const next = setIn(setIn(json, ['documents', 0, 'description'], less), ['services', 0, 'name', 'fa'], undefined);
    expect(incompleteLocales(next)).toEqual([
      {locale: 'ar', missing: 1},
      {locale: 'fa', missing: 1},
    ]);
    // A plain string is in the config's language only.
    expect(incompleteLocales({version: 1, offices: [{name: {de: 'A', en: 'B'}, welcome: 'Hallo'}]})).toEqual([{locale: 'en', missing: 1}]);
  });
});

describe('embedSnippet with integrity', () => {
  it('puts the integrity and crossorigin on the script tag, and leaves them out without a value', () => {
    const lines = embedSnippet({fileName: 'amt.json', integrity: 'sha384-abc+/='}).split('\n');
    expect(lines.at(-1)).toBe(
      '<script src="/assets/willkommen.js" integrity="sha384-abc+/=" crossorigin="anonymous" data-config="/assets/amt.json" defer></script>',
    );
    expect(embedSnippet({fileName: 'amt.json'})).not.toContain('integrity');
  });
});

describe('embedSnippet with the widgets the page shows', () => {
  it('lists exactly the chosen widgets, in a fixed order, each but the picker with its fallback link, then the script', () => {
    const snippet = embedSnippet({
      fileName: 'amt.json',
      website: 'https://www.example.org/',
      // Given out of order: the snippet keeps the README's order.
      widgets: ['willkommen-partner-map', 'willkommen-language-picker', 'willkommen-document-finder'],
    });
    expect(snippet.split('\n')).toEqual([
      '<willkommen-language-picker></willkommen-language-picker>',
      '<willkommen-document-finder><a href="https://www.example.org/">Erklärungen zu den Unterlagen</a></willkommen-document-finder>',
      '<willkommen-partner-map><a href="https://www.example.org/">Beratungsstellen und Partner</a></willkommen-partner-map>',
      '<script src="/assets/willkommen.js" data-config="/assets/amt.json" defer></script>',
    ]);
  });

  it('defaults to the language picker, the contact card with the README\'s fallback link, and the checklist', () => {
    expect(embedSnippet({fileName: 'amt.json'}).split('\n').slice(0, -1)).toEqual([
      '<willkommen-language-picker></willkommen-language-picker>',
      '<willkommen-contact-card><a href="/kontakt">Kontakt und Öffnungszeiten</a></willkommen-contact-card>',
      '<willkommen-checklist><a href="/kontakt">Unterlagen für Ihren Termin</a></willkommen-checklist>',
    ]);
    expect(SNIPPET_WIDGETS.map((widget) => widget.tag)).toEqual([
      'willkommen-language-picker',
      'willkommen-contact-card',
      'willkommen-checklist',
      'willkommen-document-finder',
      'willkommen-partner-map',
    ]);
  });

  it('presets the checklist to one service, escaped, and only the checklist', () => {
    const lines = embedSnippet({fileName: 'a.json', widgets: ['willkommen-checklist', 'willkommen-document-finder'], service: 'family'}).split('\n');
    expect(lines[0]).toBe('<willkommen-checklist service="family"><a href="/kontakt">Unterlagen für Ihren Termin</a></willkommen-checklist>');
    expect(lines[1]).not.toContain('service=');
    expect(embedSnippet({fileName: 'a.json', service: 'x"y'})).toContain('service="x&quot;y"');
    // Without the checklist the service has nowhere to go.
    expect(embedSnippet({fileName: 'a.json', widgets: ['willkommen-contact-card'], service: 'family'})).not.toContain('service=');
  });

  it('holds only the script line when no widget is chosen', () => {
    expect(embedSnippet({fileName: 'a.json', widgets: []})).toBe('<script src="/assets/willkommen.js" data-config="/assets/a.json" defer></script>');
  });
});

describe('outdated translations', () => {
  const original = structuredClone(template) as unknown as Json;
  const namePath = ['offices', 0, 'name'];
  const rename = (config: Json | undefined, locale: string, text: string) => setIn(config, namePath, setText(getIn(config, namePath), locale, text));
  const others = Object.keys(template.offices[0].name).filter((locale) => locale !== 'de');

  it('finds none while the German text is as opened', () => {
    expect(outdatedLocales(original, original, namePath)).toEqual([]);
    // Another language changed, German not: nothing to translate anew.
    expect(outdatedLocales(rename(original, 'en', 'Other'), original, namePath)).toEqual([]);
    expect(outdatedTexts(original, original)).toEqual([]);
  });

  it('lists every other language that still holds the opened text once the German text changed', () => {
    const changed = rename(original, 'de', 'Ausländerbehörde Beispielstadt');
    expect(others.length).toBeGreaterThan(10);
    expect(outdatedLocales(changed, original, namePath)).toEqual(others);
    // Changed back: nothing is outdated any more.
    expect(outdatedLocales(rename(changed, 'de', template.offices[0].name.de), original, namePath)).toEqual([]);
  });

  it('never counts a language changed or typed after opening, even when typed as it was', () => {
    let changed = rename(original, 'de', 'Ausländerbehörde Beispielstadt');
    changed = rename(changed, 'ar', 'دائرة الأجانب في بيشبيلشتات');
    expect(outdatedLocales(changed, original, namePath)).not.toContain('ar');
    expect(outdatedLocales(changed, original, namePath)).toContain('en');
    const typed = new Set([typedKey(changed, original, namePath, 'en')!]);
    expect(outdatedLocales(changed, original, namePath, typed)).not.toContain('en');
    expect(outdatedLocales(changed, original, namePath, typed)).toContain('tr');
  });

  it('outdates nothing for a German text that is new, emptied, or a text added after opening', () => {
    const noGerman = setIn(original, namePath, {en: 'Office'}) as Json;
    expect(outdatedLocales(setIn(noGerman, namePath, {de: 'Amt', en: 'Office'}), noGerman, namePath)).toEqual([]);
    expect(outdatedLocales(rename(original, 'de', ''), original, namePath)).toEqual([]);
    const added = addService(original, 'Einbürgerung')!;
    const path = ['services', added.index, 'name'];
    const withEnglish = setIn(added.config, path, {de: 'Einbürgerung neu', en: 'Naturalisation'});
    expect(outdatedLocales(withEnglish, original, path)).toEqual([]);
  });

  it('compares a list item with itself after a removal moved it, by its id', () => {
    const services = template.services as Array<{id: string; name: Record<string, string>}>;
    const moved = removeService(original, 0);
    const path = ['services', 0, 'name'];
    // Now at 0: the service that was at 1. Its own German changed, its translations are as opened.
    expect(counterpartPath(moved, original, path)).toEqual(['services', 1, 'name']);
    const changed = setIn(moved, path, setText(getIn(moved, path), 'de', 'Neuer Name'));
    expect(outdatedLocales(changed, original, path)).toEqual(Object.keys(services[1].name).filter((locale) => locale !== 'de'));
    // Without the move, nothing: its German is still that of the service once at 1.
    expect(outdatedLocales(moved, original, path)).toEqual([]);
    expect(counterpartPath(addService(original, 'X')!.config, original, ['services', services.length, 'name'])).toBeUndefined();
  });

  it('removes the outdated languages and counts them per language as not done', () => {
    const changed = setIn(rename(rename(original, 'de', 'Amt Beispielstadt'), 'ar', 'مكتب'), ['offices', 0, 'welcome', 'de'], 'Hallo!');
    const summary = unfinishedLocales(changed, original);
    expect(summary.find((item) => item.locale === 'en')).toEqual({locale: 'en', missing: 0, outdated: 2});
    expect(summary.find((item) => item.locale === 'ar')).toEqual({locale: 'ar', missing: 0, outdated: 1});
    expect(summary.some((item) => item.locale === 'de')).toBe(false);
    expect(outdatedTexts(changed, original).map((text) => text.path)).toEqual([namePath, ['offices', 0, 'welcome']]);

    const name = getIn(changed, namePath);
    const stale = outdatedLocales(changed, original, namePath);
    const cleaned = setIn(changed, namePath, withoutLocales(name, stale));
    expect(getIn(cleaned, namePath)).toEqual({de: 'Amt Beispielstadt', ar: 'مكتب'});
    expect(outdatedLocales(cleaned, original, namePath)).toEqual([]);
    // Removed, English now lacks the name: still not done, now as missing.
    expect(unfinishedLocales(cleaned, original).find((item) => item.locale === 'en')).toEqual({locale: 'en', missing: 1, outdated: 1});
    expect(parseConfig(cleaned).ok).toBe(true);
    // Nothing changed: the summary is incompleteLocales with no outdated texts.
    expect(unfinishedLocales(original, original)).toEqual([]);
    expect(withoutLocales('Amt', ['de'])).toBeUndefined();
  });
});

describe('questions and conditions', () => {
  const config = structuredClone(template) as unknown as Json;
  // The family service: questions blue-card, self-employed, children.
  const family = (template.services as Array<{id: string}>).findIndex((service) => service.id === 'family');

  it('derives a unique question id from the German text', () => {
    expect(questionIdFor(config, family, 'Sind Sie verheiratet?')).toBe('sind-sie-verheiratet');
    expect(questionIdFor(config, family, 'Self-employed')).toBe('self-employed-2');
    expect(questionIdFor(config, family, '???')).toBe('frage');
    expect(questionIdFor(config, family, 'x'.repeat(80) + ' Ärger')).toMatch(/^x{64}$/);
  });

  it('adds a question that the schema accepts, and never reuses an id', () => {
    const first = addQuestion(config, family, 'Haben Sie Kinder?');
    expect(first.id).toBe('haben-sie-kinder');
    expect(getIn(first.config, ['services', family, 'questions', first.index])).toEqual({id: 'haben-sie-kinder', text: {de: 'Haben Sie Kinder?'}});
    const second = addQuestion(first.config, family, 'Haben Sie Kinder?');
    expect(second.id).toBe('haben-sie-kinder-2');
    expect(parseConfig(second.config).ok).toBe(true);
    expect(questionIds(config, family)).toEqual(['blue-card', 'self-employed', 'children']);
  });

  it('removes a question and every condition on it, emptied conditions too', () => {
    const {config: next, documents} = removeQuestion(config, family, 1);
    expect(documents).toBe(4);
    expect(questionIds(next, family)).toEqual(['blue-card', 'children']);
    const docs = getIn(next, ['services', family, 'documents']) as Json[];
    expect(docs.some((document) => JSON.stringify(getIn(document, ['when']) ?? {}).includes('self-employed'))).toBe(false);
    expect(docs.filter((document) => getIn(document, ['when']) !== undefined)).toHaveLength(3);
    expect(parseConfig(next).ok).toBe(true);
    expect(getIn(config, ['services', family, 'questions', 1, 'id'])).toBe('self-employed');
  });

  it('reads and sets a document condition per question', () => {
    const docs = getIn(config, ['services', family, 'documents']) as Json[];
    const birth = docs.findIndex((document) => getIn(document, ['ref']) === 'birth-certificate');
    expect(conditionOf(docs[birth], 'children')).toBe('yes');
    expect(conditionOf(docs[birth], 'blue-card')).toBe('always');
    let next = setCondition(config, family, birth, 'blue-card', 'no');
    expect(getIn(next, ['services', family, 'documents', birth, 'when'])).toEqual({children: true, 'blue-card': false});
    next = setCondition(next, family, birth, 'blue-card', 'always');
    next = setCondition(next, family, birth, 'children', 'always');
    expect(getIn(next, ['services', family, 'documents', birth])).toEqual({ref: 'birth-certificate'});
    expect(parseConfig(next).ok).toBe(true);
  });

  it('reads the number of copies', () => {
    expect(parseCopies('')).toEqual({ok: true});
    expect(parseCopies(' 2 ')).toEqual({ok: true, value: 2});
    expect(parseCopies('0')).toEqual({ok: true, value: 0});
    expect(parseCopies('21')).toMatchObject({ok: false, message: 'Höchstens 20 Kopien.'});
    expect(parseCopies('1,5')).toMatchObject({ok: false});
  });
});

describe('documents of the config and of a service', () => {
  const config = () => structuredClone(template) as any;
  const refs = (json: any, service: number) => json.services[service].documents.map((document: {ref: string}) => document.ref);

  it('adds a document with a unique id from its German name, and refuses an empty name', () => {
    const json = config();
    expect(documentIdFor(json, 'Schulbescheinigung')).toBe('schulbescheinigung');
    expect(documentIdFor(json, 'Pass')).toBe('pass');
    expect(documentIdFor(json, 'Passport')).toBe('passport-2');
    const added = addDocument(json, '  Schulbescheinigung ')!;
    expect(added.id).toBe('schulbescheinigung');
    expect(added.index).toBe(json.documents.length);
    expect((added.config as any).documents.at(-1)).toEqual({id: 'schulbescheinigung', name: {de: 'Schulbescheinigung'}});
    expect(documentIdFor(added.config, 'Schulbescheinigung')).toBe('schulbescheinigung-2');
    expect(addDocument(json, '   ')).toBeUndefined();
    expect(parseConfig(added.config).ok).toBe(true);
    expect(json.documents.length).toBe(template.documents.length);
  });

  it('removes a document from the config and from every service that lists it', () => {
    const json = config();
    const index = json.documents.findIndex((document: {id: string}) => document.id === 'landlord-confirmation');
    const using = servicesUsing(json, 'landlord-confirmation');
    expect(using.length).toBeGreaterThan(0);
    const passport = servicesUsing(json, 'passport');
    expect(passport.length).toBe(json.services.length);
    const removed = removeDocument(json, json.documents.findIndex((document: {id: string}) => document.id === 'passport'));
    expect(removed.services).toBe(json.services.length);
    expect(JSON.stringify(removed.config)).not.toContain('"passport"');
    expect(parseConfig(removed.config).ok).toBe(true);
    const one = removeDocument(json, index);
    expect(one.services).toBe(using.length);
    expect(documentList(one.config).map((document) => document.id)).not.toContain('landlord-confirmation');
  });

  it('offers only the documents a service lacks, adds one at the end and removes one', () => {
    const json = config();
    const offered = documentsNotIn(json, 0).map((document) => document.id);
    expect(offered).not.toContain('passport');
    expect(offered).toContain('marriage-certificate');
    expect(documentsNotIn(json, 0).find((document) => document.id === 'marriage-certificate')!.name).toBe(
      template.documents.find((document) => document.id === 'marriage-certificate')!.name.de,
    );
    const added = addServiceDocument(json, 0, 'marriage-certificate');
    expect(refs(added, 0).at(-1)).toBe('marriage-certificate');
    expect(addServiceDocument(added, 0, 'marriage-certificate')).toBe(added);
    const removed = removeServiceDocument(added, 0, 1);
    expect(refs(removed, 0)).toEqual(refs(added, 0).filter((_: string, index: number) => index !== 1));
  });

  it('moves a service document up or down, and leaves the edges alone', () => {
    const json = config();
    const before = refs(json, 0);
    const down = moveServiceDocument(json, 0, 0, 1);
    expect(refs(down, 0).slice(0, 2)).toEqual([before[1], before[0]]);
    expect(refs(moveServiceDocument(down, 0, 1, -1), 0)).toEqual(before);
    expect(moveServiceDocument(json, 0, 0, -1)).toBe(json);
    expect(moveServiceDocument(json, 0, before.length - 1, 1)).toBe(json);
    expect(refs(json, 0)).toEqual(before);
  });

  it('moves a document of the config up or down, leaves the edges alone, and the services as they were', () => {
    const json = config();
    const ids = (config: any) => config.documents.map((document: {id: string}) => document.id);
    const before = ids(json);
    const down = moveDocument(json, 0, 1) as any;
    expect(ids(down)).toEqual([before[1], before[0], ...before.slice(2)]);
    expect(ids(moveDocument(down, 1, -1))).toEqual(before);
    const last = before.length - 1;
    expect(ids(moveDocument(json, last, -1)).slice(-2)).toEqual([before[last], before[last - 1]]);
    // At the ends, and for an index that is not there: the very same config (the UI reads "nothing moved").
    expect(moveDocument(json, 0, -1)).toBe(json);
    expect(moveDocument(json, last, 1)).toBe(json);
    expect(moveDocument(json, before.length, -1)).toBe(json);
    expect(moveDocument({version: 1}, 0, 1)).toEqual({version: 1});
    // Only the order changed: the documents themselves and every service are untouched.
    expect(down.documents[1]).toBe(json.documents[0]);
    expect(down.services).toBe(json.services);
    expect(ids(json)).toEqual(before);
    expect(parseConfig(down).ok).toBe(true);
  });

  it('reads and sets keywords per language from a comma-separated list', () => {
    expect(parseKeywords(' Schule, Schulbescheinigung ,, ')).toEqual(['Schule', 'Schulbescheinigung']);
    expect(keywordsIn(['Pass'], 'de')).toEqual(['Pass']);
    expect(keywordsIn(['Pass'], 'en')).toEqual([]);
    expect(keywordsIn({ar: ['مدرسة']}, 'ar')).toEqual(['مدرسة']);
    expect(setKeywords(undefined, 'de', 'Schule, Zeugnis')).toEqual({de: ['Schule', 'Zeugnis']});
    expect(setKeywords(['Pass'], 'de', 'Pass, Reisepass')).toEqual(['Pass', 'Reisepass']);
    expect(setKeywords(['Pass'], 'en', 'passport')).toEqual({de: ['Pass'], en: ['passport']});
    expect(setKeywords({de: ['Pass'], en: ['passport']}, 'en', ' , ')).toEqual({de: ['Pass']});
    expect(setKeywords({de: ['Pass']}, 'de', '')).toBeUndefined();
  });
});

describe('services', () => {
  const config = () => structuredClone(template) as any;

  it('lists the services with their German names and what each holds', () => {
    const list = serviceList(config());
    expect(list.map((service) => service.id)).toEqual(template.services.map((service) => service.id));
    expect(list[0]).toEqual({
      index: 0,
      id: template.services[0].id,
      name: template.services[0].name.de,
      questions: template.services[0].questions.length,
      documents: template.services[0].documents.length,
    });
    expect(serviceList({version: 1} as Json)).toEqual([]);
  });

  it('derives a unique id of the schema’s form from the German name', () => {
    const json = config();
    expect(serviceIdFor(json, 'Einbürgerung')).toBe('einbuergerung');
    // Taken by the template: numbered, as questions and documents are.
    expect(serviceIdFor(json, 'Blue Card')).toBe('blue-card-2');
    expect(serviceIdFor(json, '!!!')).toBe('leistung');
    const long = serviceIdFor(json, 'Aufenthaltserlaubnis '.repeat(10));
    expect(long.length).toBeLessThanOrEqual(64);
    for (const id of ['einbuergerung', 'blue-card-2', 'leistung', long]) expect(id).toMatch(/^[a-z0-9][a-z0-9_-]{0,63}$/);
  });

  it('adds a service with empty questions and documents that the schema accepts, and refuses an empty name', () => {
    const json = config();
    const added = addService(json, '  Einbürgerung ')!;
    expect(added.id).toBe('einbuergerung');
    expect(added.index).toBe(template.services.length);
    expect((added.config as any).services.at(-1)).toEqual({id: 'einbuergerung', name: {de: 'Einbürgerung'}, questions: [], documents: []});
    expect(parseConfig(added.config).ok).toBe(true);
    expect(addService(added.config, 'Einbürgerung')!.id).toBe('einbuergerung-2');
    expect(addService(json, '   ')).toBeUndefined();
    // A config without services yet gets its first one.
    const bare = {version: 1, offices: json.offices} as unknown as Json;
    const first = addService(bare, 'Visum')!;
    expect(first.index).toBe(0);
    expect(parseConfig(first.config).ok).toBe(true);
    expect(json.services.length).toBe(template.services.length);
  });

  it('removes a service and nothing else: its documents stay in the config', () => {
    const json = config();
    const family = json.services.findIndex((service: {id: string}) => service.id === 'family');
    const removed = removeService(json, family) as any;
    expect(removed.services.map((service: {id: string}) => service.id)).toEqual(
      template.services.filter((service) => service.id !== 'family').map((service) => service.id),
    );
    expect(removed.documents).toEqual(template.documents);
    expect(removed.partners).toEqual(template.partners);
    expect(parseConfig(removed).ok).toBe(true);
    expect(json.services.length).toBe(template.services.length);
  });
});

describe('the schema messages in German', () => {
  // Every message text the schema and the cross-checks write, taken from their source, with sample values.
  const source = ['src/core/config/schema.ts', 'src/core/config/validate.ts']
    .map((path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'))
    .join('\n');
  const start = '(?:Expected|Not an allowed|The |Unknown |No document)';
  const written = [...source.matchAll(new RegExp(`\`(${start}[^\`]*)\`|'(${start}[^']*)'`, 'g'))]
    .map(([, template, plain]) => (template ?? plain).replace(/\$\{[^}]*\}/g, 'x'))
    .filter((text) => !text.startsWith('The ONE'));

  it('(found the messages in the source)', () => {
    expect(written.length).toBeGreaterThan(20);
  });

  it('has a German wording for every message the validation writes', () => {
    expect(written.filter((message) => inGerman(message) === message)).toEqual([]);
  });

  it('keeps the values in the message and leaves unknown ones as they are', () => {
    expect(inGerman('The id "passport" is used twice')).toBe('Die Kennung "passport" kommt doppelt vor');
    expect(inGerman('Invalid type: Expected Array but received "no"')).toBe('Falscher Typ: erwartet Array, erhalten "no"');
    expect(inGerman('12 of 230 texts have no Arabic (ar), for example $.offices[0].name')).toBe(
      '12 von 230 Texten fehlen auf Arabisch (ar), zum Beispiel $.offices[0].name',
    );
    expect(inGerman('Something nobody wrote a rule for')).toBe('Something nobody wrote a rule for');
  });

  it('turns a whole validation result and a CLI report into German', () => {
    const result = resultInGerman({ok: false, issues: [{path: '$.version', message: 'Expected "version": 1'}]});
    expect(result).toEqual({ok: false, issues: [{path: '$.version', message: 'Erwartet wird "version": 1'}]});
    const report = reportInGerman({valid: false, errors: [{path: '$', line: 1, column: 1, message: 'Not valid JSON: Unexpected end'}], warnings: []});
    expect(report.errors[0].message).toBe('Kein gültiges JSON: Unexpected end');
  });
});

/**
 * The message templates a source file writes: each string or template literal of two words or more on
 * the lines `picked` finds (comments left out), as a pattern with its ${…} parts as wildcards. A message
 * added to the source without an input here that produces it makes the tests below fail.
 */
function messageTemplates(source: string, picked: RegExp): RegExp[] {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found: RegExp[] = [];
  for (const line of source.split('\n').filter((line) => picked.test(line) && !/^\s*(\/\/|\*|\/\*\*)/.test(line))) {
    for (let i = 0; i < line.length; i++) {
      const quote = line[i];
      if (quote !== '`' && quote !== "'") continue;
      const parts: string[] = [];
      let text = '';
      let j = i + 1;
      for (; j < line.length && line[j] !== quote; j++) {
        if (line[j] === '\\') text += line[++j];
        else if (quote === '`' && line.startsWith('${', j)) {
          // Skip the expression, nested literals and all, by its braces.
          for (let depth = 0; j < line.length; j++) {
            if (line[j] === '{') depth++;
            else if (line[j] === '}' && --depth === 0) break;
          }
          parts.push(text);
          text = '';
        } else text += line[j];
      }
      parts.push(text);
      i = j;
      if (/[a-z] [a-z]/i.test(parts.join(''))) found.push(new RegExp(`^${parts.map(escape).join('[\\s\\S]*')}$`));
    }
  }
  return found;
}

/** What is left untranslated: an English sentence shows itself by words like these. */
const ENGLISH = /\b(the|row|rows|is|are|not|missing|invalid|column|columns|expected|unknown|cannot|with|use|give|write|needs?)\b/i;

describe('the opening-hours errors in German', () => {
  const source = readFileSync(new URL('../../src/core/opening-hours.ts', import.meta.url), 'utf8');
  const written = messageTemplates(source, /fail\(|PH_ALONE = /);
  // One input per error the parser can write.
  const inputs = [
    'SH off',
    'Mo-Fr 08:00-12:00 Sa',
    '',
    'PH,Mo off',
    'Mo,PH off',
    'Mo-08:00-12:00',
    'jan 1 off',
    'mo 08:00-12:00',
    'Di 08:00-12:00',
    '2026 Dec 24-2025 Dec 31 off',
    'Dec 24-2026 Dec 31 off',
    'Dec 24-2026 5 off',
    'Dec 24-Foo 3 off',
    'Dec off',
    'Feb 30 off',
    'Mo 08:00',
    'Mo 08:00-08:00',
    'Mo 08:00-12:00, Tu 09:00-10:00',
    'Mo 8-12',
    'Mo 08:61-12:00',
    'Mo 24:00-12:00',
  ];
  const errors = inputs.map((input) => {
    const parsed = parseOpeningHours(input);
    return parsed.ok ? `(no error for "${input}")` : parsed.error;
  });

  it('(produced every error the parser writes)', () => {
    expect(written.length).toBeGreaterThan(15);
    const bodies = errors.map((error) => error.replace(/ at \d+$/, ''));
    expect(written.filter((pattern) => !bodies.some((body) => pattern.test(body))).map(String)).toEqual([]);
  });

  it('has a German wording for each, with the position counted from 1', () => {
    const german = errors.map(hoursInGerman);
    expect(german.filter((text, index) => text === errors[index] || ENGLISH.test(text.replace(/„[^“]*“/g, '')))).toEqual([]);
    expect(hoursInGerman('Unknown weekday "Di" at 0')).toBe('Unbekannter Wochentag „Di“ (Zeichen 1)');
    expect(hoursInGerman('Unknown weekday "mo" (write Mo)')).toBe('Unbekannter Wochentag „mo“ (richtig: Mo)');
    expect(hoursInGerman('Something nobody wrote a rule for at 3')).toBe('Something nobody wrote a rule for at 3');
    expect(inGerman('Opening hours: Time 25:00 is not valid at 3')).toBe('Öffnungszeiten: Die Uhrzeit 25:00 gibt es nicht (Zeichen 4)');
  });

  it('shows the preview error in German, its position said once', () => {
    const text = describeHoursPreview(previewHours('Mo-Fr 08:00-12:00; Di 14:00-16:00', new Date('2026-06-01T08:30:00Z')), new Date('2026-06-01T08:30:00Z')).text;
    expect(text).toBe('Schreibweise nicht erkannt (Zeichen 20): Unbekannter Wochentag „Di“');
  });
});

describe('the partner import in German', () => {
  const source = readFileSync(new URL('../../src/cli/partners-import.ts', import.meta.url), 'utf8');
  // The reasons the import writes; describeProblem and the help text below it are the CLI's own.
  const written = messageTemplates(source.slice(0, source.indexOf('export function describeProblem')), /message: |fail\(|errors\.(push|unshift)\(|CsvError\(|return `/);
  const fixture = (name: string) => readFileSync(new URL(`../fixtures/partners/${name}`, import.meta.url));
  const configText = exportText(json);
  const header = 'Kennung;Name;Kategorie;Straße;PLZ;Ort;Öffnungszeiten;Breite;Länge';
  const runs = [
    ...['bad-rows.csv', 'unclosed-quote.csv', 'musterstadt-de.csv', 'musterstadt-en.csv', 'windows-1252.csv'].map((name) =>
      importPartners(configText, fixture(name)),
    ),
    // The header lacks the required columns, or names one twice.
    importPartners(configText, csvBytes(['foo;bar', '1;2'])),
    importPartners(configText, csvBytes(['Name;Bezeichnung;Name_en;name (en);Kategorie;Breite;Länge', 'A;A;A;A;legal;51,5;7,4'])),
    // A header and nothing below it.
    importPartners(configText, csvBytes(['Name;Kategorie;Breite;Länge', ';;;'])),
    // A config that is not valid to begin with.
    importPartners(JSON.stringify({version: 2}), csvBytes(['Name;Kategorie;Breite;Länge', 'A;legal;51,5;7,4'])),
    importPartners(
      configText,
      csvBytes([
        header,
        ';!!!;legal;;;;;51,5;7,4',
        'ohne-kategorie;Ohne Kategorie;;;;;;51,5;7,4',
        'ohne-breite;Ohne Breite;legal;;;;;;7,4',
        'laenge;Länge kaputt;legal;;;;;51,5;sieben',
        'weit;Zu weit östlich;legal;;;;;51,5;200',
        'halb;Halbe Adresse;legal;Weg 1;;Musterstadt;;51,5;7,4',
        'null;Null verloren;legal;Weg 1;1234;Musterstadt;;51,5;7,4',
        'dienstag;Dienstags;legal;;;;Di 10:00-12:00;51,5;7,4',
      ]),
    ),
  ];
  const messages = runs.flatMap(({report}) => [...(report.error ? [report.error] : []), ...report.problems.map((problem) => problem.message)]);
  // An error can carry others after a colon ("the CSV cannot be read: row 2: …"); each counts as produced.
  const produced = messages.flatMap((message) => [message, ...[...message.matchAll(/: /g)].map((match) => message.slice(match.index + 2))]);

  it('(produced every reason the importer writes)', () => {
    expect(written.length).toBeGreaterThan(15);
    // The config was valid before the merge, so every issue after it belongs to a row: this one cannot
    // be produced (partners-import.ts says so); its wording is checked on its own below.
    const unreachable = written.filter((pattern) => pattern.test('the merged config is not valid at $.x: y'));
    expect(unreachable).toHaveLength(1);
    expect(written.filter((pattern) => !unreachable.includes(pattern) && !produced.some((message) => pattern.test(message))).map(String)).toEqual([]);
  });

  it('has a German wording for each, with no English sentence left', () => {
    const german = [...messages, 'the merged config is not valid at $.partners: Expected at least one office'].map((message) => ({
      message,
      german: importInGerman(message),
    }));
    // Quoted values (cells, headers, presets) and the column names it lists are data, not sentences.
    const prose = (text: string) => text.replace(/„[^“]*“|"[^"]*"|\([^)]*\)/g, '');
    expect(german.filter(({message, german}) => german === message || ENGLISH.test(prose(german)))).toEqual([]);
    // Without a rule the text stays as it was, which is how the test above notices a new reason.
    expect(importInGerman('the cell is haunted')).toBe('the cell is haunted');
  });

  it('keeps the values, and names the columns as a German spreadsheet heads them', () => {
    expect(importInGerman('latitude 151.2 is not between -90 and 90')).toBe('Der Breitengrad 151,2 liegt nicht zwischen -90 und 90');
    expect(importInGerman('the id "gut-1" is already used by row 2')).toBe('Die Kennung „gut-1“ steht schon in Zeile 2');
    expect(importInGerman('"info(at)example.org": Expected an email address')).toBe('„info(at)example.org“: Erwartet wird eine E-Mail-Adresse');
    expect(importInGerman('the CSV cannot be used: the header row (row 1) has no column for: lat (latitude, Breite, Breitengrad)')).toBe(
      'Die CSV-Datei lässt sich so nicht verwenden: In der Kopfzeile (Zeile 1) fehlt eine Spalte für: Breite (oder lat, latitude, Breitengrad)',
    );
    expect(importInGerman('the columns "Name_en" and "name (en)" both mean name (en)')).toBe(
      'Die Spalten „Name_en“ und „name (en)“ bedeuten beide „Name“ auf Englisch (en)',
    );
  });

  it('shows row, column, outcome and how the file was read in German in the configurator', () => {
    const bad = importPartnersCsv(json, fixture('bad-rows.csv'));
    expect(bad.problems.map((problem) => problem.text)).toContain('Zeile 5, Spalte „lat“: Der Breitengrad 151,2 liegt nicht zwischen -90 und 90');
    expect(bad.problems.map((problem) => problem.text)).toContain('Zeile 4, Spalte „category“: ' + importInGerman(messages.find((message) => message.startsWith('unknown category "circus"'))!));
    const windows = importPartnersCsv(json, fixture('windows-1252.csv'));
    expect(windows.summary).toContain('Zeichensatz Windows-1252 (Excel „CSV“), getrennt durch „;“');
    const english = importPartnersCsv(json, fixture('musterstadt-en.csv'));
    expect(english.summary).toContain('Gelesen: 2 Zeilen, Zeichensatz UTF-8, getrennt durch „,“.');
    expect(english.summary).toContain('Unbekannte Spalte, nicht übernommen: „Notes“.');
    expect(english.summary).toMatch(/\d+ Partner, die nicht in der Datei stehen, bleiben unverändert\.$/);
    const quote = importPartnersCsv(json, fixture('unclosed-quote.csv'));
    expect(quote.summary).toMatch(/^Nichts übernommen: Die CSV-Datei lässt sich nicht lesen: In Zeile 2 beginnt eine Zelle mit Anführungszeichen/);
    for (const text of [bad, windows, english, quote].flatMap((result) => [result.summary, ...result.problems.map((problem) => problem.text)])) {
      expect(ENGLISH.test(text.replace(/„[^“]*“|"[^"]*"|\([^)]*\)/g, '')), text).toBe(false);
    }
  });
});
