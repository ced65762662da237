/**
 * `willkommen partners`: spreadsheet exports (both separators, UTF-8 with and without BOM, Windows-1252,
 * quoted cells with line breaks) merged into the config's partners, rows with problems skipped and
 * reported by spreadsheet row and column, exit codes and --json through main().
 */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {
  decodeCsv,
  detectDelimiter,
  importPartners,
  mapColumns,
  parseCoordinate,
  parseCsv,
  slugify,
  type ImportReport,
} from '../../src/cli/partners-import.js';
import {main} from '../../src/cli/willkommen.js';
import {parseConfigText} from '../../src/core/config/validate.js';
import {configWith, musterstadt} from '../fixtures/configs.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/partners/${name}`, import.meta.url)));
const bytes = (text: string) => new TextEncoder().encode(text);
const office = JSON.stringify(musterstadt, null, 2);
const existingIds = musterstadt.partners.features.map((feature) => feature.properties.id);

type Feature = {geometry: {coordinates: number[]}; properties: Record<string, unknown>};
/** Imports and returns the report and the merged config's partners by id. */
function load(csv: Uint8Array | string, config = office) {
  const result = importPartners(config, typeof csv === 'string' ? bytes(csv) : csv);
  const merged = result.config === undefined ? undefined : (JSON.parse(result.config) as typeof musterstadt);
  const byId = new Map((merged?.partners.features ?? []).map((feature) => [feature.properties.id, feature as unknown as Feature]));
  return {report: result.report, config: result.config, merged, byId};
}

