/**
 * What `willkommen partners` does with a spreadsheet export: decodes the bytes as Excel and LibreOffice
 * write them, reads the CSV, maps its columns to partner properties, and merges the rows into the
 * config's GeoJSON. Each row is checked with the widgets' own validation (parseConfig on the merged
 * config), and its issues are mapped back to the row and column a webmaster sees in the spreadsheet.
 * Pure: bytes and text in, result out; no file system.
 */
import {formatPath, parseConfig, parseConfigText, type ConfigIssue} from '../core/config/validate.js';
import {PRESET_CATEGORIES} from '../core/config/schema.js';
import {pathSegments} from './config-report.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type Delimiter = ';' | ',' | '\t';

/** A partner property a column can fill. */
export type Field =
  | 'id'
  | 'name'
  | 'category'
  | 'languages'
  | 'street'
  | 'postalCode'
  | 'locality'
  | 'phone'
  | 'email'
  | 'website'
  | 'openingHours'
  | 'description'
  | 'lat'
  | 'lon';

/**
 * The header names each field accepts (German and English; compared case-insensitively, ignoring
 * spaces, "-", "_" and "."). `name` and `description` also take a language: `name_en`, `Beschreibung (ar)`.
 * The help text and the report's column documentation come from this table.
 */
export const COLUMNS: ReadonlyArray<{field: Field; headers: readonly string[]; help: string}> = [
  {field: 'id', headers: ['id', 'Kennung'], help: 'optional; made from the name when empty (a-z, 0-9, "-", "_")'},
  {field: 'name', headers: ['name', 'Bezeichnung'], help: 'required; name_en, name_ar … for other languages'},
  {field: 'category', headers: ['category', 'Kategorie'], help: 'required: a preset (below) or the id of a category defined in the config'},
  {field: 'languages', headers: ['languages', 'Sprachen'], help: 'language codes separated by comma, space or semicolon: "de, en, ar"'},
  {field: 'street', headers: ['street', 'Straße', 'Strasse'], help: 'street and number'},
  {field: 'postalCode', headers: ['postalCode', 'postcode', 'zip', 'PLZ', 'Postleitzahl'], help: 'five digits'},
  {field: 'locality', headers: ['locality', 'city', 'town', 'Ort', 'Stadt'], help: 'town'},
  {field: 'phone', headers: ['phone', 'telephone', 'Telefon'], help: 'like +49 9999 123-0'},
  {field: 'email', headers: ['email', 'E-Mail'], help: 'address'},
  {field: 'website', headers: ['website', 'url', 'Webseite', 'Internet', 'Homepage'], help: 'https:// address'},
  {field: 'openingHours', headers: ['openingHours', 'Öffnungszeiten', 'Oeffnungszeiten'], help: 'OpenStreetMap syntax: Mo-Fr 09:00-12:00; PH off'},
  {field: 'description', headers: ['description', 'Beschreibung'], help: 'description_en, description_ar … for other languages'},
  {field: 'lat', headers: ['lat', 'latitude', 'Breite', 'Breitengrad'], help: 'required; decimal degrees, "51.5123" or "51,5123"'},
  {field: 'lon', headers: ['lon', 'lng', 'longitude', 'Länge', 'Laenge', 'Längengrad'], help: 'required; decimal degrees, "7.4262" or "7,4262"'},
];

/** Fields a column can give per language (`name_en`); the others take one value. */
const LOCALIZED_FIELDS: ReadonlySet<Field> = new Set(['name', 'description']);

const normalize = (header: string) => header.normalize('NFC').toLowerCase().replace(/[\s_.-]/g, '');

const FIELD_BY_HEADER = new Map<string, Field>(COLUMNS.flatMap(({field, headers}) => headers.map((header) => [normalize(header), field] as const)));

const label = (field: Field) => COLUMNS.find((column) => column.field === field)!.headers[0];

/** A column of the file: the field it fills and, for `name_en`, the language. */
export interface Column {
  index: number;
  header: string;
  field: Field;
  language?: string;
}

