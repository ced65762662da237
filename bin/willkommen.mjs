#!/usr/bin/env node
// `npx willkommen validate office.json`: runs the command line that `npm run build` bundles into
// dist/cli.mjs (the widgets' own config validation, with no dependency to install).
import {existsSync, readFileSync} from 'node:fs';

const cli = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(cli)) {
  console.error('willkommen: dist/cli.mjs is missing. In a clone of the repository, run `npm run build` first.');
  process.exit(1);
}
const {main} = await import(cli.href);
process.exitCode = main(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