/** Runs the command line on in-memory files; returns the exit code, what it printed and wrote. */
function run(args: string[], files: Record<string, string | Uint8Array> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const missing = (path: string) => new Error(`ENOENT: no such file, open '${path}'`);
  const code = main(args, {
    readFile: (path) => {
      const file = files[path];
      if (file === undefined) throw missing(path);
      return typeof file === 'string' ? file : new TextDecoder().decode(file);
    },
    readBytes: (path) => {
      const file = files[path];
      if (file === undefined) throw missing(path);
      return typeof file === 'string' ? bytes(file) : file;
    },
    writeFile: (path, text) => {
      written[path] = text;
    },
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return {code, out, err, written};
}

const HEADER = 'id;name;category;street;postalCode;locality;lat;lon';
const row = (cells: string) => `${HEADER}\n${cells}\n`;

describe('decoding', () => {
  it('reads UTF-8 with a BOM, and drops the BOM', () => {
    const {text, encoding} = decodeCsv(fixture('musterstadt-de.csv'));
    expect(encoding).toBe('utf-8');
    expect(text.startsWith('Kennung;')).toBe(true);
    expect(text).toContain('Schulstraße 10');
  });

  it('reads Windows-1252 (Excel\'s plain "CSV") when the bytes are not valid UTF-8', () => {
    const file = fixture('windows-1252.csv');
    expect(file.includes(0xe4)).toBe(true); // "ä" as one byte: the fixture really is Windows-1252
    const {text, encoding} = decodeCsv(file);
    expect(encoding).toBe('windows-1252');
    expect(text).toContain('Bürgerhaus Grünau;');
    expect(text).toContain('„Offener Treff“ für Frauen – Eintritt 0 €'); // 0x84 0x93 0x96 0x80: not Latin-1
  });

  it('reads UTF-16 with a BOM (Excel\'s "Unicode text")', () => {
    const text = 'name\tcategory\nCafé\tcommunity\n';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + i * 2] = text.charCodeAt(i);
    expect(decodeCsv(utf16)).toEqual({text, encoding: 'utf-16le'});
  });
});

describe('CSV', () => {
  it('finds the separator in the header row, ignoring separators inside quotes', () => {
    expect(detectDelimiter('Name;Kategorie;Breite\na,b;c;d')).toBe(';');
    expect(detectDelimiter('name,category,lat\n1;2;3;4;5')).toBe(',');
    expect(detectDelimiter('"a;b;c",name,category')).toBe(',');
    expect(detectDelimiter('name\tcategory\tlat')).toBe('\t');
    expect(detectDelimiter('sep=,\nName;Kategorie')).toBe(',');
  });

  it('reads quoted cells with separators, doubled quotes and line breaks, and both line ends', () => {
    const text = 'a;b;c\r\n"x;y";"say ""hi""";"line 1\r\nline 2"\r\nplain;"";last';
    expect(parseCsv(text, ';')).toEqual([
      ['a', 'b', 'c'],
      ['x;y', 'say "hi"', 'line 1\r\nline 2'],
      ['plain', '', 'last'],
    ]);
    expect(parseCsv('a,b\n1,2\n', ',')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    // A quote inside an unquoted cell is text, as Excel reads it.
    expect(parseCsv('5" disk;x', ';')).toEqual([['5" disk', 'x']]);
  });

  it('refuses an unclosed quote, naming the row where it opens', () => {
    expect(() => parseCsv('a;b\n1;"open\n2;3\n', ';')).toThrow(/^row 2: a quoted cell is never closed/);
  });
});

describe('columns and values', () => {
  it('accepts German and English headers in any case, with languages for name and description', () => {
    const {columns, ignored, error} = mapColumns(['KENNUNG', 'Name', 'name_en', 'Name (ar)', 'kategorie', 'Breite', 'Länge', 'Beschreibung-fa', 'Postal Code', 'E-Mail', 'Notizen']);
    expect(error).toBeUndefined();
    expect(columns.map(({field, language}) => (language ? `${field}:${language}` : field))).toEqual([
      'id',
      'name',
      'name:en',
      'name:ar',
      'category',
      'lat',
      'lon',
      'description:fa',
      'postalCode',
      'email',
    ]);
    expect(ignored).toEqual(['Notizen']);
  });

  it('needs name, category and coordinates, and no column twice', () => {
    expect(mapColumns(['name', 'lat']).error).toMatch(/^the header row \(row 1\) has no column for: category \(Kategorie\); lon \(lng, longitude, Länge, Laenge, Längengrad\)$/);
    expect(mapColumns(['name', 'Bezeichnung', 'category', 'lat', 'lon']).error).toBe('the columns "name" and "Bezeichnung" both mean name');
  });

  it('makes ids from names and reads decimal commas', () => {
    expect(slugify('Bürgerhaus Grünau')).toBe('buergerhaus-gruenau');
    expect(slugify('  Café Straße – Süd e.V. ')).toBe('cafe-strasse-sued-e-v');
    expect(slugify('مركز')).toBe('');
    expect(slugify('x'.repeat(80))).toHaveLength(64);
    expect(parseCoordinate('51,5123')).toBe(51.5123);
    expect(parseCoordinate(' 7.4262 ')).toBe(7.4262);
    expect(parseCoordinate('-0,5')).toBe(-0.5);
    expect(parseCoordinate('51')).toBe(51);
    expect(parseCoordinate('51.512.3')).toBeUndefined();
    expect(parseCoordinate('N 51')).toBeUndefined();
    expect(parseCoordinate('')).toBeUndefined();
  });
});

describe('merging', () => {
  it('merges a German Excel export (";", UTF-8 with BOM): replaces by id, adds new ids, keeps the rest', () => {
    const {report, merged, byId} = load(fixture('musterstadt-de.csv'));
    expect(report).toMatchObject({ok: true, encoding: 'utf-8', delimiter: ';', rows: 3, problems: [], ignoredColumns: []});
    expect(report.replaced).toEqual(['jmd']);
    expect(report.added).toEqual(['sprachcafe-lindenhof', 'rechtsberatung-mitte']);
    expect(report.kept).toEqual(existingIds.filter((id) => id !== 'jmd'));
    expect(parseConfigText(JSON.stringify(merged)).ok).toBe(true);
    // Replaced in place, so the list order the webmaster chose stays.
    expect(merged!.partners.features.map((feature) => feature.properties.id)).toEqual([...existingIds, 'sprachcafe-lindenhof', 'rechtsberatung-mitte']);
    expect(byId.get('jmd')).toEqual({
      type: 'Feature',
      geometry: {type: 'Point', coordinates: [7.4356, 51.5152]},
      properties: {
        id: 'jmd',
        name: {de: 'Jugendmigrationsdienst Musterstadt', en: 'Youth migration service Musterstadt'},
        category: 'youth-migration',
        languages: ['de', 'en', 'ar'],
        address: {street: 'Schulstraße 10', postalCode: '12345', locality: 'Musterstadt'},
        phone: '+49 9999 123-110',
        email: 'jmd@example.org',
        website: 'https://jmd.example.org',
        openingHours: 'Mo-Fr 10:00-17:00; PH off',
        description: {de: 'Beratung für junge Menschen von 12 bis 27.', en: 'Advice for young people aged 12 to 27.'},
      },
    });
    const cafe = byId.get('sprachcafe-lindenhof')!.properties;
    expect(cafe.languages).toEqual(['de', 'tr', 'uk']);
    expect(cafe.description).toEqual({
      // The file has \r\n inside the quotes; the config gets \n.
      de: 'Jeden Mittwoch: Deutsch üben bei Kaffee und Kuchen.\nOhne Anmeldung, "einfach vorbeikommen".',
      en: 'Every Wednesday: practise German over coffee.\nNo registration, "just drop in".',
    });
    // Only the main column filled: a plain string; "DE" is a language code all the same.
    expect(byId.get('rechtsberatung-mitte')!.properties).toMatchObject({name: 'Rechtsberatung Mitte', languages: ['de']});
    expect(byId.get('rechtsberatung-mitte')!.properties).not.toHaveProperty('description');
    // Everything else is untouched.
    expect(byId.get('mbe-nord')).toEqual(musterstadt.partners.features[0]);
  });

  it('merges a comma-separated export with English headers, making ids from names and ignoring unknown columns', () => {
    const {report, byId} = load(fixture('musterstadt-en.csv'));
    expect(report).toMatchObject({ok: true, delimiter: ',', rows: 2, replaced: [], ignoredColumns: ['Notes']});
    expect(report.added).toEqual(['musterstadt-tenants-advice', 'health-bridge']);
    expect(byId.get('musterstadt-tenants-advice')!.properties).toMatchObject({
      name: "Musterstadt Tenants' Advice",
      category: 'housing',
      languages: ['en', 'de'],
      address: {street: 'Gartenweg 2', postalCode: '12346', locality: 'Musterstadt'},
      openingHours: 'Tu 14:00-18:00',
    });
    expect(byId.get('health-bridge')!.geometry.coordinates).toEqual([7.425, 51.5099]); // quoted decimal commas
    expect(byId.get('health-bridge')!.properties.description).toBe("Interpreters for doctor's visits, free of charge.");
  });

  it('merges a Windows-1252 export with umlauts intact', () => {
    const {report, byId} = load(fixture('windows-1252.csv'));
    expect(report).toMatchObject({ok: true, encoding: 'windows-1252', added: ['frauentreff-suedstadt', 'buergerhaus-gruenau']});
    expect(byId.get('frauentreff-suedstadt')!.properties).toMatchObject({
      name: 'Frauentreff Südstadt',
      address: {street: 'Rosenstraße 1', postalCode: '12346', locality: 'Musterstadt'},
      description: '„Offener Treff“ für Frauen – Eintritt 0 €',
    });
  });

  it('gives the main name column the config\'s language', () => {
    const config = JSON.stringify(configWith((json) => ((json as Record<string, unknown>).language = 'en')));
    const {byId} = load('name;name_de;category;lat;lon\nCafe;Café;community;51,5;7,4\n', config);
    expect(byId.get('cafe')!.properties.name).toEqual({en: 'Cafe', de: 'Café'});
  });

  it('accepts a category the config defines', () => {
    const config = JSON.stringify(configWith((json) => ((json as Record<string, unknown>).categories = [{id: 'sport', name: 'Sport'}])));
    expect(load(row('verein;Sportverein;sport;;;;51,5;7,4'), config).report.ok).toBe(true);
    expect(load(row('verein;Sportverein;sport;;;;51,5;7,4')).report.problems).toEqual([
      {row: 2, column: 'category', id: 'verein', message: expect.stringMatching(/^unknown category "sport": use a preset \(migration-counselling, /)},
    ]);
  });

  it('puts the partners into a config that has none yet', () => {
    const config = JSON.stringify(configWith((json) => delete (json as Record<string, unknown>).partners));
    const {report, merged} = load(fixture('musterstadt-en.csv'), config);
    expect(report).toMatchObject({ok: true, kept: []});
    expect(merged!.partners).toMatchObject({type: 'FeatureCollection', features: [{properties: {id: 'musterstadt-tenants-advice'}}, {properties: {id: 'health-bridge'}}]});
  });
});

describe('rows that cannot be used', () => {
  it('skips each bad row with its spreadsheet row, column and reason, and merges the rest', () => {
    const {report, merged} = load(fixture('bad-rows.csv'));
    expect(report.ok).toBe(false);
    expect(report.rows).toBe(8); // the empty row 9 is not counted
    expect(report.added).toEqual(['gut-1', 'gut-2']);
    expect(report.problems).toEqual([
      {row: 3, column: 'name', message: 'the name is missing'},
      {row: 4, column: 'category', id: 'zirkus', message: expect.stringMatching(/^unknown category "circus"/)},
      {row: 5, column: 'lat', id: 'mond', message: 'latitude 151.2 is not between -90 and 90'},
      // Row 6 spans two lines of the file; rows count as the spreadsheet shows them.
      {row: 7, column: 'email', id: 'mail', message: '"info(at)example.org": Expected an email address'},
      {row: 8, column: 'id', id: 'gut-1', message: 'the id "gut-1" is already used by row 2'},
      {row: 10, column: 'lat', id: 'ost', message: 'latitude "abc" is not a number like 51.5123'},
    ]);
    expect(parseConfigText(JSON.stringify(merged)).ok).toBe(true);
    expect(merged!.partners.features.find((feature) => feature.properties.id === 'gut-1')!.properties.name).toBe('Gute Beratung');
    expect(merged!.partners.features.find((feature) => feature.properties.id === 'gut-2')!.properties.name).toBe('Zwei-\nzeilige Beratung');
  });

  it('maps the schema\'s issues back to the columns, in plain words', () => {
    const csv = [
      'Kennung;Name;Kategorie;Telefon;Webseite;Öffnungszeiten;Straße;PLZ;Ort;Sprachen;Breite;Länge',
      'a;A;legal;call us;;;;;;;51,5;7,4',
      'b;B;legal;;javascript:alert(1);;;;;;51,5;7,4',
      'c;C;legal;;;"Mo-Fr 09:00-12:00; Mi 14:00-16:00";;;;;51,5;7,4',
      'd;D;legal;;;;Hauptstraße 1;1067;;;51,5;7,4',
      'e;E;legal;;;;;;;de, english;51,5;7,4',
      'f;F;legal;;;;;;;;51,5;-190',
    ].join('\n');
    const {report} = load(csv);
    expect(report.problems).toEqual([
      {row: 2, column: 'Telefon', id: 'a', message: '"call us": Expected a phone number like +49 221 12345-0'},
      {row: 3, column: 'Webseite', id: 'b', message: expect.stringMatching(/^"javascript:alert\(1\)": Not an allowed link/)},
      {row: 4, column: 'Öffnungszeiten', id: 'c', message: expect.stringMatching(/^"Mo-Fr 09:00-12:00; Mi 14:00-16:00": Opening hours: .*Mi.*\(weekdays as in OpenStreetMap: Mo Tu We Th Fr Sa Su\)$/)},
      {row: 5, column: 'PLZ', id: 'd', message: expect.stringMatching(/^"1067": Expected a German postal code of five digits \(the spreadsheet may have dropped a leading zero/)},
      {row: 5, column: 'Ort', id: 'd', message: 'an address needs street, postal code and town: the town is missing'},
      {row: 6, column: 'Sprachen', id: 'e', message: expect.stringMatching(/^"english": Expected a language code/)},
      {row: 7, column: 'Länge', id: 'f', message: 'longitude -190 is not between -180 and 180'},
    ]);
    expect(report.added).toEqual([]);
  });

  it('keeps the existing partner when the row that would replace it is bad', () => {
    const {report, byId} = load(row('jmd;Jugendmigrationsdienst;youth-migration;;;;95;7,4'));
    expect(report.problems).toEqual([{row: 2, column: 'lat', id: 'jmd', message: 'latitude 95 is not between -90 and 90'}]);
    expect(report.replaced).toEqual([]);
    expect(report.kept).toContain('jmd');
    expect(byId.get('jmd')).toEqual(musterstadt.partners.features.find((feature) => feature.properties.id === 'jmd'));
  });

  it('asks for an id when none can be made from the name, and for coordinates', () => {
    expect(load(row(';مركز الجالية;community;;;;;')).report.problems).toEqual([
      {row: 2, column: 'id', message: 'no id can be made from the name "مركز الجالية": give one in an id column'},
      {row: 2, column: 'lat', message: 'the latitude is missing (the map needs it)'},
      {row: 2, column: 'lon', message: 'the longitude is missing (the map needs it)'},
    ]);
  });

  it('refuses input it cannot use at all, merging nothing', () => {
    const cases: Array<[string, Uint8Array, RegExp]> = [
      [office, fixture('unclosed-quote.csv'), /^the CSV cannot be read: row 2: a quoted cell is never closed/],
      [office, bytes('name;lat;lon\nA;51;7\n'), /^the CSV cannot be used: the header row \(row 1\) has no column for: category/],
      [office, bytes(`${HEADER}\n;;;;;;;\n`), /^the CSV has no data rows/],
      [office, bytes(''), /^the CSV cannot be used: the header row/],
      ['{"version": 2}', fixture('musterstadt-en.csv'), /^the config is not valid \(\$\.version: Expected "version": 1\); check it with `willkommen validate` first$/],
      ['{', fixture('musterstadt-en.csv'), /^the config is not valid \(\$: Not valid JSON/],
    ];
    for (const [config, csv, message] of cases) {
      const result = importPartners(config, csv);
      expect(result.report.ok).toBe(false);
      expect(result.report.error).toMatch(message);
      expect(result.config).toBeUndefined();
    }
  });
});

describe('willkommen partners', () => {
  const files = {'office.json': office, 'de.csv': fixture('musterstadt-de.csv'), 'bad.csv': fixture('bad-rows.csv')};

  it('prints the merged config to stdout and the summary to stderr, exit code 0 when every row was used', () => {
    const {code, out, err, written} = run(['partners', 'office.json', 'de.csv'], files);
    expect(code).toBe(0);
    expect(written).toEqual({});
    expect(JSON.parse(out.join('\n')).partners.features).toHaveLength(existingIds.length + 2);
    expect(err).toEqual([
      'de.csv: 3 rows read (UTF-8, separated by ";"): 2 added (sprachcafe-lindenhof, rechtsberatung-mitte), 1 replaced (jmd), 0 skipped',
      `11 partners of the config not in the CSV stay (${existingIds.filter((id) => id !== 'jmd').slice(0, 10).join(', ')}, …)`,
    ]);
  });

  it('writes --out, reports each skipped row on stderr, exit code 1', () => {
    for (const args of [['--out', 'merged.json'], ['--out=merged.json']]) {
      const {code, out, err, written} = run(['partners', 'office.json', 'bad.csv', ...args], files);
      expect(code).toBe(1);
      expect(out).toEqual([]);
      expect(JSON.parse(written['merged.json']).partners.features).toHaveLength(existingIds.length + 2);
      expect(err).toContain('bad.csv: row 5, column "lat": latitude 151.2 is not between -90 and 90');
      expect(err).toContain('bad.csv: row 3, column "name": the name is missing');
      expect(err).toContain('bad.csv: 8 rows read (UTF-8, separated by ";"): 2 added (gut-1, gut-2), 0 replaced, 6 skipped');
      expect(err.at(-1)).toBe('merged.json: written');
    }
  });

  it('prints a JSON report with --json, the merged config inside when there is no --out', () => {
    const withOut = run(['partners', '--json', 'office.json', 'bad.csv', '--out', 'merged.json'], files);
    expect(withOut.code).toBe(1);
    expect(withOut.err).toEqual([]);
    const report = JSON.parse(withOut.out[0]) as ImportReport & Record<string, unknown>;
    expect(report).toMatchObject({config: 'office.json', csv: 'bad.csv', out: 'merged.json', ok: false, rows: 8, added: ['gut-1', 'gut-2']});
    expect(report.problems).toHaveLength(6);
    expect(report).not.toHaveProperty('merged');

    const inline = run(['partners', 'office.json', 'de.csv', '--json'], files);
    expect(inline.code).toBe(0);
    expect(inline.out).toHaveLength(1);
    const full = JSON.parse(inline.out[0]);
    expect(full).toMatchObject({ok: true, replaced: ['jmd'], problems: []});
    expect(parseConfigText(JSON.stringify(full.merged)).ok).toBe(true);
  });

  it('fails with exit code 1 and writes nothing when the input cannot be used', () => {
    const unreadable = run(['partners', 'office.json', 'nowhere.csv', '--out', 'merged.json'], files);
    expect(unreadable).toMatchObject({code: 1, out: [], written: {}});
    expect(unreadable.err).toEqual([`nowhere.csv: Cannot read the file: ENOENT: no such file, open 'nowhere.csv'`]);

    const broken = run(['partners', 'office.json', 'broken.csv', '--json'], {...files, 'broken.csv': fixture('unclosed-quote.csv')});
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.out[0])).toMatchObject({ok: false, error: expect.stringMatching(/^broken\.csv: the CSV cannot be read: row 2/)});

    const badConfig = run(['partners', 'bad.json', 'de.csv'], {...files, 'bad.json': '{"version": 1}'});
    expect(badConfig.code).toBe(1);
    expect(badConfig.err[0]).toMatch(/^bad\.json: the config is not valid \(\$\.offices: /);
  });

  it('shows the columns with --help, and the usage for a wrong call', () => {
    const help = run(['partners', '--help']);
    expect(help.code).toBe(0);
    for (const header of ['Kennung', 'Kategorie', 'Sprachen', 'PLZ', 'Öffnungszeiten', 'Breite', 'Länge', 'name_en', 'migration-counselling']) {
      expect(help.out[0]).toContain(header);
    }
    for (const args of [['partners'], ['partners', 'office.json'], ['partners', 'a', 'b', 'c'], ['partners', 'a', 'b', '--out'], ['partners', 'a', 'b', '--jsn']]) {
      const wrong = run(args, files);
      expect(wrong.code).toBe(1);
      expect(wrong.err[0]).toMatch(/^Usage: willkommen partners/);
    }
    expect(run(['--help']).out[0]).toMatch(/willkommen partners <config\.json> <partners\.csv>/);
  });
});