export interface RowProblem {
  /** Row number as the spreadsheet shows it: the header is row 1. */
  row: number;
  /** The header of the column at fault, as written in the file; absent when the row as a whole is. */
  column?: string;
  /** The partner id of the row, when it has one. */
  id?: string;
  message: string;
}

export interface ImportReport {
  /** True when every data row was merged (the exit code 0). */
  ok: boolean;
  /** Set when the input could not be used at all; nothing was merged. */
  error?: string;
  encoding?: Encoding;
  delimiter?: Delimiter;
  /** Data rows read (rows that are empty in every column are not counted). */
  rows: number;
  /** Ids of partners the CSV added, replaced, and ids of partners it did not mention (they stay). */
  added: string[];
  replaced: string[];
  kept: string[];
  /** One entry per problem; a row with any problem is skipped. */
  problems: RowProblem[];
  /** Headers that match no known column; their cells are ignored. */
  ignoredColumns: string[];
}

export interface ImportResult {
  report: ImportReport;
  /** The merged config as JSON text; absent when the input could not be used. */
  config?: string;
}

// ---------------------------------------------------------------------------------------------------
// Decoding

/**
 * Excel writes "CSV UTF-8" with a BOM, plain "CSV" in the Windows code page (Windows-1252 on German
 * Windows), and "Unicode text" as UTF-16 with a BOM. Bytes that are not valid UTF-8 are almost
 * certainly Windows-1252: a German "ä" there (0xE4) is never valid UTF-8 on its own.
 */
export function decodeCsv(bytes: Uint8Array): {text: string; encoding: Encoding} {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return {text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le'};
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return {text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be'};
  try {
    // TextDecoder drops a UTF-8 BOM itself (ignoreBOM is false by default).
    return {text: new TextDecoder('utf-8', {fatal: true}).decode(bytes), encoding: 'utf-8'};
  } catch {
    const text = new TextDecoder('windows-1252').decode(bytes);
    return {text: text.replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_C1[char.charCodeAt(0) - 0x80]), encoding: 'windows-1252'};
  }
}

/**
 * What Windows-1252 puts at 0x80-0x9F (€ „ “ – …). Node 20.18.3+ and 22.13+ decode "windows-1252" as
 * Latin-1 there (nodejs/node#60888), which would turn "0 €" into "0 \u0080"; a correct decoder never
 * yields these control characters except for the five unused bytes, which map to themselves here too.
 */
const WINDOWS_1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

// ---------------------------------------------------------------------------------------------------
// CSV

/** Excel may put `sep=;` on the first line to name the separator; it hides that line when opening. */
const SEPARATOR_LINE = /^sep=(.)\r?\n/i;

/**
 * German Excel separates with ";", others with ","; "Unicode text" with tabs. The header row tells:
 * whichever of them it holds most often (outside quotes) wins; a tie goes to ";", since a German
 * header rarely contains one by chance.
 */
export function detectDelimiter(text: string): Delimiter {
  const stated = SEPARATOR_LINE.exec(text);
  if (stated && [';', ',', '\t'].includes(stated[1])) return stated[1] as Delimiter;
  const counts = {';': 0, ',': 0, '\t': 0};
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char in counts) counts[char as Delimiter]++;
  }
  const order: Delimiter[] = [';', ',', '\t'];
  return order.reduce((best, delimiter) => (counts[delimiter] > counts[best] ? delimiter : best), ';');
}

export class CsvError extends Error {}

/**
 * RFC 4180 as spreadsheets write it: fields in double quotes may hold the separator, line breaks and
 * doubled quotes (""); line ends are \r\n or \n. A quote inside an unquoted field is kept as text, as
 * Excel does. An unclosed quote is an error: the rest of the file would silently become one cell.
 */
