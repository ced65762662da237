#!/usr/bin/env node
// `npx willkommen validate office.json` and `npx willkommen partners office.json partners.csv`: runs the
// command line that `npm run build` bundles into dist/cli.mjs (the widgets' own config validation, with
// no dependency to install).
import {existsSync, readFileSync, writeFileSync} from 'node:fs';

const cli = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(cli)) {
  console.error('willkommen: dist/cli.mjs is missing. In a clone of the repository, run `npm run build` first.');
  process.exit(1);
}
const {main} = await import(cli.href);
process.exitCode = main(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  // A CSV's encoding is found out from its bytes (UTF-8 or Windows-1252), so it is read undecoded.
  readBytes: (path) => new Uint8Array(readFileSync(path)),
  writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
