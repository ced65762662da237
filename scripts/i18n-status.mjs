// `npm run i18n:status`: how far each UI locale is, from locales/*.xlf. The README shows this table;
// `--markdown` prints it ready to paste there.
import {readFileSync} from 'node:fs';
import {readXliffFiles, translationStatus} from './xliff.mjs';

const root = new URL('../', import.meta.url);
const {sourceLocale} = JSON.parse(readFileSync(new URL('lit-localize.json', root), 'utf8'));
const rows = translationStatus(readXliffFiles(new URL('locales/', root)), sourceLocale);
const names = new Intl.DisplayNames(['en'], {type: 'language'});
/** Where Intl's English name is too vague: both Kurdish languages are just "Kurdish" to some engines. */
const NAMES = {kmr: 'Kurmanji (Northern Kurdish)', ckb: 'Sorani (Central Kurdish)'};
function status(row) {
  if (row.locale === sourceLocale) return 'source';
  if (row.translated < row.strings) return 'incomplete';
  if (row.needsReview) return "needs a native speaker's review";
  return row.signedOff === row.strings ? 'reviewed' : 'translated';
}
const table = rows.map((row) => ({
  locale: row.locale,
  language: NAMES[row.locale] ?? names.of(row.locale) ?? row.locale,
  strings: row.strings,
  translated: row.translated,
  'needs review': row.needsReview,
  status: status(row),
}));

if (process.argv.includes('--markdown')) {
  const columns = Object.keys(table[0]);
  console.log(`| ${columns.join(' | ')} |\n|${columns.map((c) => (typeof table[0][c] === 'number' ? '---:' : '---')).join('|')}|`);
  for (const row of table) console.log(`| ${columns.map((c) => row[c]).join(' | ')} |`);
} else {
  console.table(table);
}