export function parseCsv(text: string, delimiter: Delimiter): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let quoteStartRow = 0;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += char;
      i++;
      continue;
    }
    if (char === '"' && field === '') {
      quoted = true;
      quoteStartRow = rows.length + 1;
    } else if (char === delimiter) endField();
    else if (char === '\r' && text[i + 1] === '\n') {
      endRow();
      i++;
    } else if (char === '\n' || char === '\r') endRow();
    else field += char;
    i++;
  }
  if (quoted) throw new CsvError(`row ${quoteStartRow}: a quoted cell is never closed (a " is missing)`);
  // The last line usually ends with a line break, which leaves nothing to add.
  if (field !== '' || row.length) endRow();
  return rows;
}

// ---------------------------------------------------------------------------------------------------
// Columns and rows

/** `name_en`, `Name (en)`, `Beschreibung-ar`, `name.de-CH` → the field and the language. */
function matchHeader(header: string): {field: Field; language?: string} | undefined {
  const plain = FIELD_BY_HEADER.get(normalize(header));
  if (plain) return {field: plain};
  const localized = /^(.+?)[\s_.:(-]+([a-z]{2,3}(?:-[a-z0-9]{2,8})*)\)?$/i.exec(header.trim());
  if (!localized) return undefined;
  const field = FIELD_BY_HEADER.get(normalize(localized[1]));
  if (!field || !LOCALIZED_FIELDS.has(field)) return undefined;
  const [primary, ...rest] = localized[2].split('-');
  return {field, language: [primary.toLowerCase(), ...rest].join('-')};
}

export function mapColumns(header: readonly string[]): {columns: Column[]; ignored: string[]; error?: string} {
  const columns: Column[] = [];
  const ignored: string[] = [];
  header.forEach((text, index) => {
    if (!text.trim()) return;
    const match = matchHeader(text);
    if (match) columns.push({index, header: text.trim(), ...match});
    else ignored.push(text.trim());
  });
  const errors: string[] = [];
  const seen = new Map<string, Column>();
  for (const column of columns) {
    const key = `${column.field}:${column.language ?? ''}`;
    const first = seen.get(key);
    if (first) errors.push(`the columns "${first.header}" and "${column.header}" both mean ${label(column.field)}${column.language ? ` (${column.language})` : ''}`);
    seen.set(key, column);
  }
  const has = (field: Field) => columns.some((column) => column.field === field);
  const missing = (['name', 'category', 'lat', 'lon'] as const).filter((field) => !has(field));
  if (missing.length) {
    const names = missing.map((field) => `${label(field)} (${COLUMNS.find((column) => column.field === field)!.headers.slice(1).join(', ')})`);
    errors.unshift(`the header row (row 1) has no column for: ${names.join('; ')}`);
  }
  return {columns, ignored, error: errors.length ? errors.join('; ') : undefined};
}

/** "Beratung Süd-West e.V." → "beratung-sued-west-e-v": what an id looks like, made from a name. */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

/** "51,5123" (a German spreadsheet) and "51.5123" both mean 51.5123; anything else is not a number. */
export function parseCoordinate(text: string): number | undefined {
  const match = /^([+-]?\d{1,3})(?:[.,](\d+))?$/.exec(text.trim().replace(/^−/, '-'));
  return match ? Number(`${match[1]}.${match[2] ?? '0'}`) : undefined;
}

type Json = Record<string, unknown>;

/** A row turned into a GeoJSON feature, with where each property came from. */
interface Candidate {
  row: number;
  id: string;
  feature: Json;
  /** Property path (like `name.en`, `address.street`, `coordinates.1`) → the column header. */
  sources: Map<string, string>;
}

