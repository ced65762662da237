// The locale tables that lit-localize writes (src/generated/locales/<locale>.ts) map each message id
// to its translation: `'s3f9a0c1d2e4b5a6f': str`…``. The ids are random hex, so gzip cannot squeeze
// them, and all fifteen tables repeat them: about 6.5 KB of the one file's gzip bytes. The build
// ships each table as a plain array of translations instead, in the order of ONE shared id list, and
// rebuilds the same `{id: template}` object when a locale loads (lit-localize sees no difference).
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

/**
 * One generated table rewritten as `templates = messageTable([…values…])`. A translation missing from
 * this locale leaves a hole in the array, so lit-localize falls back to German for it as before.
 */
export function compactLocaleTable(code, ids, file = 'locale table') {
  const byId = new Map(entries(code, file));
  const values = ids.map((id) => byId.get(id) ?? '');
  const lines = code.split('\n');
  const {open, close} = block(lines, file);
  return [
    ...lines.slice(0, open),
    `import {messageTable} from '${MESSAGE_IDS_MODULE}';`,
    `export const templates = messageTable([\n${values.join(',\n')}\n]);`,
    ...lines.slice(close + 1),
  ].join('\n');
}

/** The shared module: the id list and the function that turns an array back into lit-localize's table. */
export function messageIdsModule(ids) {
  return (
    `const ids = ${JSON.stringify(ids)};\n` +
    'export const messageTable = (values) => {\n' +
    '  const table = {};\n' +
    '  values.forEach((value, index) => { table[ids[index]] = value; });\n' +
    '  return table;\n' +
    '};\n'
  );
}
