// The locale tables that lit-localize writes (src/generated/locales/<locale>.ts) map each message id
// to its translation: `'s3f9a0c1d2e4b5a6f': str`…``. The ids are random hex, so gzip cannot squeeze
// them, and all fifteen tables repeat them: about 6.5 KB of the one file's gzip bytes. The build
// ships each table as its translations instead, in the order of ONE shared key list (the plain ones as
// one string, a line each), and rebuilds a table that answers lit-localize's lookups by id when a
// locale loads.
// The shared list holds a short key per id, not the id: a hash id's first few hex digits, as many as
// tell our ids apart (1,571 B of gzip for the whole ids, about 640 B for the keys).
// Used by the Vite build (vite.config.ts) and by the byte counts (measure-size.mjs) alike.
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';

export const LOCALE_TABLES = 'src/generated/locales';
/** Imported by every compacted table; resolved by the build to the module below. */
export const MESSAGE_IDS_MODULE = 'willkommen:message-ids';

const OPEN = /export const templates = \{\s*$/;
const ENTRY = /^\s*'([^'\\]+)': (.*),\s*$/;

/** Where the templates block opens and closes (line indexes). Throws when it is not there. */
function block(lines, file) {
  const open = lines.findIndex((line) => OPEN.test(line));
  const close = lines.findIndex((line, index) => index > open && /^\s*\};\s*$/.test(line));
  if (open < 0 || close < 0) throw new Error(`${file}: no "export const templates = {…};" block: has lit-localize changed its output?`);
  return {open, close};
}

/** The entries of one generated table, in file order: `[id, value source]`. Throws on anything unexpected. */
function entries(code, file) {
  const lines = code.split('\n');
  const {open, close} = block(lines, file);
  return lines.slice(open + 1, close).filter((line) => line.trim()).map((line) => {
    const match = ENTRY.exec(line);
    if (!match) throw new Error(`${file}: a templates line is not "'id': value," on one line: ${line.slice(0, 80)}`);
    return [match[1], match[2]];
  });
}

/** Every message id of every table, sorted: the order all compacted tables share. */
export function messageIds(dir = LOCALE_TABLES) {
  const ids = new Set();
  for (const file of readdirSync(dir)) {
    if (file.endsWith('.ts')) for (const [id] of entries(readFileSync(join(dir, file), 'utf8'), file)) ids.add(id);
  }
  return [...ids].sort();
}

/** A translation written as a plain template literal with no placeholder, escape or line break. */
const PLAIN = /^`([^`\\$\n]+)`$/;

/**
 * One generated table rewritten as `templates = messageTable([…])`, in the order of the shared id list:
 * each run of plain translations (all but a few dozen of a table's ~270) as ONE string, a line each,
 * and each other one (`str` and `html` templates, anything with a `$` or a backslash) as code between
 * them. Compared with an array of ~270 strings: 442 B less gzip over fifteen tables, and V8 parses
 * a few literals where it compiled an array literal of hundreds, also on pages that never load the
 * locale. A translation missing from this locale leaves its line empty, so lit-localize falls back to
 * German for it as before.
 */
export function compactLocaleTable(code, ids, file = 'locale table') {
  const byId = new Map(entries(code, file));
  const parts = [];
  let run;
  for (const id of ids) {
    const value = byId.get(id);
    // A missing translation is an empty line of the run.
    const plain = value === undefined ? '' : PLAIN.exec(value)?.[1];
    if (plain !== undefined) (run ??= []).push(plain);
    else {
      if (run) parts.push(`\`${run.join('\n')}\``);
      run = undefined;
      // A string that is not plain goes in brackets: a line break in it must not split it into two.
      parts.push(value.startsWith('`') ? `[${value}]` : value);
    }
  }
  if (run) parts.push(`\`${run.join('\n')}\``);
  const source = code.split('\n');
  const {open, close} = block(source, file);
  return [
    ...source.slice(0, open),
    `import {messageTable} from '${MESSAGE_IDS_MODULE}';`,
    `export const templates = messageTable([\n${parts.join(',\n')}\n]);`,
    ...source.slice(close + 1),
  ].join('\n');
}

/** lit-localize's own ids: a kind letter (s: string, h: html) and 16 hex digits of a hash. */
const HASH_ID = /^[sh][0-9a-f]{16}$/;

/**
 * How many hex digits of a hash id the tables key on: the fewest (at least 4) that keep every id of
 * `ids` apart and clear of the ids chosen by hand (like `finder-found-one`), plus one, so that a
 * message added in code but not yet in any table is unlikely (about 1 in 7,000) to meet another's key
 * and show its translation; the translation tests fail for such a message anyway.
 */
export function keyLength(ids) {
  const hashes = ids.filter((id) => HASH_ID.test(id));
  const keys = (digits) => new Set(hashes.map((id) => id.slice(1, 1 + digits)));
  const apart = (digits) => keys(digits).size === hashes.length && !ids.some((id) => keys(digits).has(id));
  for (let digits = 4; digits < 16; digits++) if (apart(digits) && apart(digits + 1)) return digits + 1;
  throw new Error('Two message ids share their hash: lit-localize would mix them up too.');
}

/**
 * The shared module: the key list and the function that turns an array back into a table. The table
 * answers lit-localize's only question, `templates[id]`, by the id's key.
 */
export function messageIdsModule(ids) {
  const digits = keyLength(ids);
  const keys = ids.map((id) => (HASH_ID.test(id) ? id.slice(1, 1 + digits) : id));
  return (
    `const keys = ${JSON.stringify(keys)};\n` +
    '/** A compacted table (see compactLocaleTable): runs of plain translations, a line each, and templates between them. */\n' +
    'export const messageTable = (parts) => {\n' +
    '  const table = {};\n' +
    '  let index = 0;\n' +
    '  for (const part of parts) {\n' +
    "    if (typeof part != 'string') table[keys[index++]] = Array.isArray(part) ? part[0] : part;\n" +
    "    else for (const line of part.split('\\n')) { if (line) table[keys[index]] = line; index++; }\n" +
    '  }\n' +
    `  return new Proxy(table, {get: (table, id) => table[typeof id == 'string' && ${HASH_ID}.test(id) ? id.slice(1, ${1 + digits}) : id]});\n` +
    '};\n'
  );
}
