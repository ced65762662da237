#!/usr/bin/env node
// `npx willkommen validate office.json` and `npx willkommen partners office.json partners.csv`: runs the
// command line that `npm run build` bundles into dist/cli.mjs (the widgets' own config validation, with
// no dependency to install).
import {existsSync} from 'node:fs';

const cli = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(cli)) {
  console.error('willkommen: dist/cli.mjs is missing. In a clone of the repository, run `npm run build` first.');
  process.exit(1);
}
const {runInNode} = await import(cli.href);
process.exitCode = runInNode();
