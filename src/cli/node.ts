/**
 * The command line in Node: the entry scripts/build-cli.mjs bundles into dist/cli.mjs. bin/willkommen.mjs
 * (`npx willkommen …`) calls `runInNode`; `node dist/cli.mjs …` runs it too, so a CI script written
 * either way checks the config (it once loaded, did nothing and exited 0).
 */
import {readFileSync, realpathSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {main} from './willkommen.js';

export {main};

/** Runs the command with the process's files and streams; returns the exit code. */
export function runInNode(args: readonly string[] = process.argv.slice(2)): number {
  return main(args, {
    readFile: (path) => readFileSync(path, 'utf8'),
    // A CSV's encoding is found out from its bytes (UTF-8 or Windows-1252), so it is read undecoded.
    readBytes: (path) => new Uint8Array(readFileSync(path)),
    writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}

/** Whether this module is the script Node was started with (`node dist/cli.mjs`), not an import. */
function startedDirectly(): boolean {
  try {
    return !!process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (startedDirectly()) process.exitCode = runInNode();