/** Builds the feature for one row, or says why it cannot; the schema checks the rest later. */
function readRow(
  cells: readonly string[],
  row: number,
  columns: readonly Column[],
  language: string,
  categories: ReadonlySet<string>,
): Candidate | RowProblem[] {
  const problems: RowProblem[] = [];
  const sources = new Map<string, string>();
  // Excel ends lines inside a cell with \n, other tools with \r\n; the config gets \n either way.
  const cell = (column: Column) => (cells[column.index] ?? '').trim().replace(/\r\n?/g, '\n');
  const single = (field: Field) => columns.find((column) => column.field === field && !column.language);

  /** A plain string when only the main column has a text, else {language: text}. */
  const localized = (field: Field): unknown => {
    const filled = columns.filter((column) => column.field === field && cell(column));
    if (!filled.length) return undefined;
    if (filled.length === 1 && !filled[0].language) {
      sources.set(field, filled[0].header);
      return cell(filled[0]);
    }
    const texts: Record<string, string> = {};
    for (const column of filled) {
      // The main column is in the config's language ("language", German by default).
      const code = column.language ?? language;
      texts[code] = cell(column);
      sources.set(`${field}.${code}`, column.header);
    }
    return texts;
  };
  const text = (field: Field): string | undefined => {
    const column = single(field);
    const value = column && cell(column);
    if (!value) return undefined;
    sources.set(field, column.header);
    return value;
  };

  const name = localized('name');
  const nameColumn = single('name') ?? columns.find((column) => column.field === 'name')!;
  if (name === undefined) problems.push({row, column: nameColumn.header, message: 'the name is missing'});

  let id = text('id');
  if (!id && name !== undefined) {
    const base = typeof name === 'string' ? name : Object.values(name as Record<string, string>)[0];
    id = slugify(base) || undefined;
    if (id) sources.set('id', sources.get('name') ?? [...sources.entries()].find(([key]) => key.startsWith('name.'))![1]);
    else problems.push({row, column: single('id')?.header ?? 'id', message: `no id can be made from the name "${base}": give one in an id column`});
  }

  const category = text('category')?.toLowerCase();
  if (!category) problems.push({row, column: single('category')!.header, id, message: 'the category is missing'});
  // validate.ts checks categories only once the schema passes; checking here too names an unknown
  // category along with the row's other problems, not one run later.
  else if (!categories.has(category)) {
    problems.push({row, column: single('category')!.header, id, message: `unknown category "${category}": use a preset (${PRESET_CATEGORIES.join(', ')}) or define it in "categories"`});
  }

  const coordinates: number[] = [];
  for (const [field, index, word] of [
    ['lat', 1, 'latitude'],
    ['lon', 0, 'longitude'],
  ] as const) {
    const column = single(field)!;
    const value = cell(column);
    const number = parseCoordinate(value);
    if (!value) problems.push({row, column: column.header, id, message: `the ${word} is missing (the map needs it)`});
    else if (number === undefined) problems.push({row, column: column.header, id, message: `${word} "${value}" is not a number like 51.5123`});
    else coordinates[index] = number;
    sources.set(`coordinates.${index}`, column.header);
  }
  if (problems.length) return problems;

  const properties: Json = {id, name, category};
  const languagesColumn = single('languages');
  const languages = languagesColumn ? cell(languagesColumn).split(/[\s,;]+/).filter(Boolean) : [];
  if (languages.length) {
    // "DE" in a spreadsheet means "de"; subtags keep their case (sr-Latn).
    properties.languages = languages.map((code) => code.replace(/^[A-Za-z]+/, (primary) => primary.toLowerCase()));
    sources.set('languages', languagesColumn!.header);
  }
  const address: Json = {};
  for (const field of ['street', 'postalCode', 'locality'] as const) {
    const value = text(field);
    if (value !== undefined) address[field] = value;
    // Also for an empty cell: the schema names a missing address part, and the report names its column.
    sources.set(`address.${field}`, single(field)?.header ?? label(field));
  }
  if (Object.keys(address).length) properties.address = address;
  for (const field of ['phone', 'email', 'website', 'openingHours'] as const) {
    const value = text(field);
    if (value !== undefined) properties[field] = value;
  }
  const description = localized('description');
  if (description !== undefined) properties.description = description;

  return {
    row,
    id: id!,
    sources,
    feature: {type: 'Feature', geometry: {type: 'Point', coordinates}, properties},
  };
}

/** The header of the column behind a property path, for the problem report. */
function sourceOf(candidate: Candidate, segments: ReadonlyArray<string | number>): string | undefined {
  // After features[i]: ['properties', 'address', 'postalCode'] or ['geometry', 'coordinates', 1].
  const keys = segments.slice(1);
  for (let length = keys.length; length > 0; length--) {
    const key = keys.slice(0, length).join('.');
    const found = candidate.sources.get(key);
    if (found) return found;
  }
  return undefined;
}

/** The schema's words, with the value and plainer wording where a spreadsheet user needs them. */
function rowMessage(candidate: Candidate, segments: ReadonlyArray<string | number>, issue: ConfigIssue): string {
  if (segments[0] === 'geometry' && segments[1] === 'coordinates' && typeof segments[2] === 'number') {
    const [word, limit] = segments[2] === 1 ? ['latitude', 90] : ['longitude', 180];
    const value = (candidate.feature.geometry as {coordinates: number[]}).coordinates[segments[2]];
    return `${word} ${value} is not between -${limit} and ${limit}`;
  }
  let value: unknown = candidate.feature;
  for (const key of segments) value = value !== null && typeof value === 'object' ? (value as Json)[key] : undefined;
  const shown = typeof value === 'string' ? `"${value}": ` : '';
  if (segments[1] === 'address' && value === undefined) {
    return `an address needs street, postal code and town: the ${segments[2] === 'postalCode' ? 'postal code' : segments[2] === 'locality' ? 'town' : 'street'} is missing`;
  }
  if (segments.at(-1) === 'postalCode' && typeof value === 'string' && /^\d{4}$/.test(value)) {
    return `${shown}${issue.message} (the spreadsheet may have dropped a leading zero: format the column as text)`;
  }
  // German weekday abbreviations are the likeliest mistake; the syntax is OpenStreetMap's, in English.
  if (segments.at(-1) === 'openingHours' && /Unknown weekday "(Di|Mi|Do|So)"/.test(issue.message)) {
    return `${shown}${issue.message} (weekdays as in OpenStreetMap: Mo Tu We Th Fr Sa Su)`;
  }
  return `${shown}${issue.message}`;
}

// ---------------------------------------------------------------------------------------------------
// Merge

const emptyReport = (): ImportReport => ({ok: false, rows: 0, added: [], replaced: [], kept: [], problems: [], ignoredColumns: []});

function fail(error: string, report: Partial<ImportReport> = {}): ImportResult {
  return {report: {...emptyReport(), ...report, ok: false, error}};
}

/**
 * Merges the partners of a CSV export into a config. Rows whose id matches an existing partner replace
 * it, new ids are added, partners the CSV does not mention stay. A row with any problem is skipped and
 * reported; the rest are merged. The config must be valid before (`willkommen validate`), so that every
 * issue of the merged config belongs to a row.
 */
export function importPartners(configText: string, csvBytes: Uint8Array): ImportResult {
  const text = configText.replace(/^\uFEFF/, '');
  const checked = parseConfigText(text);
  if (!checked.ok) {
    const first = checked.issues[0];
    return fail(`the config is not valid (${first.path}: ${first.message}); check it with \`willkommen validate\` first`);
  }
  const json = JSON.parse(text) as Json;
  const language = checked.config.language;
  const categories = new Set<string>([...PRESET_CATEGORIES, ...checked.config.categories.map((category) => category.id)]);

  const {text: csv, encoding} = decodeCsv(csvBytes);
  const delimiter = detectDelimiter(csv);
  let table: string[][];
  try {
    table = parseCsv(csv.replace(SEPARATOR_LINE, ''), delimiter);
  } catch (error) {
    return fail(`the CSV cannot be read: ${(error as Error).message}`, {encoding, delimiter});
  }
  const [header = [], ...body] = table;
  const {columns, ignored, error} = mapColumns(header);
  if (error) return fail(`the CSV cannot be used: ${error}`, {encoding, delimiter, ignoredColumns: ignored});

  const problems: RowProblem[] = [];
  const candidates: Candidate[] = [];
  const rowOfId = new Map<string, number>();
  let rows = 0;
  body.forEach((cells, index) => {
    const row = index + 2;
    // Spreadsheets export rows that were once used as ";;;;;".
    if (cells.every((value) => !value.trim())) return;
    rows++;
    const read = readRow(cells, row, columns, language, categories);
    if (Array.isArray(read)) return problems.push(...read);
    const earlier = rowOfId.get(read.id);
    if (earlier !== undefined) {
      return problems.push({row, column: read.sources.get('id'), id: read.id, message: `the id "${read.id}" is already used by row ${earlier}`});
    }
    rowOfId.set(read.id, row);
    candidates.push(read);
  });
  if (!rows) return fail('the CSV has no data rows below the header', {encoding, delimiter, ignoredColumns: ignored});

  const original = ((json.partners as Json | undefined)?.features as Json[] | undefined) ?? [];
  const existingIds = checked.config.partners.features.map((feature) => feature.properties.id);

  // Merge, validate, drop the rows the validation names, repeat: each round drops at least one row, and
  // some checks (categories) run only once the schema passes.
  let accepted = candidates;
  for (;;) {
    const features = [...original];
    const rowAt = new Map<number, Candidate>();
    for (const candidate of accepted) {
      const index = existingIds.indexOf(candidate.id);
      const at = index === -1 ? features.push(candidate.feature) - 1 : index;
      features[at] = candidate.feature;
      rowAt.set(at, candidate);
    }
    const merged = {...json, partners: {...((json.partners as Json | undefined) ?? {type: 'FeatureCollection'}), features}};
    const result = parseConfig(merged);
    if (result.ok) {
      const used = new Set(accepted.map((candidate) => candidate.id));
      problems.sort((a, b) => a.row - b.row);
      const report: ImportReport = {
        ok: problems.length === 0,
        encoding,
        delimiter,
        rows,
        added: accepted.filter((candidate) => !existingIds.includes(candidate.id)).map((candidate) => candidate.id),
        replaced: accepted.filter((candidate) => existingIds.includes(candidate.id)).map((candidate) => candidate.id),
        kept: existingIds.filter((id) => !used.has(id)),
        problems,
        ignoredColumns: ignored,
      };
      return {report, config: `${JSON.stringify(merged, null, 2)}\n`};
    }
    const failed = new Set<Candidate>();
    for (const issue of result.issues) {
      const segments = pathSegments(issue.path);
      const candidate = segments[0] === 'partners' && segments[1] === 'features' ? rowAt.get(segments[2] as number) : undefined;
      if (!candidate) {
        // Cannot happen with a config that was valid before; say so rather than loop or guess.
        return fail(`the merged config is not valid at ${formatPath(segments)}: ${issue.message}`, {encoding, delimiter});
      }
      const rest = segments.slice(3);
      problems.push({row: candidate.row, column: sourceOf(candidate, rest), id: candidate.id, message: rowMessage(candidate, rest, issue)});
      failed.add(candidate);
    }
    accepted = accepted.filter((candidate) => !failed.has(candidate));
  }
}

/** `row 7, column "Breite": latitude 151.2 is not between -90 and 90` */
export function describeProblem(problem: RowProblem): string {
  const where = problem.column ? `row ${problem.row}, column "${problem.column}"` : `row ${problem.row}`;
  return `${where}: ${problem.message}`;
}

/** The columns for the help text: the accepted headers, then what goes in. */
export function columnHelp(): string {
  const columns = COLUMNS.map(({headers, help}) => `  ${headers.join(', ')}\n      ${help}`).join('\n');
  return `${columns}\nPreset categories: ${PRESET_CATEGORIES.join(', ')}.`;
}
